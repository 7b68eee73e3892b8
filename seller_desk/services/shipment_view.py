"""Shipments as the window shows them: a table row, and one shipment in full with its timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from seller_desk.domain.carriers import carrier_name, tracking_link
from seller_desk.domain.money import Money
from seller_desk.domain.shipments import Flag, FlagRules, ParcelState, flags_of
from seller_desk.domain.tracking import TrackStatus
from seller_desk.services.tracking_setup import rules_in
from seller_desk.store.models import Shipment
from seller_desk.store.queries.shipments import shipments_of_order


@dataclass(frozen=True)
class ShipmentRow:
    id: int
    number: str
    carrier: str
    carrier_name: str
    shipped_at: datetime
    order_number: str
    buyer_name: str
    marketplace: str
    country: str
    status: TrackStatus
    sub_status: str
    quiet_since: datetime
    last_event: str
    promised_by: date | None
    delivered_at: datetime | None
    checked_at: datetime | None
    check_error: str
    order_id: int
    flags: tuple[Flag, ...]


def status_of(text: str) -> TrackStatus:
    try:
        return TrackStatus(text)
    except ValueError:
        return TrackStatus.NOT_FOUND


def shipment_row(rules: FlagRules, now: datetime, sid: int, number: str, carrier: str,
                 shipped_at: datetime, order_number: str, buyer: str, marketplace: str,
                 country: str, status: str, sub_status: str, quiet_since: datetime,
                 last_event: str, promised_by: date | None, delivered_at: datetime | None,
                 going_back: bool, handled_at: datetime | None, checked_at: datetime | None,
                 check_error: str, order_id: int) -> ShipmentRow:
    del going_back  # the sub-status says it
    state = ParcelState(status_of(status), sub_status, quiet_since, country, promised_by,
                        delivered_at, handled_at)
    return ShipmentRow(sid, number, carrier, carrier_name(carrier), shipped_at, order_number,
                       buyer, marketplace, country, state.status, sub_status, quiet_since,
                       last_event, promised_by, delivered_at, checked_at, check_error, order_id,
                       flags_of(state, rules, now))


@dataclass(frozen=True)
class EventView:
    at: datetime
    description: str
    location: str
    status: TrackStatus | None


@dataclass(frozen=True)
class ShipmentLineView:
    order_line_id: int
    sku: str
    title: str
    quantity: int


@dataclass(frozen=True)
class ShipmentDetail:
    id: int
    order_id: int
    order_number: str
    customer_id: int | None
    buyer_name: str
    carrier: str
    carrier_name: str
    service: str
    number: str
    link: str
    shipped_at: datetime
    promised_by: date | None
    country: str
    cost: Money | None
    weight_grams: int | None
    note: str
    source: str
    provider: str
    status: TrackStatus
    sub_status: str
    raw_status: str
    quiet_since: datetime
    delivered_at: datetime | None
    estimated_delivery: date | None
    checked_at: datetime | None
    check_error: str
    handled_at: datetime | None
    flags: tuple[Flag, ...]
    events: tuple[EventView, ...]
    lines: tuple[ShipmentLineView, ...]

    @property
    def editable(self) -> bool:
        """A synced fulfillment belongs to the marketplace; only its handled mark is ours."""
        return self.source != "sync"


def parcel_state(shipment: Shipment) -> ParcelState:
    return ParcelState(status_of(shipment.status), shipment.sub_status, shipment.quiet_since,
                       shipment.dest_country, shipment.promised_by, shipment.delivered_at,
                       shipment.handled_at)


def shipment_detail(shipment: Shipment, rules: FlagRules, now: datetime) -> ShipmentDetail:
    order = shipment.order
    state = parcel_state(shipment)
    by_line = {line.id: line for line in order.lines}
    cost = (Money(shipment.cost_minor, shipment.cost_currency)
            if shipment.cost_minor is not None and shipment.cost_currency else None)
    return ShipmentDetail(
        shipment.id, order.id, order.number, order.customer_id, order.buyer_name,
        shipment.carrier, carrier_name(shipment.carrier), shipment.service,
        shipment.tracking_number, tracking_link(shipment.carrier, shipment.tracking_number),
        shipment.shipped_at, shipment.promised_by, shipment.dest_country, cost,
        shipment.weight_grams, shipment.note, shipment.source, shipment.provider,
        state.status, shipment.sub_status, shipment.raw_status, shipment.quiet_since,
        shipment.delivered_at, shipment.estimated_delivery, shipment.checked_at,
        shipment.check_error, shipment.handled_at, flags_of(state, rules, now),
        tuple(EventView(e.at, e.description, e.location,
                        status_of(e.status) if e.status else None) for e in shipment.events),
        tuple(ShipmentLineView(line.order_line_id, by_line[line.order_line_id].sku,
                               by_line[line.order_line_id].title, line.quantity)
              for line in shipment.lines if line.order_line_id in by_line),
    )


def order_shipments(session: Session, order_id: int) -> tuple[ShipmentDetail, ...]:
    """An order's parcels in full, oldest first (for the order panel)."""
    rules, now = rules_in(session), datetime.now(UTC)
    return tuple(shipment_detail(shipment, rules, now)
                 for shipment in shipments_of_order(session, order_id))
