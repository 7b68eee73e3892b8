"""The Returns page on 100,000 return requests of the 1M-order demo shop, against naive reads.

A copy of the 1M-order demo (upgraded to this schema in a temp folder) gets 100,000 requests in
bulk, then the service calls the window makes are timed: the first page and its count, every
sort both ways, each filter, and searches by RMA number, order number and SKU.

Baselines side by side: the same page 51 by LIMIT/OFFSET instead of the keyset cursor, and a
filter done the naive way (the ORM loads every request with its order and store, Python
filters and sorts them, then keeps 200).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from common import big_database, row, timed
from sqlalchemy import Boolean, delete, select, text
from sqlalchemy.orm import joinedload

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.domain.returns import ReturnOutcome, ReturnReason, ReturnState
from seller_desk.services.demo import bulk
from seller_desk.services.demo.return_rows import (
    EVENT_COLUMNS,
    REQUEST_COLUMNS,
    REQUEST_CONSTANTS,
    RETURN_LINE_COLUMNS,
)
from seller_desk.services.tables import TableSource
from seller_desk.services.workspace import Workspace, open_workspace
from seller_desk.store.models import (
    OrderLine,
    ReturnEvent,
    ReturnLine,
    ReturnPhoto,
    ReturnRequest,
)
from seller_desk.store.queries.returns import RETURN_COLUMNS, RETURNS, rma_number

REQUESTS = 100_000
LIMIT_MS = 300
DAY = 86_400
S = ReturnState
OLD_STATES = ((S.CLOSED, 0.88), (S.REFUNDED, 0.04), (S.REJECTED, 0.03), (S.REPLACED, 0.01),
              (S.EXCHANGED, 0.01), (S.CREDITED, 0.01), (S.AWAITING_ITEM, 0.02))
NEW_STATES = ((S.REQUESTED, 0.14), (S.APPROVED, 0.1), (S.AWAITING_ITEM, 0.34),
              (S.RECEIVED, 0.1), (S.INSPECTED, 0.08), (S.REFUNDED, 0.1), (S.REJECTED, 0.04),
              (S.CLOSED, 0.1))


def _draw(rng: np.random.Generator, weighted: tuple[tuple[ReturnState, float], ...],
          size: int) -> np.ndarray:
    values = np.array([state.value for state, _w in weighted], dtype=object)
    weights = np.array([w for _s, w in weighted])
    return values[rng.choice(len(values), size, p=weights / weights.sum())]


def fill(ws: Workspace, count: int, seed: int = 7) -> None:
    """`count` requests on as many delivered orders, one line each, two events each, made in
    one transaction with the demo's bulk writer (any requests there were go first)."""
    rng = np.random.default_rng(seed)
    now = int(datetime.now(UTC).timestamp())
    with ws.database.engine.connect() as connection, connection.begin():
        for model in (ReturnEvent, ReturnPhoto, ReturnLine, ReturnRequest):
            connection.execute(delete(model.__table__))
        orders = connection.exec_driver_sql(
            "SELECT id, customer_id, account_id, ship_country, currency FROM orders "
            "WHERE status IN ('delivered', 'partially_refunded', 'refunded') AND is_test = 0 "
            "ORDER BY id").fetchall()
        picked = np.sort(rng.choice(len(orders), min(count, len(orders)), replace=False))
        chosen = [orders[i] for i in picked.tolist()]
        ids = [o[0] for o in chosen]
        first_line: dict[int, tuple[object, ...]] = {}
        lines = OrderLine.__table__.c
        for start in range(0, len(ids), 500):
            for line in connection.execute(select(
                    lines.order_id, lines.id, lines.listing_id, lines.sku, lines.sku_key)
                    .where(lines.order_id.in_(ids[start:start + 500])).order_by(lines.id)):
                first_line.setdefault(line[0], tuple(line))
        size = len(chosen)
        requested = np.sort(now - (rng.random(size) * 720 * DAY).astype(np.int64))
        old = requested < now - 45 * DAY
        state = np.where(old, _draw(rng, OLD_STATES, size), _draw(rng, NEW_STATES, size))
        since = requested + (rng.random(size) * np.minimum(now - requested, 30 * DAY)).astype(
            np.int64)
        reasons = np.array([r.value for r in ReturnReason], dtype=object)[
            rng.integers(0, len(ReturnReason), size)]
        outcomes = np.array([o.value for o in ReturnOutcome], dtype=object)[
            rng.integers(0, len(ReturnOutcome), size)]
        refunded = np.isin(state, ["refunded", "closed"]) & (rng.random(size) < 0.7)
        refund = np.where(refunded, rng.integers(500, 9000, size), 0)
        binder = bulk.TimestampBinder(connection)
        at, at_since = binder.bind(requested), binder.bind(since)
        bind_bool = bulk.binder(connection, Boolean())
        first = bulk.next_id(connection, ReturnRequest.__table__)
        rows = []
        for i, o in enumerate(chosen):
            closed = state[i] == "closed"
            rows.append((
                first + i, rma_number(first + i), rma_number(first + i).casefold(), o[0], o[1],
                o[2], o[3], state[i], outcomes[i], reasons[i], "", at[i], at_since[i],
                at_since[i] if closed else None, bind_bool(bool(i % 31 == 0)), o[4],
                int(refund[i]), int(refund[i]), None, at_since[i] if refund[i] else None,
                0, "", None, 0, at_since[i]))
        bulk.table_insert(connection, ReturnRequest.__table__, REQUEST_COLUMNS,
                          REQUEST_CONSTANTS).run(rows)
        line_id = bulk.next_id(connection, ReturnLine.__table__)
        bulk.table_insert(connection, ReturnLine.__table__, RETURN_LINE_COLUMNS).run([
            (line_id + i, first + i, line[1], line[2], line[3], line[4], 1, "", 0)
            for i, line in enumerate(first_line[o[0]] for o in chosen)])
        events = [(first + i, at[i], "", "requested") for i in range(size)]
        events += [(first + i, at_since[i], "requested", state[i]) for i in range(size)
                   if state[i] != "requested"]
        event_id = bulk.next_id(connection, ReturnEvent.__table__)
        bulk.table_insert(connection, ReturnEvent.__table__, EVENT_COLUMNS).run([
            (event_id + n, request, when, "Mei", before, after, "")
            for n, (request, when, before, after) in enumerate(events)])


