"""Stored exchange rates: one row per day, currency and source, kept for ever."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from seller_desk.store.models.base import Base
from seller_desk.store.types import DecimalText, UTCDateTime


class ExchangeRate(Base):
    """Units of `currency` per 1 EUR on `day`, as `source` published it (or the seller typed)."""

    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("day", "currency", "source"),
        Index("ix_exchange_rates_currency_day", "currency", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    # Exact as published: a string, so no backend rounds it.
    per_eur: Mapped[Decimal] = mapped_column(DecimalText)
    # ecb, frankfurter, forex-python or manual (domain.fx.DayRates.source).
    source: Mapped[str] = mapped_column(String(20))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)
