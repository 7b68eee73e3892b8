"""Which delivered demo orders come back, which of their items, when and why (by kind of item)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Connection, Select, func, select

from seller_desk.domain.return_policy import default_policy
from seller_desk.domain.returns import ReturnOutcome, ReturnReason
from seller_desk.services.demo.catalog import DemoListing
from seller_desk.services.demo.desk import Desk
from seller_desk.services.demo.places import COUNTRIES
from seller_desk.services.demo.statuses import DELIVERED
from seller_desk.services.demo.window import DAY_S
from seller_desk.store.models import Feedback, OrderLine

REASONS = tuple(ReturnReason)  # a request's reason is its index here
OUTCOMES = tuple(ReturnOutcome)
R, OUT = ReturnReason, ReturnOutcome
BASE_RATE = 0.045  # of delivered orders; the problem listings add a little on top
PROBLEM_RATE = 0.09  # extra chance for each delivered line of a problem listing
ID_CHUNK = 500
WEAR = frozenset({"SCF", "SLP", "PIL", "RNG", "BRC", "TOT"})  # sizes, colours on skin
FRAGILE = frozenset({"TSET", "GWN", "CUP", "BWL", "VAS", "TPT", "ZOD", "LNT", "SLN", "CLB"})
# Per kind of item (wear, fragile, anything else): how often each reason, in REASONS order
# (damaged, wrong item, not as described, size or fit, changed mind, late, lost, other).
_REASON_WEIGHTS = np.array([
    [0.03, 0.05, 0.30, 0.40, 0.12, 0.04, 0.02, 0.04],
    [0.58, 0.06, 0.10, 0.00, 0.11, 0.07, 0.04, 0.04],
    [0.10, 0.12, 0.30, 0.00, 0.27, 0.09, 0.05, 0.07],
])
# The problem listings' complaint: a colour unlike the photos, a box that does not protect.
_PROBLEM_WEIGHTS = np.array([
    [0.02, 0.02, 0.60, 0.28, 0.04, 0.02, 0.00, 0.02],
    [0.85, 0.02, 0.05, 0.00, 0.04, 0.02, 0.00, 0.02],
    [0.40, 0.05, 0.40, 0.00, 0.10, 0.03, 0.00, 0.02],
])
# Per reason, what the customer gets, in OUTCOMES order (refund, replacement, exchange, store
# credit, refund without return). Nothing comes back from a lost parcel.
_OUTCOME_WEIGHTS = np.array([
    [0.55, 0.30, 0.00, 0.05, 0.10],
    [0.35, 0.45, 0.10, 0.05, 0.05],
    [0.72, 0.08, 0.07, 0.10, 0.03],
    [0.45, 0.00, 0.45, 0.10, 0.00],
    [0.80, 0.00, 0.00, 0.20, 0.00],
    [0.60, 0.00, 0.00, 0.25, 0.15],
    [0.00, 0.00, 0.00, 0.00, 1.00],
    [0.75, 0.05, 0.05, 0.15, 0.00],
])
_CHEAP_SHARE = 0.2  # the cheapest requests: a refund is cheaper than the postage back


@dataclass(frozen=True)
class Picks:
    """The requests in the order they were made (their RMA numbers follow), and their lines
    grouped by request (`owner` is the request's index)."""

    position: np.ndarray  # the order's position in the schedule
    order_id: np.ndarray
    requested: np.ndarray  # seconds into the window
    delivered_day: np.ndarray  # day index of the delivery
    window_days: np.ndarray  # the default policy's window for the ship-to country
    out_of_window: np.ndarray
    reason: np.ndarray
    outcome: np.ndarray
    exchange_sku: list[str]
    owner: np.ndarray
    line_id: np.ndarray
    product: np.ndarray  # index into the storefront's products
    quantity: np.ndarray  # returned
    bought: np.ndarray
    line_total: np.ndarray  # the whole line's total, order currency
    problem_listings: tuple[int, ...]  # listing ids

    @property
    def count(self) -> int:
        return int(self.order_id.size)

    def bounds(self) -> np.ndarray:
        """Request r's lines are bounds[r]:bounds[r + 1]."""
        return np.searchsorted(self.owner, np.arange(self.count + 1))

    def value(self) -> np.ndarray:
        """What the returned items were sold for, per request (order currency)."""
        share = self.line_total * self.quantity // np.maximum(self.bought, 1)
        return np.bincount(self.owner, weights=share, minlength=self.count).astype(np.int64)


def raw_rows(connection: Connection, statement: Select[Any]) -> list[tuple[Any, ...]]:
    """The driver's own tuples (numpy and zip take them as they are; rates stay text)."""
    result = connection.execute(statement)
    try:
        return list(result.cursor.fetchall())  # type: ignore[attr-defined]
    finally:
        result.close()


def _kinds(products: list[DemoListing]) -> np.ndarray:
    return np.array([0 if p.family in WEAR else 1 if p.family in FRAGILE else 2
                     for p in products], dtype=np.int64)


def _lines_of(connection: Connection, order_ids: np.ndarray) -> np.ndarray:
    """(line id, order id, listing id, quantity, total) of the orders' lines, by order and id."""
    table = OrderLine.__table__
    found: list[tuple[Any, ...]] = []
    ids = order_ids.tolist()
    for start in range(0, len(ids), ID_CHUNK):
        found += raw_rows(connection, select(
            table.c.id, table.c.order_id, table.c.listing_id, table.c.quantity,
            table.c.total_minor).where(table.c.order_id.in_(ids[start:start + ID_CHUNK])))
    rows = np.array(found, dtype=np.int64).reshape(-1, 5)
    return rows[np.lexsort((rows[:, 0], rows[:, 1]))]


def _problem_listings(connection: Connection, kinds: np.ndarray, first_listing: int,
                      rng: np.random.Generator) -> tuple[int, ...]:
    """Two good sellers, one worn and one fragile where the shop sells both."""
    table = OrderLine.__table__
    sold = raw_rows(connection, select(table.c.listing_id, func.count()).group_by(
        table.c.listing_id).order_by(func.count().desc(), table.c.listing_id))
    chosen: list[int] = []
    for kind in (0, 1):
        top = [listing for listing, _n in sold if kinds[listing - first_listing] == kind][:3]
        if top:
            chosen.append(top[int(rng.integers(0, len(top)))])
    for listing, _n in sold:
        if len(chosen) >= 2:
            break
        if listing not in chosen:
            chosen.append(listing)
    return tuple(chosen)


def pick_returns(connection: Connection, desk: Desk, products: list[DemoListing],
                 first_listing: int, rng: np.random.Generator) -> Picks:
    """About one delivered order in twenty comes back: usually one of its items, sometimes all
    of them; the problem listings come back about three times as often as the rest."""
    eligible = desk.status == DELIVERED
    # Feedback came after the order's last change; a refund now would come after it.
    reviewed = connection.execute(select(Feedback.__table__.c.order_id).where(
        Feedback.__table__.c.order_id.is_not(None))).scalars().all()
    eligible[np.array(reviewed, dtype=np.int64) - desk.first_order] = False
    delivered = np.flatnonzero(eligible)
    kinds = _kinds(products)
    problems = _problem_listings(connection, kinds, first_listing, rng)
    base = delivered[rng.random(delivered.size) < BASE_RATE]
    table = OrderLine.__table__
    extra = np.array(raw_rows(connection, select(table.c.id, table.c.order_id).where(
        table.c.listing_id.in_(problems)).order_by(table.c.id)), dtype=np.int64).reshape(-1, 2)
    position = extra[:, 1] - desk.first_order
    keep = eligible[position] & (rng.random(position.size) < PROBLEM_RATE)
    keep &= ~np.isin(position, base)
    extra = extra[keep]
    extra = extra[np.unique(extra[:, 1], return_index=True)[1]]  # one line per order
    positions = np.concatenate([base, extra[:, 1] - desk.first_order])
    if not positions.size:
        nothing = np.zeros(0, dtype=np.int64)
        return Picks(*[nothing] * 8, [], *[nothing] * 6, problems)
    lines = _lines_of(connection, positions + desk.first_order)
    line_order = lines[:, 1]
    starts = np.flatnonzero(np.r_[True, line_order[1:] != line_order[:-1]])
    orders = line_order[starts]
    counts = np.diff(np.r_[starts, line_order.size])
    request_of_line = np.repeat(np.arange(orders.size), counts)
    # Base picks return one item, or every item (a quarter of them); problem picks that item.
    returned = np.repeat(rng.random(orders.size) < 0.25, counts)
    returned[starts + (rng.random(orders.size) * counts).astype(np.int64)] = True
    problem_order = np.isin(orders, extra[:, 1])
    returned[problem_order[request_of_line]] = False
    returned[np.isin(lines[:, 0], extra[:, 0])] = True
    lines, owner = lines[returned], request_of_line[returned]
    bought = lines[:, 3]
    some = 1 + (rng.random(owner.size) * np.maximum(bought - 1, 1)).astype(np.int64)
    quantity = np.where((bought == 1) | (rng.random(owner.size) < 0.6)
                        | problem_order[owner], bought, np.minimum(some, bought))
    product = lines[:, 2] - first_listing
    lead = product[np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])]
    weights = np.where(problem_order[:, None], _PROBLEM_WEIGHTS[kinds[lead]],
                       _REASON_WEIGHTS[kinds[lead]])
    reason = _draw(rng, weights)
    outcome = _draw(rng, _OUTCOME_WEIGHTS[reason])
    positions = orders - desk.first_order
    requested, delivered_day, window, late = _when(desk, positions, rng)
    made = requested < desk.now - 3600  # not asked for yet: left out
    exchange = _exchange_skus(products, lead, outcome, reason, rng)
    picks = Picks(positions, orders, requested, delivered_day, window, late, reason, outcome,
                  exchange, owner, lines[:, 0], product, quantity, bought, lines[:, 4],
                  problems)
    return _in_time_order(picks, made)


