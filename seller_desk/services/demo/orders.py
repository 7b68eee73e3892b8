"""Demo orders and their lines, a batch at a time, with exact money and the customers' totals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.money_arrays import decimal_parts, round_products
from seller_desk.domain.orders import COUNTED_STATUSES
from seller_desk.services.demo.labels import EXPRESS_FROM_G, Labels, OrderCosts
from seller_desk.services.demo.people import Customers
from seller_desk.services.demo.places import COUNTRIES
from seller_desk.services.demo.pricing import OrderPricing
from seller_desk.services.demo.schedule import Schedule
from seller_desk.services.demo.statuses import (
    CANCELLED,
    PARTIAL,
    REFUNDED,
    STATUSES,
    order_fates,
)
from seller_desk.services.demo.storefront import (
    ETSY,
    SHOPIFY,
    WOOCOMMERCE,
    OrderNumbering,
    Storefront,
)
from seller_desk.services.demo.window import DAY_S, DemoWindow

ORDER_COLUMNS = (
    "id", "account_id", "external_id", "number", "number_key", "placed_at", "status",
    "customer_id", "buyer_name", "buyer_name_key", "buyer_email", "ship_country", "ship_address",
    "ship_name", "ship_postcode", "tags", "currency", "subtotal_minor", "shipping_minor",
    "tax_minor", "discount_minor", "total_minor", "base_currency", "rate_to_base",
    "total_base_minor", "refunded_minor", "refunded_base_minor", "is_test", "item_count",
    "marketplace_fee_minor", "payment_fee_minor", "shipping_cost_base_minor", "fees_estimated",
    "updated_at",
)  # in the table's column order: the driver then takes the rows as they are
LINE_COLUMNS = (
    "id", "order_id", "listing_id", "sku", "sku_key", "title", "quantity", "unit_price_minor",
    "total_minor",
)
_LINES_CUMULATIVE = np.array([0.57, 0.85, 0.955, 1.0])  # 1-4 lines, about 1.6 on average
_QUANTITIES = np.array([1, 2, 3, 4, 6])
_QUANTITY_CUMULATIVE = np.array([0.8, 0.93, 0.975, 0.993, 1.0])
_DISCOUNTS = (Decimal(0), Decimal("0.10"), Decimal("0.15"), Decimal("0.20"))
_EURO_ZONE = frozenset({"DE", "FR", "ES", "IT", "NL"})
# The same for every demo order: no separate billing address, made by the demo, no file.
ORDER_CONSTANTS: dict[str, str | int | None] = {
    "billing_address": "", "source": "demo", "source_hash": "",
    # Goods cost and margin start empty: the costing service fills them once the shop is made.
    "cost_base_minor": None, "margin_base_minor": None, "revenue_base_minor": None,
    "marketplace_fee_base_minor": None, "payment_fee_base_minor": None,
    "cost_incomplete": False, "return_cost_base_minor": None,
    # Not synced from a marketplace.
    "shop_currency": "", "shop_total_minor": None, "synced_at": None, "remote_updated_at": None}
LINE_CONSTANTS: dict[str, str | int | None] = {
    "unit_cost_minor": None, "cost_currency": None, "cost_rate": None, "cost_base_minor": None,
    "revenue_base_minor": None, "marketplace_fee_base_minor": None,
    "payment_fee_base_minor": None, "shipping_base_minor": None, "counts_order": False,
    "return_cost_base_minor": None}
# Order tags a seller adds by hand, and how often (the rest have none).
_ORDER_TAGS = ("", "gift wrap", "express", "fragile", "gift wrap, express", "custom message")
_ORDER_TAG_CUMULATIVE = np.cumsum([0.945, 0.025, 0.01, 0.01, 0.003, 0.007])
Row = tuple[Any, ...]


@dataclass
class _Draw:
    """Everything random about one batch of orders, as arrays (lines grouped by order)."""

    seconds: np.ndarray
    customer: np.ndarray
    store: np.ndarray
    currency: np.ndarray
    month: np.ndarray
    country: np.ndarray
    status: np.ndarray
    updated: np.ndarray
    steps: np.ndarray  # seconds of statuses.PLACED..UNDO, -1 for steps not taken
    discount: np.ndarray
    owner: np.ndarray  # per line: its order's position in the batch
    picks: np.ndarray  # per line: listing index
    quantity: np.ndarray


class OrderFactory:
    """Builds order and line rows in time order and keeps every customer's running totals.

    Work is done column by column for a whole batch: numpy for integers (rounding too, in
    exact integer arithmetic), list comprehensions for look-ups.
    """

    def __init__(self, window: DemoWindow, schedule: Schedule, people: Customers,
                 store: Storefront, pricing: OrderPricing, seed: int,
                 first_ids: dict[str, int], bind_times: Callable[[np.ndarray], list[Any]]) -> None:
        self.window, self.schedule, self.people, self.store = window, schedule, people, store
        self.pricing = pricing
        self.rng = np.random.default_rng([seed, 4])
        self.extras = np.random.default_rng([seed, 6])  # what the demo added later: tags
        self.ids = dict(first_ids)
        self.bind_times = bind_times
        self.epoch_start = int(window.start.timestamp())
        currency_index = {code: i for i, code in enumerate(pricing.currencies)}
        self.customer_currency = np.array([currency_index[c] for c in people.currency])
        self.usd, self.eur = currency_index["USD"], currency_index["EUR"]
        self.discount_parts = np.array([decimal_parts(f) for f in _DISCOUNTS]).T
        self.vat_parts = np.array([decimal_parts(Decimal(country.vat or 0))
                                   for country in COUNTRIES]).T
        self.base_digits = minor_digits(pricing.base)
        self.currency_digits = np.array([minor_digits(c) for c in pricing.currencies])
        self.has_vat = np.array([country.vat != "" for country in COUNTRIES])
        self.abroad = np.array([
            [country.code != "US" for country in COUNTRIES],
            [country.code not in _EURO_ZONE for country in COUNTRIES],
            [country.code != "US" for country in COUNTRIES],
        ], dtype=np.int64)
        self.countries = np.array(people.countries, dtype=np.int64)
        self.counted = np.array([status in COUNTED_STATUSES for status in STATUSES])
        self.numbering = OrderNumbering()
        n = schedule.customers
        self.order_count = np.zeros(n, dtype=np.int64)
        self.spent = np.zeros(n, dtype=np.int64)
        self.first_counted = np.full(n, -1, dtype=np.int64)
        self.last_counted = np.full(n, -1, dtype=np.int64)
        self.lines_made = 0
        # Every order's status and last change, for what refers to orders after them.
        self.status = np.zeros(schedule.orders, dtype=np.int8)
        self.updated = np.zeros(schedule.orders, dtype=np.int64)
        as_objects = np.array  # string columns are picked by index arrays in one go
        self.skus = as_objects([product.sku for product in store.products], dtype=object)
        self.sku_keys = as_objects([product.sku.casefold() for product in store.products],
                                   dtype=object)
        self.titles = as_objects([product.title for product in store.products], dtype=object)
        self.grams = np.array([product.weight_grams for product in store.products],
                              dtype=np.int64)
        self.costs = OrderCosts(pricing, ETSY)
        self.names = as_objects(people.names, dtype=object)
        self.name_keys = as_objects(people.name_keys, dtype=object)
        self.emails = as_objects(people.emails, dtype=object)
        self.addresses = as_objects(people.addresses, dtype=object)
        self.postcodes = as_objects(people.postcodes, dtype=object)
        self.order_tags = as_objects(_ORDER_TAGS, dtype=object)
        self.codes = as_objects([country.code for country in COUNTRIES], dtype=object)
        self.currency_codes = as_objects(pricing.currencies, dtype=object)
        self.status_values = as_objects([status.value for status in STATUSES], dtype=object)

    def _draw(self, start: int, stop: int) -> _Draw:
        rng, schedule, size = self.rng, self.schedule, stop - start
        seconds = schedule.seconds[start:stop]
        customer = schedule.customer[start:stop]
        day = seconds // DAY_S
        home = self.people.home[customer]
        first = seconds == schedule.first_seconds[customer]
        moved = rng.random(size) < 0.12
        store = np.where(first | ~moved, home, (home + rng.integers(1, 3, size)) % 3)
        local = rng.random(size) < 0.4
        currency = np.where(
            store == SHOPIFY, np.where(local, self.customer_currency[customer], self.usd),
            np.where(store == WOOCOMMERCE, self.eur, self.usd),
        )
        status, updated, steps = order_fates(rng, seconds, self.window.days * DAY_S)
        owner, picks, quantity = self._lines(store, seconds)
        chance = rng.random(size)
        discount = np.where(self.window.promo[day], np.where(chance < 0.3, 3, 0),
                            np.where(chance < 0.08, 1, np.where(chance < 0.12, 2, 0)))
        return _Draw(seconds, customer, store, currency, self.window.rate_month_of_day[day],
                     self.countries[customer], status, updated, steps, discount, owner, picks,
                     quantity)

    def _lines(self, store: np.ndarray, seconds: np.ndarray) -> tuple[np.ndarray, ...]:
        """For each line: its order, its listing (by popularity in that store) and quantity."""
        rng = self.rng
        lines = np.searchsorted(_LINES_CUMULATIVE, rng.random(store.size), side="right") + 1
        owner = np.repeat(np.arange(store.size), lines)
        era = (seconds >= self.store.retired_at).astype(np.int64)
        line_key = (store * 2 + era)[owner]
        draws = rng.random(owner.size)
        picks = np.empty(owner.size, dtype=np.int64)
        for (shop, shop_era), (chosen, cumulative) in self.store.picks.items():
            mask = line_key == shop * 2 + shop_era
            spot = np.searchsorted(cumulative, draws[mask] * cumulative[-1], side="right")
            picks[mask] = chosen[np.minimum(spot, chosen.size - 1)]
        quantity = _QUANTITIES[np.searchsorted(_QUANTITY_CUMULATIVE, rng.random(owner.size),
                                               side="right")]
        # The same listing twice in one order: keep the first line only.
        by_pick = np.lexsort((picks, owner))
        repeat = np.zeros(owner.size, dtype=bool)
        repeat[by_pick[1:]] = ((owner[by_pick[1:]] == owner[by_pick[:-1]])
                               & (picks[by_pick[1:]] == picks[by_pick[:-1]]))
        keep = ~repeat
        return owner[keep], picks[keep], quantity[keep]

    def batch(self, start: int, stop: int) -> tuple[list[Row], list[Row], np.ndarray]:
        """Rows for orders start..stop of the schedule (ORDER_COLUMNS and LINE_COLUMNS order),
        and when each order took each status step (see _fates)."""
        d = self._draw(start, stop)
        pricing, size = self.pricing, stop - start
        order_ids = np.arange(self.ids["order"], self.ids["order"] + size)
        line_count = d.owner.size
        line_ids = range(self.ids["line"], self.ids["line"] + line_count)
        store_of_line = d.store[d.owner]
        unit = pricing.unit_prices(d.picks, store_of_line, d.currency[d.owner],
                                   d.month[d.owner])
        line_total = unit * d.quantity
        starts = np.flatnonzero(np.r_[True, d.owner[1:] != d.owner[:-1]])
        subtotal = np.add.reduceat(line_total, starts)
        items = np.add.reduceat(d.quantity, starts)
        grams = Labels.parcel_grams(np.add.reduceat(self.grams[d.picks] * d.quantity, starts))
        ship = self._shipping(d, subtotal, grams)
        # round_to_minor(amount x rate) for whole batches, in exact integer arithmetic.
        digits, exponent = self.discount_parts
        discount = np.where(d.discount > 0, round_products(
            subtotal, digits[d.discount], exponent[d.discount]), 0)
        digits, exponent = self.vat_parts
        tax = np.where(self.has_vat[d.country], round_products(
            subtotal - discount + ship, digits[d.country], exponent[d.country]), 0)
        total = subtotal + ship + tax - discount
        total_base, rate_text = self._in_base(total, d)
        refunded, refunded_base = self._refunds(d, total, total_base)
        label = self.costs.label_base(grams, d.country, d.month, d.status != CANCELLED)
        marketplace_fee, payment_fee, estimated = self.costs.fees(d.store, total, tax, items)
        lines = list(zip(
            line_ids, order_ids[d.owner].tolist(), (d.picks + self.ids["listing"]).tolist(),
            self.skus[d.picks].tolist(), self.sku_keys[d.picks].tolist(),
            self.titles[d.picks].tolist(), d.quantity.tolist(), unit.tolist(),
            line_total.tolist(), strict=True))
        externals, numbers, number_keys = self.numbering.take(d.store)
        c = d.customer
        names = self.names[c].tolist()
        orders = list(zip(
            order_ids.tolist(), (d.store + self.ids["account"]).tolist(), externals, numbers,
            number_keys, self.bind_times(d.seconds + self.epoch_start),
            self.status_values[d.status].tolist(), (c + self.ids["customer"]).tolist(),
            names, self.name_keys[c].tolist(), self.emails[c].tolist(),
            self.codes[d.country].tolist(), self.addresses[c].tolist(), *self._delivery(d, names),
            self.currency_codes[d.currency].tolist(), subtotal.tolist(), ship.tolist(),
            tax.tolist(), discount.tolist(), total.tolist(), [pricing.base] * size, rate_text,
            total_base.tolist(), refunded.tolist(), refunded_base.tolist(), [False] * size,
            items.tolist(), marketplace_fee, payment_fee, label.tolist(), estimated,
            self.bind_times(d.updated + self.epoch_start),
            strict=True))
        self.status[start:stop] = d.status
        self.updated[start:stop] = d.updated
        self._count(d, total_base - refunded_base)
        self.ids["order"] += size
        self.ids["line"] += line_count
        self.lines_made += line_count
        return orders, lines, d.steps

    def _shipping(self, d: _Draw, subtotal: np.ndarray, grams: np.ndarray) -> np.ndarray:
        """Shipping charged: by zone for the first kilogram and each one begun after it; free
        from the store's threshold for parcels that go by small-parcel post, and for all of
        them in the Black Friday weekend (when heavy parcels abroad can cost more than they
        make)."""
        first, further, free_from = self.pricing.shipping(
            d.store, self.abroad[d.store, d.country], d.currency, d.month)
        fee = first + further * np.maximum(0, (grams - 1) // 1000)
        light = (grams <= EXPRESS_FROM_G) | self.window.promo[d.seconds // DAY_S]
        return np.where((subtotal >= free_from) & light, 0, fee)

    def _delivery(self, d: _Draw, names: list[str]) -> tuple[list[Any], ...]:
        """Ship-to name and postcode, and tags."""
        tag = np.searchsorted(_ORDER_TAG_CUMULATIVE, self.extras.random(d.customer.size),
                              side="right")
        return (names, self.postcodes[d.customer].tolist(),
                self.order_tags[np.minimum(tag, len(_ORDER_TAGS) - 1)].tolist())

    def _refunds(self, d: _Draw, total: np.ndarray, total_base: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray]:
        """What was given back: all of a refunded order, a tenth to a half of a partly refunded
        one (an item, the postage), in the order's and the base currency alike."""
        share = np.select([d.status == REFUNDED, d.status == PARTIAL],
                          [1.0, self.extras.uniform(0.1, 0.5, d.status.size)], 0.0)
        return (np.rint(total * share).astype(np.int64),
                np.rint(total_base * share).astype(np.int64))

    def _in_base(self, total: np.ndarray, d: _Draw) -> tuple[np.ndarray, list[Any]]:
        """Each total in the base currency at its month's rate, and the rate as bound."""
        digits, exponent, same, bound = self.pricing.base_rates(d.currency, d.month)
        shift = self.base_digits - self.currency_digits[d.currency]
        in_base = np.where(same, total, round_products(total, digits, exponent + shift))
        return in_base, bound.tolist()

    def _count(self, d: _Draw, total_base: np.ndarray) -> None:
        """Add the batch's counted orders to their customers' totals (orders are in time order)."""
        counted = self.counted[d.status]
        who, when = d.customer[counted], d.seconds[counted]
        np.add.at(self.order_count, who, 1)
        np.add.at(self.spent, who, total_base[counted])
        buyers, first = np.unique(who, return_index=True)
        new = self.first_counted[buyers] < 0
        self.first_counted[buyers[new]] = when[first[new]]
        buyers, last = np.unique(who[::-1], return_index=True)
        self.last_counted[buyers] = when[::-1][last]
