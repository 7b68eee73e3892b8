"""Delivery groups: median and 90th percentile as numpy's, on time, exceptions, empties, NaNs."""

from __future__ import annotations

import numpy as np
import pytest

from seller_desk.domain.delivery_stats import DAY_S, DeliveryGroup, delivery_groups

NAN = np.nan


def days(*values: float) -> np.ndarray:
    return np.array(values, dtype=np.float64) * DAY_S


def test_hand_computed_figures_per_carrier():
    # ups: 2, 4 and 10 days; dhl: 2.5 days and one on its way; post: nothing delivered.
    keys = np.array(["ups", "ups", "ups", "dhl", "dhl", "post"])
    shipped = np.zeros(6)
    delivered = days(2, 4, 10, 2.5, NAN, NAN)
    # The end of the promised day: ups[0] was due by day 2 and came at its very end (the next
    # day's midnight): late; ups[1] early; ups[2] had no promise; dhl[0] on time.
    promised = days(2, 6, NAN, 3, 3, 1)
    trouble = np.array([False, True, False, True, True, False])
    ups, dhl, post = delivery_groups(keys, shipped, delivered, promised, trouble)
    assert ups == DeliveryGroup("ups", 3, 3, 4.0, pytest.approx(8.8), 0.5, pytest.approx(1 / 3))
    assert dhl == DeliveryGroup("dhl", 2, 1, 2.5, 2.5, 1.0, 1.0)
    assert post == DeliveryGroup("post", 1, 0, None, None, None, 0.0)
    assert isinstance(ups.key, str) and isinstance(ups.shipped, int)


def test_days_count_from_the_ship_time_and_half_days_interpolate():
    shipped = np.array([1_000.0, 5_000.0])
    delivered = shipped + days(3, 4)
    [group] = delivery_groups(np.array([7, 7]), shipped, delivered, days(NAN, NAN),
                              np.zeros(2, dtype=bool))
    assert group.key == 7 and type(group.key) is int
    assert group.median_days == pytest.approx(3.5)
    assert group.p90_days == pytest.approx(3.9)
    assert group.on_time_rate is None  # nothing promised
    assert group.exception_share == 0.0


def test_most_shipped_first_ties_by_key():
    keys = np.array(["d", "b", "a", "c", "c", "b", "a", "e", "e", "e"])
    groups = delivery_groups(keys, np.zeros(10), np.full(10, NAN), np.full(10, NAN),
                             np.zeros(10, dtype=bool))
    assert [(g.key, g.shipped) for g in groups] == [("e", 3), ("a", 2), ("b", 2), ("c", 2),
                                                    ("d", 1)]


def test_nothing_shipped_gives_no_groups():
    empty = np.empty(0)
    assert delivery_groups(np.empty(0, dtype=np.int64), empty, empty, empty,
                           np.empty(0, dtype=bool)) == []


def test_nothing_delivered_anywhere():
    groups = delivery_groups(np.array([1, 2, 2]), np.zeros(3), np.full(3, NAN), days(1, 1, 1),
                             np.array([True, False, False]))
    assert [(g.key, g.delivered, g.median_days, g.p90_days, g.on_time_rate) for g in groups] == [
        (2, 0, None, None, None), (1, 0, None, None, None)]
    assert groups[1].exception_share == 1.0


@pytest.mark.parametrize("keys", [
    lambda rng, n: rng.integers(0, 12, n),  # small codes: counted
    lambda rng, n: rng.integers(0, 12, n) * 10**9,  # sparse codes: np.unique
    lambda rng, n: np.array(["CN", "DE", "US", "BR"])[rng.integers(0, 4, n)],
    lambda rng, n: np.arange(n) % 40_000,  # more groups than a 16-bit radix sort takes
])
def test_percentiles_match_numpy_exactly(keys):
    rng = np.random.default_rng(3)
    n = 100_000
    key = keys(rng, n)
    shipped = rng.uniform(0, 1e8, n)
    delivered = np.where(rng.random(n) < 0.8, shipped + rng.gamma(3.0, 3.0, n) * DAY_S, NAN)
    promised = np.where(rng.random(n) < 0.7, shipped + 10 * DAY_S, NAN)
    trouble = rng.random(n) < 0.1
    groups = delivery_groups(key, shipped, delivered, promised, trouble)
    assert sum(g.shipped for g in groups) == n
    shipped_counts = [g.shipped for g in groups]
    assert shipped_counts == sorted(shipped_counts, reverse=True)
    for group in groups[:20]:
        mine = key == group.key
        arrived = mine & ~np.isnan(delivered)
        taken = (delivered[arrived] - shipped[arrived]) / DAY_S
        if taken.size:
            assert group.median_days == np.percentile(taken, 50, method="linear")
            assert group.p90_days == np.percentile(taken, 90, method="linear")
        else:
            assert group.median_days is None
        with_promise = arrived & ~np.isnan(promised)
        if with_promise.any():
            assert group.on_time_rate == pytest.approx(
                np.mean(delivered[with_promise] < promised[with_promise]))
        assert group.exception_share == pytest.approx(trouble[mine].mean())
        assert group.delivered == int(arrived.sum())
