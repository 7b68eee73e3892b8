"""Listings as the seller sees them: pages of the Listings table and one listing in full."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from seller_desk.domain.money import Money
from seller_desk.services.listing_editing import ListingEditing
from seller_desk.services.listing_images import ImageView
from seller_desk.services.tables import TableSource
from seller_desk.store.database import Database
from seller_desk.store.models import ChannelOffer, MarketplaceAccount
from seller_desk.store.queries.listings import LISTINGS

__all__ = ["ImageView", "ListingDetail", "ListingRow", "ListingsService", "OfferView"]


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
    price_alert: bool = False
    image: str = ""  # file name of the first picture, in the image folder; "" when none


def _listing_row(
    _base: str, id: int, sku: str, title: str, cost_currency: str, cost: int, stock: int,
    offers: int, archived: bool, updated: datetime, price_alert: bool = False,
    image: str | None = None,
) -> ListingRow:
    return ListingRow(
        id, sku, title, Money(cost, cost_currency), stock, offers, bool(archived), updated,
        bool(price_alert), image or "",
    )


@dataclass(frozen=True)
class OfferView:
    account: str
    marketplace: str
    external_id: str
    title: str
    price: Money
    quantity_buffer: int
    account_id: int = 0
    price_set_at: datetime | None = None
    price_rate: Decimal | None = None

    @property
    def currency(self) -> str:
        return self.price.currency

    @property
    def market(self) -> str:
        """The market as sellers name it: "<account> · <currency>"."""
        return f"{self.account} · {self.price.currency}"


@dataclass(frozen=True)
class ListingDetail:
    row: ListingRow
    description: str
    parent_sku: str
    weight_grams: int
    created_at: datetime
    offers: tuple[OfferView, ...]
    hs_code: str = ""
    origin: str = ""
    tags: str = ""
    images: tuple[ImageView, ...] = ()
    price_alert: bool = False


class ListingsService(ListingEditing):
    """The Listings page's table and detail, and (inherited) the editor's calls."""

    def __init__(self, database: Database, images_dir: Path | None = None) -> None:
        super().__init__(database, images_dir)
        self.table = TableSource(database, LISTINGS, _listing_row)

    def detail(self, listing_id: int) -> ListingDetail:
        with self._db.read_session() as session:
            item = self._listing(session, listing_id)
            offers = session.execute(
                select(ChannelOffer, MarketplaceAccount)
                .join(MarketplaceAccount, ChannelOffer.account_id == MarketplaceAccount.id)
                .where(ChannelOffer.listing_id == listing_id)
                .order_by(MarketplaceAccount.name, ChannelOffer.currency)
            ).all()
            images = self._views(session, listing_id)
            row = _listing_row(
                "", item.id, item.sku, item.title, item.cost_currency, item.cost_minor,
                item.stock_on_hand, len(offers), item.archived, item.updated_at,
                item.price_alert, images[0].file_name if images else "",
            )
            return ListingDetail(
                row, item.description, item.parent_sku, item.weight_grams, item.created_at,
                tuple(
                    OfferView(
                        account.name, account.marketplace, offer.external_id,
                        offer.title_override or item.title,
                        Money(offer.price_minor, offer.currency), offer.quantity_buffer,
                        account.id, offer.price_set_at, offer.price_rate,
                    )
                    for offer, account in offers
                ),
                item.hs_code, item.origin_country, item.tags, images, bool(item.price_alert),
            )
