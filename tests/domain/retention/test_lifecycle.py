import statistics

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.retention.lifecycle import (
    NOT_YET,
    STAGE_LABELS,
    STAGES,
    LifecycleRules,
    Stage,
    lifecycle_stages,
    repurchase_cycle,
    stage_flows,
)

RULES = LifecycleRules()
X = 20_000  # the as-of day
NEW, GROWING, MATURE, DECLINING, CHURNED = STAGES


def day(text: str) -> int:
    return int(np.datetime64(text, "D").astype(np.int64))


def shop(orders: dict[int, list[int]], cycle: int | None = None) -> PurchaseHistory:
    """Customers' order days; with `cycle`, customer 0 orders every `cycle` days 21 times up
    to X: its 20 gaps pin the shop's median gap to `cycle` while the others add <= 18 gaps."""
    if cycle is not None:
        orders = {0: [X - cycle * i for i in range(21)], **orders}
    rows = [(c, d) for c, days in orders.items() for d in days]
    return PurchaseHistory.of([c for c, _ in rows], [d for _, d in rows], [100] * len(rows))


def stages_by_customer(h: PurchaseHistory, as_of: int = X) -> dict[int, Stage]:
    life = lifecycle_stages(h, as_of, RULES)
    return {int(c): STAGES[s] for c, s in zip(life.customer, life.stage, strict=True) if c != 0}


def test_shop_cycle_is_the_median_gap_and_at_least_30_days():
    # Gaps 10, 20 (customer 1) and 40 (customer 2): median 20 -> the 30-day floor.
    assert repurchase_cycle(shop({1: [0, 10, 30], 2: [5, 45]}), RULES) == 30.0
    assert repurchase_cycle(shop({1: [0, 10, 30], 2: [5, 45]}), LifecycleRules(7)) == 20.0
    # Gaps 50, 70, 90 and 100: median (70 + 90) / 2 = 80.
    assert repurchase_cycle(shop({1: [0, 50, 120, 210], 2: [0, 100]}), RULES) == 80.0
    # Two orders on one day are a gap of 0 days: gaps 0, 100, 200 -> 100.
    assert repurchase_cycle(shop({1: [0, 0, 100], 2: [0, 200]}), RULES) == 100.0
    # Nobody ordered twice, or nobody at all: the floor.
    assert repurchase_cycle(shop({1: [0], 2: [9]}), RULES) == 30.0
    assert repurchase_cycle(shop({}), RULES) == 30.0


def test_one_time_buyers_new_declining_churned_at_the_exact_thresholds():
    # C = 100: declining after 1.5 x 100 = 150 days, churned after max(3 x 100, 180) = 300.
    h = shop({1: [X - 10], 2: [X - 150], 3: [X - 151], 4: [X - 300], 5: [X - 301]}, cycle=100)
    life = lifecycle_stages(h, X, RULES)
    assert life.shop_cycle == 100.0 and life.churn_after == 300.0
    assert stages_by_customer(h) == {1: NEW, 2: NEW, 3: DECLINING, 4: DECLINING, 5: CHURNED}


def test_churn_needs_at_least_180_days():
    # C = 40: 3 x 40 = 120 < 180, so churned after 180; declining after 60.
    h = shop({1: [X - 60], 2: [X - 61], 3: [X - 180], 4: [X - 181]}, cycle=40)
    assert lifecycle_stages(h, X, RULES).churn_after == 180.0
    assert stages_by_customer(h) == {1: NEW, 2: DECLINING, 3: DECLINING, 4: CHURNED}


def test_shop_cycle_floor_of_30_days():
    # The median gap is 10 days; C = 30: declining after 45 days.
    h = shop({1: [X - 45], 2: [X - 46]}, cycle=10)
    assert lifecycle_stages(h, X, RULES).shop_cycle == 30.0
    assert stages_by_customer(h) == {1: NEW, 2: DECLINING}


def test_own_cycle_from_three_orders_on_else_the_shop_cycle():
    h = shop({
        1: [X - 200, X - 100],          # n = 2: own = C = 100; gap 100 <= 150 -> growing
        2: [X - 100, X - 80, X - 60],   # gaps 20, 20: own 20; gap 60 > 30 -> declining
        3: [X - 70, X - 60, X - 30],    # gaps 10, 30: own (10+30)/2 = 20; gap 30 = 1.5x20
        4: [X - 360, X - 350, X - 340, X - 100],  # gaps 10, 10, 240: own 10; 100 > 15
    }, cycle=100)
    # Shop gaps: 20 x 100 (customer 0) + 100, 20, 20, 10, 30, 10, 10, 240: the median is 100.
    life = lifecycle_stages(h, X, RULES)
    assert life.shop_cycle == 100.0
    assert life.own_cycle[1:].tolist() == [100.0, 20.0, 20.0, 10.0]
    assert stages_by_customer(h) == {1: GROWING, 2: DECLINING, 3: GROWING, 4: DECLINING}


