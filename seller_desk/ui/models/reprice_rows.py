"""The reprice preview as a table: old against new price and margin, a tick per offer."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from seller_desk.domain.money import Money
from seller_desk.services.pricing import PreviewRow, RepricePreview
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import error_text

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GREY, RED, ORANGE = QColor("#8a8a8a"), QColor("#b00020"), QColor("#a85400")

COLUMNS = (
    ("choose", ""),
    ("sku", QT_TRANSLATE_NOOP("reprice", "SKU")),
    ("title", QT_TRANSLATE_NOOP("reprice", "Title")),
    ("market", QT_TRANSLATE_NOOP("reprice", "Market")),
    ("old", QT_TRANSLATE_NOOP("reprice", "Old price")),
    ("new", QT_TRANSLATE_NOOP("reprice", "New price")),
    ("change", QT_TRANSLATE_NOOP("reprice", "Change")),
    ("old_margin", QT_TRANSLATE_NOOP("reprice", "Old margin")),
    ("new_margin", QT_TRANSLATE_NOOP("reprice", "New margin")),
    ("net", QT_TRANSLATE_NOOP("reprice", "Without VAT")),
    ("gross", QT_TRANSLATE_NOOP("reprice", "With VAT")),
    ("rate", QT_TRANSLATE_NOOP("reprice", "Rate used")),
)
KEYS = [key for key, _ in COLUMNS]
NUMERIC = {"old", "new", "change", "old_margin", "new_margin", "net", "gross", "rate"}
LOW = float("-inf")


def _tr(text: str) -> str:
    return QCoreApplication.translate("reprice", text)


def _change(row: PreviewRow) -> float | None:
    new = row.new_price_minor
    if new is None or row.old_price_minor <= 0:
        return None
    return (new - row.old_price_minor) / row.old_price_minor


SORT_KEYS: dict[str, Callable[[PreviewRow], Any]] = {
    "choose": lambda r: r.applicable,
    "sku": lambda r: r.sku.casefold(),
    "title": lambda r: r.title.casefold(),
    "market": lambda r: r.market.label.casefold(),
    "old": lambda r: (r.currency, r.old_price_minor),
    "new": lambda r: (r.currency, r.new_price_minor if r.new_price_minor is not None else LOW),
    "change": lambda r: _change(r) if _change(r) is not None else LOW,
    # Floats only to order the rows (quicker to compare than Decimals); never shown.
    "old_margin": lambda r: float(r.old_margin_pct) if r.old_margin_pct is not None else LOW,
    "new_margin": lambda r: float(r.quote.margin_pct) if r.quote is not None else LOW,
    "net": lambda r: (r.currency, r.quote.net_minor if r.quote else LOW),
    "gross": lambda r: (r.currency, r.quote.gross_minor if r.quote else LOW),
    "rate": lambda r: float(r.rate_use.rate) if r.rate_use else LOW,
}


class RepriceModel(QAbstractTableModel):
    """Every preview row, in the order the seller sorted them; ticks are kept per row."""

    chosen_changed = Signal(int)  # how many rows are ticked

    def __init__(self, fmt: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.preview: RepricePreview | None = None
        self._rows: tuple[PreviewRow, ...] = ()
        self._order: list[int] = []
        self._chosen = bytearray()

    # -- filling and choosing ------------------------------------------------------------
    def set_preview(self, preview: RepricePreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self._rows = preview.rows if preview is not None else ()
        self._order = list(range(len(self._rows)))
        # Ticked from the start: the rows whose price would change.
        self._chosen = bytearray(r.applicable and r.changed for r in self._rows)
        self.endResetModel()
        self.chosen_changed.emit(self.chosen_count)

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[self._order[row]]

    @property
    def chosen_count(self) -> int:
        return sum(self._chosen)

    def chosen_rows(self) -> list[PreviewRow]:
        return [row for row, ticked in zip(self._rows, self._chosen, strict=True) if ticked]

    def choose(self, which: Callable[[PreviewRow], bool]) -> None:
        """Tick exactly the rows `which` accepts (rows with a problem never)."""
        self._chosen = bytearray(r.applicable and which(r) for r in self._rows)
        self._ticks_changed(0, len(self._rows) - 1)

    def toggle(self, rows: list[int]) -> None:
        """Flip the ticks of the rows shown at `rows` together: all on unless all were on."""
        indexes = [self._order[r] for r in rows if self._rows[self._order[r]].applicable]
        if not indexes:
            return
        value = 0 if all(self._chosen[i] for i in indexes) else 1
        for i in indexes:
            self._chosen[i] = value
        self._ticks_changed(min(rows), max(rows))

    def _ticks_changed(self, first: int, last: int) -> None:
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.chosen_changed.emit(self.chosen_count)

    # -- what the view asks -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1]) if COLUMNS[section][1] else ""
        if role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return QCoreApplication.translate("reprice", "Apply this row")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() == 0 and self.row_at(index.row()).applicable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != 0
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        position = self._order[index.row()]
        if not self._rows[position].applicable:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self._chosen[position] = int(checked)
        self._ticks_changed(index.row(), index.row())
        return True

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        row, key = self.row_at(index.row()), KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.CheckStateRole and key == "choose":
            ticked = self._chosen[self._order[index.row()]]
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, key)
        if role == Qt.ItemDataRole.FontRole and key == "new" and row.applicable and row.changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, key)
        return None

    def _text(self, row: PreviewRow, key: str) -> str:
        f, quote = self.fmt, row.quote
        if key == "choose":
            return ""
        if key in ("sku", "title"):
            return row.sku if key == "sku" else row.title
        if key == "market":
            return row.market.label
        if key == "old":
            return f.money(row.old_price)
        if key == "rate":
            use = row.rate_use
            if use is None or use.day is None:
                return "–" if use is None else "1"
            return f.locale.toString(float(use.rate), "g", 6)
        if quote is None:
            return "–"
        if key == "new":
            return f.money(quote.shelf)
        if key == "change":
            change = _change(row)
            return f.percent(change, signed=True) if change is not None else "–"
        if key in ("old_margin", "new_margin"):
            return self._margin(row.old_margin_pct if key == "old_margin" else quote.margin_pct)
        return f.money(Money(quote.net_minor if key == "net" else quote.gross_minor,
                             row.currency))

    def _margin(self, pct: Decimal | None) -> str:
        return "–" if pct is None else self.fmt.percent(float(pct) / 100)

    def _colour(self, row: PreviewRow, key: str) -> QColor | None:
        if not row.applicable:
            return GREY
        margin = {"old_margin": row.old_margin_pct, "new_margin": row.new_margin_pct}.get(key)
        if margin is None:
            return None
        if margin < 0:
            return RED
        floor = self.preview.min_margin_pct(row.market) if self.preview else None
        return ORANGE if floor is not None and margin < floor else None

    def _tip(self, row: PreviewRow, key: str) -> str | None:
        if row.problem is not None:
            return error_text(row.problem)
        floor = self.preview.min_margin_pct(row.market) if self.preview else None
        translate = QCoreApplication.translate
        if key == "new" and row.floor_applied and floor is not None:
            return fill(translate("reprice", "Raised to the next price ending to keep the "
                                  "minimum margin of %1"), self._margin(floor))
        if key in ("old_margin", "new_margin") and floor is not None:
            return fill(translate("reprice", "Minimum margin in %1: %2"), row.market.label,
                        self._margin(floor))
        use = row.rate_use
        if key == "rate" and use is not None and use.day is not None:
            text = fill(translate("reprice", "%1 %2 per %3, rate of %4 (%5)"), use.rate,
                        use.to_currency, use.from_currency, use.day.isoformat(), use.source)
            if use.stale:
                text += "\n" + fill(translate("reprice", "This rate is %1 business days old."),
                                    use.age_business_days)
            return text
        if key == "title":
            return row.title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = SORT_KEYS[KEYS[column]]
        self.beginResetModel()
        rows = self._rows
        self._order.sort(key=lambda i: key(rows[i]),
                         reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()
