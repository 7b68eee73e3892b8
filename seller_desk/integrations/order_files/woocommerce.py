"""WooCommerce order exports with one row per item, from the two common export plugins."""

from __future__ import annotations

from collections.abc import Mapping

from seller_desk.domain.imports import FileFormat
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label
from seller_desk.integrations.order_files.layouts import COMMON_STATUSES, F, Layout, status_of

# WooCommerce itself has no order CSV export. "Customer / Order / Coupon Export" writes snake_case
# headers (order_id, billing_email, item_sku); "Advanced Order Export For WooCommerce" writes labels
# ("Order Number", "Email (Billing)", "Item Cost"). Order columns may repeat on every item row.
# Statuses: pending payment, on hold and draft are pending; processing is paid; completed is shipped
# (WooCommerce completes an order once it is fulfilled); cancelled and failed are cancelled;
# refunded is refunded. A refund amount on a paid or shipped order makes it partially refunded
# (refunded when it covers the total).

_STATUSES: dict[str, OrderStatus] = {
    **COMMON_STATUSES,
    "checkoutdraft": OrderStatus.PENDING,
    "draft": OrderStatus.PENDING,
    "partialpayment": OrderStatus.PENDING,
}


def order_status(values: Mapping[str, str]) -> OrderStatus:
    return status_of(values, _STATUSES, OrderStatus.PAID)


LAYOUT = Layout(
    file_format=FileFormat.WOOCOMMERCE,
    expected=Label(
        "import", QT_TRANSLATE_NOOP("import", "a WooCommerce orders export (one row per item)")
    ),
    columns={
        F.ORDER_ID: ("order_id", "Order ID", "order_number", "Order Number"),
        F.EXTERNAL_ID: ("order_id", "Order ID", "order_number", "Order Number"),
        F.NUMBER: ("order_number", "Order Number", "order_id", "Order ID"),
        F.DATE: ("order_date", "Order Date", "date"),
        F.STATUS: ("status", "Order Status", "order_status"),
        F.CURRENCY: ("order_currency", "Currency"),
        F.SUBTOTAL: ("order_subtotal", "Order Subtotal Amount"),
        F.SHIPPING: ("shipping_total", "Order Shipping Amount"),
        F.TAX: ("tax_total", "Order Total Tax Amount", "total_tax"),
        F.DISCOUNT: ("discount_total", "Cart Discount Amount", "cart_discount"),
        F.TOTAL: ("order_total", "Order Total Amount"),
        F.REFUNDED: ("refunded_total", "Order Refund Amount"),
        F.CUSTOMER_ID: ("customer_id", "Customer User ID", "customer_user"),
        F.EMAIL: ("billing_email", "Email (Billing)", "customer_email"),
        F.NAME: ("billing_full_name", "Full Name (Billing)"),
        F.FIRST_NAME: ("billing_first_name", "First Name (Billing)"),
        F.LAST_NAME: ("billing_last_name", "Last Name (Billing)"),
        F.PHONE: ("billing_phone", "Phone (Billing)"),
        F.COUNTRY: ("billing_country", "Country Code (Billing)", "Country Name (Billing)"),
        F.CITY: ("billing_city", "City (Billing)"),
        F.POSTCODE: ("billing_postcode", "Postcode (Billing)"),
        F.SHIP_NAME: ("shipping_full_name", "Full Name (Shipping)"),
        F.SHIP_FIRST_NAME: ("shipping_first_name", "First Name (Shipping)"),
        F.SHIP_LAST_NAME: ("shipping_last_name", "Last Name (Shipping)"),
        F.SHIP_ADDRESS1: ("shipping_address_1", "Address 1&2 (Shipping)", "Address 1 (Shipping)"),
        F.SHIP_ADDRESS2: ("shipping_address_2", "Address 2 (Shipping)"),
        F.SHIP_CITY: ("shipping_city", "City (Shipping)"),
        F.SHIP_PROVINCE: ("shipping_state", "State Code (Shipping)"),
        F.SHIP_POSTCODE: ("shipping_postcode", "Postcode (Shipping)"),
        F.SHIP_COUNTRY: ("shipping_country", "Country Code (Shipping)"),
        F.SKU: ("item_sku", "SKU"),
        F.TITLE: ("item_name", "Item Name", "Product Name", "Name"),
        F.QUANTITY: ("item_quantity", "Quantity", "Qty"),
        F.UNIT_PRICE: ("item_price", "Item Cost"),
        F.LINE_TOTAL: ("item_subtotal", "Order Line (w/o tax)", "item_total"),
    },
    required=(F.ORDER_ID, F.DATE, F.CURRENCY, F.TOTAL),
    status=order_status,
    guest_customer_id="0",
    signatures=(
        ("order_id", "order_date", "billing_email"),
        ("order_number", "order_date", "billing_email"),
        ("Order Number", "Order Date", "Email (Billing)"),
        ("Order Number", "Order Date", "First Name (Billing)"),
    ),
)
