"""What a counted order is in SQL (RETENTION.md "Inputs"), and its net value: one definition for
the customer totals, the Dashboard and retention."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, false

from seller_desk.domain.orders import COUNTED_STATUSES
from seller_desk.store.models import Order

COUNTED = sorted(status.value for status in COUNTED_STATUSES)


def counted_order() -> list[ColumnElement[bool]]:
    """Paid, not cancelled, not fully refunded, not a test order."""
    return [Order.status.in_(COUNTED), Order.is_test == false()]


def net_base_value() -> ColumnElement[Any]:
    """The order's total less what was refunded, in base minor units."""
    return Order.total_base_minor - Order.refunded_base_minor
