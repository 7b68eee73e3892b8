"""Delivery time per carrier, country or route: median and 90th percentile, on time, trouble."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

DAY_S = 86400.0

Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class DeliveryGroup:
    """The parcels of one key shipped in a period; a figure is None where nothing counts."""

    key: Any  # a carrier, a country, a (carrier, country) route: whatever the caller grouped by
    shipped: int
    delivered: int
    median_days: float | None  # None: nothing delivered
    p90_days: float | None
    on_time_rate: float | None  # of delivered parcels with a promise (None: none had one)
    exception_share: float | None  # of shipped parcels: ever in Exception or DeliveryFailure


def _sorted_quantile(values: Floats, starts: npt.NDArray[np.int64],
                     counts: npt.NDArray[np.int64], q: float) -> Floats:
    """numpy's "linear" percentile of each group's sorted slice of `values` (NaN: empty)."""
    # np.percentile's own virtual index and lerp, for every group at once: equal to the bit.
    out = np.full(counts.shape, np.nan)
    has = counts > 0
    n = counts[has].astype(np.float64)
    virtual = (n - 1) * q
    below = np.floor(virtual)
    gamma = virtual - below
    first = starts[has] + below.astype(np.int64)
    second = starts[has] + np.minimum(below.astype(np.int64) + 1, counts[has] - 1)
    a, b = values[first], values[second]
    diff = b - a
    out[has] = np.where(gamma >= 0.5, b - diff * (1 - gamma), a + diff * gamma)
    return out


def _factorize(keys: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.intp]]:
    """(distinct keys sorted, each row's index into them)."""
    # Small non-negative codes (what the service passes) are counted rather than sorted: a
    # tenth of np.unique's time.
    if keys.dtype.kind in "iu" and keys.min() >= 0 and keys.max() <= 4 * keys.size + 1024:
        present = np.bincount(keys) > 0
        index = np.cumsum(present) - 1
        return np.flatnonzero(present), index[keys]
    names, group = np.unique(keys, return_inverse=True)
    return names, group.reshape(-1)


def _by_group_then_value(group: npt.NDArray[np.intp], values: Floats, size: int
                         ) -> npt.NDArray[np.intp]:
    """The order sorting rows by group, then by value, so each group is one sorted slice."""
    if size <= np.iinfo(np.int16).max:
        # A stable sort of 16-bit codes is a radix sort: one pass after sorting the values.
        by_value = np.argsort(values)
        return by_value[np.argsort(group[by_value].astype(np.int16), kind="stable")]
    return np.lexsort((values, group))


def _ratio(part: npt.NDArray[Any], whole: npt.NDArray[Any], i: int) -> float | None:
    return float(part[i] / whole[i]) if whole[i] else None


def _value(values: Floats, i: int) -> float | None:
    return None if np.isnan(values[i]) else float(values[i])


def delivery_groups(keys: npt.NDArray[Any], shipped_at_s: npt.ArrayLike,
                    delivered_at_s: npt.ArrayLike, promised_s: npt.ArrayLike,
                    trouble: npt.ArrayLike) -> list[DeliveryGroup]:
    """One DeliveryGroup per distinct key, most parcels shipped first (ties by key)."""
    # Times are epoch seconds, NaN where not delivered or not promised. `promised_s` is the end
    # of the promised day (its midnight UTC + 86400): delivered before that instant is on time,
    # the same test as `delivered_late` on a tracking refresh (delivered date > promised date).
    keys = np.asarray(keys)
    if keys.size == 0:
        return []
    shipped_at = np.asarray(shipped_at_s, dtype=np.float64)
    delivered_at = np.asarray(delivered_at_s, dtype=np.float64)
    promised = np.asarray(promised_s, dtype=np.float64)
    names, group = _factorize(keys)
    size = len(names)
    shipped = np.bincount(group, minlength=size)
    troubled = np.bincount(group, weights=np.asarray(trouble, dtype=np.float64),
                           minlength=size)
    arrived = ~np.isnan(delivered_at)
    days = (delivered_at[arrived] - shipped_at[arrived]) / DAY_S
    arrived_group = group[arrived]
    delivered = np.bincount(arrived_group, minlength=size)
    promised_arrived = ~np.isnan(promised[arrived])
    # A NaN promise compares False: such a parcel counts neither as on time nor as late.
    in_time = delivered_at[arrived] < promised[arrived]
    with_promise = np.bincount(arrived_group[promised_arrived], minlength=size)
    on_time = np.bincount(arrived_group[in_time], minlength=size)
    days = days[_by_group_then_value(arrived_group, days, size)]
    starts = np.concatenate(([0], np.cumsum(delivered)[:-1])).astype(np.int64)
    median = _sorted_quantile(days, starts, delivered, 0.5)
    p90 = _sorted_quantile(days, starts, delivered, 0.9)
    labels = names.tolist()
    return [DeliveryGroup(labels[i], int(shipped[i]), int(delivered[i]), _value(median, i),
                          _value(p90, i), _ratio(on_time, with_promise, i),
                          _ratio(troubled, shipped, i))
            for i in np.argsort(-shipped, kind="stable").tolist()]


__all__ = ["DAY_S", "DeliveryGroup", "delivery_groups"]
