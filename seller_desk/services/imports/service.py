"""Import use cases: read a file, show what would change, then write all of it or nothing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.imports import ColumnMapping, FileFormat, FileHeader, RowProblem
from seller_desk.domain.orders import Marketplace
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.authors import author_name
from seller_desk.services.imports.writer import OrderWriter, RateBook, chunks
from seller_desk.services.progress import Cancelled, Job
from seller_desk.store.customer_stats import refresh_customer_stats
from seller_desk.store.database import Database
from seller_desk.store.models import ImportMapping
from seller_desk.store.queries.settings import base_currency

MARKETPLACE_OF: dict[FileFormat, Marketplace] = {
    FileFormat.SHOPIFY: Marketplace.SHOPIFY,
    FileFormat.WOOCOMMERCE: Marketplace.WOOCOMMERCE,
    FileFormat.ETSY: Marketplace.ETSY,
    FileFormat.AMAZON: Marketplace.AMAZON,
    FileFormat.GENERIC: Marketplace.MANUAL,
}


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that nothing it wrote is kept."""


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did (or, for a preview or a refused file, would do)."""

    file: str
    account: str
    encoding: str
    rows: int
    orders: int
    new: int
    updated: int
    unchanged: int
    problems: tuple[RowProblem, ...]
    written: bool

    @property
    def rejected_rows(self) -> int:
        return len({p.row for p in self.problems})


class ImportService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def header(self, path: Path, encoding: str | None = None) -> FileHeader:
        from seller_desk.integrations.order_files import read_header  # only when importing

        return read_header(path, encoding=encoding)

    def run(
        self, path: Path, file_format: FileFormat, *, account: str = "",
        mapping: ColumnMapping | None = None, encoding: str | None = None,
        rates: Mapping[str, Decimal] | None = None, skip_bad: bool = False,
        dry_run: bool = False, job: Job | None = None,
    ) -> ImportOutcome:
        """Import `path`. With any bad row nothing is written unless `skip_bad`; a dry run
        counts what would change and writes nothing. Either way the database is never
        half-written: everything happens in one transaction."""
        from seller_desk.integrations.order_files import read_order_file  # only when importing

        job = job or Job()
        try:
            parsed = read_order_file(
                path, file_format, mapping=mapping, encoding=encoding,
                progress=lambda done, total: job.report(done, total, QT_TRANSLATE_NOOP(
                    "import", "Reading the file…")),
                cancelled=lambda: job.cancelled)
        except InterruptedError:
            raise Cancelled() from None
        job.check()
        account_name = account.strip() or _default_account(file_format)
        problems = list(parsed.problems)
        writer_counts = None
        written = False
        try:
            with self._db.session() as session:
                book = RateBook(session, base_currency(session), dict(rates or {}))
                problems += book.missing(parsed.orders)
                bad_rows = {p.row for p in problems}
                orders = [o for o in parsed.orders if not bad_rows.intersection(o.rows)]
                writer = OrderWriter(session, account_name, MARKETPLACE_OF[file_format], book,
                                     author_name(session))
                writer_counts = writer.counts
                account_name = writer.account_name
                for done, chunk in enumerate(chunks(orders)):
                    job.check()
                    writer.write(chunk)
                    job.report(done * len(chunk), len(orders),
                               QT_TRANSLATE_NOOP("import", "Writing orders…"))
                job.report(len(orders), len(orders), QT_TRANSLATE_NOOP(
                    "import", "Updating customer totals…"))
                refresh_customer_stats(session, writer.touched)
                if dry_run or (problems and not skip_bad):
                    raise _DryRun
                written = True
        except _DryRun:
            pass
        except InterruptedError:
            raise Cancelled() from None
        counts = writer_counts
        assert counts is not None
        return ImportOutcome(
            str(path), account_name, parsed.encoding, parsed.row_count, len(parsed.orders),
            counts.new, counts.updated, counts.unchanged,
            tuple(sorted(problems, key=lambda p: (p.row, p.column))), written)

    # Saved column mappings of generic files, per source.
    def saved_mappings(self) -> dict[str, ColumnMapping]:
        with self._db.read_session() as session:
            return {row.source: ColumnMapping.from_json(row.mapping)
                    for row in session.scalars(select(ImportMapping)
                                               .order_by(ImportMapping.source))}

    def mapping_for(self, columns: tuple[str, ...]) -> tuple[str, ColumnMapping] | None:
        """The mapping last saved for a file with exactly these columns."""
        header = "\t".join(columns)
        with self._db.read_session() as session:
            row = session.scalar(select(ImportMapping).where(ImportMapping.header == header)
                                 .order_by(ImportMapping.updated_at.desc()).limit(1))
            return (row.source, ColumnMapping.from_json(row.mapping)) if row else None

    def save_mapping(self, source: str, columns: tuple[str, ...], mapping: ColumnMapping) -> None:
        name = " ".join(source.split())[:120]
        if not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("import", "Name the source this mapping is for."),
                item="source")
        with self._db.session() as session:
            row = session.scalar(select(ImportMapping).where(ImportMapping.source == name))
            if row is None:
                row = ImportMapping(source=name)
                session.add(row)
            row.header = "\t".join(columns)
            row.mapping = mapping.to_json()
            row.updated_at = datetime.now(UTC)


def _default_account(file_format: FileFormat) -> str:
    return {
        FileFormat.SHOPIFY: "Shopify", FileFormat.WOOCOMMERCE: "WooCommerce",
        FileFormat.ETSY: "Etsy", FileFormat.AMAZON: "Amazon",
        FileFormat.GENERIC: QT_TRANSLATE_NOOP("import", "Imported orders"),
    }[file_format]

