import pytest

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.imports import ColumnMapping, FileFormat, FileImportError
from seller_desk.integrations.order_files import messages, read_order_file

from .helpers import DATA, write

PROBLEM_FILE = """\
order_id,order_date,customer_email,country,currency,total,sku,quantity,unit_price
B-1,2025-01-05,a@x.com,US,USD,10.00,S1,1,10.00
B-2,not a date,b@x.com,US,USD,5.00,S2,1,5.00
B-3,,c@x.com,US,USD,5.00,S3,1,5.00
B-4,2025-01-05,d@x.com,US,USD,5.00,S4,1,abc
B-5,2025-01-05,e@x.com,US,XYZ,5.00,S5,1,5.00
B-6,2025-01-05,f@x.com,US,USD,5.00,S6,1.5,5.00
B-7,2025-01-05,g@x.com,US,USD,5.00,S7,0,5.00
,2025-01-05,h@x.com,US,USD,5.00,S8,1,5.00
B-9,2025-01-05,i@x.com,US,USD,5.00,,1,5.00
B-10,2025-01-05,j@x.com,US,USD,20.00,S10,1,10.00
B-10,2025-01-05,j@x.com,US,EUR,20.00,S11,1,10.00
B-11,2025-01-05,k@x.com,Atlantis,USD,-5.00,S12,1,5.00
B-12,2025-01-05,l@x.com,Atlantis,USD,7.00,S13,1,7.00
B-13,2025-01-05,m@x.com,US,USD,7.00,S14,,7.00
B-14,2025-01-05,n@x.com,US,USD,7.00,S15,1,
B-15,2025-01-05,o@x.com,US,,7.00,S16,1,7.00
B-16,2025-01-05,p@x.com,US,USD,7.00,S17,-2,7.00
B-17,2025-01-05,q@x.com,US,USD,oops,S18,1,7.00
,,,,,,,,
B-18,2025-01-05,r@x.com,US,USD,14.00,S19,1,7.00
B-18,2025-01-05,r@x.com,US,USD,14.00,S20,x,7.00
"""


def test_every_problem_kind_is_reported_at_its_row_and_column(tmp_path):
    parsed = read_order_file(write(tmp_path, "orders.csv", PROBLEM_FILE), FileFormat.GENERIC)
    found = [(p.row, p.column, p.reason, p.value) for p in parsed.problems]
    assert found == [
        (3, "order_date", messages.BAD_DATE, "not a date"),
        (4, "order_date", messages.NO_DATE, ""),
        (5, "unit_price", messages.BAD_AMOUNT, "abc"),
        (6, "currency", messages.BAD_CURRENCY, "XYZ"),
        (7, "quantity", messages.BAD_QUANTITY, "1.5"),
        (8, "quantity", messages.LOW_QUANTITY, "0"),
        (9, "order_id", messages.NO_ORDER_ID, ""),
        (10, "sku", messages.NO_ITEM, ""),
        (12, "currency", messages.CONFLICT, "EUR"),
        (13, "total", messages.NEGATIVE_TOTAL, "-5.00"),
        (15, "quantity", messages.NO_QUANTITY, ""),
        (16, "unit_price", messages.NO_PRICE, ""),
        (17, "currency", messages.NO_CURRENCY, ""),
        (18, "quantity", messages.LOW_QUANTITY, "-2"),
        (19, "total", messages.BAD_AMOUNT, "oops"),
        (22, "quantity", messages.BAD_QUANTITY, "x"),  # its order B-18 goes, row 21 with it
    ]
    # Only orders whose every row is good; an unknown country is no problem.
    assert [o.external_id for o in parsed.orders] == ["B-1", "B-12"]
    assert parsed.orders[1].customer.country == ""
    assert parsed.row_count == 20  # the blank row (20) is not counted


def test_problems_render_their_values_for_the_seller(tmp_path):
    parsed = read_order_file(write(tmp_path, "orders.csv", PROBLEM_FILE), FileFormat.GENERIC)
    rendered = {p.row: p.render() for p in parsed.problems}
    assert rendered[3] == "'not a date' is not a date."
    assert rendered[12] == "currency is 'EUR' here but 'USD' on row 11 of the same order."
    assert rendered[8] == "The quantity must be at least 1, not 0."


def test_rows_that_repeat_an_order_value_in_another_spelling_agree(tmp_path):
    text = ("order_id,order_date,currency,total,sku,quantity,unit_price\n"
            "C-1,2025-01-05,usd,12.50,S1,1,5.00\n"
            "C-1,2025-01-05,USD,12.5,S2,1,7.50\n")
    parsed = read_order_file(write(tmp_path, "o.csv", text), FileFormat.GENERIC)
    assert parsed.problems == ()
    assert parsed.orders[0].total_minor == 1250


