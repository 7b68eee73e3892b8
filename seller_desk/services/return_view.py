"""One return request as the window shows it: plain data, its next steps and its money."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from seller_desk.domain.money import Money
from seller_desk.domain.return_money import refundable_minor
from seller_desk.domain.return_policy import ReturnPolicy
from seller_desk.domain.returns import (
    ReturnOutcome,
    ReturnState,
    allowed_moves,
    days_open,
    overdue,
)
from seller_desk.services.return_policies import policy_of_order
from seller_desk.store.models import Customer, Order, ReturnRequest


@dataclass(frozen=True)
class ReturnLineView:
    id: int
    order_line_id: int
    sku: str
    title: str
    quantity: int
    bought: int
    disposition: str  # "" until inspected


@dataclass(frozen=True)
class ReturnEventView:
    at: datetime
    author: str
    from_state: str
    to_state: str
    note: str


@dataclass(frozen=True)
class ReturnPhotoView:
    file_name: str
    original_name: str
    path: Path | None


@dataclass(frozen=True)
class ReturnView:
    id: int
    rma_number: str
    order_id: int
    order_number: str
    customer_id: int | None
    buyer_name: str
    buyer_email: str
    language: str
    ship_country: str
    state: str
    outcome: str
    reason: str
    reason_text: str
    requested_at: datetime
    state_since: datetime
    out_of_window: bool
    overdue: bool
    days_open: int
    moves: tuple[str, ...]
    policy: ReturnPolicy
    paid: Money  # the order's total
    refundable: Money  # what the order can still refund
    refund: Money  # refunded by this request
    refund_base: Money
    restocking_fee: Money
    return_shipping_base: Money
    credit: Money
    exchange_sku: str
    replacement_order_id: int | None
    lines: tuple[ReturnLineView, ...]
    events: tuple[ReturnEventView, ...]
    photos: tuple[ReturnPhotoView, ...]


def return_view(session: Session, request: ReturnRequest, now: datetime,
                images: Path | None) -> ReturnView:
    order: Order = request.order
    state, outcome = ReturnState(request.state), ReturnOutcome(request.outcome)
    cur, base = request.currency, order.base_currency
    customer = session.get(Customer, order.customer_id) if order.customer_id else None

    def money(minor: int) -> Money:
        return Money(int(minor), cur)

    return ReturnView(
        request.id, request.rma_number, order.id, order.number, request.customer_id,
        order.buyer_name, order.buyer_email, customer.language if customer else "",
        request.ship_country, request.state, request.outcome, request.reason,
        request.reason_text, request.requested_at, request.state_since, request.out_of_window,
        overdue(state, request.state_since, now), days_open(request.requested_at, now),
        tuple(s.value for s in allowed_moves(state, outcome)), policy_of_order(session, order),
        money(order.total_minor), money(refundable_minor(order.total_minor,
                                                         order.refunded_minor)),
        money(request.refund_minor), Money(request.refund_base_minor, base),
        money(request.restocking_fee_minor), Money(request.return_shipping_base_minor, base),
        money(request.credit_minor), request.exchange_sku, request.replacement_order_id,
        tuple(ReturnLineView(line.id, line.order_line_id, line.sku, line.order_line.title,
                             line.quantity, line.order_line.quantity, line.disposition)
              for line in request.lines),
        tuple(ReturnEventView(e.at, e.author, e.from_state, e.to_state, e.note)
              for e in request.events),
        tuple(ReturnPhotoView(p.file_name, p.original_name,
                              images / p.file_name if images else None)
              for p in request.photos),
    )
