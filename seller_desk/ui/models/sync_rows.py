"""A small table model for the sync windows: a list of plain rows shown through named columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WARNING = QColor("#c62828")


@dataclass(frozen=True)
class Column:
    """One column: its title (asked each time, so it follows the language), the text of a row,
    and optionally a tooltip and whether to paint a row's text as a warning."""

    title: Callable[[], str]
    text: Callable[[Any], str]
    numeric: bool = False
    tip: Callable[[Any], str] | None = None
    warn: Callable[[Any], bool] | None = None


class RowsModel(QAbstractTableModel):
    """Rows in the order given; with `checkable`, the first column carries a tick per row."""

    checked_changed = Signal(int)  # how many rows are ticked

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None, *,
                 checkable: bool = False) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.checkable = checkable
        self.rows: list[Any] = []
        self._ticks: list[bool] = []

    def set_rows(self, rows: Sequence[Any], ticked: bool = True) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._ticks = [ticked] * len(self.rows)
        self.endResetModel()
        self.checked_changed.emit(self.checked_count)

    def row(self, number: int) -> Any:
        return self.rows[number]

    @property
    def checked_count(self) -> int:
        return sum(self._ticks)

    def checked_rows(self) -> list[Any]:
        return [row for row, ticked in zip(self.rows, self._ticks, strict=True) if ticked]

    def set_all_checked(self, ticked: bool) -> None:
        self._ticks = [ticked] * len(self.rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit(self.checked_count)

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))

    # -- what the view asks ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
            return int(RIGHT)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self.checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and self.checkable and index.column() == 0
                and role == Qt.ItemDataRole.CheckStateRole
                and 0 <= index.row() < len(self.rows)):
            return False
        self._ticks[index.row()] = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit(self.checked_count)
        return True

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) \
                or not 0 <= index.column() < len(self.columns):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            return Qt.CheckState.Checked if self._ticks[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.warn is not None \
                and column.warn(row):
            return QBrush(WARNING)
        return None
