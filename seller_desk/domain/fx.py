"""Exchange-rate shapes and rules: EUR-based day rates, cross rates, TARGET business days."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Protocol

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.errors import KnownError, ValidationError
from seller_desk.domain.money import round_to_minor
from seller_desk.domain.text import QT_TRANSLATE_NOOP

BASE = "EUR"
STALE_AFTER = 3


@dataclass(frozen=True)
class DayRates:
    """One provider's rates for one day: units of each currency per 1 EUR (EUR itself absent)."""

    day: date
    rates: Mapping[str, Decimal] = field(hash=False)
    source: str
    asked_day: date | None = None


class RateProvider(Protocol):
    """A source of EUR-based daily rates (ECB, Frankfurter, forex-python, a typed-in file)."""

    name: str

    def latest(self) -> DayRates: ...

    def on_day(self, day: date) -> DayRates: ...

    def between(self, first: date, last: date) -> list[DayRates]: ...


class ProviderError(KnownError):
    """A provider failed; the message names the provider and what was wrong."""

    def __init__(self, provider: str, message: str, **params: object) -> None:
        self.provider = provider
        super().__init__(message, item=provider, provider=provider, **params)


def cross_rate(rates: Mapping[str, Decimal], from_cur: str, to_cur: str) -> Decimal:
    """Units of `to_cur` per unit of `from_cur`, from rates per EUR (EUR itself is 1)."""

    def per_eur(code: str) -> Decimal:
        if code == BASE:
            return Decimal(1)
        try:
            value = rates[code]
        except KeyError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "No rate for {currency}; type one in."),
                item=code, currency=code,
            ) from None
        if not value.is_finite() or value <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The rate for {currency} is not positive: {rate}"),
                item=code, currency=code, rate=value,
            )
        return value

    if from_cur == to_cur:
        return Decimal(1)
    return per_eur(to_cur) / per_eur(from_cur)


def convert_minor(minor: int, from_cur: str, to_cur: str, rate: Decimal) -> int:
    """`minor` units of `from_cur` in minor units of `to_cur` at `rate` (to per from), rounded
    half away from zero once, at the end."""
    if not isinstance(rate, Decimal) or not rate.is_finite() or rate <= 0:
        raise ValueError("an exchange rate is a positive Decimal")
    amount = Decimal(minor).scaleb(-minor_digits(from_cur)) * rate
    return round_to_minor(amount, to_cur)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Meeus/Jones/Butcher algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def target_holidays(year: int) -> frozenset[date]:
    """The days TARGET2 (and so the ECB reference rates) is closed besides weekends."""
    easter = easter_sunday(year)
    return frozenset({
        date(year, 1, 1), easter - timedelta(days=2), easter + timedelta(days=1),
        date(year, 5, 1), date(year, 12, 25), date(year, 12, 26),
    })


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in target_holidays(day.year)


def previous_business_day(day: date) -> date:
    """`day` itself when rates are published on it, else the last day before it that has them."""
    while not is_business_day(day):
        day -= timedelta(days=1)
    return day


def business_days_between(first: date, last: date) -> int:
    """How many business days come after `first`, up to and including `last` (0 if not later)."""
    count = 0
    day = first + timedelta(days=1)
    while day <= last:
        count += is_business_day(day)
        day += timedelta(days=1)
    return count


def is_stale(rate_day: date, today: date, limit: int = STALE_AFTER) -> bool:
    """True when more than `limit` business days have passed since the rate's day."""
    return business_days_between(rate_day, today) > limit
