"""Killing the demo generator mid-way leaves a sound database with no demo rows in it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from seller_desk.store.database import Database
from seller_desk.store.migrate import upgrade
from seller_desk.store.models import (
    Base,
    ChannelOffer,
    Customer,
    ExchangeRate,
    Listing,
    MarketplaceAccount,
    Order,
    OrderLine,
    PriceRule,
)

ROOT = Path(__file__).resolve().parents[2]
GENERATE = """
import sys
from datetime import date
from seller_desk.services.demo import generate_demo
from seller_desk.services.progress import Job
from seller_desk.store.database import Database

def progress(done, total, text):
    print(f"{text}: {done}/{total}", flush=True)

generate_demo(Database.open(sys.argv[1]), Job(progress), orders=400_000, today=date(2025, 11, 24))
print("finished", flush=True)
"""


@pytest.mark.slow
def test_a_killed_generation_leaves_no_demo_rows(tmp_path):
    path = tmp_path / "shop.sqlite3"
    database = Database.open(str(path))
    upgrade(database, None)
    database.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    wal = Path(f"{path}-wal")
    errors = tmp_path / "stderr.txt"
    seen: list[str] = []
    with errors.open("w") as stderr, subprocess.Popen(
        [sys.executable, "-c", GENERATE, str(path)], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=stderr, text=True,
    ) as child:
        try:
            deadline = time.monotonic() + 90
            assert child.stdout is not None
            while time.monotonic() < deadline:
                line = child.stdout.readline()
                if not line:
                    break
                seen.append(line.strip())
                # Kill it mid-way through the orders, once uncommitted pages reach the WAL.
                if line.startswith("Creating orders") and wal.exists() and wal.stat().st_size > 4e6:
                    break
            assert sum(text.startswith("Creating orders") for text in seen) >= 2, (
                seen, errors.read_text())
            assert not seen[-1].startswith("Creating orders: 400000/"), seen[-1]
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert child.returncode == -signal.SIGKILL
    assert "finished" not in seen

    database = Database.open(str(path))
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            found = inspect(connection)
            for table in Base.metadata.sorted_tables:
                indexes = {ix["name"] for ix in found.get_indexes(table.name)}
                assert indexes == {ix.name for ix in table.indexes}, table.name
            for model in (MarketplaceAccount, Listing, ChannelOffer, PriceRule, ExchangeRate,
                          Customer, Order, OrderLine):
                count = connection.execute(select(func.count()).select_from(model)).scalar_one()
                assert count == 0, model.__tablename__
    finally:
        database.close()
