from collections import defaultdict

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.retention.cohorts import cohort_customers, cohort_matrix
from seller_desk.domain.retention.history import PurchaseHistory, month_of

nan = np.nan


def day(text: str) -> int:
    return int(np.datetime64(text, "D").astype(np.int64))


def month(text: str) -> int:
    return int(np.datetime64(text, "M").astype(np.int64))


AS_OF = day("2024-03-20")
# Customer: (day, net value in minor units)
SHOP = PurchaseHistory.of(
    customer=[1, 1, 1, 1, 2, 2, 3, 3, 4, 5],
    day=[
        day("2024-01-05"), day("2024-01-20"), day("2024-03-02"), day("2024-04-02"),  # 4th: later
        day("2024-01-31"), day("2024-02-01"),
        day("2024-02-10"), day("2024-02-11"),
        day("2024-03-15"),
        day("2024-03-25"),  # after the as-of day: customer 5 does not exist yet
    ],
    value=[1000, 500, 2000, 9999, 700, 300, 400, 100, 900, 800],
)


def test_cells_count_customers_and_revenue_per_month_since_acquisition():
    m = cohort_matrix(SHOP, AS_OF)
    # Cohorts: Jan = {1, 2}, Feb = {3}, Mar = {4}; as of March, so k = 0..2.
    assert m.months.tolist() == [month("2024-01"), month("2024-02"), month("2024-03")]
    assert m.as_of_month == month("2024-03")
    assert m.sizes.tolist() == [2, 1, 1]
    # Jan: k0 = {1, 2}; k1 (Feb) = {2}; k2 (Mar) = {1}.  Feb: k0 = {3} (two orders, one
    # customer); k1 (Mar) = nobody.  Unobserved cells stay 0 in the raw counts.
    assert m.active.tolist() == [[2, 1, 1], [1, 0, 0], [1, 0, 0]]
    # Jan: k0 = 1000 + 500 + 700 = 2200, k1 = 300, k2 = 2000 (the April 9999 is after as-of).
    # Feb: k0 = 400 + 100 = 500.  Mar: k0 = 900.
    assert m.revenue.tolist() == [[2200, 300, 2000], [500, 0, 0], [900, 0, 0]]
    assert m.observed().tolist() == [[True, True, True], [True, True, False],
                                     [True, False, False]]


def test_unobserved_cells_are_nan_never_zero():
    m = cohort_matrix(SHOP, AS_OF)
    # Jan: 2/2, 1/2, 1/2.  Feb: 1/1, 0/1 (observed: a real 0%), April not yet: NaN.
    np.testing.assert_array_equal(
        m.retention(), [[1.0, 0.5, 0.5], [1.0, 0.0, nan], [1.0, nan, nan]])
    # Revenue per cohort customer: Jan 2200/2, 300/2, 2000/2; Feb 500, 0; Mar 900.
    np.testing.assert_array_equal(
        m.revenue_per_customer(), [[1100, 150, 1000], [500, 0, nan], [900, nan, nan]])
    # Cumulative: Jan 1100, 1100+150, 1250+1000; Feb 500, 500+0.
    np.testing.assert_array_equal(
        m.cumulative_revenue_per_customer(),
        [[1100, 1250, 2250], [500, 500, nan], [900, nan, nan]])


def test_average_retention_pools_only_the_cohorts_observed_at_each_k():
    m = cohort_matrix(SHOP, AS_OF)
    # k0: (2+1+1)/(2+1+1) = 1;  k1: Jan and Feb observed: (1+0)/(2+1) = 1/3;
    # k2: only Jan: 1/2.
    np.testing.assert_allclose(m.average_retention(), [1.0, 1 / 3, 0.5])


def test_months_without_new_customers_have_no_row_but_count_as_columns():
    h = PurchaseHistory.of([1, 1, 2], [day("2024-01-10"), day("2024-03-01"), day("2024-03-05")],
                           [100, 200, 300])
    m = cohort_matrix(h, day("2024-03-31"))
    # Cohorts Jan (customer 1) and Mar (customer 2); k runs 0..2 (Jan..Mar).
    assert m.months.tolist() == [month("2024-01"), month("2024-03")]
    assert m.active.tolist() == [[1, 0, 1], [1, 0, 0]]
    np.testing.assert_array_equal(m.retention(), [[1.0, 0.0, 1.0], [1.0, nan, nan]])


