import datetime as dt

import openpyxl
import pytest

from seller_desk.domain.imports import ColumnMapping, FileFormat, ImportedLine
from seller_desk.integrations.order_files import read_header, read_order_file

from .helpers import DATA, utc, write

CHINESE = (
    "order_id,order_date,customer_name,country,currency,total,sku,quantity,unit_price\n"
    "CN-1,2025-03-02 10:15:00 +0800,张伟,中国,CNY,128.00,茶-01,2,64.00\n"
    "CN-2,2025-03-03,王芳,CN,CNY,56.50,杯-02,1,56.50\n"
)


def test_gbk_file_with_chinese_names_is_detected(tmp_path):
    parsed = read_order_file(write(tmp_path, "gbk.csv", CHINESE, "gbk"), FileFormat.GENERIC)
    assert parsed.encoding == "gb18030"  # GBK's superset
    assert parsed.problems == ()
    first, second = parsed.orders
    assert (first.customer.name, second.customer.name) == ("张伟", "王芳")
    assert first.customer.country == ""  # a country name pycountry does not know in Chinese
    assert first.lines == (ImportedLine("茶-01", "", 2, 6400),)
    assert first.placed_at == utc(2025, 3, 2, 2, 15)


def test_encoding_argument_overrides_the_guess(tmp_path):
    path = write(tmp_path, "gbk.csv", CHINESE, "gbk")
    parsed = read_order_file(path, FileFormat.GENERIC, encoding="GBK")
    assert parsed.encoding == "gbk"
    assert parsed.orders[0].customer.name == "张伟"


@pytest.mark.parametrize(("encoding", "reported"), [
    ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1252", "cp1252"),
])
def test_byte_order_marks_and_western_files(tmp_path, encoding, reported):
    text = ("order_id,order_date,customer_name,currency,total\n"
            "W-1,2025-03-02,Zoë Müller,EUR,\"€12,50\"\n")
    parsed = read_order_file(write(tmp_path, "w.csv", text, encoding), FileFormat.GENERIC)
    assert parsed.encoding == reported
    (order,) = parsed.orders
    assert (order.customer.name, order.total_minor) == ("Zoë Müller", 1250)


def test_bom_is_not_part_of_the_first_column(tmp_path):
    path = write(tmp_path, "bom.csv", "order_id,order_date,currency,total\nX,2025-01-01,USD,1\n",
                 "utf-8-sig")
    header = read_header(path)
    assert header.columns == ("order_id", "order_date", "currency", "total")
    assert (header.encoding, header.guessed_format) == ("utf-8-sig", FileFormat.GENERIC)


def test_semicolons_and_decimal_commas(tmp_path):
    text = ("order_id;order_date;customer_email;country;currency;total;sku;quantity;unit_price\n"
            "S-1;02.03.2025;a@b.de;Deutschland;EUR;1.234,50;LMP-1;1;1.234,50\n"
            "S-2;03.03.2025;c@d.de;DE;EUR;\"12,50\";KRZ-2;2;6,25\n")
    mapping = ColumnMapping.default()
    dmy = ColumnMapping(mapping.columns, date_order="dmy")
    parsed = read_order_file(write(tmp_path, "eu.csv", text), FileFormat.GENERIC, mapping=dmy)
    assert parsed.delimiter == ";"
    assert parsed.problems == ()
    first, second = parsed.orders
    assert first.placed_at == utc(2025, 3, 2)
    assert (first.total_minor, second.total_minor) == (123450, 1250)
    assert second.lines == (ImportedLine("KRZ-2", "", 2, 625),)


def test_a_wrongly_sniffed_delimiter_is_recovered(tmp_path):
    # The header line has more commas than semicolons, yet the file is semicolon-separated.
    text = ('order_id;order_date;currency;total;"notes, free text, as typed, by hand, here"\n'
            "R-1;2025-01-02;USD;3.50;\"fragile, handle with care\"\n")
    parsed = read_order_file(write(tmp_path, "r.csv", text), FileFormat.GENERIC)
    assert parsed.delimiter == ";"
    assert [o.total_minor for o in parsed.orders] == [350]


def test_quoted_fields_with_delimiters_and_line_breaks(tmp_path):
    text = ('order_id,order_date,currency,total,sku,quantity,unit_price,title\n'
            'Q-1,2025-01-02,USD,10.00,A,1,4.00,"Mug, blue\nwith lid"\n'
            'Q-1,2025-01-02,USD,10.00,B,1,6.00,"Plate ""large"""\n'
            'Q-2,2025-01-02,USD,x,C,1,6.00,Bowl\n')
    mapping = ColumnMapping({**ColumnMapping.default().columns, "title": "title"})
    parsed = read_order_file(write(tmp_path, "q.csv", text), FileFormat.GENERIC, mapping=mapping)
    (order,) = parsed.orders
    assert [line.title for line in order.lines] == ["Mug, blue\nwith lid", 'Plate "large"']
    assert order.rows == (2, 3)
    assert [(p.row, p.column) for p in parsed.problems] == [(4, "total")]


