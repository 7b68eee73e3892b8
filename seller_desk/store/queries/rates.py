"""The exchange rate to use for an order on a day, from what the shop already knows."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from seller_desk.store.models import Order


def known_rate(session: Session, currency: str, base: str, day: datetime) -> Decimal | None:
    """Units of `base` per unit of `currency` on `day`: 1 for the base itself, else the rate of
    the shop's nearest order in that currency (on or before the day first). None when the shop
    has never seen the currency; the caller asks the seller for a rate then."""
    if currency == base:
        return Decimal(1)
    same = select(Order.rate_to_base).where(
        Order.currency == currency, Order.base_currency == base
    )
    before = session.scalar(
        same.where(Order.placed_at <= day).order_by(Order.placed_at.desc()).limit(1)
    )
    if before is not None:
        return before
    return session.scalar(same.where(Order.placed_at > day).order_by(Order.placed_at).limit(1))
