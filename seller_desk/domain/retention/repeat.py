"""Repeat purchase rate over time and time to second order (RETENTION.md "Cohorts and repeat")."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from seller_desk.domain.retention.history import (
    Floats,
    Ints,
    PurchaseHistory,
    first_day_of_month,
    month_of,
    summarise,
)


@dataclass(frozen=True)
class RepeatRate:
    """At the end of each month (the last one ends at the as-of day): customers with >= 1 counted
    order so far (`buyers`), those with >= 2 (`repeaters`), and repeaters / buyers."""

    months: Ints
    buyers: Ints
    repeaters: Ints
    rate: Floats


@dataclass(frozen=True)
class SecondOrderTimes:
    """Per customer (ascending ids): days from the first to the second counted order when
    `came_back`, else days from the first order to the as-of day (censored, not a failure).
    Two orders on one calendar day are two counted orders: such a customer came back after 0 days.
    """

    customer: Ints
    days: Ints
    came_back: npt.NDArray[np.bool_]


def repeat_rate_over_time(history: PurchaseHistory, as_of_day: int) -> RepeatRate:
    """The repeat purchase rate at each month end from the month of the first order to the
    as-of month (whose figure is as of `as_of_day`)."""
    h = history.until(as_of_day)
    summary = summarise(h)
    if not len(summary):
        empty = np.zeros(0, dtype=np.int64)
        return RepeatRate(empty, empty, empty, np.zeros(0, dtype=np.float64))
    as_of_month = int(month_of(np.int64(as_of_day)))
    months = np.arange(int(month_of(summary.first_day.min())), as_of_month + 1, dtype=np.int64)
    ends = np.minimum(first_day_of_month(months + 1) - 1, as_of_day)
    repeat = summary.orders >= 2
    second_day = np.sort(h.day[summary.start[repeat] + 1])
    buyers = np.searchsorted(np.sort(summary.first_day), ends, side="right").astype(np.int64)
    repeaters = np.searchsorted(second_day, ends, side="right").astype(np.int64)
    # Months start at the first order's month, so every month has at least one buyer.
    return RepeatRate(months, buyers, repeaters, repeaters / buyers)


def second_order_times(history: PurchaseHistory, as_of_day: int) -> SecondOrderTimes:
    """Time to second counted order of every customer with an order on or before `as_of_day`."""
    h = history.until(as_of_day)
    summary = summarise(h)
    came_back = summary.orders >= 2
    days = np.full(len(summary), as_of_day, dtype=np.int64)
    days[came_back] = h.day[summary.start[came_back] + 1]
    days -= summary.first_day
    return SecondOrderTimes(summary.customer, days.astype(np.int64), came_back)
