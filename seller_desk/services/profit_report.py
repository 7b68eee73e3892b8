"""Profit by listing, market and country: exact conversions, exact splits, group sums."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from seller_desk.domain.money import Money
from seller_desk.domain.profit import Ints, allocate_many, minor_factor, multiply_exact
from seller_desk.store.queries.profit import (
    UNKNOWN_COST,
    ProfitLines,
    ProfitOrders,
    code_text,
)


@dataclass(frozen=True)
class ProfitRow:
    """One listing, market or country over a period, in the base currency."""

    key: str
    label: str
    orders: int
    units: int
    revenue: Money
    marketplace_fees: Money
    payment_fees: Money
    cost: Money
    shipping: Money
    margin: Money

    @property
    def margin_ratio(self) -> float | None:
        """Margin as a share of revenue (for display); None without revenue."""
        return self.margin.minor / self.revenue.minor if self.revenue.minor else None


@dataclass(frozen=True)
class ProfitReport:
    since: datetime | None
    until: datetime | None
    currency: str
    by_listing: tuple[ProfitRow, ...]
    by_market: tuple[ProfitRow, ...]
    by_country: tuple[ProfitRow, ...]
    totals: ProfitRow
    uncosted_orders: int = 0
    incomplete_orders: int = 0


def sum_by(group: Ints, count: int, values: Ints) -> Ints:
    """Exact integer sums of `values` per group: through bincount's floats when no partial sum
    can pass 2**53 (exact then), else by integer additions."""
    if not len(values):
        return np.zeros(count, dtype=np.int64)
    if int(np.abs(values).max()) * len(values) < 2**53:
        return np.bincount(group, weights=values, minlength=count).astype(np.int64)
    out = np.zeros(count, dtype=np.int64)
    np.add.at(out, group, values)
    return out


@dataclass(frozen=True)
class Figures:
    """Per order (or per line): the parts of the margin in base minor units."""

    revenue: Ints
    marketplace_fee: Ints
    payment_fee: Ints
    cost: Ints
    shipping: Ints
    units: Ints


class ProfitFigures:
    """Orders and their lines of one period, with every figure in base minor units."""

    def __init__(self, orders: ProfitOrders, lines: ProfitLines, base: str) -> None:
        self.orders, self.base = orders, base
        factors = [minor_factor(rate, currency, base) for currency, rate in orders.pairs]
        index, kept = _lines_of(orders.id, lines.order)
        # Lines grouped by order, in line order within each: what the allocation needs.
        kept = kept[np.argsort(index[kept], kind="stable")]
        self.line_order = index[kept]
        self.line_listing = lines.listing[kept]
        self.line_sku = _sku_codes(lines)[kept]
        self.skus = sorted(set(lines.skus))
        count = len(orders.id)
        line_cost = lines.cost[kept]
        unknown = line_cost == UNKNOWN_COST
        line_cost = np.where(unknown, 0, line_cost)
        self.incomplete = int(np.unique(self.line_order[unknown]).size)
        line_units = lines.quantity[kept]
        cost = sum_by(self.line_order, count, line_cost)
        marketplace = multiply_exact(orders.marketplace_fee, factors, orders.pair)
        payment = multiply_exact(orders.payment_fee, factors, orders.pair)
        revenue = orders.margin + marketplace + payment + cost + orders.shipping
        self.order = Figures(revenue, marketplace, payment, cost, orders.shipping,
                             sum_by(self.line_order, count, line_units))
        shares = allocate_many([revenue, marketplace, payment, orders.shipping],
                               self.line_order, lines.total[kept])
        self.line = Figures(shares[0], shares[1], shares[2], line_cost, shares[3], line_units)

    def rows(self, keys: Sequence[str], labels: Sequence[str], group: Ints, figures: Figures,
             orders: Ints) -> list[ProfitRow]:
        count = len(keys)
        sums = [sum_by(group, count, values).tolist() for values in (
            figures.revenue, figures.marketplace_fee, figures.payment_fee, figures.cost,
            figures.shipping, figures.units)]
        money = self.money
        return [
            ProfitRow(keys[g], labels[g], int(orders[g]), sums[5][g], money(sums[0][g]),
                      money(sums[1][g]), money(sums[2][g]), money(sums[3][g]),
                      money(sums[4][g]),
                      money(sums[0][g] - sums[1][g] - sums[2][g] - sums[3][g] - sums[4][g]))
            for g in range(count)
        ]

    def money(self, minor: int) -> Money:
        return Money(int(minor), self.base)

    def _by_order_key(self, key: Ints, name: Callable[[int], tuple[str, str]]
                      ) -> list[ProfitRow]:
        """Rows grouping whole orders by an integer key (a market, a country)."""
        distinct, group = np.unique(key, return_inverse=True)
        group = group.reshape(-1)
        names = [name(int(k)) for k in distinct]
        orders = np.bincount(group, minlength=len(distinct))
        return self.rows([n[0] for n in names], [n[1] for n in names], group, self.order,
                         orders)

    def by_market(self, account_names: dict[int, str]) -> list[ProfitRow]:
        """A market is an account selling in one currency: "<account> · <CUR>"."""
        currencies = sorted({currency for currency, _rate in self.orders.pairs})
        of_pair = np.array([currencies.index(c) for c, _r in self.orders.pairs], dtype=np.int64)
        width = len(currencies)

        def name(k: int) -> tuple[str, str]:
            account, cur = divmod(k, width)
            label = account_names.get(account, f"#{account}")
            return f"{account}:{currencies[cur]}", f"{label} · {currencies[cur]}"

        return self._by_order_key(self.orders.account * width + of_pair[self.orders.pair], name)

    def by_country(self) -> list[ProfitRow]:
        def name(k: int) -> tuple[str, str]:
            code = code_text(k, 2)
            return code, code

        return self._by_order_key(self.orders.country, name)

    def by_listing(self, listings: dict[int, tuple[str, str]]) -> list[ProfitRow]:
        # Listing ids are small and dense: they index the sums directly; a line without a
        # listing is grouped by its SKU, after them.
        top = int(self.line_listing.max()) + 1 if len(self.line_listing) else 0
        key = np.where(self.line_listing >= 0, self.line_listing, top + self.line_sku)
        size = top + len(self.skus)
        lines_per_key = np.bincount(key, minlength=size)
        used = np.flatnonzero(lines_per_key)
        position = np.zeros(size, dtype=np.int64)
        position[used] = np.arange(len(used))
        group = position[key]
        orders = np.bincount(group, minlength=len(used)) - _repeats(self.line_order, group,
                                                                    len(used))
        keys, labels = [], []
        for k in used.tolist():
            if k < top:
                sku, title = listings.get(k, (f"#{k}", ""))
            else:
                sku, title = self.skus[k - top], ""
            keys.append(sku)
            labels.append(f"{sku} · {title}" if title else sku)
        return self.rows(keys, labels, group, self.line, orders)

    def totals(self, label: str) -> ProfitRow:
        count = len(self.orders.id)
        return self.rows([""], [label], np.zeros(count, dtype=np.int64), self.order,
                         np.array([count]))[0]


def _repeats(line_order: Ints, group: Ints, count: int) -> Ints:
    """Per group, lines that repeat a group already met earlier in the same order (so that
    an order counts once per listing)."""
    several = np.flatnonzero(np.bincount(line_order)[line_order] > 1)
    if not len(several):
        return np.zeros(count, dtype=np.int64)
    pairs = np.sort(line_order[several] * count + group[several])
    # A sort and a look at neighbours: np.unique hashes, several times slower here.
    distinct = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
    return np.bincount(group[several], minlength=count) - np.bincount(distinct % count,
                                                                       minlength=count)


def _lines_of(order_ids: Ints, line_orders: Ints) -> tuple[Ints, Ints]:
    """Each line's index among `order_ids` (ascending), and which lines' orders are there."""
    if not len(order_ids):
        return np.zeros(len(line_orders), dtype=np.int64), np.zeros(0, dtype=np.int64)
    at = np.minimum(np.searchsorted(order_ids, line_orders), len(order_ids) - 1)
    return at, np.flatnonzero(order_ids[at] == line_orders)


def _sku_codes(lines: ProfitLines) -> Ints:
    """For lines without a listing, their SKU's index in the sorted SKUs; 0 for the others."""
    codes = np.zeros(len(lines.order), dtype=np.int64)
    bare = np.flatnonzero(lines.listing < 0)
    if len(bare):
        index = {sku: i for i, sku in enumerate(sorted(set(lines.skus)))}
        codes[bare] = [index[sku] for sku in lines.skus]
    return codes
