"""A rate between two currencies from stored rates (cross via EUR), with its day, source and
age: for a single conversion and for pricing's many."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from seller_desk.domain.fx import BASE, business_days_between, cross_rate
from seller_desk.store.queries.fx import StoredRate, rates_on
from seller_desk.store.queries.settings import settings_with_defaults


@dataclass(frozen=True, slots=True)
class RateUse:
    """Units of `to_currency` per unit of `from_currency` as pricing used it: the day of the
    stored rate (None when no conversion was needed), its source and whether it is old."""

    from_currency: str
    to_currency: str
    rate: Decimal
    day: date | None
    source: str
    age_business_days: int
    stale: bool


def cross_of(found: Sequence[StoredRate], from_currency: str, to_currency: str, today: date,
             stale_after: int) -> RateUse:
    """The rate from the stored rows of the currencies other than EUR (at least one): as old
    as the older of them, stale past `stale_after` business days."""
    per_eur = {row.currency: row.per_eur for row in found}
    day = min(row.day for row in found)
    age = business_days_between(day, today)
    return RateUse(from_currency, to_currency, cross_rate(per_eur, from_currency, to_currency),
                   day, "+".join(sorted({row.source for row in found})), age, age > stale_after)


class MarketRates:
    """Cross rates via EUR from each currency's newest stored rate on or before `today`;
    worked out once per currency pair. None where a currency has no stored rate: never 1.0."""

    def __init__(self, stored: Mapping[str, StoredRate], today: date, stale_after: int) -> None:
        self._stored, self.today, self._stale_after = stored, today, stale_after
        self._pairs: dict[tuple[str, str], RateUse | None] = {}

    @classmethod
    def load(cls, session: Session, today: date) -> MarketRates:
        stale_after = int(settings_with_defaults(session)["fx_stale_days"])
        return cls(rates_on(session, today), today, stale_after)

    def rate(self, from_currency: str, to_currency: str) -> RateUse | None:
        key = (from_currency, to_currency)
        if key not in self._pairs:
            self._pairs[key] = self._work_out(from_currency, to_currency)
        return self._pairs[key]

    def _work_out(self, from_currency: str, to_currency: str) -> RateUse | None:
        if from_currency == to_currency:
            return RateUse(from_currency, to_currency, Decimal(1), None, "", 0, False)
        rows = [self._stored.get(code) for code in {from_currency, to_currency} - {BASE}]
        found = [row for row in rows if row is not None]
        if len(found) < len(rows):
            return None
        return cross_of(found, from_currency, to_currency, self.today, self._stale_after)

    def missing(self, from_currency: str, to_currency: str) -> str:
        """The currency lacking a stored rate, for the message."""
        for code in (from_currency, to_currency):
            if code != BASE and code not in self._stored:
                return code
        return from_currency
