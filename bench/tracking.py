"""Refreshing 10,000 registered shipments against the loopback 17TRACK fake, end to end.

A fresh shop gets 10,000 orders with one moving parcel each, already registered with 17TRACK
(on the fake too). Timed: the whole refresh (read the due parcels, 250 `gettrackinfo` calls of
40 numbers, parse, store every changed status and timeline, move delivered orders), once when
every answer is new and once when nothing changed. Target: < 10 s with exactly 250 read calls.

Baseline side by side: the same refresh reading one number per call (what a client without
batching does), on 1,000 of the parcels, scaled to 10,000.

Then the same 10,000 with the fake limiting 3 requests a second and the client pacing itself
at the documented 3/s: the 429s the fake sent are counted (target: none). This takes ~85 s;
`--limited N` refreshes only N parcels there.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, update

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from seller_desk.domain.tracking_numbers import make_ups
from seller_desk.integrations.http import HttpSession
from seller_desk.integrations.tracking import Throttle, make_client
from seller_desk.services.tracking_refresh import TrackingRefresh
from seller_desk.services.workspace import open_workspace
from seller_desk.store.models import MarketplaceAccount, Order, Shipment
from seller_desk.store.types import fold
from tests.fakes.seventeen_server import running_seventeen_fake

NOW = datetime.now(UTC).replace(microsecond=0)


def make_shop(folder: Path, count: int) -> tuple[object, list[str]]:
    ws = open_workspace(str(folder / "shop.sqlite3"), folder / "backups")
    numbers = [make_ups(f"{n:015d}") for n in range(count)]
    with ws.database.session() as s:
        account = MarketplaceAccount(marketplace="shopify", name="Bench", currency="USD",
                                     created_at=NOW)
        s.add(account)
        s.flush()
        placed = NOW - timedelta(days=5)
        s.execute(insert(Order), [dict(
            account_id=account.id, external_id=str(n), number=f"B{n}", number_key=f"b{n}",
            placed_at=placed, status="shipped", ship_country="DE", currency="USD",
            subtotal_minor=1000, total_minor=1000, base_currency="USD",
            rate_to_base=Decimal(1), total_base_minor=1000, updated_at=placed)
            for n in range(count)])
        s.execute(insert(Shipment), [dict(
            order_id=n + 1, account_id=account.id, carrier="ups", tracking_number=number,
            number_key=fold(number), shipped_at=placed, quiet_since=placed, provider="17track",
            created_at=placed, updated_at=placed) for n, number in enumerate(numbers)])
    return ws, numbers


def refresh(ws, fake, pace: int, batch: int | None = None, ids=None):  # type: ignore[no-untyped-def]
    client = make_client("17track", fake.key, fake.url, session=HttpSession(),
                         throttle=Throttle(pace))
    if batch is not None:
        client.read_batch = batch  # type: ignore[misc]
    before = fake.calls["gettrackinfo"]
    started = time.perf_counter()
    outcome = TrackingRefresh(ws.database).run(client, shipment_ids=ids)
    return time.perf_counter() - started, fake.calls["gettrackinfo"] - before, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shipments", type=int, default=10_000)
    parser.add_argument("--limited", type=int, default=10_000,
                        help="parcels refreshed with the 3/s limit on (0 skips that run)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws, numbers = make_shop(Path(tmp), args.shipments)
        with running_seventeen_fake() as fake:
            fake.register_existing(numbers, carrier=100002)
            seconds, calls, outcome = refresh(ws, fake, 1000)
            print(f"refresh {args.shipments:,} (all new):   {seconds:6.2f} s, {calls} read "
                  f"calls, {outcome.updated:,} updated, {outcome.failed} failed "
                  f"(target < 10 s, {args.shipments // 40} calls)")
            seconds2, calls2, outcome2 = refresh(ws, fake, 1000)
            print(f"refresh {args.shipments:,} (unchanged): {seconds2:6.2f} s, {calls2} read "
                  f"calls, {outcome2.unchanged:,} unchanged")
            sample = list(range(1, 1_001))
            with ws.database.session() as s:
                s.execute(update(Shipment).values(events_digest=""))
            one, calls1, _ = refresh(ws, fake, 1000, batch=1, ids=sample)
            scaled = one * args.shipments / len(sample)
            print(f"baseline, one number a call: {one:6.2f} s for 1,000 ({calls1} calls) → "
                  f"{scaled:6.2f} s for {args.shipments:,}; batching is {scaled / seconds:.1f}× "
                  "faster")
        if args.limited:
            with running_seventeen_fake(limit_per_second=3) as limited:
                limited.register_existing(numbers, carrier=100002)
                ids = list(range(1, args.limited + 1))
                seconds3, calls3, outcome3 = refresh(ws, limited, 3, ids=ids)
                print(f"3/s limit, {args.limited:,} parcels: {seconds3:6.2f} s, {calls3} calls "
                      f"({calls3 / seconds3:.2f}/s), 429s drawn: {limited.too_many}, "
                      f"failed: {outcome3.failed}")
        ws.close()


if __name__ == "__main__":
    main()
