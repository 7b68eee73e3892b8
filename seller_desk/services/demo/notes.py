"""The demo staff's notes on customers and orders (some pinned, some edited) and follow-ups."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import numpy as np

from seller_desk.services.demo.desk import Desk, bounded
from seller_desk.services.demo.texts import CUSTOMER_NOTES, FOLLOW_UPS, NOTE_UPDATES, ORDER_NOTES
from seller_desk.services.demo.window import DAY_S

NOTE_SHARE, MOST_NOTES = 0.02, 3000
FOLLOW_UP_SHARE, MOST_FOLLOW_UPS = 0.006, 1000
PINNED, EDITED = 0.25, 0.08  # of customer notes; of all notes
# Follow-ups: overdue, due today, due later, done (the first few of each are always there).
_DUE = ("overdue", "today", "later", "done")
_DUE_SHARES = (0.25, 0.12, 0.23, 0.40)
Row = dict[str, Any]


def make_notes(desk: Desk, rng: np.random.Generator, first_id: int
               ) -> tuple[list[Row], list[Row]]:
    """Notes (about half on an order, the rest on its customer) and the revisions of edited ones."""
    count = bounded(desk.schedule.customers, NOTE_SHARE, 8, MOST_NOTES)
    positions = desk.pick(rng, count, desk.schedule.seconds < desk.now - 2 * DAY_S)
    size = positions.size
    on_order = rng.random(size) < 0.55
    delay = np.where(on_order, rng.uniform(0.05, 3, size), rng.uniform(0.5, 40, size))
    created = np.minimum(desk.schedule.seconds[positions] + (delay * DAY_S).astype(np.int64),
                         desk.now - DAY_S)
    pinned = ~on_order & (rng.random(size) < PINNED)
    # Edited within the three weeks after writing, so only notes older than that.
    edits = np.where((rng.random(size) < EDITED) & (created < desk.now - 21 * DAY_S),
                     rng.integers(1, 3, size), 0)
    texts = rng.integers(0, 1 << 30, (size, 2)).tolist()
    authors = desk.authors(rng, 3 * size)
    customers = desk.schedule.customer[positions].tolist()
    notes: list[Row] = []
    revisions: list[Row] = []
    for i, (order_id, customer_id, at) in enumerate(zip(
            desk.order_ids(positions), desk.customer_ids(positions), desk.times(created),
            strict=True)):
        city = desk.people.cities[customers[i]]
        bank = ORDER_NOTES if on_order[i] else CUSTOMER_NOTES
        body = bank[texts[i][0] % len(bank)].format(city=city)
        author, updated = authors[3 * i], at
        for edit in range(int(edits[i])):
            revisions.append({"note_id": first_id + i, "body": body, "author": author,
                              "edited_at": updated})
            body = f"{body} {NOTE_UPDATES[(texts[i][1] + edit) % len(NOTE_UPDATES)]}"
            author = authors[3 * i + 1 + edit]
            updated += timedelta(days=1 + texts[i][1] % 9, hours=edit)
        notes.append({"id": first_id + i, "customer_id": customer_id,
                      "order_id": order_id if on_order[i] else None, "body": body,
                      "author": author, "pinned": bool(pinned[i]), "created_at": at,
                      "updated_at": updated})
    return notes, revisions


def make_follow_ups(desk: Desk, rng: np.random.Generator) -> list[Row]:
    """Reminders about recent orders: some overdue, some due today, some later, many done."""
    count = bounded(desk.schedule.customers, FOLLOW_UP_SHARE, 8, MOST_FOLLOW_UPS)
    kind = rng.choice(len(_DUE), count, p=_DUE_SHARES)
    kind[:6] = [0, 0, 1, 1, 2, 3]
    days = np.select([kind == 0, kind == 1, kind == 2],
                     [-rng.integers(1, 11, count), np.zeros(count, dtype=np.int64),
                      rng.integers(1, 15, count)], -rng.integers(1, 120, count))
    # Written a few days before it was due, never after today began.
    written = (desk.window.days + days - rng.uniform(1, 10, count)) * DAY_S
    written = np.minimum(written.astype(np.int64), desk.now - rng.integers(600, DAY_S, count))
    positions = desk.placed_before(rng, written)
    done_after = np.maximum(written + 3600, (desk.window.days + days + rng.uniform(
        -2, 1, count)) * DAY_S).astype(np.int64)
    done = np.where(kind == 3, np.minimum(done_after, desk.now - 60), -1)
    on_order = rng.random(count) < 0.75
    titles = rng.integers(0, len(FOLLOW_UPS), count).tolist()
    done_at = desk.times(np.maximum(done, 0))
    return [
        {"customer_id": customer, "order_id": order if on_order[i] else None,
         "title": FOLLOW_UPS[titles[i]], "due_on": desk.today + timedelta(days=int(days[i])),
         "author": author, "created_at": created, "done_at": done_at[i] if done[i] >= 0 else None}
        for i, (customer, order, author, created) in enumerate(zip(
            desk.customer_ids(positions), desk.order_ids(positions),
            desk.authors(rng, count), desk.times(written), strict=True))
    ]
