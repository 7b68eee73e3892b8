"""A first sync of 50,000 orders from a loopback marketplace fake with no latency, end to end.

The Etsy fake runs in its own process (its memory is not ours) serving N receipts with their
buyers, lines, refunds and shipments. Timed: `SyncService.run` into a fresh shop (read every
page, write orders, customers, return records, shipments, variants, cursor per page).
Target: < 60 s for 50,000, with memory flat: the peak RSS growth of the sync process is
printed for 10,000 and for 50,000 orders (pages are streamed, so the two stay close).

Baseline side by side: the same pages read and held in a list before writing (what a client
that collects every page first does): its memory growth for the same 50,000.

The client's own pacing (Etsy's 10 calls a second) is lifted here: the fake has no limit and
the figure is about our work, not the vendor's quota.
"""

from __future__ import annotations

import argparse
import gc
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from seller_desk.domain.orders import Marketplace
from seller_desk.domain.sync import Credentials
from seller_desk.integrations.throttle import Throttle
from seller_desk.services.progress import Job
from seller_desk.services.sync.accounts import AccountDraft
from seller_desk.services.workspace import open_workspace
from tests.fakes.shop_data import FakeShop
from tests.services.sync_shop import prepare

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    """The resident set size now, from /proc (MiB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_fake(orders: int) -> tuple[subprocess.Popen[str], str, Credentials]:
    port = free_port()
    fake = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.etsy_server", "--port", str(port), "--orders",
         str(orders)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert fake.stdout is not None
    lines = [fake.stdout.readline() for _ in range(4)]
    values = {key: line.split(":", 1)[1].strip() for key, line in
              zip(("keystring", "shared_secret", "refresh_token"), lines[1:], strict=True)}
    return fake, f"http://127.0.0.1:{port}", Credentials(values)


def relaxed(ws: object) -> None:
    """Lift the client's 10 calls/s pacing: the fake has no limit."""
    accounts = ws.accounts  # type: ignore[attr-defined]
    make = accounts.client

    def client(account_id: int) -> object:
        made = make(account_id)
        made.throttle = Throttle(1_000_000, 1.0)
        return made

    accounts.client = client
    ws.sync.accounts = accounts  # type: ignore[attr-defined]


def one_sync(orders: int, hold: bool = False) -> tuple[float, float, object]:
    """(seconds, RSS growth MiB, outcome) of a first sync of `orders` into a fresh shop; with
    `hold`, the baseline: every page read into a list first, then nothing written."""
    fake, url, credentials = start_fake(orders)
    try:
        with tempfile.TemporaryDirectory() as folder:
            ws = open_workspace(str(Path(folder) / "shop.sqlite3"), Path(folder) / "backups")
            prepare(ws.database, FakeShop(0))
            account_id = ws.accounts.add(AccountDraft(Marketplace.ETSY, "Bench", url),
                                         credentials)
            relaxed(ws)
            gc.collect()
            before = rss_mb()
            peak = [before]
            job = Job(lambda done, total, text: peak.append(rss_mb()))
            start = time.perf_counter()
            if hold:
                pages = list(ws.accounts.client(account_id).orders(None))
                outcome: object = sum(len(page.items) for page in pages)
                peak.append(rss_mb())
            else:
                outcome = ws.sync.run(account_id, job=job)
            seconds = time.perf_counter() - start
            peak.append(rss_mb())
            ws.close()
            return seconds, max(peak) - before, outcome
    finally:
        fake.terminate()
        fake.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=50_000)
    args = parser.parse_args()
    small = max(1_000, args.orders // 5)
    print(f"First sync from the Etsy fake (own process, no latency), "
          f"{small:,} and {args.orders:,} orders")
    figures = {}
    for count in (small, args.orders):
        seconds, grew, outcome = one_sync(count)
        figures[count] = (seconds, grew)
        print(f"  {count:>7,} orders: {seconds:6.1f} s ({count / seconds:,.0f} orders/s), "
              f"state {outcome.state}, new {outcome.new:,}, failed {outcome.failed}, "  # type: ignore[attr-defined]
              f"refunds {outcome.returns_added:,}, parcels {outcome.shipments_added:,}; "  # type: ignore[attr-defined]
              f"memory +{grew:.0f} MiB")
    seconds, grew = figures[args.orders]
    print(f"  target < 60 s for {args.orders:,}: {'met' if seconds < 60 else 'MISSED'}; "
          f"memory growth {figures[small][1]:.0f} MiB → {grew:.0f} MiB for "
          f"{args.orders // small}× the orders")
    held_seconds, held_grew, held = one_sync(args.orders, hold=True)
    print(f"  baseline, every page held before writing: {held:,} orders read in "
          f"{held_seconds:.1f} s, memory +{held_grew:.0f} MiB "
          f"({held_grew / max(grew, 1):.1f}× the streamed sync's growth)")


if __name__ == "__main__":
    main()
