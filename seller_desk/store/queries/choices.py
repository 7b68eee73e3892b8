"""What the filter menus offer: the accounts, countries and currencies a shop actually has."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from seller_desk.store.models import Customer, MarketplaceAccount, Order


def accounts(session: Session) -> list[tuple[int, str, str]]:
    rows = session.execute(
        select(MarketplaceAccount.id, MarketplaceAccount.name, MarketplaceAccount.marketplace)
        .order_by(MarketplaceAccount.name)
    )
    return [(i, name, market) for i, name, market in rows]


def countries(session: Session) -> list[str]:
    found = session.scalars(select(Customer.country).distinct().where(Customer.country != ""))
    return sorted(found)


def order_currencies(session: Session) -> list[str]:
    return sorted(session.scalars(select(Order.currency).distinct()))
