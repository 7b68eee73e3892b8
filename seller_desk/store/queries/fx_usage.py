"""Which currencies the shop uses and how fresh its stored rates are, read through indexes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from seller_desk.store.models import (
    ChannelOffer,
    ExchangeRate,
    Listing,
    MarketplaceAccount,
    Order,
)

MANUAL = "manual"


def _distinct(session: Session, column: InstrumentedAttribute[str]) -> list[str]:
    """Every distinct value of an indexed leading column, one index seek per value (a skip
    scan): a million orders in a dozen currencies cost a dozen seeks, not a million rows."""
    values: list[str] = []
    current = session.scalar(select(func.min(column)))
    while current is not None:
        values.append(current)
        current = session.scalar(select(func.min(column)).where(column > current))
    return values


def order_currencies_since(session: Session, since: datetime) -> set[str]:
    """Currencies of orders placed on or after `since`."""
    found = set()
    for code in _distinct(session, Order.currency):
        recent = session.scalar(
            select(Order.id).where(Order.currency == code, Order.placed_at >= since).limit(1))
        if recent is not None:
            found.add(code)
    return found


def catalog_currencies(session: Session) -> set[str]:
    """Currencies of listing costs, offers and marketplace accounts."""
    costs = set(_distinct(session, Listing.cost_currency))
    # Offers have no index led by currency; their covering unique index is scanned once.
    offers = set(session.scalars(select(ChannelOffer.currency).distinct()))
    accounts = set(session.scalars(select(MarketplaceAccount.currency).distinct()))
    return costs | offers | accounts


def currencies_with_rates(session: Session) -> set[str]:
    """Currencies that have a stored rate on any day, from any source."""
    return set(_distinct(session, ExchangeRate.currency))


def _provider_rows() -> ColumnElement[bool]:
    return ExchangeRate.source != MANUAL


def newest_day(session: Session, providers_only: bool = True) -> date | None:
    """The newest day with stored rates (from a provider, unless `providers_only` is off)."""
    query = select(func.max(ExchangeRate.day))
    if providers_only:
        query = query.where(_provider_rows())
    return session.scalar(query)


def sources_on(session: Session, day: date, sources: Iterable[str] | None = None) -> set[str]:
    query = select(ExchangeRate.source).distinct().where(ExchangeRate.day == day)
    if sources is not None:
        query = query.where(ExchangeRate.source.in_(list(sources)))
    return set(session.scalars(query))


def last_fetched(session: Session) -> datetime | None:
    """When rates last arrived from a provider (a new or corrected rate)."""
    return session.scalar(select(func.max(ExchangeRate.fetched_at)).where(_provider_rows()))
