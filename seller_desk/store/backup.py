"""Consistent copies of a SQLite shop database, taken while it is in use."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from seller_desk.domain.errors import KnownError
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.store.database import Database

KEEP_BACKUPS = 20


class BackupFailed(KnownError):
    """A backup could not be written (disk full, no permission, not a file database)."""


def backup_database(
    database: Database,
    folder: Path,
    *,
    reason: str = "manual",
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Copy the live database to `folder/<name>-<UTC time>-<reason>.sqlite3` and return the path.

    Uses SQLite's online backup, so readers and writers may go on; a failed copy leaves no file.
    """
    source = database.path
    if source is None:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "Backups from Seller Desk are for database files; back up a server database "
                "with its own tools (for PostgreSQL, pg_dump).",
            )
        )
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
            src.backup(
                dst,
                pages=4096,
                progress=(lambda _s, left, total: progress(total - left, total))
                if progress
                else None,
            )
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise BackupFailed(
            QT_TRANSLATE_NOOP("errors", "Could not write the backup {path}: {reason}"),
            item=str(target), path=target, reason=error,
        ) from None
    _prune(folder, source.stem)
    return target


def _prune(folder: Path, stem: str) -> None:
    backups = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
