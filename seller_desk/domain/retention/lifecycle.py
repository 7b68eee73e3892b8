"""Lifecycle stages (new, growing, mature, declining, churned) and their monthly flows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from seller_desk.domain.retention.history import (
    CustomerSummary,
    Floats,
    Ints,
    PurchaseHistory,
    first_day_of_month,
    month_of,
    summarise,
)
from seller_desk.domain.text import QT_TRANSLATE_NOOP


class Stage(StrEnum):
    NEW = "new"
    GROWING = "growing"
    MATURE = "mature"
    DECLINING = "declining"
    CHURNED = "churned"


# Stage codes in arrays are positions in this tuple; len(STAGES) means "not a customer yet".
STAGES: tuple[Stage, ...] = tuple(Stage)
NOT_YET = len(STAGES)

STAGE_LABELS: dict[Stage, str] = {
    Stage.NEW: QT_TRANSLATE_NOOP("retention", "New"),
    Stage.GROWING: QT_TRANSLATE_NOOP("retention", "Growing"),
    Stage.MATURE: QT_TRANSLATE_NOOP("retention", "Mature"),
    Stage.DECLINING: QT_TRANSLATE_NOOP("retention", "Declining"),
    Stage.CHURNED: QT_TRANSLATE_NOOP("retention", "Churned"),
}

_NEW, _GROWING, _MATURE, _DECLINING, _CHURNED = range(len(STAGES))


@dataclass(frozen=True)
class LifecycleRules:
    """The thresholds of RETENTION.md "Lifecycle stages" (settings; defaults as documented)."""

    min_cycle_days: int = 30
    churn_cycles: float = 3.0
    churn_min_days: int = 180
    declining_cycles: float = 1.5
    mature_orders: int = 4
    mature_days: int = 365

    def churn_after(self, shop_cycle: float) -> float:
        """Days without an order after which a customer has churned: max(3 x C, 180)."""
        return max(self.churn_cycles * shop_cycle, float(self.churn_min_days))


@dataclass(frozen=True)
class Lifecycle:
    """Per customer (ascending ids): stage code (position in STAGES), counted orders, days since
    the last (`gap`) and the first (`age`) order, own repurchase cycle (days; C below 3 orders);
    the shop's cycle C and the churn threshold max(3 x C, 180) in force (days)."""

    customer: Ints
    stage: Ints
    orders: Ints
    gap: Ints
    age: Ints
    own_cycle: Floats
    shop_cycle: float
    churn_after: float = float("nan")  # days: the churn threshold in force, for the screen

    def counts(self) -> Ints:
        """Customers per stage, in STAGES order."""
        return np.bincount(self.stage, minlength=len(STAGES)).astype(np.int64)


def _gaps(history: PurchaseHistory) -> tuple[Ints, Ints]:
    """Days between consecutive counted orders of one customer, and the day each gap ends."""
    same = history.customer[1:] == history.customer[:-1]
    return (history.day[1:] - history.day[:-1])[same], history.day[1:][same]


def _median_cycle(gaps: Ints, rules: LifecycleRules) -> float:
    median = float(np.median(gaps)) if gaps.size else 0.0
    return max(median, float(rules.min_cycle_days))


def repurchase_cycle(history: PurchaseHistory, rules: LifecycleRules) -> float:
    """C: the median of the days between consecutive counted orders over all customers of
    `history`, at least `rules.min_cycle_days` (also when nobody has ordered twice)."""
    return _median_cycle(_gaps(history)[0], rules)


@dataclass(frozen=True)
class _Timeline:
    """A history prepared once to give every customer's stage at any day up to its end."""

    summary: CustomerSummary
    day: Ints  # order days, sorted by customer then day
    by_customer: Ints  # gaps sorted by (customer, gap)
    by_customer_end: Ints  # the day each of those gaps ends (its later order)
    gap_start: Ints  # per customer: its first position in by_customer
    by_value: Ints  # all gaps sorted by value
    by_value_end: Ints  # the day each of those gaps ends


def _sort_order(keys: Ints, bound: int) -> Ints:
    """A stable sorting permutation of non-negative `keys` below `bound`."""
    # Radix sort for 16-bit keys (gaps under 179 years), otherwise timsort.
    small = keys.astype(np.uint16) if bound <= 1 << 16 else keys
    return np.argsort(small, kind="stable")


def _timeline(history: PurchaseHistory) -> _Timeline:
    summary = summarise(history)
    gaps, ends = _gaps(history)
    owner = np.repeat(np.arange(len(summary), dtype=np.int64), np.maximum(summary.orders - 1, 0))
    bound = int(gaps.max()) + 1 if gaps.size else 1
    if len(summary) < np.iinfo(np.int64).max // bound:
        # Gaps are grouped by customer already: timsort on this key only orders short runs.
        mine = np.argsort(owner * bound + gaps, kind="stable")
    else:
        mine = np.lexsort((gaps, owner))
    overall = _sort_order(gaps, bound)
    return _Timeline(
        summary=summary,
        day=history.day,
        by_customer=gaps[mine],
        by_customer_end=ends[mine],
        # Customer i owns orders[i] - 1 gaps, so its gaps start at start[i] - i.
        gap_start=summary.start - np.arange(len(summary), dtype=np.int64),
        by_value=gaps[overall],
        by_value_end=ends[overall],
    )


