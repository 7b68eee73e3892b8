"""A small hand-made shop whose figures the tests know by heart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from seller_desk.store.customer_stats import refresh_customer_stats
from seller_desk.store.database import Database
from seller_desk.store.models import (
    ChannelOffer,
    Customer,
    Listing,
    MarketplaceAccount,
    Order,
    OrderLine,
    Setting,
)
from seller_desk.store.types import fold

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Shop:
    shopify: int
    etsy: int
    customers: dict[str, int]
    listings: dict[str, int]
    orders: dict[str, int]


def _order(
    account: int, number: str, days_ago: float, status: str, customer: int | None,
    name: str, email: str, country: str, currency: str, total: int, rate: str,
    lines: list[tuple[int, str, int, int]],
) -> Order:
    placed = NOW - timedelta(days=days_ago)
    base = int((Decimal(total) * Decimal(rate)).to_integral_value())
    order = Order(
        account_id=account, external_id=number, number=number, number_key=fold(number),
        placed_at=placed, status=status, customer_id=customer, buyer_name=name,
        buyer_name_key=fold(name), buyer_email=email, ship_country=country,
        ship_address=f"1 Main St, {country}", currency=currency,
        subtotal_minor=total, total_minor=total, base_currency="USD",
        rate_to_base=Decimal(rate), total_base_minor=base,
        item_count=sum(q for _l, _s, q, _p in lines), updated_at=placed,
    )
    order.lines = [
        OrderLine(listing_id=listing, sku=sku, sku_key=fold(sku), title=sku, quantity=qty,
                  unit_price_minor=price, total_minor=qty * price)
        for listing, sku, qty, price in lines
    ]
    return order


def make_shop(db: Database) -> Shop:
    """3 customers (one never ordered), 2 listings, 6 orders over 70 days, base USD."""
    with db.session() as s:
        s.add_all([Setting(key="shop_name", value="Test Shop"),
                   Setting(key="base_currency", value="USD")])
        shopify = MarketplaceAccount(marketplace="shopify", name="Main Shopify",
                                     currency="USD", created_at=NOW)
        etsy = MarketplaceAccount(marketplace="etsy", name="Etsy Shop", currency="USD",
                                  created_at=NOW)
        s.add_all([shopify, etsy])
        s.flush()
        people = {}
        for key, name, email, country in (
            ("anna", "Anna Müller", "anna@example.de", "DE"),
            ("bob", "Bob Smith", "bob@example.com", "US"),
            ("chen", "陈静", "chen@example.cn", "CN"),
        ):
            c = Customer(account_id=shopify.id, name=name, name_key=fold(name), email=email,
                         phone="+49 30 1234567" if key == "anna" else "",
                         phone_key="49301234567" if key == "anna" else "",
                         country=country, language="de" if key == "anna" else "en",
                         currency="EUR" if key == "anna" else "USD", created_at=NOW)
            s.add(c)
            s.flush()
            people[key] = c.id
        lamp = Listing(sku="LAMP-RED", sku_key="lamp-red", title="Red paper lamp",
                       title_key="red paper lamp", cost_minor=1500, cost_currency="CNY",
                       stock_on_hand=12, created_at=NOW, updated_at=NOW)
        mug = Listing(sku="MUG-01", sku_key="mug-01", title="Celadon mug", title_key="celadon mug",
                      cost_minor=2200, cost_currency="CNY", stock_on_hand=0, created_at=NOW,
                      updated_at=NOW)
        s.add_all([lamp, mug])
        s.flush()
        s.add(ChannelOffer(listing_id=lamp.id, account_id=shopify.id, price_minor=1999,
                           currency="USD"))
        a, b = people["anna"], people["bob"]
        orders = [
            # current 30 days: anna (returning: first order 62 days ago), bob new
            _order(shopify.id, "#1001", 62, "delivered", a, "Anna Müller", "anna@example.de",
                   "DE", "EUR", 4000, "1.1", [(lamp.id, "LAMP-RED", 2, 2000)]),
            _order(shopify.id, "#1002", 10, "shipped", a, "Anna Müller", "anna@example.de",
                   "DE", "EUR", 2000, "1.1", [(mug.id, "MUG-01", 1, 2000)]),
            _order(etsy.id, "E-2001", 5, "paid", b, "Bob Smith", "bob@example.com", "US",
                   "USD", 5000, "1", [(lamp.id, "LAMP-RED", 1, 2000), (mug.id, "MUG-01", 1, 3000)]),
            _order(etsy.id, "E-2002", 3, "cancelled", b, "Bob Smith", "bob@example.com", "US",
                   "USD", 9999, "1", [(lamp.id, "LAMP-RED", 5, 1999)]),
            _order(shopify.id, "#1003", 45, "refunded", b, "Bob Smith", "bob@example.com", "US",
                   "USD", 1000, "1", [(mug.id, "MUG-01", 1, 1000)]),
            _order(shopify.id, "#1004", 40, "delivered", None, "Guest Buyer", "guest@example.jp",
                   "JP", "JPY", 3000, "0.0066", [(lamp.id, "LAMP-RED", 1, 3000)]),
        ]
        s.add_all(orders)
        s.flush()
        refresh_customer_stats(s)
        return Shop(shopify.id, etsy.id, people, {"lamp": lamp.id, "mug": mug.id},
                    {o.number: o.id for o in orders})
