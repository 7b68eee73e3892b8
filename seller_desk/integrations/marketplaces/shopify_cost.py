"""Shopify GraphQL's cost bucket as the client sees it: points left, refilled since the last
answer, and how long a query of a known cost must wait."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from seller_desk.integrations.calls import MAX_WAIT

UNKNOWN_WAIT = 1.0  # a THROTTLED answer without cost data: wait this long
MIN_WAIT = 0.1  # a THROTTLED answer always waits a little, whatever the figures say


def cost_of(body: object) -> Mapping[str, Any] | None:
    """extensions.cost of a GraphQL answer, when it has one."""
    extensions = body.get("extensions") if isinstance(body, Mapping) else None
    cost = extensions.get("cost") if isinstance(extensions, Mapping) else None
    return cost if isinstance(cost, Mapping) else None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


class CostBucket:
    """The app's points on this store: `update` with each answer's cost data; `wait_for` says
    how long a query of a given cost must wait to find enough points."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.maximum: float | None = None
        self.available = 0.0
        self.restore = 0.0
        self.at = 0.0

    def update(self, cost: Mapping[str, Any] | None) -> None:
        status = cost.get("throttleStatus") if cost is not None else None
        if not isinstance(status, Mapping):
            return
        maximum, available, restore = (_number(status.get(key)) for key in (
            "maximumAvailable", "currentlyAvailable", "restoreRate"))
        if maximum is None or available is None or restore is None or restore <= 0:
            return
        self.maximum, self.available, self.restore = maximum, available, restore
        self.at = self.clock()

    def wait_for(self, needed: float) -> float:
        """Seconds until `needed` points are available (0 before any answer told)."""
        if self.maximum is None:
            return 0.0
        now = min(self.maximum, self.available + (self.clock() - self.at) * self.restore)
        return max(0.0, (min(needed, self.maximum) - now) / self.restore)

    def throttled_wait(self, cost: Mapping[str, Any] | None) -> float:
        """How long a THROTTLED query waits: (requested - available) / restore rate."""
        self.update(cost)
        requested = _number(cost.get("requestedQueryCost")) if cost is not None else None
        if requested is None or self.maximum is None:
            return UNKNOWN_WAIT
        return min(MAX_WAIT, max(MIN_WAIT, self.wait_for(requested)))
