"""The steps of a return that move money or stock: inspect, refund, replace, exchange, credit.

Each is one transaction: the request's move, the order's refund and return cost, the stock and
the replacement order are written together or not at all. A changed order forgets its margin, so
the costing run works it out again with the refund and what the return cost."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.fx import convert_minor
from seller_desk.domain.money import Money
from seller_desk.domain.orders import COUNTED_STATUSES, Marketplace, OrderStatus
from seller_desk.domain.return_money import ReturnLedger, restocking_fee_minor
from seller_desk.domain.returns import Disposition, ReturnOutcome, ReturnReason, ReturnState
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.authors import author_name
from seller_desk.services.cross_rates import MarketRates
from seller_desk.services.profit_costing import CostingContext, cost_and_write
from seller_desk.services.return_policies import policy_of_order
from seller_desk.services.returns import record_move, request_or_gone
from seller_desk.store.accounts import account_named
from seller_desk.store.customer_stats import refresh_customer_stats
from seller_desk.store.database import Database
from seller_desk.store.models import (
    Listing,
    Order,
    OrderLine,
    OrderStatusChange,
    ReturnRequest,
)
from seller_desk.store.queries.profit_costing import forget_costs, orders_by_ids
from seller_desk.store.queries.returns import requests_of_order
from seller_desk.store.types import fold

EVERY_LINE = QT_TRANSLATE_NOOP("returns", "Say for every returned item whether it goes back "
                               "in stock or is written off.")
NOT_POSITIVE = QT_TRANSLATE_NOOP("returns", "The amount must be more than zero.")
TOO_MUCH_CREDIT = QT_TRANSLATE_NOOP("returns", "Store credit of {amount} is more than the "
                                    "{paid} paid for the order.")
MANUAL_ACCOUNT = QT_TRANSLATE_NOOP("orders", "Manual orders")
# Reasons where the shop is at fault: no restocking fee is withheld (EU consumer law).
SHOP_AT_FAULT = frozenset({ReturnReason.DAMAGED, ReturnReason.WRONG_ITEM,
                           ReturnReason.NOT_AS_DESCRIBED, ReturnReason.ARRIVED_LATE,
                           ReturnReason.LOST_IN_TRANSIT})


def rate_on(session: Session, currency: str, base: str, day: datetime,
            fallback: Decimal) -> Decimal:
    """Base per unit of `currency` on `day` from the stored rates (the newest on or before it),
    else `fallback` (the order's own rate)."""
    if currency == base:
        return Decimal(1)
    found = MarketRates.load(session, day.astimezone(UTC).date()).rate(currency, base)
    return found.rate if found is not None else fallback


def lines_value(request: ReturnRequest) -> int:
    """What the returned items were sold for, in the order currency (their share of lines)."""
    return sum((line.order_line.total_minor * line.quantity) // max(line.order_line.quantity, 1)
               for line in request.lines)


class ReturnSteps:
    def __init__(self, database: Database,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db = database
        self._now = now

    # -- reading -----------------------------------------------------------------------------
    def suggested_refund(self, request_id: int) -> tuple[Money, Money]:
        """(refund, restocking fee) the window proposes: the returned items' value, less the
        policy's fee where the customer changed their mind, within what is still refundable."""
        with self._db.read_session() as session:
            request = request_or_gone(session, request_id)
            order = request.order
            value = lines_value(request)
            if request.outcome == ReturnOutcome.REFUND_WITHOUT_RETURN.value or (
                    ReturnReason(request.reason) in SHOP_AT_FAULT):
                fee = 0
            else:
                fee = restocking_fee_minor(value, policy_of_order(session, order)
                                           .restocking_fee_pct, request.currency)
            left = ReturnLedger(order.total_minor, order.refunded_minor,
                                order.currency).refundable_minor
            return (Money(max(0, min(value - fee, left)), request.currency),
                    Money(fee, request.currency))

    # -- steps -------------------------------------------------------------------------------
    def inspect(self, request_id: int, dispositions: Mapping[int, str], note: str = "") -> None:
        """Each returned line back in stock (at its costed value) or written off."""
        with self._db.session() as session:
            request = request_or_gone(session, request_id)
            now = self._now()
            record_move(session, request, ReturnState.INSPECTED, note, now)
            for line in request.lines:
                choice = dispositions.get(line.id, "")
                if choice not in (Disposition.RESTOCK.value, Disposition.WRITE_OFF.value):
                    raise ValidationError(EVERY_LINE, item=line.sku)
                line.disposition = choice
                line.restocked_cost_base_minor = 0
                if choice == Disposition.RESTOCK.value:
                    sold = line.order_line
                    if sold.cost_base_minor is not None and sold.quantity:
                        line.restocked_cost_base_minor = (
                            sold.cost_base_minor * line.quantity) // sold.quantity
                    if line.listing_id is not None:
                        listing = session.get(Listing, line.listing_id)
                        if listing is not None:
                            listing.stock_on_hand += line.quantity
                            listing.updated_at = now
            _refresh_return_cost(session, request.order)

    def refund(self, request_id: int, amount_minor: int, note: str = "",
               restocking_fee_minor: int = 0, when: datetime | None = None) -> None:
        """Refund `amount_minor` of the order currency and mark the request Refunded. The base
        amount uses the refund day's stored rate; the order never refunds more than was paid."""
        with self._db.session() as session:
            request = request_or_gone(session, request_id)
            order = request.order
            day = when or self._now()
            record_move(session, request, ReturnState.REFUNDED, note, self._now())
            ledger = ReturnLedger(order.total_minor, order.refunded_minor, order.currency)
            ledger = ledger.refund(amount_minor)
            rate = rate_on(session, order.currency, order.base_currency, day, order.rate_to_base)
            in_base = convert_minor(amount_minor, order.currency, order.base_currency, rate)
            order.refunded_minor = ledger.refunded_minor
            order.refunded_base_minor += in_base
            request.refund_minor += amount_minor
            request.refund_base_minor += in_base
            request.refund_rate = rate
            request.refunded_at = day
            request.restocking_fee_minor = max(0, restocking_fee_minor)
            _refunded_status(session, order, ledger, self._now())
            _refresh_return_cost(session, order)
            if order.customer_id is not None:
                refresh_customer_stats(session, [order.customer_id])  # what they spent

    def credit(self, request_id: int, amount_minor: int, note: str = "") -> None:
        with self._db.session() as session:
            request = request_or_gone(session, request_id)
            if amount_minor <= 0:
                raise ValidationError(NOT_POSITIVE, item="amount")
            if amount_minor > request.order.total_minor:
                raise ValidationError(TOO_MUCH_CREDIT, item="amount",
                                      amount=Money(amount_minor, request.currency),
                                      paid=Money(request.order.total_minor, request.currency))
            record_move(session, request, ReturnState.CREDITED, note, self._now())
            request.credit_minor = amount_minor

    def set_return_shipping(self, request_id: int, cost_minor: int, currency: str,
                            when: datetime | None = None) -> None:
        """The label the seller paid for the item to come back (0 when the buyer paid)."""
        Money(cost_minor, currency)  # an unknown currency is refused here
        if cost_minor < 0:
            raise ValidationError(NOT_POSITIVE, item="return_shipping")
        with self._db.session() as session:
            request = request_or_gone(session, request_id)
            order = request.order
            base = order.base_currency
            fallback = order.rate_to_base if currency == order.currency else Decimal(0)
            rate = rate_on(session, currency, base, when or self._now(), fallback)
            if rate <= 0:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "returns", "Seller Desk has no exchange rate from {currency} to {base}; "
                    "add one under Rates first."), item=currency, currency=currency, base=base)
            request.return_shipping_base_minor = convert_minor(cost_minor, currency, base, rate)
            request.updated_at = self._now()
            _refresh_return_cost(session, order)

    def ship_replacement(self, request_id: int, note: str = "") -> int:
        """Send the same items again (Replacement) or the exchange SKU (Exchange): a new
        outbound order that is never counted as a sale; what it costs is the return's cost.
        Returns the new order's id."""
        with self._db.session() as session:
            request = request_or_gone(session, request_id)
            exchange = request.outcome == ReturnOutcome.EXCHANGE.value
            target = ReturnState.EXCHANGED if exchange else ReturnState.REPLACED
            now = self._now()
            record_move(session, request, target, note, now)
            order = _outbound_order(session, request, exchange, now)
            request.replacement_order_id = order.id
            context = CostingContext(session, order.base_currency)
            cost_and_write(session, context, *orders_by_ids(session, [order.id]))
            session.refresh(order)
            _refresh_return_cost(session, request.order)
            return order.id


