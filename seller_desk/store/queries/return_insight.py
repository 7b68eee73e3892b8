"""Return insight in SQL: units returned and sold by listing, account, country or reason, and
what returns cost by month."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, String, distinct, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import FunctionElement

from seller_desk.domain.returns import ReturnState
from seller_desk.store.counted import counted_order
from seller_desk.store.models import Order, OrderLine, ReturnLine, ReturnRequest

RETURN_DIMENSIONS: dict[str, ColumnElement[Any]] = {
    "listing": ReturnLine.listing_id,
    "account": ReturnRequest.account_id,
    "country": ReturnRequest.ship_country,
    "reason": ReturnRequest.reason,
}
# Units sold per order are its item_count, so accounts and countries need no pass over lines.
SALE_DIMENSIONS: dict[str, tuple[ColumnElement[Any], ColumnElement[int]]] = {
    "listing": (OrderLine.listing_id, OrderLine.quantity),
    "account": (Order.account_id, Order.item_count),
    "country": (Order.ship_country, Order.item_count),
}


class year_month(FunctionElement[str]):  # noqa: N801 - used like a SQL function
    """`year_month(column)`: "YYYY-MM" of a UTC datetime column, on SQLite and PostgreSQL."""

    type = String()
    inherit_cache = True

    def __init__(self, column: ColumnElement[Any]) -> None:
        super().__init__(column)


@compiles(year_month, "sqlite")
def _sqlite_month(element: year_month, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite holds UTC as naive "YYYY-MM-DD HH:MM:SS" text (store.types.UTCDateTime).
    return f"strftime('%Y-%m', {compiler.process(element.clauses, **kw)})"


@compiles(year_month)
def _standard_month(element: year_month, compiler: SQLCompiler, **kw: Any) -> str:
    # In UTC whatever the session's time zone is, as on SQLite.
    return f"to_char({compiler.process(element.clauses, **kw)} AT TIME ZONE 'UTC', 'YYYY-MM')"


def _period(column: ColumnElement[datetime], since: datetime | None,
            until: datetime | None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if since is not None:
        where.append(column >= since)
    if until is not None:
        where.append(column < until)
    return where


def _dimension(known: dict[str, Any], dimension: str) -> Any:
    try:
        return known[dimension]
    except KeyError:
        raise ValueError(
            f"cannot group by {dimension!r}; known: {', '.join(known)}") from None


def _biggest_first(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Most units (the last figure) first, then most requests, then by key: the same order
    on every backend, whichever way each sorts NULL keys."""
    return sorted(rows, key=lambda row: (*(-figure for figure in reversed(row[1:])),
                                         str(row[0])))


def returned_units_by(session: Session, dimension: str, since: datetime | None,
                      until: datetime | None) -> list[tuple[Any, int, int]]:
    """(key, requests, units) of requests made in [since, until) that were not rejected (a
    refused request is not a return), most units first. Keys: listing id (None for lines of no
    listing), account id, ship-to country or reason."""
    key = _dimension(RETURN_DIMENSIONS, dimension)
    rows = session.execute(
        select(key, func.count(distinct(ReturnRequest.id)),
               func.coalesce(func.sum(ReturnLine.quantity), 0))
        .select_from(ReturnRequest)
        .outerjoin(ReturnLine, ReturnLine.request_id == ReturnRequest.id)
        .where(*_period(ReturnRequest.requested_at, since, until),
               ReturnRequest.state != ReturnState.REJECTED.value)
        .group_by(key))
    return _biggest_first([(k, int(n), int(units)) for k, n, units in rows])  # type: ignore[return-value]


def sold_units_by(session: Session, dimension: str, since: datetime | None,
                  until: datetime | None) -> list[tuple[Any, int]]:
    """(key, units) of counted orders placed in [since, until), most units first: the
    denominator of a return rate. Keys: listing id (None: lines of no listing), account id or
    ship-to country."""
    key, units = _dimension(SALE_DIMENSIONS, dimension)
    stmt = select(key, func.coalesce(func.sum(units), 0))
    if dimension == "listing":
        stmt = stmt.select_from(OrderLine).join(Order, Order.id == OrderLine.order_id)
    rows = session.execute(
        stmt.where(*counted_order(), *_period(Order.placed_at, since, until)).group_by(key))
    return _biggest_first([(k, int(n)) for k, n in rows])  # type: ignore[return-value]


def return_costs_by_month(session: Session, since: datetime | None, until: datetime | None
                          ) -> list[tuple[str, int, int, int]]:
    """("YYYY-MM" in UTC, refunds in base, return labels paid in base, requests) per month of
    requests made in [since, until), oldest month first."""
    month = year_month(ReturnRequest.requested_at)
    rows = session.execute(
        select(month, func.coalesce(func.sum(ReturnRequest.refund_base_minor), 0),
               func.coalesce(func.sum(ReturnRequest.return_shipping_base_minor), 0),
               func.count(ReturnRequest.id))
        .where(*_period(ReturnRequest.requested_at, since, until))
        .group_by(month).order_by(month))
    return [(str(m), int(refunds), int(shipping), int(n)) for m, refunds, shipping, n in rows]