def test_mature_needs_four_orders_and_a_year():
    h = shop({
        1: [X - 365, X - 300, X - 200, X - 100],  # n 4, age 365, gap 100 <= 1.5 x 100
        2: [X - 364, X - 300, X - 200, X - 100],  # age 364 -> growing
        3: [X - 500, X - 250, X - 50],            # n 3 -> growing (own 225)
        4: [X - 750, X - 650, X - 550, X - 200],  # own 100, gap 200 > 150 -> declining
    }, cycle=100)
    life = lifecycle_stages(h, X, RULES)
    assert life.shop_cycle == 100.0
    assert life.orders[1:].tolist() == [4, 4, 3, 4]
    assert life.age[1:].tolist() == [365, 364, 500, 750]
    assert life.gap[1:].tolist() == [100, 100, 50, 200]
    assert stages_by_customer(h) == {1: MATURE, 2: GROWING, 3: GROWING, 4: DECLINING}
    # Customer 0 (21 orders over 2000 days, last today) is mature too.
    assert STAGES[life.stage[0]] is MATURE
    assert life.counts().tolist() == [0, 2, 2, 1, 0]


def test_orders_after_the_as_of_day_are_ignored():
    h = shop({1: [X - 400, X + 5]}, cycle=100)
    life = lifecycle_stages(h, X, RULES)
    assert life.orders[1] == 1 and life.gap[1] == 400
    assert stages_by_customer(h) == {1: CHURNED}


def test_settings_change_the_thresholds():
    rules = LifecycleRules(min_cycle_days=10, churn_cycles=2.0, churn_min_days=50,
                           declining_cycles=1.0, mature_orders=2, mature_days=0)
    # C = 10 (gaps 5 and 5 -> median 5, floor 10); churned after max(20, 50) = 50.
    h = shop({1: [X - 15, X - 10], 2: [X - 10, X - 5], 3: [X - 50], 4: [X - 51]})
    life = lifecycle_stages(h, X, rules)
    assert life.shop_cycle == 10.0 and life.churn_after == 50.0
    # 1: n 2 (mature needs 2), gap 10 = 1 x C -> mature; 2: gap 5 -> mature;
    # 3: gap 50 -> declining (> 10) not churned; 4: gap 51 -> churned.
    assert [STAGES[s] for s in life.stage] == [MATURE, MATURE, DECLINING, CHURNED]


def test_empty_history():
    life = lifecycle_stages(shop({}), X, RULES)
    assert life.customer.size == life.stage.size == life.own_cycle.size == 0
    assert life.shop_cycle == 30.0 and life.counts().tolist() == [0] * 5
    flows = stage_flows(shop({}), X, RULES, months=3)
    assert flows.counts.shape == (3, 6, 5) and flows.counts.sum() == 0


def test_stages_and_labels():
    assert [s.value for s in STAGES] == ["new", "growing", "mature", "declining", "churned"]
    assert set(STAGE_LABELS) == set(Stage) and NOT_YET == 5


def test_stage_flows_month_by_month():
    # Points: Dec 31 (before), Jan 31, Feb 29, Mar 20 (as-of).
    h = PurchaseHistory.of(
        customer=[1, 1, 2, 3],
        day=[day("2024-01-10"), day("2024-02-15"), day("2023-12-05"), day("2024-03-01")],
        value=[1, 1, 1, 1],
    )
    flows = stage_flows(h, day("2024-03-20"), RULES, months=3)
    assert flows.month_ends.tolist() == [day("2024-01-31"), day("2024-02-29"), day("2024-03-20")]
    # Dec 31: no gaps yet, C = 30 (declining after 45). 2: gap 26 -> new; 1, 3 not yet.
    # Jan 31: 2: gap 57 > 45 -> declining; 1: gap 21 -> new.
    # Feb 29: 1's gap Jan 10 -> Feb 15 = 36 days: C = 36, declining after 54.
    #         2: gap 86 -> declining (churned only after 180); 1: n 2, gap 14 -> growing.
    # Mar 20: 2: gap 106 -> declining; 1: gap 34 -> growing; 3: gap 19 -> new.
    expected = np.zeros((3, 6, 5), dtype=int)
    n, g, d = 0, 1, 3
    expected[0, n, d] = 1        # 2: new -> declining
    expected[0, NOT_YET, n] = 1  # 1: first order
    expected[1, d, d] = 1
    expected[1, n, g] = 1
    expected[2, d, d] = 1
    expected[2, g, g] = 1
    expected[2, NOT_YET, n] = 1  # 3: first order
    np.testing.assert_array_equal(flows.counts, expected)


def test_stage_flows_refuse_a_negative_number_of_months():
    with pytest.raises(ValueError, match="months"):
        stage_flows(shop({}), X, RULES, months=-1)


