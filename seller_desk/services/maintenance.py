"""Looking after the database file: what it is, how big, and backing it up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from seller_desk.services.progress import Job
from seller_desk.store.backup import backup_database
from seller_desk.store.database import Database
from seller_desk.store.migrate import schema_state
from seller_desk.store.models import Customer, Listing, Order


@dataclass(frozen=True)
class DatabaseInfo:
    name: str
    backend: str
    size_bytes: int | None
    schema: str | None
    schema_head: str
    orders: int
    customers: int
    listings: int


class MaintenanceService:
    def __init__(self, database: Database, backup_dir: Path) -> None:
        self._db = database
        self.backup_dir = backup_dir

    def info(self) -> DatabaseInfo:
        state = schema_state(self._db)
        with self._db.read_session() as session:
            counts = [
                int(session.scalar(select(func.count()).select_from(table)) or 0)
                for table in (Order, Customer, Listing)
            ]
        return DatabaseInfo(
            self._db.display_name, self._db.url.get_backend_name(), self._db.size_bytes(),
            state.current, state.head, *counts,
        )

    def backup(self, job: Job) -> Path:
        """A consistent copy of the database in the backups folder, with progress."""
        return backup_database(
            self._db, self.backup_dir,
            progress=lambda done, total: job.report(done, total, "Backing up"),
        )
