"""Orders, customers and returns written out, streamed: CSV (UTF-8 with BOM, for Excel), JSON,
or an Excel workbook with real numbers and dates."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime, tzinfo
from typing import IO, Any

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.money import Money
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.reports.table_book import write_table_book
from seller_desk.services.export_tables import TABLES, ExportTable
from seller_desk.services.progress import Job
from seller_desk.services.shop_time import shop_zone
from seller_desk.store.database import Database
from seller_desk.store.queries.settings import base_currency, stored_settings

FORMATS = ("csv", "json", "xlsx")
BINARY_FORMATS = frozenset({"xlsx"})
NEEDS_A_FILE = QT_TRANSLATE_NOOP(
    "export", "An Excel workbook is a binary file: write it to a file (--out FILE).")

__all__ = ["BINARY_FORMATS", "FORMATS", "TABLES", "ExportService", "ExportTable"]


def _text(value: Any) -> Any:
    """A cell as CSV and JSON show it: amounts exactly, times in ISO 8601, nothing as ""."""
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, datetime):
        return value.isoformat()
    return "" if value is None else value


class ExportService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def rows(self, table: str, job: Job | None = None) -> Iterator[tuple[Any, ...]]:
        """The table's rows as typed values (see export_tables)."""
        spec = TABLES[table]
        with self._db.read_session() as session:
            base = base_currency(session)
            result = session.execute(spec.query().execution_options(yield_per=5000))
            for count, row in enumerate(result, start=1):
                if job is not None and count % 5000 == 0:
                    job.check()
                    job.report(count, 0, QT_TRANSLATE_NOOP("export", "Exporting…"))
                yield spec.row(tuple(row), base)

    def _zone(self) -> tzinfo:
        with self._db.read_session() as session:
            return shop_zone(stored_settings(session).get("timezone", ""))

    def write(self, table: str, fmt: str, out: IO[Any], job: Job | None = None) -> int:
        """Write every row of `table` to `out`; returns how many. CSV starts with a BOM when
        `out` is a file the caller opened for it (Excel needs it for Chinese); an Excel
        workbook needs `out` opened in binary mode, and shows times in the shop's zone."""
        if table not in TABLES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("export", "Cannot export {table}; choose one of: {known}."),
                item=table, table=table, known=", ".join(TABLES))
        if fmt not in FORMATS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("export", "Unknown format {format}; choose csv, json or "
                                  "xlsx."), item=fmt, format=fmt)
        columns = TABLES[table].columns
        if fmt == "xlsx":
            if isinstance(out, io.TextIOBase):
                raise ValidationError(NEEDS_A_FILE, item=fmt)
            return write_table_book(out, table, columns, self.rows(table, job), self._zone())
        count = 0
        if fmt == "csv":
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(columns)
            for row in self.rows(table, job):
                writer.writerow(["true" if v is True else "false" if v is False else _text(v)
                                 for v in row])
                count += 1
            return count
        out.write("[")
        for count, row in enumerate(self.rows(table, job), start=1):
            out.write(",\n " if count > 1 else "\n ")
            out.write(json.dumps(dict(zip(columns, map(_text, row), strict=True)),
                                 ensure_ascii=False))
        out.write("\n]\n")
        return count
