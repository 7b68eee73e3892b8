"""Customers as the seller sees them: pages of the Customers table and one customer in full."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from seller_desk.domain.errors import NotFoundError
from seller_desk.domain.money import Money
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.tables import TableSource
from seller_desk.store.database import Database
from seller_desk.store.models import Customer, MarketplaceAccount, Order
from seller_desk.store.queries.customers import CUSTOMERS
from seller_desk.store.queries.settings import base_currency


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


@dataclass(frozen=True)
class CustomerOrder:
    id: int
    number: str
    placed_at: datetime
    status: str
    total: Money


@dataclass(frozen=True)
class CustomerDetail:
    row: CustomerRow
    city: str
    postcode: str
    currency: str
    account: str
    created_at: datetime
    recent_orders: tuple[CustomerOrder, ...]


class CustomersService:
    RECENT = 50

    def __init__(self, database: Database) -> None:
        self._db = database
        self.table = TableSource(database, CUSTOMERS, _customer_row)

    def detail(self, customer_id: int) -> CustomerDetail:
        with self._db.read_session() as session:
            c = session.get(Customer, customer_id)
            if c is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "Customer {id} no longer exists."), id=customer_id
                )
            account = session.get(MarketplaceAccount, c.account_id) if c.account_id else None
            orders = session.execute(
                select(Order.id, Order.number, Order.placed_at, Order.status, Order.currency,
                       Order.total_minor)
                .where(Order.customer_id == customer_id)
                .order_by(Order.placed_at.desc())
                .limit(self.RECENT)
            )
            row = _customer_row(
                base_currency(session), c.id, c.name, c.email, c.phone, c.country, c.language,
                c.order_count, c.spent_base_minor, c.first_order_at, c.last_order_at,
            )
            return CustomerDetail(
                row, c.city, c.postcode, c.currency, account.name if account else "",
                c.created_at,
                tuple(
                    CustomerOrder(oid, number, placed, status, Money(total, currency))
                    for oid, number, placed, status, currency, total in orders
                ),
            )
