"""What a table asks for (sort, filters, search, where to continue) and the page it gets back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

Row = TypeVar("Row")


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended: the sort values and id of its last row."""

    values: tuple[Any, ...]


@dataclass(frozen=True)
class TableFilter:
    """Filters a seller can set above a table; empty means no filter."""

    statuses: frozenset[str] = frozenset()
    account_ids: frozenset[int] = frozenset()
    countries: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()
    since: datetime | None = None
    until: datetime | None = None
    archived: bool | None = None
    # Listings a moved exchange rate has left below their margin floor.
    price_alert: bool | None = None
    # Orders whose contribution margin is below zero.
    negative_margin: bool | None = None
    # Return requests: why they were made, open (True) or closed (False), and those past
    # their step's deadline at this instant (the state's STEP_DAYS after entering it).
    reasons: frozenset[str] = frozenset()
    open_only: bool | None = None
    overdue_before: datetime | None = None
    # Shipments: by carrier, and those with a flag (stuck, trouble, late…) at this instant.
    carriers: frozenset[str] = frozenset()
    flagged_at: datetime | None = None

    def __bool__(self) -> bool:
        return bool(
            self.statuses or self.account_ids or self.countries or self.currencies
            or self.since or self.until or self.archived is not None
            or self.price_alert is not None or self.negative_margin is not None
            or self.reasons or self.open_only is not None or self.overdue_before is not None
            or self.carriers or self.flagged_at is not None
        )


@dataclass(frozen=True)
class PageRequest:
    sort: str
    descending: bool = False
    search: str = ""
    filter: TableFilter = field(default_factory=TableFilter)
    after: Cursor | None = None
    limit: int = 200

    def next(self, cursor: Cursor) -> PageRequest:
        return PageRequest(
            self.sort, self.descending, self.search, self.filter, cursor, self.limit
        )


@dataclass(frozen=True)
class Page(Generic[Row]):
    rows: tuple[Row, ...]
    next: Cursor | None

    @property
    def complete(self) -> bool:
        return self.next is None

