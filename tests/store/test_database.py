import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import text

from seller_desk.store.database import Database, DatabaseUnusable, database_url
from seller_desk.store.migrate import schema_state, upgrade


def test_plain_path_and_postgres_urls():
    assert database_url("/tmp/x.sqlite3").render_as_string() == "sqlite:////tmp/x.sqlite3"
    assert database_url("postgresql://u@h/db").drivername == "postgresql+psycopg"


def test_fresh_database_is_migrated_with_wal_and_foreign_keys(tmp_path):
    db = Database.open(str(tmp_path / "shop.sqlite3"))
    assert upgrade(db, tmp_path / "backups") is None  # nothing to back up on a new file
    state = schema_state(db)
    assert state.up_to_date and not state.foreign
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


def test_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_bytes(b"order_id,total\n1,2\n")
    with pytest.raises(DatabaseUnusable, match="is not a database file"):
        Database.open(str(path))
    assert path.read_bytes() == b"order_id,total\n1,2\n"


def test_corrupt_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "broken.sqlite3"
    good = sqlite3.connect(path)
    good.execute("CREATE TABLE t (x)")
    good.commit()
    good.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page after the header
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseUnusable, match="Cannot read the database"):
        Database.open(str(path))
    assert path.read_bytes() == before


def test_folder_and_missing_folder_are_refused(tmp_path):
    with pytest.raises(DatabaseUnusable, match="is a folder"):
        Database.open(str(tmp_path))
    with pytest.raises(DatabaseUnusable, match="does not exist"):
        Database.open(str(tmp_path / "nope" / "shop.sqlite3"))


def test_other_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    db = Database.open(str(path))
    with pytest.raises(DatabaseUnusable, match="tables of another program"):
        upgrade(db, tmp_path / "b")
    db.close()
    assert [r[0] for r in sqlite3.connect(path).execute(
        "SELECT name FROM sqlite_master WHERE type='table'")] == ["photos"]


def test_newer_schema_is_refused(database_url, tmp_path):
    db = Database.open(database_url)
    upgrade(db, tmp_path / "b")
    with db.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseUnusable, match="newer version of Seller Desk"):
        upgrade(db, tmp_path / "b")
    db.close()


def test_backup_is_a_consistent_copy_and_old_ones_are_pruned(tmp_path, monkeypatch):
    from seller_desk.store import backup

    db = Database.open(str(tmp_path / "shop.sqlite3"))
    upgrade(db, None)
    with db.engine.begin() as c:
        c.execute(text("INSERT INTO settings VALUES ('shop_name', 'Lantern')"))
    monkeypatch.setattr(backup, "KEEP_BACKUPS", 2)
    seen = []
    copies = [backup.backup_database(db, tmp_path / "b", progress=lambda d, t: seen.append((d, t)))
              for _ in range(3)]
    assert sorted((tmp_path / "b").glob("*.sqlite3")) == sorted(copies[1:])
    assert seen and seen[-1][0] == seen[-1][1]
    row = sqlite3.connect(copies[-1]).execute("SELECT value FROM settings").fetchone()
    assert row == ("Lantern",)
    db.close()


def test_backup_failure_leaves_no_partial_file(tmp_path):
    from seller_desk.store.backup import BackupFailed, backup_database

    db = Database.open(str(tmp_path / "shop.sqlite3"))
    upgrade(db, None)
    blocked = tmp_path / "b"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(BackupFailed, match="Could not write the backup"):
        backup_database(db, blocked)
    db.close()


def test_an_older_schema_is_backed_up_before_upgrading(tmp_path, monkeypatch):
    from seller_desk.store import migrate

    db = Database.open(str(tmp_path / "shop.sqlite3"))
    upgrade(db, None)
    real = migrate.schema_state
    monkeypatch.setattr(migrate, "schema_state",
                        lambda d: migrate.SchemaState("0001", "0002", False))
    monkeypatch.setattr(migrate, "_known_revision", lambda script, rev: True)
    made = migrate.upgrade(db, tmp_path / "b")
    assert made is not None and made.exists() and "before-upgrade" in made.name
    assert real(db).up_to_date
    db.close()


@pytest.mark.slow
def test_kill_during_migration_leaves_a_database_that_opens(tmp_path):
    path = tmp_path / "shop.sqlite3"
    script = textwrap.dedent(f"""
        import os, signal
        from alembic.operations import Operations
        from seller_desk.store.database import Database
        from seller_desk.store.migrate import upgrade
        real = Operations.create_table
        made = []
        def create_then_die(self, name, *cols, **kw):
            table = real(self, name, *cols, **kw)
            made.append(name)
            if len(made) == 3:  # part-way through the initial migration
                os.kill(os.getpid(), signal.SIGKILL)
            return table
        Operations.create_table = create_then_die
        upgrade(Database.open({str(path)!r}), None)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert done.returncode == -9, done.stderr.decode()
    db = Database.open(str(path))
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert schema_state(db).current is None  # the half migration was rolled back
    assert db.table_names() == set()
    upgrade(db, tmp_path / "b")
    assert schema_state(db).up_to_date
    db.close()


def test_the_sorting_session_sees_the_same_data_and_sorts_in_files(database):
    from sqlalchemy import text

    with database.session() as s:
        s.execute(text("CREATE TABLE probe (n INTEGER)"))
        s.execute(text("INSERT INTO probe VALUES (1), (2)"))
    with database.sorting_session() as s:
        assert s.execute(text("SELECT SUM(n) FROM probe")).scalar() == 3
        if database.is_sqlite:
            assert s.execute(text("PRAGMA temp_store")).scalar() == 1  # FILE
            assert s.execute(text("PRAGMA threads")).scalar() == 2
    with database.read_session() as s:
        if database.is_sqlite:
            assert s.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY
