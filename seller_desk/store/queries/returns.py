"""The Returns table (sorts, filters, search), one request in full, RMA numbers, open counts."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from seller_desk.domain.paging import TableFilter
from seller_desk.domain.returns import OPEN_STATES, STEP_DAYS, ReturnState
from seller_desk.store.models import (
    MarketplaceAccount,
    Order,
    ReturnLine,
    ReturnRequest,
)
from seller_desk.store.queries.order_linked import OrderLinkedQuery
from seller_desk.store.queries.tables import SearchField, SortKey, in_range, in_set

OPEN = sorted(state.value for state in OPEN_STATES)

# Each row of RETURNS.page is (request id, *these). Days open count from requested_at to
# closed_at, or to now while the request is open.
RETURN_COLUMNS = (
    ReturnRequest.rma_number, ReturnRequest.requested_at, Order.number, Order.buyer_name,
    MarketplaceAccount.name, ReturnRequest.ship_country, ReturnRequest.reason,
    ReturnRequest.outcome, ReturnRequest.state, ReturnRequest.state_since,
    ReturnRequest.refund_minor, ReturnRequest.currency, ReturnRequest.closed_at,
    ReturnRequest.out_of_window, ReturnRequest.order_id, ReturnRequest.refund_base_minor,
)


def overdue_at(now: datetime) -> ColumnElement[bool]:
    """The request has sat in its open state longer than that state's STEP_DAYS at `now`
    (domain.returns.overdue in SQL: one index range per state)."""
    return or_(*(
        and_(ReturnRequest.state == state.value,
             ReturnRequest.state_since < now - timedelta(days=days))
        for state, days in sorted(STEP_DAYS.items()) if state in OPEN_STATES
    ))


def _filter(stmt: Select[Any], flt: TableFilter) -> Select[Any]:
    stmt = in_set(stmt, ReturnRequest.state, flt.statuses)
    stmt = in_set(stmt, ReturnRequest.account_id, flt.account_ids)
    stmt = in_set(stmt, ReturnRequest.ship_country, flt.countries)
    stmt = in_set(stmt, ReturnRequest.currency, flt.currencies)
    stmt = in_set(stmt, ReturnRequest.reason, flt.reasons)
    if flt.open_only is not None:
        stmt = stmt.where(ReturnRequest.state.in_(OPEN) if flt.open_only
                          else ReturnRequest.state == ReturnState.CLOSED.value)
    if flt.overdue_before is not None:
        stmt = stmt.where(overdue_at(flt.overdue_before))
    return in_range(stmt, ReturnRequest.requested_at, flt)


RETURNS = OrderLinkedQuery(
    columns=RETURN_COLUMNS,
    source=ReturnRequest.__table__.join(
        Order.__table__, ReturnRequest.order_id == Order.id
    ).join(MarketplaceAccount.__table__, ReturnRequest.account_id == MarketplaceAccount.id),
    id_column=ReturnRequest.id,
    sorts={
        "rma": SortKey((ReturnRequest.rma_key, ReturnRequest.id)),
        "requested_at": SortKey((ReturnRequest.requested_at, ReturnRequest.id)),
        "state": SortKey((ReturnRequest.state, ReturnRequest.requested_at, ReturnRequest.id)),
        "reason": SortKey((ReturnRequest.reason, ReturnRequest.requested_at, ReturnRequest.id)),
        "marketplace": SortKey(
            (ReturnRequest.account_id, ReturnRequest.requested_at, ReturnRequest.id)),
        "country": SortKey(
            (ReturnRequest.ship_country, ReturnRequest.requested_at, ReturnRequest.id)),
        # By the base amount, so refunds in different currencies compare.
        "refund": SortKey((ReturnRequest.refund_base_minor, ReturnRequest.id)),
        "state_since": SortKey((ReturnRequest.state_since, ReturnRequest.id)),
    },
    apply_filter=_filter,
    order_id_column=ReturnRequest.order_id,
    search_fields=(
        SearchField(ReturnRequest.rma_key),
        SearchField(ReturnLine.sku_key, owner=ReturnLine.request_id),
    ),
)


def request_with_details(session: Session, request_id: int) -> ReturnRequest | None:
    """The request with its order, lines (and their order lines), events and photos loaded."""
    return session.get(ReturnRequest, request_id, options=[
        joinedload(ReturnRequest.order),
        selectinload(ReturnRequest.lines).joinedload(ReturnLine.order_line),
        selectinload(ReturnRequest.events),
        selectinload(ReturnRequest.photos),
    ])


def rma_number(number: int) -> str:
    return f"RMA-{number:06d}"


def next_rma_number(session: Session) -> str:
    """The next request's number: "RMA-" and the largest id + 1 in six digits, or the next
    number not taken yet (a synced request may hold it). Call it in the transaction that
    inserts the request: the unique rma_number refuses a number another desk took meanwhile."""
    number = int(session.scalar(select(func.coalesce(func.max(ReturnRequest.id), 0))) or 0) + 1
    while session.scalar(select(exists().where(ReturnRequest.rma_number == rma_number(number)))):
        number += 1
    return rma_number(number)


def open_needing_action(session: Session, now: datetime) -> tuple[int, int]:
    """(open requests, of which overdue at `now`)."""
    opened, late = session.execute(select(
        func.count(ReturnRequest.id),
        func.coalesce(func.sum(case((overdue_at(now), 1), else_=0)), 0),
    ).where(ReturnRequest.state.in_(OPEN))).one()
    return int(opened), int(late)


def requests_of_order(session: Session, order_id: int) -> list[ReturnRequest]:
    """An order's return requests, oldest first, with their lines (what was returned already)."""
    return list(session.scalars(
        select(ReturnRequest).where(ReturnRequest.order_id == order_id)
        .options(selectinload(ReturnRequest.lines))
        .order_by(ReturnRequest.requested_at, ReturnRequest.id)))
