"""Profit reads: sums of counted, costed orders and of their lines, by group, in SQL."""

from __future__ import annotations

from dataclasses import astuple, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, case, false, func, select
from sqlalchemy.orm import Session

from seller_desk.store.counted import COUNTED, counted_order
from seller_desk.store.models import Listing, MarketplaceAccount, Order, OrderLine
from seller_desk.store.queries.keyset import unindexed


def in_period(base: str, since: datetime | None, until: datetime | None
              ) -> list[ColumnElement[bool]]:
    """Counted orders in the base currency placed in [since, until). Without a period the
    report reads most orders: SQLite then walks the table in id order instead of jumping
    through the status index (the same test, only the index is not offered)."""
    if since is None and until is None:
        where = [unindexed(Order.status).in_(COUNTED), Order.is_test == false()]
    else:
        where = counted_order()
    where.append(Order.base_currency == base)
    if since is not None:
        where.append(Order.placed_at >= since)
    if until is not None:
        where.append(Order.placed_at < until)
    return where


def _costed(base: str, since: datetime | None, until: datetime | None
            ) -> list[ColumnElement[bool]]:
    margin = Order.margin_base_minor if since or until else unindexed(Order.margin_base_minor)
    return [*in_period(base, since, until), margin.is_not(None)]


@dataclass(frozen=True)
class Sums:
    """Exact sums in base minor units over some orders (or their lines), and how many of
    those orders were costed without some cost."""

    orders: int = 0
    units: int = 0
    revenue: int = 0
    marketplace_fee: int = 0
    payment_fee: int = 0
    cost: int = 0
    shipping: int = 0
    returns: int = 0
    incomplete: int = 0

    @property
    def margin(self) -> int:
        return (self.revenue - self.marketplace_fee - self.payment_fee - self.cost
                - self.shipping - self.returns)

    def __add__(self, other: Sums) -> Sums:
        return Sums(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


def _total(column: ColumnElement[Any]) -> ColumnElement[int]:
    return func.coalesce(func.sum(column), 0)


ORDER_SUMS = (func.count(Order.id), _total(Order.item_count), _total(Order.revenue_base_minor),
              _total(Order.marketplace_fee_base_minor), _total(Order.payment_fee_base_minor),
              _total(Order.cost_base_minor), _total(Order.shipping_cost_base_minor),
              _total(Order.return_cost_base_minor),
              _total(case((Order.cost_incomplete, 1), else_=0)))
LINE_SUMS = (_total(case((OrderLine.counts_order, 1), else_=0)), _total(OrderLine.quantity),
             _total(OrderLine.revenue_base_minor), _total(OrderLine.marketplace_fee_base_minor),
             _total(OrderLine.payment_fee_base_minor), _total(OrderLine.cost_base_minor),
             _total(OrderLine.shipping_base_minor), _total(OrderLine.return_cost_base_minor))


def _sums(rows: Any, keys: int) -> list[tuple[tuple[Any, ...], Sums]]:
    """(the first `keys` columns, Sums of the others) per row."""
    return [(tuple(row[:keys]), Sums(*(int(v or 0) for v in row[keys:]))) for row in rows]


def order_groups(session: Session, base: str, since: datetime | None, until: datetime | None
                 ) -> list[tuple[tuple[int, str, str], Sums]]:
    """Sums per (account id, order currency, ship-to country). Over a whole shop this sorts a
    million rows: best on Database.sorting_session (so is listing_groups)."""
    key = [Order.account_id, Order.currency, Order.ship_country]
    statement: Select[Any] = (select(*key, *ORDER_SUMS).where(*_costed(base, since, until))
                              .group_by(*key))
    return _sums(session.execute(statement), 3)  # type: ignore[return-value]


def listing_groups(session: Session, base: str, since: datetime | None, until: datetime | None
                   ) -> list[tuple[tuple[int | None, str], Sums]]:
    """Sums of lines per listing, ((listing id, ""), sums), and per SKU for lines that no
    listing has, ((None, SKU), sums). A line without a listing id belongs to the listing with
    its SKU, as costing found it (which also counted the order once for that listing)."""
    costed = _costed(base, since, until)
    listing = unindexed(OrderLine.listing_id)  # one pass over the lines, then a sort
    linked = _sums(session.execute(
        select(listing, *LINE_SUMS).join(Order, Order.id == OrderLine.order_id)
        .where(*costed).group_by(listing)), 1)
    groups: dict[tuple[int | None, str], Sums] = {
        (key[0], ""): sums for key, sums in linked if key[0] is not None}
    # Lines without a listing id are few and found through the listing index.
    bare = _sums(session.execute(
        select(OrderLine.sku_key, func.min(OrderLine.sku), *LINE_SUMS)
        .join(Order, Order.id == OrderLine.order_id)
        .where(OrderLine.listing_id.is_(None), *costed).group_by(OrderLine.sku_key)), 2)
    known: dict[str, int] = {key: lid for key, lid in session.execute(
        select(Listing.sku_key, Listing.id).where(
            Listing.sku_key.in_([key for (key, _sku), _sums in bare])))}
    for (key, sku), sums in bare:
        name = (known[key], "") if key in known else (None, sku)
        groups[name] = groups.get(name, Sums()) + sums
    return list(groups.items())


def listing_labels(session: Session) -> dict[int, tuple[str, str]]:
    """Listing id → (SKU, title)."""
    return {lid: (sku, title) for lid, sku, title in session.execute(
        select(Listing.id, Listing.sku, Listing.title))}


def account_names(session: Session) -> dict[int, str]:
    return {i: name for i, name in session.execute(
        select(MarketplaceAccount.id, MarketplaceAccount.name))}


def period_sums(session: Session, base: str, since: datetime | None, until: datetime | None
                ) -> tuple[Sums, int]:
    """The sums of a period's costed orders, and how many of them lose money."""
    row = session.execute(select(
        *ORDER_SUMS, _total(case((Order.margin_base_minor < 0, 1), else_=0)))
        .where(*_costed(base, since, until))).one()
    return _sums([tuple(row)[:-1]], 0)[0][1], int(row[-1])


def uncosted_count(session: Session, base: str, since: datetime | None,
                   until: datetime | None) -> int:
    return int(session.scalar(select(func.count(Order.id)).where(
        *in_period(base, since, until), Order.margin_base_minor.is_(None))) or 0)
