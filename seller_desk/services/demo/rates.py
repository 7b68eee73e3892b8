"""The demo's own exchange rates: units per EUR by month, walking a little, stored by the day."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Context, Decimal
from typing import Any

import numpy as np

from seller_desk.domain.errors import KnownError
from seller_desk.domain.fx import BASE, is_business_day, previous_business_day

# Approximate mid rates in units of each currency per US dollar, and how much each drifts in a
# month (standard deviation of the monthly log change); pegged currencies barely move.
_UNITS_PER_USD: dict[str, tuple[str, float]] = {
    "USD": ("1", 0.0),
    "EUR": ("0.92", 0.015),
    "GBP": ("0.79", 0.015),
    "CAD": ("1.36", 0.012),
    "AUD": ("1.52", 0.018),
    "NZD": ("1.66", 0.018),
    "JPY": ("150.0", 0.022),
    "KRW": ("1350", 0.018),
    "CNY": ("7.20", 0.008),
    "TWD": ("32.0", 0.010),
    "HKD": ("7.82", 0.0007),
    "SGD": ("1.35", 0.008),
    "CHF": ("0.88", 0.014),
    "SEK": ("10.6", 0.018),
    "NOK": ("10.7", 0.018),
    "DKK": ("6.87", 0.015),
    "PLN": ("4.00", 0.018),
    "CZK": ("23.3", 0.016),
    "HUF": ("360", 0.020),
    "MXN": ("17.8", 0.022),
    "BRL": ("5.20", 0.025),
    "INR": ("83.5", 0.008),
    "THB": ("35.8", 0.012),
    "MYR": ("4.65", 0.012),
    "ZAR": ("18.6", 0.025),
    "AED": ("3.6725", 0.0),
    "ILS": ("3.70", 0.015),
}

DEMO_CURRENCIES: tuple[str, ...] = tuple(_UNITS_PER_USD)
SOURCE = "demo"
RATE_COLUMNS = ("id", "day", "currency", "per_eur", "source", "fetched_at")
_RATE_DIGITS = Context(prec=10)


@dataclass(frozen=True)
class RateBinders:
    """How this connection binds a day, an exact rate and a UTC time."""

    day: Callable[[date], Any]
    rate: Callable[[Decimal], Any]
    time: Callable[[datetime], Any]

# The ECB publishes at about 16:00 CET; the demo "fetched" each day's rates a little later.
_FETCHED = time(15, 30, tzinfo=UTC)


def ten_digits(value: Decimal) -> Decimal:
    """`value` to 10 significant digits, written without an exponent (as a provider sends it)."""
    return Decimal(format(_RATE_DIGITS.plus(value).normalize(), "f"))


class DemoRates:
    """Units per EUR for each demo currency in each month of the demo window (month 0 first).

    A month's per-EUR rates are what the exchange-rate table holds for each of its business
    days, so an order's rate to base and a cost converted from stored rates come from the same
    numbers.
    """

    def __init__(self, seed: int, months: int) -> None:
        rng = np.random.default_rng([seed, 2])
        steps = rng.standard_normal((len(_UNITS_PER_USD), months))
        per_usd: dict[str, list[Decimal]] = {}
        for row, (code, (base, drift)) in enumerate(_UNITS_PER_USD.items()):
            walk = np.exp(np.cumsum(steps[row] * drift) - steps[row, 0] * drift)
            # A random draw becomes a rate through its decimal text, never by float arithmetic.
            per_usd[code] = [
                Decimal(base) * Decimal(f"{factor:.5f}") if drift else Decimal(base)
                for factor in walk.tolist()
            ]
        euro = per_usd[BASE]
        self._per_eur = {code: [Decimal(1) if code == BASE else ten_digits(units / euro[month])
                                for month, units in enumerate(values)]
                         for code, values in per_usd.items()}
        self.months = months

    def per_eur(self, currency: str, month: int) -> Decimal:
        """Units of `currency` per EUR in `month`: exact, at most 10 significant digits."""
        return self._per_eur[currency][month]

    def cross(self, source: str, target: str, month: int) -> Decimal:
        """Units of `target` per unit of `source` in `month`, unrounded."""
        if source == target:
            return Decimal(1)
        return self._per_eur[target][month] / self._per_eur[source][month]

    def to_base(self, currency: str, base: str, month: int) -> Decimal:
        """An order's `rate_to_base`: base units per unit of `currency`, 10 significant digits."""
        if currency == base:
            return Decimal(1)
        return ten_digits(self.cross(currency, base, month))

    def stored_rows(self, first_day: date, last_day: date, month_of: Callable[[date], int],
                    first_id: int, bind: RateBinders) -> list[tuple[Any, ...]]:
        """Rows of `exchange_rates` (RATE_COLUMNS order, values bound) for every business day
        from the one on or before `first_day` to `last_day`, at its month's rates (`month_of`);
        the day before the window opens so that its first orders find a rate too."""
        rows: list[tuple[Any, ...]] = []
        codes = [code for code in self._per_eur if code != BASE]
        day = previous_business_day(first_day)
        bound: dict[int, list[Any]] = {}
        while day <= last_day:
            if is_business_day(day):
                month = min(max(month_of(day), 0), self.months - 1)
                if month not in bound:
                    bound[month] = [bind.rate(self._per_eur[code][month]) for code in codes]
                on, fetched = bind.day(day), bind.time(datetime.combine(day, _FETCHED))
                for code, rate in zip(codes, bound[month], strict=True):
                    rows.append((first_id + len(rows), on, code, rate, SOURCE, fetched))
            day += timedelta(days=1)
        return rows


def check_demo_currency(code: str, error: type[KnownError], message: str) -> str:
    """`code` upper-cased if the demo has rates for it, else `error(message)` naming the choices."""
    clean = code.strip().upper()
    if clean not in _UNITS_PER_USD:
        raise error(message, item=code, code=code, choices=", ".join(sorted(_UNITS_PER_USD)))
    return clean
