"""How each demo order reached its status, and the status history the shop keeps of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from sqlalchemy import Connection, insert, literal, select

from seller_desk.domain.orders import OrderStatus
from seller_desk.services.demo import bulk
from seller_desk.services.demo.window import DAY_S
from seller_desk.store.models import Order, OrderStatusChange

STATUSES = (
    OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED,
    OrderStatus.CANCELLED, OrderStatus.REFUNDED, OrderStatus.PARTIALLY_REFUNDED,
)
PENDING, PAID, SHIPPED, DELIVERED, CANCELLED, REFUNDED, PARTIAL = range(7)
# The steps of an order, in time order; the last one (cancel, refund) takes its final status.
PLACED, PAYMENT, SHIPMENT, DELIVERY, UNDO = range(5)
# Orders of these last days get every step in their history; older ones one row for where they
# ended up. Four rows for each of a million orders would add seconds to the biggest demo.
HISTORY_DAYS = 30
CHANGE_COLUMNS = ("id", "order_id", "old_status", "new_status", "changed_at", "author", "note")
AUTHORS = ("Mei", "Tom")
_UNDO_NOTES = {
    CANCELLED: ("Buyer asked to cancel before payment.", "Payment never came through."),
    REFUNDED: ("Parcel lost in transit; refunded in full.", "Returned unopened; refunded.",
               "Arrived broken; buyer sent photos."),
    PARTIAL: ("One item arrived damaged; refunded that item.",
              "Colour not as pictured; partial refund agreed.", "Late delivery; refunded postage."),
}


def order_fates(rng: np.random.Generator, seconds: np.ndarray, now: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Status, last change and steps of orders placed at `seconds` (window seconds, < `now`).

    Old orders are delivered, recent ones on their way, a few undone: cancelled before payment,
    refunded after shipping. Steps are the seconds of PLACED..UNDO, -1 for steps not taken.
    """
    size = seconds.size
    age = (now - seconds) / DAY_S
    paid = rng.uniform(0.05, 1.5, size)
    shipped = paid + rng.uniform(0.8, 4.0, size)
    delivered = shipped + rng.uniform(6.0, 24.0, size)  # cross-border post
    stages = [age < paid, age < shipped, age < delivered]
    natural = np.select(stages, [PENDING, PAID, SHIPPED], DELIVERED)
    changed = np.select(stages, [0.0, paid, shipped], delivered)
    fate = rng.random(size)
    cancel = fate < 0.02
    refund = (fate >= 0.02) & (fate < 0.041) & (natural >= SHIPPED)
    partial = (fate >= 0.041) & (fate < 0.051) & (natural == DELIVERED)
    status = np.select([cancel, refund, partial], [CANCELLED, REFUNDED, PARTIAL], natural)
    changed = np.select([cancel, refund, partial],
                        [np.minimum(paid, age) / 2, np.minimum(changed + 6, age),
                         np.minimum(changed + 9, age)], changed)
    updated = np.minimum(seconds + (changed * DAY_S).astype(np.int64), now - 1)
    at = np.minimum(seconds[:, None] + (np.stack(
        [np.zeros(size), paid, shipped, delivered], axis=1) * DAY_S).astype(np.int64), now - 1)
    taken = np.stack([np.ones(size, dtype=bool), *(
        (natural >= stage) & ~cancel for stage in (PAID, SHIPPED, DELIVERED))], axis=1)
    undone = cancel | refund | partial
    steps = np.concatenate([np.where(taken, at, -1), np.where(undone, updated, -1)[:, None]],
                           axis=1)
    return status, updated, steps


class StatusHistory:
    """Writes order_status_changes batch by batch, right after each batch of orders.

    Orders before the cutoff get one row each ("" to their status, when they reached it),
    copied inside the database from the orders table; later ones a row for every step from
    payment on (paid, shipped, delivered, refunded), with the staff member who shipped or
    undid them.
    """

    def __init__(self, connection: Connection, schedule_seconds: np.ndarray, days: int,
                 first_ids: tuple[int, int], bind_times: Callable[[np.ndarray], list[Any]],
                 seed: int) -> None:
        self.connection = connection
        self.first_order, first_change = first_ids
        self.old = int(np.searchsorted(schedule_seconds, (days - HISTORY_DAYS) * DAY_S))
        self.shift = first_change - self.first_order
        self.next_id = first_change + self.old
        self.copied = False
        self.bind_times = bind_times
        self.rng = np.random.default_rng([seed, 10])
        self.statement = bulk.table_insert(connection, OrderStatusChange.__table__,
                                           CHANGE_COLUMNS)
        self.values = np.array([s.value for s in STATUSES] + [""], dtype=object)
        notes = [""] + [note for kind in (CANCELLED, REFUNDED, PARTIAL)
                            for note in _UNDO_NOTES[kind]]
        self.notes = np.array(notes, dtype=object)
        self.authors = np.array(("", *AUTHORS), dtype=object)

    def write(self, start: int, order_ids: np.ndarray, status: np.ndarray, steps: np.ndarray,
              epoch: int) -> None:
        """History of orders start.. (their rows are in the database already)."""
        stop = start + order_ids.size
        if not self.copied and stop >= self.old:
            self._copy_old()
        recent = max(0, self.old - start)
        if recent >= order_ids.size:
            return
        taken = steps[recent:] >= 0
        # Stores report an order once it is paid: "pending" only for those never paid.
        taken[:, PLACED] &= ~taken[:, PAYMENT]
        order, step = np.nonzero(taken)  # by order, then step: each order's steps in time order
        at = steps[recent:][order, step]
        final = status[recent:][order]
        new = np.where(step == UNDO, final, step)  # step k of PLACED..DELIVERY is status k
        first = np.r_[True, order[1:] != order[:-1]]
        old = np.where(first, len(STATUSES), np.r_[0, new[:-1]])
        staff = (step == SHIPMENT) | (step == UNDO)
        author = np.where(staff, 1 + self.rng.integers(0, 2, order.size), 0)
        note = np.zeros(order.size, dtype=np.int64)
        for kind in (CANCELLED, REFUNDED, PARTIAL):
            where = (step == UNDO) & (final == kind)
            offset = 1 + sum(len(_UNDO_NOTES[k]) for k in (CANCELLED, REFUNDED, PARTIAL)
                             if k < kind)
            note[where] = offset + self.rng.integers(0, len(_UNDO_NOTES[kind]), int(where.sum()))
        ids = range(self.next_id, self.next_id + order.size)
        self.statement.run(list(zip(
            ids, order_ids[recent:][order].tolist(), self.values[old].tolist(),
            self.values[new].tolist(), self.bind_times(at + epoch), self.authors[author].tolist(),
            self.notes[note].tolist(), strict=True)))
        self.next_id += order.size

    def finish(self) -> None:
        if not self.copied:
            self._copy_old()

    def _copy_old(self) -> None:
        orders = Order.__table__
        self.connection.execute(insert(OrderStatusChange.__table__).from_select(
            list(CHANGE_COLUMNS),
            select(orders.c.id + self.shift, orders.c.id, literal(""), orders.c.status,
                   orders.c.updated_at, literal(""), literal(""))
            .where(orders.c.id < self.first_order + self.old)))
        self.copied = True
