"""Order statuses and which of them count as a sale."""

from __future__ import annotations

from enum import StrEnum

from seller_desk.domain.text import QT_TRANSLATE_NOOP


class OrderStatus(StrEnum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"


STATUS_LABELS: dict[OrderStatus, str] = {
    OrderStatus.PENDING: QT_TRANSLATE_NOOP("status", "Pending"),
    OrderStatus.PAID: QT_TRANSLATE_NOOP("status", "Paid"),
    OrderStatus.SHIPPED: QT_TRANSLATE_NOOP("status", "Shipped"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("status", "Delivered"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("status", "Cancelled"),
    OrderStatus.PARTIALLY_REFUNDED: QT_TRANSLATE_NOOP("status", "Partially refunded"),
    OrderStatus.REFUNDED: QT_TRANSLATE_NOOP("status", "Refunded"),
}

# A sale the shop was paid for and kept (at least in part): what revenue and retention count.
COUNTED_STATUSES: frozenset[OrderStatus] = frozenset(
    {OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.PARTIALLY_REFUNDED}
)


class Marketplace(StrEnum):
    SHOPIFY = "shopify"
    WOOCOMMERCE = "woocommerce"
    ETSY = "etsy"
    EBAY = "ebay"
    AMAZON = "amazon"
    MANUAL = "manual"


MARKETPLACE_LABELS: dict[Marketplace, str] = {
    Marketplace.SHOPIFY: "Shopify",
    Marketplace.WOOCOMMERCE: "WooCommerce",
    Marketplace.ETSY: "Etsy",
    Marketplace.EBAY: "eBay",
    Marketplace.AMAZON: "Amazon",
    Marketplace.MANUAL: QT_TRANSLATE_NOOP("marketplace", "Manual"),
}
