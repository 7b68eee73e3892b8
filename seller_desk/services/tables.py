"""Pages and counts of a big table as frozen rows, for the UI's lazy models."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from seller_desk.domain.paging import Page, PageRequest
from seller_desk.store.database import Database
from seller_desk.store.queries.settings import base_currency
from seller_desk.store.queries.tables import COUNT_CAP, TableQuery

__all__ = ["COUNT_CAP", "TableSource"]

RowT = TypeVar("RowT")


class TableSource(Generic[RowT]):
    """One table's pages: runs its query and turns each (id, columns…) tuple into a row.

    `make_row` gets the shop's base currency first, then the row's values.
    """

    def __init__(
        self, database: Database, query: TableQuery, make_row: Callable[..., RowT]
    ) -> None:
        self._db = database
        self._query = query
        self._make_row = make_row

    @property
    def sort_names(self) -> tuple[str, ...]:
        return tuple(self._query.sorts)

    def page(self, request: PageRequest) -> Page[RowT]:
        with self._db.read_session() as session:
            rows, cursor = self._query.page(session, request)
            base = base_currency(session)
        return Page(tuple(self._make_row(base, *row) for row in rows), cursor)

    def count(self, request: PageRequest) -> int:
        with self._db.read_session() as session:
            return self._query.count(session, request)


