"""Bringing a database to this version's schema: refuse newer ones, back up, then upgrade."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError

from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.store.backup import backup_database
from seller_desk.store.database import Database, DatabaseUnusable

MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    foreign: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def _script() -> ScriptDirectory:
    """The migration scripts, read from disk once per process (the status bar asks often)."""
    return ScriptDirectory.from_config(_config())


def schema_state(database: Database) -> SchemaState:
    """Where the database stands against this version's migrations."""
    script = _script()
    head = script.get_current_head()
    assert head is not None
    tables = database.table_names()
    with database.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    foreign = current is None and bool(tables - {"alembic_version"})
    return SchemaState(current, head, foreign)


def check_schema(database: Database, state: SchemaState) -> None:
    """Refuse a database of another program or of a newer Seller Desk before writing anything."""
    script = _script()
    if state.foreign:
        raise DatabaseUnusable(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} holds tables of another program, not a Seller Desk shop; "
                "it was left untouched.",
            ),
            item=database.display_name, name=database.display_name,
        )
    if state.current is not None and not _known_revision(script, state.current):
        raise DatabaseUnusable(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} was made by a newer version of Seller Desk (schema {revision}); "
                "please update Seller Desk to open it.",
            ),
            item=database.display_name, name=database.display_name, revision=state.current,
        )


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(database: Database, backup_dir: Path | None) -> Path | None:
    """Bring the schema to head; an existing shop is backed up first. Returns the backup path."""
    state = schema_state(database)
    check_schema(database, state)
    if state.up_to_date:
        return None
    backup = None
    if state.current is not None and backup_dir is not None and database.is_sqlite:
        backup = backup_database(database, backup_dir, reason="before-upgrade")
    config = _config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
