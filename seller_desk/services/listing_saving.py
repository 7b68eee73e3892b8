"""Saving a listing with its offers and pictures in one transaction, and archiving."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from seller_desk.domain.errors import KnownError, NotFoundError
from seller_desk.domain.fx import BASE, cross_rate
from seller_desk.domain.listing_rules import (
    FieldProblem,
    ListingDraft,
    ListingRejected,
    checked,
    offer_field,
    problem,
)
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.listing_images import (
    LISTING_GONE,
    ImageChoice,
    ImageFile,
    ListingImages,
)
from seller_desk.store.models import ChannelOffer, Listing, MarketplaceAccount
from seller_desk.store.queries.fx import newest_rate
from seller_desk.store.types import fold

CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "listings", "Listing {sku} was changed elsewhere after you opened it (at {when}). Close "
    "the editor and open the listing again to see that change; nothing was saved.")
NO_ACCOUNT = QT_TRANSLATE_NOOP("listings", "Offer {offer}: that marketplace account is gone.")


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, from the same list the order-file import reads names with."""
    import pycountry

    return frozenset(str(country.alpha_2) for country in pycountry.countries)


def stored_rate(session: Session, from_cur: str, to_cur: str, day: date) -> Decimal | None:
    """Units of `to_cur` per unit of `from_cur` from the newest stored rates on or before
    `day`; None when one of them has no stored rate (never a made-up 1)."""
    if from_cur == to_cur:
        return Decimal(1)
    per_eur: dict[str, Decimal] = {}
    for code in {from_cur, to_cur} - {BASE}:
        row = newest_rate(session, code, day)
        if row is None:
            return None
        per_eur[code] = row.per_eur
    return cross_rate(per_eur, from_cur, to_cur)


