"""Upgrading a shop made at schema 0001 to 0002: new columns get defaults, customers get their
match keys, and nothing that was there changes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.exc import IntegrityError

from seller_desk.services.customer_profile import CustomerProfiles
from seller_desk.services.merges import MergeService
from seller_desk.store.database import Database
from seller_desk.store.migrate import MIGRATIONS, schema_state, upgrade

WHEN = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)
NEW_TABLES = {"customer_identities", "customer_merges", "merge_moves", "notes", "note_revisions",
              "follow_ups", "feedback", "complaints", "order_status_changes", "import_mappings",
              "reply_templates", "loyalty_entries", "campaigns", "campaign_members",
              "exchange_rates"}


def at_revision_0001(url: str) -> Database:
    db = Database.open(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    return db


def fill_0001(db: Database) -> None:
    """A small shop written as version 0001 wrote it (plain SQL: today's models differ)."""
    meta = sa.MetaData()
    meta.reflect(db.engine)
    t = meta.tables
    customer = dict(account_id=1, name_key="", phone_key="", language="", currency="USD",
                    city="", postcode="", created_at=WHEN, order_count=0, spent_base_minor=0,
                    first_order_at=None, last_order_at=None, country="")
    order = dict(account_id=1, placed_at=WHEN, buyer_name="", buyer_name_key="", buyer_email="",
                 ship_country="DE", ship_address="1 Main St", currency="EUR", shipping_minor=0,
                 tax_minor=0, discount_minor=0, base_currency="USD", rate_to_base="1.1",
                 item_count=1, updated_at=WHEN, status="paid")
    with db.engine.begin() as c:
        c.execute(t["settings"].insert(), [{"key": "base_currency", "value": "USD"}])
        c.execute(t["marketplace_accounts"].insert(), [
            {"id": 1, "marketplace": "shopify", "name": "Main", "store_url": "",
             "currency": "USD", "created_at": WHEN}])
        c.execute(t["customers"].insert(), [
            {**customer, "id": 1, "name": "Anna Müller", "email": "Anna@Mail.de",
             "phone": "+49 30 1234567", "country": "DE", "postcode": "10115",
             "order_count": 2, "spent_base_minor": 7700, "first_order_at": WHEN,
             "last_order_at": WHEN},
            {**customer, "id": 2, "name": "Guest", "email": "anonymous@example.com",
             "phone": ""},
            {**customer, "id": 3, "name": "A. Müller", "email": "", "phone": "030 1234567",
             "country": "DE"},
        ])
        c.execute(t["orders"].insert(), [
            {**order, "id": n, "external_id": f"#{n}", "number": f"#{n}",
             "number_key": f"#{n}", "customer_id": 1, "subtotal_minor": total,
             "total_minor": total, "total_base_minor": base}
            for n, total, base in ((1, 4000, 4400), (2, 3000, 3300))])
        c.execute(t["order_lines"].insert(), [
            {"id": n, "order_id": n, "listing_id": None, "sku": "LAMP", "sku_key": "lamp",
             "title": "Lamp", "quantity": 1, "unit_price_minor": total, "total_minor": total}
            for n, total in ((1, 4000), (2, 3000))])


def tables(db: Database) -> dict[str, sa.Table]:
    meta = sa.MetaData()
    meta.reflect(db.engine)
    return dict(meta.tables)


def rows(db: Database, table: sa.Table, columns: tuple[str, ...] | None = None) -> list[tuple]:
    chosen = [table.c[name] for name in columns] if columns else list(table.c)
    with db.engine.connect() as c:
        # Tables without an id (campaign members) are compared in their key order.
        key = table.c.id if "id" in table.c else next(iter(table.primary_key.columns))
        return [tuple(r) for r in c.execute(sa.select(*chosen).order_by(key))]


@pytest.fixture
def old_shop(database_url: str):
    db = at_revision_0001(database_url)
    fill_0001(db)
    yield db
    db.close()


def test_a_0001_shop_upgrades_with_defaults_and_match_keys(old_shop: Database, tmp_path: Path):
    db = old_shop
    assert schema_state(db).current == "0001"
    before = tables(db)
    old = {name: (tuple(before[name].c.keys()), rows(db, before[name]))
           for name in ("customers", "orders", "order_lines", "marketplace_accounts")}
    backup = upgrade(db, tmp_path / "backups")
    assert schema_state(db).up_to_date
    assert (backup is not None and backup.exists()) == db.is_sqlite
    after = tables(db)
    assert set(after) >= NEW_TABLES
    for name, (columns, values) in old.items():
        assert rows(db, after[name], columns) == values  # every old value as it was
    customers, orders = after["customers"], after["orders"]
    keys = rows(db, customers, ("id", "email_key", "phone_match", "name_postcode_key", "masked"))
    assert keys == [(1, "anna@mail.de", "49301234567", "anna muller|10115", False),
                    (2, "", "", "", True),
                    (3, "", "49301234567", "", False)]
    defaults = rows(db, customers, ("tags", "marketing_consent", "consent_changed_at",
                                    "merged_into_id", "erased_at"))
    assert defaults == [("", "", None, None, None)] * 3
    assert rows(db, orders, ("ship_name", "ship_postcode", "billing_address", "tags", "source",
                             "source_hash")) == [("", "", "", "", "", "")] * 2
    # 0003: nothing refunded, no test orders
    assert rows(db, orders, ("refunded_minor", "refunded_base_minor", "is_test")) == [
        (0, 0, False)] * 2
    for name in NEW_TABLES:
        assert rows(db, after[name]) == []


def test_the_upgraded_shop_works_with_the_new_features(old_shop: Database, tmp_path: Path):
    db = old_shop
    upgrade(db, tmp_path / "backups")
    (suggestion,) = MergeService(db).suggestions()
    assert suggestion.ids == (1, 3)
    MergeService(db).merge(1, [3])
    profile = CustomerProfiles(db).profile(1)
    assert (profile.email, profile.orders, profile.masked) == ("anna@mail.de", 2, False)
    with pytest.raises(IntegrityError), db.engine.begin() as c:  # the new key is enforced
        c.execute(sa.text("UPDATE customers SET merged_into_id = 99 WHERE id = 2"))
    assert upgrade(db, tmp_path / "backups") is None  # already at head