def _own_cycles(t: _Timeline, day: int, orders: Ints, shop_cycle: float) -> Floats:
    """Median of each customer's gaps ended by `day` (C where fewer than 3 orders by then)."""
    # running[j] = gaps ended by `day` among by_customer[: j + 1]; it is non-decreasing, so the
    # r-th such gap of a customer is the first j where running reaches (count before it) + r.
    running = np.cumsum(t.by_customer_end <= day, dtype=np.int64)
    before = np.concatenate(([0], running))[t.gap_start]
    own = np.full(orders.size, shop_cycle, dtype=np.float64)
    mine = np.flatnonzero(orders >= 3)
    count = orders[mine] - 1
    low = np.searchsorted(running, before[mine] + (count - 1) // 2 + 1)
    high = np.searchsorted(running, before[mine] + count // 2 + 1)
    own[mine] = (t.by_customer[low] + t.by_customer[high]) / 2.0
    return own


def _stages_at(t: _Timeline, day: int, rules: LifecycleRules) -> Lifecycle:
    """Every customer's lifecycle as of `day` (stage NOT_YET before their first order)."""
    s = t.summary
    placed = np.concatenate(([0], np.cumsum(t.day <= day, dtype=np.int64)))
    orders = placed[s.start + s.orders] - placed[s.start]
    known = orders > 0
    last = t.day[s.start + np.maximum(orders, 1) - 1]
    gap = (day - last).astype(np.int64)
    age = (day - s.first_day).astype(np.int64)
    ended = np.flatnonzero(t.by_value_end <= day)
    if ended.size:
        half = ended.size // 2
        median = (t.by_value[ended[(ended.size - 1) // 2]] + t.by_value[ended[half]]) / 2.0
        shop_cycle = max(float(median), float(rules.min_cycle_days))
    else:
        shop_cycle = float(rules.min_cycle_days)
    own = _own_cycles(t, day, orders, shop_cycle)
    churn_after = rules.churn_after(shop_cycle)
    stage = np.full(orders.size, _GROWING, dtype=np.int64)
    stage[(orders >= rules.mature_orders) & (age >= rules.mature_days)] = _MATURE
    stage[orders == 1] = _NEW
    stage[gap > rules.declining_cycles * own] = _DECLINING
    stage[gap > churn_after] = _CHURNED
    stage[~known] = NOT_YET
    return Lifecycle(s.customer, stage, orders, gap, age, own, shop_cycle, churn_after)


def lifecycle_stages(
    history: PurchaseHistory, as_of_day: int, rules: LifecycleRules
) -> Lifecycle:
    """The stage of every customer with a counted order on or before `as_of_day`."""
    return _stages_at(_timeline(history.until(as_of_day)), as_of_day, rules)


@dataclass(frozen=True)
class StageFlows:
    """Month-over-month moves between stages.

    `month_ends[i]` is the last day of the i-th of the last `months` months, the last one being
    the as-of day. `counts[i, a, b]` = customers in stage a at the end of the month before
    month i (`month_ends[i - 1]`; for i = 0 the last day of the month before the first) and in
    stage b at `month_ends[i]`. Shape (months, len(STAGES) + 1, len(STAGES)): from-index
    len(STAGES) (NOT_YET) counts the customers whose first order falls within month i. Each
    point's stages are computed from the orders up to it, with C and own cycles as of then.
    """

    month_ends: Ints
    counts: Ints


def stage_flows(
    history: PurchaseHistory, as_of_day: int, rules: LifecycleRules, months: int = 12
) -> StageFlows:
    """Flows between stages over the last `months` months up to `as_of_day`."""
    if months < 0:
        raise ValueError("months must not be negative")
    as_of_month = int(month_of(np.int64(as_of_day)))
    firsts = np.arange(as_of_month - months + 1, as_of_month + 2, dtype=np.int64)
    points = first_day_of_month(firsts) - 1
    points[-1] = as_of_day
    t = _timeline(history.until(as_of_day))
    n = len(STAGES)
    counts = np.zeros((months, n + 1, n), dtype=np.int64)
    before = _stages_at(t, int(points[0]), rules).stage
    for i in range(months):  # a loop over months, not customers: each step is vectorised
        after = _stages_at(t, int(points[i + 1]), rules).stage
        now = after != NOT_YET
        cells = np.bincount(before[now] * n + after[now], minlength=(n + 1) * n)
        counts[i] = cells.reshape(n + 1, n)
        before = after
    return StageFlows(points[1:], counts)