def _refunded_status(session: Session, order: Order, ledger: ReturnLedger,
                     now: datetime) -> None:
    """A sale refunded in part or in full says so (and the change is in its history)."""
    if OrderStatus(order.status) not in COUNTED_STATUSES:
        return
    new = (OrderStatus.REFUNDED if ledger.refundable_minor == 0
           else OrderStatus.PARTIALLY_REFUNDED)
    if new.value != order.status:
        session.add(OrderStatusChange(order_id=order.id, old_status=order.status,
                                      new_status=new.value, changed_at=now,
                                      author=author_name(session)))
        order.status = new.value
    order.updated_at = now


def _outbound_order(session: Session, request: ReturnRequest, exchange: bool,
                    now: datetime) -> Order:
    original = request.order
    account = account_named(session, MANUAL_ACCOUNT, Marketplace.MANUAL,
                            original.base_currency)
    if exchange:
        listing = session.scalar(select(Listing).where(
            Listing.sku_key == fold(request.exchange_sku)))
        wanted = [(listing.id if listing else None, request.exchange_sku,
                   listing.title if listing else request.exchange_sku,
                   sum(line.quantity for line in request.lines))]
    else:
        wanted = [(line.listing_id, line.sku, line.order_line.title, line.quantity)
                  for line in request.lines]
    number = f"{request.rma_number}-{'X' if exchange else 'R'}"
    order = Order(
        account_id=account.id, external_id=number, source="manual", number=number,
        number_key=fold(number), placed_at=now, status=OrderStatus.PAID.value,
        customer_id=original.customer_id, buyer_name=original.buyer_name,
        buyer_name_key=original.buyer_name_key, buyer_email=original.buyer_email,
        ship_name=original.ship_name, ship_address=original.ship_address,
        ship_country=original.ship_country, ship_postcode=original.ship_postcode,
        billing_address=original.billing_address,
        tags="exchange" if exchange else "replacement", currency=original.currency,
        subtotal_minor=0, shipping_minor=0, tax_minor=0, discount_minor=0, total_minor=0,
        base_currency=original.base_currency, rate_to_base=original.rate_to_base,
        total_base_minor=0, item_count=sum(q for *_rest, q in wanted),
        # A shipment, not a sale: kept out of every sales figure like a test order; no fees.
        is_test=True, marketplace_fee_minor=0, payment_fee_minor=0, fees_estimated=False,
        updated_at=now)
    order.lines = [OrderLine(listing_id=listing_id, sku=sku, sku_key=fold(sku), title=title,
                             quantity=quantity, unit_price_minor=0, total_minor=0)
                   for listing_id, sku, title, quantity in wanted]
    session.add(order)
    session.flush()
    session.add(OrderStatusChange(order_id=order.id, old_status="",
                                  new_status=order.status, changed_at=now,
                                  author=author_name(session),
                                  note=f"{request.rma_number}"))
    return order


def _refresh_return_cost(session: Session, order: Order) -> None:
    """What the order's returns cost the seller in base: labels paid, replacements sent, less
    goods put back in stock; the order's margin is worked out again with it."""
    session.flush()
    total = 0
    for request in requests_of_order(session, order.id):
        total += request.return_shipping_base_minor
        total -= sum(line.restocked_cost_base_minor for line in request.lines)
        if request.replacement_order_id is not None:
            sent = session.get(Order, request.replacement_order_id)
            if sent is not None:
                total += (sent.cost_base_minor or 0) + (sent.shipping_cost_base_minor or 0)
    order.return_cost_base_minor = total or None
    forget_costs(order)
