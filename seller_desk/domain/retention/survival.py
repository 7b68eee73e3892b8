"""Kaplan-Meier survival of "no second order yet" and the come-back probability (RETENTION.md)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from seller_desk.domain.retention.history import Floats, Ints


@dataclass(frozen=True)
class SurvivalCurve:
    """The Kaplan-Meier estimate at every distinct duration (event or censoring), ascending.

    `at_risk[i]` = durations >= time[i]; `events[i]` = observed events at time[i];
    `survival[i]` = S(time[i]), the share still without the event just after time[i].
    """

    time: Ints
    survival: Floats
    at_risk: Ints
    events: Ints

    def at(self, days: npt.ArrayLike) -> Floats:
        """S(days) as a right-continuous step function: 1.0 before the first time."""
        d = np.asarray(days, dtype=np.int64)
        i = np.searchsorted(self.time, d, side="right") - 1
        padded = np.concatenate(([1.0], self.survival))
        return np.asarray(padded[i + 1], dtype=np.float64)

    def plateau(self, min_at_risk: int = 20) -> float:
        """S∞: S at the longest time with at least `min_at_risk` still at risk; NaN when no time
        has that many (too few customers to tell who never comes back)."""
        enough = np.flatnonzero(self.at_risk >= min_at_risk)
        # at_risk never increases with time, so the last qualifying index is the longest time.
        return float(self.survival[enough[-1]]) if enough.size else float("nan")

    def median(self) -> float | None:
        """The first time at which S drops to 0.5 or below; None when it never does."""
        down = np.flatnonzero(self.survival <= 0.5)
        return float(self.time[down[0]]) if down.size else None


def kaplan_meier(durations: Ints, observed: npt.NDArray[np.bool_]) -> SurvivalCurve:
    """Kaplan-Meier estimate from durations and whether each ended in the event (False:
    censored, still without the event at that duration)."""
    d = np.asarray(durations, dtype=np.int64)
    e = np.asarray(observed, dtype=bool)
    if not d.size:
        empty = np.zeros(0, dtype=np.int64)
        return SurvivalCurve(empty, np.zeros(0, dtype=np.float64), empty, empty.copy())
    time, inverse, leaving = np.unique(d, return_inverse=True, return_counts=True)
    events = np.bincount(inverse.ravel(), weights=e.astype(np.float64), minlength=time.size)
    events = events.astype(np.int64)
    # Everybody whose duration is >= t is at risk at t: n minus all who left before t.
    at_risk = d.size - np.concatenate(([0], np.cumsum(leaving)[:-1]))
    survival = np.cumprod(1.0 - events / at_risk)
    return SurvivalCurve(time.astype(np.int64), survival, at_risk.astype(np.int64), events)


def come_back_probability(
    curve: SurvivalCurve, days_since_first: Ints, min_at_risk: int = 20
) -> Floats:
    """P(a second order eventually | none after `days_since_first` days) = (S(d) - S∞) / S(d),
    at least 0; 0 where S(d) is 0. NaN everywhere when the curve has no plateau (see plateau)."""
    s = curve.at(days_since_first)
    s_inf = curve.plateau(min_at_risk)
    if np.isnan(s_inf):
        return np.full(s.shape, np.nan)
    p = np.where(s > 0, (s - s_inf) / np.where(s > 0, s, 1.0), 0.0)
    # Past the plateau's time later returns can push S(d) below S∞: nobody left to come back.
    return np.maximum(p, 0.0)
