"""Return requests: opening one from an order, moving it through its steps, reading it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from seller_desk.domain.errors import NotFoundError, ValidationError
from seller_desk.domain.return_policy import out_of_window
from seller_desk.domain.returns import (
    ReturnOutcome,
    ReturnReason,
    ReturnState,
    check_move,
)
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.authors import author_name
from seller_desk.services.listing_images import ImageFile, ListingImages, check_image
from seller_desk.services.lookups import order_or_gone
from seller_desk.services.return_policies import delivered_on, policy_of_order
from seller_desk.services.return_view import ReturnView, return_view
from seller_desk.services.tables import TableSource
from seller_desk.store.database import Database
from seller_desk.store.models import (
    Order,
    ReturnEvent,
    ReturnLine,
    ReturnPhoto,
    ReturnRequest,
)
from seller_desk.store.queries.returns import RETURNS, next_rma_number, request_with_details
from seller_desk.store.types import fold

REQUEST_GONE = QT_TRANSLATE_NOOP("errors", "Return request {id} no longer exists.")
NO_LINES = QT_TRANSLATE_NOOP("returns", "Choose at least one item to return.")
NOT_ON_ORDER = QT_TRANSLATE_NOOP("returns", "Line {line} is not on order {order}.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "returns", "{sku}: {asked} asked for, but only {left} of {bought} bought can still be "
    "returned.")
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("returns", "Unknown {what}: {value}")
EXCHANGE_SKU = QT_TRANSLATE_NOOP("returns", "Say which SKU the customer gets in exchange.")
USE_STEP = QT_TRANSLATE_NOOP(
    "returns", "Use {step} for this: it records the money and stock with the move.")


@dataclass(frozen=True)
class ReturnDraft:
    """A new request: which lines and how many of each, why, and what the customer wants."""

    order_id: int
    lines: tuple[tuple[int, int], ...]  # (order line id, quantity)
    reason: str
    outcome: str
    reason_text: str = ""
    exchange_sku: str = ""
    photos: tuple[Path, ...] = ()


def request_or_gone(session: Session, request_id: int) -> ReturnRequest:
    request = request_with_details(session, request_id)
    if request is None:
        raise NotFoundError(REQUEST_GONE, id=request_id)
    return request


def _choice(kind: type[ReturnReason] | type[ReturnOutcome], value: str, what: str) -> str:
    try:
        return kind(value).value
    except ValueError:
        raise ValidationError(UNKNOWN_CHOICE, item=what, what=what, value=value) from None


def returned_before(session: Session, order_id: int, skip: int | None = None
                    ) -> dict[int, int]:
    """Quantity per order line already in other requests that were not rejected."""
    rows = session.execute(
        select(ReturnLine.order_line_id, func.sum(ReturnLine.quantity))
        .join(ReturnRequest, ReturnRequest.id == ReturnLine.request_id)
        .where(ReturnRequest.order_id == order_id,
               ReturnRequest.state != ReturnState.REJECTED.value,
               ReturnRequest.id != (skip or 0))
        .group_by(ReturnLine.order_line_id))
    return {line: int(qty) for line, qty in rows}


class ReturnsService:
    """Opens, moves and reads return requests; money and stock steps are in ReturnSteps."""

    def __init__(self, database: Database, images: ListingImages,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db = database
        self._images = images
        self._now = now
        self.table = TableSource(database, RETURNS, lambda _base, *row: row)

    def open_request(self, draft: ReturnDraft) -> int:
        """Record a new request (state Requested); returns its id. Photos are copied into the
        shop's image folder first; nothing is written when anything is wrong."""
        reason = _choice(ReturnReason, draft.reason, "reason")
        outcome = _choice(ReturnOutcome, draft.outcome, "outcome")
        if outcome == ReturnOutcome.EXCHANGE and not draft.exchange_sku.strip():
            raise ValidationError(EXCHANGE_SKU, item="exchange_sku")
        photos = [check_image(path) for path in draft.photos]
        for photo in photos:
            self._images.copy_in(photo)
        with self._db.session() as session:
            order = order_or_gone(session, draft.order_id)
            lines = self._lines(session, order, draft.lines)
            now = self._now()
            policy = policy_of_order(session, order)
            start = delivered_on(session, order)
            request = ReturnRequest(
                rma_number=next_rma_number(session), order_id=order.id,
                customer_id=order.customer_id, account_id=order.account_id,
                ship_country=order.ship_country, state=ReturnState.REQUESTED.value,
                outcome=outcome, reason=reason, reason_text=draft.reason_text.strip(),
                requested_at=now, state_since=now, currency=order.currency,
                out_of_window=out_of_window(policy, start, now.date()),
                exchange_sku=draft.exchange_sku.strip()[:64], source="manual", updated_at=now)
            request.lines = lines
            request.photos = [ReturnPhoto(position=i, file_name=p.file_name,
                                          original_name=p.original_name, added_at=now)
                              for i, p in enumerate(photos)]
            request.events = [ReturnEvent(at=now, author=author_name(session), from_state="",
                                          to_state=ReturnState.REQUESTED.value,
                                          note=draft.reason_text.strip())]
            session.add(request)
            session.flush()
            return request.id

    @staticmethod
    def _lines(session: Session, order: Order, wanted: Sequence[tuple[int, int]]
               ) -> list[ReturnLine]:
        wanted = [(line, qty) for line, qty in wanted if qty]
        if not wanted:
            raise ValidationError(NO_LINES, item="lines")
        by_id = {line.id: line for line in order.lines}
        before = returned_before(session, order.id)
        made = []
        for line_id, quantity in wanted:
            line = by_id.get(line_id)
            if line is None:
                raise ValidationError(NOT_ON_ORDER, item=str(line_id), line=line_id,
                                      order=order.number)
            left = line.quantity - before.get(line_id, 0)
            if quantity < 0 or quantity > left:
                raise ValidationError(TOO_MANY, item=line.sku, sku=line.sku, asked=quantity,
                                      left=max(left, 0), bought=line.quantity)
            made.append(ReturnLine(order_line_id=line.id, listing_id=line.listing_id,
                                   sku=line.sku, sku_key=fold(line.sku), quantity=quantity))
        return made

    def move(self, request_id: int, target: str, note: str = "") -> None:
        """A step without money or stock: approve, reject, awaiting item, received, close.
        Inspecting, refunding, replacing, exchanging and crediting are ReturnSteps'."""
        target_state = ReturnState(target)
        if target_state in (ReturnState.INSPECTED, ReturnState.REFUNDED, ReturnState.REPLACED,
                            ReturnState.EXCHANGED, ReturnState.CREDITED):
            raise ValidationError(USE_STEP, item="state", step=target_state.value)
        with self._db.session() as session:
            request = request_or_gone(session, request_id)
            record_move(session, request, target_state, note, self._now())

    def view(self, request_id: int) -> ReturnView:
        with self._db.read_session() as session:
            return return_view(session, request_or_gone(session, request_id), self._now(),
                               self._images.images_folder)

    def photo_path(self, file_name: str) -> Path:
        return self._images.image_path(file_name)


def record_move(session: Session, request: ReturnRequest, target: ReturnState, note: str,
                now: datetime) -> None:
    """Check and log one move of `request` (in the caller's transaction)."""
    check_move(ReturnState(request.state), ReturnOutcome(request.outcome), target)
    request.events.append(ReturnEvent(at=now, author=author_name(session),
                                      from_state=request.state, to_state=target.value,
                                      note=note.strip()))
    request.state = target.value
    request.state_since = now
    request.updated_at = now
    if target == ReturnState.CLOSED:
        request.closed_at = now


__all__ = ["ImageFile", "ReturnDraft", "ReturnView", "ReturnsService", "record_move",
           "request_or_gone"]
