"""First page, every sort and searches on the 1M-order demo shop, against OFFSET paging.

Baseline side by side: the same page fetched the naive way (LIMIT/OFFSET deep in the table),
which is what a table without keyset paging does when the seller scrolls far down.
"""

from __future__ import annotations

import argparse
import statistics
import time

from common import big_database, row, timed

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.services.workspace import open_workspace


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    args = parser.parse_args()
    path = big_database(args.orders)
    ws = open_workspace(str(path), path.parent / "backups")
    info = ws.maintenance.info()
    print(f"Tables on {info.orders:,} orders / {info.customers:,} customers "
          f"({info.size_bytes / 1e6:.0f} MB); median of 5 (best)")
    orders = ws.orders.table

    def page(request: PageRequest) -> float:
        median, _best = timed(lambda: orders.page(request))
        return median

    first = page(PageRequest("placed_at", True))
    row("Orders: first page (newest first)", first, 100)
    worst = 0.0
    for sort in orders.sort_names:
        for descending in (False, True):
            ms = page(PageRequest(sort, descending))
            worst = max(worst, ms)
            row(f"Orders: sort by {sort} {'desc' if descending else 'asc'}", ms, 300)
    # Scroll: follow the cursor 50 pages deep, then time the 51st page.
    request = PageRequest("placed_at", True)
    for _ in range(50):
        request = request.next(orders.page(request).next)
    keyset = page(request)
    from sqlalchemy import select

    from seller_desk.store.models import Order
    from seller_desk.store.queries.orders import ORDER_COLUMNS, ORDERS

    def offset_page() -> None:
        with ws.database.read_session() as session:
            session.execute(
                select(Order.id, *ORDER_COLUMNS).select_from(ORDERS.source)
                .order_by(Order.placed_at.desc(), Order.id.desc()).offset(50 * 200).limit(200)
            ).all()

    offset, _ = timed(offset_page)
    row("Orders: page 51 by keyset", keyset, 100)
    row("Orders: page 51 by OFFSET (baseline)", offset, None,
        f"   keyset is {offset / keyset:.1f}x faster")
    email = ws.orders.table.page(PageRequest("placed_at", True, limit=1)).rows[0].email
    for label, text in (("email", email), ("email prefix", email[:4]), ("order number", "#10"),
                        ("name", "mar"), ("SKU", "lnt")):
        ms = page(PageRequest("placed_at", True, search=text))
        worst = max(worst, ms)
        row(f"Orders: search {label} {text!r}", ms, 300)
    # What a seller may type on the way to a full term, under every sort: the spread.
    spread = []
    for sort in orders.sort_names:
        for text in ("#", "#1", "#10", "a", "ava.", "m", "mar", "lnt", "ETSY-22", "wc-1", "zz"):
            started = time.perf_counter()
            orders.page(PageRequest(sort, True, search=text))
            spread.append(((time.perf_counter() - started) * 1000, sort, text))
    spread.sort()
    over = [f"{text!r} by {sort} {ms:.0f} ms" for ms, sort, text in spread if ms > 300]
    print(f"  typed prefixes x sorts ({len(spread)} searches): median "
          f"{statistics.median(m for m, _s, _t in spread):.1f} ms, 90th percentile "
          f"{spread[int(len(spread) * 0.9)][0]:.1f} ms, over 300 ms: {len(over)}"
          + (f" ({'; '.join(over)})" if over else ""))
    flt = TableFilter(countries=frozenset({"DE"}), statuses=frozenset({"delivered"}))
    row("Orders: filter country DE + delivered", page(PageRequest("placed_at", True, filter=flt)),
        300)
    count, _ = timed(lambda: orders.count(PageRequest("placed_at", True)), repeat=3)
    row("Orders: count all (background, status bar)", count)
    customers = ws.customers.table
    for sort in customers.sort_names:
        ms, _ = timed(lambda s=sort: customers.page(PageRequest(s, True)))
        worst = max(worst, ms)
        row(f"Customers: sort by {sort} desc", ms, 300)
    ms, _ = timed(lambda: customers.page(PageRequest("name", search=email[:6])))
    row(f"Customers: search {email[:6]!r}", ms, 300)
    print(f"  worst sort or search: {worst:.1f} ms")
    ws.close()


if __name__ == "__main__":
    main()
