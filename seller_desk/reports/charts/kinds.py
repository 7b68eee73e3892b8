"""What the window needs of the charts without loading matplotlib: what a click selects, and
the cohort heatmap's variants."""

from __future__ import annotations

from dataclasses import dataclass

# The cohort heatmap's variants: customers ordering again, revenue per cohort customer, and its
# cumulative sum.
VARIANTS: tuple[str, ...] = ("customers", "revenue", "cumulative")


@dataclass(frozen=True)
class Pick:
    """What a click selects: "cohort" (cohort_month, k), "segment" (code,), "stage" (code,)."""

    kind: str
    key: tuple[int, ...]
