"""The store's variants, kept as last read: linked to the listing of the same SKU (never a new
listing), offered on the account at the store's price, and conflicts where both sides moved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from seller_desk.domain.sync import RemoteVariant
from seller_desk.store.models import ChannelOffer, Listing, SyncConflict
from seller_desk.store.models import RemoteVariant as StoredVariant
from seller_desk.store.types import fold


@dataclass
class VariantCounts:
    seen: int = 0
    linked: int = 0
    unmatched: int = 0
    conflicts: int = 0


class VariantWriter:
    """Upserts a page of variants into one account, inside the caller's transaction."""

    def __init__(self, session: Session, account_id: int, now: datetime) -> None:
        self.session = session
        self.account_id = account_id
        self.now = now
        self.counts = VariantCounts()

    def write(self, variants: Sequence[RemoteVariant]) -> None:
        stored = {row.external_id: row for row in self.session.scalars(
            select(StoredVariant).where(
                StoredVariant.account_id == self.account_id,
                StoredVariant.external_id.in_([v.external_id[:64] for v in variants])))}
        keys = {fold(v.sku)[:64] for v in variants if v.sku.strip()}
        listings = dict(self.session.execute(
            select(Listing.sku_key, Listing.id).where(Listing.sku_key.in_(keys))).all())
        rows: list[StoredVariant] = []
        for variant in variants:
            self.counts.seen += 1
            row = stored.get(variant.external_id[:64])
            key = fold(variant.sku)[:64]
            if row is None:
                row = StoredVariant(account_id=self.account_id,
                                    external_id=variant.external_id[:64],
                                    listing_id=listings.get(key) if key else None)
                self.session.add(row)
            else:
                self._conflicts(row, variant)
                if row.listing_id is None and key:
                    row.listing_id = listings.get(key)
            row.product_id, row.ref = variant.product_id[:64], variant.ref[:120]
            row.sku, row.sku_key, row.title = variant.sku[:64], key, variant.title[:255]
            row.currency = variant.currency
            row.price_minor, row.stock, row.seen_at = variant.price_minor, variant.stock, self.now
            rows.append(row)
            if row.listing_id is None:
                self.counts.unmatched += 1
            else:
                self.counts.linked += 1
        self.session.flush()
        self.offer([row for row in rows if row.listing_id is not None])

    def offer(self, rows: Sequence[StoredVariant]) -> None:
        """Each linked variant's listing is offered on the account in the store's currency;
        an offer made here starts at the store's price (an existing one keeps ours)."""
        if not rows:
            return
        have = {(offer.listing_id, offer.currency): offer for offer in self.session.scalars(
            select(ChannelOffer).where(ChannelOffer.account_id == self.account_id,
                                       ChannelOffer.listing_id.in_(
                                           {r.listing_id for r in rows})))}
        for row in rows:
            assert row.listing_id is not None
            offer = have.get((row.listing_id, row.currency))
            if offer is None and row.price_minor is not None:
                offer = ChannelOffer(listing_id=row.listing_id, account_id=self.account_id,
                                     currency=row.currency, price_minor=row.price_minor,
                                     external_id=row.external_id, price_set_at=self.now)
                self.session.add(offer)
                have[(row.listing_id, row.currency)] = offer
            elif offer is not None and not offer.external_id:
                offer.external_id = row.external_id

    def _conflicts(self, row: StoredVariant, variant: RemoteVariant) -> None:
        """The store changed a price or stock since the last sync while ours changed too: ours
        wins (a push sends it), noted so the seller can take the store's instead."""
        price_moved = variant.price_minor is not None and row.price_minor is not None \
            and variant.price_minor != row.price_minor
        stock_moved = variant.stock is not None and row.stock is not None \
            and variant.stock != row.stock
        # Only a store that moved can conflict: no read of ours for the rest.
        if row.listing_id is None or not (price_moved or stock_moved):
            return
        listing = self.session.get(Listing, row.listing_id)
        if listing is None:
            return
        if price_moved:
            offer = self.session.scalar(select(ChannelOffer).where(
                ChannelOffer.listing_id == row.listing_id,
                ChannelOffer.account_id == self.account_id,
                ChannelOffer.currency == variant.currency))
            edited = offer is not None and offer.price_set_at is not None \
                and offer.price_set_at > row.seen_at
            if offer is not None and edited and offer.price_minor != variant.price_minor:
                self._note(row, "price", str(offer.price_minor), str(variant.price_minor))
        if stock_moved and listing.updated_at > row.seen_at \
                and listing.stock_on_hand != variant.stock:
            self._note(row, "stock", str(listing.stock_on_hand), str(variant.stock))

    def _note(self, row: StoredVariant, kind: str, local: str, remote: str) -> None:
        self.session.add(SyncConflict(
            account_id=self.account_id, kind=kind, item=row.sku or row.external_id,
            variant_id=row.id, local_value=local, remote_value=remote, winner="local",
            detected_at=self.now))
        self.counts.conflicts += 1
