"""Keyset pagination over any sort key, nulls last, with prefix search on folded text keys."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, String, and_, tuple_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from seller_desk.domain.paging import Cursor
from seller_desk.store.types import fold

_TOP = "\U0010ffff"


def starts_with(column: ColumnElement[str], text: str) -> ColumnElement[bool]:
    """`column` begins with the folded `text`, as an index range (no LIKE, no function call)."""
    prefix = fold(text)
    return and_(column >= prefix, column < prefix + _TOP)


class unindexed(FunctionElement[str]):  # noqa: N801 (an SQL expression, named like a function)
    """The column's value, written so that SQLite's planner will not use the column's index.

    SQLite: the unary plus; other databases plan by cost and get the column unchanged.
    """

    type = String()
    inherit_cache = True


@compiles(unindexed)
def _unindexed(element: unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(next(iter(element.clauses)), **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(next(iter(element.clauses)), **kw)


def starts_with_scan(column: ColumnElement[str], text: str) -> ColumnElement[bool]:
    """The same test as starts_with, without the column's index: for broad searches the planner
    should walk the sort order instead and stop after one page."""
    return starts_with(unindexed(column), text)


def _ordered(columns: Sequence[ColumnElement[Any]], descending: bool) -> list[Any]:
    return [column.desc() if descending else column.asc() for column in columns]


def _after(
    columns: Sequence[ColumnElement[Any]], values: Sequence[Any], descending: bool
) -> ColumnElement[bool]:
    key, last = tuple_(*columns), tuple_(*values)
    return key < last if descending else key > last


def keyset_page(
    session: Session,
    stmt: Select[Any],
    key: Sequence[ColumnElement[Any]],
    *,
    descending: bool,
    after: Cursor | None,
    limit: int,
    nullable: bool = False,
) -> tuple[list[Row[Any]], Cursor | None]:
    """One page of `stmt` ordered by `key` (whose last column is unique, the id), after `after`.

    `stmt` must select the columns of `key` first, in order. With `nullable`, rows whose first
    key column is NULL come after all others, in id order, whichever way the page is sorted.
    Returns the rows and the cursor of the next page (None when this was the last one).
    """
    head, id_column = key[0], key[-1]
    rows: list[Row[Any]] = []
    in_nulls = nullable and after is not None and after.values[0] is None
    if not in_nulls:
        page = stmt.where(head.is_not(None)) if nullable else stmt
        if after is not None:
            page = page.where(_after(key, after.values, descending))
        rows = list(session.execute(page.order_by(*_ordered(key, descending)).limit(limit + 1)))
    if nullable and len(rows) <= limit:
        null_page = stmt.where(head.is_(None))
        if in_nulls and after is not None:
            null_page = null_page.where(_after([id_column], after.values[-1:], descending))
        null_page = null_page.order_by(*_ordered([id_column], descending))
        rows += session.execute(null_page.limit(limit + 1 - len(rows)))
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = Cursor(tuple(rows[-1][: len(key)])) if more and rows else None
    return rows, cursor
