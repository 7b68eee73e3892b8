"""Customers as the seller sees them: pages of the Customers table and one customer in full."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from seller_desk.domain.money import Money
from seller_desk.services.tables import TableSource
from seller_desk.store.database import Database
from seller_desk.store.queries.customers import CUSTOMERS


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    email: str
    phone: str
    country: str
    language: str
    orders: int
    spent: Money
    first_order: datetime | None
    last_order: datetime | None


def _customer_row(
    base: str, id: int, name: str, email: str, phone: str, country: str, language: str,
    orders: int, spent: int, first: datetime | None, last: datetime | None,
) -> CustomerRow:
    return CustomerRow(
        id, name, email, phone, country, language, orders, Money(spent, base), first, last
    )


class CustomersService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self.table = TableSource(database, CUSTOMERS, _customer_row)
