"""The Dashboard's figures, aggregated in SQL over counted orders in the base currency."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from seller_desk.store.counted import counted_order, net_base_value
from seller_desk.store.models import Customer, Listing, Order, OrderLine


def _counted_between(start: datetime, end: datetime, base: str) -> list[Any]:
    return [
        Order.placed_at >= start,
        Order.placed_at < end,
        *counted_order(),
        Order.base_currency == base,
    ]


def sales_between(session: Session, start: datetime, end: datetime, base: str) -> tuple[int, int]:
    """(revenue in base minor units, number of orders) of counted orders in [start, end)."""
    revenue, count = session.execute(
        select(func.coalesce(func.sum(net_base_value()), 0), func.count(Order.id)).where(
            *_counted_between(start, end, base)
        )
    ).one()
    return int(revenue), int(count)


def buyers_between(session: Session, start: datetime, end: datetime, base: str) -> tuple[int, int]:
    """(new, returning) customers with a counted order in [start, end).

    New means their first counted order falls in the period.
    """
    buyers = select(Order.customer_id).where(*_counted_between(start, end, base))
    new, total = session.execute(
        select(
            func.coalesce(func.sum(case((Customer.first_order_at >= start, 1), else_=0)), 0),
            func.count(Customer.id),
        ).where(Customer.id.in_(buyers))
    ).one()
    return int(new), int(total) - int(new)


def top_listings(
    session: Session, start: datetime, end: datetime, base: str, limit: int
) -> list[tuple[int, str, str, int, int]]:
    """(listing id, SKU, title, units, revenue in base minor units), best sellers by revenue.

    A line's revenue in the base currency is its share of the order's converted total, i.e. the
    line at the order's own rate, in whole minor units.
    """
    line_base = case(
        (Order.total_minor > 0, OrderLine.total_minor * Order.total_base_minor / Order.total_minor),
        else_=0,
    )
    revenue = func.sum(line_base).label("revenue")
    rows = session.execute(
        select(Listing.id, Listing.sku, Listing.title, func.sum(OrderLine.quantity), revenue)
        .join(OrderLine, OrderLine.listing_id == Listing.id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(*_counted_between(start, end, base))
        .group_by(Listing.id, Listing.sku, Listing.title)
        .order_by(revenue.desc(), Listing.id)
        .limit(limit)
    )
    return [(i, sku, title, int(units), int(rev)) for i, sku, title, units, rev in rows]
