"""Marketplace accounts, orders and order lines; money in minor units with its currency."""

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
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from seller_desk.store.models.base import Base
from seller_desk.store.types import DecimalText, UTCDateTime, search_key


class MarketplaceAccount(Base):
    """One store on one marketplace (a Shopify store, an Etsy shop); secrets live in the keyring."""

    __tablename__ = "marketplace_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    marketplace: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(80), unique=True)
    store_url: Mapped[str] = mapped_column(String(255), default="")
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Synced through the marketplace's API (credentials in the keyring under the account's
    # id); an account that only files imported orders is not connected.
    connected: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    api: Mapped[str] = mapped_column(String(10), default="", server_default="")
    auto_sync: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # Orders updated before this were all read (the next sync starts a little earlier).
    orders_cursor: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # "", "running", "ok", "failed", "cancelled"
    last_sync_state: Mapped[str] = mapped_column(String(12), default="", server_default="")
    last_sync_message: Mapped[str] = mapped_column(String(500), default="", server_default="")


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id"),
        Index("ix_orders_placed", "placed_at", "id"),
        Index("ix_orders_number", "number_key", "id"),
        Index("ix_orders_buyer_name", "buyer_name_key", "id"),
        Index("ix_orders_buyer_email", "buyer_email", "id"),
        Index("ix_orders_account", "account_id", "placed_at", "id"),
        Index("ix_orders_country", "ship_country", "placed_at", "id"),
        Index("ix_orders_status", "status", "placed_at", "id"),
        Index("ix_orders_currency", "currency", "total_minor", "id"),
        Index("ix_orders_total_base", "total_base_minor", "id"),
        Index("ix_orders_customer", "customer_id", "placed_at"),
        # The newest change, read to know whether cached figures still hold (and for sync).
        Index("ix_orders_updated", "updated_at", "id"),
        Index("ix_orders_margin", "margin_base_minor", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("marketplace_accounts.id"))
    external_id: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(64))
    number_key: Mapped[str] = mapped_column(search_key(64))
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(24))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    buyer_name: Mapped[str] = mapped_column(String(120), default="")
    buyer_name_key: Mapped[str] = mapped_column(search_key(120), default="")
    buyer_email: Mapped[str] = mapped_column(search_key(254), default="")
    ship_country: Mapped[str] = mapped_column(String(2), default="")
    ship_address: Mapped[str] = mapped_column(String(500), default="")
    ship_name: Mapped[str] = mapped_column(String(120), default="")
    ship_postcode: Mapped[str] = mapped_column(String(20), default="")
    billing_address: Mapped[str] = mapped_column(String(500), default="")
    tags: Mapped[str] = mapped_column(String(500), default="")
    # Where the order came from: manual, import, sync or demo.
    source: Mapped[str] = mapped_column(String(12), default="manual")
    # A digest of the order as its file last said, so re-importing the same file changes nothing.
    source_hash: Mapped[str] = mapped_column(String(32), default="")
    currency: Mapped[str] = mapped_column(String(3))
    subtotal_minor: Mapped[int] = mapped_column(BigInteger)
    shipping_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    tax_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    base_currency: Mapped[str] = mapped_column(String(3))
    rate_to_base: Mapped[Decimal] = mapped_column(DecimalText)
    total_base_minor: Mapped[int] = mapped_column(BigInteger)
    # Money given back so far (partial or full refunds), in the order and the base currency;
    # an order's net value is its total less these.
    refunded_minor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    refunded_base_minor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # The store's own currency and total for a synced order paid in another (Shopify's shop
    # money); "" and NULL when the buyer paid in the store's currency or the order wasn't synced.
    shop_currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    shop_total_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # When sync last wrote the order, and the marketplace's own last change then: a local edit
    # after synced_at meeting a remote change is a conflict (the remote wins, noted).
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    remote_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # A test order a marketplace or the seller placed: never counted as a sale.
    is_test: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    # Profit, filled by the costing service (NULL until it has run for this order): fees in the
    # order currency, the shipping label and the goods in the base currency.
    marketplace_fee_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    payment_fee_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    shipping_cost_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # True while fees come from the market's price rule rather than the marketplace's statement.
    fees_estimated: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    cost_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    margin_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # Revenue (net of VAT and refunds) and fees in base, as costing converted them: reports
    # add these up instead of converting a million orders again.
    revenue_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    marketplace_fee_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    payment_fee_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # Costed without some cost (a line's listing or rate, the fixed fee's rate): the margin
    # leaves it out, and costing tries again once a listing or rate is added.
    cost_incomplete: Mapped[bool] = mapped_column(Boolean, default=False,
                                                  server_default=false())
    # What the order's returns cost the seller in base (written by costing; NULL until then).
    return_cost_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.id"
    )


class OrderLine(Base):
    __tablename__ = "order_lines"
    __table_args__ = (
        Index("ix_order_lines_order", "order_id"),
        Index("ix_order_lines_sku", "sku_key", "order_id"),
        Index("ix_order_lines_listing", "listing_id", "order_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    listing_id: Mapped[int | None] = mapped_column(ForeignKey("listings.id"))
    sku: Mapped[str] = mapped_column(String(64))
    sku_key: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(255))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    # The goods' cost on the order's date: the listing's unit cost in its own currency, the
    # rate to the base currency that day (base per unit of cost currency) and the line's cost
    # in base (quantity x unit cost x rate, rounded once). NULL until costed.
    unit_cost_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    cost_currency: Mapped[str | None] = mapped_column(String(3), nullable=True)
    cost_rate: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    cost_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # The line's exact share of its order's revenue, fees and shipping in base (split in
    # proportion to line totals, adding up to the order's), and whether it is the first line
    # of its listing (or bare SKU) in the order, so the order counts once for that listing.
    # Written by costing with the order's margin; read only while the order has one.
    revenue_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    marketplace_fee_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    payment_fee_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    shipping_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    counts_order: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The line's share of what its order's returns cost, in base (written by costing).
    return_cost_base_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)

    order: Mapped[Order] = relationship(back_populates="lines")


class OrderStatusChange(Base):
    """One move in an order's status history, with who made it and why."""

    __tablename__ = "order_status_changes"
    __table_args__ = (Index("ix_order_status_changes_order", "order_id", "changed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    old_status: Mapped[str] = mapped_column(String(24), default="")
    new_status: Mapped[str] = mapped_column(String(24))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
