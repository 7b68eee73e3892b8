"""Return insight: return rates by listing, account and country, reasons, what returns cost."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from seller_desk.domain.money import Money
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.store.database import Database
from seller_desk.store.queries.profit import account_names, listing_labels
from seller_desk.store.queries.return_insight import (
    return_costs_by_month,
    returned_units_by,
    sold_units_by,
)
from seller_desk.store.queries.settings import base_currency

NO_LISTING = QT_TRANSLATE_NOOP("returns", "Items without a listing")

# A listing is flagged when its rate is at least this many times the shop's, it has at least
# MIN_RETURNED units back, and chance alone would rarely give that many (one-sided binomial).
FLAG_RATIO = 2.0
MIN_RETURNED = 3
SIGNIFICANCE = 0.05


@dataclass(frozen=True)
class ReturnRateRow:
    """Units asked to be returned against units sold, for one listing, account or country.

    Returned units count requests made in the period (whatever became of them); sold units
    count the period's counted orders, so a request for an older order can push a rate over
    100 %."""

    key: str  # SKU, account id or country code; "" for items without a listing
    label: str  # "SKU · title", account name or country code
    sold: int
    returned: int
    requests: int
    p_value: float | None = None  # listings only: chance of this many returns at the shop rate
    flagged: bool = False

    @property
    def rate(self) -> float | None:
        """Returned ÷ sold units (for display); None without sales."""
        return self.returned / self.sold if self.sold else None


@dataclass(frozen=True)
class ReasonShare:
    reason: str  # a ReturnReason value
    requests: int
    units: int
    share: float  # of all requests in the period (for display)


@dataclass(frozen=True)
class MonthCost:
    month: str  # "YYYY-MM" (UTC) of the requests
    refunds: Money  # base currency
    return_shipping: Money  # labels the seller paid, base currency
    requests: int

    @property
    def total(self) -> Money:
        return self.refunds + self.return_shipping


@dataclass(frozen=True)
class ReturnInsightReport:
    since: datetime | None
    until: datetime | None
    currency: str  # the base currency of the costs
    sold_units: int
    returned_units: int
    requests: int
    by_listing: tuple[ReturnRateRow, ...]  # highest rate first
    by_account: tuple[ReturnRateRow, ...]
    by_country: tuple[ReturnRateRow, ...]
    by_reason: tuple[ReasonShare, ...]  # most requests first
    costs: tuple[MonthCost, ...]  # oldest month first, months without requests included
    flagged: tuple[ReturnRateRow, ...]  # listings far above the shop's rate, highest first

    @property
    def shop_rate(self) -> float | None:
        """The shop's average return rate: all returned ÷ all sold units (for display)."""
        return self.returned_units / self.sold_units if self.sold_units else None

    @property
    def total_cost(self) -> Money:
        return sum((month.total for month in self.costs), Money(0, self.currency))


def tail_probability(returned: int, sold: int, shop_rate: float) -> float:
    """P(X ≥ returned) for X ~ Binomial(sold, shop_rate): how often the shop's usual rate alone
    would give this many returns. Returns beyond the sales (requests for older orders) count as
    all units returned."""
    returned = min(returned, sold)
    try:
        from scipy.stats import binomtest  # loads scipy.stats: only once a listing is a candidate
    except ImportError:  # pragma: no cover - scipy is a dependency; kept for slim installs
        return exact_tail(returned, sold, shop_rate)
    return float(binomtest(returned, sold, shop_rate, alternative="greater").pvalue)


def exact_tail(returned: int, sold: int, rate: float) -> float:
    """P(X ≥ returned) for X ~ Binomial(sold, rate), summed term by term in plain Python."""
    if returned <= 0:
        return 1.0
    total = math.fsum(math.comb(sold, k) * rate**k * (1 - rate) ** (sold - k)
                      for k in range(returned, sold + 1))
    return min(1.0, total)


def far_above(returned: int, sold: int, shop_rate: float | None) -> tuple[bool, float | None]:
    """(flagged, p-value): at least FLAG_RATIO times the shop rate, MIN_RETURNED units back, and
    p < SIGNIFICANCE. The p-value is worked out only for candidates (None otherwise)."""
    if not sold or not shop_rate or returned < MIN_RETURNED:
        return False, None
    if returned / sold < FLAG_RATIO * shop_rate:
        return False, None
    if shop_rate >= 1:
        return False, None  # every sold unit came back somewhere: nothing stands out
    p = tail_probability(returned, sold, shop_rate)
    return p < SIGNIFICANCE, p


