"""Rates the seller typed into a CSV (`date,currency,rate[,base]`), turned into rates per EUR."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from seller_desk.domain.currencies import is_currency
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.fx import BASE, DayRates
from seller_desk.domain.text import QT_TRANSLATE_NOOP

SOURCE = "manual"
COLUMNS = ("date", "currency", "rate", "base")

UNREADABLE = QT_TRANSLATE_NOOP("errors", "The rates file {path} cannot be read ({reason}).")
BAD_HEADER = QT_TRANSLATE_NOOP(
    "errors", "The rates file must start with the line date,currency,rate (and ,base if some "
    "rates are not per EUR); it starts with: {header}",
)
EMPTY = QT_TRANSLATE_NOOP("errors", "The rates file has no rates.")
BAD_CELLS = QT_TRANSLATE_NOOP("errors", "Row {row} has {count} cells; expected {expected}.")
BAD_DATE = QT_TRANSLATE_NOOP("errors", "Row {row}: '{value}' is not a date like 2026-03-31.")
BAD_CODE = QT_TRANSLATE_NOOP(
    "errors", "Row {row}: '{value}' is not a currency code (three letters, such as USD)."
)
BAD_RATE = QT_TRANSLATE_NOOP("errors", "Row {row}: '{value}' is not a rate above zero.")
SAME_CURRENCY = QT_TRANSLATE_NOOP(
    "errors", "Row {row}: a rate of {currency} against itself means nothing."
)
TWICE = QT_TRANSLATE_NOOP(
    "errors", "Row {row}: {currency} on {day} was already given on row {earlier}."
)
NO_BASE = QT_TRANSLATE_NOOP(
    "errors", "Row {row}: {currency} is given per {base}, but the file has no rate for {base} "
    "per EUR on {day}.",
)


def read_manual_rates(path: Path) -> list[DayRates]:
    """The rates in the file at `path`, one DayRates per day, oldest first."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(
            UNREADABLE, item=str(path), path=str(path), reason=str(error)
        ) from None
    return parse_manual_rates(text)


def parse_manual_rates(text: str) -> list[DayRates]:
    """Each row says 1 `base` (EUR when absent) buys `rate` units of `currency` on `date`.

    A rate per another base becomes per EUR through that base's rate on the same day in the
    same file; without it the row is refused rather than guessed."""
    rows = [row for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) if any(row)]
    if not rows:
        raise ValidationError(EMPTY)
    header = tuple(cell.strip().lower() for cell in rows[0])
    if header not in (COLUMNS[:3], COLUMNS):
        raise ValidationError(BAD_HEADER, item="row 1", header=",".join(rows[0]))
    # day → (currency, base) → (rate, row number)
    quotes: dict[date, dict[tuple[str, str], tuple[Decimal, int]]] = defaultdict(dict)
    for number, row in enumerate(rows[1:], start=2):
        day, currency, base, rate = _read_row(row, number, len(header))
        earlier = _already(quotes[day], currency, base)
        if earlier:
            raise ValidationError(
                TWICE, item=f"row {number}", row=number, currency=currency, day=day,
                earlier=earlier,
            )
        quotes[day][(currency, base)] = (rate, number)
    if not quotes:
        raise ValidationError(EMPTY)
    return [
        DayRates(day=day, rates=_per_eur(day, quotes[day]), source=SOURCE)
        for day in sorted(quotes)
    ]


def _read_row(row: list[str], number: int, width: int) -> tuple[date, str, str, Decimal]:
    cells = [cell.strip() for cell in row]
    if len(cells) not in (3, width):
        raise ValidationError(
            BAD_CELLS, item=f"row {number}", row=number, count=len(cells), expected=width
        )
    item = f"row {number}"
    try:
        day = date.fromisoformat(cells[0])
    except ValueError:
        raise ValidationError(BAD_DATE, item=item, row=number, value=cells[0]) from None
    currency = _code(cells[1], number)
    base = _code(cells[3], number) if len(cells) > 3 and cells[3] else BASE
    if currency == base:
        raise ValidationError(SAME_CURRENCY, item=item, row=number, currency=currency)
    try:
        rate = Decimal(cells[2].replace(" ", ""))
    except InvalidOperation:
        rate = Decimal(0)
    if not rate.is_finite() or rate <= 0:
        raise ValidationError(BAD_RATE, item=item, row=number, value=cells[2])
    return day, currency, base, rate


def _code(text: str, number: int) -> str:
    code = text.strip().upper()
    if not is_currency(code):
        raise ValidationError(BAD_CODE, item=f"row {number}", row=number, value=text)
    return code


def _already(day: dict[tuple[str, str], tuple[Decimal, int]], currency: str, base: str) -> int:
    """The row that already priced this pair (either way round) on this day, or 0."""
    for key in ((currency, base), (base, currency)):
        if key in day:
            return day[key][1]
    return 0


def _per_eur(day: date, quotes: dict[tuple[str, str], tuple[Decimal, int]]) -> dict[str, Decimal]:
    """Rates per EUR from the day's quotes, resolving other bases through EUR-linked ones."""
    per_eur: dict[str, Decimal] = {}
    origin: dict[str, int] = {}
    pending = dict(quotes)
    while pending:
        progress = False
        for (currency, base), (rate, number) in sorted(pending.items(), key=_row_of):
            if base == BASE:
                target, value = currency, rate
            elif currency == BASE:  # 1 base = rate EUR, so 1 EUR = 1/rate base
                target, value = base, Decimal(1) / rate
            elif base in per_eur:
                target, value = currency, rate * per_eur[base]
            else:
                continue
            if target in origin:  # CNY per EUR and CNY per USD on one day: which one?
                raise ValidationError(
                    TWICE, item=f"row {number}", row=number, currency=target, day=day,
                    earlier=origin[target],
                )
            per_eur[target], origin[target] = value, number
            del pending[(currency, base)]
            progress = True
        if not progress:
            (currency, base), (_, number) = min(pending.items(), key=_row_of)
            raise ValidationError(
                NO_BASE, item=f"row {number}", row=number, currency=currency, base=base, day=day
            )
    return per_eur


def _row_of(item: tuple[tuple[str, str], tuple[Decimal, int]]) -> int:
    return item[1][1]
