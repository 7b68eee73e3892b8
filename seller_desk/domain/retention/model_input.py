"""Per-customer inputs of the BG/NBD and Gamma-Gamma models, and row collapsing for their fits."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from seller_desk.domain.retention.history import Floats, Ints, PurchaseHistory, summarise

# The models' time unit (RETENTION.md "Lifetime value"): days / 7, not calendar weeks.
DAYS_PER_WEEK = 7.0


@dataclass(frozen=True)
class ModelInput:
    """One row per customer whose first purchase day is on or before the calibration end."""

    customer: Ints
    x: Floats  # repeat purchase days in the calibration period (the first one excluded)
    t_x: Floats  # weeks from the first to the last purchase day in the calibration period
    T: Floats  # weeks from the first purchase day to the calibration end
    m: Floats  # mean value of the repeat purchase days (major units), 0 where x == 0

    def __len__(self) -> int:
        return int(self.customer.size)


def model_input(
    history: PurchaseHistory, calibration_end_day: int, minor_per_major: int
) -> ModelInput:
    """x, t_x, T and m of every customer, counting purchase days up to `calibration_end_day`."""
    days = history.until(calibration_end_day).purchase_days()
    summary = summarise(days)
    x = (summary.orders - 1).astype(np.float64)
    repeat_value = (summary.spend - days.value[summary.start]) / float(minor_per_major)
    m = np.divide(repeat_value, x, out=np.zeros_like(x), where=x > 0)
    return ModelInput(
        customer=summary.customer,
        x=x,
        t_x=(summary.last_day - summary.first_day) / DAYS_PER_WEEK,
        T=(calibration_end_day - summary.first_day) / DAYS_PER_WEEK,
        m=m,
    )


def collapse_rows(
    columns: tuple[Floats, ...], weights: npt.ArrayLike | None = None
) -> tuple[tuple[Floats, ...], Floats, Ints]:
    """The distinct rows of `columns`, the total weight behind each (1 per row by default) and
    the index of each input row among them (`distinct[inverse]` gives the input back).

    Likelihoods are sums over customers; customers with identical inputs add identical terms,
    so one term per distinct row times its weight gives the same sum for far less work (on a
    day grid most of 250,000 customers share their row with others).
    """
    cols = tuple(np.asarray(c, dtype=np.float64).ravel() for c in columns)
    n = cols[0].size
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64).ravel()
    if n == 0:
        return cols, w, np.zeros(0, dtype=np.int64)
    # lexsort + run boundaries: the same as np.unique(axis=0, return_inverse, return_counts)
    # with weights, several times faster on float columns.
    order = np.lexsort(cols[::-1])
    sorted_cols = tuple(c[order] for c in cols)
    new = np.zeros(n, dtype=bool)
    new[0] = True
    for c in sorted_cols:
        new[1:] |= c[1:] != c[:-1]
    starts = np.flatnonzero(new)
    group = np.cumsum(new) - 1
    total = np.bincount(group, weights=w[order], minlength=starts.size)
    inverse = np.empty(n, dtype=np.int64)
    inverse[order] = group
    return tuple(c[starts] for c in sorted_cols), total, inverse