def _rows(sold: Iterable[tuple[Any, int]], returned: Iterable[tuple[Any, int, int]],
          name: Any) -> list[ReturnRateRow]:
    """One row per key seen in sales or returns; `name(key)` gives (key text, label)."""
    units: dict[Any, list[int]] = {}
    for key, n in sold:
        units.setdefault(key, [0, 0, 0])[0] += n
    for key, requests, n in returned:
        figures = units.setdefault(key, [0, 0, 0])
        figures[1] += n
        figures[2] += requests
    return [ReturnRateRow(*name(key), *figures) for key, figures in units.items()]


def _by_rate(rows: Iterable[ReturnRateRow]) -> tuple[ReturnRateRow, ...]:
    """Highest rate first (no sales last), then most units back, then by label."""
    return tuple(sorted(rows, key=lambda r: (r.rate is None, -(r.rate or 0.0), -r.returned,
                                             r.label)))


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _costs(rows: list[tuple[str, int, int, int]], base: str) -> tuple[MonthCost, ...]:
    """Every month from the first to the last with requests, empty months as zero."""
    if not rows:
        return ()
    found = {month: (refunds, shipping, n) for month, refunds, shipping, n in rows}
    made = []
    for month in _months_between(rows[0][0], rows[-1][0]):
        refunds, shipping, n = found.get(month, (0, 0, 0))
        made.append(MonthCost(month, Money(refunds, base), Money(shipping, base), n))
    return tuple(made)


class ReturnInsight:
    """Which listings, marketplaces and countries come back most, why, and at what cost."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def report(self, since: datetime | None = None, until: datetime | None = None
               ) -> ReturnInsightReport:
        """Requests made and counted orders placed in [since, until) (None: unbounded)."""
        with self._db.read_session() as session:
            base = base_currency(session)
            returned = {d: returned_units_by(session, d, since, until)
                        for d in ("listing", "account", "country", "reason")}
            sold = {d: sold_units_by(session, d, since, until)
                    for d in ("listing", "account", "country")}
            costs = return_costs_by_month(session, since, until)
            listings = listing_labels(session)
            accounts = account_names(session)

        def listing_name(listing: int | None) -> tuple[str, str]:
            if listing is None:
                return "", NO_LISTING
            sku, title = listings.get(listing, (f"#{listing}", ""))
            return sku, f"{sku} · {title}" if title else sku

        def account_name(account: int) -> tuple[str, str]:
            return str(account), accounts.get(account, f"#{account}")

        def country_name(country: str | None) -> tuple[str, str]:
            return country or "", country or ""

        by_listing = _rows(sold["listing"], returned["listing"], listing_name)
        sold_units = sum(row.sold for row in by_listing)
        returned_units = sum(row.returned for row in by_listing)
        shop_rate = returned_units / sold_units if sold_units else None
        checked = []
        for row in by_listing:
            flagged, p = (False, None) if not row.key else far_above(row.returned, row.sold,
                                                                   shop_rate)
            checked.append(ReturnRateRow(row.key, row.label, row.sold, row.returned,
                                         row.requests, p, flagged))
        requests = sum(n for _reason, n, _units in returned["reason"])
        reasons = tuple(ReasonShare(str(reason), n, units, n / requests)
                        for reason, n, units in returned["reason"])
        listing_rows = _by_rate(checked)
        return ReturnInsightReport(
            since, until, base, sold_units, returned_units, requests, listing_rows,
            _by_rate(_rows(sold["account"], returned["account"], account_name)),
            _by_rate(_rows(sold["country"], returned["country"], country_name)),
            tuple(sorted(reasons, key=lambda r: (-r.requests, -r.units, r.reason))),
            _costs(costs, base), tuple(row for row in listing_rows if row.flagged))


__all__ = ["MonthCost", "ReasonShare", "ReturnInsight", "ReturnInsightReport", "ReturnRateRow",
           "exact_tail", "far_above", "tail_probability"]
