"""Price endings: parsing the setting and rounding to the nearest ending or one step up."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.price_endings import (
    DEFAULT_PRICE_ENDINGS,
    EXACT,
    Ending,
    clean_price_endings,
    ending_for,
    parse_ending,
    parse_price_endings,
)
from seller_desk.domain.settings import setting_spec


def test_default_setting_reads_as_the_spec_says():
    endings = parse_price_endings(DEFAULT_PRICE_ENDINGS)
    assert endings["USD"] == Ending(100, 99, ".99")
    assert endings["JPY"] == Ending(10, 0, "10")
    # HUF has two ISO decimals: whole tens of forints are multiples of 1,000 minor units.
    assert endings["HUF"] == Ending(1000, 0, "10")
    assert set(endings) == {"USD", "EUR", "GBP", "CAD", "AUD", "JPY", "KRW", "HUF"}
    assert clean_price_endings(DEFAULT_PRICE_ENDINGS) == DEFAULT_PRICE_ENDINGS


def test_parts_are_forgiving_about_case_and_separators():
    assert clean_price_endings(" usd=.95, chf=0.05;\tjpy=100 ") == "USD=.95 CHF=0.05 JPY=100"
    assert parse_price_endings("CHF=0.05")["CHF"] == Ending(5, 0, "0.05")
    assert clean_price_endings("") == ""


@pytest.mark.parametrize(("text", "named"), [
    ("JPY=.99", "JPY=.99"),       # yen have no decimals to end in
    ("USD", "USD"),               # no ending at all
    ("XYZ=.99", "XYZ"),           # not a currency
    ("USD=abc", "USD=abc"),
    ("USD=.999", "USD=.999"),     # finer than a cent
    ("USD=0", "USD=0"),
    ("USD=-5", "USD=-5"),
    ("USD=.99 usd=10", "USD"),    # twice
])
def test_bad_text_is_refused_naming_the_part(text, named):
    with pytest.raises(ValidationError) as caught:
        parse_price_endings(text)
    assert named in str(caught.value)


def test_the_setting_validates_through_its_spec():
    spec = setting_spec("price_endings")
    assert spec.group == "pricing" and spec.default == DEFAULT_PRICE_ENDINGS
    with pytest.raises(ValidationError) as caught:
        spec.clean("EUR=.99 JPY=.5")
    assert caught.value.item == "price_endings" and "JPY=.5" in str(caught.value)
    alert = setting_spec("rate_alert_pct")
    assert alert.default == "3" and alert.clean(" 2,5 % ") == "2.5"
    with pytest.raises(ValidationError):
        alert.clean("-1")


def test_rule_override_wins_and_unlisted_currencies_round_to_the_cent():
    endings = parse_price_endings(DEFAULT_PRICE_ENDINGS)
    assert ending_for("USD", endings) == Ending(100, 99, ".99")
    assert ending_for("USD", endings, ".95") == Ending(100, 95, ".95")
    assert ending_for("CNY", endings) == EXACT
    with pytest.raises(ValidationError):
        ending_for("JPY", endings, ".99")


def test_worked_roundings():
    charm = parse_ending(".99", "USD")
    assert charm.nearest(Decimal("2694.27")) == 2699
    assert charm.nearest(Decimal("2648")) == 2599
    assert charm.nearest(Decimal("2649")) == 2699  # half-way goes up
    assert charm.at_least(Decimal("2600")) == 2699
    assert charm.above(2599) == 2699
    assert charm.nearest(Decimal("3")) == 99  # never zero or below
    tens = parse_ending("10", "JPY")
    assert tens.nearest(Decimal("2504.9")) == 2500
    assert tens.nearest(Decimal("2505")) == 2510
    assert tens.above(2500) == 2510 and tens.nearest(Decimal(2)) == 10
    assert EXACT.nearest(Decimal("1234.5")) == 1235


endings = st.integers(1, 10_000).flatmap(
    lambda period: st.tuples(st.just(period), st.integers(0, period - 1)))
amounts = st.decimals(min_value=0, max_value=10**9, places=4)


@given(endings, amounts)
def test_rounding_lands_on_an_ending_nearest_to_the_amount(pair, amount):
    ending = Ending(*pair)
    nearest = ending.nearest(amount)
    assert ending.lands_on(nearest)
    smallest = ending.offset or ending.period
    if nearest != smallest:
        assert abs(nearest - amount) * 2 <= ending.period
    lowest = ending.at_least(amount)
    assert ending.lands_on(lowest) and lowest >= amount
    assert lowest - ending.period < amount or lowest == smallest
    up = ending.above(nearest)
    assert ending.lands_on(up) and up - nearest == ending.period