def naive_page(ws: Workspace, reason: str) -> list[ReturnRequest]:
    """Every request as an ORM object with its order, filtered and sorted in Python."""
    with ws.database.read_session() as session:
        found = session.scalars(select(ReturnRequest).options(
            joinedload(ReturnRequest.order))).all()
        matching = [r for r in found if r.reason == reason]
        matching.sort(key=lambda r: (r.requested_at, r.id), reverse=True)
        return matching[:200]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=REQUESTS)
    args = parser.parse_args()
    source = big_database(args.orders)
    folder = Path(tempfile.mkdtemp(prefix="returns-bench-"))
    try:
        copy = folder / source.name
        shutil.copyfile(source, copy)
        started = time.perf_counter()
        ws = open_workspace(str(copy), folder / "backups")
        upgraded = time.perf_counter() - started
        started = time.perf_counter()
        fill(ws, args.requests)
        made = time.perf_counter() - started
        info = ws.maintenance.info()
        print(f"Returns on {args.requests:,} requests of {info.orders:,} orders (a copy in "
              f"{folder}, upgraded in {upgraded:.1f} s, requests made in {made:.1f} s); "
              "median of 5 (best)")
        measure(ws)
        ws.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure(ws: Workspace) -> None:
    table = ws.returns.table
    now = datetime.now(UTC)
    window = TableFilter(open_only=True)  # what the page opens with

    def page(request: PageRequest) -> float:
        return timed(lambda: table.page(request))[0]

    def count(request: PageRequest) -> float:
        return timed(lambda: table.count(request), repeat=3)[0]

    opening = PageRequest("requested_at", True, filter=window)
    row("Returns: first page (open, newest first)", page(opening), LIMIT_MS)
    row("Returns: count (open)", count(opening), LIMIT_MS,
        f"   {table.count(opening):,} open")
    row("Returns: first page, all requests", page(PageRequest("requested_at", True)), LIMIT_MS)
    row("Returns: count, all requests", count(PageRequest("requested_at", True)), LIMIT_MS)
    worst = 0.0
    for sort in table.sort_names:
        for descending in (False, True):
            for flt, what in ((window, "open"), (TableFilter(), "all")):
                ms = page(PageRequest(sort, descending, filter=flt))
                worst = max(worst, ms)
                row(f"Returns: sort by {sort} {'desc' if descending else 'asc'} ({what})", ms,
                    LIMIT_MS)
    with ws.database.read_session() as session:
        account = session.scalar(select(ReturnRequest.account_id).limit(1))
        order_number, sku = session.execute(text(
            "SELECT o.number, l.sku FROM return_requests r JOIN orders o ON o.id = r.order_id "
            "JOIN return_lines l ON l.request_id = r.id ORDER BY r.id DESC LIMIT 1")).one()
    filters = (
        ("state awaiting item", TableFilter(statuses=frozenset({"awaiting_item"}))),
        ("state closed", TableFilter(statuses=frozenset({"closed"}))),
        ("reason damaged", TableFilter(reasons=frozenset({"damaged"}))),
        ("reason damaged, open", TableFilter(reasons=frozenset({"damaged"}), open_only=True)),
        ("overdue (open)", TableFilter(open_only=True, overdue_before=now)),
        ("country DE", TableFilter(countries=frozenset({"DE"}))),
        ("country DE, open", TableFilter(countries=frozenset({"DE"}), open_only=True)),
        ("marketplace", TableFilter(account_ids=frozenset({account}))),
        ("last 30 days", TableFilter(since=now - timedelta(days=30))),
    )
    for label, flt in filters:
        request = PageRequest("requested_at", True, filter=flt)
        ms = page(request)
        worst = max(worst, ms)
        row(f"Returns: filter {label}", ms, LIMIT_MS,
            f"   count {count(request):.1f} ms ({table.count(request):,})")
    for label, term in (("RMA prefix", "RMA-0012"), ("RMA prefix", "rma-0"),
                        ("order number", order_number), ("order prefix", order_number[:3]),
                        ("SKU", sku), ("SKU prefix", sku[:3].lower())):
        request = PageRequest("requested_at", True, search=term)
        ms = page(request)
        worst = max(worst, ms)
        row(f"Returns: search {label} {term!r}", ms, LIMIT_MS,
            f"   count {count(request):.1f} ms")
    print(f"  worst sort, filter or search: {worst:.1f} ms")
    baselines(ws, table)


