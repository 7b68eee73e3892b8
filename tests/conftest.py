"""Test set-up: offscreen Qt, every app folder in a temp dir, loopback-only sockets, databases."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore the same examples on every run and every machine: a CI run must not
# fail on an example no developer run ever saw.
settings.register_profile("seller_desk", derandomize=True, database=None, deadline=None)
settings.load_profile("seller_desk")

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("SELLER_DESK_DB", None)
PG_URL = os.environ.get("SELLER_DESK_TEST_PG", "")
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


def pytest_configure(config: pytest.Config) -> None:
    # Loopback only: tests talk to fakes on 127.0.0.1, never to the outside world.
    config.option.allow_hosts = "127.0.0.1,::1,localhost"


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[object]:
    """Every test gets an empty in-memory keyring: secrets never reach the machine's own."""
    import keyring

    from tests.fakes.memory_keyring import MemoryKeyring

    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def app_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every platform folder (data, config, logs, Qt settings) at a fresh temp dir."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in {
        "HOME": "",
        "XDG_DATA_HOME": "data",
        "XDG_CONFIG_HOME": "config",
        "XDG_STATE_HOME": "state",
        "XDG_CACHE_HOME": "cache",
    }.items():
        (home / sub).mkdir(exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("SELLER_DESK_DB", raising=False)
    return home


# Tests need no durability: not waiting for each commit's fsync makes a migration 4x faster.
PG_NO_SYNC = "-csynchronous_commit%3Doff"


def _pg_schema_url(schema: str) -> str:
    joiner = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{joiner}options=-csearch_path%3D{schema}%20{PG_NO_SYNC}"


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of a fresh, empty database: a SQLite file, and a PostgreSQL schema where configured."""
    if request.param == "sqlite":
        yield str(tmp_path / "shop.sqlite3")
        return
    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1),
                             connect_args={"options": "-csynchronous_commit=off"})
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield _pg_schema_url(schema)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture
def database(database_url: str, tmp_path: Path):
    """A fresh database at this version's schema (SQLite, and PostgreSQL where configured)."""
    from seller_desk.store.database import Database
    from seller_desk.store.migrate import upgrade

    db = Database.open(database_url)
    upgrade(db, tmp_path / "backups")
    yield db
    db.close()


@pytest.fixture(autouse=True)
def close_log_files():
    """Each test that starts the app opens its log file; close it before the temp dir goes."""
    yield
    import logging

    root = logging.getLogger("seller_desk")
    for handler in root.handlers:
        handler.close()
    root.handlers.clear()
