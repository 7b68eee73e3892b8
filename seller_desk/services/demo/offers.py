"""Each listing's offers in its stores' markets, priced by the market's rule on the day set."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from seller_desk.domain.money import round_to_minor
from seller_desk.domain.pricing import RulePricer
from seller_desk.services.demo.catalog import DemoListing
from seller_desk.services.demo.markets import (
    MARKETS,
    SHOPIFY,
    WOOCOMMERCE,
    DemoMarket,
    major,
    net_price,
    pricer,
)
from seller_desk.services.demo.rates import DemoRates, ten_digits
from seller_desk.services.demo.window import DAY_S, DemoWindow

# When a market's prices were last set, in days before the window ends, and how many offers
# were set then: most in the last repricing, some not touched for months.
_SET_DAYS = (9, 68, 187, 402)
_SET_SHARES = (0.45, 0.25, 0.2, 0.1)
_HEAVY_G = 1000  # a variant this heavy whose price was copied from a light one loses money
Key = tuple[int, int, str]  # (listing index, store, currency)


@dataclass
class Offers:
    """Offer rows, and each offer's price before VAT (what an order line shows)."""

    rows: list[dict[str, object]] = field(default_factory=list)
    net: dict[Key, int] = field(default_factory=dict)
    shelf: dict[Key, int] = field(default_factory=dict)


class OfferMaker:
    """Prices offers as the seller's last repricing of each market left them."""

    def __init__(self, window: DemoWindow, rates: DemoRates, rnd: random.Random) -> None:
        self.window, self.rates, self.rnd = window, rates, rnd
        self.pricers = {(m.store, m.currency): pricer(m) for m in MARKETS}
        self.markets = {(m.store, m.currency): m for m in MARKETS}
        self.last_month = rates.months - 1

    def set_at(self, days_ago: int) -> datetime:
        """A repricing morning `days_ago` days before the window's end."""
        return self.window.end - timedelta(days=days_ago, seconds=DAY_S - 8 * 3600
                                           - self.rnd.randrange(3 * 3600))

    def month_of(self, moment: datetime) -> int:
        day = (moment - self.window.start).days
        return int(self.window.rate_month_of_day[min(max(day, 0), self.window.days - 1)])

    def price_rate(self, currency: str, month: int) -> Decimal:
        """Units of `currency` per yuan (the listings' cost currency) in `month`."""
        return ten_digits(self.rates.cross("CNY", currency, month))

    def shelf(self, product: DemoListing, market: DemoMarket, month: int) -> int:
        """The rule's shelf price for the product's cost at `month`'s rate."""
        rate = self.price_rate(market.currency, month)
        cost = round_to_minor(major(product.cost_minor, "CNY") * rate, market.currency)
        price_for: RulePricer = self.pricers[(market.store, market.currency)]
        shelf = price_for.quote(cost).shelf_minor
        # Now and then the seller rounded a price up by hand.
        return price_for.ending.above(shelf) if self.rnd.random() < 0.1 else shelf


def make_offers(products: list[DemoListing], stores: list[list[int]], maker: OfferMaker,
                listing_id: int, account_id: int, offer_id: int) -> Offers:
    """Offers of every product in every market of its stores (`stores[i]`): Shopify sells in
    each of its currencies, WooCommerce in euros, Etsy in dollars."""
    made = Offers()
    rnd = maker.rnd
    dates = {market: [maker.set_at(days) for days in _SET_DAYS] for market in maker.markets}
    for index, product in enumerate(products):
        buffer = rnd.randint(0, 2)
        for store in stores[index]:
            external = (f"{44_000_000_000_000 + (listing_id + index) * 7919}" if store == SHOPIFY
                        else f"{1200 + index}" if store == WOOCOMMERCE
                        else f"{1_480_000_000 + index * 104_729}")
            for market in MARKETS:
                if market.store != store:
                    continue
                when = rnd.choices(dates[(store, market.currency)], _SET_SHARES)[0]
                month = maker.month_of(when)
                shelf = maker.shelf(product, market, month)
                key = (index, store, market.currency)
                made.net[key], made.shelf[key] = net_price(shelf, market), shelf
                made.rows.append({
                    "id": offer_id + len(made.rows), "listing_id": listing_id + index,
                    "account_id": account_id + store, "external_id": external,
                    "title_override": "", "price_minor": shelf, "currency": market.currency,
                    "quantity_buffer": buffer, "price_set_at": when,
                    "price_rate": maker.price_rate(market.currency, month),
                })
    _misprice(products, made, maker, dates)
    return made


def _misprice(products: list[DemoListing], made: Offers, maker: OfferMaker,
              dates: dict[tuple[int, str], list[datetime]]) -> None:
    """Two heavy variants priced like their lightest sibling (a copied price): one in the
    main dollar market, one in the Shopify market whose rate moved most since it was set.
    Each of their orders loses money, and the second one's rate move shows in the alerts."""
    first = {key: i for i, key in enumerate(made.net)}
    moves = []
    for market in MARKETS:
        if market.store != SHOPIFY or market.main:
            continue
        for when in dates[(market.store, market.currency)]:
            then = maker.rates.cross("CNY", market.currency, maker.month_of(when))
            now = maker.rates.cross("CNY", market.currency, maker.last_month)
            moves.append((abs(now / then - 1), market.currency, when))
    _, moved, moved_at = max(moves)
    used: set[str] = set()
    for currency, when in (("USD", None), (moved, moved_at)):
        candidates = []
        for index, product in enumerate(products):
            key = (index, SHOPIFY, currency)
            if (key not in made.net or product.weight_grams < _HEAVY_G
                    or product.family in used):
                continue
            siblings = [i for i, p in enumerate(products) if p.parent_sku == product.parent_sku
                        and p.parent_sku and (i, SHOPIFY, currency) in made.net]
            lightest = min(siblings, key=lambda i: products[i].weight_grams)
            if products[lightest].weight_grams < product.weight_grams:
                candidates.append((index, lightest))
        if not candidates:
            continue
        index, lightest = maker.rnd.choice(candidates)
        used.add(products[index].family)
        key, market = (index, SHOPIFY, currency), maker.markets[(SHOPIFY, currency)]
        shelf = made.shelf[(lightest, SHOPIFY, currency)]
        made.net[key], made.shelf[key] = net_price(shelf, market), shelf
        row = made.rows[first[key]]
        row["price_minor"] = shelf
        if when is not None:
            row["price_set_at"] = when
            row["price_rate"] = maker.price_rate(currency, maker.month_of(when))
