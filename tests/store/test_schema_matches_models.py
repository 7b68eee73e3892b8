"""The migrations build exactly the tables the models describe, on every backend."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from seller_desk.store.models import Base


def test_migrated_schema_matches_the_models(database):
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": False, "compare_server_default": False})
        differences = compare_metadata(context, Base.metadata)
    ignored = {"alembic_version"}
    assert [d for d in differences if not (
        isinstance(d, tuple) and d[0] == "remove_table" and d[1].name in ignored)] == []
