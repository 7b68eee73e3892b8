"""What customers told the shop: satisfaction scores and complaints."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from seller_desk.store.models.base import Base
from seller_desk.store.types import UTCDateTime


class Feedback(Base):
    """A CSAT (1-5) or NPS (0-10) answer with its comment and channel."""

    __tablename__ = "feedback"
    __table_args__ = (
        Index("ix_feedback_received", "received_at"),
        Index("ix_feedback_customer", "customer_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(4))
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(24))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(80), default="")


class Complaint(Base):
    """A complaint and how it was handled, for time to resolution."""

    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_status", "status", "opened_at"),
        Index("ix_complaints_customer", "customer_id", "opened_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    subject: Mapped[str] = mapped_column(String(200))
    details: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(12))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(80), default="")
