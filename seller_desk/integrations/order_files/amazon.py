"""Amazon Seller Central order reports, tab-separated: All Orders, and the seller's Order Report."""

from __future__ import annotations

from collections.abc import Mapping

from seller_desk.domain.imports import FileFormat, header_key
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label
from seller_desk.integrations.order_files.layouts import F, Layout, UnknownStatus

# The All Orders report has amazon-order-id and no buyer details; the seller-fulfilled Order Report
# has order-id, buyer-email, recipient-name and quantity-purchased. item-price and the other amounts
# are for a row's whole quantity. What Amazon hides stays empty. Statuses: Pending is pending;
# Unshipped and PartiallyShipped are paid; Shipped (and Complete) shipped, "Shipped - Delivered to
# Buyer" delivered; Cancelled cancelled. The Order Report has no status: its orders are paid.
# A cancelled order's lines come with quantity 0 and no price; they are left out, and its empty
# currency is the marketplace's (Amazon.de: EUR).

_STATUSES: dict[str, OrderStatus] = {
    "pending": OrderStatus.PENDING,
    "unshipped": OrderStatus.PAID,
    "partiallyshipped": OrderStatus.PAID,
    "invoiceunconfirmed": OrderStatus.PAID,
    "shipping": OrderStatus.PAID,
    "shipped": OrderStatus.SHIPPED,
    "complete": OrderStatus.SHIPPED,
    "cancelled": OrderStatus.CANCELLED,
    "canceled": OrderStatus.CANCELLED,
    "unfulfillable": OrderStatus.CANCELLED,
}

# Amazon's sites and their currencies, for cancelled orders whose currency cell is empty.
SITE_CURRENCIES: dict[str, str] = {
    "amazoncom": "USD", "amazonca": "CAD", "amazoncommx": "MXN", "amazoncombr": "BRL",
    "amazoncouk": "GBP", "amazonde": "EUR", "amazonfr": "EUR", "amazonit": "EUR",
    "amazones": "EUR", "amazonnl": "EUR", "amazoncombe": "EUR", "amazonie": "EUR",
    "amazonse": "SEK", "amazonpl": "PLN", "amazoncomtr": "TRY", "amazonae": "AED",
    "amazonsa": "SAR", "amazoneg": "EGP", "amazonin": "INR", "amazoncojp": "JPY",
    "amazoncomau": "AUD", "amazonsg": "SGD", "amazoncn": "CNY",
}


def order_status(values: Mapping[str, str]) -> OrderStatus:
    raw = header_key(values[F.STATUS])
    if not raw:
        return OrderStatus.PAID
    if raw.startswith("shippeddelivered"):
        return OrderStatus.DELIVERED
    if raw.startswith("shipped"):
        return OrderStatus.SHIPPED  # also "Shipped - Returned to Seller": no refund is known
    if raw.startswith("pending"):
        return OrderStatus.PENDING
    status = _STATUSES.get(raw)
    if status is None:
        raise UnknownStatus(F.STATUS, values[F.STATUS].strip())
    return status


def site_currency(values: Mapping[str, str]) -> str:
    return SITE_CURRENCIES.get(header_key(values[F.SALES_CHANNEL]), "")


LAYOUT = Layout(
    file_format=FileFormat.AMAZON,
    expected=Label("import", QT_TRANSLATE_NOOP("import", "an Amazon order report (tab-separated)")),
    columns={
        F.ORDER_ID: ("amazon-order-id", "order-id"),
        F.EXTERNAL_ID: ("amazon-order-id", "order-id"),
        F.NUMBER: ("amazon-order-id", "order-id"),
        F.DATE: ("purchase-date",),
        F.STATUS: ("order-status",),
        F.CURRENCY: ("currency",),
        F.SALES_CHANNEL: ("sales-channel",),
        F.EMAIL: ("buyer-email",),
        F.NAME: ("buyer-name",),
        F.PHONE: ("buyer-phone-number",),
        F.SHIP_NAME: ("recipient-name",),
        F.SHIP_ADDRESS1: ("ship-address-1",),
        F.SHIP_ADDRESS2: ("ship-address-2",),
        F.SHIP_CITY: ("ship-city",),
        F.SHIP_PROVINCE: ("ship-state",),
        F.SHIP_POSTCODE: ("ship-postal-code",),
        F.SHIP_COUNTRY: ("ship-country",),
        F.SKU: ("sku",),
        F.TITLE: ("product-name", "item-name"),
        F.QUANTITY: ("quantity", "quantity-purchased"),
        F.LINE_TOTAL: ("item-price",),
        F.LINE_SHIPPING: ("shipping-price",),
        F.LINE_TAX: ("item-tax",),
        F.LINE_SHIPPING_TAX: ("shipping-tax",),
        F.LINE_DISCOUNT: ("item-promotion-discount",),
        F.LINE_SHIPPING_DISCOUNT: ("ship-promotion-discount",),
        F.LINE_STATUS: ("item-status",),
    },
    required=(F.ORDER_ID, F.DATE, F.CURRENCY, F.QUANTITY, F.LINE_TOTAL),
    status=order_status,
    signatures=(("amazon-order-id", "purchase-date"), ("order-id", "purchase-date", "sku")),
    drops_cancelled_zero_lines=True,
    currency_fallback=site_currency,
)
