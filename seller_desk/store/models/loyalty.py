"""The loyalty ledger (every change of points or tier, with its cause) and recorded campaigns."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from seller_desk.store.models.base import Base
from seller_desk.store.types import UTCDateTime


class LoyaltyEntry(Base):
    """One change of a customer's points or tier: earned on an order, reversed on a refund,
    expired, granted by hand, or a new tier."""

    __tablename__ = "loyalty_entries"
    __table_args__ = (
        Index("ix_loyalty_entries_customer", "customer_id", "at", "id"),
        Index("ix_loyalty_entries_order", "order_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    # earn, reversal, expiry, grant or tier (domain.retention.loyalty.EntryKind).
    kind: Mapped[str] = mapped_column(String(12))
    points: Mapped[int] = mapped_column(Integer, default=0)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    # The tier reached (kind "tier"), else "".
    tier: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(String(300), default="")
    author: Mapped[str] = mapped_column(String(80), default="")


class Campaign(Base):
    """A message or offer sent to a list of customers, some of them held out at random."""

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    offer: Mapped[str] = mapped_column(String(200), default="")
    # Who it was for, in the seller's words ("At risk, Germany").
    audience: Mapped[str] = mapped_column(String(200), default="")
    window_days: Mapped[int] = mapped_column(Integer, default=30)
    holdout_percent: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(80), default="")


class CampaignMember(Base):
    __tablename__ = "campaign_members"
    __table_args__ = (Index("ix_campaign_members_customer", "customer_id"),)

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    # Picked at random not to receive the campaign, to measure what it changed.
    holdout: Mapped[bool] = mapped_column(Boolean, default=False)
