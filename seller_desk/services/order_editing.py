"""Hand-made orders (email and phone orders), status changes with history, and order tags."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from seller_desk.domain.currencies import normalise_currency
from seller_desk.domain.errors import KnownError, ValidationError
from seller_desk.domain.identity import email_key
from seller_desk.domain.money import Money
from seller_desk.domain.order_rules import LineDraft, check_status_move, clean_tags, order_totals
from seller_desk.domain.orders import Marketplace, OrderStatus
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.authors import author_name
from seller_desk.services.lookups import customer_or_gone, order_or_gone
from seller_desk.store.accounts import account_named
from seller_desk.store.customer_stats import refresh_customer_stats
from seller_desk.store.database import Database
from seller_desk.store.models import Customer, Order, OrderLine, OrderStatusChange
from seller_desk.store.people import add_customer
from seller_desk.store.queries.profit_costing import forget_costs
from seller_desk.store.queries.rates import known_rate
from seller_desk.store.queries.settings import base_currency
from seller_desk.store.types import fold

MANUAL_ACCOUNT = QT_TRANSLATE_NOOP("orders", "Manual orders")


@dataclass(frozen=True)
class NewBuyer:
    """A customer typed in with a hand-made order."""

    name: str
    email: str = ""
    phone: str = ""
    country: str = ""
    language: str = ""
    postcode: str = ""


@dataclass(frozen=True)
class OrderDraft:
    placed_at: datetime
    currency: str
    lines: tuple[LineDraft, ...]
    customer_id: int | None = None
    new_buyer: NewBuyer | None = None
    status: OrderStatus = OrderStatus.PAID
    number: str = ""
    shipping_minor: int = 0
    tax_minor: int = 0
    discount_minor: int = 0
    ship_name: str = ""
    ship_address: str = ""
    ship_country: str = ""
    ship_postcode: str = ""
    billing_address: str = ""
    tags: str = ""
    # Units of the base currency per unit of the order's; None looks up the shop's own rate.
    rate_to_base: Decimal | None = None


@dataclass(frozen=True)
class BulkOutcome:
    changed: tuple[str, ...]
    refused: tuple[KnownError, ...] = field(default_factory=tuple)


def _rate(session: Session, draft: OrderDraft, currency: str, base: str) -> Decimal:
    if currency == base:
        return Decimal(1)  # an amount in the base currency is never converted
    rate = draft.rate_to_base or known_rate(session, currency, base, draft.placed_at)
    if rate is None or not rate.is_finite() or rate <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "orders", "Seller Desk has no exchange rate from {currency} to {base} yet; "
                "type the rate you were paid at."),
            item="rate", currency=currency, base=base,
        )
    return rate


def _number_taken(session: Session, account_id: int, number: str) -> bool:
    return session.scalar(select(Order.id).where(
        Order.account_id == account_id, Order.external_id == number).limit(1)) is not None


def _next_number(session: Session, account_id: int) -> str:
    """The next free M-number: after the count of orders, skipping numbers typed by hand."""
    count = session.scalar(select(func.count(Order.id)).where(Order.account_id == account_id))
    serial = (count or 0) + 1
    while _number_taken(session, account_id, f"M-{serial:05d}"):
        serial += 1
    return f"M-{serial:05d}"


def _typed_number(session: Session, account_id: int, number: str) -> str:
    if _number_taken(session, account_id, number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("orders", "There is already an order numbered {number}."),
            item="number", number=number)
    return number


class OrderEditor:
    def __init__(self, database: Database) -> None:
        self._db = database

    def rate_for(self, currency: str, day: datetime) -> Decimal | None:
        """The rate a new order in `currency` would be converted at (for the editor to show)."""
        with self._db.read_session() as session:
            return known_rate(session, normalise_currency(currency), base_currency(session), day)

    def save(self, draft: OrderDraft, order_id: int | None = None) -> int:
        """Create a hand-made order, or rewrite one; returns its id. Nothing is written when
        anything is wrong."""
        currency = normalise_currency(draft.currency)
        totals = order_totals(draft.lines, draft.shipping_minor, draft.tax_minor,
                              draft.discount_minor)
        for line in draft.lines:
            Money(line.unit_price_minor, currency)
        with self._db.session() as session:
            base = base_currency(session)
            rate = _rate(session, draft, currency, base)
            author = author_name(session)
            now = datetime.now(UTC)
            order = self._order_to_edit(session, order_id) if order_id else None
            customer = self._customer(session, draft, now)
            if order is None:
                account = account_named(session, MANUAL_ACCOUNT, Marketplace.MANUAL, base)
                number = (_typed_number(session, account.id, draft.number.strip()[:64])
                          if draft.number.strip() else _next_number(session, account.id))
                order = Order(account_id=account.id, external_id=number, source="manual",
                              status=draft.status.value, number=number)
                session.add(order)
                old_status = ""
            else:
                old_status = order.status
                if draft.status.value != old_status:
                    check_status_move(order.number, OrderStatus(old_status), draft.status)
                order.lines.clear()
                if draft.number.strip():
                    order.number = draft.number.strip()[:64]
            previous_customer = order.customer_id
            order.number_key = fold(order.number)
            order.placed_at = draft.placed_at
            order.status = draft.status.value
            order.customer_id = customer.id if customer else None
            order.buyer_name = customer.name if customer else draft.ship_name
            order.buyer_name_key = fold(order.buyer_name)[:120]
            order.buyer_email = customer.email if customer else ""
            order.ship_name = draft.ship_name.strip()[:120]
            order.ship_address = draft.ship_address.strip()[:500]
            order.ship_country = draft.ship_country.strip().upper()[:2]
            order.ship_postcode = draft.ship_postcode.strip()[:20]
            order.billing_address = draft.billing_address.strip()[:500]
            order.tags = clean_tags(draft.tags)
            order.currency = currency
            order.subtotal_minor = totals.subtotal_minor
            order.shipping_minor = draft.shipping_minor
            order.tax_minor = draft.tax_minor
            order.discount_minor = draft.discount_minor
            order.total_minor = totals.total_minor
            order.base_currency = base
            order.rate_to_base = rate
            order.total_base_minor = Money(totals.total_minor, currency).convert(rate, base).minor
            order.item_count = totals.item_count
            order.updated_at = now
            forget_costs(order)  # the costing run works the changed order out again
            order.lines.extend(
                OrderLine(sku=line.sku.strip(), sku_key=fold(line.sku), title=line.title.strip(),
                          quantity=line.quantity, unit_price_minor=line.unit_price_minor,
                          total_minor=line.quantity * line.unit_price_minor)
                for line in draft.lines
            )
            session.flush()
            if old_status != order.status:
                session.add(OrderStatusChange(order_id=order.id, old_status=old_status,
                                              new_status=order.status, changed_at=now,
                                              author=author))
            refresh_customer_stats(
                session, [i for i in (previous_customer, order.customer_id) if i is not None])
            return order.id

    @staticmethod
    def _order_to_edit(session: Session, order_id: int) -> Order:
        order = order_or_gone(session, order_id)
        if order.source != "manual":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "orders", "Order {number} came from a marketplace; change it there. Here you "
                    "can change its status, tags and notes."),
                item=order.number, number=order.number,
            )
        return order

    @staticmethod
    def _customer(session: Session, draft: OrderDraft, now: datetime) -> Customer | None:
        if draft.customer_id is not None:
            return customer_or_gone(session, draft.customer_id)
        buyer = draft.new_buyer
        if buyer is None or not (buyer.name.strip() or buyer.email.strip()):
            return None
        key = email_key(buyer.email)
        if key:
            known = session.scalar(
                select(Customer).where(Customer.email_key == key,
                                       Customer.merged_into_id.is_(None))
                .order_by(Customer.id).limit(1))
            if known is not None:
                return known
        return add_customer(
            session, account_id=None, created_at=now, name=buyer.name, email=buyer.email,
            phone=buyer.phone, country=buyer.country or draft.ship_country,
            postcode=buyer.postcode or draft.ship_postcode, language=buyer.language,
            currency=normalise_currency(draft.currency),
        )

    def change_status(
        self, order_ids: Sequence[int], status: OrderStatus, note: str = ""
    ) -> BulkOutcome:
        """Move each order to `status` where the workflow allows; the others are refused with
        their reason and left as they were."""
        changed: list[str] = []
        refused: list[KnownError] = []
        with self._db.session() as session:
            author = author_name(session)
            now = datetime.now(UTC)
            customers: set[int] = set()
            for order in session.scalars(select(Order).where(Order.id.in_(list(order_ids)))):
                try:
                    check_status_move(order.number, OrderStatus(order.status), status)
                except ValidationError as error:
                    refused.append(error)
                    continue
                session.add(OrderStatusChange(
                    order_id=order.id, old_status=order.status, new_status=status.value,
                    changed_at=now, author=author, note=note.strip()[:500]))
                order.status = status.value
                order.updated_at = now
                changed.append(order.number)
                if order.customer_id is not None:
                    customers.add(order.customer_id)
            refresh_customer_stats(session, customers)
        return BulkOutcome(tuple(changed), tuple(refused))

    def add_tag(self, order_ids: Sequence[int], tag: str) -> int:
        """Add `tag` to each order that lacks it; returns how many changed."""
        tag = clean_tags(tag)
        if not tag:
            raise ValidationError(QT_TRANSLATE_NOOP("orders", "Type a tag to add."), item="tag")
        count = 0
        with self._db.session() as session:
            for order in session.scalars(select(Order).where(Order.id.in_(list(order_ids)))):
                merged = clean_tags(f"{order.tags}, {tag}")
                if merged != order.tags:
                    order.tags = merged
                    count += 1
        return count
