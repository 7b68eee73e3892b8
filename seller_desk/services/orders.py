"""Orders as the seller sees them: pages of the Orders table and one order in full."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from seller_desk.domain.money import Money
from seller_desk.services.lookups import order_gone
from seller_desk.services.notes import NoteView, note_views
from seller_desk.services.profit_detail import OrderProfit, order_profit
from seller_desk.services.shipment_view import ShipmentDetail, order_shipments
from seller_desk.services.tables import TableSource
from seller_desk.store.database import Database
from seller_desk.store.models import MarketplaceAccount, Note, OrderStatusChange
from seller_desk.store.queries.orders import ORDERS, order_with_lines


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    placed_at: datetime
    customer: str
    email: str
    account: str
    marketplace: str
    country: str
    status: str
    total: Money
    total_base: Money
    # Contribution margin in the base currency; None until the order is costed.
    margin: Money | None = None

    @property
    def negative(self) -> bool:
        return self.margin is not None and self.margin.minor < 0


def _order_row(
    _base: str, id: int, number: str, placed_at: datetime, name: str, email: str, account: str,
    marketplace: str, country: str, status: str, currency: str, total: int,
    base_currency: str, total_base: int, margin: int | None,
) -> OrderRow:
    return OrderRow(
        id, number, placed_at, name, email, account, marketplace, country, status,
        Money(total, currency), Money(total_base, base_currency),
        None if margin is None else Money(margin, base_currency),
    )


@dataclass(frozen=True)
class OrderLineView:
    sku: str
    title: str
    quantity: int
    unit_price: Money
    total: Money


@dataclass(frozen=True)
class StatusChange:
    old: str
    new: str
    at: datetime
    author: str
    note: str


@dataclass(frozen=True)
class OrderDetail:
    row: OrderRow
    external_id: str
    address: str
    customer_id: int | None
    lines: tuple[OrderLineView, ...]
    subtotal: Money
    shipping: Money
    tax: Money
    discount: Money
    rate_to_base: Decimal
    updated_at: datetime
    ship_name: str = ""
    ship_postcode: str = ""
    billing_address: str = ""
    tags: str = ""
    source: str = ""
    history: tuple[StatusChange, ...] = ()
    notes: tuple[NoteView, ...] = ()
    profit: OrderProfit | None = None
    shipments: tuple[ShipmentDetail, ...] = ()

    @property
    def editable(self) -> bool:
        """Hand-made orders are edited here; marketplace orders where they came from."""
        return self.source == "manual"


class OrdersService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self.table = TableSource(database, ORDERS, _order_row)

    def detail(self, order_id: int) -> OrderDetail:
        with self._db.read_session() as session:
            order = order_with_lines(session, order_id)
            if order is None:
                raise order_gone(order_id)
            account = session.get(MarketplaceAccount, order.account_id)
            assert account is not None
            cur = order.currency
            row = OrderRow(
                order.id, order.number, order.placed_at, order.buyer_name, order.buyer_email,
                account.name, account.marketplace, order.ship_country, order.status,
                Money(order.total_minor, cur), Money(order.total_base_minor, order.base_currency),
                None if order.margin_base_minor is None
                else Money(order.margin_base_minor, order.base_currency),
            )
            lines = tuple(
                OrderLineView(
                    line.sku, line.title, line.quantity, Money(line.unit_price_minor, cur),
                    Money(line.total_minor, cur),
                )
                for line in order.lines
            )
            history = tuple(
                StatusChange(*change) for change in session.execute(
                    select(OrderStatusChange.old_status, OrderStatusChange.new_status,
                           OrderStatusChange.changed_at, OrderStatusChange.author,
                           OrderStatusChange.note)
                    .where(OrderStatusChange.order_id == order.id)
                    .order_by(OrderStatusChange.changed_at, OrderStatusChange.id)))
            return OrderDetail(
                row, order.external_id, order.ship_address, order.customer_id, lines,
                Money(order.subtotal_minor, cur), Money(order.shipping_minor, cur),
                Money(order.tax_minor, cur), Money(order.discount_minor, cur),
                order.rate_to_base, order.updated_at, order.ship_name, order.ship_postcode,
                order.billing_address, order.tags, order.source, history,
                note_views(session, Note.order_id == order.id), order_profit(session, order),
                order_shipments(session, order.id),
            )
