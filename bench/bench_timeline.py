"""Opening a customer's panel (profile, timeline, merges) in a shop of 250,000 customers.

Baseline side by side: the customer's orders read with SQLite told not to use the index on
orders.customer_id (a full scan), which is what the timeline would cost without it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from common import big_database, row, timed
from sqlalchemy import func, select

from seller_desk.services.workspace import open_workspace
from seller_desk.store.models import Customer

# 1,046,000 demo orders come with just over 250,000 customers (1,035,000 give 247,510).
ORDERS = 1_046_000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=ORDERS)
    args = parser.parse_args()
    path = big_database(max(args.orders, ORDERS))
    ws = open_workspace(str(path), path.parent / "backups")
    with ws.database.read_session() as session:
        count = session.scalar(select(func.count(Customer.id)))
        busiest = session.scalar(select(Customer.id).order_by(Customer.order_count.desc())
                                 .limit(1))
        ids = list(session.scalars(select(Customer.id)))
    print(f"Customer panel among {count:,} customers; 200 random customers, then the busiest")
    rng = random.Random(5)
    runs = []
    for customer_id in rng.sample(ids, 200):
        started = time.perf_counter()
        ws.profiles.file(customer_id)
        runs.append((time.perf_counter() - started) * 1000)
    runs.sort()
    row("panel of a random customer, median", statistics.median(runs), 100)
    row("panel of a random customer, 90th percentile", runs[int(len(runs) * 0.9)], 100)
    worst, _ = timed(lambda: ws.profiles.file(busiest))
    events = len(ws.profiles.file(busiest).timeline)
    row("panel of the busiest customer", worst, 100, f"  ({events} events shown)")

    def scan() -> None:
        with ws.database.engine.connect() as connection:
            connection.exec_driver_sql(
                "SELECT id, number, placed_at FROM orders NOT INDEXED WHERE customer_id = ? "
                "ORDER BY placed_at DESC", (busiest,)).all()

    baseline, _ = timed(scan, repeat=3)
    row("baseline: that customer's orders without the index", baseline,
        extra=f"  (baseline / panel = {baseline / worst:.0f}x)")
    ws.close()


if __name__ == "__main__":
    main()
