"""Writing parsed orders into the shop: new, updated or unchanged, matched to their customers."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from seller_desk.domain.identity import email_key, is_masked
from seller_desk.domain.imports import ImportedLine, ImportedOrder, RowProblem
from seller_desk.domain.money import Money
from seller_desk.domain.orders import Marketplace
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.store.accounts import account_named
from seller_desk.store.ids import reserve_ids
from seller_desk.store.models import (
    Customer,
    CustomerIdentity,
    Listing,
    MarketplaceAccount,
    Order,
    OrderLine,
    OrderStatusChange,
)
from seller_desk.store.people import customer_row
from seller_desk.store.queries.profit_costing import forgotten_costs
from seller_desk.store.queries.rates import known_rate
from seller_desk.store.types import fold

CHUNK = 2000
# What costing wrote on a line, forgotten when the line changes (costing works it out again).
_LINE_COSTS: dict[str, Any] = dict.fromkeys(
    ("unit_cost_minor", "cost_currency", "cost_rate", "cost_base_minor", "revenue_base_minor",
     "marketplace_fee_base_minor", "payment_fee_base_minor", "shipping_base_minor",
     "return_cost_base_minor")) | {"counts_order": False}


def digest(order: ImportedOrder) -> str:
    """What the file says about an order, without where in the file it stood. Written out
    field by field: a dataclass repr costs several times more on a big file."""
    c = order.customer
    said = (
        order.external_id, order.number, order.placed_at.isoformat(), order.status.value,
        order.currency, order.subtotal_minor, order.shipping_minor, order.tax_minor,
        order.discount_minor, order.total_minor, order.ship_country, order.ship_address,
        order.tags, c.external_id, c.email, c.name, c.phone, c.country, c.city, c.postcode,
        c.accepts_marketing,
        tuple((line.sku, line.title, line.quantity, line.unit_price_minor)
              for line in order.lines),
    )
    return hashlib.blake2b(repr(said).encode(), digest_size=16).hexdigest()


def identity_of(order: ImportedOrder) -> str:
    """How the marketplace names the buyer: its id, else its email; "" for an anonymous order
    (no id, and no email or a placeholder standing in for a hidden one)."""
    if order.customer.external_id.strip():
        return order.customer.external_id.strip()[:300]
    email = order.customer.email
    if not email_key(email) and is_masked(email, "", ""):
        return ""  # "anonymous@example.com" is every hidden buyer, not one person
    key = email_key(email) or email.strip().lower()
    return f"email:{key}"[:300] if key else ""


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0


class RateBook:
    """Exchange rates for the orders of one import: the seller's own first, then the shop's."""

    def __init__(self, session: Session, base: str, given: dict[str, Decimal]) -> None:
        self._session = session
        self.base = base
        self._given = given
        self._seen: dict[tuple[str, object], Decimal | None] = {}

    def rate(self, currency: str, day: datetime) -> Decimal | None:
        if currency == self.base:
            return Decimal(1)  # an amount in the base currency is never converted
        if currency in self._given:
            return self._given[currency]
        key = (currency, day.date())
        if key not in self._seen:
            self._seen[key] = known_rate(self._session, currency, self.base, day)
        return self._seen[key]

    def missing(self, orders: Sequence[ImportedOrder]) -> list[RowProblem]:
        problems = []
        for order in orders:
            if self.rate(order.currency, order.placed_at) is None:
                problems.append(RowProblem(
                    order.rows[0] if order.rows else 0, "currency",
                    QT_TRANSLATE_NOOP(
                        "import", "No exchange rate from {currency} to {base} is known yet; "
                        "give one for {currency} before importing."),
                    {"currency": order.currency, "base": self.base}, order.currency))
        return problems


def chunks(orders: Sequence[ImportedOrder]) -> Iterator[Sequence[ImportedOrder]]:
    for start in range(0, len(orders), CHUNK):
        yield orders[start:start + CHUNK]


class OrderWriter:
    """Writes one import inside the caller's transaction."""

    source = "import"

    def __init__(self, session: Session, account_name: str, marketplace: Marketplace,
                 rates: RateBook, author: str, account_id: int | None = None) -> None:
        self.session = session
        self.rates = rates
        self.author = author
        currency = rates.base
        account = session.get(MarketplaceAccount, account_id) if account_id is not None \
            else account_named(session, account_name, marketplace, currency)
        assert account is not None
        self.account_id = account.id
        self.account_name = account.name
        self.listings = dict(session.execute(select(Listing.sku_key, Listing.id)).all())
        self.counts = Counts()
        self.touched: set[int] = set()
        self.now = datetime.now(UTC)

    def digest(self, order: ImportedOrder) -> str:
        return digest(order)

    def existing(self, orders: Sequence[ImportedOrder]) -> dict[str, tuple[int, str, str, int]]:
        ids = [o.external_id for o in orders]
        rows = self.session.execute(
            select(Order.external_id, Order.id, Order.source_hash, Order.status,
                   Order.customer_id)
            .where(Order.account_id == self.account_id, Order.external_id.in_(ids)))
        return {ext: (oid, h, status, cid) for ext, oid, h, status, cid in rows}

    def customers(self, orders: Sequence[ImportedOrder]) -> dict[str, int]:
        """The customer of each buyer identity in `orders`, adding those not seen before."""
        wanted = {identity_of(o): o for o in orders}
        wanted.pop("", None)
        found: dict[str, int] = {}
        keys = list(wanted)
        for start in range(0, len(keys), 500):
            rows = self.session.execute(
                select(CustomerIdentity.external_id, Customer.id, Customer.merged_into_id)
                .join(Customer, Customer.id == CustomerIdentity.customer_id)
                .where(CustomerIdentity.account_id == self.account_id,
                       CustomerIdentity.external_id.in_(keys[start:start + 500])))
            for key, cid, merged_into in rows:
                found[key] = cid if merged_into is None else self._survivor(merged_into)
        added = [(key, order) for key, order in wanted.items() if key not in found]
        if not added:
            return found
        connection = self.session.connection()
        ids = reserve_ids(self.session, Customer.__table__, len(added))
        connection.execute(Customer.__table__.insert(), [
            {"id": cid, **customer_row(
                account_id=self.account_id, created_at=order.placed_at,
                name=order.customer.name, email=order.customer.email,
                phone=order.customer.phone,
                country=order.customer.country or order.ship_country,
                postcode=order.customer.postcode, city=order.customer.city,
                currency=order.currency, consent=order.customer.accepts_marketing)}
            for cid, (_, order) in zip(ids, added, strict=True)])
        connection.execute(CustomerIdentity.__table__.insert(), [
            {"customer_id": cid, "account_id": self.account_id, "external_id": key,
             "email": order.customer.email.strip()[:254],
             "name": order.customer.name.strip()[:120], "created_at": self.now}
            for cid, (key, order) in zip(ids, added, strict=True)])
        found.update((key, cid) for cid, (key, _) in zip(ids, added, strict=True))
        return found

    def _survivor(self, customer_id: int) -> int:
        """The customer a merged one lives on in (merges may chain)."""
        seen = {customer_id}
        while True:
            parent = self.session.scalar(
                select(Customer.merged_into_id).where(Customer.id == customer_id))
            if parent is None or parent in seen:
                return customer_id
            seen.add(parent)
            customer_id = parent

    def rate_of(self, order: ImportedOrder) -> Decimal | None:
        """Base currency per unit of the order's currency on its day (None: none known)."""
        return self.rates.rate(order.currency, order.placed_at)

    def _values(self, order: ImportedOrder, customer_id: int | None) -> dict[str, Any]:
        rate = self.rate_of(order)
        assert rate is not None
        base_total = Money(order.total_minor, order.currency).convert(rate, self.rates.base)
        return {
            "number": order.number[:64], "number_key": fold(order.number)[:64],
            "placed_at": order.placed_at, "status": order.status.value,
            "customer_id": customer_id, "buyer_name": order.customer.name[:120],
            "buyer_name_key": fold(order.customer.name)[:120],
            "buyer_email": order.customer.email.strip().lower()[:254],
            "ship_country": (order.ship_country or order.customer.country)[:2],
            "ship_address": order.ship_address[:500],
            "ship_postcode": order.customer.postcode[:20], "tags": ", ".join(order.tags)[:500],
            "currency": order.currency, "subtotal_minor": order.subtotal_minor,
            "shipping_minor": order.shipping_minor, "tax_minor": order.tax_minor,
            "discount_minor": order.discount_minor, "total_minor": order.total_minor,
            "base_currency": self.rates.base, "rate_to_base": rate,
            "total_base_minor": base_total.minor,
            "item_count": sum(line.quantity for line in order.lines),
            "updated_at": self.now, "source": self.source, "source_hash": self.digest(order),
        }

    def write(self, orders: Sequence[ImportedOrder]) -> None:
        existing = self.existing(orders)
        changed = [o for o in orders
                   if o.external_id not in existing or existing[o.external_id][1] != self.digest(o)]
        self.counts.unchanged += len(orders) - len(changed)
        # An order already filed under a customer keeps them: a buyer who changed their email
        # on the marketplace is not a new customer.
        people = self.customers([o for o in changed if o.external_id not in existing
                                 or existing[o.external_id][3] is None])
        new_rows, new_lines = [], []
        for order in changed:
            key = identity_of(order)
            if order.external_id in existing:
                oid, _, old_status, old_customer = existing[order.external_id]
                customer_id = old_customer if old_customer is not None else people.get(key)
                self._update(oid, order, customer_id, old_status)
                if old_customer is not None:
                    self.touched.add(old_customer)
            else:
                customer_id = people.get(key)
                new_rows.append({**self._values(order, customer_id),
                                 "account_id": self.account_id,
                                 "external_id": order.external_id[:64]})
                new_lines.append(order)
            if customer_id is not None:
                self.touched.add(customer_id)
        if new_rows:
            connection = self.session.connection()
            ids = reserve_ids(self.session, Order.__table__, len(new_rows))
            connection.execute(Order.__table__.insert(),
                               [{"id": oid, **values} for oid, values in zip(ids, new_rows,
                                                                             strict=True)])
            self._insert_lines(zip(ids, new_lines, strict=True))
            connection.execute(OrderStatusChange.__table__.insert(), [
                {"order_id": oid, "old_status": "", "new_status": o.status.value,
                 "changed_at": self.now, "author": self.author, "note": ""}
                for oid, o in zip(ids, new_lines, strict=True)])
            self.counts.new += len(new_rows)
        self.session.flush()
        self.session.expunge_all()

    def _update(self, order_id: int, order: ImportedOrder, customer_id: int | None,
                old_status: str) -> None:
        # A changed order is costed again: margin, goods and estimated fees are forgotten.
        self.session.execute(update(Order).where(Order.id == order_id)
                             .values({**self._values(order, customer_id),
                                      **forgotten_costs()}))
        self._replace_lines(order_id, order)
        if old_status != order.status.value:
            self.session.add(OrderStatusChange(
                order_id=order_id, old_status=old_status, new_status=order.status.value,
                changed_at=self.now, author=self.author, note=""))
        self.counts.updated += 1

    def _line_values(self, line: ImportedLine) -> dict[str, Any]:
        return {"listing_id": self.listings.get(fold(line.sku)) if line.sku else None,
                "sku": line.sku[:64], "sku_key": fold(line.sku)[:64], "title": line.title[:255],
                "quantity": line.quantity, "unit_price_minor": line.unit_price_minor,
                "total_minor": line.quantity * line.unit_price_minor}

    def _insert_lines(self, pairs: Any) -> None:
        rows = [{"order_id": oid, **self._line_values(line)}
                for oid, order in pairs for line in order.lines]
        if rows:
            self.session.connection().execute(OrderLine.__table__.insert(), rows)

    def _replace_lines(self, order_id: int, order: ImportedOrder) -> None:
        """The order's lines made to match `order`'s, in place: line ids stay, so the returns
        and parcels that point at them keep them; only lines the order lost are deleted."""
        old = list(self.session.scalars(select(OrderLine.id).where(OrderLine.order_id == order_id)
                                        .order_by(OrderLine.id)))
        for line_id, line in zip(old, order.lines, strict=False):
            # Costing fills the cost columns again for a changed order.
            self.session.execute(update(OrderLine).where(OrderLine.id == line_id)
                                 .values({**self._line_values(line), **_LINE_COSTS}))
        if len(old) > len(order.lines):
            self.session.execute(delete(OrderLine).where(
                OrderLine.id.in_(old[len(order.lines):])))
        self._insert_lines([(order_id, replace(order, lines=order.lines[len(old):]))])
