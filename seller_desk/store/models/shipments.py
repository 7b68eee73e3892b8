"""Shipments: parcels sent for an order, which lines they carry, and their tracking timeline."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship

from seller_desk.store.models.base import Base
from seller_desk.store.models.sales import Order
from seller_desk.store.types import UTCDateTime, fold, search_key


def _number_key(context: DefaultExecutionContext) -> str:
    return fold(str(context.get_current_parameters()["tracking_number"]))


class Shipment(Base):
    """One parcel: carrier, number, when it left, what it cost, and what tracking last said."""

    __tablename__ = "shipments"
    __table_args__ = (
        # A marketplace fulfillment becomes one shipment per account; hand-made ones have none.
        UniqueConstraint("account_id", "external_id"),
        Index("ix_shipments_shipped", "shipped_at", "id"),
        Index("ix_shipments_number", "number_key", "id"),
        Index("ix_shipments_status", "status", "shipped_at", "id"),
        Index("ix_shipments_carrier", "carrier", "shipped_at", "id"),
        Index("ix_shipments_country", "dest_country", "shipped_at", "id"),
        Index("ix_shipments_quiet", "quiet_since", "id"),
        # The refresh reads the parcels still moving; "Not delivered yet" lists them newest first.
        Index("ix_shipments_open", "final", "quiet_since"),
        Index("ix_shipments_moving", "final", "shipped_at", "id"),
        # Flags are only ever found among the parcels watched (see `watch`): a few percent.
        Index("ix_shipments_watch_shipped", "watch", "shipped_at", "id"),
        Index("ix_shipments_watch_quiet", "watch", "quiet_since", "id"),
        Index("ix_shipments_order", "order_id"),
        # "Checked 5 min ago" in the status bar reads the newest lookup from this.
        Index("ix_shipments_checked", "checked_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("marketplace_accounts.id"))
    external_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    source: Mapped[str] = mapped_column(String(12), default="manual")
    carrier: Mapped[str] = mapped_column(String(40))
    service: Mapped[str] = mapped_column(String(60), default="")
    tracking_number: Mapped[str] = mapped_column(String(50))
    number_key: Mapped[str] = mapped_column(search_key(50), default=_number_key)
    shipped_at: Mapped[datetime] = mapped_column(UTCDateTime)
    promised_by: Mapped[date | None] = mapped_column(Date, nullable=True)
    dest_country: Mapped[str] = mapped_column(String(2), default="")
    # The label's cost in its own currency (None: not known), and the parcel's weight.
    cost_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    cost_currency: Mapped[str] = mapped_column(String(3), default="")
    weight_grams: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(String(500), default="")

    # Tracking: the service it is registered with ("" = not yet) and that service's own id.
    provider: Mapped[str] = mapped_column(String(12), default="")
    provider_ref: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(20), default="NotFound")
    sub_status: Mapped[str] = mapped_column(String(60), default="")
    raw_status: Mapped[str] = mapped_column(String(120), default="")
    final: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    going_back: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Ever in Exception or DeliveryFailure: the insight's exception share counts these.
    had_trouble: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The newest scan's time, or the ship date before the first scan: "no news since".
    quiet_since: Mapped[datetime] = mapped_column(UTCDateTime)
    last_event: Mapped[str] = mapped_column(String(300), default="")
    last_location: Mapped[str] = mapped_column(String(120), default="")
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    delivered_late: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())
    # Could carry a flag (domain.shipments.could_flag): still moving, going back, in trouble or
    # delivered late. Stored so the flag queries read a small indexed set, not every parcel.
    watch: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    estimated_delivery: Mapped[date | None] = mapped_column(Date, nullable=True)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Why the last lookup of this number failed ("" when it worked).
    check_error: Mapped[str] = mapped_column(String(300), default="")
    # A digest of the stored timeline, so an unchanged answer writes nothing.
    events_digest: Mapped[str] = mapped_column(String(32), default="")
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    order: Mapped[Order] = relationship()
    lines: Mapped[list[ShipmentLine]] = relationship(
        back_populates="shipment", cascade="all, delete-orphan", order_by="ShipmentLine.id")
    events: Mapped[list[ShipmentEvent]] = relationship(
        back_populates="shipment", cascade="all, delete-orphan",
        order_by="ShipmentEvent.position")


class ShipmentLine(Base):
    """How many of an order line travel in this parcel."""

    __tablename__ = "shipment_lines"
    __table_args__ = (Index("ix_shipment_lines_shipment", "shipment_id"),
                      Index("ix_shipment_lines_line", "order_line_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"))
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id", ondelete="CASCADE"))
    quantity: Mapped[int] = mapped_column(Integer)

    shipment: Mapped[Shipment] = relationship(back_populates="lines")


class ShipmentEvent(Base):
    """One scan in the parcel's timeline, as the tracking service reported it; 0 is newest."""

    __tablename__ = "shipment_events"
    __table_args__ = (Index("ix_shipment_events_shipment", "shipment_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    description: Mapped[str] = mapped_column(String(300), default="")
    location: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(20), default="")
    sub_status: Mapped[str] = mapped_column(String(60), default="")

    shipment: Mapped[Shipment] = relationship(back_populates="events")
