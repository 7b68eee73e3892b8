import calendar
from datetime import date
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention import loyalty
from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.retention.loyalty import (
    LoyaltyRules,
    Tier,
    add_months,
    add_months_array,
    default_tiers,
    expiry_day,
    format_tiers,
    order_points,
    orders_points,
    parse_tiers,
    refund_points,
    tier_index,
    tier_timeline,
    twelve_month_spend,
)
from seller_desk.domain.text import CONTEXT_OF

EPOCH = date(1970, 1, 1)


def day(text: str) -> int:
    return (date.fromisoformat(text) - EPOCH).days


TIERS = (Tier("Bronze", 0), Tier("Silver", 50_000), Tier("Gold", 200_000))


# --- tiers as text ---------------------------------------------------------------------------

def test_parse_default_tiers():
    assert parse_tiers("Bronze: 0, Silver: 500, Gold: 2000", 2) == TIERS
    assert default_tiers(2) == TIERS
    assert LoyaltyRules().tiers == TIERS
    assert default_tiers(0) == (Tier("Bronze", 0), Tier("Silver", 500), Tier("Gold", 2000))
    assert default_tiers(3)[1] == Tier("Silver", 500_000)


def test_parse_is_forgiving_about_layout():
    assert parse_tiers(" Bronze :0 ;Silver Star  : 499.99,\n Gold: 2000.00 ", 2) == (
        Tier("Bronze", 0), Tier("Silver Star", 49_999), Tier("Gold", 200_000)
    )
    # Typed with a Chinese input method: full-width colon and comma.
    assert parse_tiers("铜牌：0，银牌：500", 2) == (Tier("铜牌", 0), Tier("银牌", 50_000))
    # 500.000 is a 2-digit amount written with a trailing zero.
    assert parse_tiers("A: 0, B: 500.000", 2)[1] == Tier("B", 50_000)


@pytest.mark.parametrize(("text", "digits", "message", "item"), [
    ("", 2, "at least one tier", None),
    (" , ", 2, "at least one tier", None),
    ("Bronze 0", 2, "A tier is written name: amount, like Silver: 500; not Bronze 0.",
     "Bronze 0"),
    (": 0", 2, "A tier is written name: amount", ": 0"),
    ("Bronze:", 2, "A tier is written name: amount", "Bronze:"),
    ("Bronze: zero", 2, "amount of tier Bronze must be a number of 0 or more; not zero",
     "Bronze: zero"),
    ("Bronze: NaN", 2, "0 or more; not NaN", "Bronze: NaN"),
    ("Bronze: 0, Silver: Infinity", 2, "0 or more; not Infinity", "Silver: Infinity"),
    ("Bronze: 0, Silver: -5", 2, "tier Silver must be a number of 0 or more; not -5",
     "Silver: -5"),
    ("Bronze: 0, Silver: 500.005", 2,
     r"Silver has more decimals than the currency allows \(2\): 500.005", "Silver: 500.005"),
    ("Bronze: 0, Silver: 500.5", 0, r"allows \(0\): 500.5", "Silver: 500.5"),
    ("Bronze: 10, Silver: 500", 2, "first tier must start at 0.*Bronze starts at 10", "Bronze"),
    ("Bronze: 0, Silver: 500, Gold: 500", 2,
     r"Gold \(500\) comes after Silver \(500\)", "Gold"),
    ("Bronze: 0, Gold: 2000, Silver: 500.5", 2,
     r"Silver \(500.50\) comes after Gold \(2000\)", "Silver"),
    ("Bronze: 0, bronze: 10", 2, "Two tiers are called bronze", "bronze"),
    ("Bronze: 0, " + "X" * 41 + ": 5", 2, "longer than 40 characters", "X" * 41 + ": 5"),
])
def test_parse_refuses_with_a_clear_message(text, digits, message, item):
    with pytest.raises(ValidationError, match=message) as caught:
        parse_tiers(text, digits)
    assert caught.value.item == item
    assert CONTEXT_OF[caught.value.message] == "errors"
    assert "{" not in str(caught.value)  # every placeholder filled


