"""The Listings table: sorts, filters and search over SKUs, their offers, images and tags."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from seller_desk.domain.paging import TableFilter
from seller_desk.store.models import ChannelOffer, Listing, ListingImage
from seller_desk.store.queries.tables import SearchField, SortKey, TableQuery
from seller_desk.store.types import fold

OFFER_COUNT = (
    select(func.count(ChannelOffer.id))
    .where(ChannelOffer.listing_id == Listing.id)
    .scalar_subquery()
    .label("offer_count")
)

# The picture the table shows: the first by position (ix_listing_images_listing answers it).
FIRST_IMAGE = (
    select(ListingImage.file_name)
    .where(ListingImage.listing_id == Listing.id)
    .order_by(ListingImage.position, ListingImage.id)
    .limit(1)
    .scalar_subquery()
    .label("first_image")
)

LISTING_COLUMNS = (
    Listing.sku, Listing.title, Listing.cost_currency, Listing.cost_minor,
    Listing.stock_on_hand, OFFER_COUNT, Listing.archived, Listing.updated_at,
    Listing.price_alert, FIRST_IMAGE,
)


def _filter(stmt: Select[Any], flt: TableFilter) -> Select[Any]:
    if flt.archived is not None:
        stmt = stmt.where(Listing.archived.is_(flt.archived))
    if flt.price_alert is not None:
        stmt = stmt.where(Listing.price_alert.is_(flt.price_alert))
    offers = select(ChannelOffer.listing_id)
    if flt.account_ids:
        offers = offers.where(ChannelOffer.account_id.in_(sorted(flt.account_ids)))
    if flt.currencies:
        offers = offers.where(ChannelOffer.currency.in_(sorted(flt.currencies)))
    if flt.account_ids or flt.currencies:
        stmt = stmt.where(Listing.id.in_(offers))
    return stmt


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def tag_match(text: str) -> ColumnElement[bool]:
    """A tag of the listing starts with `text` (tags are stored "red, paper lamp")."""
    term = _like_escaped(fold(text))
    tags = func.lower(Listing.tags)
    return or_(*(tags.like(pattern, escape="\\")
                 for pattern in (f"{term}%", f"%, {term}%", f"%,{term}%")))


@dataclass(frozen=True)
class ListingQuery(TableQuery):
    """SKU and title prefixes are searched through their indexes; tags have no index, so a tag
    match is an extra condition on the rows walked (listings number thousands, not millions)."""

    def _search(self, session: Session, stmt: Select[Any], text: str) -> Select[Any]:
        by_key = super()._search(session, select(Listing.id), text)
        return stmt.where(or_(Listing.id.in_(by_key), tag_match(text)))


LISTINGS = ListingQuery(
    columns=LISTING_COLUMNS,
    source=Listing.__table__,
    id_column=Listing.id,
    sorts={
        "sku": SortKey((Listing.sku_key, Listing.id)),
        "title": SortKey((Listing.title_key, Listing.id)),
        "cost": SortKey((Listing.cost_currency, Listing.cost_minor, Listing.id)),
        "stock": SortKey((Listing.stock_on_hand, Listing.id)),
        "offers": SortKey((OFFER_COUNT, Listing.id)),
        "updated": SortKey((Listing.updated_at, Listing.id)),
        "alert": SortKey((Listing.price_alert, Listing.id)),
    },
    apply_filter=_filter,
    search_fields=(SearchField(Listing.sku_key), SearchField(Listing.title_key)),
)
