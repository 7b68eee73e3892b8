"""What the shop's staff and customers wrote refers to: orders by position, their customers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np

from seller_desk.services.demo.people import Customers
from seller_desk.services.demo.schedule import Schedule
from seller_desk.services.demo.texts import STAFF
from seller_desk.services.demo.window import DAY_S, DemoWindow


def bounded(customers: int, share: float, least: int, most: int) -> int:
    """A volume in proportion to the customers, at least `least` and at most `most`."""
    return int(min(most, max(least, round(customers * share))))


@dataclass(frozen=True)
class Desk:
    """The finished orders (positions in the schedule) and customers, with ids and clocks."""

    window: DemoWindow
    schedule: Schedule
    people: Customers
    status: np.ndarray  # per order (statuses.STATUSES index)
    updated: np.ndarray  # per order: seconds into the window of its last change
    first_order: int
    first_customer: int

    @property
    def now(self) -> int:
        """Seconds into the window of today's midnight: everything happened before it."""
        return self.window.days * DAY_S

    @property
    def today(self) -> date:
        return self.window.today

    def order_ids(self, positions: np.ndarray) -> list[int]:
        return (positions + self.first_order).tolist()

    def customer_ids(self, positions: np.ndarray) -> list[int]:
        return (self.schedule.customer[positions] + self.first_customer).tolist()

    def times(self, seconds: np.ndarray) -> list[datetime]:
        start = self.window.start
        return [start + timedelta(seconds=s) for s in seconds.tolist()]

    def pick(self, rng: np.random.Generator, count: int, where: np.ndarray) -> np.ndarray:
        """Up to `count` distinct orders where `where`, in time order."""
        eligible = np.flatnonzero(where)
        return np.sort(rng.choice(eligible, size=min(count, eligible.size), replace=False))

    def placed_before(self, rng: np.random.Generator, seconds: np.ndarray,
                      within: int = 400) -> np.ndarray:
        """For each moment, one of the last `within` orders placed before it."""
        last = np.searchsorted(self.schedule.seconds, seconds) - 1
        back = (rng.random(seconds.size) * np.minimum(within, last + 1)).astype(np.int64)
        return np.maximum(last - back, 0)

    def authors(self, rng: np.random.Generator, count: int) -> list[str]:
        return [STAFF[i] for i in rng.integers(0, len(STAFF), count).tolist()]

    def choose(self, rng: np.random.Generator, weighted: tuple[tuple[str, float], ...],
               count: int) -> list[str]:
        values = [value for value, _ in weighted]
        weights = np.array([weight for _, weight in weighted])
        return [values[i] for i in rng.choice(len(values), count, p=weights / weights.sum())]
