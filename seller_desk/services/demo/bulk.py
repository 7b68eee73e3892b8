"""Fast bulk writes for the demo: driver-level executemany with the column types' own binding.

Core `insert(table)` with dicts spends about 15 µs per order row in Python parameter handling,
three times what SQLite needs to store it. Here each statement is compiled once for the dialect,
values that need a bind processor (timestamps, exact rates) are converted by that very processor
(or a vectorised twin checked against it), and rows go to the driver as plain tuples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    Index,
    Table,
    bindparam,
    false,
    func,
    insert,
    inspect,
    literal_column,
    null,
    select,
    text,
    true,
)
from sqlalchemy.schema import CreateIndex, DropIndex
from sqlalchemy.sql import Executable
from sqlalchemy.types import TypeEngine

from seller_desk.store.database import Database
from seller_desk.store.types import DecimalText, UTCDateTime

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class TimestampBinder:
    """Turns whole seconds since the epoch into what a UTCDateTime column binds on this dialect."""

    def __init__(self, connection: Connection) -> None:
        # What Core binds: the type as adapted to this dialect (SQLite writes its own text form).
        process = UTCDateTime().dialect_impl(connection.dialect).bind_processor(connection.dialect)
        if process is None:
            raise TypeError("UTCDateTime has no bind processor on this dialect")
        self._process = process
        probes = np.array([0, 951_782_400, 1_709_211_909, 1_767_225_599], dtype=np.int64)
        # SQLite stores text; where numpy writes the very same text, format a batch at once.
        self._vectorised = connection.dialect.name == "sqlite" and all(
            fast == process(_EPOCH + timedelta(seconds=int(s)))
            for fast, s in zip(self._text(probes), probes.tolist(), strict=True)
        )

    @staticmethod
    def _text(seconds: np.ndarray) -> list[str]:
        stamps = np.ascontiguousarray(
            np.datetime_as_string(seconds.astype("datetime64[s]"), unit="us"))
        # 'YYYY-MM-DDTHH:MM:SS.ffffff': put a space where numpy writes the ISO 'T'.
        stamps.view(np.uint32).reshape(-1, stamps.dtype.itemsize // 4)[:, 10] = ord(" ")
        return stamps.tolist()

    def bind(self, seconds: np.ndarray) -> list[Any]:
        if self._vectorised:
            return self._text(seconds)
        return [self._process(_EPOCH + timedelta(seconds=s)) for s in seconds.tolist()]


class BulkStatement:
    """One compiled statement run with many parameter tuples in `names` order."""

    def __init__(self, connection: Connection, statement: Executable, names: Sequence[str]) -> None:
        dialect = connection.dialect
        compiled = statement.compile(dialect=dialect)
        self._connection = connection
        self._sql = str(compiled)
        self._names = tuple(names)
        self._order: list[int] | None = None
        if dialect.positional:
            positions = list(compiled.positiontup or ())
            if positions != list(self._names):
                self._order = [self._names.index(name) for name in positions]

    def run(self, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self._connection.dialect.positional:
            if self._order is not None:
                order = self._order
                rows = [tuple(row[i] for i in order) for row in rows]
            self._connection.exec_driver_sql(self._sql, rows)
        else:
            names = self._names
            self._connection.exec_driver_sql(
                self._sql, [dict(zip(names, row, strict=True)) for row in rows])


def table_insert(connection: Connection, table: Table, names: Sequence[str],
                 constants: dict[str, str | int | None] | None = None) -> BulkStatement:
    """An INSERT of every column of `table`, rows given in `names` order.

    All columns must be named: a Python-side default would not apply on this path. Those the
    same in every row can be `constants`, written into the SQL rather than bound row by row.
    Columns that need a bind processor on this dialect must arrive already bound
    (TimestampBinder, or bound_values); anything else is refused here.
    """
    fixed = constants or {}
    if sorted([*names, *fixed]) != sorted(column.key for column in table.columns):
        raise ValueError(f"the demo writes {table.name} columns {names}, the table has others")
    dialect = connection.dialect
    for column in table.columns:
        prebound = isinstance(column.type, (UTCDateTime, DecimalText, Boolean, Date))
        needs = column.type.dialect_impl(dialect).bind_processor(dialect) is not None
        null = column.key in fixed and fixed[column.key] is None
        if needs and not (prebound or null):
            raise TypeError(f"{table.name}.{column.key} needs binding the demo does not do")
    values: dict[str, Any] = {name: bindparam(name) for name in names}
    values.update({name: _sql_constant(value) for name, value in fixed.items()})
    return BulkStatement(connection, insert(table).values(values), names)


def _sql_constant(value: str | int | None) -> Any:
    if value is None:
        return null()
    if isinstance(value, bool):
        return true() if value else false()
    if isinstance(value, int):
        return literal_column(str(int(value)))
    return literal_column("'" + value.replace("'", "''") + "'")


def binder(connection: Connection, type_: TypeEngine[Any]) -> Callable[[Any], Any]:
    """How a column of `type_` binds one value on this connection's dialect."""
    dialect = connection.dialect
    return type_.dialect_impl(dialect).bind_processor(dialect) or (lambda value: value)