def test_a_conflicting_date_refuses_the_order(tmp_path):
    text = ("order_id,order_date,currency,total,sku,quantity,unit_price\n"
            "C-1,2025-01-05,USD,12.50,S1,1,5.00\n"
            "C-1,2025-01-06,USD,12.50,S2,1,7.50\n")
    parsed = read_order_file(write(tmp_path, "o.csv", text), FileFormat.GENERIC)
    assert parsed.orders == ()
    (problem,) = parsed.problems
    assert (problem.row, problem.column, problem.params["earlier"], problem.params["row"]) == (
        3, "order_date", "2025-01-05", 2)


def test_unknown_status_is_a_problem_and_known_words_map(tmp_path):
    text = ("order_id,order_date,currency,total,status\n"
            "D-1,2025-01-05,USD,1.00,Completed\n"
            "D-2,2025-01-05,USD,1.00,on-hold\n"
            "D-3,2025-01-05,USD,1.00,lost in space\n"
            "D-4,2025-01-05,USD,1.00,\n")
    path = write(tmp_path, "o.csv", text)
    mapping = ColumnMapping({
        "order_id": "order_id", "order_date": "order_date", "currency": "currency",
        "total": "total", "status": "status",
    })
    parsed = read_order_file(path, FileFormat.GENERIC, mapping=mapping)
    assert [(o.external_id, o.status.value) for o in parsed.orders] == [
        ("D-1", "shipped"), ("D-2", "pending"), ("D-4", "paid")]
    (problem,) = parsed.problems
    assert (problem.row, problem.column, problem.reason) == (4, "status", messages.BAD_STATUS)


def test_missing_columns_name_them_and_the_expected_export():
    with pytest.raises(FileImportError) as caught:
        read_order_file(DATA / "woocommerce_orders.csv", FileFormat.SHOPIFY)
    error = caught.value
    assert isinstance(error, ValidationError)
    assert error.context == "import"
    assert error.params["expected"] == "a Shopify orders export"
    assert error.params["columns"] == (
        "'Name', 'Created at', 'Currency', 'Total', 'Lineitem name', 'Lineitem quantity', "
        "'Lineitem price'")
    assert "does not look like a Shopify orders export" in str(error)


def test_a_generic_file_without_a_currency_column_needs_a_default_currency(tmp_path):
    path = write(tmp_path, "o.csv", "order_id,order_date,total\nE-1,2025-01-05,9.99\n")
    with pytest.raises(FileImportError, match="'currency'"):
        read_order_file(path, FileFormat.GENERIC)
    mapping = ColumnMapping(
        {"order_id": "order_id", "order_date": "order_date", "total": "total"},
        default_currency="EUR",
    )
    (order,) = read_order_file(path, FileFormat.GENERIC, mapping=mapping).orders
    assert (order.currency, order.total_minor, order.subtotal_minor, order.lines) == (
        "EUR", 999, 999, ())


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\r\n  \n", "is empty"),
        ("no_header.csv", b",,,\nA-1,2025-01-05,USD,1\n", "should name the columns"),
        ("orders.xlsx", b"order_id,order_date\n", "not an Excel workbook"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "not an Excel workbook"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "not an Excel workbook"),
    ],
)
def test_whole_file_problems(tmp_path, name, content, fragment):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(FileImportError, match=fragment) as caught:
        read_order_file(path, FileFormat.GENERIC)
    assert caught.value.item == str(path)


def test_a_missing_file_and_a_folder(tmp_path):
    with pytest.raises(FileImportError, match="does not exist"):
        read_order_file(tmp_path / "nope.csv", FileFormat.GENERIC)
    with pytest.raises(FileImportError, match="cannot be read"):
        read_order_file(tmp_path, FileFormat.GENERIC)


def test_an_encoding_that_does_not_fit_the_bytes(tmp_path):
    path = write(tmp_path, "o.csv", "order_id,order_date,currency,total\nA,2025-01-01,CNY,1\n张伟",
                 encoding="gbk")
    with pytest.raises(FileImportError, match="not text in the utf-8 encoding"):
        read_order_file(path, FileFormat.GENERIC, encoding="utf-8")
    with pytest.raises(FileImportError, match="not a text encoding"):
        read_order_file(path, FileFormat.GENERIC, encoding="klingon-8")


def test_a_row_the_csv_reader_cannot_take_names_its_row(tmp_path):
    huge = "x" * 200_000  # past the csv module's field size limit
    text = f"order_id,order_date,currency,total\nA,2025-01-01,USD,1\nB,2025-01-01,USD,{huge}\n"
    with pytest.raises(FileImportError, match="cannot be read as CSV at row 3") as caught:
        read_order_file(write(tmp_path, "big.csv", text), FileFormat.GENERIC)
    assert caught.value.params["row"] == 3
