"""Shipments: the table, one parcel in full, an order's parcels, flagged ones and their replies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from seller_desk.domain.carriers import carrier_name, tracking_link
from seller_desk.domain.errors import NotFoundError
from seller_desk.domain.paging import Page, PageRequest
from seller_desk.domain.replies import ReplyKind
from seller_desk.domain.shipments import Flag, flags_of
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.replies import RepliesService, ReplyDraft
from seller_desk.services.shipment_view import (
    ShipmentDetail,
    ShipmentRow,
    order_shipments,
    parcel_state,
    shipment_detail,
    shipment_row,
)
from seller_desk.services.tables import TableSource
from seller_desk.services.tracking_setup import rules_in
from seller_desk.store.database import Database
from seller_desk.store.models import Shipment
from seller_desk.store.queries.shipments import (
    SHIPMENT_SORTS,
    flagged_shipments,
    shipment_with_details,
    shipments_table,
    tracking_overview,
)
from seller_desk.store.queries.shipments import flagged as flagged_condition

SHIPMENT_GONE = QT_TRANSLATE_NOOP("errors", "Shipment {id} no longer exists.")


def shipment_gone(shipment_id: int) -> NotFoundError:
    return NotFoundError(SHIPMENT_GONE, id=shipment_id)


@dataclass(frozen=True)
class FlaggedShipment:
    id: int
    number: str
    carrier_name: str
    order_id: int
    order_number: str
    country: str
    quiet_since: datetime
    flags: tuple[Flag, ...]


@dataclass(frozen=True)
class TrackingStatus:
    """For the status bar: parcels on their way, flagged now, and the newest lookup."""

    moving: int
    flagged: int
    last_checked: datetime | None


class ShipmentsService:
    def __init__(self, database: Database, replies: RepliesService,
                 clock: Callable[[], datetime] | None = None) -> None:
        self._db = database
        self._replies = replies
        self._clock = clock or (lambda: datetime.now(UTC))

    def _source(self) -> TableSource[ShipmentRow]:
        with self._db.read_session() as session:
            rules = rules_in(session)
        now = self._clock()
        return TableSource(self._db, shipments_table(rules),
                           lambda _base, *row: shipment_row(rules, now, *row))

    @property
    def sort_names(self) -> tuple[str, ...]:
        return tuple(SHIPMENT_SORTS)

    def page(self, request: PageRequest) -> Page[ShipmentRow]:
        return self._source().page(request)

    def count(self, request: PageRequest) -> int:
        return self._source().count(request)

    def detail(self, shipment_id: int) -> ShipmentDetail:
        with self._db.read_session() as session:
            shipment = shipment_with_details(session, shipment_id)
            if shipment is None:
                raise shipment_gone(shipment_id)
            return shipment_detail(shipment, rules_in(session), self._clock())

    def of_order(self, order_id: int) -> tuple[ShipmentDetail, ...]:
        with self._db.read_session() as session:
            return order_shipments(session, order_id)

    def flagged(self, limit: int = 50) -> tuple[int, tuple[FlaggedShipment, ...]]:
        """How many parcels are flagged now, and the `limit` quiet longest."""
        with self._db.read_session() as session:
            rules, now = rules_in(session), self._clock()
            count, shipments = flagged_shipments(session, rules, now, limit)
            return count, tuple(
                FlaggedShipment(s.id, s.tracking_number, carrier_name(s.carrier), s.order_id,
                                s.order.number, s.dest_country, s.quiet_since,
                                flags_of(parcel_state(s), rules, now))
                for s in shipments)

    def status(self) -> TrackingStatus:
        with self._db.read_session() as session:
            rules, now = rules_in(session), self._clock()
            moving, last = tracking_overview(session)
            flagged = session.scalar(select(func.count(Shipment.id)).where(
                flagged_condition(rules, now))) or 0
            return TrackingStatus(moving, int(flagged), last)

    def wismo_reply(self, shipment_id: int, language: str | None = None) -> ReplyDraft:
        """The "where is my order?" reply for this parcel's order, in the customer's language,
        with the carrier, number and tracking link filled in."""
        detail = self.detail(shipment_id)
        return self._replies.draft(
            ReplyKind.WHERE_IS_MY_ORDER, order_id=detail.order_id, language=language,
            extra={"carrier": detail.carrier_name, "tracking_number": detail.number,
                   "tracking_link": tracking_link(detail.carrier, detail.number)})
