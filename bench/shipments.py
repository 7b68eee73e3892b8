"""The Shipments page on the 1M-order demo shop (about a million parcels), against naive reads.

The demo shop (`SELLER_DESK_BENCH_DB`, else a 1M demo made in a temp folder) is opened and the
service calls the window makes are timed: the first page of parcels still on their way and its
count, every sort both ways over all parcels, "Flagged only" (stuck, trouble, late: judged in SQL
at this instant), filters, searches by tracking number and order number, the Dashboard's flagged
list and the status bar's figures.

Baseline side by side: "Flagged only" done the naive way (load every parcel still moving and the
recently delivered ones through the ORM, judge each with the domain rule in Python, keep 200).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import or_, select

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.domain.shipments import flags_of
from seller_desk.services.shipment_view import parcel_state
from seller_desk.services.workspace import open_workspace
from seller_desk.store.models import Shipment

LIMIT_MS = 300


def timed(fn, runs: int = 3) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> None:
    target = os.environ.get("SELLER_DESK_BENCH_DB")
    with tempfile.TemporaryDirectory() as tmp:
        if not target:
            from seller_desk.services.demo import generate_demo
            from seller_desk.services.progress import Job
            from seller_desk.store.database import Database
            from seller_desk.store.migrate import upgrade
            target = str(Path(tmp) / "demo.sqlite3")
            database = Database.open(target)
            upgrade(database, None)
            generate_demo(database, Job(), orders=1_000_000)
            database.close()
        ws = open_workspace(target, Path(tmp) / "backups")
        service, now = ws.shipments, datetime.now(UTC)
        moving = TableFilter(open_only=True)
        flagged = TableFilter(flagged_at=now)
        rows = [
            ("first page, on their way (default)", PageRequest("shipped_at", True, filter=moving)),
            ("flagged only", PageRequest("shipped_at", True, filter=flagged)),
            ("flagged only, by last news", PageRequest("quiet_since", False, filter=flagged)),
            ("carrier UPS, all", PageRequest("shipped_at", True,
                                             filter=TableFilter(carriers=frozenset({"ups"})))),
            ("country BR, on their way", PageRequest("shipped_at", True, filter=TableFilter(
                countries=frozenset({"BR"}), open_only=True))),
            ("status Exception", PageRequest("shipped_at", True, filter=TableFilter(
                statuses=frozenset({"Exception"})))),
            ("last 30 days", PageRequest("shipped_at", True, filter=TableFilter(
                since=now - timedelta(days=30)))),
            ("search number 'LX1610'", PageRequest("shipped_at", True, search="LX1610")),
            ("search order '#1500'", PageRequest("shipped_at", True, search="#1500")),
        ]
        print(f"{'what':<44} {'page ms':>8} {'count ms':>9} {'rows':>9}")
        for name, request in rows:
            page_ms, _ = timed(lambda r=request: service.page(r))
            count_ms, count = timed(lambda r=request: service.count(r))
            flag = "" if page_ms < LIMIT_MS else "  over target"
            print(f"{name:<44} {page_ms:8.1f} {count_ms:9.1f} {count:>9,}{flag}")
        for sort in service.sort_names:
            for descending in (False, True):
                ms, _ = timed(lambda s=sort, d=descending: service.page(PageRequest(s, d)))
                print(f"{'sort ' + sort + (' desc' if descending else ''):<44} {ms:8.1f}")
        ms, (count, _) = timed(lambda: service.flagged(6))
        print(f"{'Dashboard: flagged count + 6 quietest':<44} {ms:8.1f} {'':>9} {count:>9,}")
        ms, _ = timed(service.status)
        print(f"{'status bar: moving, flagged, last check':<44} {ms:8.1f}")
        rules = ws.tracking.rules()

        def naive() -> list[int]:
            with ws.database.read_session() as s:
                parcels = s.scalars(select(Shipment).where(or_(
                    Shipment.final.is_(False), Shipment.going_back.is_(True),
                    Shipment.delivered_at >= now - timedelta(days=14)))).all()
                hits = [p for p in parcels if flags_of(parcel_state(p), rules, now)]
                hits.sort(key=lambda p: (p.shipped_at, p.id), reverse=True)
                return [p.id for p in hits[:200]]

        ms_naive, _ = timed(naive, runs=1)
        ours, _ = timed(lambda: service.page(rows[1][1]))
        print(f"baseline, flagged only in Python over the ORM: {ms_naive:.0f} ms "
              f"({ms_naive / ours:.0f}× the SQL page)")
        ws.close()


if __name__ == "__main__":
    main()
