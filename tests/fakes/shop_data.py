"""A remote store's orders and products, the same for every marketplace fake: each fake renders
them in its own API's shape. Generated from a seed, so a test knows exactly what is remote."""

from __future__ import annotations

import bisect
import random
import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

COUNTRIES = ("US", "GB", "DE", "FR", "AU", "CA", "JP", "NL")
CURRENCY_OF = {"US": "USD", "GB": "GBP", "DE": "EUR", "FR": "EUR", "AU": "AUD", "CA": "CAD",
               "JP": "JPY", "NL": "EUR"}
# Shop currency per unit of the buyer's currency (a fixed book, so totals are reproducible).
RATE_TO_USD = {"USD": Decimal(1), "GBP": Decimal("1.27"), "EUR": Decimal("1.08"),
               "AUD": Decimal("0.66"), "CAD": Decimal("0.73"), "JPY": Decimal("0.0067")}
CARRIERS = (("China Post", "RR{:08d}CN"), ("UPS", "1Z999AA1{:010d}"), ("DHL", "{:010d}"))
STATUSES = ("paid", "paid", "shipped", "shipped", "shipped", "delivered", "pending",
            "cancelled", "partially_refunded", "refunded")
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


@dataclass
class FakeLine:
    line_id: int
    sku: str
    title: str
    quantity: int
    price: Decimal  # unit price in the order's (presentment) currency, major units


@dataclass
class FakeRefund:
    refund_id: int
    created: datetime
    amount: Decimal  # positive, presentment currency
    reason: str
    lines: list[tuple[int, int]]  # (line_id, quantity)


@dataclass
class FakeFulfillment:
    fulfillment_id: int
    created: datetime
    carrier: str
    number: str
    lines: list[tuple[int, int]]


