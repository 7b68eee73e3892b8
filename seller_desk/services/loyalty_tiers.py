"""Every customer's tier changes at once, and which of them the ledger does not hold yet."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from seller_desk.domain.retention.history import Ints
from seller_desk.domain.retention.loyalty import Tier, add_months_array, tier_index

NO_ORDER = -1  # the "seconds" of a day on which an order only left the 12-month window


@dataclass(frozen=True)
class TierChanges:
    """Tier changes of many customers, sorted by customer then day (tier_timeline's rule for
    each customer), and each customer's tier on the last day looked at."""

    customer: Ints
    day: Ints
    tier: Ints
    # The latest order time of that day (epoch seconds), or NO_ORDER on a day when the change
    # came only from an order leaving the window.
    seconds: Ints
    current_customer: Ints  # sorted
    current_tier: Ints


def tier_changes(
    customer: Ints, day: Ints, value: Ints, seconds: Ints, tiers: tuple[Tier, ...],
    until_day: int,
) -> TierChanges:
    """tier_timeline for every customer in one pass over counted orders (day <= until_day).

    Spend over the last 12 months moves on an order day (+value) and on the day an order leaves
    the window (-value); summing those events per customer and day in order gives the spend on
    each day it can change."""
    leave = add_months_array(day, 12)
    gone = leave <= until_day
    ev_c = np.concatenate((customer, customer[gone]))
    ev_d = np.concatenate((day, leave[gone]))
    ev_v = np.concatenate((value, -value[gone]))
    ev_s = np.concatenate((seconds, np.full(int(gone.sum()), NO_ORDER, dtype=np.int64)))
    empty = np.zeros(0, dtype=np.int64)
    if not ev_c.size:
        return TierChanges(empty, empty, empty, empty, empty, empty)
    order = np.lexsort((ev_d, ev_c))
    ev_c, ev_d, ev_v, ev_s = ev_c[order], ev_d[order], ev_v[order], ev_s[order]
    new = np.ones(ev_c.size, dtype=bool)
    new[1:] = (ev_c[1:] != ev_c[:-1]) | (ev_d[1:] != ev_d[:-1])
    starts = np.flatnonzero(new)
    g_c, g_d = ev_c[starts], ev_d[starts]
    g_s = np.maximum.reduceat(ev_s, starts)
    running = np.cumsum(np.add.reduceat(ev_v, starts))
    first = np.ones(g_c.size, dtype=bool)
    first[1:] = g_c[1:] != g_c[:-1]
    block_start = np.flatnonzero(first)
    block = np.cumsum(first) - 1
    before = np.concatenate(([0], running))[block_start]  # running total before each customer
    tier = tier_index(running - before[block], tiers)
    previous = np.concatenate(([0], tier[:-1]))
    previous[block_start] = 0
    changed = tier != previous
    block_end = np.append(block_start[1:], g_c.size) - 1
    return TierChanges(g_c[changed], g_d[changed], tier[changed], g_s[changed],
                       g_c[block_start], tier[block_end])


@dataclass(frozen=True)
class TierPosts:
    """Tier rows to write: (customer, tier index, day, seconds or NO_ORDER)."""

    customer: Ints
    tier: Ints
    day: Ints
    seconds: Ints


def tier_posts(
    changes: TierChanges, customers: Ints, posted_customer: Ints, posted_day: Ints,
    posted_tier: Ints, as_of_day: int, as_of_seconds: int,
) -> TierPosts:
    """What the ledger lacks, for `customers`: the ledger keeps history, so only changes after a
    customer's last tier row are added; when a refund or a renamed tier leaves the last row
    wrong without a later change, one row at the as-of time sets it right.

    posted_*: each customer's last tier row (customer sorted; tier -1 when its name is no
    longer a tier); a customer without one is in tier 0 since before any day."""
    customers = np.unique(np.asarray(customers, dtype=np.int64))
    last_day = np.full(customers.size, np.iinfo(np.int64).min, dtype=np.int64)
    last_tier = np.zeros(customers.size, dtype=np.int64)
    at = positions(customers, posted_customer)
    found = at >= 0
    last_day[at[found]] = posted_day[found]
    last_tier[at[found]] = posted_tier[found]

    mine = positions(customers, changes.customer)
    keep = (mine >= 0) & (changes.day > last_day[np.maximum(mine, 0)])
    c, d, t, s, pos = (changes.customer[keep], changes.day[keep], changes.tier[keep],
                       changes.seconds[keep], mine[keep])
    first = np.ones(c.size, dtype=bool)
    first[1:] = c[1:] != c[:-1]
    # Consecutive changes always differ; only the first may repeat the tier already posted.
    keep = ~(first & (t == last_tier[pos]))
    c, d, t, s = c[keep], d[keep], t[keep], s[keep]

    current = np.zeros(customers.size, dtype=np.int64)
    known = positions(customers, changes.current_customer)
    current[known[known >= 0]] = changes.current_tier[known >= 0]
    has_new = np.isin(customers, c)
    fix = ~has_new & (current != last_tier)
    fixed = customers[fix]
    return TierPosts(
        np.concatenate((c, fixed)), np.concatenate((t, current[fix])),
        np.concatenate((d, np.full(fixed.size, as_of_day, dtype=np.int64))),
        np.concatenate((s, np.full(fixed.size, as_of_seconds, dtype=np.int64))),
    )


def positions(sorted_ids: Ints, ids: Ints) -> Ints:
    """Index of each of `ids` in `sorted_ids` (unique, ascending), -1 where absent."""
    ids = np.asarray(ids, dtype=np.int64)
    if not sorted_ids.size:
        return np.full(ids.shape, -1, dtype=np.int64)
    pos = np.minimum(np.searchsorted(sorted_ids, ids), sorted_ids.size - 1)
    return np.where(sorted_ids[pos] == ids, pos, -1).astype(np.int64)