def bound_values(connection: Connection, type_: TypeEngine[Any], values: Sequence[Any]
                 ) -> list[Any]:
    """`values` as a column of `type_` binds them on this connection's dialect."""
    dialect = connection.dialect
    process = type_.dialect_impl(dialect).bind_processor(dialect)
    return list(values) if process is None else [process(value) for value in values]


def drop_indexes(connection: Connection, tables: Sequence[Table]) -> list[Index]:
    """Drop the secondary indexes of `tables` that the database has; returns them to rebuild.

    Filling a table and then building each index in one sorted pass is far cheaper than
    keeping ten indexes current row by row. DDL is transactional on SQLite and PostgreSQL, so
    a rollback (or a kill) puts the indexes back with the rows gone.
    """
    inspector = inspect(connection)
    dropped = []
    for table in tables:
        present = {index["name"] for index in inspector.get_indexes(table.name)}
        for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
            if index.name in present:
                connection.execute(DropIndex(index))
                dropped.append(index)
    return dropped


def create_index(connection: Connection, index: Index) -> None:
    connection.execute(CreateIndex(index))


# SQLite sorts for CREATE INDEX in small sorted runs ("PMAs") merged with helper threads, but
# only with temp_store=FILE: in memory it allocates every record on its own and sorts one long
# list, two to three times slower on a million rows. The run size follows cache_size, and runs
# that fit the CPU cache sort fastest: the 24 indexes of the 1M-order demo take about 9 s this
# way against 24 s with the app's temp_store=MEMORY. temp_store cannot change inside a
# transaction once the connection has used temporary storage (Alembic's batch mode does), hence
# a connection of our own, set before BEGIN and restored after.
# Foreign keys are not checked while the demo loads: it makes every reference itself, parents
# first, and looking up the parent of each of some five million rows (orders, lines, status
# changes, identities) costs about a fifth of the load. The tests check the result with
# PRAGMA foreign_key_check; like the other settings it can only change outside a transaction.
_SQLITE_CONNECTION = {"temp_store": 1, "threads": 2, "foreign_keys": 0}
_SQLITE_SORT_CACHE_KIB = 2048


@contextmanager
def bulk_connection(database: Database) -> Iterator[Connection]:
    """A connection for one big write transaction, set up for fast index builds on SQLite."""
    with database.engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            yield connection
            return
        raw = connection.connection.driver_connection
        saved = {name: raw.execute(f"PRAGMA {name}").fetchone()[0] for name in _SQLITE_CONNECTION}
        for name, value in _SQLITE_CONNECTION.items():
            raw.execute(f"PRAGMA {name}={value}")
        try:
            yield connection
        finally:
            if not connection.invalidated and not connection.in_transaction():
                for name, value in saved.items():
                    raw.execute(f"PRAGMA {name}={int(value)}")


@contextmanager
def quick_index_builds(connection: Connection) -> Iterator[None]:
    """Sorting memory for building big indexes, for this stretch of the transaction only."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")
    if connection.dialect.name != "sqlite":
        yield
        return
    saved = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size=-{_SQLITE_SORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={saved}")


def next_id(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


def sync_id_sequences(connection: Connection, tables: Sequence[Table]) -> None:
    """After explicit ids, move PostgreSQL's id sequences past them (SQLite needs nothing)."""
    if connection.dialect.name != "postgresql":
        return
    quote = connection.dialect.identifier_preparer.format_table
    for table in tables:
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:name, 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {quote(table)}), false)"
            ),
            {"name": table.name},
        )