def test_as_of_day_inside_the_month_still_observes_that_month():
    # The as-of month is observed (partly): as of Feb 1 customer 2's Feb 1 order counts.
    m = cohort_matrix(SHOP, day("2024-02-01"))
    assert m.months.tolist() == [month("2024-01")]
    assert m.active.tolist() == [[2, 1]]
    assert m.revenue.tolist() == [[2200, 300]]


def test_empty_history_and_as_of_before_every_order():
    empty = PurchaseHistory.of([], [], [])
    for m in (cohort_matrix(empty, AS_OF), cohort_matrix(SHOP, day("2023-12-31"))):
        assert m.months.size == 0 and m.sizes.size == 0
        assert m.active.shape == (0, 0) and m.revenue.shape == (0, 0)
        assert m.retention().shape == (0, 0)
        assert m.average_retention().shape == (0,)
        assert m.cumulative_revenue_per_customer().shape == (0, 0)


def test_one_customer_one_order():
    m = cohort_matrix(PurchaseHistory.of([7], [day("2024-03-02")], [500]), AS_OF)
    assert m.sizes.tolist() == [1] and m.active.tolist() == [[1]]
    np.testing.assert_array_equal(m.revenue_per_customer(), [[500.0]])


def test_far_apart_dates_take_the_direct_month_conversion():
    # Two orders 50 years apart: the per-day lookup table would be larger than the data.
    h = PurchaseHistory.of([1, 2], [day("1974-05-05"), day("2024-02-02")], [10, 20])
    m = cohort_matrix(h, AS_OF)
    assert m.months.tolist() == [month("1974-05"), month("2024-02")]
    assert m.active.shape == (2, month("2024-03") - month("1974-05") + 1)
    assert m.revenue.sum() == 30


def test_drill_down_lists_the_customers_behind_a_cell():
    jan, feb = month("2024-01"), month("2024-02")
    assert cohort_customers(SHOP, AS_OF, jan, 0).tolist() == [1, 2]
    assert cohort_customers(SHOP, AS_OF, jan, 1).tolist() == [2]
    assert cohort_customers(SHOP, AS_OF, jan, 2).tolist() == [1]
    assert cohort_customers(SHOP, AS_OF, feb, 1).tolist() == []
    # April is after the as-of day: customer 1's April order does not count.
    assert cohort_customers(SHOP, AS_OF, jan, 3).tolist() == []
    assert cohort_customers(PurchaseHistory.of([], [], []), AS_OF, jan, 0).tolist() == []


def reference(h: PurchaseHistory, as_of: int) -> tuple[dict, dict, dict]:
    """Cohort sizes, active and revenue cells by plain Python dictionaries."""
    first: dict[int, int] = {}
    for c, d in zip(h.customer.tolist(), h.day.tolist(), strict=True):
        if d <= as_of:
            first[c] = min(first.get(c, d), d)
    sizes: dict[int, int] = defaultdict(int)
    for d in first.values():
        sizes[int(month_of(np.int64(d)))] += 1
    active: dict[tuple[int, int], set[int]] = defaultdict(set)
    revenue: dict[tuple[int, int], int] = defaultdict(int)
    for c, d, v in zip(h.customer.tolist(), h.day.tolist(), h.value.tolist(), strict=True):
        if d > as_of:
            continue
        cohort = int(month_of(np.int64(first[c])))
        k = int(month_of(np.int64(d))) - cohort
        active[cohort, k].add(c)
        revenue[cohort, k] += v
    return sizes, {key: len(ids) for key, ids in active.items()}, revenue


orders = st.lists(
    st.tuples(st.integers(0, 12), st.integers(19_700, 20_000), st.integers(0, 10_000)),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(orders, st.integers(19_650, 20_050))
def test_matches_a_plain_python_reference(rows, as_of):
    h = PurchaseHistory.of(*zip(*rows, strict=True)) if rows else PurchaseHistory.of([], [], [])
    m = cohort_matrix(h, as_of)
    sizes, active, revenue = reference(h, as_of)
    assert m.months.tolist() == sorted(sizes)
    assert m.sizes.tolist() == [sizes[c] for c in sorted(sizes)]
    for i, c in enumerate(m.months.tolist()):
        for k in range(m.active.shape[1]):
            assert m.active[i, k] == active.get((c, k), 0)
            assert m.revenue[i, k] == revenue.get((c, k), 0)
    r = m.retention()
    assert np.array_equal(np.isnan(r), ~m.observed())
    if m.months.size:
        assert (r[:, 0] == 1.0).all()
        assert ((r[m.observed()] >= 0) & (r[m.observed()] <= 1)).all()
    assert m.revenue.sum() == h.until(as_of).value.sum()