def test_zero_and_three_decimal_currencies(tmp_path):
    parsed = read_order_file(DATA / "generic.csv", FileFormat.GENERIC)
    orders = {o.external_id: o for o in parsed.orders}
    assert orders["A-1"].placed_at == utc(2025, 2, 1, 9)
    assert (orders["A-1"].currency, orders["A-1"].total_minor) == ("USD", 3150)
    assert orders["A-2"].lines == (ImportedLine("FRS-01", "", 3, 1200),)
    assert (orders["A-2"].currency, orders["A-2"].total_minor) == ("JPY", 3600)
    assert orders["A-2"].customer.country == "JP"  # "Japan"
    assert orders["A-3"].lines == (ImportedLine("OUD-01", "", 1, 12345),)
    assert (orders["A-3"].currency, orders["A-3"].total_minor) == ("KWD", 12345)


def test_rounding_to_the_currency_is_half_away_from_zero(tmp_path):
    text = ("order_id,order_date,currency,total\n"
            "J-1,2025-01-01,JPY,1200.5\nK-1,2025-01-01,KWD,1.0005\nU-1,2025-01-01,USD,(2.345)\n")
    parsed = read_order_file(write(tmp_path, "r.csv", text), FileFormat.GENERIC)
    assert [o.total_minor for o in parsed.orders[:2]] == [1201, 1001]
    assert [(p.row, p.column) for p in parsed.problems] == [(4, "total")]  # below zero


def test_xlsx_with_typed_cells(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Order ID", "Date", "Email", "Currency", "Amount", "SKU", "Qty", "Price"])
    sheet.append(["X-1", dt.datetime(2025, 3, 2, 10, 15), "a@b.c", "USD", 19.9, "S1", 2, 9.95])
    sheet.append(["X-2", dt.date(2025, 3, 3), "d@e.f", "JPY", 3600, "S2", 3, 1200])
    sheet.append([None, None, None, None, None, None, None, None])
    sheet.append(["X-3", "2025-03-04", "g@h.i", "KWD", "1.5", "S3", 1.0, 1.5])
    path = tmp_path / "orders.xlsx"
    book.save(path)

    header = read_header(path)
    assert header.columns == ("Order ID", "Date", "Email", "Currency", "Amount", "SKU", "Qty",
                              "Price")
    assert (header.encoding, header.delimiter, header.guessed_format) == ("", "", None)
    assert header.sample_rows[0] == (
        "X-1", "2025-03-02 10:15:00", "a@b.c", "USD", "19.9", "S1", "2", "9.95")
    assert len(header.sample_rows) == 3  # the empty row is no sample

    from seller_desk.domain.imports import suggest_mapping

    parsed = read_order_file(path, FileFormat.GENERIC, mapping=suggest_mapping(header.columns))
    assert parsed.problems == ()
    assert [(o.external_id, o.total_minor, o.lines[0].unit_price_minor, o.lines[0].quantity)
            for o in parsed.orders] == [("X-1", 1990, 995, 2), ("X-2", 3600, 1200, 3),
                                        ("X-3", 1500, 1500, 1)]
    assert parsed.orders[0].placed_at == utc(2025, 3, 2, 10, 15)
    assert parsed.orders[2].rows == (5,)  # after the empty row 4


@pytest.mark.parametrize(("name", "expected", "delimiter"), [
    ("shopify_orders.csv", FileFormat.SHOPIFY, ","),
    ("woocommerce_orders.csv", FileFormat.WOOCOMMERCE, ","),
    ("etsy_sold_orders.csv", FileFormat.ETSY, ","),
    ("etsy_sold_order_items.csv", FileFormat.ETSY, ","),
    ("amazon_all_orders.txt", FileFormat.AMAZON, "\t"),
    ("generic.csv", FileFormat.GENERIC, ","),
])
def test_read_header_guesses_the_export(name, expected, delimiter):
    header = read_header(DATA / name, sample=2)
    assert header.guessed_format is expected
    assert header.delimiter == delimiter
    assert len(header.sample_rows) == 2
    assert all(len(row) == len(header.columns) for row in header.sample_rows)


def test_read_header_of_an_unknown_layout(tmp_path):
    header = read_header(write(tmp_path, "x.csv", "Bestellung;Datum;Betrag\n1;2.3.2025;5\n"))
    assert (header.columns, header.delimiter, header.guessed_format) == (
        ("Bestellung", "Datum", "Betrag"), ";", None)
    assert header.sample_rows == (("1", "2.3.2025", "5"),)


def test_progress_is_reported_and_cancel_stops(tmp_path):
    lines = ["order_id,order_date,currency,total"]
    lines += [f"P-{i},2025-01-01,USD,1.00" for i in range(10_000)]
    path = write(tmp_path, "p.csv", "\n".join(lines) + "\n")
    calls = []
    parsed = read_order_file(path, FileFormat.GENERIC, progress=lambda d, t: calls.append((d, t)))
    size = path.stat().st_size
    assert calls[0] == (0, size) and calls[-1] == (10_000, size)
    assert [d for d, _ in calls[1:-1]] == [4096, 8192]
    assert len(parsed.orders) == 10_000

    with pytest.raises(InterruptedError):
        read_order_file(path, FileFormat.GENERIC, cancelled=lambda: len(calls) > 0,
                        progress=lambda d, t: calls.append((d, t)))
