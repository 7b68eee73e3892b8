"""Orders and customers written out as CSV or JSON, in the shop's own words and amounts."""

from __future__ import annotations

import csv
import io
import json

import pytest

from seller_desk.domain.errors import ValidationError
from seller_desk.services.exports import TABLES, ExportService
from seller_desk.services.merges import MergeService
from seller_desk.services.order_editing import OrderEditor
from seller_desk.store.database import Database
from seller_desk.store.people import add_customer
from tests.factories import NOW, make_shop


def exported(db: Database, table: str, fmt: str) -> tuple[int, str]:
    out = io.StringIO()
    count = ExportService(db).write(table, fmt, out)
    return count, out.getvalue()


def test_orders_as_csv_with_amounts_in_both_currencies(database):
    make_shop(database)
    OrderEditor(database).add_tag([1], "gift")
    count, text = exported(database, "orders", "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert count == 6 and len(rows) == 7
    assert rows[0] == list(TABLES["orders"].columns)
    assert rows[1] == ["#1001", "2026-09-19T12:00:00+00:00", "Main Shopify", "shopify",
                       "delivered", "Anna Müller", "anna@example.de", "DE", "EUR", "40.00",
                       "USD", "44.00", "2", "gift"]
    assert [r[0] for r in rows[1:]] == ["#1001", "#1003", "#1004", "#1002", "E-2001", "E-2002"]
    jpy = rows[3]
    assert (jpy[8], jpy[9], jpy[10], jpy[11]) == ("JPY", "3000", "USD", "0.20")
    assert not text.startswith("\ufeff")


def test_customers_as_json_leave_out_merged_records(database):
    shop = make_shop(database)
    with database.session() as s:
        twin = add_customer(s, account_id=shop.etsy, created_at=NOW, name="陈静",
                            email="chen@example.cn", country="CN").id
    MergeService(database).merge(shop.customers["chen"], [twin])
    count, text = exported(database, "customers", "json")
    data = json.loads(text)
    assert count == 3 and [c["id"] for c in data] == list(shop.customers.values())
    assert list(data[0]) == list(TABLES["customers"].columns)
    assert data[0] == {
        "id": shop.customers["anna"], "name": "Anna Müller", "email": "anna@example.de",
        "phone": "+49 30 1234567", "country": "DE", "language": "de", "orders": 2,
        "spent": "66.00", "currency": "USD", "first_order": "2026-09-19T12:00:00+00:00",
        "last_order": "2026-11-10T12:00:00+00:00", "tags": "", "marketing_consent": ""}
    assert data[2]["name"] == "陈静" and "陈静" in text  # not escaped
    assert (data[2]["orders"], data[2]["first_order"]) == (0, "")


def test_an_empty_shop_exports_just_the_header_or_an_empty_list(database):
    assert exported(database, "orders", "csv") == (0, ",".join(TABLES["orders"].columns) + "\n")
    count, text = exported(database, "customers", "json")
    assert count == 0 and json.loads(text) == []


def test_unknown_tables_and_formats_are_refused(database):
    with pytest.raises(ValidationError, match="choose one of: orders, customers"):
        exported(database, "listings", "csv")
    with pytest.raises(ValidationError, match="Unknown format xlsx"):
        exported(database, "orders", "xlsx")
