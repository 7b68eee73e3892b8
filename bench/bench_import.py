"""Importing a 500,000-line generic CSV into a new shop, then importing it again.

Baseline side by side, the floor any importer pays: Python's csv module reading the same file,
plus a raw executemany of its rows as plain text into one SQLite table (no parsing, no
customers, no checks). The ratio says what parsing, matching and indexing cost on top.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sqlite3
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from common import row

from seller_desk.domain.imports import FileFormat
from seller_desk.services.workspace import open_workspace

COLUMNS = ("order_id", "order_date", "customer_id", "customer_email", "customer_name",
           "country", "currency", "total", "sku", "quantity", "unit_price")
COUNTRIES = (("US", "USD"), ("GB", "GBP"), ("DE", "EUR"), ("FR", "EUR"), ("JP", "JPY"),
             ("AU", "AUD"), ("CA", "CAD"))


def write_file(path: Path, lines: int, seed: int = 11) -> int:
    """A generic order file of `lines` rows: ~3.3 lines per order, repeat buyers, 2,000 SKUs."""
    rng = random.Random(seed)
    buyers = lines // 8
    written = orders = 0
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        while written < lines:
            orders += 1
            buyer = rng.randrange(buyers)
            country, currency = COUNTRIES[buyer % len(COUNTRIES)]
            day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            items = [(f"SKU-{rng.randrange(2000):04d}", rng.randint(1, 3),
                      rng.randint(300, 9000) if currency != "JPY" else rng.randint(3, 90) * 100)
                     for _ in range(min(rng.randint(1, 6), lines - written))]
            exp = 0 if currency == "JPY" else 2
            total = sum(q * p for _, q, p in items)
            for sku, qty, price in items:
                writer.writerow((f"G{orders:07d}", day, f"B{buyer:06d}",
                                 f"buyer{buyer}@mail.example.com", f"Buyer {buyer}", country,
                                 currency, Decimal(total).scaleb(-exp), sku, qty,
                                 Decimal(price).scaleb(-exp)))
                written += 1
    return orders


def baseline(path: Path, folder: Path) -> float:
    started = time.perf_counter()
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))[1:]
    db = sqlite3.connect(folder / "baseline.sqlite3")
    db.execute(f"CREATE TABLE lines ({', '.join(COLUMNS)})")
    db.executemany(f"INSERT INTO lines VALUES ({', '.join('?' * len(COLUMNS))})", rows)
    db.commit()
    db.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=500_000)
    parser.add_argument("--orders", type=int, help=argparse.SUPPRESS)  # run_all passes it on
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "orders.csv"
        orders = write_file(path, args.lines)
        size = path.stat().st_size / 1e6
        print(f"Import of {args.lines:,} lines ({orders:,} orders, {size:.0f} MB) into a new "
              "SQLite shop; one run each")
        ws = open_workspace(str(folder / "shop.sqlite3"), folder / "backups")
        ws.shop.set_up("Bench Shop", "USD", "en")
        rates = {"GBP": Decimal("1.27"), "EUR": Decimal("1.08"), "JPY": Decimal("0.0066"),
                 "AUD": Decimal("0.65"), "CAD": Decimal("0.73")}
        started = time.perf_counter()
        first = ws.imports.run(path, FileFormat.GENERIC, account="Bench", rates=rates)
        imported = time.perf_counter() - started
        assert first.written and first.new == orders and not first.problems, first
        started = time.perf_counter()
        again = ws.imports.run(path, FileFormat.GENERIC, account="Bench", rates=rates)
        reimported = time.perf_counter() - started
        assert again.unchanged == orders and again.new == again.updated == 0, again
        info = ws.maintenance.info()
        ws.close()
        floor = baseline(path, folder)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        row("import into an empty shop", imported * 1000, 30_000,
            f"  ({args.lines / imported:,.0f} lines/s; {info.customers:,} customers made)")
        row("import the same file again (all unchanged)", reimported * 1000)
        row("baseline: csv.reader + raw executemany", floor * 1000,
            extra=f"  (import / baseline = {imported / floor:.1f}x)")
        print(f"  peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
