"""The Orders table: sorts, filters and search over orders, and one order in full."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session, selectinload

from seller_desk.domain.paging import TableFilter
from seller_desk.store.models import MarketplaceAccount, Order, OrderLine
from seller_desk.store.queries.tables import SearchField, SortKey, TableQuery, in_range, in_set

ORDER_COLUMNS = (
    Order.number, Order.placed_at, Order.buyer_name, Order.buyer_email,
    MarketplaceAccount.name, MarketplaceAccount.marketplace, Order.ship_country, Order.status,
    Order.currency, Order.total_minor, Order.base_currency, Order.total_base_minor,
    Order.margin_base_minor,
)


def _filter(stmt: Select[Any], flt: TableFilter) -> Select[Any]:
    stmt = in_set(stmt, Order.status, flt.statuses)
    stmt = in_set(stmt, Order.account_id, flt.account_ids)
    stmt = in_set(stmt, Order.ship_country, flt.countries)
    stmt = in_set(stmt, Order.currency, flt.currencies)
    if flt.negative_margin is not None:
        # NULL (not costed yet) is neither: the filter shows what is known to lose money.
        stmt = stmt.where(Order.margin_base_minor < 0 if flt.negative_margin
                          else Order.margin_base_minor >= 0)
    return in_range(stmt, Order.placed_at, flt)


ORDERS = TableQuery(
    columns=ORDER_COLUMNS,
    source=Order.__table__.join(
        MarketplaceAccount.__table__, Order.account_id == MarketplaceAccount.id
    ),
    id_column=Order.id,
    sorts={
        "number": SortKey((Order.number_key, Order.id)),
        "placed_at": SortKey((Order.placed_at, Order.id)),
        "customer": SortKey((Order.buyer_name_key, Order.id)),
        "email": SortKey((Order.buyer_email, Order.id)),
        "marketplace": SortKey((Order.account_id, Order.placed_at, Order.id)),
        "country": SortKey((Order.ship_country, Order.placed_at, Order.id)),
        "status": SortKey((Order.status, Order.placed_at, Order.id)),
        "total": SortKey((Order.currency, Order.total_minor, Order.id)),
        "total_base": SortKey((Order.total_base_minor, Order.id)),
        # Orders not costed yet (no margin) come last either way.
        "margin": SortKey((Order.margin_base_minor, Order.id), nullable=True),
    },
    apply_filter=_filter,
    search_fields=(
        SearchField(Order.number_key),
        SearchField(Order.buyer_email),
        SearchField(Order.buyer_name_key),
        SearchField(OrderLine.sku_key, owner=OrderLine.order_id),
    ),
)


def order_with_lines(session: Session, order_id: int) -> Order | None:
    return session.get(Order, order_id, options=[selectinload(Order.lines)])