def test_format_tiers():
    assert format_tiers(TIERS, 2) == "Bronze: 0, Silver: 500, Gold: 2000"
    assert format_tiers((Tier("A", 0), Tier("B", 49_999)), 2) == "A: 0, B: 499.99"
    assert format_tiers((Tier("A", 0), Tier("B", 5)), 3) == "A: 0, B: 0.005"
    assert format_tiers((Tier("A", 0), Tier("B", 5)), 0) == "A: 0, B: 5"


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.text(st.characters(categories=("L", "N"), include_characters=" -'"), min_size=1,
                max_size=12).map(lambda s: " ".join(s.split())).filter(bool),
        min_size=1, max_size=5, unique_by=str.casefold,
    ),
    st.lists(st.integers(1, 10**9), min_size=4, max_size=4),
    st.sampled_from([0, 2, 3]),
)
def test_format_then_parse_gives_the_same_tiers(names, steps, digits):
    thresholds = np.concatenate(([0], np.cumsum(steps)))[: len(names)].tolist()
    tiers = tuple(Tier(n, t) for n, t in zip(names, thresholds, strict=True))
    assert parse_tiers(format_tiers(tiers, digits), digits) == tiers


def test_rules_are_checked():
    with pytest.raises(ValidationError, match="Points per unit"):
        LoyaltyRules(points_per_unit=Decimal(-1))
    with pytest.raises(ValidationError, match="Points per unit"):
        LoyaltyRules(points_per_unit=Decimal("NaN"))
    with pytest.raises(ValidationError, match="0 months"):
        LoyaltyRules(expiry_months=-1)
    with pytest.raises(ValidationError, match="first tier must start at 0"):
        LoyaltyRules(tiers=(Tier("Silver", 100),))
    assert LoyaltyRules(expiry_months=0).expiry_months == 0


# --- points ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("net", "digits", "rate", "points"), [
    (1999, 2, "1", 19),  # 19.99 -> 19
    (1999, 2, "1.5", 29),  # 29.985 -> 29
    (10_000, 2, "0.29", 29),  # 100.00 * 0.29 = 29 exactly (as floats: 28.999999999999996)
    (999, 2, "0.1", 0),  # 0.999 -> 0
    (1000, 2, "0.1", 1),
    (1999, 0, "1", 1999),  # JPY: 1999 yen
    (1999, 3, "1", 1),  # KWD: 1.999
    (0, 2, "1", 0),
    (-500, 2, "1", 0),  # never negative for an order
    (1999, 2, "0", 0),
])
def test_order_points_floor(net, digits, rate, points):
    assert order_points(net, digits, Decimal(rate)) == points


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(-10**6, 10**12), max_size=20),
    st.sampled_from([0, 2, 3]),
    # Up to 10,000 points per unit of money: more would overflow the 64-bit points column.
    st.decimals(min_value=0, max_value=10**4, places=3),
)
def test_orders_points_match_one_by_one(nets, digits, rate):
    got = orders_points(np.array(nets, dtype=np.int64), digits, rate)
    assert got.tolist() == [order_points(n, digits, rate) for n in nets]


def test_refund_reverses_points():
    # 100.00 -> 40.00 after a partial refund at 1 point per unit: 100 - 40 = 60 points back.
    assert refund_points(10_000, 4_000, 2, Decimal(1)) == -60
    assert refund_points(10_000, 0, 2, Decimal(1)) == -100


# --- calendar --------------------------------------------------------------------------------

@pytest.mark.parametrize(("start", "months", "end"), [
    ("2023-01-31", 1, "2023-02-28"),
    ("2024-01-31", 1, "2024-02-29"),
    ("2024-02-29", 12, "2025-02-28"),
    ("2024-03-31", -1, "2024-02-29"),
    ("2023-08-31", 1, "2023-09-30"),
    ("2023-12-15", 1, "2024-01-15"),
    ("2024-01-15", -13, "2022-12-15"),
    ("1969-12-31", 2, "1970-02-28"),  # before the epoch (negative day numbers)
])
def test_add_months_clamps_to_month_end(start, months, end):
    assert add_months(day(start), months) == day(end)


def reference_add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last))


@given(st.dates(date(1900, 1, 1), date(2200, 12, 31)), st.integers(-240, 240))
def test_add_months_matches_the_calendar(start, months):
    expected = (reference_add_months(start, months) - EPOCH).days
    assert add_months((start - EPOCH).days, months) == expected
    assert add_months_array(np.array([(start - EPOCH).days]), months).tolist() == [expected]


def test_expiry_day():
    assert expiry_day(day("2024-01-31"), 1) == day("2024-02-29")
    assert expiry_day(day("2024-01-31"), 0) is None


# --- tiers over time -------------------------------------------------------------------------

def test_tier_index():
    spend = np.array([0, 49_999, 50_000, 199_999, 200_000, 10**12, -5])
    assert tier_index(spend, TIERS).tolist() == [0, 0, 1, 1, 2, 2, 0]
    assert tier_index(spend, (Tier("Only", 0),)).tolist() == [0] * 7


