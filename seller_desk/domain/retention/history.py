"""Counted orders as numpy arrays, and each customer's summary of them, as of a day."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


def month_of(days: Ints) -> Ints:
    """Calendar month numbers (months since January 1970) of day numbers (days since 1970-01-01)."""
    return np.asarray(days, dtype="datetime64[D]").astype("datetime64[M]").astype(np.int64)


def first_day_of_month(months: Ints) -> Ints:
    """The day number of the first day of each month number."""
    return np.asarray(months, dtype="datetime64[M]").astype("datetime64[D]").astype(np.int64)


@dataclass(frozen=True)
class PurchaseHistory:
    """Counted orders of known customers (RETENTION.md "Inputs"), one entry per order, sorted by
    customer, then day. Days are local calendar day numbers in the shop's timezone; values are
    net amounts (after partial refunds) in minor units of the base currency."""

    customer: Ints
    day: Ints
    value: Ints

    @classmethod
    def of(
        cls, customer: npt.ArrayLike, day: npt.ArrayLike, value: npt.ArrayLike
    ) -> PurchaseHistory:
        """A history from unsorted arrays (sorted here by customer, then day)."""
        c = np.asarray(customer, dtype=np.int64)
        d = np.asarray(day, dtype=np.int64)
        v = np.asarray(value, dtype=np.int64)
        order = np.lexsort((d, c))
        return cls(c[order], d[order], v[order])

    def __len__(self) -> int:
        return int(self.customer.size)

    def until(self, as_of_day: int) -> PurchaseHistory:
        """Only the orders placed on or before `as_of_day`."""
        keep = self.day <= as_of_day
        return PurchaseHistory(self.customer[keep], self.day[keep], self.value[keep])

    def between(self, first_day: int, last_day: int) -> PurchaseHistory:
        """Only the orders placed from `first_day` to `last_day`, both included."""
        keep = (self.day >= first_day) & (self.day <= last_day)
        return PurchaseHistory(self.customer[keep], self.day[keep], self.value[keep])

    def of_customers(self, ids: npt.ArrayLike) -> PurchaseHistory:
        """Only the orders of the customers in `ids`."""
        keep = np.isin(self.customer, np.asarray(ids, dtype=np.int64))
        return PurchaseHistory(self.customer[keep], self.day[keep], self.value[keep])

    def purchase_days(self) -> PurchaseHistory:
        """One entry per customer and calendar day, values summed: the transactions the
        models count (several orders on one day are one purchase)."""
        if not len(self):
            return self
        new = np.ones(self.customer.size, dtype=bool)
        new[1:] = (self.customer[1:] != self.customer[:-1]) | (self.day[1:] != self.day[:-1])
        starts = np.flatnonzero(new)
        return PurchaseHistory(
            self.customer[starts], self.day[starts], np.add.reduceat(self.value, starts)
        )


@dataclass(frozen=True)
class CustomerSummary:
    """One row per customer with at least one counted order, sorted by customer id."""

    customer: Ints
    first_day: Ints
    last_day: Ints
    orders: Ints
    spend: Ints
    # Index of each customer's first entry in the history it came from (its rows are
    # history[start[i] : start[i] + orders[i]]).
    start: Ints

    def __len__(self) -> int:
        return int(self.customer.size)

    def index_of(self, ids: npt.ArrayLike) -> Ints:
        """Positions of customer ids in this summary (-1 where absent)."""
        ids = np.asarray(ids, dtype=np.int64)
        if not len(self):
            return np.full(ids.shape, -1, dtype=np.int64)
        pos = np.minimum(np.searchsorted(self.customer, ids), len(self) - 1)
        return np.where(self.customer[pos] == ids, pos, -1).astype(np.int64)


def summarise(history: PurchaseHistory) -> CustomerSummary:
    """Each customer's first and last day, order count and net spend."""
    if not len(history):
        empty = np.zeros(0, dtype=np.int64)
        return CustomerSummary(empty, empty, empty, empty, empty, empty)
    new = np.ones(history.customer.size, dtype=bool)
    new[1:] = history.customer[1:] != history.customer[:-1]
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], history.customer.size) - 1
    return CustomerSummary(
        customer=history.customer[starts],
        first_day=history.day[starts],
        last_day=history.day[ends],
        orders=(ends - starts + 1).astype(np.int64),
        spend=np.add.reduceat(history.value, starts).astype(np.int64),
        start=starts.astype(np.int64),
    )
