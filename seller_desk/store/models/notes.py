"""Notes on customers and orders with their edit history, and follow-up reminders."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from seller_desk.store.models.base import Base
from seller_desk.store.types import UTCDateTime


class Note(Base):
    """A note on a customer, or on an order (then also filed under the order's customer)."""

    __tablename__ = "notes"
    __table_args__ = (
        Index("ix_notes_customer", "customer_id", "created_at"),
        Index("ix_notes_order", "order_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(80), default="")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class NoteRevision(Base):
    """What a note said before an edit."""

    __tablename__ = "note_revisions"
    __table_args__ = (Index("ix_note_revisions_note", "note_id", "edited_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(80), default="")
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FollowUp(Base):
    """A reminder to get back to a customer (about an order) by a due date."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        Index("ix_follow_ups_due", "done_at", "due_on"),
        Index("ix_follow_ups_customer", "customer_id", "due_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