def reference(rows: list[tuple[int, int]], as_of: int, rules: LifecycleRules) -> dict[int, int]:
    """RETENTION.md's stages, one customer at a time."""
    days_of: dict[int, list[int]] = {}
    for c, d in rows:
        if d <= as_of:
            days_of.setdefault(c, []).append(d)
    gaps_of = {c: [b - a for a, b in zip(sorted(v), sorted(v)[1:], strict=False)]
               for c, v in days_of.items()}
    all_gaps = [g for gaps in gaps_of.values() for g in gaps]
    cycle = max(statistics.median(all_gaps) if all_gaps else 0, rules.min_cycle_days)
    out = {}
    for c, v in days_of.items():
        n, gap, age = len(v), as_of - max(v), as_of - min(v)
        own = statistics.median(gaps_of[c]) if n >= 3 else cycle
        if gap > max(rules.churn_cycles * cycle, rules.churn_min_days):
            out[c] = 4
        elif gap > rules.declining_cycles * own:
            out[c] = 3
        elif n == 1:
            out[c] = 0
        elif n >= rules.mature_orders and age >= rules.mature_days:
            out[c] = 2
        else:
            out[c] = 1
    return out


orders = st.lists(st.tuples(st.integers(1, 12), st.integers(X - 700, X)), max_size=80)


@settings(max_examples=60, deadline=None)
@given(orders, st.integers(X - 720, X))
def test_stages_match_a_one_customer_at_a_time_reference(rows, as_of):
    h = PurchaseHistory.of([c for c, _ in rows], [d for _, d in rows], [1] * len(rows))
    life = lifecycle_stages(h, as_of, RULES)
    assert dict(zip(life.customer.tolist(), life.stage.tolist(), strict=True)) == reference(
        rows, as_of, RULES)


@settings(max_examples=25, deadline=None)
@given(orders)
def test_flows_agree_with_stages_computed_at_each_month_end(rows):
    h = PurchaseHistory.of([c for c, _ in rows], [d for _, d in rows], [1] * len(rows))
    flows = stage_flows(h, X, RULES, months=12)
    first_month = np.datetime64(int(flows.month_ends[0]), "D").astype("datetime64[M]")
    # The last day of the month before the first month.
    before = reference(rows, int(first_month.astype("datetime64[D]").astype(np.int64)) - 1, RULES)
    for i, end in enumerate(flows.month_ends.tolist()):
        after = reference(rows, end, RULES)
        expected = np.zeros((6, 5), dtype=int)
        for c, stage in after.items():
            expected[before.get(c, NOT_YET), stage] += 1
        np.testing.assert_array_equal(flows.counts[i], expected)
        before = after


def test_flows_use_each_customers_own_cycle_as_of_each_month_end():
    # Customer 1: Oct 1, Nov 10, Dec 20 (gaps 40, 40), then Feb 10, Feb 12, Feb 14.
    # Jan 31: own cycle 40 from the two gaps so far (not the later 2-day gaps); C = 40;
    # gap 42 <= 60 -> still growing.  Feb 29: gaps 40, 40, 52, 2, 2 -> own 40, gap 15 -> growing.
    h = PurchaseHistory.of([1] * 6, [day(d) for d in (
        "2023-10-01", "2023-11-10", "2023-12-20", "2024-02-10", "2024-02-12", "2024-02-14")],
        [1] * 6)
    flows = stage_flows(h, day("2024-02-29"), RULES, months=2)
    # Dec 31: gap 11 -> growing; Jan 31 growing; Feb 29 growing.
    g = STAGES.index(GROWING)
    assert flows.counts[:, g, g].tolist() == [1, 1]
    assert flows.counts.sum() == 2


def test_flows_match_the_reference_on_a_random_shop():
    rng = np.random.default_rng(3)
    customers = rng.integers(0, 150, 1_500)
    # Each customer starts somewhere in two years and orders at its own pace.
    start = rng.integers(X - 730, X, 150)
    pace = rng.integers(5, 200, 150)
    days = start[customers] + (rng.exponential(1.0, 1_500) * pace[customers] * 4).astype(int)
    rows = list(zip(customers.tolist(), days.tolist(), strict=True))
    h = PurchaseHistory.of(customers, days, np.ones(1_500, dtype=int))
    flows = stage_flows(h, X, RULES, months=12)
    first_month = np.datetime64(int(flows.month_ends[0]), "D").astype("datetime64[M]")
    before = reference(rows, int(first_month.astype("datetime64[D]").astype(np.int64)) - 1, RULES)
    assert set(before.values()) == {0, 1, 2, 3, 4}  # every stage occurs: a meaningful check
    for i, end in enumerate(flows.month_ends.tolist()):
        after = reference(rows, end, RULES)
        expected = np.zeros((6, 5), dtype=int)
        for c, stage in after.items():
            expected[before.get(c, NOT_YET), stage] += 1
        np.testing.assert_array_equal(flows.counts[i], expected)
        before = after
