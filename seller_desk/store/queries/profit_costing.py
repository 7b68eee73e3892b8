"""Bulk reads and writes of costing: orders, lines, listing costs, fee rules, rates."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, Select, bindparam, case, or_, select, update
from sqlalchemy.orm import Session

from seller_desk.store.epoch import epoch_seconds
from seller_desk.store.models import (
    ExchangeRate,
    Listing,
    MarketplaceAccount,
    Order,
    OrderLine,
    PriceRule,
)
from seller_desk.store.queries.fx import SOURCE_ORDER

Ints = np.ndarray
ID_CHUNK = 500
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_ORDERS = Order.__table__
_LINES = OrderLine.__table__

# One order to cost: (id, account id, currency, rate to base as text, day as a date ordinal,
# total, tax, refunded, marketplace fee, payment fee, shipping cost, return cost in base) —
# fees and shipping None while unknown, the return cost None without returns.
OrderTuple = tuple[int, int, str, str, int, int, int, int, int | None, int | None, int | None,
                   int | None]
# One of its lines: (id, order id, listing id, SKU key, quantity, cost in base or None, SKU,
# total in the order currency).
LineTuple = tuple[int, int, int | None, str, int, int | None, str, int]


@dataclass(frozen=True)
class RuleRow:
    account_id: int
    currency: str
    marketplace_pct: Decimal
    payment_pct: Decimal
    fixed_fee_minor: int
    shipping_minor: int


def raw_rows(session: Session, statement: Select[Any]) -> list[tuple[Any, ...]]:
    """The driver's own tuples: no Row objects and no type conversion (rates stay text)."""
    result = session.connection().execute(statement)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def uncosted_ids(session: Session) -> Ints:
    """Ids of orders not costed yet, ascending."""
    rows = session.scalars(select(Order.id).where(Order.margin_base_minor.is_(None))
                           .order_by(Order.id)).all()
    return np.array(rows, dtype=np.int64)


def _order_columns() -> Select[Any]:
    return select(
        Order.id, Order.account_id, Order.currency, Order.rate_to_base,
        epoch_seconds(Order.placed_at) // 86400 + EPOCH_ORDINAL, Order.total_minor,
        Order.tax_minor, Order.refunded_minor, Order.marketplace_fee_minor,
        Order.payment_fee_minor, Order.shipping_cost_base_minor, Order.return_cost_base_minor,
    )


def _line_columns() -> Select[Any]:
    return select(OrderLine.id, OrderLine.order_id, OrderLine.listing_id, OrderLine.sku_key,
                  OrderLine.quantity, OrderLine.cost_base_minor, OrderLine.sku,
                  OrderLine.total_minor)


def _pieces(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), ID_CHUNK):
        yield [int(i) for i in ids[start:start + ID_CHUNK]]


def orders_in_range(session: Session, first: int, last: int, uncosted_only: bool = True
                    ) -> tuple[list[OrderTuple], list[LineTuple]]:
    """Orders with ids in [first, last] (only those without a margin), and their lines."""
    where: list[ColumnElement[bool]] = [Order.id >= first, Order.id <= last]
    if uncosted_only:
        where.append(Order.margin_base_minor.is_(None))
    orders = raw_rows(session, _order_columns().where(*where).order_by(Order.id))
    lines = raw_rows(session, _line_columns().where(OrderLine.order_id >= first,
                                                    OrderLine.order_id <= last))
    return orders, lines  # type: ignore[return-value]


def orders_by_ids(session: Session, ids: Sequence[int]
                  ) -> tuple[list[OrderTuple], list[LineTuple]]:
    orders: list[Any] = []
    lines: list[Any] = []
    for piece in _pieces(sorted(set(ids))):
        orders += raw_rows(session, _order_columns().where(Order.id.in_(piece)))
        lines += raw_rows(session, _line_columns().where(OrderLine.order_id.in_(piece)))
    orders.sort()
    return orders, lines


def listing_costs(session: Session, ids: Sequence[int] | None = None,
                  sku_keys: Sequence[str] | None = None) -> list[tuple[int, str, int, str]]:
    """(listing id, SKU key, unit cost minor, cost currency) of every listing, or of those
    with the given ids or SKU keys."""
    statement = select(Listing.id, Listing.sku_key, Listing.cost_minor, Listing.cost_currency)
    if ids is not None or sku_keys is not None:
        statement = statement.where(or_(Listing.id.in_(list(ids or [])),
                                        Listing.sku_key.in_(list(sku_keys or []))))
    return [tuple(row) for row in session.execute(statement)]  # type: ignore[misc]


def account_marketplaces(session: Session) -> dict[int, str]:
    return {i: market for i, market in session.execute(
        select(MarketplaceAccount.id, MarketplaceAccount.marketplace))}


