"""Profit reads: counted, costed orders and their lines as integer arrays, and their labels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    not_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import FunctionElement
from sqlalchemy.types import BigInteger

from seller_desk.store.bulk_read import integer_columns
from seller_desk.store.counted import COUNTED, counted_order
from seller_desk.store.epoch import epoch_seconds
from seller_desk.store.models import Listing, MarketplaceAccount, Order, OrderLine
from seller_desk.store.queries.keyset import unindexed
from seller_desk.store.queries.profit_costing import raw_rows

Ints = np.ndarray
_BITS = 21  # a Unicode code point fits in 21 bits


class code_point(FunctionElement[int]):  # noqa: N801 - used like a SQL function
    """The code point of a one-character text (0 for an empty one)."""

    type = BigInteger()
    inherit_cache = True


@compiles(code_point, "sqlite")
def _sqlite(element: code_point, compiler: SQLCompiler, **kw: Any) -> str:
    return f"coalesce(unicode({compiler.process(element.clauses, **kw)}), 0)"


@compiles(code_point)
def _standard(element: code_point, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(ascii({compiler.process(element.clauses, **kw)}) AS BIGINT)"


def text_code(column: ColumnElement[str], width: int) -> ColumnElement[int]:
    """A code of `width` characters or fewer (a currency, a country) as one integer, so that
    a million of them are read as numbers rather than as a million strings."""
    parts = [code_point(func.substr(column, i + 1, 1))
             * literal(2 ** (_BITS * (width - 1 - i)), BigInteger) for i in range(width)]
    return sum(parts[1:], parts[0])


def code_text(code: int, width: int) -> str:
    """The text back from text_code."""
    chars = [(code >> (_BITS * (width - 1 - i))) & (2**_BITS - 1) for i in range(width)]
    return "".join(chr(c) for c in chars if c)


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


def _converted(base: str) -> ColumnElement[bool]:
    """Orders whose amounts need converting (not already in the base currency at rate 1)."""
    return not_(and_(Order.currency == base, Order.rate_to_base == Decimal(1)))


@dataclass(frozen=True)
class ProfitOrders:
    """Counted, costed orders by ascending id: when placed (epoch seconds), account and country
    (text_code), fees in the order currency, shipping and margin in base; `pair` codes into
    `pairs` (order currency, base per unit of it), code 0 being (base, 1)."""

    id: Ints
    seconds: Ints
    account: Ints
    country: Ints
    marketplace_fee: Ints
    payment_fee: Ints
    shipping: Ints
    margin: Ints
    pair: Ints
    pairs: list[tuple[str, Decimal]]

    def only(self, keep: Ints) -> ProfitOrders:
        """These orders at the positions `keep` (ascending)."""
        return ProfitOrders(
            self.id[keep], self.seconds[keep], self.account[keep], self.country[keep],
            self.marketplace_fee[keep], self.payment_fee[keep], self.shipping[keep],
            self.margin[keep], self.pair[keep], self.pairs)


def profit_orders(session: Session, base: str, since: datetime | None = None,
                  until: datetime | None = None) -> ProfitOrders:
    where = _costed(base, since, until)
    columns = integer_columns(session, select(
        Order.id, epoch_seconds(Order.placed_at), Order.account_id,
        text_code(Order.ship_country, 2), func.coalesce(Order.marketplace_fee_minor, 0),
        func.coalesce(Order.payment_fee_minor, 0),
        func.coalesce(Order.shipping_cost_base_minor, 0), Order.margin_base_minor,
    ).where(*where).order_by(Order.id), 8)
    # Only orders in another currency carry their rate as text: read those apart.
    foreign = raw_rows(session, select(Order.id, Order.currency, Order.rate_to_base)
                       .where(*where, _converted(base)).order_by(Order.id))
    codes: dict[tuple[str, str], int] = {(base, "1"): 0}
    pair = np.zeros(len(columns[0]), dtype=np.int64)
    if foreign:
        at = np.searchsorted(columns[0], np.array([row[0] for row in foreign], dtype=np.int64))
        pair[at] = [codes.setdefault((cur, str(rate)), len(codes)) for _i, cur, rate in foreign]
    pairs = [(cur, Decimal(rate)) for cur, rate in codes]
    return ProfitOrders(*columns, pair=pair, pairs=pairs)


def fingerprint(session: Session) -> tuple[Any, ...]:
    """Cheap figures that change whenever an order, a line or a margin does: each a single
    index lookup or a walk of the narrow margin index (SQLite answers one max() per query
    from an index, two in one query by a scan)."""
    return (
        *session.execute(select(func.count(), func.count(Order.margin_base_minor),
                                func.sum(Order.margin_base_minor))).one(),
        session.scalar(select(func.max(Order.id))),
        session.scalar(select(func.max(Order.updated_at))),
        session.scalar(select(func.max(OrderLine.id))),
    )


# A line whose cost is still unknown reads as this (no real cost comes near it).
UNKNOWN_COST = -(2**62)


@dataclass(frozen=True)
class ProfitLines:
    """Lines by ascending id: their order, listing (-1 for none: `skus` then names them in
    the same order), quantity, total in the order currency and cost in base (UNKNOWN_COST
    while unknown)."""

    order: Ints
    listing: Ints
    quantity: Ints
    total: Ints
    cost: Ints
    skus: list[str]


def profit_lines(session: Session, first: int | None, last: int | None) -> ProfitLines:
    """Lines of orders with ids in [first, last] (all lines when either is None)."""
    where: list[ColumnElement[bool]] = []
    if first is not None and last is not None:
        where = [OrderLine.order_id >= first, OrderLine.order_id <= last]
    # A line without a listing id belongs to the listing with its SKU, as costing found it.
    by_sku = (select(Listing.id).where(Listing.sku_key == OrderLine.sku_key)
              .correlate(OrderLine).scalar_subquery())
    columns = integer_columns(session, select(
        OrderLine.order_id, func.coalesce(OrderLine.listing_id, by_sku, -1), OrderLine.quantity,
        OrderLine.total_minor, func.coalesce(OrderLine.cost_base_minor, UNKNOWN_COST),
    ).where(*where).order_by(OrderLine.id), 5)
    skus = session.scalars(select(OrderLine.sku).where(
        *where, OrderLine.listing_id.is_(None), by_sku.is_(None)).order_by(OrderLine.id)).all()
    return ProfitLines(*columns, skus=list(skus))


def listing_labels(session: Session) -> dict[int, tuple[str, str]]:
    """Listing id → (SKU, title)."""
    return {lid: (sku, title) for lid, sku, title in session.execute(
        select(Listing.id, Listing.sku, Listing.title))}


def account_names(session: Session) -> dict[int, str]:
    return {i: name for i, name in session.execute(
        select(MarketplaceAccount.id, MarketplaceAccount.name))}


@dataclass(frozen=True)
class PeriodSums:
    """Exact sums over counted, costed orders of a period; fees only of orders already in the
    base currency (the others are in `foreign`, to be converted one by one)."""

    orders: int
    negative: int
    margin: int
    cost: int
    shipping: int
    marketplace_fee: int
    payment_fee: int
    foreign: list[tuple[str, str, int, int]]


def period_sums(session: Session, base: str, since: datetime | None, until: datetime | None
                ) -> PeriodSums:
    where = _costed(base, since, until)
    converted = _converted(base)
    total = func.coalesce
    row = session.execute(select(
        func.count(Order.id),
        total(func.sum(case((Order.margin_base_minor < 0, 1), else_=0)), 0),
        total(func.sum(Order.margin_base_minor), 0),
        total(func.sum(Order.cost_base_minor), 0),
        total(func.sum(Order.shipping_cost_base_minor), 0),
        total(func.sum(case((converted, 0), else_=Order.marketplace_fee_minor)), 0),
        total(func.sum(case((converted, 0), else_=Order.payment_fee_minor)), 0),
    ).where(*where)).one()
    foreign = raw_rows(session, select(
        Order.currency, Order.rate_to_base, total(Order.marketplace_fee_minor, 0),
        total(Order.payment_fee_minor, 0)).where(*where, converted))
    return PeriodSums(*(int(v) for v in row),
                      foreign=[(c, str(r), int(m), int(p)) for c, r, m, p in foreign])


def uncosted_count(session: Session, base: str, since: datetime | None,
                   until: datetime | None) -> int:
    return int(session.scalar(select(func.count(Order.id)).where(
        *in_period(base, since, until), Order.margin_base_minor.is_(None))) or 0)


def incomplete_count(session: Session, base: str, since: datetime | None,
                     until: datetime | None) -> int:
    """Costed orders with a line whose cost is still unknown."""
    gap = exists().where(OrderLine.order_id == Order.id, OrderLine.cost_base_minor.is_(None))
    return int(session.scalar(select(func.count(Order.id)).where(
        *_costed(base, since, until), gap)) or 0)
