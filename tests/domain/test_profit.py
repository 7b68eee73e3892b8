from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import numpy as np
from hypothesis import assume, given
from hypothesis import strategies as st

from seller_desk.domain.fx import convert_minor
from seller_desk.domain.money import round_to_minor
from seller_desk.domain.profit import (
    MARKETPLACE_FEES,
    RATE_DIGITS,
    allocate,
    cross_rate_to_base,
    default_fee_rule,
    margins,
    minor_factor,
    multiply_exact,
    share,
)
from seller_desk.domain.rate_history import RateHistory

rates = st.decimals(min_value=Decimal("0.000001"), max_value=Decimal("100000"), places=6,
                    allow_nan=False, allow_infinity=False).filter(lambda r: r > 0)
pairs = st.sampled_from([("EUR", "USD"), ("JPY", "USD"), ("USD", "JPY"), ("USD", "KWD"),
                         ("KRW", "EUR"), ("CNY", "USD"), ("USD", "USD")])
amounts = st.integers(min_value=-(10**12), max_value=10**12)


def scalar_allocation(amount: int, weights: list[int]) -> list[int]:
    """The definition, one order at a time in exact fractions."""
    if sum(weights) == 0:
        weights = [1] * len(weights)
    total, running, before, parts = sum(weights), 0, 0, []
    for weight in weights:
        running += weight
        rounded = _half_away(Fraction(amount * running, total))
        parts.append(rounded - before)
        before = rounded
    return parts


def _half_away(value: Fraction) -> int:
    magnitude = (2 * abs(value.numerator) + value.denominator) // (2 * value.denominator)
    return magnitude if value >= 0 else -magnitude


@given(st.lists(st.tuples(amounts, rates, pairs), min_size=1, max_size=40))
def test_vectorised_conversion_is_the_scalar_decimal_result(rows):
    # Money is stored as 64-bit integers: results beyond them are not amounts the shop has.
    assume(all(abs(convert_minor(a, cur, base, rate)) < 2**63 for a, rate, (cur, base) in rows))
    factors = [minor_factor(rate, cur, base) for _a, rate, (cur, base) in rows]
    got = multiply_exact(np.array([a for a, _r, _p in rows], dtype=np.int64), factors,
                         np.arange(len(rows), dtype=np.int64))
    expected = [convert_minor(a, cur, base, rate) for a, rate, (cur, base) in rows]
    assert got.tolist() == expected


@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=30),
       st.decimals(min_value=Decimal("1E-30"), max_value=Decimal("9.999999999999999999999999"),
                   allow_nan=False, allow_infinity=False).filter(lambda r: r > 0))
def test_long_factors_stay_exact(values, factor):
    got = multiply_exact(np.array(values, dtype=np.int64), [factor],
                         np.zeros(len(values), dtype=np.int64))
    expected = [int((Decimal(v) * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP))
                for v in values]
    assert got.tolist() == expected


def test_halves_round_away_from_zero():
    got = multiply_exact(np.array([5, -5, 15, 25], dtype=np.int64), [Decimal("0.1")],
                         np.zeros(4, dtype=np.int64))
    assert got.tolist() == [1, -1, 2, 3]
    assert multiply_exact(np.array([], dtype=np.int64), [], np.array([], dtype=np.int64)).size == 0


orders_strategy = st.lists(
    st.tuples(st.integers(min_value=-(10**10), max_value=10**10),
              st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=6)),
    min_size=1, max_size=30)


@given(orders_strategy)
def test_allocation_parts_sum_exactly_and_match_the_definition(orders):
    amounts = np.array([a for a, _w in orders], dtype=np.int64)
    order_of_line = np.array([i for i, (_a, w) in enumerate(orders) for _ in w], dtype=np.int64)
    weights = np.array([x for _a, w in orders for x in w], dtype=np.int64)
    parts = allocate(amounts, order_of_line, weights)
    sums = np.zeros(len(orders), dtype=np.int64)
    np.add.at(sums, order_of_line, parts)
    assert sums.tolist() == amounts.tolist()
    expected = [p for a, w in orders for p in scalar_allocation(a, w)]
    assert parts.tolist() == expected


