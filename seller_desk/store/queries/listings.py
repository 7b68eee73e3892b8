"""The Listings table: sorts, filters and search over SKUs and their channel offers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select

from seller_desk.domain.paging import TableFilter
from seller_desk.store.models import ChannelOffer, Listing
from seller_desk.store.queries.tables import SearchField, SortKey, TableQuery

OFFER_COUNT = (
    select(func.count(ChannelOffer.id))
    .where(ChannelOffer.listing_id == Listing.id)
    .scalar_subquery()
    .label("offer_count")
)

LISTING_COLUMNS = (
    Listing.sku, Listing.title, Listing.cost_currency, Listing.cost_minor,
    Listing.stock_on_hand, OFFER_COUNT, Listing.archived, Listing.updated_at,
)


def _filter(stmt: Select[Any], flt: TableFilter) -> Select[Any]:
    if flt.archived is not None:
        stmt = stmt.where(Listing.archived.is_(flt.archived))
    offers = select(ChannelOffer.listing_id)
    if flt.account_ids:
        offers = offers.where(ChannelOffer.account_id.in_(sorted(flt.account_ids)))
    if flt.currencies:
        offers = offers.where(ChannelOffer.currency.in_(sorted(flt.currencies)))
    if flt.account_ids or flt.currencies:
        stmt = stmt.where(Listing.id.in_(offers))
    return stmt


LISTINGS = TableQuery(
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
    },
    apply_filter=_filter,
    search_fields=(SearchField(Listing.sku_key), SearchField(Listing.title_key)),
)
