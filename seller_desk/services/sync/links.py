"""The store's SKUs that match no listing here, and linking them by hand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from seller_desk.domain.errors import NotFoundError
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.sync.variants import VariantWriter
from seller_desk.store.database import Database
from seller_desk.store.models import Listing, MarketplaceAccount
from seller_desk.store.models import RemoteVariant as StoredVariant

VARIANT_GONE = QT_TRANSLATE_NOOP("sync", "That item is no longer in the store's list; sync again.")
LISTING_GONE = QT_TRANSLATE_NOOP("sync", "There is no listing with SKU {sku}.")


@dataclass(frozen=True)
class UnmatchedSku:
    id: int
    account: str
    sku: str
    title: str
    price_minor: int | None
    currency: str
    stock: int | None


class SkuLinks:
    def __init__(self, database: Database,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db = database
        self._clock = clock

    def unmatched(self, limit: int = 2000) -> list[UnmatchedSku]:
        with self._db.read_session() as session:
            rows = session.execute(
                select(StoredVariant, MarketplaceAccount.name)
                .join(MarketplaceAccount, MarketplaceAccount.id == StoredVariant.account_id)
                .where(StoredVariant.listing_id.is_(None))
                .order_by(MarketplaceAccount.name, StoredVariant.sku).limit(limit))
            return [UnmatchedSku(v.id, name, v.sku, v.title, v.price_minor, v.currency, v.stock)
                    for v, name in rows]

    def link(self, variant_id: int, sku: str) -> None:
        """Link the store's item to our listing `sku`; it is then offered on that account."""
        with self._db.session() as session:
            variant = session.get(StoredVariant, variant_id)
            if variant is None:
                raise NotFoundError(VARIANT_GONE, item=str(variant_id))
            listing_id = session.scalar(select(Listing.id).where(
                (Listing.sku == sku.strip()) | (Listing.sku_key == sku.strip().casefold())))
            if listing_id is None:
                raise NotFoundError(LISTING_GONE, item=sku, sku=sku)
            variant.listing_id = listing_id
            session.flush()
            VariantWriter(session, variant.account_id, self._clock()).offer([variant])
