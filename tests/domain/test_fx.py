"""Cross rates, conversions and TARGET business days, checked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seller_desk.domain.errors import KnownError, ValidationError
from seller_desk.domain.fx import (
    DayRates,
    ProviderError,
    business_days_between,
    convert_minor,
    cross_rate,
    easter_sunday,
    is_business_day,
    is_stale,
    previous_business_day,
)
from seller_desk.domain.fx_checks import checked_answers, manual_per_eur
from seller_desk.domain.fx_settings import provider_names

RATES = {"USD": Decimal("1.1435"), "CNY": Decimal("8.1470"), "JPY": Decimal("172.50"),
         "GBP": Decimal("0.8650")}


def test_cross_rates_come_from_the_euro_rates_exactly():
    assert cross_rate(RATES, "EUR", "USD") == Decimal("1.1435")
    assert cross_rate(RATES, "USD", "EUR") == Decimal(1) / Decimal("1.1435")
    assert cross_rate(RATES, "USD", "CNY") == Decimal("8.1470") / Decimal("1.1435")
    assert cross_rate(RATES, "GBP", "GBP") == 1
    assert cross_rate(RATES, "EUR", "EUR") == 1


def test_a_currency_without_a_rate_is_refused_never_one():
    with pytest.raises(ValidationError, match="No rate for TWD"):
        cross_rate(RATES, "USD", "TWD")
    with pytest.raises(ValidationError, match="not positive"):
        cross_rate({"USD": Decimal(0)}, "EUR", "USD")


def test_conversion_rounds_once_with_each_currencys_exponent():
    # 100.00 USD at 172.50/1.1435 JPY per USD = 15085.2645... → 15085 yen (no decimals)
    assert convert_minor(10000, "USD", "JPY", cross_rate(RATES, "USD", "JPY")) == 15085
    # 1,000 yen to USD: 1000 * 1.1435 / 172.50 = 6.62898... → 6.63
    assert convert_minor(1000, "JPY", "USD", cross_rate(RATES, "JPY", "USD")) == 663
    # half away from zero at the end: 0.125 → 0.13, -0.125 → -0.13
    assert convert_minor(25, "EUR", "USD", Decimal("0.5")) == 13
    assert convert_minor(-25, "EUR", "USD", Decimal("0.5")) == -13
    # 3-decimal currency
    assert convert_minor(1000, "EUR", "KWD", Decimal("0.35")) == 3500
    with pytest.raises(ValueError):
        convert_minor(100, "EUR", "USD", Decimal(0))


@given(minor=st.integers(min_value=-10**12, max_value=10**12),
       rate=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("20000"), places=4))
def test_a_round_trip_loses_at_most_the_rounding(minor: int, rate: Decimal):
    rates = {"USD": rate}
    there = convert_minor(minor, "EUR", "USD", cross_rate(rates, "EUR", "USD"))
    assert abs(Decimal(there) - Decimal(minor) * rate) <= Decimal("0.5")
    back = convert_minor(there, "USD", "EUR", cross_rate(rates, "USD", "EUR"))
    # Back within half a cent plus the cent lost on the way, scaled back.
    assert abs(back - minor) <= Decimal("0.5") + Decimal("0.5") / rate + Decimal("1e-12")


def test_easter_and_the_target_holidays():
    assert easter_sunday(2026) == date(2026, 4, 5)
    assert easter_sunday(2025) == date(2025, 4, 20)
    assert easter_sunday(2024) == date(2024, 3, 31)
    for closed in (date(2026, 4, 3), date(2026, 4, 6), date(2026, 1, 1), date(2026, 5, 1),
                   date(2026, 12, 25), date(2026, 12, 26), date(2026, 4, 4)):
        assert not is_business_day(closed)
    assert is_business_day(date(2026, 4, 2)) and is_business_day(date(2026, 4, 7))


def test_previous_business_day():
    assert previous_business_day(date(2026, 4, 6)) == date(2026, 4, 2)  # Easter Monday
    assert previous_business_day(date(2026, 4, 3)) == date(2026, 4, 2)  # Good Friday
    assert previous_business_day(date(2026, 11, 22)) == date(2026, 11, 20)  # Sunday
    assert previous_business_day(date(2026, 11, 23)) == date(2026, 11, 23)
    assert previous_business_day(date(2027, 1, 1)) == date(2026, 12, 31)
    assert previous_business_day(date(2026, 12, 27)) == date(2026, 12, 24)


def test_stale_after_three_business_days():
    friday = date(2026, 11, 20)
    assert business_days_between(friday, friday) == 0
    assert business_days_between(friday, date(2026, 11, 22)) == 0  # the weekend
    assert business_days_between(friday, date(2026, 11, 25)) == 3
    assert not is_stale(friday, date(2026, 11, 25))
    assert is_stale(friday, date(2026, 11, 26))
    # Over Easter 2026: Thursday 2 April, then only 7, 8, 9 April count.
    assert not is_stale(date(2026, 4, 2), date(2026, 4, 9))
    assert is_stale(date(2026, 4, 2), date(2026, 4, 10))
    assert is_stale(friday, date(2026, 11, 24), limit=1)


def test_provider_error_names_the_provider():
    error = ProviderError("ecb", "{provider} answered HTTP {status}", status=504)
    assert isinstance(error, KnownError)
    assert str(error) == "ecb answered HTTP 504" and error.item == "ecb"


def test_answers_are_checked_before_storing():
    day = date(2026, 4, 2)
    kept = checked_answers("ecb", [DayRates(day, {"USD": Decimal("1.1"), "CYP": Decimal("0.5"),
                                                  "EUR": Decimal(1)}, "ecb")])
    assert kept == [DayRates(day, {"USD": Decimal("1.1")}, "ecb")]
    with pytest.raises(ProviderError, match="ecb answered without any rates"):
        checked_answers("ecb", [DayRates(day, {}, "ecb")])
    with pytest.raises(ProviderError, match="frankfurter gave -1 for USD"):
        checked_answers("frankfurter", [DayRates(day, {"USD": Decimal(-1)}, "frankfurter")])


def test_a_typed_rate_against_another_currency_becomes_per_euro():
    # 32.5 TWD per USD, 1.1435 USD per EUR → 37.16375 TWD per EUR
    assert manual_per_eur("TWD", "32.5", "USD", Decimal("1.1435")) == Decimal("37.16375")
    assert manual_per_eur("TWD", Decimal("37"), "EUR", Decimal(1)) == Decimal(37)
    for bad in ("0", "-3", "abc", "NaN"):
        with pytest.raises(ValidationError, match="positive number"):
            manual_per_eur("TWD", bad, "EUR", Decimal(1))
    with pytest.raises(ValidationError):
        manual_per_eur("TWD", "1", "TWD", Decimal(1))


def test_provider_chain_setting():
    assert provider_names(" ECB, frankfurter;ecb ") == ("ecb", "frankfurter")
    with pytest.raises(ValidationError, match="Unknown rate provider yahoo"):
        provider_names("ecb,yahoo")
    with pytest.raises(ValidationError):
        provider_names(" , ")
