"""Return requests (RMA): the request, its lines, its history and photos, and return policies."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship

from seller_desk.store.models.base import Base
from seller_desk.store.models.sales import Order, OrderLine
from seller_desk.store.types import DecimalText, UTCDateTime, fold, search_key


class PercentText(DecimalText):
    """A percentage (restocking fee) kept exactly as its string; short, as the spec's column."""

    impl = String(12)
    cache_ok = True


def _rma_key(context: DefaultExecutionContext) -> str:
    # Derived on insert so no writer can forget it; an RMA number never changes afterwards.
    return fold(str(context.get_current_parameters()["rma_number"]))


class ReturnRequest(Base):
    """A buyer's request to send back (part of) an order, and where it stands."""

    __tablename__ = "return_requests"
    __table_args__ = (
        # Synced requests are unique per account; manual ones have no external id (NULLs differ).
        UniqueConstraint("account_id", "external_id"),
        # One index per sort of the Returns table, its columns matching the sort key.
        Index("ix_return_requests_state", "state", "requested_at", "id"),
        Index("ix_return_requests_requested", "requested_at", "id"),
        Index("ix_return_requests_account", "account_id", "requested_at", "id"),
        Index("ix_return_requests_reason", "reason", "requested_at", "id"),
        Index("ix_return_requests_country", "ship_country", "requested_at", "id"),
        Index("ix_return_requests_rma", "rma_key", "id"),
        Index("ix_return_requests_state_since", "state_since", "id"),
        Index("ix_return_requests_refund", "refund_base_minor", "id"),
        # Counting open and overdue requests reads only this index.
        Index("ix_return_requests_deadline", "state", "state_since"),
        Index("ix_return_requests_order", "order_id"),
        Index("ix_return_requests_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # "RMA-000001": shown upper-case; `rma_key` is its folded copy for prefix search.
    rma_number: Mapped[str] = mapped_column(String(20), unique=True)
    rma_key: Mapped[str] = mapped_column(search_key(20), default=_rma_key)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"))
    account_id: Mapped[int] = mapped_column(ForeignKey("marketplace_accounts.id"))
    ship_country: Mapped[str] = mapped_column(String(2), default="")
    state: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(String(24))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # When the request entered its current state: its step's deadline counts from here.
    state_since: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Asked for after the policy's window (kept as decided then; the policy may change later).
    out_of_window: Mapped[bool] = mapped_column(Boolean, default=False)
    # Money in the order's currency, except *_base_minor (the shop's base currency).
    currency: Mapped[str] = mapped_column(String(3))
    refund_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    refund_base_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    # Base per unit of the order's currency on the refund day.
    refund_rate: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    refunded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    restocking_fee_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    # The return label the seller paid for.
    return_shipping_base_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    exchange_sku: Mapped[str] = mapped_column(String(64), default="")
    replacement_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="SET NULL"))
    credit_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    # "manual", "demo", or the marketplace's name for a synced request.
    source: Mapped[str] = mapped_column(String(20), default="manual")
    external_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    order: Mapped[Order] = relationship(foreign_keys=[order_id])
    lines: Mapped[list[ReturnLine]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="ReturnLine.id"
    )
    events: Mapped[list[ReturnEvent]] = relationship(
        back_populates="request", cascade="all, delete-orphan",
        order_by="[ReturnEvent.at, ReturnEvent.id]",
    )
    photos: Mapped[list[ReturnPhoto]] = relationship(
        back_populates="request", cascade="all, delete-orphan",
        order_by="[ReturnPhoto.position, ReturnPhoto.id]",
    )


class ReturnLine(Base):
    """Some units of one order line that the buyer sends back, and what became of them."""

    __tablename__ = "return_lines"
    __table_args__ = (
        Index("ix_return_lines_request", "request_id"),
        Index("ix_return_lines_listing", "listing_id"),
        Index("ix_return_lines_sku", "sku_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("return_requests.id", ondelete="CASCADE"))
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id", ondelete="CASCADE"))
    listing_id: Mapped[int | None] = mapped_column(ForeignKey("listings.id", ondelete="SET NULL"))
    sku: Mapped[str] = mapped_column(String(64))
    sku_key: Mapped[str] = mapped_column(search_key(64))
    quantity: Mapped[int] = mapped_column(Integer)
    # "" until inspected, then "restock" or "write_off".
    disposition: Mapped[str] = mapped_column(String(12), default="")
    restocked_cost_base_minor: Mapped[int] = mapped_column(BigInteger, default=0)

    request: Mapped[ReturnRequest] = relationship(back_populates="lines")
    order_line: Mapped[OrderLine] = relationship()


class ReturnEvent(Base):
    """One step in a request's history: who moved it from which state to which, and why."""

    __tablename__ = "return_events"
    __table_args__ = (Index("ix_return_events_request", "request_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("return_requests.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(100), default="")
    # "" for the event that opened the request.
    from_state: Mapped[str] = mapped_column(String(20), default="")
    to_state: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

    request: Mapped[ReturnRequest] = relationship(back_populates="events")


class ReturnPhoto(Base):
    """A picture the buyer or seller attached, copied into the shop's image folder."""

    __tablename__ = "return_photos"
    __table_args__ = (Index("ix_return_photos_request", "request_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("return_requests.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Relative to the image folder.
    file_name: Mapped[str] = mapped_column(String(255))
    original_name: Mapped[str] = mapped_column(String(255), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    request: Mapped[ReturnRequest] = relationship(back_populates="photos")


class ReturnPolicyRule(Base):
    """The return policy a seller keeps for a marketplace and ship-to country ("" = any)."""

    __tablename__ = "return_policies"
    __table_args__ = (UniqueConstraint("marketplace", "country"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    marketplace: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    window_days: Mapped[int] = mapped_column(Integer)
    # Percent, 0..100 (6.5 means 6.5 %).
    restocking_fee_pct: Mapped[Decimal] = mapped_column(PercentText)
    buyer_pays_return_shipping: Mapped[bool] = mapped_column(Boolean)
