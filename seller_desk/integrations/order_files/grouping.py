"""The fast pass over a file's rows: group them by order and keep their values as text."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter

from seller_desk.domain.imports import RowProblem
from seller_desk.integrations.order_files import messages
from seller_desk.integrations.order_files.amounts import parse_amount
from seller_desk.integrations.order_files.dates import parse_datetime
from seller_desk.integrations.order_files.layouts import (
    AMOUNT_FIELDS,
    DATE_FIELDS,
    LINE_FIELDS,
    F,
    Resolved,
)

PROGRESS_EVERY = 4096  # rows between progress reports and cancel checks


class Draft:
    """One order's rows as read: its row numbers, its values (Resolved.order_fields, from its
    first row, gaps filled by later rows), the row a value came from when not the first, and
    when the file has line columns one text tuple (LINE_FIELDS) per row, beside `rows`."""

    __slots__ = ("first_row", "lines", "rows", "sources", "values")

    def __init__(self, first_row: int, values: tuple[str, ...]) -> None:
        self.first_row = first_row
        self.values: tuple[str, ...] | list[str] = values
        self.rows = [first_row]
        self.lines: list[tuple[str, ...]] = []
        self.sources: dict[int, int] | None = None  # position in values -> row, when filled late

    def source(self, position: int | None) -> int:
        """The row the value at `position` came from."""
        if self.sources is None or position is None:
            return self.first_row
        return self.sources.get(position, self.first_row)


class Grouping:
    """The drafts of a file, by order id in the order their first rows appear, and the problems
    found on the way."""

    def __init__(self, resolved: Resolved, date_order: str = "ymd") -> None:
        self.resolved = resolved
        self.date_order = date_order
        self.fields = resolved.order_fields
        self.drafts: dict[str, Draft] = {}
        self.problems: list[RowProblem] = []
        self.refused: set[str] = set()  # order ids with a conflict
        self.row_count = 0

    def read(
        self, rows: Iterator[list[str]], width: int, tick: Callable[[int], None] | None = None
    ) -> None:
        """Group `rows` (row 2 onwards of a header `width` cells wide); `tick(rows_done)` runs
        every PROGRESS_EVERY rows."""
        index = self.resolved.index
        blank = width  # each row gets one empty cell more, which unmapped line fields read
        key_at = index[F.ORDER_ID]
        order_values = getter([index[f] for f in self.fields])
        # A line's first five fields, or all of them when the file has per-row amounts or an
        # item status to check (Amazon): the narrower tuple is cheaper for a large generic file.
        layout = self.resolved.layout
        wide = self.resolved.has_row_amounts or layout.drops_cancelled_zero_lines
        line_values = getter([index.get(f, blank) for f in LINE_FIELDS[: None if wide else 5]])
        has_lines = self.resolved.has_lines
        drafts = self.drafts
        padding = [""] * (width + 1)
        row_number = 1
        count = 0
        for row in rows:
            row_number += 1
            if len(row) != width:
                if not row:
                    continue
                row = (row + padding)[:width]
            key = row[key_at].strip()
            if not key:
                if any(cell.strip() for cell in row):
                    count += 1
                    self._problem(row_number, F.ORDER_ID, messages.NO_ORDER_ID, "")
                continue
            count += 1
            values = order_values(row)
            draft = drafts.get(key)
            if draft is None:
                draft = drafts[key] = Draft(row_number, values)
            else:
                draft.rows.append(row_number)
                if values != draft.values:
                    self._merge(key, draft, values, row_number)
            if has_lines:
                row.append("")
                draft.lines.append(line_values(row))
            if tick is not None and not count % PROGRESS_EVERY:
                tick(count)
        self.row_count = count

    def _merge(self, key: str, draft: Draft, values: tuple[str, ...], row_number: int) -> None:
        """Fill the order's empty values from this row; a different non-empty value is a
        conflict unless it means the same ('12.5' and '12.50')."""
        current = draft.values
        if isinstance(current, tuple):
            current = draft.values = list(current)
        for position, value in enumerate(values):
            old = current[position]
            if value == old:
                continue
            new_text = value.strip()
            if not new_text:
                continue
            old_text = old.strip()
            if not old_text:
                current[position] = value
                if draft.sources is None:
                    draft.sources = {}
                draft.sources[position] = row_number
                continue
            field = self.fields[position]
            if _same_meaning(field, old_text, new_text, self.date_order):
                continue
            self._problem(
                row_number, field, messages.CONFLICT, new_text,
                column=self.resolved.name(field), earlier=old_text, row=draft.source(position),
            )
            self.refused.add(key)

    def _problem(self, at: int, field: str, reason: str, value: str, **params: object) -> None:
        if value:
            params.setdefault("value", value)
        self.problems.append(RowProblem(at, self.resolved.name(field), reason, params, value))


def getter(indexes: list[int]) -> Callable[[Sequence[str]], tuple[str, ...]]:
    """An itemgetter that returns a tuple even for one index."""
    if len(indexes) == 1:
        (only,) = indexes
        return lambda row: (row[only],)
    return itemgetter(*indexes)  # type: ignore[return-value]


def _same_meaning(field: str, old: str, new: str, date_order: str) -> bool:
    """Whether two spellings of an order's value agree: ' usd' and 'USD', '12.5' and '12.50',
    '2025-01-05' and '2025-01-05T00:00:00Z'."""
    if " ".join(old.casefold().split()) == " ".join(new.casefold().split()):
        return True
    try:
        if field in AMOUNT_FIELDS:
            return parse_amount(old) == parse_amount(new)
        if field in DATE_FIELDS:
            return parse_datetime(old, date_order) == parse_datetime(new, date_order)
    except ValueError:
        return False
    return False
