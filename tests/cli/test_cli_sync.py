"""`seller-desk accounts …`, `sync` and `push` against the loopback Etsy fake; and a sync killed
mid-way in a real subprocess, then run again: exactly the remote orders, no duplicates, no gaps."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from seller_desk.app import main
from seller_desk.domain.orders import Marketplace
from seller_desk.store.database import Database
from seller_desk.store.migrate import upgrade
from seller_desk.store.models import Customer, Order, ReturnRequest, Shipment, SyncRun
from tests.fakes.etsy_server import RECEIPTS, running_etsy_fake
from tests.fakes.shop_data import FakeShop
from tests.services.sync_shop import prepare

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def credentials_text(fake) -> str:
    values = fake.credentials().values
    return ";".join(f"{key}={value}" for key, value in values.items())


@pytest.fixture
def shop_db(tmp_path: Path) -> tuple[Path, FakeShop]:
    path = tmp_path / "shop.sqlite3"
    remote = FakeShop(300)
    database = Database.open(str(path))
    upgrade(database, tmp_path / "backups")
    prepare(database, remote)
    database.close()
    return path, remote


def test_accounts_add_list_test_sync_and_remove(capsys, monkeypatch, shop_db) -> None:
    path, remote = shop_db
    with running_etsy_fake(remote) as fake:
        monkeypatch.setenv("SELLER_DESK_CREDENTIALS", credentials_text(fake))
        code, out, _ = run(capsys, "--db", path, "accounts", "add", "--marketplace", "etsy",
                           "--name", "Mona", "--url", fake.url)
        assert code == 0 and "Connected Mona" in out
        monkeypatch.delenv("SELLER_DESK_CREDENTIALS")
        code, out, _ = run(capsys, "--db", path, "accounts", "list", "--json")
        [listed] = json.loads(out)
        assert listed["name"] == "Mona" and listed["credentials"] == "keyring"
        assert fake.refresh_token not in out
        code, out, _ = run(capsys, "--db", path, "accounts", "test", "Mona")
        assert code == 0 and "MugsByMona" in out
        code, out, _ = run(capsys, "--db", path, "sync", "--dry-run", "--json")
        [dry] = json.loads(out)
        assert code == 0 and dry["new"] == 300 and dry["dry_run"], dry["errors"]
        code, out, _ = run(capsys, "--db", path, "sync", "--account", "mona")
        assert code == 0 and "300 new" in out
        code, out, _ = run(capsys, "--db", path, "push", "--account", "Mona", "--dry-run",
                           "--json")
        assert code == 0 and isinstance(json.loads(out), list)
        code, out, _ = run(capsys, "--db", path, "accounts", "remove", "Mona")
        assert code == 0 and "orders stay" in out
        code, out, _ = run(capsys, "--db", path, "accounts", "list")
        assert "No connected accounts" in out


def test_sync_exits_1_with_the_reason_when_the_store_refuses(capsys, monkeypatch,
                                                               shop_db) -> None:
    path, remote = shop_db
    with running_etsy_fake(remote) as fake:
        monkeypatch.setenv("SELLER_DESK_CREDENTIALS", credentials_text(fake))
        run(capsys, "--db", path, "accounts", "add", "--marketplace", "etsy", "--name", "Mona",
            "--url", fake.url)
        fake.fail("500", prefix=RECEIPTS)
        code, out, err = run(capsys, "--db", path, "sync")
        assert code == 1 and "failed" in out and "HTTP 500" in err


def test_credentials_are_never_arguments(capsys, shop_db) -> None:
    path, _ = shop_db
    with pytest.raises(SystemExit):
        main(["--db", str(path), "accounts", "add", "--marketplace", "etsy", "--name", "X",
              "--token", "secret"])
    assert "SELLER_DESK_CREDENTIALS" in subprocess.run(
        [sys.executable, "-m", "seller_desk", "accounts", "add", "--help"],
        capture_output=True, text=True, cwd=ROOT).stdout


def counts(path: Path) -> tuple[int, int, int, int, int]:
    database = Database.open(str(path))
    try:
        with database.read_session() as s:
            return (s.scalar(select(func.count(Order.id))) or 0,
                    s.scalar(select(func.count(func.distinct(Order.external_id)))) or 0,
                    s.scalar(select(func.count(Customer.id))) or 0,
                    s.scalar(select(func.count(ReturnRequest.id))) or 0,
                    s.scalar(select(func.count(Shipment.id))) or 0)
    finally:
        database.close()


def test_a_sync_killed_midway_and_run_again_has_exactly_the_remote_orders(shop_db) -> None:
    path, remote = shop_db
    # Cron without a keyring reads the same refresh token every run: one Etsy keeps valid.
    with running_etsy_fake(remote, rotate=False) as fake:
        # Each page of receipts takes a while to arrive, so the kill lands between pages.
        fake.fail("slow", prefix=RECEIPTS, delay=0.4)
        env = {**os.environ, "SELLER_DESK_CREDENTIALS": credentials_text(fake),
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        command = [sys.executable, "-m", "seller_desk", "--db", str(path)]
        added = subprocess.run([*command, "accounts", "add", "--marketplace",
                                Marketplace.ETSY.value, "--name", "Mona", "--url", fake.url],
                               env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert added.returncode == 0, added.stderr
        syncing = subprocess.Popen([*command, "sync"], env=env, cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while counts(path)[0] < 100 and time.monotonic() < deadline:
            time.sleep(0.05)
        syncing.send_signal(signal.SIGKILL)
        syncing.wait(timeout=10)
        written = counts(path)[0]
        assert 100 <= written < 300, written  # killed after some pages, before the last
        fake.failures.clear()
        again = subprocess.run([*command, "sync"], env=env, cwd=ROOT, capture_output=True,
                               text=True, timeout=120)
        assert again.returncode == 0, again.stdout + again.stderr
    orders, distinct, customers, returns, parcels = counts(path)
    database = Database.open(str(path))
    with database.read_session() as s:  # the killed run reads as cancelled, the next as ok
        states = list(s.scalars(select(SyncRun.state).order_by(SyncRun.id)))
    database.close()
    assert states == ["cancelled", "ok"]
    assert orders == distinct == 300
    database = Database.open(str(path))
    with database.read_session() as s:
        ids = set(s.scalars(select(Order.external_id)))
    database.close()
    assert ids == {str(o.order_id) for o in remote.orders()}
    assert returns == sum(len(o.refunds) for o in remote.orders())
    assert parcels == sum(len(o.fulfillments) for o in remote.orders())
    buyers = {o.customer_id for o in remote.orders() if o.customer_id is not None}
    assert customers == len(buyers)
