"""Writes the demo customers with their store identities, and later their running totals."""

from __future__ import annotations

import numpy as np
from sqlalchemy import (
    BigInteger,
    Boolean,
    Connection,
    String,
    bindparam,
    case,
    cast,
    insert,
    literal,
    select,
    update,
)

from seller_desk.services.demo import bulk
from seller_desk.services.demo.people import Customers
from seller_desk.services.demo.places import COUNTRIES
from seller_desk.services.demo.profiles import Profiles
from seller_desk.services.demo.schedule import Schedule
from seller_desk.services.demo.storefront import ETSY, SHOPIFY
from seller_desk.services.progress import Job
from seller_desk.store.models import Customer, CustomerIdentity

MAX_BATCH = 20_000
CUSTOMER_COLUMNS = (
    "id", "account_id", "name", "name_key", "email", "phone", "phone_key", "country",
    "language", "currency", "city", "postcode", "created_at", "tags", "marketing_consent",
    "consent_changed_at", "masked", "email_key", "phone_match", "name_postcode_key",
)  # in the table's column order: the driver then takes the rows as they are
# The same for every new customer; the totals are written once the orders are in.
CUSTOMER_CONSTANTS: dict[str, str | int | None] = {
    "merged_into_id": None, "erased_at": None, "order_count": 0, "spent_base_minor": 0,
    "first_order_at": None, "last_order_at": None}
IDENTITY_COLUMNS = ("id", "customer_id", "account_id", "external_id", "email", "name",
                    "created_at")


def insert_customers(connection: Connection, job: Job, text: str, people: Customers,
                     profiles: Profiles, schedule: Schedule, ids: dict[str, int],
                     binder: bulk.TimestampBinder, epoch: int) -> None:
    """Customers (totals zero until the orders are in) and each one's identity at its store."""
    n = schedule.customers
    customers = bulk.table_insert(connection, Customer.__table__, CUSTOMER_COLUMNS,
                                  CUSTOMER_CONSTANTS)
    first_id, account_id = ids["customer"], ids["account"]
    codes = [country.code for country in COUNTRIES]
    keys = profiles.keys
    masked_values = bulk.bound_values(connection, Boolean(), [False, True])
    for start in range(0, n, MAX_BATCH):
        stop = min(start + MAX_BATCH, n)
        span = slice(start, stop)
        customer_ids = range(first_id + start, first_id + stop)
        accounts = (people.home[span] + account_id).tolist()
        created = binder.bind(schedule.first_seconds[span] + epoch)
        changed_seconds = profiles.consent_seconds[span]
        changed = binder.bind(np.maximum(changed_seconds, 0) + epoch)
        names, emails, phones = people.names[span], people.emails[span], people.phones[span]
        customers.run(list(zip(
            customer_ids, accounts, names, [name.casefold() for name in names], emails, phones,
            [_digits(phone) for phone in phones],
            [codes[c] for c in people.countries[span]], people.languages[span],
            people.currency[span], people.cities[span], people.postcodes[span], created,
            profiles.tags[span], profiles.consent[span],
            [at if s >= 0 else None for at, s in zip(changed, changed_seconds.tolist(),
                                                      strict=True)],
            [masked_values[m] for m in keys.masked[span]], keys.email[span], keys.phone[span],
            keys.name_postcode[span], strict=True)))
        job.check()
        job.report(stop, n, text)
    _insert_identities(connection, first_id, account_id, ids["identity"])


def _insert_identities(connection: Connection, first_customer: int, first_account: int,
                       first_identity: int) -> None:
    """Each customer as its first store knows it, with a buyer id in that store's style:
    Shopify's 13 digits, Etsy's 9, WooCommerce user ids, and its guests by e-mail only."""
    c = Customer.__table__.c
    number = cast(c.id, BigInteger)
    external = case(
        (c.account_id == first_account + SHOPIFY, cast(number * 2089 + 7_104_000_000_000, String)),
        (c.account_id == first_account + ETSY, cast(number * 1291 + 412_000_000, String)),
        ((c.email != "") & ((number * 13) % 20 < 7), literal("email:") + c.email),
        else_=cast(number + 10_001, String))
    connection.execute(insert(CustomerIdentity.__table__).from_select(
        list(IDENTITY_COLUMNS),
        select(c.id + (first_identity - first_customer), c.id, c.account_id, external, c.email,
               c.name, c.created_at).where(c.id >= first_customer)))


def _digits(phone: str) -> str:
    """The phone search key: digits only ("+49 151 …" is the common, quick case)."""
    quick = phone.replace(" ", "").replace("+", "")
    return quick if quick.isdigit() or not quick else "".join(c for c in quick if c.isdigit())


def store_totals(connection: Connection, order_count: np.ndarray, spent: np.ndarray,
                 first_counted: np.ndarray, last_counted: np.ndarray, first_id: int,
                 binder: bulk.TimestampBinder, epoch: int) -> None:
    """Write each customer's counted orders, spend and first/last order, as computed on the way."""
    table = Customer.__table__
    statement = bulk.BulkStatement(connection, update(table).where(
        table.c.id == bindparam("b_id")).values(
        order_count=bindparam("b_count"), spent_base_minor=bindparam("b_spent"),
        first_order_at=bindparam("b_first"), last_order_at=bindparam("b_last"),
    ), ("b_count", "b_spent", "b_first", "b_last", "b_id"))
    buyers = np.flatnonzero(order_count)
    for start in range(0, buyers.size, MAX_BATCH):
        chunk = buyers[start:start + MAX_BATCH]
        statement.run(list(zip(
            order_count[chunk].tolist(), spent[chunk].tolist(),
            binder.bind(first_counted[chunk] + epoch), binder.bind(last_counted[chunk] + epoch),
            (chunk + first_id).tolist(), strict=True)))
