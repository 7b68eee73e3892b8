"""A shop whose customers are the same people on several marketplaces, for merges and privacy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from seller_desk.store.customer_stats import refresh_customer_stats
from seller_desk.store.database import Database
from seller_desk.store.models import (
    Base,
    Complaint,
    Customer,
    CustomerIdentity,
    CustomerMerge,
    Feedback,
    FollowUp,
    LoyaltyEntry,
    MarketplaceAccount,
    MergeMove,
    Note,
    NoteRevision,
    Order,
    OrderLine,
    Setting,
)
from seller_desk.store.people import add_customer
from seller_desk.store.types import fold
from tests.factories import NOW

# Every table a customer's data lives in, for before/after comparisons.
PERSONAL_TABLES: tuple[type[Base], ...] = (
    Customer, CustomerIdentity, Order, OrderLine, Note, NoteRevision, FollowUp, Feedback,
    Complaint, LoyaltyEntry,
)


@dataclass(frozen=True)
class People:
    shopify: int
    etsy: int
    ids: dict[str, int]
    orders: dict[str, int]


# key: (account, name, email, phone, country, postcode, city, language, orders as (number, total))
PEOPLE = {
    "anna": ("shopify", "Anna Müller", "Anna.Mueller@mail.de", "+49 30 1234567", "DE", "10115",
             "", "de", (("S-1", 4000), ("S-2", 2500))),
    "anna_etsy": ("etsy", "anna müller", "anna.mueller@mail.de", "", "DE", "", "Berlin", "",
                  (("E-1", 1200),)),
    "anna_phone": ("etsy", "A. Müller", "", "030 1234567", "DE", "", "", "", ()),
    "jean": ("shopify", "Jean Dupont", "", "", "FR", "75001", "Paris", "fr", (("S-3", 900),)),
    "jean_etsy": ("etsy", "Dupont Jean", "jd@orange.fr", "", "FR", "75 001", "", "",
                  (("E-2", 3100), ("E-3", 700))),
    "smith": ("shopify", "Smith", "", "", "GB", "SW1A 1AA", "", "", ()),
    "smith_etsy": ("etsy", "Smith", "", "", "GB", "SW1A 1AA", "", "", ()),
    "hidden": ("etsy", "L***a", "li.na@gmail.com", "", "CN", "", "", "", (("E-4", 500),)),
    "li": ("shopify", "Li Na", "li.na@gmail.com", "", "CN", "", "", "zh", ()),
}


def make_people(db: Database) -> People:
    """Nine customers on two stores: three records of Anna (email, phone), two of Jean (name and
    postcode), two single-name Smiths (never a match), and Li with a masked twin."""
    with db.session() as s:
        s.add(Setting(key="base_currency", value="USD"))
        accounts = {
            "shopify": MarketplaceAccount(marketplace="shopify", name="Main Shopify",
                                          currency="USD", created_at=NOW),
            "etsy": MarketplaceAccount(marketplace="etsy", name="Etsy Shop", currency="USD",
                                       created_at=NOW),
        }
        s.add_all(accounts.values())
        s.flush()
        ids, orders = {}, {}
        for day, (key, spec) in enumerate(PEOPLE.items()):
            account, name, email, phone, country, postcode, city, language, bought = spec
            customer = add_customer(
                s, account_id=accounts[account].id, created_at=NOW - timedelta(days=90 - day),
                name=name, email=email, phone=phone, country=country, postcode=postcode,
                city=city, language=language, currency="USD")
            ids[key] = customer.id
            s.add(CustomerIdentity(customer_id=customer.id, account_id=accounts[account].id,
                                   external_id=f"buyer-{key}", email=customer.email,
                                   name=customer.name, created_at=NOW))
            for n, (number, total) in enumerate(bought):
                order = Order(
                    account_id=accounts[account].id, external_id=number, number=number,
                    number_key=fold(number), placed_at=NOW - timedelta(days=30 - day - n),
                    status="paid", customer_id=customer.id, buyer_name=customer.name,
                    buyer_name_key=customer.name_key, buyer_email=customer.email,
                    ship_country=country, ship_address=f"{n + 1} Main St", ship_name=name,
                    ship_postcode=postcode, billing_address="Billing 1", source="import",
                    currency="USD", subtotal_minor=total, total_minor=total,
                    base_currency="USD", rate_to_base=Decimal(1), total_base_minor=total,
                    item_count=1, updated_at=NOW,
                    lines=[OrderLine(sku="LAMP", sku_key="lamp", title="Lamp", quantity=1,
                                     unit_price_minor=total, total_minor=total)])
                s.add(order)
                s.flush()
                orders[number] = order.id
        refresh_customer_stats(s)
        return People(accounts["shopify"].id, accounts["etsy"].id, ids, orders)


def table_rows(db: Database, *models: type[Base]) -> dict[str, list[tuple]]:
    """Every row of `models` (all personal tables by default), ordered by id."""
    with db.engine.connect() as c:
        return {
            model.__tablename__: [tuple(r) for r in c.execute(
                select(model.__table__).order_by(*model.__table__.primary_key.columns))]
            for model in models or PERSONAL_TABLES
        }


def merge_rows(db: Database) -> tuple[list[tuple], list[tuple]]:
    rows = table_rows(db, CustomerMerge, MergeMove)
    return rows["customer_merges"], rows["merge_moves"]
