"""Conflicts where a local edit met a remote change: listed, and settled by the seller."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from seller_desk.domain.errors import NotFoundError
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.store.database import Database
from seller_desk.store.models import ChannelOffer, Listing, MarketplaceAccount, SyncConflict
from seller_desk.store.models import RemoteVariant as StoredVariant

GONE = QT_TRANSLATE_NOOP("sync", "That conflict was settled or removed already.")


@dataclass(frozen=True)
class ConflictView:
    id: int
    account: str
    kind: str  # "order", "price", "stock"
    item: str
    order_id: int | None
    local_value: str
    remote_value: str
    winner: str  # "remote" or "local"
    detected_at: datetime
    resolution: str
    currency: str = ""  # of a price conflict's values (minor units)


class Conflicts:
    def __init__(self, database: Database,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db = database
        self._clock = clock

    def open_count(self) -> int:
        with self._db.read_session() as session:
            return int(session.scalar(select(func.count(SyncConflict.id)).where(
                SyncConflict.resolved_at.is_(None))) or 0)

    def list(self, open_only: bool = True, limit: int = 500) -> list[ConflictView]:
        with self._db.read_session() as session:
            query = (select(SyncConflict, MarketplaceAccount.name, StoredVariant.currency)
                     .join(MarketplaceAccount, MarketplaceAccount.id == SyncConflict.account_id)
                     .outerjoin(StoredVariant, StoredVariant.id == SyncConflict.variant_id)
                     .order_by(SyncConflict.detected_at.desc(), SyncConflict.id.desc()))
            if open_only:
                query = query.where(SyncConflict.resolved_at.is_(None))
            return [ConflictView(c.id, name, c.kind, c.item, c.order_id, c.local_value,
                                 c.remote_value, c.winner, c.detected_at, c.resolution,
                                 currency or "")
                    for c, name, currency in session.execute(query.limit(limit))]

    def settle(self, conflict_id: int, take_remote: bool = False) -> None:
        """Keep what won ("accepted"), or, for a price or stock, take the store's value."""
        with self._db.session() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None:
                raise NotFoundError(GONE, item=str(conflict_id))
            now = self._clock()
            conflict.resolved_at = now
            conflict.resolution = "accepted"
            if not take_remote or conflict.kind == "order" or conflict.variant_id is None:
                return
            variant = session.get(StoredVariant, conflict.variant_id)
            if variant is None or variant.listing_id is None:
                return
            value = int(conflict.remote_value)
            if conflict.kind == "price":
                offer = session.scalar(select(ChannelOffer).where(
                    ChannelOffer.listing_id == variant.listing_id,
                    ChannelOffer.account_id == variant.account_id,
                    ChannelOffer.currency == variant.currency))
                if offer is not None:
                    offer.price_minor, offer.price_set_at = value, now
            else:
                listing = session.get(Listing, variant.listing_id)
                if listing is not None:
                    listing.stock_on_hand, listing.updated_at = value, now
            conflict.resolution = "took_remote"
