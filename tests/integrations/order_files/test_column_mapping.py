import json

import pytest

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.imports import (
    GENERIC_FIELDS,
    ColumnMapping,
    FileFormat,
    ImportedLine,
    suggest_mapping,
)
from seller_desk.integrations.order_files import generic, read_order_file

from .helpers import utc, write


def test_generic_fields_are_ordered_labelled_and_all_understood():
    keys = [f.key for f in GENERIC_FIELDS]
    assert keys[:11] == ["order_id", "order_date", "customer_id", "customer_email",
                         "customer_name", "country", "currency", "total", "sku", "quantity",
                         "unit_price"]
    assert {f.key for f in GENERIC_FIELDS if f.required} == {"order_id", "order_date",
                                                             "currency"}
    assert {f.key for f in GENERIC_FIELDS if f.line} == {"sku", "quantity", "unit_price",
                                                         "title"}
    assert all(f.label for f in GENERIC_FIELDS)
    assert set(generic.FIELDS) == set(keys)


def test_default_maps_each_field_to_its_own_name():
    mapping = ColumnMapping.default()
    assert dict(mapping.columns) == {f.key: f.key for f in GENERIC_FIELDS}
    assert (mapping.date_order, mapping.default_currency) == ("ymd", "")


def test_json_round_trip():
    mapping = ColumnMapping(
        {"order_id": "Bestellnr.", "order_date": "Datum", "total": "Betrag (€)",
         "customer_name": "Käufer"},
        date_order="dmy", default_currency="EUR",
    )
    text = mapping.to_json()
    assert json.loads(text)["version"] == 1
    assert ColumnMapping.from_json(text) == mapping
    with pytest.raises(TypeError):
        mapping.columns["order_id"] = "x"  # type: ignore[index]


@pytest.mark.parametrize("text", [
    "", "not json", "[]", '{"version": 2, "columns": {}}', '{"version": 1}',
    '{"version": 1, "columns": {"order_id": 5}}',
    '{"version": 1, "columns": {"order_id": " "}}',
    '{"version": 1, "columns": {"favourite_colour": "x"}}',
    '{"version": 1, "columns": {}, "date_order": "ydm"}',
    '{"version": 1, "columns": {}, "date_order": 3}',
    '{"version": 1, "columns": {}, "default_currency": "EURO"}',
])
def test_a_damaged_saved_mapping_is_refused(text):
    with pytest.raises(ValidationError) as caught:
        ColumnMapping.from_json(text)
    assert caught.value.context == "import"


def test_suggest_mapping_matches_names_loosely_and_knows_synonyms():
    mapping = suggest_mapping(["Order ID", "Date", "E-Mail", "Buyer Name", "Ship Country",
                               "Currency Code", "Amount", "Item SKU", "Qty", "Price", "Notes"])
    assert dict(mapping.columns) == {
        "order_id": "Order ID", "order_date": "Date", "customer_email": "E-Mail",
        "customer_name": "Buyer Name", "country": "Ship Country", "currency": "Currency Code",
        "total": "Amount", "sku": "Item SKU", "quantity": "Qty", "unit_price": "Price",
    }
    exact = suggest_mapping(["ORDER_ID", "order date", "Total", "Order Number"])
    assert dict(exact.columns) == {"order_id": "ORDER_ID", "order_date": "order date",
                                   "total": "Total", "order_number": "Order Number"}


def test_a_mapped_file_with_its_own_headers_and_day_first_dates(tmp_path):
    text = ("Nr;Datum;Kunde;Mail;Land;Summe;Artikel;Menge;Preis;Versand\n"
            "17;02/03/2025;Jana Nováková;jana@example.cz;Czechia;499,00;KRZ-1;2;199,50;100,00\n")
    mapping = ColumnMapping(
        {"order_id": "Nr", "order_date": "Datum", "customer_name": "Kunde",
         "customer_email": "Mail", "country": "Land", "total": "Summe", "sku": "Artikel",
         "quantity": "Menge", "unit_price": "Preis", "shipping": "Versand"},
        date_order="dmy", default_currency="CZK",
    )
    (order,) = read_order_file(write(tmp_path, "cz.csv", text), FileFormat.GENERIC,
                               mapping=mapping).orders
    assert order.placed_at == utc(2025, 3, 2)
    assert (order.currency, order.subtotal_minor, order.shipping_minor, order.total_minor) == (
        "CZK", 39900, 10000, 49900)
    assert order.lines == (ImportedLine("KRZ-1", "", 2, 19950),)
    assert (order.customer.name, order.customer.country) == ("Jana Nováková", "CZ")


def test_one_row_per_order_needs_no_line_columns(tmp_path):
    text = ("order_id,order_date,currency,total,shipping,tax,discount\n"
            "O-1,2025-01-01,USD,20,5,2,(3)\n")
    (order,) = read_order_file(write(tmp_path, "o.csv", text), FileFormat.GENERIC).orders
    # No lines and no subtotal: the subtotal is what the total leaves.
    assert (order.subtotal_minor, order.shipping_minor, order.tax_minor, order.discount_minor,
            order.total_minor, order.lines) == (1600, 500, 200, 300, 2000, ())


def test_line_columns_come_as_a_group(tmp_path):
    path = write(tmp_path, "o.csv", "order_id,order_date,currency,sku\nO-1,2025-01-01,USD,A\n")
    with pytest.raises(ValidationError, match="'quantity', 'unit_price'"):
        read_order_file(path, FileFormat.GENERIC)

