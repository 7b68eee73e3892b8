"""Orders that demo returns touch: replacements sent out, and refunds and return costs written
on the orders that came back, with their status history and their customers' totals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import numpy as np
from sqlalchemy import Boolean, Connection, bindparam, insert, update
from sqlalchemy.orm import Session

from seller_desk.domain.orders import Marketplace, OrderStatus
from seller_desk.services.demo import bulk
from seller_desk.services.demo.catalog import DemoListing
from seller_desk.services.demo.desk import Desk
from seller_desk.services.demo.orders import (
    LINE_COLUMNS,
    LINE_CONSTANTS,
    ORDER_COLUMNS,
    ORDER_CONSTANTS,
)
from seller_desk.services.demo.return_money import OrderFacts, ReturnMoney
from seller_desk.services.demo.return_picks import Picks
from seller_desk.services.demo.return_texts import REFUND_NOTE
from seller_desk.services.demo.statuses import CHANGE_COLUMNS, HISTORY_DAYS
from seller_desk.services.demo.texts import STAFF
from seller_desk.services.demo.window import DAY_S
from seller_desk.services.return_steps import MANUAL_ACCOUNT
from seller_desk.store.customer_stats import refresh_customer_stats
from seller_desk.store.models import (
    Customer,
    MarketplaceAccount,
    Order,
    OrderLine,
    OrderStatusChange,
)
from seller_desk.store.types import DecimalText, fold

_OUTBOUND = {**ORDER_CONSTANTS, "source": "manual"}  # as the Returns page makes them


@dataclass(frozen=True)
class Touched:
    """What the returns write on orders: shared by the steps below."""

    connection: Connection
    desk: Desk
    picks: Picks
    facts: OrderFacts
    rma: list[str]
    binder: bulk.TimestampBinder
    epoch: int
    base: str
    products: list[DemoListing]
    first_listing: int

    @property
    def listing_ids(self) -> np.ndarray:
        return np.arange(len(self.products), dtype=np.int64) + self.first_listing

    @property
    def skus(self) -> np.ndarray:
        return np.array([product.sku for product in self.products], dtype=object)

    def times(self, seconds: np.ndarray) -> list[Any]:
        return self.binder.bind(seconds + self.epoch)

    def recent(self, placed: np.ndarray) -> np.ndarray:
        """Orders placed in the days whose every status step the demo keeps."""
        return placed >= (self.desk.window.days - HISTORY_DAYS) * DAY_S


def ship_replacements(t: Touched, money: ReturnMoney, which: np.ndarray, sent: np.ndarray,
                      exchange: np.ndarray, rng: np.random.Generator
                      ) -> tuple[list[int], np.ndarray]:
    """New outbound orders for requests `which`, sent at `sent`: the same items again or the
    exchange SKU, at no charge and never counted as sales (test orders, as the Returns page
    makes them). Returns their ids and what each cost the shop (goods and label, base)."""
    if not which.size:
        return [], np.zeros(0, dtype=np.int64)
    connection, picks, facts, products = t.connection, t.picks, t.facts, t.products
    account = bulk.next_id(connection, MarketplaceAccount.__table__)
    connection.execute(insert(MarketplaceAccount.__table__).values(
        id=account, marketplace=Marketplace.MANUAL.value, name=" ".join(MANUAL_ACCOUNT.split()),
        store_url="", currency=t.base,
        created_at=t.desk.window.start + timedelta(seconds=int(sent.min()))))
    first = bulk.next_id(connection, Order.__table__)
    ids = list(range(first, first + which.size))
    by_sku = {product.sku: i for i, product in enumerate(products)}
    bounds = picks.bounds()
    line_rows: list[tuple[Any, ...]] = []
    grams = np.zeros(which.size, dtype=np.int64)
    units = np.zeros(which.size, dtype=np.int64)
    next_line = bulk.next_id(connection, OrderLine.__table__)
    for n, (r, order_id) in enumerate(zip(which.tolist(), ids, strict=True)):
        mine = range(int(bounds[r]), int(bounds[r + 1]))
        if exchange[n]:
            wanted = [(by_sku[picks.exchange_sku[r]], int(picks.quantity[mine].sum()))]
        else:
            wanted = [(int(picks.product[i]), int(picks.quantity[i])) for i in mine]
        for item, quantity in wanted:
            product = products[item]
            grams[n] += product.weight_grams * quantity
            units[n] += quantity
            line_rows.append((next_line, order_id, t.first_listing + item, product.sku,
                              product.sku.casefold(), product.title, quantity, 0, 0))
            next_line += 1
    shipped = sent + ((0.5 + 2.5 * rng.random(which.size)) * DAY_S).astype(np.int64)
    arrived = shipped + ((6 + 14 * rng.random(which.size)) * DAY_S).astype(np.int64)
    steps = np.stack([sent, shipped, arrived], axis=1)
    taken = steps < t.desk.now
    last = taken.sum(axis=1) - 1
    updated = steps[np.arange(which.size), last]
    country = t.desk.schedule.country[t.desk.schedule.customer[picks.position[which]]]
    label = money.labels_base(grams, country, sent // DAY_S)
    statuses = (OrderStatus.PAID.value, OrderStatus.SHIPPED.value, OrderStatus.DELIVERED.value)
    bind_bool = bulk.binder(connection, Boolean())
    bind_rate = bulk.binder(connection, DecimalText())
    rows = []
    placed, changed = t.times(sent), t.times(updated)
    for n, r in enumerate(which.tolist()):
        o = facts.of(r)
        number = f"{t.rma[r]}-{'X' if exchange[n] else 'R'}"
        rows.append((
            ids[n], account, number, number, fold(number), placed[n], statuses[last[n]],
            o["customer_id"], o["buyer_name"], o["buyer_name_key"], o["buyer_email"],
            o["ship_country"], o["ship_address"], o["ship_name"], o["ship_postcode"],
            "exchange" if exchange[n] else "replacement", o["currency"], 0, 0, 0, 0, 0, t.base,
            bind_rate(money.order_rate(o["currency"], int(sent[n] // DAY_S))
                      or o["rate_to_base"]),
            0, 0, 0, bind_bool(True), int(units[n]), 0, 0, label[n],
            bind_bool(False), changed[n]))
    bulk.table_insert(connection, Order.__table__, ORDER_COLUMNS, _OUTBOUND).run(rows)
    bulk.table_insert(connection, OrderLine.__table__, LINE_COLUMNS, LINE_CONSTANTS
                      ).run(line_rows)
    _outbound_history(t, ids, which, steps, last, rng)
    _lines, goods = money.goods(ids)
    cost = np.array([goods.get(i, 0) for i in ids], dtype=np.int64) + np.array(label)
    return ids, cost


def _outbound_history(t: Touched, ids: list[int], which: np.ndarray, steps: np.ndarray,
                      last: np.ndarray, rng: np.random.Generator) -> None:
    """Like every demo order's: one row for older ones, each step for the recent ones (the
    shipment by a member of staff)."""
    names = (OrderStatus.PAID.value, OrderStatus.SHIPPED.value, OrderStatus.DELIVERED.value)
    recent = t.recent(steps[:, 0])
    first = bulk.next_id(t.connection, OrderStatusChange.__table__)
    rows: list[tuple[Any, ...]] = []
    for n, order_id in enumerate(ids):
        if not recent[n]:
            rows.append((order_id, "", names[last[n]], steps[n, last[n]], "", ""))
            continue
        for k in range(last[n] + 1):
            author = STAFF[int(rng.integers(0, len(STAFF)))] if k == 1 else ""
            rows.append((order_id, names[k - 1] if k else "", names[k], steps[n, k], author,
                         t.rma[int(which[n])] if k == 0 else ""))
    at = t.times(np.array([row[3] for row in rows], dtype=np.int64))
    bulk.table_insert(t.connection, OrderStatusChange.__table__, CHANGE_COLUMNS).run([
        (first + i, row[0], row[1], row[2], when, row[4], row[5])
        for i, (row, when) in enumerate(zip(rows, at, strict=True))])


def _last(row: tuple[Any, ...]) -> Any:
    return row[-1]


def write_order_changes(t: Touched, session: Session, refund: np.ndarray,
                        refund_base: list[int], refunded_at: np.ndarray, return_cost: np.ndarray,
                        rng: np.random.Generator) -> None:
    """Refunds on the orders (and their status: refunded in full or in part, in their history),
    their return costs, and the refunded customers' totals. Margins stay unknown: the demo's
    costing at the end works them out with all of this. Updates go in id order, which keeps
    the pages they touch in the cache."""
    connection, picks, facts = t.connection, t.picks, t.facts
    table = Order.__table__
    cost = [int(c) or None for c in return_cost.tolist()]
    refunded = np.flatnonzero(refund > 0)
    others = np.flatnonzero((refund == 0) & (return_cost != 0))
    bulk.BulkStatement(connection, update(table).where(table.c.id == bindparam("o_id")).values(
        return_cost_base_minor=bindparam("o_cost")), ("o_cost", "o_id")).run(
        sorted(((cost[i], int(picks.order_id[i])) for i in others.tolist()), key=_last))
    if not refunded.size:
        return
    total = facts.ints("total_minor")[refunded]
    status = np.where(refund[refunded] >= total, OrderStatus.REFUNDED.value,
                      OrderStatus.PARTIALLY_REFUNDED.value).tolist()
    when = t.times(refunded_at[refunded])
    bulk.BulkStatement(connection, update(table).where(table.c.id == bindparam("o_id")).values(
        status=bindparam("o_status"), refunded_minor=bindparam("o_refund"),
        refunded_base_minor=bindparam("o_base"), return_cost_base_minor=bindparam("o_cost"),
        updated_at=bindparam("o_at")), ("o_status", "o_refund", "o_base", "o_cost", "o_at",
                                       "o_id")).run(sorted((
        (status[n], int(refund[i]), refund_base[i], cost[i], when[n], int(picks.order_id[i]))
        for n, i in enumerate(refunded.tolist())), key=_last))
    recent = t.recent(t.desk.schedule.seconds[picks.position[refunded]])
    changes = OrderStatusChange.__table__
    # Older orders keep one row for where they ended up, as every demo order of their age.
    bulk.BulkStatement(connection, update(changes).where(
        changes.c.order_id == bindparam("c_order")).values(
        new_status=bindparam("c_status"), changed_at=bindparam("c_at")),
        ("c_status", "c_at", "c_order")).run(sorted((
            (status[n], when[n], int(picks.order_id[i]))
            for n, i in enumerate(refunded.tolist()) if not recent[n]), key=_last))
    first = bulk.next_id(connection, changes)
    bulk.table_insert(connection, changes, CHANGE_COLUMNS).run([
        (first + k, int(picks.order_id[i]), OrderStatus.DELIVERED.value, status[n], when[n],
         STAFF[int(rng.integers(0, len(STAFF)))], REFUND_NOTE.format(rma=t.rma[i]))
        for k, (n, i) in enumerate((n, i) for n, i in enumerate(refunded.tolist())
                                   if recent[n])])
    # A part refund lowers what the customer spent; a full one takes the order out of their
    # counted orders, which may move their first or last order: those are counted again.
    customers = facts.column("customer_id")
    spent: dict[int, int] = {}
    again = []
    for n, i in enumerate(refunded.tolist()):
        if customers[i] is None:
            continue
        if status[n] == OrderStatus.REFUNDED.value:
            again.append(customers[i])
        else:
            spent[customers[i]] = spent.get(customers[i], 0) + refund_base[i]
    table = Customer.__table__
    bulk.BulkStatement(connection, update(table).where(table.c.id == bindparam("c_id")).values(
        spent_base_minor=table.c.spent_base_minor - bindparam("c_less")), ("c_less", "c_id")
    ).run(sorted((less, customer) for customer, less in spent.items()))
    refresh_customer_stats(session, again)
