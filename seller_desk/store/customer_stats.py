"""Keeps each customer's running totals (orders, spend, first, last order) equal to the orders."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, func, select, update
from sqlalchemy.orm import Session

from seller_desk.store.counted import counted_order, net_base_value
from seller_desk.store.models import Customer, Order

_CHUNK = 500


def refresh_customer_stats(session: Session, customer_ids: Iterable[int] | None = None) -> None:
    """Recompute the totals of `customer_ids` (all customers when None) from counted orders."""
    def of_customer(expr: ColumnElement[Any]) -> ScalarSelect[Any]:
        return (
            select(expr)
            .where(Order.customer_id == Customer.id, *counted_order())
            .scalar_subquery()
        )

    values = {
        Customer.order_count: of_customer(func.count(Order.id)),
        Customer.spent_base_minor: of_customer(func.coalesce(func.sum(net_base_value()), 0)),
        Customer.first_order_at: of_customer(func.min(Order.placed_at)),
        Customer.last_order_at: of_customer(func.max(Order.placed_at)),
    }
    if customer_ids is None:
        session.execute(update(Customer).values(values))
        return
    ids = sorted(set(customer_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        session.execute(update(Customer).where(Customer.id.in_(chunk)).values(values))
