"""Shared bench helpers: a 1M-order demo database made once, and timing that prints figures."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"


def big_database(orders: int = 1_000_000, seed: int = 7) -> Path:
    """The demo shop with `orders` orders, generated once and reused by every benchmark."""
    from seller_desk.services.demo import generate_demo
    from seller_desk.services.progress import Job
    from seller_desk.store.database import Database
    from seller_desk.store.migrate import upgrade

    OUT.mkdir(parents=True, exist_ok=True)
    path = Path(os.environ.get("SELLER_DESK_BENCH_DB", OUT / f"demo-{orders}-{seed}.sqlite3"))
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    db = Database.open(str(partial))
    upgrade(db, None)
    started = time.perf_counter()
    generate_demo(db, Job(), orders=orders, seed=seed)
    print(f"(made {path.name} in {time.perf_counter() - started:.1f} s)")
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    partial.rename(path)
    return path


def timed(fn: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """(median, best) wall time in milliseconds over `repeat` runs after one warm-up."""
    fn()
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs), min(runs)


def row(label: str, ms: float, limit_ms: float | None = None, extra: str = "") -> None:
    verdict = "" if limit_ms is None else ("  ok" if ms <= limit_ms else f"  OVER {limit_ms:g} ms")
    print(f"  {label:<46} {ms:9.1f} ms{verdict}{extra}")
