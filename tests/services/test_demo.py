"""The demo shop generator: a realistic, consistent, deterministic shop, made all or nothing."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from sqlalchemy import func, insert, inspect, select

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.money import round_to_minor
from seller_desk.domain.order_rules import NEXT_STATUSES
from seller_desk.domain.orders import Marketplace, OrderStatus
from seller_desk.services.demo import DemoRefused, DemoSummary, generate_demo
from seller_desk.services.demo.statuses import HISTORY_DAYS
from seller_desk.services.progress import Cancelled, Job
from seller_desk.store.counted import counted_order, net_base_value
from seller_desk.store.customer_stats import refresh_customer_stats
from seller_desk.store.database import Database
from seller_desk.store.migrate import upgrade
from seller_desk.store.models import (
    Base,
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
)

TODAY = date(2025, 11, 24)
DEMO_TABLES = (MarketplaceAccount, Listing, ChannelOffer, PriceRule, ExchangeRate, Customer,
               CustomerIdentity, Order, OrderLine, OrderStatusChange, Note, NoteRevision,
               FollowUp, Feedback, Complaint, Setting)


def make(database: Database, orders: int = 4000, **options: object) -> DemoSummary:
    options.setdefault("today", TODAY)
    return generate_demo(database, Job(), orders=orders, **options)  # type: ignore[arg-type]


def rows(database: Database, model: type[Base]) -> list:
    table = model.__table__
    with database.engine.connect() as connection:
        return connection.execute(select(table).order_by(*table.primary_key.columns)).all()


def digest(database: Database) -> str:
    """A fingerprint of every demo row, the same on SQLite and PostgreSQL for the same content."""
    hasher = hashlib.sha256()
    for model in DEMO_TABLES:
        for row in rows(database, model):
            hasher.update(repr(tuple(
                value.isoformat() if isinstance(value, datetime) else value for value in row
            )).encode())
    return hasher.hexdigest()


def fresh(tmp_path, name: str) -> Database:
    db = Database.open(str(tmp_path / f"{name}.sqlite3"))
    upgrade(db, None)
    return db


def test_demo_shop_is_a_realistic_cross_border_shop(database):
    summary = make(database, 5000)
    assert (summary.accounts, summary.orders) == (3, 5000)
    assert 190 <= summary.listings <= 210
    assert summary.orders / 5.5 < summary.customers < summary.orders / 3
    assert summary.countries >= 15
    assert 1.45 < summary.order_lines / summary.orders < 1.75

    # The stores; replacements for returns go out from "Manual orders", as the window sends them.
    accounts = [a for a in rows(database, MarketplaceAccount)
                if a.marketplace != Marketplace.MANUAL]
    assert [(a.marketplace, a.currency) for a in accounts] == [
        (Marketplace.SHOPIFY, "USD"), (Marketplace.WOOCOMMERCE, "EUR"), (Marketplace.ETSY, "USD")]
    settings = {row.key: row.value for row in rows(database, Setting)}
    assert settings == {"shop_name": "Lantern & Loom (demo)", "base_currency": "USD",
                        "language": "en", "demo_shop": "1"}

    listings = rows(database, Listing)
    assert len(listings) == summary.listings
    assert {listing.cost_currency for listing in listings} == {"CNY"}
    assert all(listing.cost_minor > 0 and listing.weight_grams > 0 for listing in listings)
    assert all(listing.sku_key == listing.sku.casefold() for listing in listings)
    assert all(listing.title_key == listing.title.casefold() for listing in listings)
    assert "LNT-RED-L" in {listing.sku for listing in listings}
    assert sum(listing.archived for listing in listings) >= 5
    assert sum(listing.stock_on_hand == 0 for listing in listings) >= 5
    assert sum(0 < listing.stock_on_hand <= 5 for listing in listings) >= 5
    assert len({listing.parent_sku for listing in listings if listing.parent_sku}) >= 20

    offers = rows(database, ChannelOffer)
    per_listing = Counter(offer.listing_id for offer in offers)
    assert set(per_listing) == {listing.id for listing in listings}
    # Shopify sells in six currencies, WooCommerce and Etsy in one each.
    assert set(per_listing.values()) <= {1, 2, 6, 7, 8} and max(per_listing.values()) == 8
    markets = {(a.id, c) for a, currencies in zip(accounts, (
        ("USD", "GBP", "EUR", "CAD", "AUD", "JPY"), ("EUR",), ("USD",)), strict=True)
        for c in currencies}
    assert {(offer.account_id, offer.currency) for offer in offers} == markets
    for offer in offers:
        assert offer.price_minor % (10 if offer.currency == "JPY" else 100) == (
            0 if offer.currency == "JPY" else 99)

    customers = rows(database, Customer)
    assert len(customers) == summary.customers
    assert len({c.country for c in customers}) >= 15
    assert len({c.currency for c in customers}) >= 12
    assert {"en", "de", "fr", "ja", "zh_CN", "zh_TW", "ko"} <= {c.language for c in customers}
    # Unique but for the few people the demo deliberately shows on two stores (merge suggestions).
    assert len({c.email for c in customers}) >= len(customers) * 0.98
    assert all(c.email == c.email.lower() for c in customers)
    assert all(c.name_key == c.name.casefold() for c in customers)
    assert all(c.phone_key.isdigit() for c in customers if c.phone)  # some typed nationally
    assert all(c.phone_key == "".join(ch for ch in c.phone if ch.isdigit()) for c in customers)
    assert all(c.city for c in customers)
    assert any("\u4e00" <= ch <= "\u9fff" for c in customers for ch in c.name)  # Chinese script
    assert any("\uac00" <= ch <= "\ud7a3" for c in customers for ch in c.name)  # Hangul

    orders = rows(database, Order)
    start = datetime.combine(date(2023, 11, 24), datetime.min.time(), UTC)
    end = datetime.combine(TODAY, datetime.min.time(), UTC)
    assert all(start <= o.placed_at < end and o.placed_at.tzinfo is not None for o in orders)
    assert all(o.placed_at <= o.updated_at <= end for o in orders)
    sales = [o for o in orders if not o.is_test]  # replacements for returns come after them
    assert [o.placed_at for o in sales] == sorted(o.placed_at for o in sales)
    currencies = Counter(o.currency for o in orders)
    assert len(currencies) >= 8
    by_store = defaultdict(set)
    for o in orders:
        by_store[o.account_id].add(o.currency)
    shopify, woo, etsy = (a.id for a in accounts)
    assert by_store[woo] == {"EUR"} and by_store[etsy] == {"USD"} and len(by_store[shopify]) >= 8
    first = {}
    for o in orders:
        first.setdefault(o.customer_id, o.account_id)
    assert all(first[c.id] == c.account_id for c in customers)
    assert {o.customer_id for o in orders} == {c.id for c in customers}
    numbers = {a.id: [o.number for o in orders if o.account_id == a.id] for a in accounts}
    assert numbers[shopify][:2] == ["#1001", "#1002"]
    assert all(n.startswith("WC-") for n in numbers[woo])
    assert all(n.startswith("ETSY-2219") for n in numbers[etsy])
    assert all(o.number_key == o.number.casefold() for o in orders)
    assert all(o.buyer_name_key == o.buyer_name.casefold() for o in orders)
    by_id = {c.id: c for c in customers}
    assert all((o.buyer_name, o.buyer_email, o.ship_country) == (
        by_id[o.customer_id].name, by_id[o.customer_id].email, by_id[o.customer_id].country)
        for o in orders)

    statuses = Counter(o.status for o in orders)
    assert statuses.most_common(1)[0][0] == "delivered"
    # Returns refund an item or two of about one delivered order in thirty: partly refunded.
    for status, share in (("cancelled", 0.02), ("refunded", 0.02), ("partially_refunded", 0.025)):
        assert share / 2 < statuses[status] / len(orders) < share * 2
    assert all(end - o.placed_at < timedelta(days=2) for o in orders if o.status == "pending")
    assert all(end - o.placed_at < timedelta(days=40) for o in orders
               if o.status in ("paid", "shipped"))
    with_vat = {"DE", "FR", "ES", "IT", "NL", "PL", "SE", "GB", "AU"}  # Australia's GST too
    assert all((o.tax_minor > 0) == (o.ship_country in with_vat) for o in orders
               if o.subtotal_minor)
    assert 0.05 < sum(o.discount_minor > 0 for o in orders) / len(orders) < 0.3


def test_amounts_add_up_in_minor_units_of_each_currency(database):
    make(database, 3000, base_currency="eur")
    orders = rows(database, Order)
    lines = defaultdict(list)
    for line in rows(database, OrderLine):
        lines[line.order_id].append(line)
    assert {o.base_currency for o in orders} == {"EUR"}
    for o in orders:
        assert all(type(v) is int for v in (o.subtotal_minor, o.total_minor, o.total_base_minor))
        assert o.total_minor == o.subtotal_minor + o.shipping_minor + o.tax_minor - o.discount_minor
        assert 1 <= len(lines[o.id]) <= 4
        assert o.subtotal_minor == sum(line.total_minor for line in lines[o.id])
        assert o.item_count == sum(line.quantity for line in lines[o.id])
        assert all(line.total_minor == line.quantity * line.unit_price_minor
                   for line in lines[o.id])
        assert isinstance(o.rate_to_base, Decimal)
        assert len(o.rate_to_base.as_tuple().digits) <= 10
        amount = Decimal(o.total_minor).scaleb(-minor_digits(o.currency))
        assert o.total_base_minor == round_to_minor(amount * o.rate_to_base, "EUR")
        if o.currency == "EUR":
            assert o.rate_to_base == 1 and o.total_base_minor == o.total_minor


def test_yen_and_won_have_no_minor_unit(database):
    make(database, 5000)
    listings = {listing.id: listing for listing in rows(database, Listing)}
    usd_price = {offer.listing_id: offer.price_minor for offer in rows(database, ChannelOffer)
                 if offer.currency == "USD"}
    orders = {o.id: o for o in rows(database, Order) if o.currency in ("JPY", "KRW")}
    assert {o.currency for o in orders.values()} == {"JPY", "KRW"}
    for line in rows(database, OrderLine):
        order = orders.get(line.order_id)
        if order is None or line.listing_id not in usd_price:
            continue
        # A $20 lantern is about ¥3,000 (not ¥300,000), about ₩27,000: whole units, no cents.
        in_usd = Decimal(line.unit_price_minor) * order.rate_to_base * 100
        assert usd_price[line.listing_id] / 2 < in_usd < usd_price[line.listing_id] * 2, (
            listings[line.listing_id].sku, order.currency, line.unit_price_minor)


def test_customer_totals_equal_what_refresh_customer_stats_computes(database):
    make(database, 3000)
    columns = (Customer.id, Customer.order_count, Customer.spent_base_minor,
               Customer.first_order_at, Customer.last_order_at)
    with database.session() as session:
        made = session.execute(select(*columns).order_by(Customer.id)).all()
        refresh_customer_stats(session)
        session.flush()
        refreshed = session.execute(select(*columns).order_by(Customer.id)).all()
        session.rollback()
    assert made == refreshed
    with database.session() as session:
        total = session.scalar(select(func.sum(net_base_value())).where(*counted_order()))
        refunded = session.scalar(select(func.sum(Order.refunded_base_minor))
                                  .where(Order.status == "partially_refunded"))
        assert refunded > 0  # partial refunds carry their amount and lower the spend
        assert session.scalar(select(func.sum(Customer.spent_base_minor))) == total
        assert session.scalar(select(func.count()).where(Customer.order_count == 0)) < len(made)


def test_some_customers_come_back_and_cohorts_fade(database):
    make(database, 5000)
    orders = rows(database, Order)
    per_customer = Counter(o.customer_id for o in orders)
    counts = Counter(per_customer.values())
    customers = len(per_customer)
    assert counts[1] / customers > 0.4
    assert counts[1] == max(counts.values())
    assert sum(n for k, n in counts.items() if k >= 5) / customers > 0.05

    def month(moment: datetime) -> int:
        return moment.year * 12 + moment.month

    months = defaultdict(set)
    first = {}
    for o in orders:
        first.setdefault(o.customer_id, month(o.placed_at))
        months[o.customer_id].add(month(o.placed_at))
    last_month = month(datetime.combine(TODAY, datetime.min.time()))
    old = [c for c, m in first.items() if m <= last_month - 4]
    back = {k: sum(first[c] + k in months[c] for c in old) / len(old) for k in (1, 3)}
    assert back[1] > back[3] > 0


def test_orders_peak_before_christmas(database):
    make(database, 5000)
    per_month = Counter((o.placed_at.year, o.placed_at.month) for o in rows(database, Order))
    full = {key: n for key, n in per_month.items() if key not in ((2023, 11), (2025, 11))}
    average = sum(full.values()) / len(full)
    holiday = [full[(2024, 11)], full[(2024, 12)]]
    assert min(holiday) > average
    assert full[(2024, 12)] > full[(2025, 1)] and full[(2024, 12)] > full[(2024, 7)]


def test_same_seed_same_shop_and_another_seed_another(database, tmp_path):
    make(database, 1500, seed=11)
    again = fresh(tmp_path, "again")
    other = fresh(tmp_path, "other")
    try:
        make(again, 1500, seed=11)
        make(other, 1500, seed=12)
        assert digest(database) == digest(again)
        assert digest(database) != digest(other)
    finally:
        again.close()
        other.close()


def test_refuses_a_shop_that_is_not_empty(database):
    now = datetime.now(UTC)
    with database.session() as session:
        session.execute(insert(Listing.__table__), [{
            "sku": "MINE-1", "sku_key": "mine-1", "title": "Mine", "title_key": "mine",
            "description": "", "parent_sku": "", "cost_minor": 100, "cost_currency": "CNY",
            "weight_grams": 1, "stock_on_hand": 1, "archived": False, "created_at": now,
            "updated_at": now}])
    with pytest.raises(DemoRefused, match="only fills an empty shop") as caught:
        make(database, 500)
    assert caught.value.message.startswith("The demo shop only fills")
    assert len(rows(database, Listing)) == 1 and not rows(database, Order)


def test_refuses_a_second_demo(database):
    make(database, 500)
    with pytest.raises(DemoRefused):
        make(database, 500)
    assert len([o for o in rows(database, Order) if not o.is_test]) == 500


def test_the_shop_takes_new_rows_after_the_demo(database):
    summary = make(database, 500)
    now = datetime.now(UTC)
    with database.session() as session:
        listing = Listing(sku="NEW-1", sku_key="new-1", title="New", title_key="new",
                          cost_minor=100, cost_currency="CNY", created_at=now, updated_at=now)
        session.add(listing)
        session.flush()
        assert listing.id == summary.listings + 1
        note = Note(customer_id=1, body="New", created_at=now, updated_at=now)
        session.add(note)
        session.flush()
        assert note.id == summary.notes + 1


def test_refuses_a_base_currency_without_demo_rates(database):
    with pytest.raises(DemoRefused, match="no exchange rates for XYZ") as caught:
        make(database, 500, base_currency="XYZ")
    assert caught.value.item == "XYZ"
    assert not rows(database, Setting)


def test_a_yen_shop_converts_to_whole_yen(database):
    make(database, 800, base_currency="JPY")
    orders = rows(database, Order)
    assert all(o.base_currency == "JPY" for o in orders)
    usd = [o for o in orders if o.currency == "USD" and not o.is_test]  # not replacements
    assert all(o.total_base_minor > o.total_minor for o in usd)  # ¥ per $ > 100 cents per $


def test_cancel_after_the_first_batch_leaves_nothing(database):
    def indexes() -> set[str]:
        with database.engine.connect() as connection:
            found = inspect(connection)
            return {ix["name"] for table in ("orders", "order_lines", "customers")
                    for ix in found.get_indexes(table)}

    before = indexes()
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append((done, total, text))
        if text == "Creating orders" and done > 0:
            job.cancel()

    job = Job(progress)
    with pytest.raises(Cancelled):
        generate_demo(database, job, orders=4000, today=TODAY)
    assert any(text == "Creating orders" for _, _, text in seen)
    for model in DEMO_TABLES:
        assert not rows(database, model), model.__tablename__
    assert indexes() == before
    if database.is_sqlite:  # the connection goes back to the pool with the app's settings
        with database.engine.connect() as connection:
            settings = [connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
                        for name in ("temp_store", "cache_size", "threads", "foreign_keys")]
        assert settings == [2, -65536, 0, 1]


def test_reports_progress_every_batch(database):
    seen: list[tuple[int, int, str]] = []
    generate_demo(database, Job(lambda *args: seen.append(args)), orders=3000, today=TODAY)
    creating = [(done, total) for done, total, text in seen if text == "Creating orders"]
    assert len(creating) >= 3
    assert creating[-1] == (3000, 3000)
    assert [done for done, _ in creating] == sorted(done for done, _ in creating)
    assert {text for _, _, text in seen} >= {"Creating customers", "Building indexes"}


def test_today_defaults_to_the_current_utc_date(database):
    make(database, 300, today=None)
    now = datetime.now(UTC)
    placed = [o.placed_at for o in rows(database, Order)]
    assert all(now - timedelta(days=745) < moment < now for moment in placed)


def test_every_reference_points_at_a_row_though_the_load_does_not_check_them(database):
    make(database, 3000)
    with database.engine.connect() as connection:
        if database.is_sqlite:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        for model in (CustomerIdentity, Order, OrderLine, OrderStatusChange, Note, NoteRevision,
                      FollowUp, Feedback, Complaint):
            for column in model.__table__.columns:
                for key in column.foreign_keys:
                    parent = key.column
                    orphans = select(func.count()).select_from(model.__table__).where(
                        column.is_not(None), column.not_in(select(parent)))
                    assert connection.execute(orphans).scalar_one() == 0, column


def test_orders_have_a_status_history_that_ends_in_their_status(database):
    make(database, 4000)
    end = datetime.combine(TODAY, datetime.min.time(), UTC)
    orders = {o.id: o for o in rows(database, Order)}
    steps = defaultdict(list)
    for change in rows(database, OrderStatusChange):  # by id: each order's steps in time order
        steps[change.order_id].append(change)
    assert set(steps) == set(orders)
    full = Counter()
    for order_id, history in steps.items():
        order = orders[order_id]
        assert history[0].old_status == "" and history[-1].new_status == order.status
        assert history[-1].changed_at == order.updated_at
        assert all(order.placed_at <= step.changed_at < end for step in history)
        assert [step.changed_at for step in history] == sorted(step.changed_at for step in history)
        for before, after in pairwise(history):
            assert after.old_status == before.new_status
            assert OrderStatus(after.new_status) in NEXT_STATUSES[OrderStatus(before.new_status)]
        if order.placed_at < end - timedelta(days=HISTORY_DAYS):
            assert len(history) == 1 and history[0].author == history[0].note == ""
        else:
            full[tuple(step.new_status for step in history)] += 1
    assert full[("paid", "shipped", "delivered")] > 50
    assert full[("pending",)] and full[("paid",)] and full[("paid", "shipped")]
    assert any(path[-1] in ("refunded", "partially_refunded") for path in full)
    recent = [step for history in steps.values() if len(history) > 1 for step in history]
    assert {s.author for s in recent if s.new_status == "shipped"} == {"Mei", "Tom"}
    assert all(s.note for s in recent if s.new_status in ("refunded", "partially_refunded"))
    assert {s.author for s in recent if s.new_status in ("paid", "delivered")} == {""}


def test_orders_say_where_they_came_from_and_whom_they_ship_to(database):
    make(database, 4000)
    customers = {c.id: c for c in rows(database, Customer)}
    orders = rows(database, Order)
    # Replacements sent for returns are the desk's own (test) orders, as the window makes them.
    assert {o.source for o in orders if not o.is_test} == {"demo"}
    assert {o.source for o in orders if o.is_test} <= {"manual"}
    assert {o.source_hash for o in orders} == {""}
    assert all(o.ship_name == o.buyer_name == customers[o.customer_id].name for o in orders)
    assert all(o.ship_postcode == customers[o.customer_id].postcode for o in orders)
    tagged = Counter(o.tags for o in orders if o.tags)
    assert 0.02 < sum(tagged.values()) / len(orders) < 0.1
    assert {"gift wrap", "express", "fragile"} <= set(tagged)


def test_notes_reminders_and_feedback_point_at_customers_and_their_orders(database):
    summary = make(database, 4000)
    end = datetime.combine(TODAY, datetime.min.time(), UTC)
    customers = {c.id for c in rows(database, Customer)}
    orders = {o.id: o for o in rows(database, Order)}
    found = {model: rows(database, model) for model in (Note, FollowUp, Feedback, Complaint)}
    assert [len(found[model]) for model in (Note, FollowUp, Feedback, Complaint)] == [
        summary.notes, summary.follow_ups, summary.feedback, summary.complaints]
    assert min(summary.notes, summary.follow_ups, summary.feedback, summary.complaints) >= 6
    for items in found.values():
        for item in items:
            assert item.customer_id in customers and item.author in ("Mei", "Tom")
            if item.order_id is not None:
                assert orders[item.order_id].customer_id == item.customer_id

    notes = {note.id: note for note in found[Note]}
    assert any(n.pinned for n in notes.values()) and not all(n.pinned for n in notes.values())
    assert {n.order_id is None for n in notes.values()} == {True, False}
    assert all(n.created_at <= n.updated_at < end and n.body for n in notes.values())
    assert all(orders[n.order_id].placed_at < n.created_at for n in notes.values() if n.order_id)
    revisions = rows(database, NoteRevision)
    assert revisions
    for revision in revisions:
        note = notes[revision.note_id]
        assert note.created_at <= revision.edited_at < note.updated_at
        assert note.body.startswith(revision.body) and note.body != revision.body

    reminders = found[FollowUp]
    assert sum(f.due_on < TODAY and f.done_at is None for f in reminders) >= 2  # overdue
    assert sum(f.due_on == TODAY and f.done_at is None for f in reminders) >= 2
    assert sum(f.due_on > TODAY for f in reminders) >= 1
    assert sum(f.done_at is not None for f in reminders) >= 1
    assert all(f.created_at < end and f.title for f in reminders)
    assert all(f.created_at < f.done_at < end for f in reminders if f.done_at)
    assert all(orders[f.order_id].placed_at < f.created_at for f in reminders if f.order_id)

    for answer in found[Feedback]:
        assert answer.kind in ("csat", "nps")
        assert (1 <= answer.score <= 5) if answer.kind == "csat" else (0 <= answer.score <= 10)
        assert orders[answer.order_id].updated_at < answer.received_at < end
        assert answer.channel in ("survey", "email", "review", "marketplace_message")

    complaints = found[Complaint]
    assert {c.status for c in complaints} == {"open", "in_progress", "resolved"}
    assert all(orders[c.order_id].placed_at < c.opened_at < end and c.subject and c.details
               for c in complaints)
    assert all((c.resolved_at is None) == (c.status != "resolved") for c in complaints)
    took = [c.resolved_at - c.opened_at for c in complaints if c.resolved_at]
    assert all(timedelta(0) < t < timedelta(days=13) for t in took)
    assert min(took) < timedelta(days=1) < max(took)  # hours to days
    assert all(c.resolved_at < end for c in complaints if c.resolved_at)


def test_feedback_scores_like_a_liked_shop_over_more_than_a_year(database):
    summary = make(database, 12_000)
    answers = rows(database, Feedback)
    assert len(answers) == summary.feedback
    nps = [a.score for a in answers if a.kind == "nps"]
    csat = [a.score for a in answers if a.kind == "csat"]
    score = 100 * (sum(s >= 9 for s in nps) - sum(s <= 6 for s in nps)) / len(nps)
    assert 20 < score < 60
    assert 0.78 < sum(s >= 4 for s in csat) / len(csat) < 0.96
    assert len({(a.received_at.year, a.received_at.month) for a in answers}) >= 13
    comments = [a.comment for a in answers if a.comment]
    assert 0.15 < len(comments) / len(answers) < 0.45
    assert any(not c.isascii() for c in comments) and any(c.isascii() for c in comments)
