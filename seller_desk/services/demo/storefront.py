"""The demo shop's three stores, its listings and stock, and each store's offers and prices."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import numpy as np

from seller_desk.domain.orders import MARKETPLACE_LABELS, Marketplace
from seller_desk.services.demo.catalog import HANDMADE, DemoListing, product_range
from seller_desk.services.demo.pricing import charm_price, major
from seller_desk.services.demo.rates import DemoRates
from seller_desk.services.demo.window import DAY_S, DemoWindow

# (marketplace, currency, store address); order numbers follow each marketplace's style.
STORES: tuple[tuple[Marketplace, str, str], ...] = (
    (Marketplace.SHOPIFY, "USD", "https://lantern-and-loom.myshopify.example"),
    (Marketplace.WOOCOMMERCE, "EUR", "https://lantern-and-loom.example/shop"),
    (Marketplace.ETSY, "USD", "https://etsy.example/shop/LanternAndLoomDemo"),
)
SHOPIFY, WOOCOMMERCE, ETSY = 0, 1, 2


@dataclass(frozen=True)
class Storefront:
    """Rows for accounts, listings and offers, and what orders need to pick listings."""

    accounts: list[dict[str, object]]
    listings: list[dict[str, object]]
    offers: list[dict[str, object]]
    products: list[DemoListing]
    prices: dict[tuple[int, int], tuple[int, str]]  # (listing, store) -> (price minor, currency)
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
            "weight_grams": product.weight_grams, "stock_on_hand": stock, "archived": gone,
            "created_at": created, "updated_at": max(updated, created),
        })
    offers, prices = _offers(products, rates, rnd, listing_id, account_id, offer_id)
    popularity = _popularity(products, rnd)
    picks = {}
    for store in range(len(STORES)):
        for era in (0, 1):
            chosen = np.array([i for i in range(len(products)) if (i, store) in prices
                               and not (era and i in archived)], dtype=np.int64)
            picks[(store, era)] = (chosen, np.cumsum(popularity[chosen]))
    return Storefront(accounts, listings, offers, products, prices, picks, retired_at)


def _offers(products: list[DemoListing], rates: DemoRates, rnd: random.Random, listing_id: int,
            account_id: int, offer_id: int
            ) -> tuple[list[dict[str, object]], dict[tuple[int, int], tuple[int, str]]]:
    offers: list[dict[str, object]] = []
    prices: dict[tuple[int, int], tuple[int, str]] = {}
    for index, product in enumerate(products):
        handmade = product.family in HANDMADE
        chances = (0.95, 0.55, 0.85 if handmade else 0.3)
        stores = [store for store, chance in enumerate(chances) if rnd.random() < chance]
        for store in stores or [SHOPIFY]:
            currency = STORES[store][1]
            markup = Decimal(rnd.randint(250, 400)) / 100
            cost = major(product.cost_minor, "CNY") * rates.cross("CNY", currency, 0)
            price = charm_price(cost * markup, currency)
            prices[(index, store)] = (price, currency)
            variant = 44_000_000_000_000 + (offer_id + len(offers)) * 7919
            external = (f"{variant}" if store == SHOPIFY
                        else f"{1200 + index}" if store == WOOCOMMERCE
                        else f"{1_480_000_000 + index * 104_729}")
            offers.append({
                "id": offer_id + len(offers), "listing_id": listing_id + index,
                "account_id": account_id + store, "external_id": external, "title_override": "",
                "price_minor": price, "currency": currency, "quantity_buffer": rnd.randint(0, 2),
            })
    return offers, prices


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
