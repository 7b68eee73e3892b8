import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.retention.repeat import second_order_times
from seller_desk.domain.retention.survival import come_back_probability, kaplan_meier

DURATIONS = [2, 3, 3, 5, 5, 7, 8, 8, 10]
OBSERVED = [True, True, False, True, True, False, True, True, False]


def test_kaplan_meier_matches_the_hand_computed_table():
    curve = kaplan_meier(np.array(DURATIONS), np.array(OBSERVED))
    # t   at risk  events  S
    # 2   9        1       8/9
    # 3   8        1       8/9 * 7/8 = 7/9          (one censored at 3 as well)
    # 5   6        2       7/9 * 4/6 = 14/27
    # 7   4        0       14/27                     (censored)
    # 8   3        2       14/27 * 1/3 = 14/81
    # 10  1        0       14/81                     (censored)
    assert curve.time.tolist() == [2, 3, 5, 7, 8, 10]
    assert curve.at_risk.tolist() == [9, 8, 6, 4, 3, 1]
    assert curve.events.tolist() == [1, 1, 2, 0, 2, 0]
    np.testing.assert_allclose(curve.survival, [8 / 9, 7 / 9, 14 / 27, 14 / 27, 14 / 81, 14 / 81])


def test_step_function_median_and_plateau():
    curve = kaplan_meier(np.array(DURATIONS), np.array(OBSERVED))
    # 1.0 before the first time; right-continuous steps; flat after the last time.
    np.testing.assert_allclose(
        curve.at([0, 1, 2, 4, 9, 100]), [1.0, 1.0, 8 / 9, 7 / 9, 14 / 81, 14 / 81])
    # S(5) = 14/27 = 0.52 > 0.5; S(8) = 0.17: the median is 8.
    assert curve.median() == 8.0
    # Longest time with >= 4 at risk: 7 (4 at risk) -> S = 14/27; with >= 3: 8 -> 14/81.
    assert curve.plateau(min_at_risk=4) == pytest.approx(14 / 27)
    assert curve.plateau(min_at_risk=3) == pytest.approx(14 / 81)
    # Nobody-enough at risk anywhere: unknown, not a guess.
    assert math.isnan(curve.plateau(min_at_risk=10))
    assert math.isnan(curve.plateau())


def test_median_is_none_while_more_than_half_never_came_back():
    curve = kaplan_meier(np.array([1, 5, 5]), np.array([True, False, False]))
    # S(1) = 2/3 and stays there.
    assert curve.median() is None


def test_come_back_probability_from_the_plateau():
    curve = kaplan_meier(np.array(DURATIONS), np.array(OBSERVED))
    # S∞ (>= 4 at risk) = 14/27.
    # d=0: (1 - 14/27) / 1 = 13/27.  d=2: (8/9 - 14/27) / (8/9) = (24 - 14)/24 = 5/12.
    # d=5: S = S∞ -> 0.  d=8: S = 14/81 < S∞ -> negative, clipped to 0.
    np.testing.assert_allclose(
        come_back_probability(curve, np.array([0, 2, 5, 8]), min_at_risk=4),
        [13 / 27, 5 / 12, 0.0, 0.0])


def test_plateau_ignores_late_returns_with_fewer_than_20_at_risk():
    # 40 customers: 10 return on day 10, 5 on day 50, 20 not yet (censored at 60),
    # 5 return on day 200.
    durations = np.array([10] * 10 + [50] * 5 + [60] * 20 + [200] * 5)
    observed = np.array([True] * 15 + [False] * 20 + [True] * 5)
    curve = kaplan_meier(durations, observed)
    # S(10) = 30/40 = 0.75; S(50) = 0.75 * 25/30 = 0.625; at 60 25 at risk, none return;
    # at 200 only 5 at risk and all return: S(200) = 0.  The plateau is S(60) = 0.625, not 0.
    assert curve.at_risk.tolist() == [40, 30, 25, 5]
    assert curve.plateau() == pytest.approx(0.625)
    # d=30: (0.75 - 0.625) / 0.75 = 1/6;  d=60: 0;  d=300: S = 0 -> 0 (not NaN).
    np.testing.assert_allclose(
        come_back_probability(curve, np.array([30, 60, 300])), [1 / 6, 0.0, 0.0])


