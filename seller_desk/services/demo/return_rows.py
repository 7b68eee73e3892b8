"""The demo's return requests, their lines and their history as rows, written in bulk."""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import Boolean

from seller_desk.domain.returns import ReturnState
from seller_desk.services.demo import bulk
from seller_desk.services.demo.return_money import Settled
from seller_desk.services.demo.return_orders import Touched
from seller_desk.services.demo.return_paths import STATES, STEPS, Paths
from seller_desk.services.demo.return_picks import OUTCOMES, REASONS
from seller_desk.services.demo.return_texts import (
    NEVER_CAME_NOTE,
    REASON_TEXTS,
    STEP_NOTES,
    TOO_LATE_NOTE,
    WITHDRAWN_NOTE,
)
from seller_desk.services.demo.texts import STAFF
from seller_desk.services.demo.window import DAY_S
from seller_desk.store.models import ReturnEvent, ReturnLine, ReturnRequest
from seller_desk.store.types import DecimalText

S = ReturnState
REQUEST_COLUMNS = (
    "id", "rma_number", "rma_key", "order_id", "customer_id", "account_id", "ship_country",
    "state", "outcome", "reason", "reason_text", "requested_at", "state_since", "closed_at",
    "out_of_window", "currency", "refund_minor", "refund_base_minor", "refund_rate",
    "refunded_at", "return_shipping_base_minor", "exchange_sku", "replacement_order_id",
    "credit_minor", "updated_at")
# No restocking fee under the default policies; made by the demo, never synced.
REQUEST_CONSTANTS: dict[str, str | int | None] = {
    "restocking_fee_minor": 0, "source": "demo", "external_id": None}
RETURN_LINE_COLUMNS = ("id", "request_id", "order_line_id", "listing_id", "sku", "sku_key",
                       "quantity", "disposition", "restocked_cost_base_minor")
EVENT_COLUMNS = ("id", "request_id", "at", "author", "from_state", "to_state", "note")


def _choose(rng: np.random.Generator, options: tuple[str, ...], count: int) -> list[str]:
    return [options[i] for i in rng.integers(0, len(options), count).tolist()]


def write_requests(t: Touched, paths: Paths, settled: Settled, first: int,
                   rng: np.random.Generator) -> None:
    picks, facts, connection = t.picks, t.facts, t.connection
    texts = [""] * picks.count
    for code, reason in enumerate(REASONS):
        at = np.flatnonzero(picks.reason == code)
        for i, text in zip(at.tolist(), _choose(rng, REASON_TEXTS[reason], at.size),
                           strict=True):
            texts[i] = text
    current = paths.current()
    since = paths.since()
    closed = current == STATES.index(S.CLOSED)
    bind_rate = bulk.binder(connection, DecimalText())
    bind_bool = bulk.binder(connection, Boolean())
    requested, since_at = t.times(picks.requested), t.times(since)
    refunded_at = t.times(np.maximum(settled.refunded_at, 0))
    states = [state.value for state in STATES]
    rows = []
    columns = (facts.column(name) for name in ("customer_id", "account_id", "ship_country",
                                                 "currency"))
    for i, (customer, account, country, currency) in enumerate(zip(*columns, strict=True)):
        refund = int(settled.refund[i])
        rows.append((
            first + i, t.rma[i], t.rma[i].casefold(), int(picks.order_id[i]), customer, account,
            country, states[current[i]], OUTCOMES[picks.outcome[i]].value,
            REASONS[picks.reason[i]].value, texts[i], requested[i], since_at[i],
            since_at[i] if closed[i] else None, bind_bool(bool(picks.out_of_window[i])),
            currency, refund, settled.refund_base[i],
            bind_rate(settled.refund_rate[i]) if refund else None,
            refunded_at[i] if refund else None, int(settled.label[i]), picks.exchange_sku[i],
            settled.replacement[i], int(settled.credit[i]), since_at[i]))
    bulk.table_insert(connection, ReturnRequest.__table__, REQUEST_COLUMNS, REQUEST_CONSTANTS
                      ).run(rows)
    _write_lines(t, settled, first)
    _write_events(t, paths, texts, first, rng)


def _write_lines(t: Touched, settled: Settled, first_request: int) -> None:
    picks = t.picks
    first = bulk.next_id(t.connection, ReturnLine.__table__)
    listings = t.listing_ids
    skus = t.skus
    bulk.table_insert(t.connection, ReturnLine.__table__, RETURN_LINE_COLUMNS).run(list(zip(
        range(first, first + picks.owner.size), (picks.owner + first_request).tolist(),
        picks.line_id.tolist(), listings[picks.product].tolist(),
        skus[picks.product].tolist(), [s.casefold() for s in skus[picks.product].tolist()],
        picks.quantity.tolist(), settled.disposition, settled.restocked.tolist(),
        strict=True)))


def _write_events(t: Touched, paths: Paths, texts: list[str], first_request: int,
                  rng: np.random.Generator) -> None:
    """Each step taken, by the customer (the opening) or a member of staff, with a note now
    and then: why a late request was turned down, why one was closed early."""
    picks = t.picks
    request, step = np.nonzero(np.arange(STEPS)[None, :] <= paths.last[:, None])
    to = paths.states[request, step]
    before = np.where(step > 0, paths.states[request, np.maximum(step - 1, 0)], len(STATES))
    values = np.array([s.value for s in STATES] + [""], dtype=object)
    buyers = t.facts.column("buyer_name")
    authors = np.array(_choose(rng, STAFF, request.size), dtype=object)
    notes = np.full(request.size, "", dtype=object)
    opening = np.flatnonzero(step == 0)
    authors[opening] = [buyers[r] for r in request[opening].tolist()]
    notes[opening] = [texts[r] for r in request[opening].tolist()]
    for state, options in STEP_NOTES.items():
        at = np.flatnonzero(to == STATES.index(state))
        notes[at] = _choose(rng, options, at.size)
    late = np.flatnonzero((to == STATES.index(S.REJECTED)) & picks.out_of_window[request])
    for e in late.tolist():
        r = int(request[e])
        days = int(picks.requested[r] // DAY_S - picks.delivered_day[r])
        notes[e] = TOO_LATE_NOTE.format(days=days, window=int(picks.window_days[r]))
    closing = to == STATES.index(S.CLOSED)
    notes[closing & (before == STATES.index(S.APPROVED))] = WITHDRAWN_NOTE
    notes[closing & (before == STATES.index(S.AWAITING_ITEM))] = NEVER_CAME_NOTE
    first = bulk.next_id(t.connection, ReturnEvent.__table__)
    at_times: list[Any] = t.times(paths.times[request, step])
    bulk.table_insert(t.connection, ReturnEvent.__table__, EVENT_COLUMNS).run(list(zip(
        range(first, first + request.size), (request + first_request).tolist(), at_times,
        authors.tolist(), values[before].tolist(), values[to].tolist(), notes.tolist(),
        strict=True)))
