"""How each big table sorts, filters and searches: one description per table, one page function."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, func, select
from sqlalchemy.orm import Session

from seller_desk.domain.paging import Cursor, PageRequest, TableFilter
from seller_desk.store.queries.keyset import keyset_page


@dataclass(frozen=True)
class SortKey:
    columns: tuple[ColumnElement[Any], ...]
    nullable: bool = False


@dataclass(frozen=True)
class TableQuery:
    """A table as the pages see it: what it shows, how it sorts, filters and searches."""

    columns: Sequence[ColumnElement[Any]]
    source: FromClause
    id_column: ColumnElement[int]
    sorts: Mapping[str, SortKey]
    apply_filter: Callable[[Select[Any], TableFilter], Select[Any]]
    apply_search: Callable[[Select[Any], str], Select[Any]]

    def sort_key(self, name: str) -> SortKey:
        try:
            return self.sorts[name]
        except KeyError:
            raise ValueError(f"cannot sort by {name!r}; known: {', '.join(self.sorts)}") from None

    def narrowed(self, stmt: Select[Any], request: PageRequest) -> Select[Any]:
        if request.filter:
            stmt = self.apply_filter(stmt, request.filter)
        if request.search.strip():
            stmt = self.apply_search(stmt, request.search)
        return stmt

    def page(
        self, session: Session, request: PageRequest
    ) -> tuple[list[tuple[Any, ...]], Cursor | None]:
        """One page of rows, each (id, shown columns…), and the cursor of the next page."""
        key = self.sort_key(request.sort)
        stmt = select(*key.columns, *self.columns).select_from(self.source)
        rows, cursor = keyset_page(
            session, self.narrowed(stmt, request), key.columns, descending=request.descending,
            after=request.after, limit=request.limit, nullable=key.nullable,
        )
        width = len(key.columns)
        return [(row[width - 1], *row[width:]) for row in rows], cursor

    def count(self, session: Session, request: PageRequest) -> int:
        ids = self.narrowed(select(self.id_column), request).subquery()
        return int(session.scalar(select(func.count()).select_from(ids)) or 0)


def in_set(stmt: Select[Any], column: ColumnElement[Any], values: Collection[Any]) -> Select[Any]:
    return stmt.where(column.in_(sorted(values))) if values else stmt


def in_range(stmt: Select[Any], column: ColumnElement[Any], flt: TableFilter) -> Select[Any]:
    if flt.since is not None:
        stmt = stmt.where(column >= flt.since)
    if flt.until is not None:
        stmt = stmt.where(column < flt.until)
    return stmt
