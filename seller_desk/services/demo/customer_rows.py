"""Writes the demo customers with their store identities, and later their running totals."""

from __future__ import annotations

import numpy as np
from sqlalchemy import Boolean, Connection, bindparam, false, func, or_, select, update

from seller_desk.services.demo import bulk
from seller_desk.services.demo.people import Customers
from seller_desk.services.demo.places import COUNTRIES
from seller_desk.services.demo.profiles import Profiles
from seller_desk.services.demo.schedule import Schedule
from seller_desk.services.progress import Job
from seller_desk.store.models import Customer, CustomerIdentity

MAX_BATCH = 20_000
CUSTOMER_COLUMNS = (
    "id", "account_id", "name", "name_key", "email", "phone", "phone_key", "country",
    "language", "currency", "city", "postcode", "created_at", "tags", "marketing_consent",
    "consent_changed_at", "masked", "merged_into_id", "erased_at", "email_key", "phone_match",
    "name_postcode_key", "order_count", "spent_base_minor", "first_order_at", "last_order_at",
)
# What the demo's phone numbers hold besides digits; the search key keeps the digits only.
_NOT_DIGITS = str.maketrans("", "", " +()-")
IDENTITY_COLUMNS = ("id", "customer_id", "account_id", "external_id", "email", "name",
                    "created_at")


def insert_customers(connection: Connection, job: Job, text: str, people: Customers,
                     profiles: Profiles, schedule: Schedule, ids: dict[str, int],
                     binder: bulk.TimestampBinder, epoch: int) -> None:
    """Customers (totals zero until the orders are in) and each one's identity at its store."""
    n = schedule.customers
    customers = bulk.table_insert(connection, Customer.__table__, CUSTOMER_COLUMNS)
    identities = bulk.table_insert(connection, CustomerIdentity.__table__, IDENTITY_COLUMNS)
    first_id, account_id, identity_id = ids["customer"], ids["account"], ids["identity"]
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
            [phone.translate(_NOT_DIGITS) for phone in phones],
            [codes[c] for c in people.countries[span]], people.languages[span],
            people.currency[span], people.cities[span], people.postcodes[span], created,
            profiles.tags[span], profiles.consent[span],
            [at if s >= 0 else None for at, s in zip(changed, changed_seconds.tolist(),
                                                      strict=True)],
            [masked_values[m] for m in keys.masked[span]], [None] * (stop - start),
            [None] * (stop - start), keys.email[span], keys.phone[span],
            keys.name_postcode[span], [0] * (stop - start), [0] * (stop - start),
            [None] * (stop - start), [None] * (stop - start), strict=True)))
        identities.run(list(zip(
            range(identity_id + start, identity_id + stop), customer_ids, accounts,
            profiles.external_ids[span], emails, names, created, strict=True)))
        job.check()
        job.report(stop, n, text)


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


def count_look_alikes(connection: Connection) -> int:
    """Customers the merge suggestions would offer: live, unmasked, sharing a match key."""
    c = Customer.__table__.c
    live = c.merged_into_id.is_(None) & (c.masked == false())
    shared = [key.in_(select(key).where(live, key != "").group_by(key)
                      .having(func.count() > 1))
              for key in (c.email_key, c.phone_match, c.name_postcode_key)]
    return int(connection.execute(select(func.count()).where(live, or_(*shared))).scalar_one())
