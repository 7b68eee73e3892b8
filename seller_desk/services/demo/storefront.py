"""The demo shop's three stores, its listings and stock, and each store's offers and prices."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

import numpy as np

from seller_desk.domain.orders import MARKETPLACE_LABELS, Marketplace
from seller_desk.services.demo.catalog import HANDMADE, DemoListing, product_range
from seller_desk.services.demo.markets import ETSY, SHOPIFY, STORES, WOOCOMMERCE
from seller_desk.services.demo.offers import OfferMaker, Offers, make_offers
from seller_desk.services.demo.rates import DemoRates
from seller_desk.services.demo.window import DAY_S, DemoWindow

__all__ = ["ETSY", "SHOPIFY", "STORES", "WOOCOMMERCE", "OrderNumbering", "Storefront",
           "build_storefront"]


@dataclass(frozen=True)
class Storefront:
    """Rows for accounts, listings and offers, and what orders need to pick listings."""

    accounts: list[dict[str, object]]
    listings: list[dict[str, object]]
    offers: list[dict[str, object]]
    products: list[DemoListing]
    prices: Offers  # each offer's price before VAT, by (listing, store, currency)
    # Per store and era (before / after the archived listings were retired): listings and
    # their cumulative popularity, for drawing order lines.
    picks: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]]
    retired_at: int  # seconds into the window when archived listings stopped selling


def _account_name(shop_name: str, marketplace: Marketplace) -> str:
    label = MARKETPLACE_LABELS[marketplace]
    return f"{shop_name[: 77 - len(label)]} – {label}"


def build_storefront(window: DemoWindow, rates: DemoRates, shop_name: str, seed: int,
                     first_ids: tuple[int, int, int]) -> Storefront:
    """Accounts, listings and offers with ids from `first_ids` (account, listing, offer)."""
    rnd = random.Random(seed * 7919 + 5)
    account_id, listing_id, offer_id = first_ids
    opened = window.start - timedelta(days=40)
    accounts = [
        {"id": account_id + i, "marketplace": market.value,
         "name": _account_name(shop_name, market), "store_url": url, "currency": currency,
         "created_at": opened + timedelta(days=7 * i)}
        for i, (market, currency, url) in enumerate(STORES)
    ]
    products = product_range(rnd)
    retired_at = (window.days // 2) * DAY_S
    archived = set(rnd.sample(range(len(products)), k=max(1, len(products) // 20)))
    listings = []
    for index, product in enumerate(products):
        created = window.start - timedelta(days=rnd.randint(10, 90), seconds=rnd.randrange(DAY_S))
        gone = index in archived
        draw = rnd.random()
        stock = (0 if gone or draw < 0.04 else rnd.randint(1, 5) if draw < 0.10
                 else rnd.randint(8, 400))
        updated = (window.start + timedelta(seconds=retired_at) if gone else
                   window.end - timedelta(days=rnd.randint(1, 60), seconds=rnd.randrange(DAY_S)))
        listings.append({
            "id": listing_id + index, "sku": product.sku, "sku_key": product.sku.casefold(),
            "title": product.title, "title_key": product.title.casefold(),
            "description": product.description, "parent_sku": product.parent_sku,
            "cost_minor": product.cost_minor, "cost_currency": "CNY",
            "weight_grams": product.weight_grams, "stock_on_hand": stock,
            "hs_code": product.hs_code, "origin_country": "CN", "tags": product.tags,
            "price_alert": False, "archived": gone,
            "created_at": created, "updated_at": max(updated, created),
        })
    stores = [_stores(product, rnd) for product in products]
    maker = OfferMaker(window, rates, random.Random(seed * 7919 + 6))
    offers = make_offers(products, stores, maker, listing_id, account_id, offer_id)
    popularity = _popularity(products, rnd)
    picks = {}
    for store in range(len(STORES)):
        for era in (0, 1):
            chosen = np.array([i for i in range(len(products)) if store in stores[i]
                               and not (era and i in archived)], dtype=np.int64)
            picks[(store, era)] = (chosen, np.cumsum(popularity[chosen]))
    return Storefront(accounts, listings, offers.rows, products, offers, picks, retired_at)


def _stores(product: DemoListing, rnd: random.Random) -> list[int]:
    """Where a product sells: nearly everything on Shopify, handmade looks on Etsy."""
    handmade = product.family in HANDMADE
    chances = (0.95, 0.55, 0.85 if handmade else 0.3)
    return [store for store, chance in enumerate(chances) if rnd.random() < chance] or [SHOPIFY]


def _popularity(products: list[DemoListing], rnd: random.Random) -> np.ndarray:
    """A long tail: a few bestsellers (lanterns and scarves sell best) and many slow movers."""
    ranks = list(range(len(products)))
    rnd.shuffle(ranks)
    weights = 1.0 / (np.array(ranks, dtype=np.float64) + 4.0) ** 0.9
    boost = np.array([1.8 if p.family in ("LNT", "SCF", "TEA") else 1.0 for p in products])
    return weights * boost


class OrderNumbering:
    """Each store's order ids and numbers, counting up in its marketplace's own style."""

    def __init__(self) -> None:
        self.sequence = [0] * len(STORES)

    def take(self, store: np.ndarray) -> tuple[list[str], list[str], list[str]]:
        """(external id, order number, its search key) for orders placed in `store` order."""
        externals: list[str] = [""] * store.size
        numbers: list[str] = [""] * store.size
        keys: list[str] = [""] * store.size
        for shop in (SHOPIFY, WOOCOMMERCE, ETSY):
            where = np.flatnonzero(store == shop).tolist()
            first = self.sequence[shop]
            self.sequence[shop] = first + len(where)
            for at, sequence in zip(where, range(first, first + len(where)), strict=True):
                if shop == SHOPIFY:
                    externals[at] = str(5_100_000_000_000 + sequence * 1009)
                    numbers[at] = keys[at] = f"#{1001 + sequence}"
                elif shop == ETSY:
                    receipt = str(2_219_000_000 + sequence * 37)
                    externals[at], numbers[at], keys[at] = receipt, f"ETSY-{receipt}", \
                        f"etsy-{receipt}"
                else:
                    externals[at] = str(10_000_000 + sequence * 3)
                    numbers[at], keys[at] = f"WC-{3001 + sequence}", f"wc-{3001 + sequence}"
        return externals, numbers, keys
