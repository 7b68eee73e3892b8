"""Finding the customer or order a request names, or saying it is gone (one message each)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from seller_desk.domain.errors import NotFoundError
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.store.models import Customer, Order


def customer_gone(customer_id: int | None) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("errors", "Customer {id} no longer exists."), id=customer_id)


def order_gone(order_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("errors", "Order {id} no longer exists."), id=order_id)


def customer_or_gone(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise customer_gone(customer_id)
    return customer


def order_or_gone(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise order_gone(order_id)
    return order


def filed_under(session: Session, customer_id: int | None, order_id: int | None,
                *, required: bool = False) -> int | None:
    """The customer something about a customer or an order is filed under: the one named,
    else the order's own. With `required`, naming neither is refused too."""
    if order_id is not None:
        order = order_or_gone(session, order_id)
        return order.customer_id if customer_id is None else customer_id
    if customer_id is None:
        if required:
            raise customer_gone(customer_id)
        return None
    return customer_or_gone(session, customer_id).id
