"""Fills an empty shop with the demo: one transaction, streamed in batches, all or nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import Connection, Date, delete, exists, insert, select

from seller_desk.domain.errors import KnownError
from seller_desk.domain.settings import SETTINGS_BY_KEY
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.demo import bulk
from seller_desk.services.demo.customer_rows import insert_customers, store_totals
from seller_desk.services.demo.desk import Desk
from seller_desk.services.demo.feedback import make_complaints, make_feedback
from seller_desk.services.demo.lookalikes import plant_look_alikes
from seller_desk.services.demo.markets import MARKETS, rule_rows
from seller_desk.services.demo.notes import make_follow_ups, make_notes
from seller_desk.services.demo.orders import (
    LINE_COLUMNS,
    LINE_CONSTANTS,
    ORDER_COLUMNS,
    ORDER_CONSTANTS,
    OrderFactory,
)
from seller_desk.services.demo.people import make_customers
from seller_desk.services.demo.pricing import OrderPricing
from seller_desk.services.demo.profiles import look_alike_count, make_profiles
from seller_desk.services.demo.rates import (
    RATE_COLUMNS,
    DemoRates,
    RateBinders,
    check_demo_currency,
)
from seller_desk.services.demo.returns import make_returns
from seller_desk.services.demo.schedule import plan_purchases
from seller_desk.services.demo.shipments import make_shipments
from seller_desk.services.demo.statuses import StatusHistory
from seller_desk.services.demo.storefront import STORES, build_storefront
from seller_desk.services.demo.window import DemoWindow
from seller_desk.services.progress import Job
from seller_desk.store.database import Database
from seller_desk.store.models import (
    ChannelOffer,
    Complaint,
    Customer,
    CustomerIdentity,
    ExchangeRate,
    Feedback,
    FollowUp,
    Listing,
    MarketplaceAccount,
    Note,
    NoteRevision,
    Order,
    OrderLine,
    OrderStatusChange,
    PriceRule,
    Setting,
    Shipment,
    ShipmentEvent,
    ShipmentLine,
)
from seller_desk.store.types import DecimalText, UTCDateTime

PLANNING = QT_TRANSLATE_NOOP("demo", "Planning the demo shop")
CREATING_CUSTOMERS = QT_TRANSLATE_NOOP("demo", "Creating customers")
CREATING_ORDERS = QT_TRANSLATE_NOOP("demo", "Creating orders")
TOTALLING = QT_TRANSLATE_NOOP("demo", "Totalling customers")
WRITING_NOTES = QT_TRANSLATE_NOOP("demo", "Writing notes and feedback")
INDEXING = QT_TRANSLATE_NOOP("demo", "Building indexes")
SAVING = QT_TRANSLATE_NOOP("demo", "Saving the demo shop")
COSTING = QT_TRANSLATE_NOOP("demo", "Working out each order's profit")
CHECKING_PRICES = QT_TRANSLATE_NOOP("demo", "Checking prices against today's rates")
MAX_BATCH = 20_000
# Tables the demo fills, in the order ids are taken; their id sequences move past the demo's.
_TABLES = {"account": MarketplaceAccount, "listing": Listing, "offer": ChannelOffer,
           "rule": PriceRule, "rate": ExchangeRate, "customer": Customer,
           "identity": CustomerIdentity, "order": Order,
           "line": OrderLine, "change": OrderStatusChange, "note": Note,
           "revision": NoteRevision, "follow_up": FollowUp, "feedback": Feedback,
           "complaint": Complaint, "shipment": Shipment, "shipment_line": ShipmentLine,
           "shipment_event": ShipmentEvent}


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
    notes: int
    follow_ups: int
    feedback: int
    complaints: int
    duplicate_people: int  # customers the merge suggestions offer to merge
    seconds: float
    return_requests: int = 0
    shipments: int = 0


def generate_demo(database: Database, job: Job, *, orders: int = 30_000, seed: int = 7,
                  base_currency: str = "USD", shop_name: str = "Lantern & Loom (demo)",
                  today: date | None = None) -> DemoSummary:
    """Fill an empty shop with stores, listings, customers and `orders` orders over 24 months,
    with the notes, follow-ups, feedback and complaints of a shop that has been busy; its
    markets' price rules and offers, and the exchange rates of every business day."""
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
        ids = {key: bulk.next_id(connection, model.__table__) for key, model in _TABLES.items()}
        store = build_storefront(window, rates, name, seed,
                                 (ids["account"], ids["listing"], ids["offer"]))
        rules = rule_rows(ids["rule"], ids["account"], window.end - timedelta(days=9))
        for model, rows in ((MarketplaceAccount, store.accounts), (Listing, store.listings),
                            (ChannelOffer, store.offers), (PriceRule, rules)):
            connection.execute(insert(model.__table__), rows)
        bind_rate = bulk.binder(connection, DecimalText())
        _store_rates(connection, rates, window, ids["rate"], bind_rate)
        # Status changes and identities arrive in the order of their indexes, which are
        # cheaper kept current on the way than sorted afterwards.
        dropped = bulk.drop_indexes(
            connection, [Customer.__table__, Order.__table__, OrderLine.__table__])
        binder = bulk.TimestampBinder(connection)
        epoch = int(window.start.timestamp())
        job.report(0, schedule.customers, CREATING_CUSTOMERS)
        people = make_customers(schedule, seed)
        look_alikes = plant_look_alikes(people, seed)
        profiles = make_profiles(people, schedule, window, seed, look_alikes.special())
        job.check()
        insert_customers(connection, job, CREATING_CUSTOMERS, people, profiles, schedule, ids,
                         binder, epoch)
        currencies = sorted({*people.currency, *(market.currency for market in MARKETS),
                             "CNY"})
        pricing = OrderPricing(rates, base, currencies, [c for _, c, _ in STORES], store.prices,
                               bind_rate)
        factory = OrderFactory(window, schedule, people, store, pricing, seed, ids, binder.bind)
        history = StatusHistory(connection, schedule.seconds, window.days,
                                (ids["order"], ids["change"]), binder.bind, seed)
        insert_orders = bulk.table_insert(connection, Order.__table__, ORDER_COLUMNS,
                                          ORDER_CONSTANTS)
        insert_lines = bulk.table_insert(connection, OrderLine.__table__, LINE_COLUMNS,
                                         LINE_CONSTANTS)
        step = min(MAX_BATCH, max(1_000, orders // 50))
        for start in range(0, schedule.orders, step):
            stop = min(start + step, schedule.orders)
            order_rows, line_rows, steps = factory.batch(start, stop)
            insert_orders.run(order_rows)
            insert_lines.run(line_rows)
            del order_rows, line_rows
            history.write(start, np.arange(ids["order"] + start, ids["order"] + stop),
                          factory.status[start:stop], steps, epoch)
            job.check()
            job.report(stop, schedule.orders, CREATING_ORDERS)
        history.finish()
        job.report(0, 0, TOTALLING)
        store_totals(connection, factory.order_count, factory.spent, factory.first_counted,
                     factory.last_counted, ids["customer"], binder, epoch)
        job.check()
        job.report(0, 0, WRITING_NOTES)
        desk = Desk(window, schedule, people, factory.status, factory.updated, ids["order"],
                    ids["customer"])
        written = _write_desk(connection, desk, seed, ids)
        job.check()
        with bulk.quick_index_builds(connection):
            for done, index in enumerate(dropped):
                job.report(done, len(dropped), INDEXING)
                bulk.create_index(connection, index)
                job.check()
        # After the indexes: returns read their orders' lines by order and by listing.
        returns = make_returns(connection, job, desk, store, ids["listing"], base, seed, binder)
        job.check()
        shipments = make_shipments(connection, job, desk, seed, binder)
        job.check()
        bulk.sync_id_sequences(connection, [model.__table__ for model in _TABLES.values()])
        _write_settings(connection, name, base)
        job.report(0, 0, SAVING)
    _cost_and_check_prices(database, job, window.today)
    return DemoSummary(
        accounts=len(store.accounts), listings=len(store.listings), customers=schedule.customers,
        orders=schedule.orders, order_lines=factory.lines_made,
        countries=int(np.unique(schedule.country).size), notes=written["notes"],
        follow_ups=written["follow_ups"], feedback=written["feedback"],
        complaints=written["complaints"], duplicate_people=look_alike_count(profiles.keys),
        seconds=time.perf_counter() - started, return_requests=returns, shipments=shipments,
    )


def _cost_and_check_prices(database: Database, job: Job, today: date) -> None:
    """Each order's profit and the listings whose prices a rate move hurt, as the window
    would work them out. The shop is saved by now, so this step is not cancelled half way:
    the window finishes whatever is left in the background anyway."""
    from seller_desk.services.pricing import PricingService
    from seller_desk.services.profit import ProfitService

    ProfitService(database).cost_orders(Job(lambda done, total, _text: job.report(
        done, total, COSTING)))
    job.report(0, 0, CHECKING_PRICES)
    PricingService(database, today=lambda: today).refresh_alerts()


def _store_rates(connection: Connection, rates: DemoRates, window: DemoWindow, first_id: int,
                 bind_rate: Callable[[Decimal], Any]) -> None:
    """The demo's rates for every business day up to the window's last day, as if fetched."""
    binders = RateBinders(bulk.binder(connection, Date()), bind_rate,
                          bulk.binder(connection, UTCDateTime()))
    last_day = window.today - timedelta(days=1)
    rows = rates.stored_rows(window.first_day, last_day, window.month_of_date, first_id, binders)
    bulk.table_insert(connection, ExchangeRate.__table__, RATE_COLUMNS).run(rows)


def _write_desk(connection: Connection, desk: Desk, seed: int, ids: dict[str, int]
                ) -> dict[str, int]:
    """Notes, follow-ups, feedback and complaints; how many of each."""
    rng = np.random.default_rng([seed, 11])
    notes, revisions = make_notes(desk, rng, ids["note"])
    made = {"notes": notes, "revisions": revisions, "follow_ups": make_follow_ups(desk, rng),
            "feedback": make_feedback(desk, rng), "complaints": make_complaints(desk, rng)}
    for key, model in (("notes", Note), ("revisions", NoteRevision), ("follow_ups", FollowUp),
                       ("feedback", Feedback), ("complaints", Complaint)):
        if made[key]:
            connection.execute(insert(model.__table__), made[key])
    return {key: len(rows) for key, rows in made.items()}


def _refuse_unless_empty(connection: Connection) -> None:
    for model in (Order, Listing, Customer, MarketplaceAccount):
        if connection.execute(select(exists().where(model.__table__.c.id.is_not(None)))).scalar():
            raise DemoRefused(QT_TRANSLATE_NOOP(
                "errors", "The demo shop only fills an empty shop; this one already has "
                "stores, listings, customers or orders."))


def _write_settings(connection: Connection, name: str, base: str) -> None:
    values = {"shop_name": name, "base_currency": base, "language": "en", "demo_shop": "1"}
    table = Setting.__table__
    connection.execute(delete(table).where(table.c.key.in_(list(values))))
    connection.execute(insert(table), [{"key": k, "value": v} for k, v in values.items()])
