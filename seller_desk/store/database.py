"""Opening a shop database: URL rules, SQLite pragmas, refusing files that are not ours."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from seller_desk.domain.errors import KnownError
from seller_desk.domain.text import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10


class DatabaseUnusable(KnownError):
    """The database cannot be opened as a Seller Desk database (and was left untouched)."""


def database_url(target: str) -> URL:
    """Turn `--db`'s argument, a SQLAlchemy URL or a plain file path, into a URL."""
    if "://" not in target:
        return URL.create("sqlite", database=str(Path(target).expanduser().resolve()))
    try:
        url = make_url(target)
    except ArgumentError:
        raise DatabaseUnusable(
            QT_TRANSLATE_NOOP("errors", "{target} is neither a file path nor a database URL."),
            item=target, target=target,
        ) from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL (None for other backends and in-memory databases)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseUnusable(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a database file."),
            item=str(path), path=path,
        )
    if not path.parent.is_dir():
        raise DatabaseUnusable(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
            item=str(path), folder=path.parent,
        )
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header != SQLITE_HEADER:
            raise DatabaseUnusable(
                QT_TRANSLATE_NOOP(
                    "errors", "{path} is not a database file; it was left untouched."
                ),
                item=str(path), path=path,
            )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide when transactions start (see "begin" below), so
    # DDL in migrations is transactional and a kill mid-way rolls back cleanly.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _sqlite_sorting_pragmas(dbapi_connection: Any, record: Any) -> None:
    """Connections for GROUP BYs over millions of rows: SQLite's sorter then writes sorted runs
    of a small cache's worth to a temp file and merges them with a helper thread, instead of
    building one list in memory (1.3 s against 3.0 s over 1.6 million order lines)."""
    _sqlite_pragmas(dbapi_connection, record)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cache_size=-2000")
    cursor.execute("PRAGMA temp_store=FILE")
    cursor.execute("PRAGMA threads=2")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


class Database:
    """One shop database: its engine and the sessions that services open on it."""

    def __init__(self, url: URL, engine: Engine, sorting_engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._sorting_engine = sorting_engine
        self._sorting = sessionmaker(sorting_engine or engine, expire_on_commit=False)

    @classmethod
    def open(cls, target: str | URL) -> Database:
        """Connect to `target` after checking it is a database at all; nothing is written."""
        url = target if isinstance(target, URL) else database_url(target)
        path = sqlite_path(url)
        kwargs: dict[str, Any] = {}
        if url.get_backend_name() == "sqlite":
            if path is not None:
                _check_sqlite_file(path)
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        try:
            engine = create_engine(url, **kwargs)
        except (ArgumentError, ImportError) as error:
            raise DatabaseUnusable(
                QT_TRANSLATE_NOOP("errors", "Cannot use {url}: {reason}"),
                item=url.render_as_string(hide_password=True),
                url=url.render_as_string(hide_password=True), reason=error,
            ) from None
        sorting = None
        if url.get_backend_name() == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
            sorting = create_engine(url, **kwargs)
            event.listen(sorting, "connect", _sqlite_sorting_pragmas)
            event.listen(sorting, "begin", _sqlite_begin)
        database = cls(url, engine, sorting)
        database.table_names()  # fail now, with a clear message, if it cannot be read
        return database

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    def table_names(self) -> set[str]:
        try:
            with self.engine.connect() as connection:
                return set(inspect(connection).get_table_names())
        except (DatabaseError, OperationalError) as error:
            raise DatabaseUnusable(
                QT_TRANSLATE_NOOP("errors", "Cannot read the database {name}: {reason}"),
                item=self.display_name, name=self.display_name, reason=error.orig,
            ) from None

    def size_bytes(self) -> int | None:
        """Bytes on disk (with the WAL file) for SQLite; None where the server keeps the data."""
        path = self.path
        if path is None:
            return None
        return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error."""
        with self._sessions.begin() as session:
            yield session

    def read_session(self) -> Session:
        return self._sessions()

    def sorting_session(self) -> Session:
        """A read session for a GROUP BY over millions of rows (see _sqlite_sorting_pragmas;
        other databases plan their own sorts)."""
        return self._sorting()

    def close(self) -> None:
        self.engine.dispose()
        if self._sorting_engine is not None:
            self._sorting_engine.dispose()
