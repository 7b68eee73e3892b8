"""Adding, changing and removing shipments by hand, checked before anything is written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from seller_desk.domain.currencies import normalise_currency
from seller_desk.domain.errors import KnownError, NotFoundError, ValidationError
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.shipments import could_flag
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.domain.tracking import storable
from seller_desk.domain.tracking_numbers import NumberCheck, check
from seller_desk.services.authors import author_name
from seller_desk.services.lookups import order_or_gone
from seller_desk.services.shipment_view import status_of
from seller_desk.services.shipments import shipment_gone
from seller_desk.services.tracking_setup import rules_in
from seller_desk.store.database import Database
from seller_desk.store.models import (
    MarketplaceAccount,
    Order,
    OrderStatusChange,
    Shipment,
    ShipmentLine,
)
from seller_desk.store.types import fold

NOT_SHIPPABLE = QT_TRANSLATE_NOOP("shipments", "Order {order} is {status}: nothing to ship.")
NO_NUMBER = QT_TRANSLATE_NOOP("shipments", "Type the tracking number.")
NO_CARRIER = QT_TRANSLATE_NOOP("shipments", "Choose the carrier or type its name.")
TAKEN = QT_TRANSLATE_NOOP("shipments", "{number} is already on order {order}.")
LINE_NOT_ON_ORDER = QT_TRANSLATE_NOOP("shipments", "Line {line} is not on order {order}.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "shipments", "{sku}: {asked} in this parcel, but only {left} of {bought} are not shipped yet.")
NOTHING_LEFT = QT_TRANSLATE_NOOP("shipments", "Every item of order {order} has shipped already.")
BAD_WEIGHT = QT_TRANSLATE_NOOP("shipments", "The weight must be from 1 g to 1,000 kg.")
BAD_COST = QT_TRANSLATE_NOOP("shipments", "The label's cost cannot be below zero.")
PROMISE_BEFORE_SHIPPING = QT_TRANSLATE_NOOP(
    "shipments", "The promised date {promised} is before the ship date {shipped}.")
SYNCED = QT_TRANSLATE_NOOP(
    "shipments", "This shipment came from {marketplace}; change it there and sync again.")
NO_ORDER = QT_TRANSLATE_NOOP("shipments", "There is no order numbered {number}.")
CLOSED_ORDERS = frozenset({OrderStatus.CANCELLED.value, OrderStatus.REFUNDED.value})


@dataclass(frozen=True)
class OrderToShip:
    id: int
    number: str
    buyer: str
    country: str
    lines: tuple[tuple[int, str, str, int, int], ...]  # as lines_left


class NumberTypo(ValidationError):
    """The number fits a carrier's form but fails its check digit: most likely a typo. The
    seller may still save it (a carrier's odd number), after seeing why."""

    def __init__(self, result: NumberCheck) -> None:
        super().__init__(result.reason, item="tracking_number", **result.params)
        self.check = result


@dataclass(frozen=True)
class ShipmentDraft:
    """A parcel as typed: lines empty means every item not shipped yet."""

    order_id: int
    carrier: str
    tracking_number: str
    shipped_at: datetime
    service: str = ""
    lines: tuple[tuple[int, int], ...] = ()  # (order line id, quantity)
    cost_minor: int | None = None
    cost_currency: str = ""
    weight_grams: int | None = None
    promised_by: date | None = None  # None: the shop's promise for the destination
    note: str = ""


def check_number(draft: ShipmentDraft, accept_unchecked: bool) -> NumberCheck:
    """The number's offline check; a failed checksum is refused unless the seller insists."""
    result = check(draft.tracking_number)
    if not result.number:
        raise ValidationError(NO_NUMBER, item="tracking_number")
    if not storable(result.number):
        # No tracking service takes it (they read 5 to 50 letters and digits): never saved.
        raise ValidationError(result.reason, item="tracking_number", **result.params)
    if not result.valid and result.checkable and not accept_unchecked:
        raise NumberTypo(result)
    return result


class ShipmentEditor:
    def __init__(self, database: Database, clock: Callable[[], datetime] | None = None) -> None:
        self._db = database
        self._clock = clock or (lambda: datetime.now(UTC))

    def add(self, draft: ShipmentDraft, *, accept_unchecked: bool = False,
            source: str = "manual") -> int:
        """Record a parcel; a paid order becomes shipped. Returns the new shipment's id."""
        number = check_number(draft, accept_unchecked).number
        with self._db.session() as session:
            return self._add(session, draft, number, source)

    def add_all(self, drafts: Sequence[ShipmentDraft], *, source: str,
                keep: Callable[[list[KnownError | None]], bool]) -> list[KnownError | None]:
        """Check and add each parcel in one transaction, each seeing the ones before (lines
        left, numbers taken); a refused one writes nothing. The transaction is kept only if
        `keep(refusals)` says so (refusals[i] is None where drafts[i] was added)."""
        refusals: list[KnownError | None] = []
        try:
            with self._db.session() as session:
                for draft in drafts:
                    try:
                        number = check_number(draft, accept_unchecked=True).number
                        self._add(session, draft, number, source)
                        refusals.append(None)
                    except KnownError as error:  # refused before anything was added
                        refusals.append(error)
                if not keep(refusals):
                    raise _Undo
        except _Undo:
            pass
        return refusals

    def _add(self, session: Session, draft: ShipmentDraft, number: str, source: str) -> int:
        now = self._clock()
        order = order_or_gone(session, draft.order_id)
        draft = self._checked(session, order, replace(draft, tracking_number=number), None)
        shipment = Shipment(
            order_id=order.id, account_id=order.account_id, source=source,
            tracking_number=number, created_at=now, updated_at=now,
            quiet_since=draft.shipped_at, dest_country=order.ship_country)
        self._fill(shipment, draft)
        session.add(shipment)
        session.flush()
        if order.status == OrderStatus.PAID.value:
            session.add(OrderStatusChange(
                order_id=order.id, old_status=order.status,
                new_status=OrderStatus.SHIPPED.value, changed_at=now,
                author=author_name(session), note=""))
            order.status = OrderStatus.SHIPPED.value
            order.updated_at = now
        return shipment.id

    def update(self, shipment_id: int, draft: ShipmentDraft, *,
               accept_unchecked: bool = False) -> None:
        """Change a hand-made parcel; a new number starts its tracking over."""
        number = check_number(draft, accept_unchecked).number
        with self._db.session() as session:
            shipment = self._editable(session, shipment_id)
            order = order_or_gone(session, shipment.order_id)
            draft = self._checked(session, order, replace(draft, tracking_number=number,
                                                          order_id=order.id), shipment.id)
            if fold(number) != shipment.number_key or draft.carrier != shipment.carrier:
                shipment.tracking_number, shipment.number_key = number, fold(number)
                shipment.provider = shipment.provider_ref = shipment.events_digest = ""
                shipment.status, shipment.sub_status, shipment.raw_status = "NotFound", "", ""
                shipment.final = shipment.going_back = shipment.delivered_late = False
                shipment.watch = True
                shipment.events.clear()
                shipment.delivered_at = shipment.checked_at = None
                shipment.last_event = shipment.last_location = ""
                shipment.quiet_since = draft.shipped_at
            shipment.lines.clear()
            session.flush()
            self._fill(shipment, draft)
            if not shipment.events:
                shipment.quiet_since = draft.shipped_at
            # A new promise changes whether a delivered parcel was late.
            delivered, promised = shipment.delivered_at, shipment.promised_by
            shipment.delivered_late = bool(delivered and promised
                                           and delivered.date() > promised)
            shipment.watch = could_flag(status_of(shipment.status), shipment.sub_status,
                                        shipment.delivered_late)
            shipment.updated_at = self._clock()

    def delete(self, shipment_id: int) -> None:
        with self._db.session() as session:
            session.delete(self._editable(session, shipment_id))

    def mark_handled(self, shipment_ids: Sequence[int], handled: bool = True) -> int:
        """Hide (or show again) the flags of these parcels until their next scan."""
        with self._db.session() as session:
            result = session.execute(
                update(Shipment).where(Shipment.id.in_(list(shipment_ids)))
                .values(handled_at=self._clock() if handled else None)
                .execution_options(synchronize_session=False))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def lines_left(self, order_id: int, but: int | None = None) -> list[tuple[int, str, str, int,
                                                                              int]]:
        """(order line id, sku, title, bought, not shipped yet) of an order; `but` leaves that
        shipment out of what counts as shipped (it is being edited)."""
        return list(self.order_to_ship(order_id, but=but).lines)

    def order_to_ship(self, order_id: int | None = None, *, number: str = "",
                      but: int | None = None) -> OrderToShip:
        """The order (by id, or by its number in any case) a parcel is for: who and where it
        goes to, and its lines with how many are not shipped yet (`but` as in lines_left)."""
        with self._db.read_session() as session:
            if order_id is None:
                order_id = session.scalar(select(Order.id).where(
                    Order.number_key == fold(number.strip())).order_by(Order.id).limit(1))
                if order_id is None:
                    raise NotFoundError(NO_ORDER, item="order", number=number)
            order = order_or_gone(session, order_id)
            shipped = _shipped(session, order.id, but)
            return OrderToShip(order.id, order.number, order.buyer_name, order.ship_country,
                               tuple((line.id, line.sku, line.title, line.quantity,
                                      max(0, line.quantity - shipped.get(line.id, 0)))
                                     for line in order.lines))

    def _editable(self, session: Session, shipment_id: int) -> Shipment:
        shipment = session.get(Shipment, shipment_id)
        if shipment is None:
            raise shipment_gone(shipment_id)
        if shipment.source == "sync":
            account = session.get(MarketplaceAccount, shipment.account_id)
            raise ValidationError(SYNCED, item=shipment.tracking_number,
                                  marketplace=account.name if account else "")
        return shipment

    def _checked(self, session: Session, order: Order, draft: ShipmentDraft,
                 editing: int | None) -> ShipmentDraft:
        if order.status in CLOSED_ORDERS:
            raise ValidationError(NOT_SHIPPABLE, item=order.number, order=order.number,
                                  status=order.status)
        carrier = " ".join(draft.carrier.split())
        if not carrier:
            raise ValidationError(NO_CARRIER, item="carrier")
        taken = session.execute(
            select(Order.number).join(Shipment, Shipment.order_id == Order.id)
            .where(Shipment.number_key == fold(draft.tracking_number),
                   Shipment.id != (editing or 0)).limit(1)).scalar()
        if taken is not None:
            raise ValidationError(TAKEN, item="tracking_number", number=draft.tracking_number,
                                  order=taken)
        if draft.weight_grams is not None and not 1 <= draft.weight_grams <= 1_000_000:
            raise ValidationError(BAD_WEIGHT, item="weight")
        if draft.cost_minor is not None and draft.cost_minor < 0:
            raise ValidationError(BAD_COST, item="cost")
        shipped_day = draft.shipped_at.date()
        promised = draft.promised_by or rules_in(session).promised_by(shipped_day,
                                                                     order.ship_country)
        if promised < shipped_day:
            raise ValidationError(PROMISE_BEFORE_SHIPPING, item="promised_by",
                                  promised=promised.isoformat(), shipped=shipped_day.isoformat())
        return replace(draft, carrier=carrier, promised_by=promised,
                       cost_currency=normalise_currency(draft.cost_currency)
                       if draft.cost_minor is not None else "",
                       lines=_lines(session, order, draft.lines, editing))

    def _fill(self, shipment: Shipment, draft: ShipmentDraft) -> None:
        shipment.carrier = draft.carrier[:40]
        shipment.service = " ".join(draft.service.split())[:60]
        shipment.shipped_at = draft.shipped_at
        shipment.promised_by = draft.promised_by
        shipment.cost_minor, shipment.cost_currency = draft.cost_minor, draft.cost_currency
        shipment.weight_grams = draft.weight_grams
        shipment.note = draft.note.strip()[:500]
        shipment.lines.extend(ShipmentLine(order_line_id=line_id, quantity=quantity)
                              for line_id, quantity in draft.lines)


def _shipped(session: Session, order_id: int, but: int | None) -> dict[int, int]:
    rows = session.execute(
        select(ShipmentLine.order_line_id, func.sum(ShipmentLine.quantity))
        .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
        .where(Shipment.order_id == order_id, Shipment.id != (but or 0))
        .group_by(ShipmentLine.order_line_id))
    return {int(line): int(quantity) for line, quantity in rows}


def _lines(session: Session, order: Order, asked: Sequence[tuple[int, int]],
           editing: int | None) -> tuple[tuple[int, int], ...]:
    """The parcel's lines, each within what is not shipped yet; none asked means all that is
    left (an order with nothing left is refused)."""
    shipped = _shipped(session, order.id, editing)
    by_id = {line.id: line for line in order.lines}
    if not asked:
        left = tuple((line.id, line.quantity - shipped.get(line.id, 0)) for line in order.lines
                     if line.quantity > shipped.get(line.id, 0))
        if not left and order.lines:
            raise ValidationError(NOTHING_LEFT, item=order.number, order=order.number)
        return left
    chosen: list[tuple[int, int]] = []
    for line_id, quantity in asked:
        line = by_id.get(line_id)
        if line is None:
            raise ValidationError(LINE_NOT_ON_ORDER, item=str(line_id), line=line_id,
                                  order=order.number)
        if quantity <= 0:
            continue
        left = line.quantity - shipped.get(line_id, 0)
        if quantity > left:
            raise ValidationError(TOO_MANY, item=line.sku, sku=line.sku, asked=quantity,
                                  left=max(left, 0), bought=line.quantity)
        chosen.append((line_id, quantity))
    return tuple(chosen)


class _Undo(Exception):
    """Leaves add_all's transaction without keeping it."""