def test_allocation_worked_example():
    # 10.00 over lines of 1, 1 and 1: 3.33, 3.34, 3.33 (the running total is rounded)
    parts = allocate(np.array([1000, 7], dtype=np.int64), np.array([0, 0, 0, 1, 1]),
                     np.array([100, 100, 100, 0, 0], dtype=np.int64))
    assert parts.tolist() == [333, 334, 333, 4, 3]
    assert allocate(np.array([5]), np.array([], dtype=np.int64),
                    np.array([], dtype=np.int64)).size == 0


def test_allocation_of_huge_amounts_falls_back_to_exact_integers():
    parts = allocate(np.array([2**61], dtype=np.int64), np.array([0, 0]),
                     np.array([3, 2**40], dtype=np.int64))
    assert int(parts.sum()) == 2**61


def test_fee_defaults_follow_the_marketplaces():
    etsy = default_fee_rule("etsy")
    assert (etsy.marketplace_pct, etsy.payment_pct, etsy.fixed_fee_minor, etsy.currency) == (
        Decimal("6.5"), Decimal("3"), 25, "USD")
    assert default_fee_rule("ebay").marketplace_pct == Decimal("13.25")
    assert default_fee_rule("amazon").payment_pct == 0
    assert default_fee_rule("manual") == default_fee_rule("unheard-of")
    assert default_fee_rule("manual").fixed_fee_minor == 0
    assert set(MARKETPLACE_FEES) == {"shopify", "woocommerce", "etsy", "ebay", "amazon"}
    assert share(Decimal("6.5")) == Decimal("0.065")


def test_cross_rates_keep_twelve_significant_digits():
    rate = cross_rate_to_base(Decimal("7.8231"), Decimal("1.0856"))
    assert len(rate.as_tuple().digits) == RATE_DIGITS
    assert rate == Decimal("0.138768518874")
    assert cross_rate_to_base(Decimal("1.0856"), Decimal("1.0856")) == 1


def test_a_worked_order_in_euros():
    """120.00 EUR incl. 20.00 VAT, 10.00 refunded, at 1.1 USD per EUR: revenue 99.00 USD."""
    rate = Decimal("1.1")
    revenue = convert_minor(12000 - 2000 - 1000, "EUR", "USD", rate)
    fees = (convert_minor(780, "EUR", "USD", rate), convert_minor(378, "EUR", "USD", rate))
    assert (revenue, *fees) == (9900, 858, 416)
    margin = margins(*(np.array([v]) for v in (revenue, *fees, 4000, 550, 300)))
    assert margin.tolist() == [9900 - 858 - 416 - 4000 - 550 - 300]
    assert round_to_minor(Decimal("0.005"), "USD") == 1


def test_rate_history_uses_the_newest_rate_on_or_before_the_day():
    history = RateHistory({"CNY": ([10, 20], [Decimal("7.8"), Decimal("7.9")]),
                           "USD": ([15], [Decimal("1.1")])})
    assert history.per_eur("CNY", 9) is None
    assert history.per_eur("CNY", 19) == Decimal("7.8")
    assert history.per_eur("EUR", 1) == 1
    assert history.to_base("CNY", "USD", 12) is None
    assert history.lacking("CNY", "USD", 12) == "USD"
    assert history.lacking("CNY", "USD", 5) == "CNY"
    assert history.to_base("CNY", "USD", 25) == cross_rate_to_base(Decimal("7.9"),
                                                                    Decimal("1.1"))
    assert history.to_base("CNY", "EUR", 12) == cross_rate_to_base(Decimal("7.8"), Decimal(1))
    assert history.to_base("GBP", "GBP", 1) == 1
    assert history.per_eur("GBP", 30) is None


def test_a_refund_takes_back_its_share_of_the_vat():
    from seller_desk.domain.profit import order_revenue_minor

    assert order_revenue_minor(12_000, 2_000, 0) == 10_000
    assert order_revenue_minor(12_000, 2_000, 12_000) == 0  # a full refund: nothing, not -VAT
    assert order_revenue_minor(12_000, 2_000, 6_000) == 5_000  # half refunded, half the VAT
    assert order_revenue_minor(1_000, 0, 300) == 700
    assert order_revenue_minor(0, 0, 0) == 0
    assert order_revenue_minor(999, 166, 333) == 999 - 333 - 111  # 110.67 VAT kept, rounded
