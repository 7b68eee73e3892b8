"""Orders and customers written out as CSV (UTF-8 with BOM, for Excel) or JSON, streamed."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

from sqlalchemy import Select, select

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.money import Money
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.progress import Job
from seller_desk.store.database import Database
from seller_desk.store.models import Customer, MarketplaceAccount, Order
from seller_desk.store.queries.settings import base_currency

FORMATS = ("csv", "json")


@dataclass(frozen=True)
class ExportTable:
    columns: tuple[str, ...]
    query: Callable[[], Select[Any]]
    row: Callable[[tuple[Any, ...], str], tuple[Any, ...]]


def _amount(minor: int, currency: str) -> str:
    return str(Money(minor, currency).amount)


def _when(value: datetime | None) -> str:
    return value.isoformat() if value is not None else ""


TABLES: dict[str, ExportTable] = {
    "orders": ExportTable(
        ("number", "placed_at", "store", "marketplace", "status", "customer", "email",
         "country", "currency", "total", "base_currency", "total_base", "items", "tags"),
        lambda: select(Order.number, Order.placed_at, MarketplaceAccount.name,
                       MarketplaceAccount.marketplace, Order.status, Order.buyer_name,
                       Order.buyer_email, Order.ship_country, Order.currency, Order.total_minor,
                       Order.base_currency, Order.total_base_minor, Order.item_count,
                       Order.tags)
        .join(MarketplaceAccount, MarketplaceAccount.id == Order.account_id)
        .order_by(Order.placed_at, Order.id),
        lambda r, _b: (r[0], _when(r[1]), *r[2:8], r[8], _amount(r[9], r[8]), r[10],
                       _amount(r[11], r[10]), r[12], r[13]),
    ),
    "customers": ExportTable(
        ("id", "name", "email", "phone", "country", "language", "orders", "spent",
         "currency", "first_order", "last_order", "tags", "marketing_consent"),
        lambda: select(Customer.id, Customer.name, Customer.email, Customer.phone,
                       Customer.country, Customer.language, Customer.order_count,
                       Customer.spent_base_minor, Customer.first_order_at,
                       Customer.last_order_at, Customer.tags, Customer.marketing_consent)
        .where(Customer.merged_into_id.is_(None)).order_by(Customer.id),
        lambda r, base: (*r[:7], _amount(r[7], base), base, _when(r[8]), _when(r[9]), r[10],
                         r[11]),
    ),
}


class ExportService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def rows(self, table: str, job: Job | None = None) -> Iterator[tuple[Any, ...]]:
        spec = TABLES[table]
        with self._db.read_session() as session:
            base = base_currency(session)
            result = session.execute(spec.query().execution_options(yield_per=5000))
            for count, row in enumerate(result, start=1):
                if job is not None and count % 5000 == 0:
                    job.check()
                    job.report(count, 0, QT_TRANSLATE_NOOP("export", "Exporting…"))
                yield spec.row(tuple(row), base)

    def write(self, table: str, fmt: str, out: TextIO, job: Job | None = None) -> int:
        """Write every row of `table` to `out`; returns how many. CSV starts with a BOM when
        `out` is a file the caller opened for it (Excel needs it for Chinese)."""
        if table not in TABLES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("export", "Cannot export {table}; choose one of: {known}."),
                item=table, table=table, known=", ".join(TABLES))
        if fmt not in FORMATS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("export", "Unknown format {format}; choose csv or json."),
                item=fmt, format=fmt)
        columns = TABLES[table].columns
        count = 0
        if fmt == "csv":
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(columns)
            for row in self.rows(table, job):
                writer.writerow(row)
                count += 1
            return count
        out.write("[")
        for count, row in enumerate(self.rows(table, job), start=1):
            out.write(",\n " if count > 1 else "\n ")
            out.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False))
        out.write("\n]\n")
        return count
