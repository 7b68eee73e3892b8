"""The rates window's table: one row per currency, its rate per base currency and per EUR."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from seller_desk.services.rates_status import RateLine
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.text import fill

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SOURCES = {
    "ecb": QT_TRANSLATE_NOOP("rates", "ECB"),
    "frankfurter": QT_TRANSLATE_NOOP("rates", "Frankfurter"),
    "forex-python": QT_TRANSLATE_NOOP("rates", "forex-python"),
    "manual": QT_TRANSLATE_NOOP("rates", "manual"),
}
NEEDS_MANUAL = QColor("#fdecea")
STALE = QColor("#fff4d6")
WARNING_TEXT = QColor("#a61b1b")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CODE, NAME, PER_BASE, PER_EUR, DAY, SOURCE, AGE, NOTE = range(8)


def source_label(source: str) -> str:
    """ "ECB", "Frankfurter", "manual", in the window's language; "ECB + manual" for several."""
    return " + ".join(QCoreApplication.translate("rates", SOURCES.get(part, part))
                      for part in source.split("+") if part)


def day_text(fmt: Formatter, day: date | None) -> str:
    """ "24 Nov 2026" (CJK: 2026年11月24日)."""
    if day is None:
        return "–"
    cjk = fmt.locale.language() in (QLocale.Language.Chinese, QLocale.Language.Japanese,
                                    QLocale.Language.Korean)
    return fmt.locale.toString(QDate(day.year, day.month, day.day),
                               "yyyy年M月d日" if cjk else "d MMM yyyy")


def rate_text(fmt: Formatter, rate: Decimal | None, significant: int = 6) -> str:
    """A rate to `significant` digits (all of a published one's), grouped in the locale."""
    if rate is None:
        return "–"
    places = max(0, min(12, significant - 1 - rate.adjusted()))
    exact = -rate.as_tuple().exponent  # type: ignore[operator]
    shown = rate if 0 <= exact <= places else rate.quantize(Decimal(1).scaleb(-places))
    whole, _, fraction = f"{shown:f}".partition(".")
    fraction = fraction.rstrip("0") if exact > places else fraction
    text = fmt.locale.toString(int(whole))
    return text + fmt.locale.decimalPoint() + fraction if fraction else text


class RatesModel(QAbstractTableModel):
    """Rows of RateLine; the view sorts through a proxy on SORT_ROLE."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.lines: tuple[RateLine, ...] = ()
        self.base = "EUR"
        self.stale_after = 3

    def show_lines(self, lines: tuple[RateLine, ...], base: str, stale_after: int) -> None:
        self.beginResetModel()
        self.lines, self.base, self.stale_after = lines, base, stale_after
        self.endResetModel()

    def row_of(self, currency: str) -> int:
        return next((n for n, line in enumerate(self.lines) if line.currency == currency), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 8:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Currency"), self.tr("Name"), fill(self.tr("Per 1 %1"), self.base),
                    self.tr("Per 1 EUR"), self.tr("Date"), self.tr("Source"), self.tr("Age"),
                    self.tr("Note")][section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (PER_BASE, PER_EUR, AGE):
            return int(RIGHT)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(line, column)
        if role == SORT_ROLE:
            return self._sort_key(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.note(line) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PER_BASE, PER_EUR, AGE):
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.needs_manual or not line.has_rate:
                return QBrush(NEEDS_MANUAL)
            return QBrush(STALE) if line.stale else None
        if role == Qt.ItemDataRole.ForegroundRole and column == NOTE and (
                line.stale or not line.has_rate):
            return QBrush(WARNING_TEXT)
        if role == Qt.ItemDataRole.FontRole and column == CODE and line.used:
            font = QFont()
            font.setBold(True)  # the shop's own currencies stand out
            return font
        return None

    def text(self, line: RateLine, column: int) -> str:
        if column == CODE:
            return line.currency
        if column == NAME:
            name = line.name or ""
            symbol = line.symbol if line.symbol and line.symbol != line.currency else ""
            return f"{name} ({symbol})" if name and symbol else name or symbol
        if column == PER_BASE:
            return rate_text(self.fmt, line.per_base)
        if column == PER_EUR:
            return rate_text(self.fmt, line.per_eur, significant=12)
        if column == DAY:
            return day_text(self.fmt, line.day)
        if column == SOURCE:
            return source_label(line.source)
        if column == AGE:
            return self.age_text(line.age_business_days)
        return self.note(line)

    def age_text(self, days: int | None) -> str:
        if days is None:
            return "–"
        if days == 0:
            return self.tr("current")
        # No English .qm holds plural forms, so singular and plural are two texts.
        return self.tr("1 business day") if days == 1 else fill(self.tr("%1 business days"),
                                                                 days)

    def note(self, line: RateLine) -> str:
        if line.needs_manual:
            return self.tr("Needs a manual rate: no rate provider publishes it")
        if not line.has_rate:
            return self.tr("No rate yet: refresh rates")
        if line.stale:
            return fill(self.tr("Stale: older than %1 business days"), self.stale_after)
        if line.uncovered:
            return self.tr("Manual rate: no rate provider publishes it")
        return ""

    def _sort_key(self, line: RateLine, column: int) -> Any:
        if column in (PER_BASE, PER_EUR):
            value = line.per_base if column == PER_BASE else line.per_eur
            return float(value) if value is not None else -1.0  # ordering only, never shown
        if column == DAY:
            return line.day.isoformat() if line.day else ""
        if column == AGE:
            return line.age_business_days if line.age_business_days is not None else 1_000_000
        return self.text(line, column)