def baselines(ws: Workspace, table: TableSource[tuple]) -> None:
    request = PageRequest("requested_at", True)
    for _ in range(50):
        request = request.next(table.page(request).next)
    keyset = timed(lambda: table.page(request))[0]

    def offset_page() -> None:
        with ws.database.read_session() as session:
            session.execute(select(ReturnRequest.id, *RETURN_COLUMNS).select_from(RETURNS.source)
                            .order_by(ReturnRequest.requested_at.desc(),
                                      ReturnRequest.id.desc()).offset(50 * 200).limit(200)).all()

    offset = timed(offset_page)[0]
    row("Returns: page 51 by keyset", keyset, LIMIT_MS)
    row("Returns: page 51 by OFFSET (baseline)", offset, None,
        f"   keyset is {offset / keyset:.1f}x faster")
    flt = PageRequest("requested_at", True, filter=TableFilter(reasons=frozenset({"damaged"})))
    ours = timed(lambda: table.page(flt))[0]
    theirs = timed(lambda: naive_page(ws, "damaged"), repeat=3)[0]
    row("Returns: filter reason damaged (service)", ours, LIMIT_MS)
    row("Returns: ORM all + Python filter (baseline)", theirs, None,
        f"   service is {theirs / ours:.0f}x faster")


if __name__ == "__main__":
    main()
