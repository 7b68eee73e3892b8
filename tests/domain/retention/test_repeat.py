import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.retention.history import PurchaseHistory, month_of
from seller_desk.domain.retention.repeat import repeat_rate_over_time, second_order_times


def day(text: str) -> int:
    return int(np.datetime64(text, "D").astype(np.int64))


def month(text: str) -> int:
    return int(np.datetime64(text, "M").astype(np.int64))


AS_OF = day("2024-03-20")
SHOP = PurchaseHistory.of(
    customer=[1, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6],
    day=[
        day("2024-01-05"), day("2024-01-20"), day("2024-03-02"),
        day("2024-01-31"), day("2024-02-01"),
        day("2024-02-10"), day("2024-02-11"),
        day("2024-03-15"),
        day("2024-03-10"), day("2024-03-25"),  # customer 5's second order is after as-of
        day("2024-03-21"),  # customer 6 only after as-of
    ],
    value=[100] * 11,
)


def test_repeat_rate_at_each_month_end_and_the_as_of_day():
    rate = repeat_rate_over_time(SHOP, AS_OF)
    assert rate.months.tolist() == [month("2024-01"), month("2024-02"), month("2024-03")]
    # Jan 31: buyers 1 (Jan 5) and 2 (Jan 31, the last day counts) = 2; repeaters: 1 (Jan 20).
    # Feb 29: buyers 1, 2, 3 = 3; repeaters 1, 2 (Feb 1), 3 (Feb 11) = 3.
    # Mar 20 (as-of): buyers 1..5 = 5 (6 is later); repeaters 1, 2, 3 (5's second is Mar 25).
    assert rate.buyers.tolist() == [2, 3, 5]
    assert rate.repeaters.tolist() == [1, 3, 3]
    np.testing.assert_allclose(rate.rate, [1 / 2, 3 / 3, 3 / 5])


def test_repeat_rate_counts_orders_not_purchase_days():
    # Two orders on one day: two counted orders, so a repeater (RETENTION.md counts orders).
    h = PurchaseHistory.of([1, 1, 2], [day("2024-03-01")] * 3, [10, 20, 30])
    rate = repeat_rate_over_time(h, AS_OF)
    assert rate.buyers.tolist() == [2] and rate.repeaters.tolist() == [1]


def test_repeat_rate_of_an_empty_shop():
    rate = repeat_rate_over_time(PurchaseHistory.of([], [], []), AS_OF)
    assert rate.months.size == rate.buyers.size == rate.repeaters.size == rate.rate.size == 0
    assert repeat_rate_over_time(SHOP, day("2023-12-01")).months.size == 0


def test_time_to_second_order_with_censoring_at_the_as_of_day():
    times = second_order_times(SHOP, AS_OF)
    assert times.customer.tolist() == [1, 2, 3, 4, 5]
    # 1: Jan 5 -> Jan 20 = 15 days; 2: Jan 31 -> Feb 1 = 1; 3: Feb 10 -> Feb 11 = 1;
    # 4: one order Mar 15, censored at Mar 20 = 5; 5: Mar 10, second on Mar 25 is after
    # as-of: censored at Mar 20 = 10.
    assert times.days.tolist() == [15, 1, 1, 5, 10]
    assert times.came_back.tolist() == [True, True, True, False, False]
    # As of Mar 25 customer 5 came back after 15 days; 6 is not a customer yet.
    later = second_order_times(SHOP, day("2024-03-25"))
    assert later.days[4] == 15 and later.came_back[4]


def test_second_order_on_the_same_day_comes_back_after_zero_days():
    times = second_order_times(PurchaseHistory.of([1, 1], [day("2024-03-01")] * 2, [1, 2]), AS_OF)
    assert times.days.tolist() == [0] and times.came_back.tolist() == [True]


def test_second_order_times_of_an_empty_shop():
    times = second_order_times(PurchaseHistory.of([], [], []), AS_OF)
    assert times.customer.size == times.days.size == times.came_back.size == 0


orders = st.lists(st.tuples(st.integers(0, 8), st.integers(19_700, 19_900)), max_size=40)


@settings(max_examples=60, deadline=None)
@given(orders, st.integers(19_690, 19_910))
def test_matches_a_plain_python_reference(rows, as_of):
    h = PurchaseHistory.of([c for c, _ in rows], [d for _, d in rows], [1] * len(rows))
    days_of: dict[int, list[int]] = {}
    for c, d in rows:
        if d <= as_of:
            days_of.setdefault(c, []).append(d)
    times = second_order_times(h, as_of)
    assert times.customer.tolist() == sorted(days_of)
    for c, d, back in zip(times.customer, times.days, times.came_back, strict=True):
        mine = sorted(days_of[c])
        assert back == (len(mine) >= 2)
        assert d == (mine[1] if back else as_of) - mine[0]
    rate = repeat_rate_over_time(h, as_of)
    for m, buyers, repeaters in zip(rate.months, rate.buyers, rate.repeaters, strict=True):
        next_month = np.datetime64(int(m) + 1, "M").astype("datetime64[D]")
        end = min(as_of, int(next_month.astype(np.int64)) - 1)
        assert buyers == sum(1 for v in days_of.values() if min(v) <= end)
        assert repeaters == sum(1 for v in days_of.values() if len(v) > 1 and sorted(v)[1] <= end)
    if days_of:
        assert rate.months[-1] == month_of(np.int64(as_of))
        assert rate.buyers[-1] == len(days_of)
