"""Stored exchange rates through time, and the rate to base an order of a day is costed at."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from decimal import Decimal

from seller_desk.domain.fx import BASE
from seller_desk.domain.profit import cross_rate_to_base


class RateHistory:
    """Per currency, the days that have a rate (date ordinals, ascending) and the rate per EUR
    on each. A day without a rate uses the newest one before it; none before it: no rate."""

    def __init__(self, by_currency: Mapping[str, tuple[Sequence[int], Sequence[Decimal]]]
                 ) -> None:
        self._days = {code: list(days) for code, (days, _rates) in by_currency.items()}
        self._rates = {code: list(rates) for code, (_days, rates) in by_currency.items()}

    def per_eur(self, currency: str, day: int) -> Decimal | None:
        if currency == BASE:
            return Decimal(1)
        days = self._days.get(currency)
        if not days:
            return None
        at = bisect_right(days, day) - 1
        return self._rates[currency][at] if at >= 0 else None

    def to_base(self, currency: str, base: str, day: int) -> Decimal | None:
        """Units of `base` per unit of `currency` on `day`, crossed via EUR; None when either
        has no rate on or before the day (never a made-up 1)."""
        if currency == base:
            return Decimal(1)
        mine, theirs = self.per_eur(currency, day), self.per_eur(base, day)
        if mine is None or theirs is None or mine <= 0 or theirs <= 0:
            return None
        return cross_rate_to_base(mine, theirs)

    def lacking(self, currency: str, base: str, day: int) -> str:
        """Which of the two currencies has no rate on `day` (for the seller to type one in)."""
        return currency if self.per_eur(currency, day) is None else base
