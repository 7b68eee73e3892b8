"""How each big table sorts, filters and searches: one description per table, one page function."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, func, or_, select, union_all
from sqlalchemy.orm import Session

from seller_desk.domain.paging import Cursor, PageRequest, TableFilter
from seller_desk.store.queries.keyset import keyset_page, starts_with, starts_with_scan

# A search matching fewer rows than this is answered from the ids its indexes give; a broader one
# by walking the sort order with a plain filter, which finds a page of matches quickly.
NARROW_SEARCH = 50_000
COUNT_CAP = 10_000


@dataclass(frozen=True)
class SortKey:
    columns: tuple[ColumnElement[Any], ...]
    nullable: bool = False


@dataclass(frozen=True)
class SearchField:
    """One thing search looks at: a folded key column, either of the table or of a child table
    (`owner` is then the child's column pointing at the table's id)."""

    column: ColumnElement[str]
    owner: ColumnElement[int] | None = None
    digits_only: bool = False

    def term(self, text: str) -> str | None:
        if not self.digits_only:
            return text
        digits = "".join(ch for ch in text if ch.isdigit())
        return digits if len(digits) >= 4 else None


@dataclass(frozen=True)
class TableQuery:
    """A table as the pages see it: what it shows, how it sorts, filters and searches."""

    columns: Sequence[ColumnElement[Any]]
    source: FromClause
    id_column: ColumnElement[int]
    sorts: Mapping[str, SortKey]
    apply_filter: Callable[[Select[Any], TableFilter], Select[Any]]
    search_fields: Sequence[SearchField]
    # Rows the table never shows (customers merged into another one).
    hidden: ColumnElement[bool] | None = None

    def sort_key(self, name: str) -> SortKey:
        try:
            return self.sorts[name]
        except KeyError:
            raise ValueError(f"cannot sort by {name!r}; known: {', '.join(self.sorts)}") from None

    def _search(self, session: Session, stmt: Select[Any], text: str) -> Select[Any]:
        """Narrow searches go through the indexes (ids of matching rows, by rowid); broad ones
        walk the sort order with a plain filter, which fills a page of matches quickly."""
        fields = [(field, term) for field in self.search_fields
                  if (term := field.term(text)) is not None]
        ids = [
            select(self.id_column if field.owner is None else field.owner)
            .where(starts_with(field.column, term))
            for field, term in fields
        ]
        matches = sum(
            session.scalar(select(func.count()).select_from(found.limit(NARROW_SEARCH).subquery()))
            or 0
            for found in ids
        )
        if matches < NARROW_SEARCH:
            return stmt.where(self.id_column.in_(union_all(*ids)))
        return stmt.where(or_(*(
            starts_with_scan(field.column, term) if field.owner is None
            else self.id_column.in_(found)
            for (field, term), found in zip(fields, ids, strict=True)
        )))

    def narrowed(self, session: Session, stmt: Select[Any], request: PageRequest) -> Select[Any]:
        if self.hidden is not None:
            stmt = stmt.where(~self.hidden)
        if request.filter:
            stmt = self.apply_filter(stmt, request.filter)
        if request.search.strip():
            stmt = self._search(session, stmt, request.search.strip())
        return stmt

    def page(
        self, session: Session, request: PageRequest
    ) -> tuple[list[tuple[Any, ...]], Cursor | None]:
        """One page of rows, each (id, shown columns…), and the cursor of the next page."""
        key = self.sort_key(request.sort)
        stmt = select(*key.columns, *self.columns).select_from(self.source)
        rows, cursor = keyset_page(
            session, self.narrowed(session, stmt, request), key.columns,
            descending=request.descending, after=request.after, limit=request.limit,
            nullable=key.nullable,
        )
        width = len(key.columns)
        return [(row[width - 1], *row[width:]) for row in rows], cursor

    def count(self, session: Session, request: PageRequest) -> int:
        """Rows matching the request; a search stops counting at COUNT_CAP (shown as "10,000+")."""
        ids = self.narrowed(session, select(self.id_column), request)
        if request.search.strip():
            ids = ids.limit(COUNT_CAP)
        return int(session.scalar(select(func.count()).select_from(ids.subquery())) or 0)


def in_set(stmt: Select[Any], column: ColumnElement[Any], values: Collection[Any]) -> Select[Any]:
    return stmt.where(column.in_(sorted(values))) if values else stmt


def in_range(stmt: Select[Any], column: ColumnElement[Any], flt: TableFilter) -> Select[Any]:
    if flt.since is not None:
        stmt = stmt.where(column >= flt.since)
    if flt.until is not None:
        stmt = stmt.where(column < flt.until)
    return stmt
