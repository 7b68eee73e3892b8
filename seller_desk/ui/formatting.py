"""Numbers, money, dates and sizes in the user's locale; money never goes through a float."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from seller_desk.domain.currencies import display_symbol, minor_digits
from seller_desk.domain.money import Money


class Formatter:
    """Formats in `locale`, or in the current default locale (which follows the UI language)."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self._locale = locale

    @property
    def locale(self) -> QLocale:
        return self._locale if self._locale is not None else QLocale()

    def number(self, value: int) -> str:
        return self.locale.toString(value)

    def money(self, money: Money | None) -> str:
        if money is None:
            return "–"
        digits = minor_digits(money.currency)
        whole, part = divmod(abs(money.minor), 10**digits)
        text = self.locale.toString(whole)
        if digits:
            text += self.locale.decimalPoint() + str(part).rjust(digits, "0")
        sign = "-" if money.minor < 0 else ""
        symbol = display_symbol(money.currency)
        if symbol == money.currency:
            return f"{sign}{text} {symbol}"
        return f"{sign}{symbol}{text}"

    def percent(self, ratio: float | None, signed: bool = False) -> str:
        if ratio is None:
            return "–"
        text = self.locale.toString(abs(ratio) * 100, "f", 1) + self.locale.percent()
        if not signed:
            return ("-" if ratio < 0 else "") + text
        return ("+" if ratio >= 0 else "−") + text

    def _local(self, value: datetime) -> QDateTime:
        seconds = int(value.astimezone(UTC).timestamp())
        stamp = QDateTime.fromSecsSinceEpoch(seconds, QTimeZone.utc())
        return stamp.toLocalTime()

    def date(self, value: datetime | None) -> str:
        if value is None:
            return "–"
        return self.locale.toString(self._local(value).date(), QLocale.FormatType.ShortFormat)

    def date_time(self, value: datetime | None) -> str:
        if value is None:
            return "–"
        return self.locale.toString(self._local(value), QLocale.FormatType.ShortFormat)

    def month(self, first_day: date) -> str:
        """A calendar month: "Nov 2026", "2026年11月"."""
        cjk = self.locale.language() in (QLocale.Language.Chinese, QLocale.Language.Japanese,
                                         QLocale.Language.Korean)
        pattern = "yyyy年M月" if cjk else "MMM yyyy"
        return self.locale.toString(QDate(first_day.year, first_day.month, 1), pattern)

    def size(self, size_bytes: int | None) -> str:
        if size_bytes is None:
            return "–"
        return self.locale.formattedDataSize(size_bytes)

    def age(self, value: datetime | None, now: datetime | None = None) -> str:
        """How long ago: "just now", "12 min ago", "3 h ago", "5 d ago"."""
        if value is None:
            return "–"
        seconds = ((now or datetime.now(UTC)) - value).total_seconds()
        if seconds < 60:
            return QCoreApplication.translate("formatting", "just now")
        for size, text in ((86_400, QCoreApplication.translate("formatting", "%1 d ago")),
                           (3_600, QCoreApplication.translate("formatting", "%1 h ago")),
                           (60, QCoreApplication.translate("formatting", "%1 min ago"))):
            if seconds >= size:
                return text.replace("%1", self.number(int(seconds // size)))
        return QCoreApplication.translate("formatting", "just now")
