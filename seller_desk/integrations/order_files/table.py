"""A file as a header and rows of text: CSV in any delimiter and encoding, or an .xlsx sheet."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from seller_desk.integrations.order_files import messages
from seller_desk.integrations.order_files.decoding import NotText, decode

DELIMITERS: tuple[str, ...] = (",", "\t", ";", "|")
_WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls"})
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class Table:
    """The header row and an iterator over the data rows (row 2 onwards, blank rows included
    as empty lists so that row numbers stay those a spreadsheet shows)."""

    columns: tuple[str, ...]
    rows: Iterator[list[str]]
    encoding: str  # "" for a workbook
    delimiter: str  # "" for a workbook
    size: int  # the file's size in bytes

    def close(self) -> None:
        """Let go of the rows not read (a workbook's file is closed)."""
        close = getattr(self.rows, "close", None)
        if close is not None:
            close()


@dataclass(frozen=True)
class Source:
    """A file read into memory: decoded text, or the path of a workbook."""

    path: Path
    size: int
    text: str | None = None  # None for a workbook
    encoding: str = ""

    @property
    def is_workbook(self) -> bool:
        return self.text is None

    def delimiters(self) -> tuple[str, ...]:
        """The delimiters to try, most likely first (by count in the header line)."""
        if self.text is None:
            return ("",)
        first_line = self.text[: self.text.find("\n")] if "\n" in self.text else self.text
        counts = {d: first_line.count(d) for d in DELIMITERS}
        return tuple(sorted(DELIMITERS, key=lambda d: -counts[d]))

    def table(self, delimiter: str) -> Table:
        if self.text is None:
            return _workbook_table(self)
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=delimiter)
        rows = _guarded(reader, self.path)
        header = next(rows, None)
        if header is None or not any(cell.strip() for cell in header):
            raise messages.no_header(self.path)
        return Table(_header(header), rows, self.encoding, delimiter, self.size)


def load(path: Path, encoding: str | None = None) -> Source:
    """Read `path` into memory, deciding between workbook and text and decoding the text."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise messages.missing_file(path) from None
    except OSError as error:
        raise messages.unreadable(path, error) from None
    if not data.strip():
        raise messages.empty_file(path)
    if data.startswith(_ZIP_MAGIC):
        return Source(path, len(data))
    if path.suffix.lower() in _WORKBOOK_SUFFIXES:
        raise messages.not_workbook(path)
    try:
        text, used = decode(data, encoding)
    except LookupError:
        raise messages.unknown_encoding(path, encoding or "") from None
    except NotText as error:
        raise messages.not_text(path, str(error)) from None
    if not text.strip():
        raise messages.empty_file(path)
    return Source(path, len(data), text, used)


def _header(cells: list[str]) -> tuple[str, ...]:
    columns = [cell.strip() for cell in cells]
    columns[0] = columns[0].lstrip("\ufeff").strip()
    return tuple(columns)


def _guarded(reader: Iterator[list[str]], path: Path) -> Iterator[list[str]]:
    """The reader's rows, with a CSV syntax error turned into a seller-facing one."""
    row = 0
    try:
        for row, cells in enumerate(reader, start=1):  # noqa: B007 - row is read after the loop
            yield cells
    except csv.Error as error:
        raise messages.bad_csv(path, row + 1, str(error)) from None


def _workbook_table(source: Source) -> Table:
    import openpyxl  # a workbook is rare; keep start-up light
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise messages.not_workbook(source.path) from None
    if not book.worksheets:
        book.close()
        raise messages.not_workbook(source.path)
    rows = _sheet_rows(book.worksheets[0].iter_rows(values_only=True), book)
    header = next(rows, None)
    if header is None:
        raise messages.empty_file(source.path)
    if not any(cell.strip() for cell in header):
        book.close()
        raise messages.no_header(source.path)
    return Table(_header(header), rows, "", "", source.size)


def _sheet_rows(values: Iterator[tuple[object, ...]], book: object) -> Iterator[list[str]]:
    try:
        for cells in values:
            yield [cell_text(cell) for cell in cells]
    finally:
        book.close()  # type: ignore[attr-defined]


def cell_text(value: object) -> str:
    """A workbook cell as the text a CSV export would hold: numbers exact (a float through its
    shortest repr, never float arithmetic), dates in ISO 8601."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        number = Decimal(str(value))
        if number == number.to_integral_value():
            return str(number.quantize(Decimal(1)))
        return format(number, "f")
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
