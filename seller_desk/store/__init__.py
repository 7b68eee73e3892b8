"""Persistence: ORM tables, engine and sessions, migrations, read-side queries, backups."""
