from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seller_desk.domain.currencies import MINOR_DIGITS, minor_digits, normalise_currency
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.money import Money, round_to_minor

codes = st.sampled_from(sorted(MINOR_DIGITS))
minors = st.integers(min_value=-(10**15), max_value=10**15)


def test_minor_digits_follow_iso_4217():
    assert [minor_digits(c) for c in ("JPY", "KRW", "USD", "CNY", "HUF", "KWD", "BHD")] == [
        0, 0, 2, 2, 2, 3, 3]


def test_unknown_currency_is_a_clear_error():
    with pytest.raises(ValidationError, match="Unknown currency code: XYZ"):
        Money(100, "XYZ")
    with pytest.raises(ValidationError):
        normalise_currency("usd1")
    assert normalise_currency(" eur ") == "EUR"


def test_rounding_is_half_away_from_zero_in_the_currency_digits():
    assert round_to_minor(Decimal("1234.565"), "USD") == 123457
    assert round_to_minor(Decimal("-1234.565"), "USD") == -123457
    assert round_to_minor(Decimal("0.5"), "JPY") == 1
    assert round_to_minor(Decimal("1.0005"), "KWD") == 1001


def test_money_refuses_floats_and_mixed_currencies():
    with pytest.raises(TypeError):
        Money(1.5, "USD")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.of(1.5, "USD")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="cannot combine"):
        Money(1, "USD") + Money(1, "EUR")
    with pytest.raises(ValidationError):
        Money.of("abc", "USD")
    with pytest.raises(ValidationError):
        Money.of("NaN", "USD")


def test_convert_uses_decimal_rate_and_target_digits():
    assert Money(10000, "USD").convert(Decimal("151.237"), "JPY") == Money(15124, "JPY")
    assert Money(1999, "EUR").convert(Decimal("0.8567"), "GBP") == Money(1713, "GBP")
    with pytest.raises(ValueError):
        Money(1, "USD").convert(Decimal("0"), "EUR")


@given(minors, codes)
def test_amount_round_trips_exactly(minor, code):
    money = Money(minor, code)
    assert Money.of(money.amount, code) == money
    assert Money.of(str(money.amount), code) == money


@given(minors, minors, codes)
def test_addition_is_exact_and_reversible(a, b, code):
    total = Money(a, code) + Money(b, code)
    assert total.minor == a + b
    assert total - Money(b, code) == Money(a, code)


@given(st.decimals(min_value=-10**9, max_value=10**9, allow_nan=False, places=6), codes)
def test_rounding_error_is_at_most_half_a_minor_unit(value, code):
    minor = round_to_minor(value, code)
    assert abs(Decimal(minor).scaleb(-minor_digits(code)) - value) <= Decimal("0.5").scaleb(
        -minor_digits(code))


def test_rates_are_read_as_typed_and_refused_when_not():
    from seller_desk.domain.currencies import parse_rates
    from seller_desk.domain.errors import ValidationError

    assert parse_rates(" gbp=1.27; EUR = 1.08,, ") == {"GBP": Decimal("1.27"),
                                                      "EUR": Decimal("1.08")}
    assert parse_rates("") == {}
    for bad in ("GBP", "GBP=abc", "GBP=-1", "GBP=NaN"):
        with pytest.raises(ValidationError):
            parse_rates(bad)
