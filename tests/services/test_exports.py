"""Orders, customers and returns written out as CSV, JSON or Excel, in the shop's own words and
amounts: numbers and dates as such in the workbook."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest

from seller_desk.domain.errors import ValidationError
from seller_desk.services.exports import TABLES, ExportService
from seller_desk.services.listing_images import ListingImages
from seller_desk.services.merges import MergeService
from seller_desk.services.order_editing import OrderEditor
from seller_desk.services.return_steps import ReturnSteps
from seller_desk.services.returns import ReturnDraft, ReturnsService
from seller_desk.services.shop import ShopService
from seller_desk.store.database import Database
from seller_desk.store.people import add_customer
from tests.factories import NOW, make_shop
from tests.services.test_profit import add_rates
from tests.services.test_returns import line_of


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
    with pytest.raises(ValidationError, match="Unknown format pdf; choose csv, json or xlsx"):
        exported(database, "orders", "pdf")
    with pytest.raises(ValidationError, match="binary file"):
        exported(database, "orders", "xlsx")  # a text stream cannot take a workbook


def returned_lamp(database, tmp_path) -> None:
    """E-2001's lamp back for a refund of 18.00 USD with a 4.50 USD label; #1003's mug asked
    back too late (rejected, still open)."""
    shop = make_shop(database)
    add_rates(database, NOW - timedelta(days=100))
    returns = ReturnsService(database, ListingImages(database, tmp_path / "images"),
                             now=lambda: NOW)
    steps = ReturnSteps(database, now=lambda: NOW)
    lamp = line_of(database, shop.orders["E-2001"], "LAMP-RED")
    first = returns.open_request(ReturnDraft(shop.orders["E-2001"], ((lamp.id, 1),),
                                             "damaged", "refund"))
    for target in ("approved", "awaiting_item", "received"):
        returns.move(first, target)
    steps.inspect(first, {returns.view(first).lines[0].id: "write_off"})
    steps.set_return_shipping(first, 450, "USD")
    steps.refund(first, 1800)
    returns.move(first, "closed")
    mug = line_of(database, shop.orders["#1003"], "MUG-01")
    late = returns.open_request(ReturnDraft(shop.orders["#1003"], ((mug.id, 1),),
                                            "changed_mind", "refund"))
    returns.move(late, "rejected")


def test_returns_as_csv_and_json(database, tmp_path):
    returned_lamp(database, tmp_path)
    count, text = exported(database, "returns", "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert count == 2 and rows[0] == list(TABLES["returns"].columns)
    assert rows[1] == [
        "RMA-000001", NOW.isoformat(), "closed", "refund", "damaged", "E-2001", "Etsy Shop",
        "US", "Bob Smith", "LAMP-RED", "1", "USD", "18.00", "18.00", "USD", "4.50", "0.00",
        "false", NOW.isoformat()]
    assert rows[2][2:5] == ["rejected", "refund", "changed_mind"] and rows[2][-1] == ""
    count, text = exported(database, "returns", "json")
    data = json.loads(text)
    assert count == 2 and list(data[0]) == list(TABLES["returns"].columns)
    assert (data[0]["refund"], data[0]["units"], data[0]["out_of_window"]) == ("18.00", 1, False)
    assert data[1]["closed_at"] == "" and data[1]["refund"] == "0.00"


def workbook(database, tmp_path, table: str):
    path = tmp_path / f"{table}.xlsx"
    with path.open("wb") as out:
        count = ExportService(database).write(table, "xlsx", out)
    return count, openpyxl.load_workbook(path)


def test_every_table_as_a_workbook_with_numbers_dates_a_frozen_header_and_a_filter(
        database, tmp_path):
    returned_lamp(database, tmp_path)
    ShopService(database).set("timezone", "Asia/Shanghai")
    for table in TABLES:
        count, book = workbook(database, tmp_path, table)
        sheet = book.active
        assert sheet.title == table and sheet.freeze_panes == "A2"
        assert [c.value for c in sheet[1]] == list(TABLES[table].columns)
        assert all(c.font.bold for c in sheet[1])
        assert sheet.max_row == count + 1 and count > 0
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" \
                                        f"{count + 1}"
        assert all(sheet.column_dimensions[c.column_letter].width >= 6 for c in sheet[1])
    _count, book = workbook(database, tmp_path, "orders")
    header = [c.value for c in book.active[1]]
    by_number = {row[0].value: row for row in book.active.iter_rows(min_row=2)}
    first = by_number["#1001"]
    placed = first[header.index("placed_at")]
    # In the shop's zone (Shanghai, UTC+8), as a date Excel can sort and filter.
    assert placed.is_date and placed.value == datetime(2026, 9, 19, 20, 0)
    total = first[header.index("total")]
    assert total.data_type == "n" and total.value == 40 and total.number_format == "#,##0.00"
    yen = by_number["#1004"][header.index("total")]
    assert (yen.value, yen.number_format) == (3000, "#,##0")
    assert isinstance(by_number["#1004"][header.index("items")].value, int)
    _count, book = workbook(database, tmp_path, "returns")
    header = [c.value for c in book.active[1]]
    refund, late = book.active.iter_rows(min_row=2)
    cells = {name: refund[header.index(name)] for name in header}
    assert Decimal(str(cells["refund"].value)) == Decimal("18")
    assert cells["return_shipping_base"].value == 4.5
    assert cells["out_of_window"].value is False and cells["units"].value == 1
    assert cells["closed_at"].is_date and cells["requested_at"].is_date
    assert late[header.index("closed_at")].value is None


def test_a_name_that_looks_like_a_formula_stays_text(database, tmp_path):
    make_shop(database)
    OrderEditor(database).add_tag([1], "=HYPERLINK(\"http://x\")")
    _count, book = workbook(database, tmp_path, "orders")
    header = [c.value for c in book.active[1]]
    tags = book.active.cell(2, header.index("tags") + 1)
    assert tags.data_type == "s" and tags.value.startswith("=HYPERLINK")
