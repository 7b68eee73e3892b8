"""Shopify's "Export orders" CSV: one row per line item, order columns on the order's first row."""

from __future__ import annotations

from collections.abc import Mapping

from seller_desk.domain.imports import FileFormat, header_key
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label
from seller_desk.integrations.order_files.layouts import F, Layout, status_of

_FINANCIAL: dict[str, OrderStatus] = {
    "pending": OrderStatus.PENDING,
    "authorized": OrderStatus.PENDING,
    "partiallypaid": OrderStatus.PENDING,
    "paid": OrderStatus.PAID,
    "partiallyrefunded": OrderStatus.PARTIALLY_REFUNDED,
    "refunded": OrderStatus.REFUNDED,
    "voided": OrderStatus.CANCELLED,
    "expired": OrderStatus.CANCELLED,
}


def order_status(values: Mapping[str, str]) -> OrderStatus:
    """A cancelled order is cancelled whatever was paid or refunded; a fulfilled one that was
    not refunded or voided is shipped; otherwise the financial status decides."""
    if values[F.CANCELLED_AT].strip():
        return OrderStatus.CANCELLED
    status = status_of(values, _FINANCIAL, OrderStatus.PAID)
    if status in (OrderStatus.PENDING, OrderStatus.PAID) and (
        header_key(values[F.FULFILLMENT]) == "fulfilled"
    ):
        return OrderStatus.SHIPPED
    return status


LAYOUT = Layout(
    file_format=FileFormat.SHOPIFY,
    expected=Label("import", QT_TRANSLATE_NOOP("import", "a Shopify orders export")),
    columns={
        F.ORDER_ID: ("Name",),
        F.NUMBER: ("Name",),
        F.EXTERNAL_ID: ("Id",),
        F.DATE: ("Created at",),
        F.STATUS: ("Financial Status",),
        F.FULFILLMENT: ("Fulfillment Status",),
        F.CANCELLED_AT: ("Cancelled at",),
        F.CURRENCY: ("Currency",),
        F.SUBTOTAL: ("Subtotal",),
        F.SHIPPING: ("Shipping",),
        F.TAX: ("Taxes",),
        F.DISCOUNT: ("Discount Amount",),
        F.TOTAL: ("Total",),
        F.REFUNDED: ("Refunded Amount",),
        F.EMAIL: ("Email",),
        F.NAME: ("Billing Name",),
        F.PHONE: ("Phone",),
        F.PHONE_2: ("Billing Phone",),
        F.COUNTRY: ("Billing Country",),
        F.CITY: ("Billing City",),
        F.POSTCODE: ("Billing Zip",),
        F.ACCEPTS_MARKETING: ("Accepts Marketing",),
        F.TAGS: ("Tags",),
        F.SHIP_NAME: ("Shipping Name",),
        F.SHIP_ADDRESS1: ("Shipping Address1",),
        F.SHIP_ADDRESS2: ("Shipping Address2",),
        F.SHIP_CITY: ("Shipping City",),
        F.SHIP_PROVINCE: ("Shipping Province",),
        F.SHIP_POSTCODE: ("Shipping Zip",),
        F.SHIP_COUNTRY: ("Shipping Country",),
        F.SKU: ("Lineitem sku",),
        F.TITLE: ("Lineitem name",),
        F.QUANTITY: ("Lineitem quantity",),
        F.UNIT_PRICE: ("Lineitem price",),
    },
    required=(F.ORDER_ID, F.DATE, F.CURRENCY, F.TOTAL, F.TITLE, F.QUANTITY, F.UNIT_PRICE),
    status=order_status,
    signatures=(("Name", "Lineitem name", "Financial Status"),),
)
