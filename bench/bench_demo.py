"""How fast the demo shop is generated into a fresh SQLite database, phase by phase.

    .venv/bin/python bench/bench_demo.py [--orders N] [--seed S] [--keep PATH]

Prints orders/s and lines/s end to end, the time of each phase, the database size and the peak
RSS. With --keep the finished database (checkpointed, no WAL) is left at PATH for other benchmarks.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from seller_desk.services.demo import generate_demo  # noqa: E402
from seller_desk.services.progress import Job  # noqa: E402
from seller_desk.store.database import Database  # noqa: E402
from seller_desk.store.migrate import upgrade  # noqa: E402


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="last day of the demo window (default: today, UTC)")
    parser.add_argument("--keep", type=Path, default=None, help="leave the database here")
    args = parser.parse_args()

    folder = None if args.keep else Path(tempfile.mkdtemp(prefix="bench-demo-"))
    target = args.keep.resolve() if folder is None else folder / "demo.sqlite3"
    work = target.with_name(target.name + ".partial")
    _remove(work)
    database = Database.open(str(work))
    upgrade(database, None)

    phases: list[list[object]] = []

    def progress(done: int, total: int, text: str) -> None:
        now = time.perf_counter()
        if not phases or phases[-1][0] != text:
            phases.append([text, now, now])
        phases[-1][2] = now

    started = time.perf_counter()
    summary = generate_demo(database, Job(progress), orders=args.orders, seed=args.seed,
                            today=args.today)
    elapsed = time.perf_counter() - started
    with_wal = database.size_bytes() or 0
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size = database.size_bytes() or 0
    database.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"Demo shop: {summary.orders:,} orders, {summary.order_lines:,} lines, "
          f"{summary.customers:,} customers in {summary.countries} countries, "
          f"{summary.listings} listings, {summary.accounts} stores")
    print(f"  and {summary.notes:,} notes, {summary.follow_ups:,} follow-ups, "
          f"{summary.feedback:,} feedback answers, {summary.complaints:,} complaints, "
          f"{summary.duplicate_people:,} people suggested for merging")
    ends = [float(phase[1]) for phase in phases[1:]] + [started + elapsed]
    for (text, begin, _), end in zip(phases, ends, strict=True):
        print(f"  {text:<28} {end - float(begin):7.2f} s")
    print(f"  {'total':<28} {elapsed:7.2f} s")
    print(f"orders/s {summary.orders / elapsed:,.0f}   "
          f"lines/s {summary.order_lines / elapsed:,.0f}")
    print(f"database {size / 1e6:,.0f} MB (with its WAL before the checkpoint "
          f"{with_wal / 1e6:,.0f} MB)   peak RSS {peak_mb:,.0f} MB")

    if folder is None:
        _remove(target)
        work.rename(target)
        print(f"kept {target}")
    else:
        _remove(work)
        folder.rmdir()


if __name__ == "__main__":
    main()
