"""Costing a batch of orders: estimated fees and shipping, goods at the day's rate, margin."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.money import round_to_minor
from seller_desk.domain.profit import (
    FeeRule,
    Flags,
    Ints,
    allocate_many,
    margins,
    minor_factor,
    multiply_exact,
    revenue_minor,
    share,
)
from seller_desk.domain.rate_history import RateHistory

# Why a line has no cost: none (costed), no listing has its SKU, no rate for its cost currency.
GAP_NONE, GAP_NO_LISTING, GAP_NO_RATE = 0, 1, 2


@dataclass(frozen=True)
class Known:
    """An integer column that may be NULL: the values (0 where unknown) and which are known."""

    value: Ints
    known: Flags

    @classmethod
    def of(cls, values: Sequence[int | None]) -> Known:
        known = np.array([v is not None for v in values], dtype=bool)
        value = np.array([0 if v is None else v for v in values], dtype=np.int64)
        return cls(value, known)


@dataclass(frozen=True)
class OrderBatch:
    """Orders to cost. `pair` codes into `pairs` (order currency, base per unit of it); `rule`
    into `rules` (the market's fees); `day` is the order's date as a date ordinal;
    `return_cost` what the order's returns cost the seller in base (labels, replacements, less
    goods put back in stock)."""

    pair: Ints
    pairs: Sequence[tuple[str, Decimal]]
    day: Ints
    total: Ints
    tax: Ints
    refunded: Ints
    marketplace_fee: Known
    payment_fee: Known
    shipping_cost: Known
    rule: Ints
    rules: Sequence[FeeRule]
    return_cost: Ints


@dataclass(frozen=True)
class LineBatch:
    """Their lines, those of one order next to each other: `order` indexes the batch's orders,
    `item` codes into `items` (unit cost in minor units, cost currency) or is -1 when no listing
    has the line's SKU; `total` is the line's total in the order currency."""

    order: Ints
    quantity: Ints
    total: Ints
    item: Ints
    items: Sequence[tuple[int, str]]
    cost: Known


@dataclass(frozen=True)
class CostedBatch:
    """Per order: fees (order currency), shipping, goods and margin (base); per line: what was
    costed now (`line_new`), at which rate (code into `rates`), or why not (`line_gap`, and
    the currency lacking a rate as a code into `currencies`), and its share of the order's
    revenue, fees, shipping and return costs in base (`line_shares`: those five, each adding up
    to the order's)."""

    marketplace_fee: Ints
    payment_fee: Ints
    shipping_cost: Ints
    revenue: Ints
    marketplace_fee_base: Ints
    payment_fee_base: Ints
    cost: Ints
    margin: Ints
    incomplete: Flags
    order_lacking: Ints
    line_new: Flags
    line_rate: Ints
    line_cost: Ints
    line_gap: Ints
    line_lacking: Ints
    line_shares: list[Ints]
    rates: list[Decimal] = field(default_factory=list)
    currencies: list[str] = field(default_factory=list)
    missing: dict[str, int] = field(default_factory=dict)


class _Rates:
    """Base per unit of a currency for one order: 1 for the base, the order's own rate for its
    currency, else the stored rates of the order's day; remembers what was missing."""

    def __init__(self, base: str, history: RateHistory) -> None:
        self.base, self.history = base, history
        self.missing: dict[str, int] = {}
        self.currencies: list[str] = []
        self._codes: dict[str, int] = {}

    def to_base(self, currency: str, pair: tuple[str, Decimal], day: int) -> Decimal | None:
        if currency == self.base:
            return Decimal(1)
        if currency == pair[0]:
            return pair[1]
        rate = self.history.to_base(currency, self.base, day)
        if rate is None:
            lacking = self.history.lacking(currency, self.base, day)
            self.missing[lacking] = min(day, self.missing.get(lacking, day))
        return rate

    def lacking_code(self, currency: str, day: int) -> int:
        """A code for the currency that has no rate on `day`, into `currencies`."""
        code = self.history.lacking(currency, self.base, day)
        if code not in self._codes:
            self._codes[code] = len(self.currencies)
            self.currencies.append(code)
        return self._codes[code]


def _per_key(keys: Ints, compute: Callable[[int], tuple[int, ...]], width: int
             ) -> tuple[Ints, ...]:
    """compute(first index) once per distinct key, spread back to every index."""
    if not len(keys):
        return tuple(np.zeros(0, dtype=np.int64) for _ in range(width))
    distinct, first, back = np.unique(keys, return_index=True, return_inverse=True)
    table = np.array([compute(int(i)) for i in first], dtype=np.int64).reshape(len(distinct),
                                                                              width)
    return tuple(table[back.reshape(-1), column] for column in range(width))


def _order_extras(orders: OrderBatch, rates: _Rates) -> tuple[Ints, Ints, Ints]:
    """(fixed fee in the order currency, shipping estimate in base, lacking currency code or
    -1) per order, worked out once per market rule, order currency, rate and day."""
    need = ~orders.payment_fee.known | ~orders.shipping_cost.known
    fixed = np.zeros(len(orders.day), dtype=np.int64)
    shipping = np.zeros_like(fixed)
    lacking = np.full_like(fixed, -1)
    if not need.any():
        return fixed, shipping, lacking
    span = int(orders.day.max()) - int(orders.day.min()) + 1
    keys = ((orders.rule * len(orders.pairs) + orders.pair) * span
            + orders.day - int(orders.day.min()))[need]
    where = np.flatnonzero(need)

    def compute(index: int) -> tuple[int, int, int]:
        at = int(where[index])
        rule = orders.rules[int(orders.rule[at])]
        pair = orders.pairs[int(orders.pair[at])]
        day = int(orders.day[at])
        if not rule.fixed_fee_minor and not rule.shipping_minor:
            return 0, 0, -1
        rate = rates.to_base(rule.currency, pair, day)
        if rate is None:
            return 0, 0, rates.lacking_code(rule.currency, day)
        amount = Decimal(rule.fixed_fee_minor).scaleb(-minor_digits(rule.currency))
        fee = (rule.fixed_fee_minor if rule.currency == pair[0]
               else round_to_minor(amount * rate / pair[1], pair[0]))
        label = Decimal(rule.shipping_minor).scaleb(-minor_digits(rule.currency))
        return fee, round_to_minor(label * rate, rates.base), -1

    fixed[need], shipping[need], lacking[need] = _per_key(keys, compute, 3)
    return fixed, shipping, lacking


def _line_costs(orders: OrderBatch, lines: LineBatch, rates: _Rates
                ) -> tuple[Ints, Ints, Ints, Ints, list[Decimal]]:
    """(cost in base, rate code, gap, lacking currency code) per line, and the rates used;
    lines costed before keep their cost."""
    count = len(lines.order)
    cost = np.zeros(count, dtype=np.int64)
    rate_code = np.full(count, -1, dtype=np.int64)
    lacking = np.full(count, -1, dtype=np.int64)
    unknown = ~lines.cost.known
    gap = np.where(unknown & (lines.item < 0), GAP_NO_LISTING, GAP_NONE).astype(np.int64)
    where = np.flatnonzero(unknown & (lines.item >= 0))
    if not len(where):
        return cost, rate_code, gap, lacking, []
    currencies = sorted({currency for _unit, currency in lines.items})
    currency_code = np.array([currencies.index(c) for _u, c in lines.items], dtype=np.int64)
    order = lines.order[where]
    day0 = int(orders.day.min())
    span = int(orders.day.max()) - day0 + 1
    keys = ((currency_code[lines.item[where]] * len(orders.pairs) + orders.pair[order]) * span
            + orders.day[order] - day0)
    found: list[tuple[Decimal, str]] = []

    def compute(index: int) -> tuple[int, int]:
        at, day = int(order[index]), int(orders.day[order[index]])
        currency = lines.items[int(lines.item[where[index]])][1]
        rate = rates.to_base(currency, orders.pairs[int(orders.pair[at])], day)
        if rate is None:
            return -1, rates.lacking_code(currency, day)
        found.append((rate, currency))
        return len(found) - 1, -1

    codes, lacks = _per_key(keys, compute, 2)
    rate_code[where], lacking[where] = codes, lacks
    priced = codes >= 0
    gap[where[~priced]] = GAP_NO_RATE
    at = where[priced]
    units = np.array([unit for unit, _c in lines.items], dtype=np.int64)[lines.item[at]]
    factors = [minor_factor(rate, currency, rates.base) for rate, currency in found]
    cost[at] = multiply_exact(lines.quantity[at] * units, factors, codes[priced])
    return cost, rate_code, gap, lacking, [rate for rate, _currency in found]


def cost_batch(orders: OrderBatch, lines: LineBatch, base: str, history: RateHistory
               ) -> CostedBatch:
    """Fees, shipping, goods and margin of each order; what stays unknown is reported."""
    rates = _Rates(base, history)
    factors = [minor_factor(rate, currency, base) for currency, rate in orders.pairs]
    revenue = multiply_exact(revenue_minor(orders.total, orders.tax, orders.refunded), factors,
                             orders.pair)
    fixed, shipping_estimate, order_lacking = _order_extras(orders, rates)
    marketplace = np.where(
        orders.marketplace_fee.known, orders.marketplace_fee.value,
        multiply_exact(orders.total, [share(r.marketplace_pct) for r in orders.rules],
                       orders.rule))
    payment = np.where(
        orders.payment_fee.known, orders.payment_fee.value,
        multiply_exact(orders.total, [share(r.payment_pct) for r in orders.rules], orders.rule)
        + fixed)
    shipping = np.where(orders.shipping_cost.known, orders.shipping_cost.value,
                        shipping_estimate)
    new_cost, rate_code, gap, lacking, found = _line_costs(orders, lines, rates)
    line_new = ~lines.cost.known & (gap == GAP_NONE)
    line_cost = np.where(lines.cost.known, lines.cost.value, new_cost)
    cost = np.zeros(len(orders.day), dtype=np.int64)
    np.add.at(cost, lines.order, np.where(gap == GAP_NONE, line_cost, 0))
    incomplete = order_lacking >= 0
    incomplete[lines.order[gap != GAP_NONE]] = True
    marketplace_base = multiply_exact(marketplace, factors, orders.pair)
    payment_base = multiply_exact(payment, factors, orders.pair)
    shares = allocate_many([revenue, marketplace_base, payment_base, shipping,
                            orders.return_cost], lines.order, lines.total)
    return CostedBatch(
        marketplace, payment, shipping, revenue, marketplace_base, payment_base, cost,
        margins(revenue, marketplace_base, payment_base, cost, shipping, orders.return_cost),
        incomplete,
        order_lacking, line_new, rate_code, line_cost, gap, lacking, shares, found,
        rates.currencies, rates.missing,
    )
