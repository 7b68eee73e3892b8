"""Sync bookkeeping: each run and its errors, the store's variants, and conflicts to review."""

from __future__ import annotations

from datetime import datetime

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
from sqlalchemy.orm import Mapped, mapped_column

from seller_desk.store.models.base import Base
from seller_desk.store.types import UTCDateTime, search_key


class SyncRun(Base):
    """One sync of one account (pull or push): when, how long, what it counted, how it ended."""

    __tablename__ = "sync_runs"
    __table_args__ = (Index("ix_sync_runs_account", "account_id", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("marketplace_accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))  # "pull" or "push"
    dry_run: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # "running", "ok", "failed" (some items or the whole run), "cancelled"
    state: Mapped[str] = mapped_column(String(12))
    since: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    products: Mapped[int] = mapped_column(Integer, default=0)
    returns_added: Mapped[int] = mapped_column(Integer, default=0)
    shipments_added: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(String(500), default="")


class SyncProblem(Base):
    """One thing a run could not do, with the marketplace's answer."""

    __tablename__ = "sync_errors"
    __table_args__ = (Index("ix_sync_errors_run", "run_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("sync_runs.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    item: Mapped[str] = mapped_column(String(120), default="")
    # The untranslated message and its parameters as JSON, so the log shows it translated.
    message: Mapped[str] = mapped_column(Text)
    params: Mapped[str] = mapped_column(Text, default="{}")
    status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    response: Mapped[str] = mapped_column(Text, default="")


class RemoteVariant(Base):
    """A variant the store sells, as last read; linked to the local listing of its SKU."""

    __tablename__ = "remote_variants"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id"),
        Index("ix_remote_variants_listing", "listing_id"),
        Index("ix_remote_variants_sku", "sku_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("marketplace_accounts.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(64))
    product_id: Mapped[str] = mapped_column(String(64), default="")
    ref: Mapped[str] = mapped_column(String(120), default="")
    sku: Mapped[str] = mapped_column(String(64), default="")
    sku_key: Mapped[str] = mapped_column(search_key(64), default="")
    title: Mapped[str] = mapped_column(String(255), default="")
    currency: Mapped[str] = mapped_column(String(3))
    # What the store said last time, and what it said the time before (a change between the
    # two, meeting a local change, is a conflict).
    price_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    stock: Mapped[int | None] = mapped_column(Integer, nullable=True)
    listing_id: Mapped[int | None] = mapped_column(
        ForeignKey("listings.id", ondelete="SET NULL"), nullable=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SyncConflict(Base):
    """A local edit that met a remote change: which side won, and what the user chose."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_open", "resolved_at", "detected_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("marketplace_accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))  # "order", "price", "stock"
    item: Mapped[str] = mapped_column(String(120))  # order number or SKU, as shown
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), nullable=True)
    variant_id: Mapped[int | None] = mapped_column(
        ForeignKey("remote_variants.id", ondelete="CASCADE"), nullable=True)
    local_value: Mapped[str] = mapped_column(String(500), default="")
    remote_value: Mapped[str] = mapped_column(String(500), default="")
    winner: Mapped[str] = mapped_column(String(8))  # "remote" or "local"
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # "accepted" (kept the winner), "took_remote" / "kept_local" (the user chose)
    resolution: Mapped[str] = mapped_column(String(12), default="")
