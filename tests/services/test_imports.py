"""Importing order files: preview, all or nothing, skipping bad rows, rates, and re-imports."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.imports import ColumnMapping, FileFormat
from seller_desk.services.imports import ImportService
from seller_desk.services.merges import MergeService
from seller_desk.services.progress import Cancelled, Job
from seller_desk.store.database import Database
from seller_desk.store.models import (
    Base,
    Customer,
    CustomerIdentity,
    MarketplaceAccount,
    Order,
    OrderLine,
    OrderStatusChange,
)
from tests.factories import make_shop
from tests.people import table_rows

GENERIC = FileFormat.GENERIC
COLUMNS = ("order_id", "order_date", "customer_id", "customer_email", "customer_name", "country",
           "currency", "total", "sku", "quantity", "unit_price", "status", "shipping")
# One row per order line: anna (by buyer id) twice, bob (by email only), an anonymous order.
ROWS = [
    ("A-1", "2026-10-01", "C1", "anna@mail.de", "Anna Müller", "DE", "EUR", "45.00", "LAMP-RED",
     "2", "20.00", "paid", "5.00"),
    ("A-2", "2026-10-02", "", "bob@gmail.com", "Bob Smith", "US", "USD", "42.00", "MUG-01", "1",
     "30.00", "shipped", ""),
    ("A-2", "2026-10-02", "", "bob@gmail.com", "Bob Smith", "US", "USD", "42.00", "NEW-SKU", "1",
     "12.00", "shipped", ""),
    ("A-3", "2026-10-03", "", "", "", "JP", "JPY", "3000", "LAMP-RED", "1", "3000", "", ""),
    ("A-4", "2026-10-04", "C1", "anna@mail.de", "Anna Müller", "DE", "EUR", "20.00", "MUG-01",
     "1", "20.00", "delivered", ""),
]
BAD_DATE = ("A-5", "2026-13-05", "", "eve@mail.com", "Eve", "FR", "EUR", "9.00", "MUG-01", "1",
            "9.00", "", "")
GBP_ORDER = ("A-6", "2026-10-06", "", "tom@mail.co.uk", "Tom Jones", "GB", "GBP", "10.00",
             "MUG-01", "1", "10.00", "", "")


def write(tmp_path: Path, rows, name: str = "orders.csv", columns=COLUMNS) -> Path:
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(rows)
    return path


def counts(db: Database) -> dict[str, int]:
    with db.read_session() as s:
        return {model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
                for model in Base.__subclasses__()}


def orders(db: Database) -> dict[str, Order]:
    with db.read_session() as s:
        return {o.external_id: o for o in s.scalars(select(Order).where(Order.source == "import"))}


def outcome_counts(outcome) -> tuple[int, int, int, int, bool]:
    return (outcome.new, outcome.updated, outcome.unchanged, outcome.rejected_rows,
            outcome.written)


def test_a_first_import_adds_orders_customers_and_their_history(database, tmp_path):
    shop = make_shop(database)  # knows EUR at 1.1 and JPY at 0.0066, and both SKUs
    path = write(tmp_path, ROWS)
    outcome = ImportService(database).run(path, GENERIC)
    assert outcome_counts(outcome) == (4, 0, 0, 0, True)
    assert (outcome.file, outcome.account, outcome.encoding, outcome.rows, outcome.orders) == (
        str(path), "Imported orders", "utf-8", 5, 4)
    found = orders(database)
    a1 = found["A-1"]
    assert (a1.number, a1.status, a1.currency, a1.subtotal_minor, a1.shipping_minor,
            a1.total_minor, a1.rate_to_base, a1.total_base_minor, a1.item_count) == (
        "A-1", "paid", "EUR", 4000, 500, 4500, Decimal("1.1"), 4950, 2)
    assert a1.source_hash and a1.ship_country == "DE"
    with database.read_session() as s:
        account = s.get(MarketplaceAccount, a1.account_id)
        assert (account.name, account.marketplace, account.currency) == (
            "Imported orders", "manual", "USD")
        lines = s.execute(select(OrderLine.sku, OrderLine.listing_id, OrderLine.total_minor)
                          .where(OrderLine.order_id == found["A-2"].id)
                          .order_by(OrderLine.id)).all()
        assert lines == [("MUG-01", shop.listings["mug"], 3000), ("NEW-SKU", None, 1200)]
        history = s.execute(select(OrderStatusChange.old_status, OrderStatusChange.new_status)
                            .where(OrderStatusChange.order_id == found["A-2"].id)).all()
        assert history == [("", "shipped")]
        anna = s.get(Customer, a1.customer_id)
        assert (anna.name, anna.email, anna.country, anna.currency, anna.account_id) == (
            "Anna Müller", "anna@mail.de", "DE", "EUR", a1.account_id)
        assert (anna.order_count, anna.spent_base_minor, anna.email_key) == (
            2, 4950 + 2200, "anna@mail.de")
        identities = dict(s.execute(select(CustomerIdentity.external_id,
                                           CustomerIdentity.customer_id)).all())
    assert identities == {"C1": a1.customer_id, "email:bob@gmail.com": found["A-2"].customer_id}
    assert found["A-4"].customer_id == a1.customer_id
    assert found["A-3"].customer_id is None  # nobody to file an anonymous order under
    assert found["A-3"].total_base_minor == 1980  # ¥3000 at the shop's 0.0066


def test_reimporting_the_same_file_changes_nothing(database, tmp_path):
    make_shop(database)
    path = write(tmp_path, ROWS)
    service = ImportService(database)
    service.run(path, GENERIC)
    before = table_rows(database), counts(database)
    # Where an order stands in the file does not matter.
    moved = [ROWS[4], ROWS[3], ROWS[1], ROWS[2], ROWS[0]]
    again = service.run(write(tmp_path, moved, "again.csv"), GENERIC)
    assert outcome_counts(again) == (0, 0, 4, 0, True)
    assert (table_rows(database), counts(database)) == before


def test_a_changed_order_is_updated_and_keeps_its_customer(database, tmp_path):
    make_shop(database)
    service = ImportService(database)
    service.run(write(tmp_path, ROWS), GENERIC)
    first = orders(database)
    changed = [list(r) for r in ROWS]
    for row in changed[1:3]:
        row[3] = "bob.smith@gmail.com"  # the buyer changed their address on the marketplace
        row[11] = "delivered"
        row[7] = "66.00"
    changed[2][9] = "3"  # and bought three of the new SKU
    before = counts(database)
    outcome = service.run(write(tmp_path, changed, "changed.csv"), GENERIC)
    assert outcome_counts(outcome) == (0, 1, 3, 0, True)
    after = orders(database)
    a2 = after["A-2"]
    assert (a2.id, a2.customer_id, a2.status, a2.total_minor, a2.item_count, a2.buyer_email) == (
        first["A-2"].id, first["A-2"].customer_id, "delivered", 6600, 4, "bob.smith@gmail.com")
    assert a2.source_hash != first["A-2"].source_hash
    with database.read_session() as s:
        assert s.execute(select(OrderLine.sku, OrderLine.quantity)
                         .where(OrderLine.order_id == a2.id).order_by(OrderLine.id)).all() == [
            ("MUG-01", 1), ("NEW-SKU", 3)]
        assert s.execute(select(OrderStatusChange.old_status, OrderStatusChange.new_status)
                         .where(OrderStatusChange.order_id == a2.id)
                         .order_by(OrderStatusChange.id)).all() == [
            ("", "shipped"), ("shipped", "delivered")]
        bob = s.get(Customer, a2.customer_id)
        assert (bob.order_count, bob.spent_base_minor) == (1, 6600)
    now = counts(database)
    assert now["customers"] == before["customers"]  # no stray customer for the new address
    assert now["orders"] == before["orders"] and now["order_lines"] == before["order_lines"]


def test_a_bad_row_means_nothing_is_written(database, tmp_path):
    make_shop(database)
    before = table_rows(database), counts(database)
    service = ImportService(database)
    path = write(tmp_path, [*ROWS, BAD_DATE])
    outcome = service.run(path, GENERIC)
    assert outcome_counts(outcome) == (4, 0, 0, 1, False)
    (problem,) = outcome.problems
    assert (problem.row, problem.column, problem.value) == (7, "order_date", "2026-13-05")
    assert problem.render() == "'2026-13-05' is not a date."
    assert (table_rows(database), counts(database)) == before
    skipped = service.run(path, GENERIC, skip_bad=True)
    assert outcome_counts(skipped) == (4, 0, 0, 1, True)
    assert sorted(orders(database)) == ["A-1", "A-2", "A-3", "A-4"]


def test_a_dry_run_counts_and_writes_nothing(database, tmp_path):
    make_shop(database)
    before = table_rows(database), counts(database)
    service = ImportService(database)
    path = write(tmp_path, ROWS)
    preview = service.run(path, GENERIC, dry_run=True)
    assert outcome_counts(preview) == (4, 0, 0, 0, False)
    assert (table_rows(database), counts(database)) == before
    assert outcome_counts(service.run(path, GENERIC)) == (4, 0, 0, 0, True)
    assert outcome_counts(service.run(path, GENERIC, dry_run=True)) == (0, 0, 4, 0, False)


def test_a_currency_without_a_rate_is_reported_until_one_is_given(database, tmp_path):
    make_shop(database)
    before = counts(database)
    service = ImportService(database)
    path = write(tmp_path, [*ROWS, GBP_ORDER])
    outcome = service.run(path, GENERIC)
    assert outcome_counts(outcome) == (4, 0, 0, 1, False)
    (problem,) = outcome.problems
    assert (problem.row, problem.column, problem.value) == (7, "currency", "GBP")
    assert problem.render() == (
        "No exchange rate from GBP to USD is known yet; give one for GBP before importing.")
    assert counts(database) == before
    given = service.run(path, GENERIC, rates={"GBP": Decimal("1.27"), "USD": Decimal(2)})
    assert outcome_counts(given) == (5, 0, 0, 0, True)
    found = orders(database)
    assert (found["A-6"].rate_to_base, found["A-6"].total_base_minor) == (Decimal("1.27"), 1270)
    assert (found["A-2"].rate_to_base, found["A-2"].total_base_minor) == (Decimal(1), 4200)


def test_the_same_buyer_is_one_customer_across_imports(database, tmp_path):
    make_shop(database)
    service = ImportService(database)
    service.run(write(tmp_path, ROWS[:3]), GENERIC)
    later = [
        ("B-1", "2026-11-01", "C1", "anna.new@mail.de", "Anna M.", "DE", "EUR", "10.00",
         "MUG-01", "1", "10.00", "", ""),
        ("B-2", "2026-11-02", "", "BOB@gmail.com ", "Robert Smith", "US", "USD", "5.00",
         "MUG-01", "1", "5.00", "", ""),
    ]
    assert service.run(write(tmp_path, later, "later.csv"), GENERIC).new == 2
    found = orders(database)
    assert found["B-1"].customer_id == found["A-1"].customer_id
    assert found["B-2"].customer_id == found["A-2"].customer_id
    with database.read_session() as s:
        anna = s.get(Customer, found["A-1"].customer_id)
        assert (anna.name, anna.order_count) == ("Anna Müller", 2)
    # The same buyer id in another store is another identity, until merged.
    elsewhere = service.run(write(tmp_path, later[:1], "etsy.csv"), GENERIC, account="Etsy file")
    assert (elsewhere.account, elsewhere.new) == ("Etsy file", 1)
    with database.read_session() as s:
        etsy_order = s.scalar(select(Order).where(Order.external_id == "B-1",
                                                  Order.account_id != found["B-1"].account_id))
    assert etsy_order.customer_id != found["A-1"].customer_id
    MergeService(database).merge(found["A-1"].customer_id, [etsy_order.customer_id])
    next_one = [("B-3", "2026-11-03", "C1", "", "", "DE", "EUR", "1.00", "MUG-01", "1", "1.00",
                 "", "")]
    service.run(write(tmp_path, next_one, "next.csv"), GENERIC, account="Etsy file")
    with database.read_session() as s:
        assert s.scalar(select(Order.customer_id).where(Order.external_id == "B-3")) == (
            found["A-1"].customer_id)


def test_buyers_the_marketplace_hides_get_no_customer(database, tmp_path):
    rows = [
        ("H-1", "2026-10-01", "", "", "", "US", "USD", "1.00", "X", "1", "1.00", "", ""),
        ("H-2", "2026-10-02", "", "anonymous@example.com", "Guest", "US", "USD", "2.00", "X",
         "1", "2.00", "", ""),
        ("H-3", "2026-10-03", "", "anonymous@example.com", "Guest", "US", "USD", "3.00", "X",
         "1", "3.00", "", ""),
        ("H-4", "2026-10-04", "", "redacted", "", "US", "USD", "4.00", "X", "1", "4.00", "", ""),
    ]
    outcome = ImportService(database).run(write(tmp_path, rows), GENERIC)
    assert outcome_counts(outcome) == (4, 0, 0, 0, True)
    assert {o.customer_id for o in orders(database).values()} == {None}
    assert counts(database)["customers"] == 0


def test_a_cancelled_import_writes_nothing(database, tmp_path):
    make_shop(database)
    before = counts(database)
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        ImportService(database).run(write(tmp_path, ROWS), GENERIC, job=job)
    assert counts(database) == before


def test_progress_is_reported(database, tmp_path):
    make_shop(database)
    reports = []
    job = Job(lambda done, total, text: reports.append((done, total, text)))
    ImportService(database).run(write(tmp_path, ROWS[1:4]), GENERIC, job=job)
    texts = [text for _d, _t, text in reports]
    assert "Reading the file…" in texts and texts[-1] == "Updating customer totals…"
    assert reports[-1][:2] == (2, 2)


def test_a_saved_mapping_reads_a_file_with_its_own_columns(database, tmp_path):
    make_shop(database)
    columns = ("Bestellung", "Datum", "Kunde", "E-Mail", "Währung", "Summe")
    path = write(tmp_path, [("K-1", "03.10.2026", "Kai", "kai@mail.de", "EUR", "12,50")],
                 "kasse.csv", columns)
    service = ImportService(database)
    header = service.header(path)
    assert header.columns == columns and header.sample_rows[0][0] == "K-1"
    mapping = ColumnMapping({"order_id": "Bestellung", "order_date": "Datum",
                             "customer_name": "Kunde", "customer_email": "E-Mail",
                             "currency": "Währung", "total": "Summe"}, date_order="dmy")
    assert service.mapping_for(columns) is None
    service.save_mapping("  Kasse  Berlin ", columns, mapping)
    service.save_mapping("Other", ("a", "b"), ColumnMapping({"order_id": "a"}))
    assert service.mapping_for(columns) == ("Kasse Berlin", mapping)
    assert service.saved_mappings() == {"Kasse Berlin": mapping,
                                        "Other": ColumnMapping({"order_id": "a"})}
    outcome = service.run(path, GENERIC, mapping=service.mapping_for(columns)[1])
    assert outcome_counts(outcome) == (1, 0, 0, 0, True)
    kai = orders(database)["K-1"]
    assert (kai.total_minor, kai.placed_at.day, kai.placed_at.month) == (1250, 3, 10)
    service.save_mapping("Kasse Berlin", columns, ColumnMapping(mapping.columns))
    assert service.mapping_for(columns)[1].date_order == "ymd"
    with pytest.raises(ValidationError, match="Name the source"):
        service.save_mapping("  ", columns, mapping)
