"""Listings as the seller sees them: pages of the Listings table and one listing in full."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from seller_desk.domain.errors import NotFoundError
from seller_desk.domain.money import Money
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.tables import TableSource
from seller_desk.store.database import Database
from seller_desk.store.models import ChannelOffer, Listing, MarketplaceAccount
from seller_desk.store.queries.listings import LISTINGS


@dataclass(frozen=True)
class ListingRow:
    id: int
    sku: str
    title: str
    cost: Money
    stock: int
    offers: int
    archived: bool
    updated_at: datetime


def _listing_row(
    _base: str, id: int, sku: str, title: str, cost_currency: str, cost: int, stock: int,
    offers: int, archived: bool, updated: datetime,
) -> ListingRow:
    return ListingRow(
        id, sku, title, Money(cost, cost_currency), stock, offers, bool(archived), updated
    )


@dataclass(frozen=True)
class OfferView:
    account: str
    marketplace: str
    external_id: str
    title: str
    price: Money
    quantity_buffer: int


@dataclass(frozen=True)
class ListingDetail:
    row: ListingRow
    description: str
    parent_sku: str
    weight_grams: int
    created_at: datetime
    offers: tuple[OfferView, ...]


class ListingsService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self.table = TableSource(database, LISTINGS, _listing_row)

    def detail(self, listing_id: int) -> ListingDetail:
        with self._db.read_session() as session:
            item = session.get(Listing, listing_id)
            if item is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "Listing {id} no longer exists."), id=listing_id
                )
            offers = session.execute(
                select(ChannelOffer, MarketplaceAccount)
                .join(MarketplaceAccount, ChannelOffer.account_id == MarketplaceAccount.id)
                .where(ChannelOffer.listing_id == listing_id)
                .order_by(MarketplaceAccount.name)
            ).all()
            row = _listing_row(
                "", item.id, item.sku, item.title, item.cost_currency, item.cost_minor,
                item.stock_on_hand, len(offers), item.archived, item.updated_at,
            )
            return ListingDetail(
                row, item.description, item.parent_sku, item.weight_grams, item.created_at,
                tuple(
                    OfferView(
                        account.name, account.marketplace, offer.external_id,
                        offer.title_override or item.title,
                        Money(offer.price_minor, offer.currency), offer.quantity_buffer,
                    )
                    for offer, account in offers
                ),
            )
