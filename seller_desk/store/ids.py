"""Ids for rows about to be inserted in bulk, so inserts need no RETURNING row by row."""

from __future__ import annotations

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """`count` unused ids of `table`'s integer primary key, inside the caller's transaction.

    SQLite lets one writer in at a time, so the ids after the largest are free until commit;
    PostgreSQL hands them out from the column's sequence, safe beside other desks.
    """
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                 "FROM generate_series(1, :count)"),
            {"table": table.name, "count": count})
        return [int(value) for (value,) in rows]
    start = int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
    return list(range(start, start + count))
