"""What each export holds: its columns, its query, and each row as typed values.

Rows carry real values: amounts as `Money` (each in its own currency), times as aware datetimes
(None when there is none), counts as ints, flags as bools. Each format writes them its own way:
text for CSV and JSON, numbers and dates for Excel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from seller_desk.domain.money import Money
from seller_desk.store.models import (
    Customer,
    MarketplaceAccount,
    Order,
    ReturnLine,
    ReturnRequest,
)


@dataclass(frozen=True)
class ExportTable:
    columns: tuple[str, ...]
    query: Callable[[], Select[Any]]
    row: Callable[[tuple[Any, ...], str], tuple[Any, ...]]  # (query row, base currency)


def _returned_skus() -> Any:
    # aggregate_strings is group_concat on SQLite and string_agg on PostgreSQL.
    return (select(func.aggregate_strings(ReturnLine.sku, ", "))
            .where(ReturnLine.request_id == ReturnRequest.id).scalar_subquery())


def _returned_units() -> Any:
    return (select(func.coalesce(func.sum(ReturnLine.quantity), 0))
            .where(ReturnLine.request_id == ReturnRequest.id).scalar_subquery())


def _orders_row(r: tuple[Any, ...], _base: str) -> tuple[Any, ...]:
    return (*r[:9], Money(r[9], r[8]), r[10], Money(r[11], r[10]), r[12], r[13])


def _customers_row(r: tuple[Any, ...], base: str) -> tuple[Any, ...]:
    return (*r[:7], Money(r[7], base), base, r[8], r[9], r[10], r[11])


def _returns_row(r: tuple[Any, ...], _base: str) -> tuple[Any, ...]:
    currency, base = r[11], r[14]
    return (*r[:9], r[9] or "", r[10], currency, Money(r[12], currency), Money(r[13], base),
            base, Money(r[15], base), Money(r[16], currency), bool(r[17]), r[18])


TABLES: dict[str, ExportTable] = {
    "orders": ExportTable(
        ("number", "placed_at", "store", "marketplace", "status", "customer", "email",
         "country", "currency", "total", "base_currency", "total_base", "items", "tags"),
        lambda: select(Order.number, Order.placed_at, MarketplaceAccount.name,
                       MarketplaceAccount.marketplace, Order.status, Order.buyer_name,
                       Order.buyer_email, Order.ship_country, Order.currency, Order.total_minor,
                       Order.base_currency, Order.total_base_minor, Order.item_count,
                       Order.tags)
        .join(MarketplaceAccount, MarketplaceAccount.id == Order.account_id)
        .order_by(Order.placed_at, Order.id),
        _orders_row,
    ),
    "customers": ExportTable(
        ("id", "name", "email", "phone", "country", "language", "orders", "spent",
         "currency", "first_order", "last_order", "tags", "marketing_consent"),
        lambda: select(Customer.id, Customer.name, Customer.email, Customer.phone,
                       Customer.country, Customer.language, Customer.order_count,
                       Customer.spent_base_minor, Customer.first_order_at,
                       Customer.last_order_at, Customer.tags, Customer.marketing_consent)
        .where(Customer.merged_into_id.is_(None)).order_by(Customer.id),
        _customers_row,
    ),
    # Refunds and fees in the order's currency, labels and refunds in base as recorded.
    "returns": ExportTable(
        ("rma", "requested_at", "state", "outcome", "reason", "order", "store", "country",
         "customer", "skus", "units", "currency", "refund", "refund_base", "base_currency",
         "return_shipping_base", "restocking_fee", "out_of_window", "closed_at"),
        lambda: select(ReturnRequest.rma_number, ReturnRequest.requested_at,
                       ReturnRequest.state, ReturnRequest.outcome, ReturnRequest.reason,
                       Order.number, MarketplaceAccount.name, ReturnRequest.ship_country,
                       Order.buyer_name, _returned_skus(), _returned_units(),
                       ReturnRequest.currency, ReturnRequest.refund_minor,
                       ReturnRequest.refund_base_minor, Order.base_currency,
                       ReturnRequest.return_shipping_base_minor,
                       ReturnRequest.restocking_fee_minor, ReturnRequest.out_of_window,
                       ReturnRequest.closed_at)
        .join(Order, Order.id == ReturnRequest.order_id)
        .join(MarketplaceAccount, MarketplaceAccount.id == ReturnRequest.account_id)
        .order_by(ReturnRequest.requested_at, ReturnRequest.id),
        _returns_row,
    ),
}
