"""Random valid orders written with csv.writer read back exactly as they were meant."""

import csv
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.imports import (
    ColumnMapping,
    FileFormat,
    ImportedCustomer,
    ImportedLine,
    ImportedOrder,
)
from seller_desk.domain.orders import OrderStatus
from seller_desk.integrations.order_files import read_order_file

HEADER = ["order_id", "order_date", "customer_id", "customer_email", "customer_name", "country",
          "currency", "total", "sku", "quantity", "unit_price", "title"]
MAPPING = ColumnMapping({name: name for name in HEADER})

text = st.text(
    alphabet=st.characters(
        exclude_categories=("Cs", "Cc", "Zl", "Zp"), include_characters=',;"\t\n|'
    ),
    min_size=1, max_size=10,
).map(str.strip).filter(bool)
codes = st.sampled_from(["USD", "EUR", "JPY", "KWD", "CNY", "GBP"])
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5))]),
).map(lambda moment: moment.replace(microsecond=0))


@st.composite
def orders(draw):
    currency = draw(codes)
    lines = draw(st.lists(
        st.tuples(text, text, st.integers(1, 500), st.integers(0, 10**9)), min_size=1, max_size=4,
    ))
    return {
        "placed_at": draw(moments),
        "iso": draw(st.booleans()),
        "customer": ImportedCustomer(
            external_id=draw(text), email=draw(text), name=draw(text),
            country=draw(st.sampled_from(["", "US", "DE", "JP", "CN", "BR"])),
        ),
        "currency": currency,
        "lines": [ImportedLine(sku, title, qty, price) for sku, title, qty, price in lines],
    }


def _money(minor: int, currency: str) -> str:
    return str(Decimal(minor).scaleb(-minor_digits(currency)))


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(st.lists(orders(), min_size=1, max_size=8), st.sampled_from([",", ";", "\t", "|"]))
def test_generic_rows_read_back_identically(generated, delimiter):
    expected = []
    rows = []
    row_number = 1
    for n, order in enumerate(generated):
        order_id = f"ORD-{n}"
        moment = order["placed_at"]
        written = moment.isoformat() if order["iso"] else moment.strftime("%Y-%m-%d %H:%M:%S %z")
        total = sum(line.quantity * line.unit_price_minor for line in order["lines"])
        customer = order["customer"]
        for line in order["lines"]:
            rows.append([order_id, written, customer.external_id, customer.email, customer.name,
                         customer.country, order["currency"], _money(total, order["currency"]),
                         line.sku, line.quantity, _money(line.unit_price_minor, order["currency"]),
                         line.title])
        first = row_number + 1
        row_number += len(order["lines"])
        expected.append(ImportedOrder(
            external_id=order_id, number=order_id, placed_at=moment.astimezone(UTC),
            status=OrderStatus.PAID, currency=order["currency"], subtotal_minor=total,
            shipping_minor=0, tax_minor=0, discount_minor=0, total_minor=total,
            customer=customer, lines=tuple(order["lines"]),
            rows=tuple(range(first, row_number + 1)),
        ))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders.csv"
        with path.open("w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file, delimiter=delimiter)
            writer.writerow(HEADER)
            writer.writerows(rows)
        parsed = read_order_file(path, FileFormat.GENERIC, mapping=MAPPING)
    assert parsed.problems == ()
    assert parsed.delimiter == delimiter
    assert parsed.orders == tuple(expected)
