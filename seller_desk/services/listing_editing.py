"""Creating, changing, copying and archiving listings with their offers and pictures."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from seller_desk.domain.listing_rules import ListingDraft, OfferDraft, copy_base, copy_sku
from seller_desk.services.listing_images import ImageView
from seller_desk.services.listing_saving import ListingSaving, known_countries
from seller_desk.store.models import ChannelOffer, Listing, MarketplaceAccount
from seller_desk.store.queries.keyset import starts_with
from seller_desk.store.queries.settings import base_currency
from seller_desk.store.types import fold

VARIANT_LIMIT = 200


@dataclass(frozen=True)
class MarketAccount:
    """An account offers can be made on, with the currency it sells in by default."""

    id: int
    name: str
    marketplace: str
    currency: str


@dataclass(frozen=True)
class VariantView:
    id: int
    sku: str
    title: str
    archived: bool
    role: str  # "parent", "sibling" (shares the parent) or "child" (of this listing)


@dataclass(frozen=True)
class EditorStart:
    """All the editor needs to open: the listing as a draft and the choices it offers."""

    listing_id: int | None
    draft: ListingDraft
    updated_at: datetime | None
    images: tuple[ImageView, ...]
    variants: tuple[VariantView, ...]
    accounts: tuple[MarketAccount, ...]
    countries: frozenset[str]


def draft_of(listing: Listing, offers: Iterable[ChannelOffer]) -> ListingDraft:
    return ListingDraft(
        sku=listing.sku, title=listing.title, description=listing.description,
        parent_sku=listing.parent_sku, cost_minor=listing.cost_minor,
        cost_currency=listing.cost_currency, weight_grams=listing.weight_grams,
        hs_code=listing.hs_code, origin_country=listing.origin_country,
        stock_on_hand=listing.stock_on_hand, tags=listing.tags,
        offers=tuple(
            OfferDraft(o.account_id, o.currency, o.external_id, o.title_override,
                       o.price_minor, o.quantity_buffer)
            for o in sorted(offers, key=lambda o: o.id)
        ),
    )


class ListingEditing(ListingSaving):
    """What the listing editor reads: the listing as a draft, its group, copies."""

    def countries(self) -> frozenset[str]:
        return known_countries()

    def accounts(self) -> tuple[MarketAccount, ...]:
        with self._db.read_session() as session:
            return self._accounts(session)

    @staticmethod
    def _accounts(session: Session) -> tuple[MarketAccount, ...]:
        return tuple(MarketAccount(*row) for row in session.execute(
            select(MarketplaceAccount.id, MarketplaceAccount.name,
                   MarketplaceAccount.marketplace, MarketplaceAccount.currency)
            .order_by(MarketplaceAccount.name)))

    # -- opening the editor ---------------------------------------------------------------
    def start_new(self, draft: ListingDraft | None = None) -> EditorStart:
        """A blank listing (cost in the shop's base currency), or `draft` (a copy, a variant)."""
        with self._db.read_session() as session:
            draft = draft or ListingDraft("", "", cost_currency=base_currency(session))
            return EditorStart(None, draft, None, (),
                               self._group(session, draft.sku, draft.parent_sku, None),
                               self._accounts(session), known_countries())

    def start_edit(self, listing_id: int) -> EditorStart:
        with self._db.read_session() as session:
            listing = self._listing(session, listing_id)
            return EditorStart(
                listing_id, draft_of(listing, listing.offers), listing.updated_at,
                self._views(session, listing_id),
                self._group(session, listing.sku, listing.parent_sku, listing_id),
                self._accounts(session), known_countries())

    def start_duplicate(self, listing_id: int) -> EditorStart:
        return self.start_new(self.duplicate(listing_id))

    # -- reading --------------------------------------------------------------------------
    def duplicate(self, listing_id: int) -> ListingDraft:
        """A draft copy of a listing under a free SKU (SKU-COPY, SKU-COPY2…), with the same
        offers but no marketplace ids (the copy is not on any marketplace yet)."""
        with self._db.read_session() as session:
            listing = self._listing(session, listing_id)
            draft = draft_of(listing, listing.offers)
            stem = fold(copy_base(draft.sku))[:40]
            taken = set(session.scalars(
                select(Listing.sku_key).where(starts_with(Listing.sku_key, stem))))
        offers = tuple(replace(o, external_id="") for o in draft.offers)
        return replace(draft, sku=copy_sku(draft.sku, taken), offers=offers)

    def variants(self, listing_id: int) -> tuple[VariantView, ...]:
        """The listing's variant group: its parent and siblings, or its children."""
        with self._db.read_session() as session:
            listing = self._listing(session, listing_id)
            return self._group(session, listing.sku, listing.parent_sku, listing_id)

    def variant_group(
        self, sku: str, parent_sku: str, exclude_id: int | None = None
    ) -> tuple[VariantView, ...]:
        with self._db.read_session() as session:
            return self._group(session, sku, parent_sku, exclude_id)

    @staticmethod
    def _group(
        session: Session, sku: str, parent_sku: str, exclude_id: int | None
    ) -> tuple[VariantView, ...]:
        parent = (parent_sku or sku).strip()
        if not parent:
            return ()
        # parent_sku has no index: a variant group is read one listing at a time, and a
        # scan of the listings (thousands) takes milliseconds.
        stmt = (select(Listing.id, Listing.sku, Listing.title, Listing.archived,
                       Listing.sku_key)
                .where(or_(Listing.sku_key == fold(parent),
                           func.lower(Listing.parent_sku) == parent.lower()))
                .order_by(Listing.sku_key).limit(VARIANT_LIMIT))
        if exclude_id is not None:
            stmt = stmt.where(Listing.id != exclude_id)
        found = []
        for row_id, row_sku, title, archived, key in session.execute(stmt):
            role = ("parent" if key == fold(parent)
                    else "sibling" if parent_sku.strip() else "child")
            found.append(VariantView(row_id, row_sku, title, bool(archived), role))
        return tuple(sorted(found, key=lambda v: v.role != "parent"))
