"""A table as an Excel workbook, streamed: real numbers and dates, a frozen header, a filter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, tzinfo
from itertools import chain, islice
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.money import Money

DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
# Widths come from the first rows (the sheet's columns are written before its rows).
SAMPLE_ROWS = 200
MIN_WIDTH, MAX_WIDTH = 6, 50


def amount_format(currency: str) -> str:
    """Thousands separated, with as many decimals as the currency has (none for yen)."""
    digits = minor_digits(currency)
    return "#,##0." + "0" * digits if digits else "#,##0"


class _Cells:
    """Turns each value into what the sheet stores: numbers as numbers, times in the shop's
    zone (Excel knows no time zones), text as text even where it starts with "="."""

    def __init__(self, sheet: WriteOnlyWorksheet, zone: tzinfo) -> None:
        self.sheet, self.zone = sheet, zone
        self.formats: dict[str, str] = {}

    def cell(self, value: Any) -> Any:
        if value is None or isinstance(value, (bool, int)):
            return value
        if isinstance(value, Money):
            fmt = self.formats.get(value.currency)
            if fmt is None:
                fmt = self.formats[value.currency] = amount_format(value.currency)
            return self._styled(value.amount, fmt)
        if isinstance(value, datetime):
            local = value.astimezone(self.zone) if value.tzinfo else value
            return self._styled(local.replace(tzinfo=None), DATE_TIME_FORMAT)
        if isinstance(value, date):
            return self._styled(value, DATE_FORMAT)
        text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
        if text.startswith("="):  # a name, not a formula
            cell = WriteOnlyCell(self.sheet, value=text)
            cell.data_type = "s"
            return cell
        return text

    def _styled(self, value: Any, number_format: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=value)
        cell.number_format = number_format
        return cell


def _width(value: Any) -> int:
    if isinstance(value, Money):
        return len(f"{value.amount:,}") + 2
    if isinstance(value, datetime):
        return 17
    if isinstance(value, date):
        return 11
    return len(str(value)) + 2 if value is not None else 0


def write_table_book(out: IO[bytes], title: str, columns: Sequence[str],
                     rows: Iterable[Sequence[Any]], zone: tzinfo) -> int:
    """Write `columns` and `rows` as one sheet called `title` to `out`; returns the row count."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])
    stream = iter(rows)
    first = list(islice(stream, SAMPLE_ROWS))
    for at, name in enumerate(columns):
        wide = max([len(name) + 3, *(_width(row[at]) for row in first)])
        sheet.column_dimensions[get_column_letter(at + 1)].width = min(
            MAX_WIDTH, max(MIN_WIDTH, wide))
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    cells = _Cells(sheet, zone)
    count = 0
    for row in chain(first, stream):
        sheet.append([cells.cell(value) for value in row])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(columns), 1))}{count + 1}"
    book.save(out)
    return count
