"""The demo shop's return requests, made in bulk once its orders are in place.

About one delivered order in twenty comes back, for reasons that suit the item; requests are in
every state (the older ones settled and closed), every outcome is there, two listings come back
far more often than the rest, and the money follows the Returns page's own steps: refunds on the
orders, return labels, replacements sent, goods restocked or written off. The orders' margins
stay unknown here: the demo's costing at the end works them out with the returns' cost.
"""

from __future__ import annotations

from decimal import Decimal

import numpy as np
from sqlalchemy import Connection
from sqlalchemy.orm import Session

from seller_desk.domain.returns import ReturnState
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.demo import bulk
from seller_desk.services.demo.desk import Desk
from seller_desk.services.demo.return_money import (
    AT_FAULT,
    ReturnMoney,
    Settled,
    paid_for_items,
    read_orders,
    restocked,
)
from seller_desk.services.demo.return_orders import Touched, ship_replacements, write_order_changes
from seller_desk.services.demo.return_paths import Paths, plan_paths
from seller_desk.services.demo.return_picks import pick_returns, skip_cheap_returns
from seller_desk.services.demo.return_rows import write_requests
from seller_desk.services.demo.storefront import Storefront
from seller_desk.services.demo.window import DAY_S
from seller_desk.services.progress import Job
from seller_desk.store.models import ReturnEvent, ReturnLine, ReturnRequest
from seller_desk.store.queries.returns import rma_number

WRITING_RETURNS = QT_TRANSLATE_NOOP("demo", "Writing return requests")
S = ReturnState


def make_returns(connection: Connection, job: Job, desk: Desk, store: Storefront,
                 first_listing: int, base: str, seed: int, binder: bulk.TimestampBinder
                 ) -> int:
    """Write the demo's return requests and what they did to their orders; how many."""
    job.report(0, 0, WRITING_RETURNS)
    rng = np.random.default_rng([seed, 12])
    picks = pick_returns(connection, desk, store.products, first_listing, rng)
    if not picks.count:
        return 0
    facts = read_orders(connection, picks.order_id)
    skip_cheap_returns(picks, facts.in_base(picks.value(), base), rng)
    paths = plan_paths(picks, desk.now, rng)
    first = bulk.next_id(connection, ReturnRequest.__table__)
    touched = Touched(connection, desk, picks, facts,
                      [rma_number(first + i) for i in range(picks.count)], binder,
                      int(desk.window.start.timestamp()), base, store.products, first_listing)
    # The costing and customer-total helpers take a session: this one lives in the demo's
    # own transaction and never commits or rolls it back.
    with Session(bind=connection, join_transaction_mode="rollback_only") as session:
        money = ReturnMoney(session, base, desk.window.first_day,
                            sorted(set(facts.column("currency"))))
        settled = _settle(touched, money, paths, rng)
        write_order_changes(touched, session, settled.refund, settled.refund_base,
                            settled.refunded_at, settled.return_cost(picks), rng)
    write_requests(touched, paths, settled, first, rng)
    bulk.sync_id_sequences(connection, [ReturnRequest.__table__, ReturnLine.__table__,
                                        ReturnEvent.__table__])
    return picks.count


def _settle(t: Touched, money: ReturnMoney, paths: Paths, rng: np.random.Generator
            ) -> Settled:
    """The money of each step taken: refunds, credit, labels, stock, replacements sent."""
    picks, facts = t.picks, t.facts
    currencies = facts.column("currency")
    rates = facts.column("rate_to_base")
    paid = paid_for_items(picks, facts)
    step = paths.reached(S.REFUNDED)
    refunded = step >= 0
    refunded_at = np.where(refunded, paths.time_of(step), -1)
    refund = np.where(refunded, paid, 0)
    at = np.flatnonzero(refunded)
    in_base, used = money.to_base(refund[at], [currencies[i] for i in at.tolist()],
                                  refunded_at[at] // DAY_S, [rates[i] for i in at.tolist()])
    refund_base = [0] * picks.count
    refund_rate: list[Decimal | None] = [None] * picks.count
    for i, amount, rate in zip(at.tolist(), in_base, used, strict=True):
        refund_base[i], refund_rate[i] = amount, rate
    credit = np.where(paths.reached(S.CREDITED) >= 0, paid, 0)
    # The shop pays the way back where the fault is its own (the default policies make the
    # buyer pay otherwise); the label goes out when the request awaits the item.
    step = paths.reached(S.AWAITING_ITEM)
    labelled = (step >= 0) & AT_FAULT[picks.reason]
    grams = np.array([p.weight_grams for p in t.products], dtype=np.int64)
    weight = np.bincount(picks.owner, weights=grams[picks.product] * picks.quantity,
                         minlength=picks.count).astype(np.int64)
    country = t.desk.schedule.country[t.desk.schedule.customer[picks.position]]
    label = np.zeros(picks.count, dtype=np.int64)
    at = np.flatnonzero(labelled)
    label[at] = money.labels_base(weight[at], country[at], paths.time_of(step)[at] // DAY_S)
    inspected = paths.reached(S.INSPECTED) >= 0
    line_costs, _goods = money.goods(sorted(set(picks.order_id[inspected].tolist())))
    disposition, back = restocked(picks, line_costs, inspected, rng)
    replaced, exchanged = paths.reached(S.REPLACED), paths.reached(S.EXCHANGED)
    which = np.flatnonzero((replaced >= 0) | (exchanged >= 0))
    sent_at = paths.time_of(np.maximum(replaced, exchanged))[which]
    ids, sent_cost = ship_replacements(t, money, which, sent_at, exchanged[which] >= 0, rng)
    replacement: list[int | None] = [None] * picks.count
    replacement_cost = np.zeros(picks.count, dtype=np.int64)
    for r, order_id, cost in zip(which.tolist(), ids, sent_cost.tolist(), strict=True):
        replacement[r], replacement_cost[r] = order_id, cost
    return Settled(refund, refund_base, refund_rate, refunded_at, credit, label, replacement,
                   replacement_cost, disposition, back)
