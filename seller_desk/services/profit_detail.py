"""One order's profit for its detail: both currencies, each line's cost, what is missing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date
from decimal import Decimal

from sqlalchemy.orm import Session

from seller_desk.domain.fx import convert_minor
from seller_desk.domain.money import Money
from seller_desk.domain.order_costing import GAP_NO_LISTING, GAP_NO_RATE, CostedBatch, cost_batch
from seller_desk.domain.profit import order_revenue_minor
from seller_desk.domain.rate_history import RateHistory
from seller_desk.services.profit_costing import CostingContext, Prepared
from seller_desk.store.models import Order, OrderLine
from seller_desk.store.queries.fx import rates_on
from seller_desk.store.queries.profit_costing import listing_costs, orders_by_ids
from seller_desk.store.types import fold

# Why a line has no cost (CostGap.kind): no listing has its SKU; no rate for its currency;
# both are known now but the order was costed before (the next costing run fills it in).
NO_LISTING, NO_RATE, NOT_YET = "no_listing", "no_rate", "not_yet"


@dataclass(frozen=True)
class CostGap:
    kind: str
    sku: str
    currency: str = ""
    day: date | None = None


@dataclass(frozen=True)
class LineCost:
    sku: str
    title: str
    quantity: int
    unit_cost: Money | None  # in the listing's cost currency
    rate: Decimal | None  # base per unit of the cost currency, on the order's date
    rate_day: date
    cost: Money | None  # in base
    gap: CostGap | None = None


@dataclass(frozen=True)
class Part:
    """One figure of the order in its own currency and in the base currency."""

    original: Money
    base: Money


@dataclass(frozen=True)
class OrderProfit:
    order_id: int
    costed: bool  # False: not costed yet, these are the figures costing will store
    rate: Decimal
    revenue: Part  # net of VAT and refunds
    marketplace_fee: Part
    payment_fee: Part
    cost: Part
    shipping: Part
    returns: Part  # return labels and replacements, less goods put back in stock
    margin: Part
    fees_estimated: bool
    lines: tuple[LineCost, ...]
    gaps: tuple[CostGap, ...]

    @property
    def margin_ratio(self) -> float | None:
        revenue = self.revenue.base.minor
        return self.margin.base.minor / revenue if revenue else None

    @property
    def negative(self) -> bool:
        return self.margin.base.minor < 0

    @property
    def incomplete(self) -> bool:
        return bool(self.gaps)


def order_profit(session: Session, order: Order) -> OrderProfit:
    """`order` (with its lines loaded) as the costing run sees it; stored figures win."""
    base, cur, rate = order.base_currency, order.currency, order.rate_to_base
    listings = listing_costs(session, [ln.listing_id for ln in order.lines if ln.listing_id],
                             [fold(ln.sku) for ln in order.lines if not ln.listing_id])
    # One day's rates are all one order needs: each currency's newest on or before it.
    placed = order.placed_at.astimezone(UTC).date()
    history = RateHistory({code: ([row.day.toordinal()], [row.per_eur])
                           for code, row in rates_on(session, placed).items()})
    context = CostingContext(session, base, listings, history)
    rows, line_rows = orders_by_ids(session, [order.id])
    prepared = context.prepare(rows, line_rows)
    done = cost_batch(prepared.orders, prepared.lines, base, context.history)
    day = date.fromordinal(int(prepared.orders.day[0])) if len(rows) else placed
    at = {line_id: i for i, line_id in enumerate(prepared.line_ids)}
    costed = order.margin_base_minor is not None
    lines, gaps = [], []
    for line in order.lines:
        i = at[line.id]
        gap = None
        if line.cost_base_minor is None:
            kind = {GAP_NO_LISTING: NO_LISTING, GAP_NO_RATE: NO_RATE}.get(
                int(done.line_gap[i]), NOT_YET if costed else "")
            lacking = int(done.line_lacking[i])
            gap = CostGap(kind, line.sku, done.currencies[lacking] if lacking >= 0 else "",
                          day if lacking >= 0 else None) if kind else None
        if gap is not None:
            gaps.append(gap)
        lines.append(_line_cost(line, done, prepared, i, base, day, costed, gap))
    if int(done.order_lacking[0]) >= 0:
        gaps.append(CostGap(NO_RATE, "", done.currencies[int(done.order_lacking[0])], day))
    cost_base = order.cost_base_minor if costed and order.cost_base_minor is not None else int(
        done.cost[0])
    margin_base = order.margin_base_minor if costed else int(done.margin[0])

    def part(original: int, in_base: int) -> Part:
        return Part(Money(int(original), cur), Money(int(in_base), base))

    back = Decimal(1) / rate

    def part_of_base(in_base: int) -> Part:
        return part(convert_minor(int(in_base), base, cur, back), in_base)

    revenue = part(order_revenue_minor(order.total_minor, order.tax_minor, order.refunded_minor),
                   done.revenue[0])
    marketplace = part(done.marketplace_fee[0], done.marketplace_fee_base[0])
    payment = part(done.payment_fee[0], done.payment_fee_base[0])
    cost, shipping = part_of_base(cost_base), part_of_base(int(done.shipping_cost[0]))
    returns = part_of_base(order.return_cost_base_minor or 0)
    margin_original = (revenue.original.minor - marketplace.original.minor
                       - payment.original.minor - cost.original.minor - shipping.original.minor
                       - returns.original.minor)
    return OrderProfit(
        order.id, costed, rate, revenue, marketplace, payment, cost, shipping, returns,
        part(margin_original, margin_base if margin_base is not None else 0),
        order.fees_estimated, tuple(lines), tuple(gaps),
    )


def _line_cost(line: OrderLine, done: CostedBatch, prepared: Prepared, i: int, base: str,
               day: date, costed: bool, gap: CostGap | None) -> LineCost:
    """A line as stored once costed; before that, as the costing run would cost it."""
    if line.cost_base_minor is not None and line.cost_currency:
        return LineCost(line.sku, line.title, line.quantity,
                        Money(line.unit_cost_minor or 0, line.cost_currency), line.cost_rate,
                        day, Money(line.cost_base_minor, base))
    item, code = int(prepared.lines.item[i]), int(done.line_rate[i])
    unit = Money(*prepared.lines.items[item]) if item >= 0 else None
    if costed or gap is not None or code < 0:
        return LineCost(line.sku, line.title, line.quantity, unit, None, day, None, gap)
    return LineCost(line.sku, line.title, line.quantity, unit, done.rates[code], day,
                    Money(int(done.line_cost[i]), base))
