"""Restocking fees and refunds of a return: worked examples and properties."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from seller_desk.domain.currencies import MINOR_DIGITS
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.money import round_to_minor
from seller_desk.domain.return_money import (
    ReturnLedger,
    check_refund,
    refundable_minor,
    restocking_fee_minor,
)
from seller_desk.domain.text import CONTEXT_OF

stable = settings(max_examples=300, deadline=None, derandomize=True, database=None)
codes = st.sampled_from(sorted(MINOR_DIGITS))
percentages = st.decimals(min_value=0, max_value=100, places=4, allow_nan=False)


def test_restocking_fee_rounds_half_up_in_the_currency():
    assert restocking_fee_minor(10000, Decimal(15), "EUR") == 1500
    assert restocking_fee_minor(1999, Decimal(15), "EUR") == 300  # 299.85 cents
    assert restocking_fee_minor(10, Decimal(25), "EUR") == 3  # 2.5 cents: half goes up
    assert restocking_fee_minor(10, Decimal("24.9"), "EUR") == 2
    assert restocking_fee_minor(1234, Decimal("12.5"), "JPY") == 154  # 154.25 yen
    assert restocking_fee_minor(1001, Decimal(50), "KWD") == 501  # 500.5 fils
    assert restocking_fee_minor(5000, Decimal(0), "USD") == 0
    assert restocking_fee_minor(5000, Decimal(100), "USD") == 5000


def test_restocking_fee_refuses_bad_input():
    with pytest.raises(TypeError):
        restocking_fee_minor(100, 10.0, "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="0 to 100"):
        restocking_fee_minor(100, Decimal("100.01"), "EUR")
    with pytest.raises(ValueError):
        restocking_fee_minor(100, Decimal("NaN"), "EUR")
    with pytest.raises(ValidationError, match="Unknown currency"):
        restocking_fee_minor(100, Decimal(10), "XYZ")


@stable
@given(st.integers(min_value=-(10**30), max_value=10**30), percentages, codes)
@example(10, Decimal(25), "EUR")  # exact halves: away from zero on both sides
@example(-10, Decimal(25), "EUR")
@example(10**29 + 1, Decimal(50), "JPY")
def test_restocking_fee_is_exact_even_for_huge_amounts(amount, pct, code):
    digits = MINOR_DIGITS[code]
    with localcontext() as exact:
        exact.prec = 100  # so the reference computation itself does not round
        expected = round_to_minor(Decimal(amount).scaleb(-digits) * pct / 100, code)
    fee = restocking_fee_minor(amount, pct, code)
    assert fee == expected
    assert abs(fee) <= abs(amount)


@stable
@given(st.integers(min_value=-(10**20), max_value=10**20), codes)
def test_an_exact_half_always_rounds_away_from_zero(half, code):
    odd = 2 * half + 1
    assert restocking_fee_minor(odd, Decimal(50), code) == (half + 1 if odd > 0 else half)


def test_refundable_is_never_negative():
    assert refundable_minor(5000, 1200) == 3800
    assert refundable_minor(5000, 5000) == 0
    assert refundable_minor(5000, 7000) == 0


def test_a_refund_must_be_positive():
    for amount in (0, -1):
        with pytest.raises(ValidationError) as caught:
            check_refund(amount, 5000, 0, "EUR")
        assert str(caught.value) == "A refund must be more than zero."
        assert CONTEXT_OF[caught.value.message] == "returns"


def test_a_refund_may_not_exceed_what_is_left():
    check_refund(3800, 5000, 1200, "EUR")
    with pytest.raises(ValidationError) as caught:
        check_refund(3801, 5000, 1200, "EUR")
    assert str(caught.value) == (
        "A refund of 38.01 EUR is more than the 38.00 EUR still refundable on this order.")
    assert caught.value.params == {"amount": "38.01 EUR", "left": "38.00 EUR"}
    assert caught.value.context == "returns"
    with pytest.raises(ValidationError, match="1 JPY is more than the 0 JPY"):
        check_refund(1, 500, 500, "JPY")


def test_ledger_adds_refunds_and_is_unchanged_by_a_refused_one():
    ledger = ReturnLedger(paid_minor=5000, refunded_minor=0, currency="EUR")
    ledger = ledger.refund(2000).refund(3000)
    assert (ledger.refunded_minor, ledger.refundable_minor) == (5000, 0)
    with pytest.raises(ValidationError):
        ledger.refund(1)
    assert ledger == ReturnLedger(5000, 5000, "EUR")
    with pytest.raises(TypeError):
        ledger.refund(Decimal(1))  # type: ignore[arg-type]


# One refund attempt: any integer at all (negative, zero, huge), or one aimed at the edges of
# what is left, so valid refunds and just-too-large ones both come up often.
@st.composite
def attempts(draw: st.DrawFn, left: int) -> int:
    kind = draw(st.sampled_from(["any", "within", "edge"]))
    if kind == "any":
        return draw(st.integers(min_value=-(10**20), max_value=10**20))
    if kind == "within" and left > 0:
        return draw(st.integers(min_value=1, max_value=left))
    return left + draw(st.integers(min_value=-1, max_value=1))


@stable
@given(st.integers(min_value=0, max_value=10**15), codes, st.data())
def test_random_refunds_never_exceed_what_was_paid(paid, code, data):
    start = data.draw(st.integers(min_value=0, max_value=paid), label="already refunded")
    ledger = ReturnLedger(paid, start, code)
    accepted = 0
    for _ in range(data.draw(st.integers(min_value=0, max_value=25), label="attempts")):
        amount = data.draw(attempts(ledger.refundable_minor), label="amount")
        before = ledger
        try:
            ledger = ledger.refund(amount)
        except ValidationError:
            assert ledger == before  # a refused refund changes nothing
            assert amount <= 0 or amount > before.refundable_minor
            continue
        assert 0 < amount <= before.refundable_minor
        assert ledger.refunded_minor == before.refunded_minor + amount
        assert (ledger.paid_minor, ledger.currency) == (before.paid_minor, before.currency)
        accepted += amount
        assert ledger.refunded_minor <= ledger.paid_minor
    assert ledger.refunded_minor == start + accepted <= paid
    assert ledger.refundable_minor == paid - ledger.refunded_minor
