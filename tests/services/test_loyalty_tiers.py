"""Every customer's tier changes at once agree with the domain's one-customer tier_timeline."""

from __future__ import annotations

from datetime import date

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.retention.loyalty import Tier, tier_timeline
from seller_desk.services.loyalty_tiers import NO_ORDER, TierChanges, tier_changes, tier_posts

TIERS = (Tier("Bronze", 0), Tier("Silver", 50_000), Tier("Gold", 200_000))
EPOCH = date(1970, 1, 1)


def day(text: str) -> int:
    return (date.fromisoformat(text) - EPOCH).days


orders = st.lists(
    st.tuples(st.integers(1, 6), st.integers(day("2024-01-01"), day("2026-06-30")),
              st.integers(0, 150_000)),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(orders, st.integers(day("2024-06-01"), day("2027-12-31")))
def test_same_changes_as_tier_timeline(rows, until):
    rows = [r for r in rows if r[1] <= until]
    customer = np.array([r[0] for r in rows], dtype=np.int64)
    days = np.array([r[1] for r in rows], dtype=np.int64)
    value = np.array([r[2] for r in rows], dtype=np.int64)
    seconds = days * 86400 + 3600
    got = tier_changes(customer, days, value, seconds, TIERS, until)
    found = list(zip(got.customer.tolist(), got.day.tolist(), got.tier.tolist(), strict=True))
    expected = []
    current = {}
    for c in sorted(set(customer.tolist())):
        mine = customer == c
        timeline = tier_timeline(days[mine], value[mine], TIERS, until)
        expected += [(c, d, t) for d, t in timeline]
        current[c] = timeline[-1][1] if timeline else 0
    assert found == expected
    assert dict(zip(got.current_customer.tolist(), got.current_tier.tolist(),
                    strict=True)) == current
    # A change on an order day is dated at the latest order of that day.
    for c, d, s in zip(got.customer, got.day, got.seconds, strict=True):
        on_day = (customer == c) & (days == d)
        assert s == (d * 86400 + 3600 if on_day.any() else NO_ORDER)


def ints(*values):
    return np.array(values, dtype=np.int64)


def test_posts_only_what_follows_the_last_row_and_fixes_a_stale_one():
    # Customer 1: Silver on day 10 and Gold on day 20 computed; Silver already posted on 10.
    # Customer 2: posted Gold, nothing computed any more (a refund): set right to Bronze.
    # Customer 3: nothing posted, Silver computed on day 5.
    changes = TierChanges(ints(1, 1, 3), ints(10, 20, 5), ints(1, 2, 1), ints(100, 200, 50),
                          ints(1, 3), ints(2, 1))
    posts = tier_posts(changes, ints(1, 2, 3), ints(1, 2), ints(10, 15), ints(1, 2), 30, 999)
    assert list(zip(posts.customer.tolist(), posts.tier.tolist(), posts.day.tolist(),
                    posts.seconds.tolist(), strict=True)) == [
        (1, 2, 20, 200), (3, 1, 5, 50), (2, 0, 30, 999)]
    # Run again with those posted: nothing.
    again = tier_posts(changes, ints(1, 2, 3), ints(1, 2, 3), ints(20, 30, 5), ints(2, 0, 1),
                       30, 999)
    assert again.customer.size == 0
