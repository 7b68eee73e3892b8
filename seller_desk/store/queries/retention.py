"""Bulk reads behind retention: every counted order as numpy arrays, and what filters need."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import numpy.typing as npt
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from seller_desk.store.bulk_read import integer_columns
from seller_desk.store.counted import counted_order, net_base_value
from seller_desk.store.epoch import epoch_seconds
from seller_desk.store.models import Customer, Listing, MarketplaceAccount, Order, OrderLine

Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class CountedOrders:
    """One entry per counted order in the base currency; customer 0 where none is known."""

    order: Ints
    customer: Ints
    seconds: Ints
    value: Ints
    account: Ints


def counted_orders(session: Session, base: str) -> CountedOrders:
    """Every counted order, read in one pass as integers (no datetime per row)."""
    statement = select(
        Order.id,
        func.coalesce(Order.customer_id, 0),
        epoch_seconds(Order.placed_at),
        net_base_value(),
        Order.account_id,
    ).where(*counted_order(), Order.base_currency == base)
    return CountedOrders(*integer_columns(session, statement, 5))


def account_marketplaces(session: Session) -> dict[int, str]:
    return dict(
        session.execute(select(MarketplaceAccount.id, MarketplaceAccount.marketplace)).all()
    )


def customers_in_countries(session: Session, countries: Sequence[str]) -> Ints:
    """Ids of customers (not merged away) whose country is one of `countries`."""
    rows = session.scalars(
        select(Customer.id).where(
            Customer.country.in_(countries), Customer.merged_into_id.is_(None)
        )
    ).all()
    return np.array(rows, dtype=np.int64)


def orders_with_products(session: Session, order_ids: Ints, skus: Sequence[str]) -> Ints:
    """Which of `order_ids` have a line with one of the SKUs."""
    keys = [sku.casefold() for sku in skus]
    rows = session.scalars(
        select(OrderLine.order_id).where(OrderLine.sku_key.in_(keys)).distinct()
    ).all()
    found = np.array(rows, dtype=np.int64)
    return np.asarray(order_ids)[np.isin(order_ids, found)]


@dataclass(frozen=True)
class OrderProducts:
    """Order lines as (order id, product code) pairs; `titles[code]` names each product."""

    order: Ints
    product: Ints
    titles: list[str]
    skus: list[str]


def order_products(session: Session) -> OrderProducts:
    """Lines of counted orders as (order, product) codes; a product is a SKU, named by the
    title its lines carry."""
    # Sorted here, not in SQL: a database collation may order them otherwise than the search.
    products = sorted((sku, title) for sku, title in session.execute(
        select(OrderLine.sku_key, func.max(OrderLine.title))
        .where(OrderLine.sku_key != "").group_by(OrderLine.sku_key)
    ))
    lines = session.execute(
        select(OrderLine.order_id, OrderLine.sku_key)
        .join(Order, Order.id == OrderLine.order_id)
        .where(*counted_order(), OrderLine.sku_key != "")
        .distinct()
    ).all()
    skus = [sku for sku, _title in products]
    # Coded by a binary search over the sorted SKUs, not a dictionary lookup per line.
    line_skus = np.array([sku for _order, sku in lines], dtype=object)
    codes = np.searchsorted(np.array(skus, dtype=object), line_skus)
    orders = np.fromiter((order for order, _sku in lines), dtype=np.int64, count=len(lines))
    in_order = np.lexsort((codes, orders))  # by order, then SKU: the same lines, a stable order
    return OrderProducts(orders[in_order], codes[in_order].astype(np.int64),
                         [t for _s, t in products], skus)


def goods_cost_and_revenue(
    session: Session, base: str, since: datetime
) -> list[tuple[str, int, int]]:
    """Per listing-cost currency: (currency, cost of the goods sold in that currency's minor
    units, the lines' revenue in base minor units), over counted orders placed since `since`
    whose lines name a listing with a cost."""
    line_base = case(
        (Order.total_minor > 0, OrderLine.total_minor * Order.total_base_minor / Order.total_minor),
        else_=0,
    )
    rows = session.execute(
        select(
            Listing.cost_currency,
            func.sum(OrderLine.quantity * Listing.cost_minor),
            func.sum(line_base),
        )
        .join(OrderLine, OrderLine.listing_id == Listing.id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(*counted_order(), Order.base_currency == base, Order.placed_at >= since)
        .group_by(Listing.cost_currency)
    ).all()
    return [(currency, int(cost or 0), int(revenue or 0)) for currency, cost, revenue in rows]
