"""Reading order exports and mapped CSV or .xlsx files into ImportedOrder and RowProblem records."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from seller_desk.domain.imports import (
    ColumnMapping,
    FileFormat,
    FileHeader,
    ImportedOrder,
    ParsedFile,
)
from seller_desk.domain.text import Label
from seller_desk.integrations.order_files import messages
from seller_desk.integrations.order_files.building import OrderBuilder
from seller_desk.integrations.order_files.formats import DATE_ORDERS, guess_format, layouts_for
from seller_desk.integrations.order_files.grouping import PROGRESS_EVERY, Grouping
from seller_desk.integrations.order_files.layouts import F, Resolved, resolve
from seller_desk.integrations.order_files.table import Table, load

__all__ = ["guess_format", "read_header", "read_order_file"]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def read_order_file(
    path: Path, file_format: FileFormat, *, mapping: ColumnMapping | None = None,
    encoding: str | None = None, progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ParsedFile:
    """Every order of the file whose rows are all good, and a problem for each bad row.

    `mapping` gives a generic file's columns and date order; for the marketplaces' exports
    only its default currency counts (for a file without a currency column). `encoding`
    overrides the guess. `progress(rows_read, file_size_in_bytes)` is called every few
    thousand rows; when `cancelled()` turns true, InterruptedError is raised.
    Whole-file problems raise FileImportError (a ValidationError)."""
    source = load(path, encoding)
    default_currency = mapping.default_currency if mapping else ""
    date_order = (
        (mapping or ColumnMapping.default()).date_order
        if file_format is FileFormat.GENERIC
        else DATE_ORDERS[file_format]
    )
    first_failure: tuple[Label, tuple[str, ...]] | None = None
    for delimiter in source.delimiters():
        table = source.table(delimiter)
        for layout in layouts_for(file_format, mapping):
            resolved, missing = resolve(layout, table.columns)
            if default_currency and F.CURRENCY not in resolved.index:
                missing = tuple(m for m in missing if m != layout.columns[F.CURRENCY][0])
            if not missing:
                return _parse(table, resolved, date_order, default_currency, progress, cancelled)
            if first_failure is None or len(missing) < len(first_failure[1]):
                first_failure = (layout.expected, missing)
        table.close()
    assert first_failure is not None
    raise messages.missing_columns(path, *first_failure)


def read_header(path: Path, *, encoding: str | None = None, sample: int = 5) -> FileHeader:
    """The header and first `sample` rows of a file, its encoding and delimiter, and the known
    export it looks like; the delimiter is the one that makes it a known export, if any."""
    source = load(path, encoding)
    chosen: tuple[Table, FileFormat | None] | None = None
    for delimiter in source.delimiters():
        table = source.table(delimiter)
        guessed = guess_format(table.columns)
        if chosen is None or guessed is not None:
            if chosen is not None:
                chosen[0].close()
            chosen = (table, guessed)
            if guessed is not None:
                break
        else:
            table.close()
    assert chosen is not None
    table, guessed = chosen
    width = len(table.columns)
    rows: list[tuple[str, ...]] = []
    try:
        for row in table.rows:
            if len(rows) >= sample:
                break
            if any(cell.strip() for cell in row):
                rows.append(tuple((row + [""] * width)[:width]))
    finally:
        table.close()
    return FileHeader(table.columns, tuple(rows), table.encoding, table.delimiter, guessed)


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: a large file makes millions of small objects, none in
    a cycle, and the collector's passes over them would take a third of the time. What is left
    at the end (the orders) goes straight to the oldest generation (freeze, then unfreeze), so
    that waking the collector does not walk all of it at once either."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def _parse(
    table: Table, resolved: Resolved, date_order: str, default_currency: str,
    progress: Progress | None, cancelled: Cancelled | None,
) -> ParsedFile:
    size = table.size

    def tick(rows_done: int) -> None:
        if cancelled is not None and cancelled():
            raise InterruptedError
        if progress is not None:
            progress(rows_done, size)

    tick(0)
    grouping = Grouping(resolved, date_order)
    builder = OrderBuilder(
        resolved, grouping.problems, date_order=date_order, default_currency=default_currency
    )
    orders: list[ImportedOrder] = []
    with _without_cyclic_gc():
        try:
            grouping.read(table.rows, len(table.columns), tick)
        finally:
            table.close()
        for done, (key, draft) in enumerate(grouping.drafts.items(), start=1):
            order = builder.build(draft)
            if order is not None and key not in grouping.refused:
                orders.append(order)
            if not done % PROGRESS_EVERY and cancelled is not None and cancelled():
                raise InterruptedError
        # Free the drafts and memos while the collector still sleeps: it then has only the
        # orders to look at once it wakes.
        row_count, problems = grouping.row_count, grouping.problems
        del grouping, builder
    tick(row_count)
    problems.sort(key=lambda p: p.row)
    return ParsedFile(tuple(orders), tuple(problems), row_count, table.encoding, table.delimiter)

