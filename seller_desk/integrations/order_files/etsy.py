"""Etsy's order CSVs: Orders (EtsySoldOrders, no lines) and Order Items (EtsySoldOrderItems)."""

from __future__ import annotations

from collections.abc import Mapping

from seller_desk.domain.imports import FileFormat, header_key
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label
from seller_desk.integrations.order_files.layouts import F, Layout

# The orders file has one row per order; the items file one row per item, with the order's
# shipping and tax repeated on each. Etsy gives no email. The buyer's Etsy user name ("Buyer", in
# both files) is the customer's id, the numeric "Buyer User ID" when there is no user name.
# Status: a "Status" of cancelled or refunded says so; otherwise shipped when "Date Shipped" is
# filled, else paid; an "Adjusted Order Total" below the total is a refund of the difference.

_STATUS_WORDS: dict[str, OrderStatus] = {
    "canceled": OrderStatus.CANCELLED,
    "cancelled": OrderStatus.CANCELLED,
    "refunded": OrderStatus.REFUNDED,
    "fullyrefunded": OrderStatus.REFUNDED,
    "partiallyrefunded": OrderStatus.PARTIALLY_REFUNDED,
}


def order_status(values: Mapping[str, str]) -> OrderStatus:
    # "Status" is often empty and its other words are not documented: they are not refused.
    said = _STATUS_WORDS.get(header_key(values[F.STATUS]))
    if said is not None:
        return said
    return OrderStatus.SHIPPED if values[F.SHIPPED_AT].strip() else OrderStatus.PAID


_SHARED = {
    F.ORDER_ID: ("Order ID",),
    F.EXTERNAL_ID: ("Order ID",),
    F.NUMBER: ("Order ID",),
    F.DATE: ("Sale Date",),
    F.SHIPPED_AT: ("Date Shipped",),
    F.STATUS: ("Status",),
    F.CURRENCY: ("Currency",),
    F.CUSTOMER_ID: ("Buyer",),
    F.SHIP_CITY: ("Ship City",),
    F.SHIP_PROVINCE: ("Ship State",),
    F.SHIP_POSTCODE: ("Ship Zipcode",),
    F.SHIP_COUNTRY: ("Ship Country",),
}

ORDERS = Layout(
    file_format=FileFormat.ETSY,
    expected=Label("import", QT_TRANSLATE_NOOP("import", "an Etsy orders file (EtsySoldOrders)")),
    columns={
        **_SHARED,
        F.CUSTOMER_ID_2: ("Buyer User ID",),
        F.NAME: ("Full Name",),
        F.FIRST_NAME: ("First Name",),
        F.LAST_NAME: ("Last Name",),
        F.SUBTOTAL: ("Order Value",),
        F.DISCOUNT: ("Discount Amount",),
        F.SHIPPING: ("Shipping",),
        F.TAX: ("Sales Tax",),
        F.TOTAL: ("Order Total",),
        F.ADJUSTED_TOTAL: ("Adjusted Order Total",),
        F.SHIP_NAME: ("Full Name",),
        F.SHIP_ADDRESS1: ("Street 1",),
        F.SHIP_ADDRESS2: ("Street 2",),
    },
    required=(F.ORDER_ID, F.DATE, F.CURRENCY, F.TOTAL),
    status=order_status,
    signatures=(("Sale Date", "Order ID", "Order Total"),),
)

ITEMS = Layout(
    file_format=FileFormat.ETSY,
    expected=Label(
        "import", QT_TRANSLATE_NOOP("import", "an Etsy order items file (EtsySoldOrderItems)")
    ),
    columns={
        **_SHARED,
        F.SHIPPING: ("Order Shipping",),
        F.TAX: ("Order Sales Tax",),
        F.SHIP_NAME: ("Ship Name",),
        F.SHIP_ADDRESS1: ("Ship Address1",),
        F.SHIP_ADDRESS2: ("Ship Address2",),
        F.SKU: ("SKU",),
        F.TITLE: ("Item Name",),
        F.QUANTITY: ("Quantity",),
        F.UNIT_PRICE: ("Price",),
        F.LINE_DISCOUNT: ("Discount Amount",),
    },
    required=(F.ORDER_ID, F.DATE, F.CURRENCY, F.TITLE, F.QUANTITY, F.UNIT_PRICE),
    status=order_status,
    signatures=(("Sale Date", "Order ID", "Item Name"),),
)

# Which of the two a file is: only the items file has "Item Name", only the orders file a total.
LAYOUTS: tuple[Layout, ...] = (ITEMS, ORDERS)
