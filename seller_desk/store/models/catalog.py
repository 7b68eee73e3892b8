"""Listings (one SKU each) and their offers on marketplace channels."""

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
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from seller_desk.store.models.base import Base
from seller_desk.store.types import DecimalText, UTCDateTime, search_key


class Listing(Base):
    __tablename__ = "listings"
    __table_args__ = (
        Index("ix_listings_title", "title_key", "id"),
        Index("ix_listings_stock", "stock_on_hand", "id"),
        Index("ix_listings_cost", "cost_currency", "cost_minor", "id"),
        Index("ix_listings_updated", "updated_at", "id"),
        Index("ix_listings_alert", "price_alert", "id"),
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
    hs_code: Mapped[str] = mapped_column(String(12), default="", server_default="")
    origin_country: Mapped[str] = mapped_column(String(2), default="", server_default="")
    # Comma-separated, as typed; searched and shown, never parsed for meaning.
    tags: Mapped[str] = mapped_column(String(500), default="", server_default="")
    # Set by the pricing service: a rate moved past the alert threshold since an offer's price
    # was set and that offer's margin fell below its market's floor.
    price_alert: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    offers: Mapped[list[ChannelOffer]] = relationship(
        back_populates="listing", cascade="all, delete-orphan"
    )
    images: Mapped[list[ListingImage]] = relationship(
        back_populates="listing", cascade="all, delete-orphan", order_by="ListingImage.position"
    )


class ListingImage(Base):
    """A picture of a listing, copied into the shop's image folder under `file_name`."""

    __tablename__ = "listing_images"
    __table_args__ = (Index("ix_listing_images_listing", "listing_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Relative to the image folder; content-addressed so two listings can share one file.
    file_name: Mapped[str] = mapped_column(String(255))
    original_name: Mapped[str] = mapped_column(String(255), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    listing: Mapped[Listing] = relationship(back_populates="images")


class ChannelOffer(Base):
    """A listing offered on one marketplace account, at a price in one of that channel's
    currencies (a store selling in several currencies has one offer per currency: a market)."""

    __tablename__ = "channel_offers"
    __table_args__ = (
        UniqueConstraint("listing_id", "account_id", "currency"),
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
    # When the price was last set, and the rate then (units of the offer's currency per unit
    # of the listing's cost currency): the rate-move alert compares today's rate with it.
    price_set_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    price_rate: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)

    listing: Mapped[Listing] = relationship(back_populates="offers")


class PriceRule(Base):
    """How one market (an account selling in one currency) prices: fees, shipping, margins,
    VAT and rounding. Percentages are Decimal percent (6.5 means 6.5 %)."""

    __tablename__ = "price_rules"
    __table_args__ = (UniqueConstraint("account_id", "currency"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("marketplace_accounts.id", ondelete="CASCADE"))
    currency: Mapped[str] = mapped_column(String(3))
    # Per order, in minor units of `currency`.
    shipping_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    fixed_fee_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    marketplace_fee_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    payment_fee_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    target_margin_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(30))
    min_margin_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(10))
    vat_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    # True where shelf prices include VAT (EU, UK, AU consumer markets).
    prices_include_vat: Mapped[bool] = mapped_column(Boolean, default=False)
    # Empty: the currency's ending from the `price_endings` setting.
    rounding: Mapped[str] = mapped_column(String(24), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
