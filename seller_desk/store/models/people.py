"""Customers, with running totals kept beside them so big lists sort by them through an index."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from seller_desk.store.models.base import Base
from seller_desk.store.types import UTCDateTime, search_key


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_name", "name_key", "id"),
        Index("ix_customers_email", "email", "id"),
        Index("ix_customers_phone", "phone_key", "id"),
        Index("ix_customers_country", "country", "id"),
        Index("ix_customers_language", "language", "id"),
        Index("ix_customers_orders", "order_count", "id"),
        Index("ix_customers_spent", "spent_base_minor", "id"),
        Index("ix_customers_first", "first_order_at", "id"),
        Index("ix_customers_last", "last_order_at", "id"),
        Index("ix_customers_account", "account_id", "id"),
        Index("ix_customers_currency", "currency", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("marketplace_accounts.id"))
    name: Mapped[str] = mapped_column(String(120), default="")
    name_key: Mapped[str] = mapped_column(search_key(120), default="")
    email: Mapped[str] = mapped_column(search_key(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    phone_key: Mapped[str] = mapped_column(search_key(40), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    language: Mapped[str] = mapped_column(String(10), default="")
    currency: Mapped[str] = mapped_column(String(3), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Kept current by store.customer_stats from counted orders; the lists sort by these.
    order_count: Mapped[int] = mapped_column(Integer, default=0)
    spent_base_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    first_order_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_order_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
