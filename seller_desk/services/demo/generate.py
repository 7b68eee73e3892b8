"""Fills an empty shop with the demo: one transaction, streamed in batches, all or nothing."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, date, datetime

import numpy as np
from sqlalchemy import Connection, bindparam, delete, exists, insert, select, update

from seller_desk.domain.errors import KnownError
from seller_desk.domain.settings import SETTINGS_BY_KEY
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.demo import bulk
from seller_desk.services.demo.orders import LINE_COLUMNS, ORDER_COLUMNS, OrderFactory
from seller_desk.services.demo.people import Customers, make_customers
from seller_desk.services.demo.pricing import OrderPricing
from seller_desk.services.demo.rates import DemoRates, check_demo_currency
from seller_desk.services.demo.schedule import Schedule, plan_purchases
from seller_desk.services.demo.storefront import STORES, build_storefront
from seller_desk.services.demo.window import DemoWindow
from seller_desk.services.progress import Job
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
from seller_desk.store.types import DecimalText

PLANNING = QT_TRANSLATE_NOOP("demo", "Planning the demo shop")
CREATING_CUSTOMERS = QT_TRANSLATE_NOOP("demo", "Creating customers")
CREATING_ORDERS = QT_TRANSLATE_NOOP("demo", "Creating orders")
TOTALLING = QT_TRANSLATE_NOOP("demo", "Totalling customers")
INDEXING = QT_TRANSLATE_NOOP("demo", "Building indexes")
SAVING = QT_TRANSLATE_NOOP("demo", "Saving the demo shop")
MAX_BATCH = 20_000


class DemoRefused(KnownError):
    """The demo shop was not made: the shop is not empty, or an option is not one it offers."""


@dataclass(frozen=True)
class DemoSummary:
    """What the demo made, and how long it took."""

    accounts: int
    listings: int
    customers: int
    orders: int
    order_lines: int
    countries: int
    seconds: float


def generate_demo(database: Database, job: Job, *, orders: int = 30_000, seed: int = 7,
                  base_currency: str = "USD", shop_name: str = "Lantern & Loom (demo)",
                  today: date | None = None) -> DemoSummary:
    """Fill an empty shop with stores, listings, customers and `orders` orders over 24 months."""
    started = time.perf_counter()
    base = check_demo_currency(base_currency, DemoRefused, QT_TRANSLATE_NOOP(
        "errors", "The demo shop has no exchange rates for {code}; choose one of: {choices}."))
    name = SETTINGS_BY_KEY["shop_name"].clean(shop_name)
    if orders < 1:
        raise DemoRefused(QT_TRANSLATE_NOOP("errors", "The demo shop needs at least one order."))
    window = DemoWindow(today or datetime.now(UTC).date())
    job.report(0, orders, PLANNING)
    schedule = plan_purchases(window, orders, seed)
    rates = DemoRates(seed, window.months)
    job.check()
    with bulk.bulk_connection(database) as connection, connection.begin():
        _refuse_unless_empty(connection)
        ids = {key: bulk.next_id(connection, model.__table__) for key, model in (
            ("account", MarketplaceAccount), ("listing", Listing), ("offer", ChannelOffer),
            ("customer", Customer), ("order", Order), ("line", OrderLine))}
        store = build_storefront(window, rates, name, seed,
                                 (ids["account"], ids["listing"], ids["offer"]))
        for model, rows in ((MarketplaceAccount, store.accounts), (Listing, store.listings),
                            (ChannelOffer, store.offers)):
            connection.execute(insert(model.__table__), rows)
        dropped = bulk.drop_indexes(
            connection, [Customer.__table__, Order.__table__, OrderLine.__table__])
        binder = bulk.TimestampBinder(connection)
        epoch = int(window.start.timestamp())
        people = _insert_customers(connection, job, schedule, seed, ids, binder, epoch)
        currencies = sorted({*people.currency, *(currency for _, currency, _ in STORES)})
        dialect = connection.dialect
        bind_rate = DecimalText().dialect_impl(dialect).bind_processor(dialect) or (lambda r: r)
        pricing = OrderPricing(rates, base, currencies, [c for _, c, _ in STORES], store.prices,
                               bind_rate)
        factory = OrderFactory(window, schedule, people, store, pricing, seed, ids, binder.bind)
        insert_orders = bulk.table_insert(connection, Order.__table__, ORDER_COLUMNS)
        insert_lines = bulk.table_insert(connection, OrderLine.__table__, LINE_COLUMNS)
        step = min(MAX_BATCH, max(1_000, orders // 50))
        for start in range(0, schedule.orders, step):
            stop = min(start + step, schedule.orders)
            order_rows, line_rows = factory.batch(start, stop)
            insert_orders.run(order_rows)
            insert_lines.run(line_rows)
            del order_rows, line_rows
            job.check()
            job.report(stop, schedule.orders, CREATING_ORDERS)
        job.report(0, 0, TOTALLING)
        _store_totals(connection, factory, ids["customer"], binder)
        job.check()
        with bulk.quick_index_builds(connection):
            for done, index in enumerate(dropped):
                job.report(done, len(dropped), INDEXING)
                bulk.create_index(connection, index)
                job.check()
        bulk.sync_id_sequences(connection, [model.__table__ for model in (
            MarketplaceAccount, Listing, ChannelOffer, Customer, Order, OrderLine)])
        _write_settings(connection, name, base)
        job.report(0, 0, SAVING)
    return DemoSummary(
        accounts=len(store.accounts), listings=len(store.listings), customers=schedule.customers,
        orders=schedule.orders, order_lines=factory.lines_made,
        countries=int(np.unique(schedule.country).size),
        seconds=time.perf_counter() - started,
    )


def _refuse_unless_empty(connection: Connection) -> None:
    for model in (Order, Listing, Customer, MarketplaceAccount):
        if connection.execute(select(exists().where(model.__table__.c.id.is_not(None)))).scalar():
            raise DemoRefused(QT_TRANSLATE_NOOP(
                "errors", "The demo shop only fills an empty shop; this one already has "
                "stores, listings, customers or orders."))


def _insert_customers(connection: Connection, job: Job, schedule: Schedule, seed: int,
                      ids: dict[str, int], binder: bulk.TimestampBinder, epoch: int) -> Customers:
    job.report(0, schedule.customers, CREATING_CUSTOMERS)
    people, details = make_customers(schedule, seed)
    job.check()
    statement = bulk.table_insert(connection, Customer.__table__, (
        "id", "account_id", "name", "name_key", "email", "phone", "phone_key", "country",
        "language", "currency", "city", "postcode", "created_at", "order_count",
        "spent_base_minor", "first_order_at", "last_order_at"))
    first_id, account_id = ids["customer"], ids["account"]
    for start in range(0, len(details), MAX_BATCH):
        stop = min(start + MAX_BATCH, len(details))
        created = binder.bind(schedule.first_seconds[start:stop] + epoch)
        home = people.home[start:stop].tolist()
        statement.run([
            (first_id + number, account_id + home[i], *details[number], created[i], 0, 0,
             None, None)
            for i, number in enumerate(range(start, stop))
        ])
        job.check()
        job.report(stop, len(details), CREATING_CUSTOMERS)
    return people


def _store_totals(connection: Connection, factory: OrderFactory, first_id: int,
                  binder: bulk.TimestampBinder) -> None:
    """Write each customer's counted orders, spend and first/last order, as computed on the way."""
    table = Customer.__table__
    statement = bulk.BulkStatement(connection, update(table).where(
        table.c.id == bindparam("b_id")).values(
        order_count=bindparam("b_count"), spent_base_minor=bindparam("b_spent"),
        first_order_at=bindparam("b_first"), last_order_at=bindparam("b_last"),
    ), ("b_count", "b_spent", "b_first", "b_last", "b_id"))
    buyers = np.flatnonzero(factory.order_count)
    epoch = factory.epoch_start
    for start in range(0, buyers.size, MAX_BATCH):
        chunk = buyers[start:start + MAX_BATCH]
        statement.run(list(zip(
            factory.order_count[chunk].tolist(), factory.spent[chunk].tolist(),
            binder.bind(factory.first_counted[chunk] + epoch),
            binder.bind(factory.last_counted[chunk] + epoch),
            (chunk + first_id).tolist(), strict=True)))


def _write_settings(connection: Connection, name: str, base: str) -> None:
    values = {"shop_name": name, "base_currency": base, "language": "en", "demo_shop": "1"}
    table = Setting.__table__
    connection.execute(delete(table).where(table.c.key.in_(list(values))))
    connection.execute(insert(table), [{"key": k, "value": v} for k, v in values.items()])