def test_come_back_is_zero_where_survival_is_zero_and_nan_without_a_plateau():
    curve = kaplan_meier(np.array([1, 2]), np.array([True, True]))
    # S(1) = 1/2, S(2) = 0; with >= 1 at risk S∞ = S(2) = 0.
    # d=1: (1/2 - 0) / (1/2) = 1;  d=2: S = 0 -> 0.
    np.testing.assert_allclose(
        come_back_probability(curve, np.array([1, 2]), min_at_risk=1), [1.0, 0.0])
    # Only 2 customers, the default needs 20 at risk: no plateau, no probability.
    assert np.isnan(come_back_probability(curve, np.array([0, 1, 2]))).all()


def test_empty_input():
    curve = kaplan_meier(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool))
    assert curve.time.size == curve.survival.size == 0
    np.testing.assert_array_equal(curve.at([0, 5]), [1.0, 1.0])
    assert curve.median() is None and math.isnan(curve.plateau())
    assert come_back_probability(curve, np.zeros(0, dtype=np.int64)).size == 0


def test_all_censored_stays_at_one():
    curve = kaplan_meier(np.array([3, 4]), np.array([False, False]))
    np.testing.assert_array_equal(curve.survival, [1.0, 1.0])
    assert curve.plateau(min_at_risk=1) == 1.0


def test_curve_of_second_order_times():
    # Customer 1 returns after 10 days, 2 after 0 (same day), 3 is censored after 30.
    h = PurchaseHistory.of([1, 1, 2, 2, 3], [100, 110, 120, 120, 100], [1] * 5)
    times = second_order_times(h, 130)
    curve = kaplan_meier(times.days, times.came_back)
    # t=0: 3 at risk, 1 event -> 2/3; t=10: 2 at risk, 1 event -> 1/3; t=30 censored.
    assert curve.time.tolist() == [0, 10, 30]
    np.testing.assert_allclose(curve.survival, [2 / 3, 1 / 3, 1 / 3])


def reference_km(durations: list[int], observed: list[bool]) -> dict[int, float]:
    """Textbook Kaplan-Meier: product over event times of (1 - d_i / n_i)."""
    s, out = 1.0, {}
    for t in sorted(set(durations)):
        n = sum(1 for d in durations if d >= t)
        d = sum(1 for x, e in zip(durations, observed, strict=True) if x == t and e)
        s *= 1 - d / n
        out[t] = s
    return out


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.booleans()), min_size=1, max_size=60))
def test_matches_the_textbook_product_on_random_data(rows):
    durations = [d for d, _ in rows]
    observed = [e for _, e in rows]
    curve = kaplan_meier(np.array(durations), np.array(observed))
    expected = reference_km(durations, observed)
    assert curve.time.tolist() == sorted(expected)
    np.testing.assert_allclose(curve.survival, [expected[t] for t in sorted(expected)])
    assert (np.diff(curve.survival) <= 0).all()
    p = come_back_probability(curve, np.arange(0, 35), min_at_risk=2)
    assert np.isnan(p).all() or ((p >= 0) & (p <= 1)).all()


def test_matches_the_reference_on_a_larger_random_sample():
    rng = np.random.default_rng(7)
    durations = rng.integers(0, 200, 2_000)
    observed = rng.random(2_000) < 0.4
    curve = kaplan_meier(durations, observed)
    expected = reference_km(durations.tolist(), observed.tolist())
    np.testing.assert_allclose(curve.survival, [expected[t] for t in curve.time.tolist()])
