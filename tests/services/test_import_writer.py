"""The import writer's digest sees every field, and bulk ids never collide."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, datetime

import pytest

from seller_desk.domain.imports import ImportedCustomer, ImportedLine, ImportedOrder
from seller_desk.domain.orders import OrderStatus
from seller_desk.services.imports.writer import digest
from seller_desk.store.ids import reserve_ids
from seller_desk.store.models import Order
from tests.factories import make_shop

ORDER = ImportedOrder(
    "E1", "#1", datetime(2026, 1, 2, tzinfo=UTC), OrderStatus.PAID, "USD", 100, 5, 1, 2, 104,
    ImportedCustomer("c1", "a@b.example", "Ann", "+1 555", "US", "Austin", "78701", True),
    "US", "1 Road", ("gift",), (ImportedLine("SKU", "Lamp", 1, 100),), (2,),
)
CHANGED = {str: "changed", int: 999, bool: False, datetime: datetime(2027, 1, 1, tzinfo=UTC)}


def _other(value: object) -> object:
    if isinstance(value, OrderStatus):
        return OrderStatus.SHIPPED
    if isinstance(value, tuple):
        return ("other",)
    return CHANGED[type(value)]


@pytest.mark.parametrize("name", [f.name for f in fields(ImportedOrder) if f.name != "rows"])
def test_digest_changes_with_every_order_field(name):
    value = getattr(ORDER, name)
    if name == "customer":
        return
    if name == "lines":
        assert digest(replace(ORDER, lines=(ImportedLine("SKU", "Lamp", 2, 100),))) != digest(
            ORDER)
        return
    assert digest(replace(ORDER, **{name: _other(value)})) != digest(ORDER)


@pytest.mark.parametrize("name", [f.name for f in fields(ImportedCustomer)])
def test_digest_changes_with_every_buyer_field(name):
    buyer = replace(ORDER.customer, **{name: _other(getattr(ORDER.customer, name))})
    assert digest(replace(ORDER, customer=buyer)) != digest(ORDER)


def test_digest_ignores_where_in_the_file_the_order_stood():
    assert digest(replace(ORDER, rows=(40, 41))) == digest(ORDER)


def test_reserved_ids_are_free_and_consecutive_in_order(database):
    make_shop(database)
    with database.session() as session:
        taken = set(session.scalars(Order.__table__.select().with_only_columns(Order.id)))
        first = reserve_ids(session, Order.__table__, 3)
        second = reserve_ids(session, Order.__table__, 0)
    assert len(set(first)) == 3 and not taken & set(first) and second == []
    assert first == sorted(first) and min(first) > max(taken)
