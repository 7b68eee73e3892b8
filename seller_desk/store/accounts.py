"""Finding or adding the marketplace account that orders are filed under."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from seller_desk.domain.orders import MARKETPLACE_LABELS, Marketplace
from seller_desk.store.models import MarketplaceAccount


def account_named(
    session: Session, name: str, marketplace: Marketplace, currency: str
) -> MarketplaceAccount:
    """The account called `name`, added (for `marketplace`, in `currency`) if there is none."""
    name = " ".join(name.split()) or MARKETPLACE_LABELS[marketplace]
    account = session.scalar(select(MarketplaceAccount).where(MarketplaceAccount.name == name))
    if account is None:
        account = MarketplaceAccount(
            marketplace=marketplace.value, name=name, store_url="", currency=currency,
            created_at=datetime.now(UTC),
        )
        session.add(account)
        session.flush()
    return account
