from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.integrations.order_files.amounts import parse_amount
from seller_desk.integrations.order_files.countries import country_code
from seller_desk.integrations.order_files.dates import parse_datetime

from .helpers import utc

CHECKED = settings(max_examples=200, deadline=None, derandomize=True, database=None)


@pytest.mark.parametrize(("text", "amount"), [
    ("1234.56", "1234.56"), ("1,234.56", "1234.56"), ("1.234,56", "1234.56"),
    ("1 234,56", "1234.56"), ("1\u00a0234,56", "1234.56"), ("€12,50", "12.50"),
    ("US$ 12.50", "12.50"), ("12,50 €", "12.50"), ("EUR 12.50", "12.50"), ("(12.50)", "-12.50"),
    ("-12.50", "-12.50"), ("12.50-", "-12.50"), ("-€12.50", "-12.50"), ("\u22123.5", "-3.5"),
    ("1,234", "1234"), ("0,123", "0.123"), ("12,5", "12.5"), ("1.234.567", "1234567"),
    ("1,234,567.891", "1234567.891"), ("12,34,567.00", "1234567.00"), ("1'234.56", "1234.56"),
    ("¥1,200", "1200"), ("1.000", "1.000"), ("  7 ", "7"),
])
def test_amounts_as_files_write_them(text, amount):
    assert parse_amount(text) == Decimal(amount)
    assert str(parse_amount(text)) == amount  # exact: no float on the way


@pytest.mark.parametrize("text", ["", "abc", "1.2.3,4,5", "1,2,3", "12,34,5", "1e5", "NaN",
                                  "Infinity", "1_000", "١٢٣", "12 34.5.6", "--"])
def test_not_amounts(text):
    with pytest.raises(ValueError):
        parse_amount(text)


def _grouped(value: Decimal) -> str:
    return format(value, ",f")


def _dot_styles(value: Decimal) -> list[str]:
    plain, grouped = format(value, "f"), _grouped(value)
    magnitude = format(abs(value), ",f")
    styles = [plain, grouped, f"US$ {grouped}", f"{grouped} USD", f"¥{grouped}"]
    if value < 0:
        styles += [f"({magnitude})", f"-€{magnitude}", f"€-{magnitude}", f"{magnitude}-"]
    return styles


def _comma_styles(value: Decimal) -> list[str]:
    swapped = _grouped(value).translate(str.maketrans(",.", ".,"))
    spaced = _grouped(value).translate(str.maketrans(",.", "\u00a0,"))
    return [swapped, spaced, f"€{swapped}", f"{spaced} €", format(value, "f").replace(".", ",")]


amounts = st.integers(min_value=-(10**12), max_value=10**12)


@CHECKED
@given(minor=amounts, places=st.integers(min_value=0, max_value=3))
def test_every_dot_decimal_style_reads_back_exactly(minor, places):
    value = Decimal(minor).scaleb(-places)
    for text in _dot_styles(value):
        assert parse_amount(text) == value, text


@CHECKED
@given(minor=amounts, places=st.integers(min_value=1, max_value=2))
def test_every_comma_decimal_style_reads_back_exactly(minor, places):
    # With a decimal comma an amount is written with its cents (12,50; 1.234,00): "1.234" alone
    # reads as 1.234 and "1,234" as 1234, the way most files mean them.
    value = Decimal(minor).scaleb(-places)
    for text in _comma_styles(value):
        assert parse_amount(text) == value, text


@pytest.mark.parametrize(("text", "order", "moment"), [
    ("2025-03-02T10:15:00+08:00", "ymd", utc(2025, 3, 2, 2, 15)),
    ("2025-03-02 10:15:00 +0800", "ymd", utc(2025, 3, 2, 2, 15)),
    ("2025-03-02 10:15:00 -05:00", "ymd", utc(2025, 3, 2, 15, 15)),
    ("2025-03-02T10:15:00Z", "ymd", utc(2025, 3, 2, 10, 15)),
    ("2025-03-02 10:15:00 UTC", "ymd", utc(2025, 3, 2, 10, 15)),
    ("2025-03-02", "ymd", utc(2025, 3, 2)),
    ("2025-03-02 10:15", "dmy", utc(2025, 3, 2, 10, 15)),
    ("03/02/25", "mdy", utc(2025, 3, 2)),
    ("03/02/2025", "mdy", utc(2025, 3, 2)),
    ("02/03/2025", "dmy", utc(2025, 3, 2)),
    ("02.03.2025 10:15", "dmy", utc(2025, 3, 2, 10, 15)),
    ("2025/03/02", "dmy", utc(2025, 3, 2)),
    ("3/2/2025 1:05:09 PM", "mdy", utc(2025, 3, 2, 13, 5, 9)),
    ("12/31/24 12:00 AM", "mdy", utc(2024, 12, 31)),
])
def test_dates_end_up_in_utc(text, order, moment):
    parsed = parse_datetime(text, order)
    assert parsed == moment
    assert parsed.utcoffset() is not None and parsed.utcoffset().total_seconds() == 0


@pytest.mark.parametrize("text", ["", "soon", "2025-02-30", "13/31/24", "31/12/2024 25:00"])
def test_not_dates(text):
    with pytest.raises(ValueError):
        parse_datetime(text, "mdy")


@pytest.mark.parametrize(("text", "code"), [
    ("US", "US"), ("de", "DE"), ("DEU", "DE"), ("United States", "US"),
    ("United Kingdom", "GB"), ("Germany", "DE"), ("UK", "GB"), ("Great Britain", "GB"),
    ("USA", "US"), ("U.S.A.", "US"), ("South Korea", "KR"), ("Russia", "RU"), ("Taiwan", "TW"),
    ("Hong Kong", "HK"), ("Vietnam", "VN"), ("Türkiye", "TR"), ("Turkey", "TR"), ("", ""),
    ("Atlantis", ""), ("  France ", "FR"),
])
def test_countries_to_iso_codes(text, code):
    assert country_code(text) == code