class ListingSaving(ListingImages):
    """Writes of the listing editor; each save is one transaction."""

    def sku_taken(self, sku: str, exclude_id: int | None = None) -> bool:
        with self._db.read_session() as session:
            return self._sku_owner(session, sku, exclude_id) is not None

    @staticmethod
    def _sku_owner(session: Session, sku: str, exclude_id: int | None) -> int | None:
        stmt = select(Listing.id).where(Listing.sku_key == fold(sku))
        if exclude_id is not None:
            stmt = stmt.where(Listing.id != exclude_id)
        return session.scalar(stmt.limit(1))

    # -- writing --------------------------------------------------------------------------
    def create(self, draft: ListingDraft, images: Sequence[ImageChoice] = ()) -> int:
        """Save a new listing with its offers and pictures; returns its id."""
        return self._save(None, draft, None, images)

    def update(
        self, listing_id: int, draft: ListingDraft, expected_updated_at: datetime | None,
        images: Sequence[ImageChoice] | None = None,
    ) -> None:
        """Rewrite a listing as `draft`; refused when it changed since `expected_updated_at`
        (another desk saved it). `images` None leaves its pictures as they are."""
        self._save(listing_id, draft, expected_updated_at, images)

    def _save(
        self, listing_id: int | None, draft: ListingDraft,
        expected_updated_at: datetime | None, images: Sequence[ImageChoice] | None,
    ) -> int:
        clean = checked(draft, known_countries())
        ready = self._prepared(images)
        new_files = [c.file_name for c in ready if isinstance(c, ImageFile)]
        removed: list[str] = []
        try:
            with self._db.session() as session:
                now = datetime.now(UTC)
                listing = self._locked(session, listing_id, expected_updated_at)
                self._check_free(session, clean, listing_id)
                listing = self._write(session, listing, clean, now)
                if images is not None:
                    removed = self._sync_images(session, listing.id, ready, now)
                saved = listing.id
        except IntegrityError:
            self._delete_unused(new_files)
            if self.sku_taken(clean.sku, listing_id):  # another desk took it meanwhile
                raise ListingRejected((problem("sku", "sku_taken", sku=clean.sku),)) from None
            raise
        except BaseException:
            self._delete_unused(new_files)
            raise
        self._delete_unused(removed)
        return saved

    def _locked(
        self, session: Session, listing_id: int | None, expected: datetime | None
    ) -> Listing | None:
        if listing_id is None:
            return None
        listing = session.get(Listing, listing_id, with_for_update=True)
        if listing is None:
            raise NotFoundError(LISTING_GONE, id=listing_id)
        if expected is not None and listing.updated_at != expected:
            raise KnownError(CHANGED_SINCE, item=listing.sku, sku=listing.sku,
                             when=listing.updated_at.strftime("%Y-%m-%d %H:%M UTC"))
        return listing

    def _check_free(self, session: Session, draft: ListingDraft, listing_id: int | None) -> None:
        problems: list[FieldProblem] = []
        if self._sku_owner(session, draft.sku, listing_id) is not None:
            problems.append(problem("sku", "sku_taken", sku=draft.sku))
        known = set(session.scalars(select(MarketplaceAccount.id).where(
            MarketplaceAccount.id.in_({o.account_id for o in draft.offers}))))
        problems += [FieldProblem(offer_field(i, "account"), NO_ACCOUNT, (("offer", i + 1),))
                     for i, o in enumerate(draft.offers) if o.account_id not in known]
        if problems:
            raise ListingRejected(tuple(problems))

    def _write(
        self, session: Session, listing: Listing | None, d: ListingDraft, now: datetime
    ) -> Listing:
        parent = d.parent_sku and session.scalar(
            select(Listing.sku).where(Listing.sku_key == fold(d.parent_sku)))
        if listing is None:
            listing = Listing(created_at=now)
            session.add(listing)
        # The cost's currency is what every offer's price_rate is counted in: when it changes,
        # each offer's rate is taken afresh, as if its price had been set now.
        recount = listing.cost_currency is not None and listing.cost_currency != d.cost_currency
        listing.sku, listing.sku_key = d.sku, fold(d.sku)
        listing.title, listing.title_key = d.title, fold(d.title)[:255]
        listing.description = d.description
        listing.parent_sku = parent or d.parent_sku  # the parent's own spelling, if it exists
        listing.cost_minor, listing.cost_currency = d.cost_minor, d.cost_currency
        listing.weight_grams, listing.stock_on_hand = d.weight_grams, d.stock_on_hand
        listing.hs_code, listing.origin_country, listing.tags = (
            d.hs_code, d.origin_country, d.tags)
        listing.updated_at = now
        session.flush()
        self._write_offers(session, listing, d, now, recount)
        return listing

    def _write_offers(
        self, session: Session, listing: Listing, d: ListingDraft, now: datetime, recount: bool
    ) -> None:
        held = {(o.account_id, o.currency): o for o in listing.offers}
        wanted = {(o.account_id, o.currency) for o in d.offers}
        for key, offer in held.items():
            if key not in wanted:
                listing.offers.remove(offer)
        rates: dict[str, Decimal | None] = {}

        def rate(currency: str) -> Decimal | None:
            if currency not in rates:
                rates[currency] = stored_rate(session, d.cost_currency, currency, now.date())
            return rates[currency]

        fresh = True  # every offer's price set now (or never rated): no rate can have moved
        for draft in d.offers:
            offer = held.get((draft.account_id, draft.currency))
            if offer is None:
                offer = ChannelOffer(account_id=draft.account_id, currency=draft.currency)
                listing.offers.append(offer)
            repriced = recount or offer.price_minor != draft.price_minor
            offer.external_id, offer.title_override = draft.external_id, draft.title_override
            offer.price_minor, offer.quantity_buffer = draft.price_minor, draft.quantity_buffer
            if repriced:
                offer.price_set_at, offer.price_rate = now, rate(draft.currency)
            elif offer.price_rate is not None:
                fresh = False
        if fresh:
            listing.price_alert = False

    def set_archived(self, listing_ids: Sequence[int], archived: bool) -> int:
        """Archive (or bring back) listings; returns how many changed."""
        with self._db.session() as session:
            result = session.execute(
                update(Listing)
                .where(Listing.id.in_(list(listing_ids)), Listing.archived.is_not(archived))
                .values(archived=archived, updated_at=datetime.now(UTC)))
            return int(getattr(result, "rowcount", 0) or 0)