def test_twelve_month_spend():
    history = PurchaseHistory.of(
        [1, 1, 2, 3], [day("2023-06-01"), day("2024-05-31"), day("2023-05-31"), day("2024-07-01")],
        [100, 250, 70, 999],
    )
    # As of 2024-06-01: customer 1's 2023-06-01 order leaves that very day (add 12 months);
    # customer 2's order left on 2024-05-31, customer 3's comes later.
    customers, spend = twelve_month_spend(history, day("2024-06-01"))
    assert customers.tolist() == [1, 2]
    assert spend.tolist() == [250, 0]
    _, spend = twelve_month_spend(history, day("2024-05-31"))
    assert spend.tolist() == [350, 0]
    empty = twelve_month_spend(history, day("2020-01-01"))
    assert empty[0].size == 0 and empty[1].size == 0


ORDERS = (
    np.array([day("2024-01-31"), day("2024-03-15"), day("2024-06-01")]),
    np.array([30_000, 30_000, 150_000]),
)


def test_tier_timeline_around_the_window_edge():
    # 2024-01-31  300 -> 300    Bronze (not listed: the start)
    # 2024-03-15  300 -> 600    Silver
    # 2024-06-01 1500 -> 2100   Gold
    # 2025-01-31  first order leaves: 1800  Silver (still Gold on 2025-01-30)
    # 2025-03-15  second leaves: 1500       Silver, no change
    # 2025-06-01  third leaves: 0           Bronze
    expected = (
        (day("2024-03-15"), 1), (day("2024-06-01"), 2), (day("2025-01-31"), 1),
        (day("2025-06-01"), 0),
    )
    assert tier_timeline(*ORDERS, TIERS, day("2026-01-01")) == expected
    assert tier_timeline(*ORDERS, TIERS, day("2025-01-30")) == expected[:2]
    assert tier_timeline(*ORDERS, TIERS, day("2025-01-31")) == expected[:3]
    assert tier_timeline(*ORDERS, TIERS, day("2024-01-30")) == ()


def test_tier_timeline_leap_day_order_leaves_on_february_28():
    leap = np.array([day("2024-02-29")]), np.array([60_000])
    assert tier_timeline(*leap, TIERS, day("2025-12-31")) == (
        (day("2024-02-29"), 1), (day("2025-02-28"), 0)
    )
    # Across a leap day 12 months are 366 days: 2023-03-01 leaves on 2024-03-01, not 02-29.
    across = np.array([day("2023-03-01")]), np.array([60_000])
    assert tier_timeline(*across, TIERS, day("2025-12-31")) == (
        (day("2023-03-01"), 1), (day("2024-03-01"), 0)
    )


def test_tier_timeline_same_day_orders_and_unsorted_input():
    days = np.array([day("2024-05-01"), day("2024-02-01"), day("2024-02-01")])
    values = np.array([10_000, 25_000, 25_000])
    # 2024-02-01: 250 + 250 = 500 -> Silver at once; 2025-02-01 both leave: 100 -> Bronze.
    assert tier_timeline(days, values, TIERS, day("2026-01-01")) == (
        (day("2024-02-01"), 1), (day("2025-02-01"), 0)
    )
    assert tier_timeline(np.array([], dtype=np.int64), np.array([], dtype=np.int64), TIERS,
                         day("2026-01-01")) == ()


def brute_force_timeline(days, values, tiers, start, until):
    leave = [add_months(d, 12) for d in days]
    changes, current = [], 0
    for today in range(start, until + 1):
        spend = sum(v for d, v, gone in zip(days, values, leave, strict=True)
                    if d <= today < gone)
        tier = int(tier_index(np.array([spend]), tiers)[0])
        if tier != current:
            changes.append((today, tier))
            current = tier
    return tuple(changes)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 500), st.integers(1, 120_000)), max_size=6),
    st.integers(0, 900),
)
def test_tier_timeline_matches_day_by_day(orders, until_offset):
    start = day("2023-12-01")
    days = [start + d for d, _ in orders]
    values = [v for _, v in orders]
    until = start + until_offset
    got = tier_timeline(np.array(days, dtype=np.int64), np.array(values, dtype=np.int64),
                        TIERS, until)
    assert got == brute_force_timeline(days, values, TIERS, start, until)


def test_module_marks_default_tier_names():
    assert all(CONTEXT_OF[name] == "retention" for name in loyalty.TIER_NAMES)
    assert [t.name for t in default_tiers(2)] == list(loyalty.TIER_NAMES)
