"""Listings (one SKU each) and their offers on marketplace channels."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from seller_desk.store.models.base import Base
from seller_desk.store.types import UTCDateTime, search_key


class Listing(Base):
    __tablename__ = "listings"
    __table_args__ = (
        Index("ix_listings_title", "title_key", "id"),
        Index("ix_listings_stock", "stock_on_hand", "id"),
        Index("ix_listings_cost", "cost_currency", "cost_minor", "id"),
        Index("ix_listings_updated", "updated_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    sku_key: Mapped[str] = mapped_column(search_key(64), unique=True)
    title: Mapped[str] = mapped_column(String(255))
    title_key: Mapped[str] = mapped_column(search_key(255))
    description: Mapped[str] = mapped_column(String(4000), default="")
    parent_sku: Mapped[str] = mapped_column(String(64), default="")
    cost_minor: Mapped[int] = mapped_column(BigInteger)
    cost_currency: Mapped[str] = mapped_column(String(3))
    weight_grams: Mapped[int] = mapped_column(Integer, default=0)
    stock_on_hand: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    offers: Mapped[list[ChannelOffer]] = relationship(
        back_populates="listing", cascade="all, delete-orphan"
    )


class ChannelOffer(Base):
    """A listing offered on one marketplace account, at a price in that channel's currency."""

    __tablename__ = "channel_offers"
    __table_args__ = (
        UniqueConstraint("listing_id", "account_id"),
        Index("ix_channel_offers_account", "account_id", "listing_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("marketplace_accounts.id"))
    external_id: Mapped[str] = mapped_column(String(64), default="")
    title_override: Mapped[str] = mapped_column(String(255), default="")
    price_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    quantity_buffer: Mapped[int] = mapped_column(Integer, default=0)

    listing: Mapped[Listing] = relationship(back_populates="offers")
