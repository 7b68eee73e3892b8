"""Cohort retention matrix (RETENTION.md "Cohorts and repeat behaviour"): customers and revenue."""

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

Bools = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class CohortMatrix:
    """Cohorts by month of first counted order; column k is the k-th month after acquisition.

    `active[c, k]` counts the customers of cohort c with at least one counted order in month
    `months[c] + k`; `revenue[c, k]` is their net revenue in that month (minor units). Cells after
    the as-of month hold 0 in these raw counts; every derived figure turns them into NaN.
    """

    months: Ints
    sizes: Ints
    active: Ints
    revenue: Ints
    as_of_month: int

    def observed(self) -> Bools:
        """True where month `months[c] + k` is not after the as-of month."""
        width = self.active.shape[1]
        return self.months[:, None] + np.arange(width, dtype=np.int64)[None, :] <= self.as_of_month

    def _per_customer(self, values: Ints | Floats) -> Floats:
        out = values / self.sizes[:, None].astype(np.float64)
        # A month that has not happened yet is unknown, not 0% (RETENTION.md): blank, never 0.
        out[~self.observed()] = np.nan
        return out

    def retention(self) -> Floats:
        """Share of each cohort active in month k (1.0 in month 0), NaN where not observed."""
        return self._per_customer(self.active)

    def revenue_per_customer(self) -> Floats:
        """Net revenue in month k per cohort customer (minor units), NaN where not observed."""
        return self._per_customer(self.revenue)

    def cumulative_revenue_per_customer(self) -> Floats:
        """Revenue per cohort customer summed over months 0..k: the cohort's value curve."""
        # Unobserved cells hold 0, so the running sum over observed cells is unaffected.
        return self._per_customer(np.cumsum(self.revenue, axis=1))

    def average_retention(self) -> Floats:
        """Per k, all cohorts observed at k pooled: sum of active over sum of sizes (weighted)."""
        seen = self.observed()
        sizes = np.where(seen, self.sizes[:, None], 0).sum(axis=0)
        active = np.where(seen, self.active, 0).sum(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(sizes > 0, active / np.maximum(sizes, 1), np.nan)


def _months(days: Ints) -> Ints:
    """month_of for many days: converted once per calendar day of their range, then looked up."""
    if not days.size:
        return days.copy()
    low, high = int(days.min()), int(days.max())
    if high - low > 4 * days.size:  # a few stray far-off dates: the table would be the cost
        return month_of(days)
    return month_of(np.arange(low, high + 1, dtype=np.int64))[days - low]


def cohort_matrix(history: PurchaseHistory, as_of_day: int) -> CohortMatrix:
    """The cohort matrix of the counted orders placed on or before `as_of_day`."""
    as_of_month = int(month_of(np.int64(as_of_day)))
    h = history.until(as_of_day)
    summary = summarise(h)
    if not len(summary):
        empty = np.zeros(0, dtype=np.int64)
        grid = np.zeros((0, 0), dtype=np.int64)
        return CohortMatrix(empty, empty, grid, grid.copy(), as_of_month)
    order_month = _months(h.day)
    cohort_month = order_month[summary.start]
    first = int(cohort_month.min())
    per_month = np.bincount(cohort_month - first)
    months = np.flatnonzero(per_month)
    # Position of each calendar month among the cohorts (only months with a cohort are used).
    position = np.cumsum(per_month > 0) - 1
    width = as_of_month - first + 1
    row = np.repeat(position[cohort_month - first], summary.orders)
    cell = row * width + (order_month - np.repeat(cohort_month, summary.orders))
    cells = months.size * width
    # Orders are sorted by customer then day, so a customer's orders in one month are adjacent:
    # the first of each run marks one active (customer, month).
    first_in_month = np.ones(h.day.size, dtype=bool)
    first_in_month[1:] = (h.customer[1:] != h.customer[:-1]) | (order_month[1:] != order_month[:-1])
    active = np.bincount(cell[first_in_month], minlength=cells)
    # Float sums are exact below 2**53 minor units, far beyond any shop's monthly revenue.
    revenue = np.rint(np.bincount(cell, weights=h.value, minlength=cells))
    return CohortMatrix(
        months=(months + first).astype(np.int64),
        sizes=per_month[months].astype(np.int64),
        active=active.astype(np.int64).reshape(months.size, width),
        revenue=revenue.astype(np.int64).reshape(months.size, width),
        as_of_month=as_of_month,
    )


def cohort_customers(
    history: PurchaseHistory, as_of_day: int, cohort_month: int, k: int
) -> Ints:
    """Drill-down of one cell: ids (ascending) of the customers of `cohort_month` with at least
    one counted order in month `cohort_month + k`, on or before `as_of_day`."""
    h = history.until(as_of_day)
    summary = summarise(h)
    if not len(summary):
        return np.zeros(0, dtype=np.int64)
    # Compare day numbers with month boundaries instead of converting every day to a month.
    cohort_start, cohort_end, month_start, month_end = first_day_of_month(
        np.array([cohort_month, cohort_month + 1, cohort_month + k, cohort_month + k + 1])
    )
    joined = (summary.first_day >= cohort_start) & (summary.first_day < cohort_end)
    in_cohort = np.repeat(joined, summary.orders)
    in_month = (h.day >= month_start) & (h.day < month_end)
    return np.unique(h.customer[in_cohort & in_month]).astype(np.int64)