def price_rules(session: Session) -> list[RuleRow]:
    """Every market's fees, oldest rule first (the account's first rule is its fallback)."""
    rows = session.execute(
        select(PriceRule.account_id, PriceRule.currency, PriceRule.marketplace_fee_pct,
               PriceRule.payment_fee_pct, PriceRule.fixed_fee_minor, PriceRule.shipping_minor)
        .order_by(PriceRule.id))
    return [RuleRow(*row) for row in rows]


def rate_history(session: Session, currencies: Iterable[str]
                 ) -> dict[str, tuple[list[int], list[Decimal]]]:
    """Per currency, each day that has a rate (as date ordinals, ascending) and the rate per
    EUR that day; where several sources have one, the seller's own wins (SOURCE_ORDER)."""
    wanted = sorted(set(currencies))
    rank = {source: i for i, source in enumerate(SOURCE_ORDER)}
    best: dict[tuple[str, date], tuple[int, Decimal]] = {}
    for currency, day, per_eur, source in session.execute(
        select(ExchangeRate.currency, ExchangeRate.day, ExchangeRate.per_eur,
               ExchangeRate.source).where(ExchangeRate.currency.in_(wanted))
    ):
        held = best.get((currency, day))
        mine = rank.get(source, len(SOURCE_ORDER))
        if held is None or mine < held[0]:
            best[(currency, day)] = (mine, per_eur)
    history: dict[str, tuple[list[int], list[Decimal]]] = {}
    for (currency, day), (_rank, per_eur) in sorted(best.items()):
        days, rates = history.setdefault(currency, ([], []))
        days.append(day.toordinal())
        rates.append(per_eur)
    return history


_ORDER_UPDATE = (
    update(_ORDERS).where(_ORDERS.c.id == bindparam("o_id"))
    .values(marketplace_fee_minor=bindparam("o_mf"), payment_fee_minor=bindparam("o_pf"),
            shipping_cost_base_minor=bindparam("o_ship"), cost_base_minor=bindparam("o_cost"),
            margin_base_minor=bindparam("o_margin"), revenue_base_minor=bindparam("o_rev"),
            marketplace_fee_base_minor=bindparam("o_mfb"),
            payment_fee_base_minor=bindparam("o_pfb"),
            cost_incomplete=bindparam("o_incomplete"))
)
_SHARES = {"revenue_base_minor": bindparam("l_rev"),
           "marketplace_fee_base_minor": bindparam("l_mfb"),
           "payment_fee_base_minor": bindparam("l_pfb"),
           "shipping_base_minor": bindparam("l_ship"),
           "return_cost_base_minor": bindparam("l_returns"), "counts_order": bindparam("l_counts")}
_SHARE_UPDATE = update(_LINES).where(_LINES.c.id == bindparam("l_id")).values(**_SHARES)
_LINE_UPDATE = _SHARE_UPDATE.values(
    unit_cost_minor=bindparam("l_unit"), cost_currency=bindparam("l_currency"),
    cost_rate=bindparam("l_rate"), cost_base_minor=bindparam("l_cost"))


def write_costs(session: Session, orders: list[dict[str, Any]], costed: list[dict[str, Any]],
                shares: list[dict[str, Any]]) -> None:
    """Store each order's figures (o_id, o_mf, o_pf, o_ship, o_cost, o_margin, o_rev, o_mfb,
    o_pfb, o_incomplete), each line's shares (l_id, l_rev, l_mfb, l_pfb, l_ship, l_returns,
    l_counts) and, for the lines in `costed`, their cost too (l_unit, l_currency, l_rate,
    l_cost); in the caller's transaction."""
    if costed:
        session.execute(_LINE_UPDATE, costed)
    if shares:
        session.execute(_SHARE_UPDATE, shares)
    if orders:
        session.execute(_ORDER_UPDATE, orders)


def reset_incomplete(session: Session) -> int:
    """Forget the margin of orders costed without some cost, so the next costing run tries
    them again (after a listing was added or a rate typed in)."""
    result = session.execute(
        update(Order).where(Order.margin_base_minor.is_not(None), Order.cost_incomplete)
        .values(margin_base_minor=None).execution_options(synchronize_session=False))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def forgotten_costs() -> dict[str, Any]:
    """Column values (for an UPDATE of orders) that make the next costing run work a changed
    order out again: its margin and goods, and fees and shipping that were only estimates."""
    estimated = Order.fees_estimated.is_(True)
    return {
        "margin_base_minor": None, "cost_base_minor": None,
        "marketplace_fee_minor": case((estimated, None), else_=Order.marketplace_fee_minor),
        "payment_fee_minor": case((estimated, None), else_=Order.payment_fee_minor),
        "shipping_cost_base_minor": case((estimated, None),
                                         else_=Order.shipping_cost_base_minor),
    }


def forget_costs(order: Order) -> None:
    """forgotten_costs() on a loaded order (its lines are rewritten, so theirs go too)."""
    order.margin_base_minor = order.cost_base_minor = None
    if order.fees_estimated is not False:
        order.marketplace_fee_minor = order.payment_fee_minor = None
        order.shipping_cost_base_minor = None