def _draw(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """One choice per row of `weights` (each row's weights need not add up to one)."""
    cumulative = np.cumsum(weights, axis=1)
    spot = rng.random(weights.shape[0]) * cumulative[:, -1]
    return np.minimum((cumulative <= spot[:, None]).sum(axis=1), weights.shape[1] - 1)


def _when(desk: Desk, positions: np.ndarray, rng: np.random.Generator
          ) -> tuple[np.ndarray, ...]:
    """Seconds of each request, its delivery day, the policy window, and whether it came too
    late: most within a week or two of delivery, a few weeks after the window closed."""
    delivered = desk.updated[positions]
    country = desk.schedule.country[desk.schedule.customer[positions]]
    window = np.array([default_policy(c.code).window_days for c in COUNTRIES],
                      dtype=np.int64)[country]
    late = rng.random(positions.size) < 0.05
    days = np.where(late, window + 1 + rng.random(positions.size) * 30,
                    np.minimum(rng.exponential(5.0, positions.size) + 0.3, window - 0.5))
    requested = delivered + (days * DAY_S).astype(np.int64)
    day = delivered // DAY_S
    return requested, day, window, requested // DAY_S - day > window


def _exchange_skus(products: list[DemoListing], lead: np.ndarray, outcome: np.ndarray,
                   reason: np.ndarray, rng: np.random.Generator) -> list[str]:
    """Another variant of the item (the next size first); without one, no exchange."""
    family: dict[str, list[int]] = {}
    for index, product in enumerate(products):
        family.setdefault(product.family, []).append(index)
    skus = [""] * lead.size
    for at in np.flatnonzero(outcome == OUTCOMES.index(OUT.EXCHANGE)).tolist():
        item = products[int(lead[at])]
        stem = item.sku.rsplit("-", 1)[0]
        others = [products[i].sku for i in family[item.family] if products[i].sku != item.sku]
        near = [sku for sku in others if sku.startswith(stem + "-")] or others
        if near:
            skus[at] = near[int(rng.integers(0, len(near)))]
        else:
            outcome[at] = OUTCOMES.index(OUT.REFUND if reason[at] == REASONS.index(R.SIZE_FIT)
                                         else OUT.REPLACEMENT)
    return skus


def _in_time_order(picks: Picks, made: np.ndarray) -> Picks:
    """Only the requests made by now, by when they were made (ids and RMA numbers follow)."""
    order = np.flatnonzero(made)[np.argsort(picks.requested[made], kind="stable")]
    new_index = np.full(picks.count, -1, dtype=np.int64)
    new_index[order] = np.arange(order.size)
    line_owner = new_index[picks.owner]
    lines = np.flatnonzero(line_owner >= 0)
    lines = lines[np.argsort(line_owner[lines], kind="stable")]

    def per_request(values: np.ndarray) -> np.ndarray:
        return values[order]

    def per_line(values: np.ndarray) -> np.ndarray:
        return values[lines]

    return Picks(
        *(per_request(v) for v in (picks.position, picks.order_id, picks.requested,
                                   picks.delivered_day, picks.window_days, picks.out_of_window,
                                   picks.reason, picks.outcome)),
        [picks.exchange_sku[i] for i in order.tolist()], line_owner[lines],
        *(per_line(v) for v in (picks.line_id, picks.product, picks.quantity, picks.bought,
                                picks.line_total)),
        picks.problem_listings)


def skip_cheap_returns(picks: Picks, value_base: np.ndarray, rng: np.random.Generator) -> None:
    """Where the items are worth less than the postage back (the cheapest fifth, in the base
    currency), most refunds skip the return."""
    if not picks.count:
        return
    cheap = value_base <= np.quantile(value_base, _CHEAP_SHARE)
    refund = picks.outcome == OUTCOMES.index(OUT.REFUND)
    switch = cheap & refund & (rng.random(picks.count) < 0.7)
    picks.outcome[switch] = OUTCOMES.index(OUT.REFUND_WITHOUT_RETURN)