@dataclass
class FakeOrder:
    """One order. `status` is neutral (see STATUSES); each fake maps it to its own words.
    `customer_id` None is a guest; `email`/`name` None is masked by the marketplace."""

    order_id: int
    number: int
    created: datetime
    updated: datetime
    currency: str  # what the buyer paid in
    shop_currency: str
    status: str
    customer_id: int | None
    email: str | None
    first_name: str | None
    last_name: str | None
    country: str
    city: str
    postcode: str
    address1: str
    lines: list[FakeLine]
    shipping: Decimal
    tax: Decimal
    discount: Decimal = Decimal(0)
    refunds: list[FakeRefund] = field(default_factory=list)
    fulfillments: list[FakeFulfillment] = field(default_factory=list)
    test: bool = False

    @property
    def subtotal(self) -> Decimal:
        return sum((line.price * line.quantity for line in self.lines), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.shipping + self.tax - self.discount

    @property
    def shop_total(self) -> Decimal:
        """The total in the shop's currency, at two decimals."""
        rate = RATE_TO_USD[self.currency] / RATE_TO_USD[self.shop_currency]
        return (self.total * rate).quantize(Decimal("0.01"))

    def money(self, amount: Decimal) -> str:
        """`amount` as APIs write it: 2 decimals, none for JPY."""
        return str(amount.quantize(Decimal(1) if self.currency == "JPY" else Decimal("0.01")))


@dataclass
class FakeVariant:
    variant_id: int
    product_id: int
    sku: str
    title: str
    price: Decimal
    stock: int
    currency: str
    updated: datetime = START


class FakeShop:
    """`orders` orders placed a few minutes apart from START, each updated some hours later;
    `products` products of two variants. Every `masked_every`-th order hides its buyer (no
    email, no name) and every `guest_every`-th has no customer id."""

    def __init__(self, orders: int = 0, *, products: int = 5, seed: int = 7,
                 shop_currency: str = "USD", masked_every: int = 9, guest_every: int = 7,
                 single_currency: bool = False) -> None:
        self.shop_currency = shop_currency
        self.lock = threading.RLock()
        self.variants = [self._variant(i) for i in range(products * 2)]
        self._random = random.Random(seed)
        self.masked_every = masked_every
        self.guest_every = guest_every
        self.single_currency = single_currency
        self._orders: list[FakeOrder] = []
        self._keys: list[tuple[datetime, int]] = []
        self._next_id = 5_801_234_567_001
        for index in range(orders):
            self._add(self._make(index))

    # --- reading ---
    def count(self) -> int:
        return len(self._orders)

    def orders(self) -> list[FakeOrder]:
        """Every order, in updated-at order (then id)."""
        with self.lock:
            return list(self._orders)

    def updated_since(self, since: datetime | None, until: datetime | None = None
                      ) -> list[FakeOrder]:
        """The orders updated at or after `since` (and before `until`), in updated-at order."""
        with self.lock:
            start = 0 if since is None else bisect.bisect_left(self._keys, (since, -1))
            end = len(self._keys) if until is None else bisect.bisect_left(self._keys,
                                                                           (until, -1))
            return self._orders[start:end]

    def get(self, order_id: int) -> FakeOrder | None:
        with self.lock:
            return next((o for o in self._orders if o.order_id == order_id), None)

    def variant(self, variant_id: int) -> FakeVariant | None:
        return next((v for v in self.variants if v.variant_id == variant_id), None)

    # --- changing, as the merchant or buyers would on the marketplace ---
    def add(self, at: datetime | None = None) -> FakeOrder:
        """A new order placed (and updated) at `at`, default a minute after the newest."""
        with self.lock:
            order = self._make(len(self._orders))
            if at is not None:
                order = replace(order, created=at, updated=at)
            self._add(order)
            return order

    def touch(self, order_id: int, at: datetime, **changes: object) -> FakeOrder:
        """Change an order (e.g. status="refunded"); its updated-at becomes `at`."""
        with self.lock:
            old = self.get(order_id)
            assert old is not None, order_id
            index = self._orders.index(old)
            del self._orders[index], self._keys[index]
            order = replace(old, updated=at, **changes)  # type: ignore[arg-type]
            self._add(order)
            return order

    def newest_update(self) -> datetime:
        with self.lock:
            return self._keys[-1][0] if self._keys else START

    # --- making ---
    def _add(self, order: FakeOrder) -> None:
        key = (order.updated, order.order_id)
        at = bisect.bisect_left(self._keys, key)
        self._keys.insert(at, key)
        self._orders.insert(at, order)

    def _variant(self, index: int) -> FakeVariant:
        product = index // 2
        size = "SM"[index % 2]
        return FakeVariant(
            variant_id=44_000_000_000_001 + index, product_id=9_000_000_000_001 + product,
            sku=f"MUG-{product:03d}-{size}", title=f"Ceramic mug {product} / {size}",
            price=Decimal("24.95") + product, stock=10 + index, currency=self.shop_currency)

    def _make(self, index: int) -> FakeOrder:
        r = self._random
        order_id = self._next_id
        self._next_id += 1 + r.randrange(3)
        created = START + timedelta(minutes=7 * index)
        country = COUNTRIES[index % len(COUNTRIES)]
        currency = self.shop_currency if self.single_currency else CURRENCY_OF[country]
        lines = []
        for n in range(1 + index % 3):
            variant = self.variants[(index + n) % len(self.variants)] if self.variants else None
            sku = variant.sku if variant else f"SKU-{n}"
            price = Decimal(100 * (3 + (index + n) % 40)) if currency == "JPY" else \
                Decimal(f"{9 + (index * 7 + n) % 50}.{(index * 13) % 100:02d}")
            lines.append(FakeLine(14_000_000_000_001 + index * 4 + n, sku,
                                  variant.title if variant else f"Item {n}", 1 + n % 2, price))
        status = STATUSES[index % len(STATUSES)]
        masked = self.masked_every and index % self.masked_every == self.masked_every - 1
        guest = self.guest_every and index % self.guest_every == self.guest_every - 1
        buyer = index % max(1, 3 * len(COUNTRIES) + 1)  # buyers come back
        order = FakeOrder(
            order_id=order_id, number=1001 + index, created=created,
            updated=created + timedelta(hours=1 + index % 30), currency=currency,
            shop_currency=self.shop_currency, status=status,
            customer_id=None if guest else 7_001_122_334_000 + buyer,
            email=None if masked else f"buyer{buyer}@example.com",
            first_name=None if masked else f"Buyer{buyer}",
            last_name=None if masked else "Example",
            country=country, city="Springfield", postcode=f"{10000 + buyer}",
            address1=f"{buyer} Main Street", lines=lines,
            shipping=Decimal(0) if currency == "JPY" else Decimal("4.90"),
            tax=Decimal(0), test=index % 97 == 96)
        if status in {"shipped", "delivered", "partially_refunded", "refunded"}:
            name, pattern = CARRIERS[index % len(CARRIERS)]
            order.fulfillments.append(FakeFulfillment(
                4_400_000_000_001 + index, created + timedelta(hours=20), name,
                pattern.format(index), [(line.line_id, line.quantity) for line in lines]))
        if status in {"partially_refunded", "refunded"}:
            first = lines[0]
            amount = order.total if status == "refunded" else first.price
            order.refunds.append(FakeRefund(
                9_300_000_000_001 + index, order.updated, amount, "damaged",
                [(first.line_id, first.quantity if status == "refunded" else 1)]))
        return order
