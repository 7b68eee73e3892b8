"""Customers, with running totals kept beside them so big lists sort by them through an index."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
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
        Index("ix_customers_email_key", "email_key"),
        Index("ix_customers_phone_match", "phone_match"),
        Index("ix_customers_name_postcode", "name_postcode_key"),
        Index("ix_customers_merged_into", "merged_into_id"),
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
    tags: Mapped[str] = mapped_column(String(500), default="")
    # "yes", "no" or "" when the marketplace never said.
    marketing_consent: Mapped[str] = mapped_column(String(3), default="")
    consent_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The marketplace hides who this is: never suggested for a merge.
    masked: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when merged into another customer; the row stays so the merge can be undone.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Match keys from domain.identity, kept so duplicate suggestions group in SQL.
    email_key: Mapped[str] = mapped_column(String(254), default="")
    phone_match: Mapped[str] = mapped_column(String(24), default="")
    name_postcode_key: Mapped[str] = mapped_column(String(160), default="")
    # Kept current by store.customer_stats from counted orders; the lists sort by these.
    order_count: Mapped[int] = mapped_column(Integer, default=0)
    spent_base_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    first_order_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_order_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CustomerIdentity(Base):
    """Who a customer is on one marketplace account: the id and contact that store knows."""

    __tablename__ = "customer_identities"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id"),
        Index("ix_customer_identities_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("marketplace_accounts.id"))
    # The marketplace's buyer id, or "email:<address>" where the file only has an email.
    external_id: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(254), default="")
    name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
