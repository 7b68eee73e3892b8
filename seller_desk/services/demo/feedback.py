"""What demo customers told the shop: CSAT and NPS answers over 15 months, and complaints."""

from __future__ import annotations

from typing import Any

import numpy as np

from seller_desk.services.demo.desk import Desk, bounded
from seller_desk.services.demo.statuses import (
    CANCELLED,
    DELIVERED,
    PAID,
    PARTIAL,
    PENDING,
    REFUNDED,
    SHIPPED,
)
from seller_desk.services.demo.texts import (
    COMMENTS,
    COMPLAINT_CHANNELS,
    COMPLAINTS,
    FEEDBACK_CHANNELS,
)
from seller_desk.services.demo.window import DAY_S

FEEDBACK_SHARE, MOST_FEEDBACK = 0.06, 5000
COMPLAINT_SHARE, MOST_COMPLAINTS = 0.008, 1500
FEEDBACK_DAYS = 456  # 15 months of answers
CSAT_SHARE, COMMENTED, IN_THEIR_LANGUAGE = 0.6, 0.3, 0.6
# CSAT 1-5: about 88 % satisfied (4 or 5). NPS 0-10: 55 % promoters, 15 % detractors: +40.
CSAT_P = (0.03, 0.03, 0.06, 0.30, 0.58)
NPS_P = (0.01, 0.01, 0.01, 0.01, 0.01, 0.03, 0.07, 0.12, 0.18, 0.22, 0.33)
# Complaints: open, in progress, resolved (the first of each are always there).
_STATES = ("open", "in_progress", "resolved")
_STATE_SHARES = (0.15, 0.15, 0.70)
_SITUATION = {PENDING: "waiting", PAID: "waiting", SHIPPED: "on_the_way",
              DELIVERED: "arrived", PARTIAL: "arrived", REFUNDED: "refunded",
              CANCELLED: "cancelled"}
Row = dict[str, Any]


def make_feedback(desk: Desk, rng: np.random.Generator) -> list[Row]:
    """Answers a few days after delivery; a third with a comment, some in their own language."""
    count = bounded(desk.schedule.customers, FEEDBACK_SHARE, 20, MOST_FEEDBACK)
    since = desk.now - FEEDBACK_DAYS * DAY_S
    arrived = (desk.status == DELIVERED) | (desk.status == PARTIAL)
    positions = desk.pick(rng, count, arrived & (desk.updated >= since)
                          & (desk.updated < desk.now - 2 * DAY_S))
    size = positions.size
    received = np.minimum(desk.updated[positions] + rng.integers(DAY_S, 12 * DAY_S, size),
                          desk.now - rng.integers(60, 6 * 3600, size))
    csat = rng.random(size) < CSAT_SHARE
    score = np.where(csat, rng.choice(5, size, p=CSAT_P) + 1, rng.choice(11, size, p=NPS_P))
    mood = np.where(csat, np.select([score >= 4, score == 3], [0, 1], 2),
                    np.select([score >= 9, score >= 7], [0, 1], 2))
    commented = rng.random(size) < COMMENTED
    local = rng.random(size) < IN_THEIR_LANGUAGE
    picks = rng.integers(0, 1 << 30, size).tolist()
    channels = desk.choose(rng, FEEDBACK_CHANNELS, size)
    languages = [desk.people.languages[c] for c in desk.schedule.customer[positions].tolist()]
    rows = []
    for i, (customer, order, at, author) in enumerate(zip(
            desk.customer_ids(positions), desk.order_ids(positions), desk.times(received),
            desk.authors(rng, size), strict=True)):
        comment = ""
        if commented[i]:
            bank = COMMENTS.get(languages[i] if local[i] else "en", COMMENTS["en"])[mood[i]]
            comment = bank[picks[i] % len(bank)]
        rows.append({"customer_id": customer, "order_id": order,
                     "kind": "csat" if csat[i] else "nps", "score": int(score[i]),
                     "comment": comment, "channel": "survey" if not csat[i] else channels[i],
                     "received_at": at, "author": author})
    return rows


def make_complaints(desk: Desk, rng: np.random.Generator) -> list[Row]:
    """Complaints about orders: recent ones open or in progress, older ones resolved in hours
    to days."""
    count = bounded(desk.schedule.customers, COMPLAINT_SHARE, 6, MOST_COMPLAINTS)
    state = rng.choice(len(_STATES), count, p=_STATE_SHARES)
    state[:3] = [0, 1, 2]
    seconds = desk.schedule.seconds
    recent = (seconds >= desk.now - 45 * DAY_S) & (seconds < desk.now - 2 * DAY_S)
    settled = (desk.updated >= desk.now - FEEDBACK_DAYS * DAY_S) & (
        desk.updated < desk.now - 14 * DAY_S)
    active = np.sort(state[state < 2])
    first = desk.pick(rng, active.size, recent)
    later = desk.pick(rng, int((state == 2).sum()), settled)
    positions = np.concatenate([first, later])
    state = np.concatenate([active[: first.size], np.full(later.size, 2)])
    size = positions.size
    # Open ones came in within the last days; resolved ones soon after the order settled.
    start = np.where(state < 2, np.maximum(seconds[positions] + DAY_S,
                                           desk.now - rng.integers(DAY_S, 10 * DAY_S, size)),
                     desk.updated[positions] + rng.integers(DAY_S // 2, 8 * DAY_S, size))
    opened = np.minimum(start, desk.now - rng.integers(1800, 4 * 3600, size))
    hours = np.clip(rng.lognormal(np.log(20), 1.1, size), 1, 12 * 24)
    resolved = np.minimum(opened + (hours * 3600).astype(np.int64), desk.now - 60)
    resolved_at = desk.times(resolved)
    picks = rng.integers(0, 1 << 30, size).tolist()
    channels = desk.choose(rng, COMPLAINT_CHANNELS, size)
    statuses = desk.status[positions].tolist()
    rows = []
    for i, (customer, order, at, author) in enumerate(zip(
            desk.customer_ids(positions), desk.order_ids(positions), desk.times(opened),
            desk.authors(rng, size), strict=True)):
        choices = COMPLAINTS[_SITUATION[statuses[i]]]
        subject, details = choices[picks[i] % len(choices)]
        rows.append({"customer_id": customer, "order_id": order, "subject": subject,
                     "details": details, "channel": channels[i], "status": _STATES[state[i]],
                     "opened_at": at, "resolved_at": resolved_at[i] if state[i] == 2 else None,
                     "author": author})
    return rows
