"""What the rate providers publish: which currencies, and when a business day's rates appear."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from seller_desk.domain.currencies import is_currency
from seller_desk.domain.fx import BASE, is_business_day, previous_business_day

# The ECB euro reference rates since 2 January 2026 (BGN left when Bulgaria joined the euro;
# RUB suspended since March 2022; HRK ended in 2023). API_NOTES §6.2.
ECB_REFERENCE: frozenset[str] = frozenset((
    "USD", "JPY", "CZK", "DKK", "GBP", "HUF", "PLN", "RON", "SEK", "CHF", "ISK", "NOK", "TRY",
    "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN", "MYR", "NZD", "PHP",
    "SGD", "THB", "ZAR",
))
# Frankfurter v1 mirrors the ECB; forex-python's source (theratesapi) serves the same set.
PUBLISHED: dict[str, frozenset[str]] = {
    "ecb": ECB_REFERENCE,
    "frankfurter": ECB_REFERENCE,
    "forex-python": ECB_REFERENCE,
}
MANUAL = "manual"

# The ECB publishes around 16:00 CET; a quarter of an hour later the day's file is there.
ECB_ZONE = ZoneInfo("Europe/Berlin")
PUBLISHED_BY = time(16, 15)


def publishes(provider: str, currency: str) -> bool:
    """True when `provider` has rates for `currency`; a typed-in (manual) rate covers any."""
    if currency == BASE:
        return True
    if provider == MANUAL:
        return is_currency(currency)
    return currency in PUBLISHED.get(provider, frozenset())


def uncovered(currencies: Iterable[str], chain: Iterable[str]) -> tuple[str, ...]:
    """The currencies no provider of `chain` publishes: only a typed-in rate can price them."""
    names = tuple(chain)
    return tuple(sorted({code for code in currencies if code != BASE
                         and not any(publishes(name, code) for name in names)}))


def expected_day(now: datetime) -> date:
    """The newest day whose reference rates should be out at `now` (an aware datetime)."""
    local = now.astimezone(ECB_ZONE)
    today = local.date()
    if is_business_day(today) and local.time() >= PUBLISHED_BY:
        return today
    return previous_business_day(today - timedelta(days=1))


def refresh_due(newest: date | None, now: datetime) -> bool:
    """True when rates newer than `newest` (the newest stored provider day) should be out:
    nothing stored, older than the previous business day, or today's after 16:15 Berlin
    time on a business day."""
    return newest is None or newest < expected_day(now)
