"""RFM scores 1-5 and the segment grid (RETENTION.md "RFM")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from seller_desk.domain.retention.history import Ints, PurchaseHistory, summarise
from seller_desk.domain.text import QT_TRANSLATE_NOOP


class Segment(StrEnum):
    CHAMPIONS = "champions"
    LOYAL = "loyal"
    POTENTIAL_LOYALIST = "potential_loyalist"
    NEW_CUSTOMERS = "new_customers"
    PROMISING = "promising"
    NEED_ATTENTION = "need_attention"
    ABOUT_TO_SLEEP = "about_to_sleep"
    AT_RISK = "at_risk"
    CANT_LOSE = "cant_lose"
    HIBERNATING = "hibernating"
    LOST = "lost"


# Segment codes in arrays are positions in this tuple.
SEGMENTS: tuple[Segment, ...] = tuple(Segment)

SEGMENT_LABELS: dict[Segment, str] = {
    Segment.CHAMPIONS: QT_TRANSLATE_NOOP("retention", "Champions"),
    Segment.LOYAL: QT_TRANSLATE_NOOP("retention", "Loyal"),
    Segment.POTENTIAL_LOYALIST: QT_TRANSLATE_NOOP("retention", "Potential loyalist"),
    Segment.NEW_CUSTOMERS: QT_TRANSLATE_NOOP("retention", "New customers"),
    Segment.PROMISING: QT_TRANSLATE_NOOP("retention", "Promising"),
    Segment.NEED_ATTENTION: QT_TRANSLATE_NOOP("retention", "Need attention"),
    Segment.ABOUT_TO_SLEEP: QT_TRANSLATE_NOOP("retention", "About to sleep"),
    Segment.AT_RISK: QT_TRANSLATE_NOOP("retention", "At risk"),
    Segment.CANT_LOSE: QT_TRANSLATE_NOOP("retention", "Can't lose them"),
    Segment.HIBERNATING: QT_TRANSLATE_NOOP("retention", "Hibernating"),
    Segment.LOST: QT_TRANSLATE_NOOP("retention", "Lost"),
}

_S = Segment
# RETENTION.md's table, rows FM = 1..5 (top to bottom here), columns R = 1..5.
_TABLE: tuple[tuple[Segment, ...], ...] = (
    (_S.LOST, _S.HIBERNATING, _S.ABOUT_TO_SLEEP, _S.PROMISING, _S.NEW_CUSTOMERS),
    (_S.HIBERNATING, _S.HIBERNATING, _S.ABOUT_TO_SLEEP, _S.POTENTIAL_LOYALIST,
     _S.POTENTIAL_LOYALIST),
    (_S.AT_RISK, _S.AT_RISK, _S.NEED_ATTENTION, _S.POTENTIAL_LOYALIST, _S.POTENTIAL_LOYALIST),
    (_S.AT_RISK, _S.AT_RISK, _S.LOYAL, _S.LOYAL, _S.CHAMPIONS),
    (_S.CANT_LOSE, _S.CANT_LOSE, _S.LOYAL, _S.LOYAL, _S.CHAMPIONS),
)
_CODES = np.array([[SEGMENTS.index(s) for s in row] for row in _TABLE], dtype=np.int64)


def segment_of(r: Ints, fm: Ints) -> Ints:
    """Segment codes (positions in SEGMENTS) of R and FM scores 1..5."""
    return _CODES[np.asarray(fm, dtype=np.int64) - 1, np.asarray(r, dtype=np.int64) - 1]


def score(values: npt.ArrayLike, higher_is_better: bool) -> Ints:
    """1 + floor(5 * customers with a strictly worse value ÷ all customers); ties share a score."""
    v = np.asarray(values)
    n = v.size
    if not n:
        return np.zeros(0, dtype=np.int64)
    if np.issubdtype(v.dtype, np.integer) and int(v.max()) - int(v.min()) <= 4 * n:
        # Days and order counts span few values: count them instead of sorting.
        low = int(v.min())
        counts = np.bincount(v - low)
        at_or_below = np.cumsum(counts)
        below = at_or_below - counts
        worse = below[v - low] if higher_is_better else n - at_or_below[v - low]
    else:
        ordered = np.sort(v)
        if higher_is_better:
            worse = np.searchsorted(ordered, v, side="left")
        else:
            worse = n - np.searchsorted(ordered, v, side="right")
    # Integer arithmetic: no rounding at the boundaries (worse = n/5 exactly gives 2).
    return (1 + (5 * np.asarray(worse, dtype=np.int64)) // n).astype(np.int64)


@dataclass(frozen=True)
class RfmScores:
    """Per customer (ascending ids): recency (days since last order), frequency (counted
    orders), monetary (net spend, minor units), their scores, FM and the segment code."""

    customer: Ints
    recency: Ints
    frequency: Ints
    monetary: Ints
    r: Ints
    f: Ints
    m: Ints
    fm: Ints
    segment: Ints

    def __len__(self) -> int:
        return int(self.customer.size)


def rfm_scores(history: PurchaseHistory, as_of_day: int) -> RfmScores:
    """RFM of every customer with a counted order on or before `as_of_day`."""
    summary = summarise(history.until(as_of_day))
    recency = (as_of_day - summary.last_day).astype(np.int64)
    r = score(recency, higher_is_better=False)
    f = score(summary.orders, higher_is_better=True)
    m = score(summary.spend, higher_is_better=True)
    fm = (f + m) // 2
    return RfmScores(
        customer=summary.customer,
        recency=recency,
        frequency=summary.orders,
        monetary=summary.spend,
        r=r,
        f=f,
        m=m,
        fm=fm,
        segment=segment_of(r, fm),
    )


@dataclass(frozen=True)
class SegmentTotal:
    segment: Segment
    customers: int
    revenue: int  # sum of monetary, minor units


def segment_totals(scores: RfmScores) -> tuple[SegmentTotal, ...]:
    """Customers and revenue of every segment, in SEGMENTS order (0 for empty segments)."""
    n = len(SEGMENTS)
    customers = np.bincount(scores.segment, minlength=n)
    # Exact integer sums per segment (float bincount would round above 2**53).
    order = np.argsort(scores.segment.astype(np.uint8), kind="stable")  # radix sort
    bounds = np.searchsorted(scores.segment[order], np.arange(n + 1))
    running = np.concatenate(([0], np.cumsum(scores.monetary[order], dtype=np.int64)))
    revenue = running[bounds[1:]] - running[bounds[:-1]]
    return tuple(
        SegmentTotal(s, int(customers[i]), int(revenue[i])) for i, s in enumerate(SEGMENTS)
    )


def grid_counts(scores: RfmScores) -> Ints:
    """5 x 5 customers per cell, indexed [fm - 1, r - 1], for the grid chart."""
    cells = np.bincount((scores.fm - 1) * 5 + (scores.r - 1), minlength=25)
    return cells.astype(np.int64).reshape(5, 5)
