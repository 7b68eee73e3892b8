"""The Profit page's tables: a row per listing, market or country, sortable, losses red."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from seller_desk.services.profit import ProfitRow
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.profit_section import LOSS

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "ProfitTable"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

# (key, untranslated title); the first column's title is the tab's (listing, market, country).
FIGURES = (
    ("orders", QT_TRANSLATE_NOOP(CONTEXT, "Orders")),
    ("units", QT_TRANSLATE_NOOP(CONTEXT, "Units")),
    ("revenue", QT_TRANSLATE_NOOP(CONTEXT, "Revenue")),
    ("marketplace_fees", QT_TRANSLATE_NOOP(CONTEXT, "Marketplace fees")),
    ("payment_fees", QT_TRANSLATE_NOOP(CONTEXT, "Payment fees")),
    ("cost", QT_TRANSLATE_NOOP(CONTEXT, "Product cost")),
    ("shipping", QT_TRANSLATE_NOOP(CONTEXT, "Shipping")),
    ("returns", QT_TRANSLATE_NOOP(CONTEXT, "Returns")),
    ("margin", QT_TRANSLATE_NOOP(CONTEXT, "Margin")),
    ("margin_ratio", QT_TRANSLATE_NOOP(CONTEXT, "Margin %")),
)


def _value(row: ProfitRow, key: str) -> Any:
    """What a column sorts by: whole numbers and minor units, never the formatted text."""
    if key in ("orders", "units"):
        return getattr(row, key)
    if key == "margin_ratio":
        ratio = row.margin_ratio
        return float("-inf") if ratio is None else ratio
    return getattr(row, key).minor


class ProfitTableModel(QAbstractTableModel):
    """Rows of one tab; `label` turns a row into the first column's text."""

    def __init__(self, fmt: Formatter, title: str, label: Callable[[ProfitRow], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fmt, self._title, self._label = fmt, title, label
        self._rows: list[ProfitRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    @property
    def rows(self) -> tuple[ProfitRow, ...]:
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[ProfitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sorted(*self._sort)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(FIGURES)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(row) if column == 0 else self._text(row, FIGURES[column - 1][0])
        if role == SORT_ROLE:
            return self._label(row) if column == 0 else _value(row, FIGURES[column - 1][0])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if column == 0 else RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and row.margin.minor < 0:
            return QColor(LOSS)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.label
        return None

    def _text(self, row: ProfitRow, key: str) -> str:
        f = self._fmt
        if key in ("orders", "units"):
            return f.number(getattr(row, key))
        if key == "margin_ratio":
            return f.percent(row.margin_ratio)
        text = f.money(getattr(row, key))
        return "⚠ " + text if key == "margin" and row.margin.minor < 0 else text

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(FIGURES):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = self._title if section == 0 else FIGURES[section - 1][1]
            return QCoreApplication.translate(CONTEXT, title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if section == 0 else RIGHT)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column <= len(FIGURES):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows = [self._rows[index.row()] for index in before]
        self._sorted(column, order)
        at = {id(row): n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(at[id(row)], index.column()) for row, index in zip(
                rows, before, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        def key(row: ProfitRow) -> Any:
            if column == 0:
                return self._label(row).casefold()
            return _value(row, FIGURES[column - 1][0])

        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, self.columnCount() - 1))
