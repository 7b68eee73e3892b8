"""WooCommerce REST v3 payloads (orders, products, variations) read into sync records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from seller_desk.domain.errors import KnownError
from seller_desk.domain.imports import ImportedCustomer
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.sync import (
    RemoteFulfillment,
    RemoteLine,
    RemoteOrder,
    RemoteRefund,
    RemoteVariant,
    TrackingPush,
)
from seller_desk.integrations.marketplaces.base import epoch, instant, money

# Core statuses, plus "delivered" and "shipped" that common plugins register. "completed" is
# what a merchant sets once the parcel left, so it reads as shipped.
STATUSES: dict[str, OrderStatus] = {
    "pending": OrderStatus.PENDING,
    "on-hold": OrderStatus.PENDING,
    "failed": OrderStatus.PENDING,
    "checkout-draft": OrderStatus.PENDING,
    "processing": OrderStatus.PAID,
    "completed": OrderStatus.SHIPPED,
    "shipped": OrderStatus.SHIPPED,
    "delivered": OrderStatus.DELIVERED,
    "cancelled": OrderStatus.CANCELLED,
    "trash": OrderStatus.CANCELLED,
    "refunded": OrderStatus.REFUNDED,
}
# A refund doesn't turn these into a partial refund: the order is over either way.
FINAL = frozenset({OrderStatus.CANCELLED, OrderStatus.REFUNDED})
# Where the "Advanced Shipment Tracking" plugin (and its clones) keep the parcels of an order.
TRACKING_META = "_wc_shipment_tracking_items"
# What can go wrong reading one item: a missing key, a wrong type (a list where an object
# belongs has no .get), a bad number (Decimal's InvalidOperation is an ArithmeticError), an
# unknown currency.
UNREADABLE: tuple[type[Exception], ...] = (LookupError, TypeError, AttributeError, ValueError,
                                           ArithmeticError, KnownError)


def reason_of(error: Exception) -> str:
    """A short English reason for an item that could not be read."""
    if isinstance(error, KeyError):
        return f"no {error.args[0]}" if error.args else "a field is missing"
    return str(error) or type(error).__name__


def text(value: object) -> str:
    return "" if value is None else str(value).strip()


def ident(value: object) -> str:
    """An id as text; WooCommerce's 0 (no customer, no variation) is no id."""
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).strip():
        raise ValueError(f"not an id: {value!r}")
    return "" if str(value).strip() == "0" else str(value).strip()


def modified_of(order: Mapping[str, Any]) -> datetime:
    """When the order last changed (UTC): date_modified_gmt, else when it was placed."""
    return instant(order.get("date_modified_gmt") or order["date_created_gmt"])


def status_of(status: str, refunded: bool) -> OrderStatus:
    mapped = STATUSES.get(status, OrderStatus.PENDING)
    return OrderStatus.PARTIALLY_REFUNDED if refunded and mapped not in FINAL else mapped


def order_of(order: Mapping[str, Any]) -> RemoteOrder:
    """One order; raises one of UNREADABLE when a field it needs is missing or wrong."""
    currency = text(order["currency"]).upper()
    updated = modified_of(order)
    lines = tuple(_line(line, currency) for line in _list(order, "line_items"))
    fees = sum(money(fee["total"], currency) for fee in _list(order, "fee_lines"))
    subtotal = sum(_line_subtotal(line, currency) for line in _list(order, "line_items"))
    refunds = tuple(_refund(refund, currency, updated) for refund in _list(order, "refunds"))
    total = money(order["total"], currency)
    billing, shipping = _mapping(order.get("billing")), _mapping(order.get("shipping"))
    # Virtual goods have no shipping address: the buyer's whereabouts are the billing ones.
    place = shipping if text(shipping.get("country")) or text(shipping.get("address_1")) \
        else billing
    return RemoteOrder(
        external_id=ident(order["id"]),
        number=text(order.get("number")) or ident(order["id"]),
        placed_at=instant(order["date_created_gmt"]),
        updated_at=updated,
        status=status_of(text(order["status"]), bool(refunds)),
        currency=currency,
        subtotal_minor=subtotal + fees,
        shipping_minor=money(order.get("shipping_total") or "0", currency),
        tax_minor=money(order.get("total_tax") or "0", currency),
        discount_minor=money(order.get("discount_total") or "0", currency),
        total_minor=total,
        customer=ImportedCustomer(
            external_id=ident(order.get("customer_id") or 0),
            email=text(billing.get("email")),
            name=_name(billing) or _name(shipping),
            phone=text(billing.get("phone")),
            country=text(place.get("country")).upper(),
            city=text(place.get("city")),
            postcode=text(place.get("postcode")),
        ),
        # One currency per order: whatever a multi-currency plugin charged is what settles.
        shop_currency=currency,
        shop_total_minor=total,
        ship_country=text(place.get("country")).upper(),
        ship_address=address_line(place),
        lines=lines,
        refunds=refunds,
        fulfillments=fulfillments_of(ident(order["id"]), _list(order, "meta_data"), updated),
    )


def address_line(address: Mapping[str, Any]) -> str:
    parts = ("address_1", "address_2", "city", "state", "postcode", "country")
    return ", ".join(part for part in (text(address.get(key)) for key in parts) if part)


def fulfillments_of(order_id: str, meta_data: Sequence[Any], updated: datetime
                    ) -> tuple[RemoteFulfillment, ...]:
    """The parcels the Advanced Shipment Tracking plugin recorded (none without the plugin);
    one without a shipping date is dated by the order's last change."""
    found: list[RemoteFulfillment] = []
    for meta in meta_data:
        if not isinstance(meta, Mapping) or meta.get("key") != TRACKING_META:
            continue
        items = meta.get("value")
        for index, item in enumerate(items if isinstance(items, list) else []):
            if not isinstance(item, Mapping) or not text(item.get("tracking_number")):
                continue
            found.append(RemoteFulfillment(
                external_id=text(item.get("tracking_id")) or f"{order_id}-{index + 1}",
                created_at=_shipped(item.get("date_shipped"), updated),
                carrier=text(item.get("custom_tracking_provider"))
                or text(item.get("tracking_provider")),
                tracking_numbers=(text(item["tracking_number"]),),
                tracking_url=text(item.get("custom_tracking_link"))))
    return tuple(found)


def variant_of(product: Mapping[str, Any], variation: Mapping[str, Any] | None,
               currency: str) -> RemoteVariant:
    """A simple product (variation None) or one variation of a variable product."""
    item = product if variation is None else variation
    title = text(product.get("name"))
    if variation is not None:
        options = [text(attribute.get("option")) for attribute in _list(variation, "attributes")
                   if isinstance(attribute, Mapping)]
        shown = " / ".join(option for option in options if option) or text(variation.get("name"))
        title = f"{title} / {shown}" if shown else title
    price = text(item.get("regular_price")) or text(item.get("price"))
    return RemoteVariant(
        external_id=ident(item["id"]),
        product_id=ident(product["id"]),
        sku=text(item.get("sku")),
        title=title,
        currency=currency,
        price_minor=money(price, currency) if price else None,
        stock=_stock(item),
        ref="" if variation is None else ident(product["id"]),
    )


def tracking_note(push: TrackingPush) -> str:
    """The customer note that tells the buyer about the parcel (WooCommerce has no field)."""
    carrier = push.carrier.strip() or "the carrier"
    note = f"Your order has been shipped with {carrier}: {push.tracking_number.strip()}"
    return f"{note} {push.tracking_url.strip()}" if push.tracking_url.strip() else note


def _stock(item: Mapping[str, Any]) -> int | None:
    # "parent": a variation sharing its product's stock, which is not this variation's to set.
    if item.get("manage_stock") is not True or item.get("stock_quantity") is None:
        return None
    quantity = item["stock_quantity"]
    if isinstance(quantity, bool) or not isinstance(quantity, int | float | str):
        raise ValueError(f"not a stock quantity: {quantity!r}")
    return int(Decimal(str(quantity)))


def _line(line: Mapping[str, Any], currency: str) -> RemoteLine:
    quantity = line["quantity"]
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise ValueError(f"not a quantity: {quantity!r}")
    # The line's subtotal (before coupons) over its quantity is exact; `price` is a float
    # WooCommerce computes after coupons, read only when there is nothing better.
    if quantity and line.get("subtotal") not in (None, ""):
        unit = money(Decimal(str(line["subtotal"])) / quantity, currency)
    else:
        unit = money(line["price"], currency)
    product = ident(line.get("product_id") or 0)
    variation = ident(line.get("variation_id") or 0)
    return RemoteLine(
        external_id=ident(line["id"]),
        sku=text(line.get("sku")),
        title=text(line.get("name")),
        quantity=quantity,
        unit_price_minor=unit,
        product_id=product,
        variant_id=variation or product,  # a simple product is its own variant
    )


def _line_subtotal(line: Mapping[str, Any], currency: str) -> int:
    if line.get("subtotal") not in (None, ""):
        return money(line["subtotal"], currency)
    return money(line["price"], currency) * int(line["quantity"])


def _refund(refund: Mapping[str, Any], currency: str, updated: datetime) -> RemoteRefund:
    # The order lists its refunds without their dates; the order changed when it was refunded,
    # so its last change is the nearest time known without one more call per refund.
    return RemoteRefund(
        external_id=ident(refund["id"]),
        created_at=updated,
        amount_minor=abs(money(refund["total"], currency)),
        reason=text(refund.get("reason")),
    )


def _shipped(value: object, default: datetime) -> datetime:
    """AST keeps unix seconds as text; its REST twin and older versions a date."""
    shown = text(value)
    if not shown:
        return default
    return epoch(shown) if shown.isdigit() else instant(shown)


def _name(address: Mapping[str, Any]) -> str:
    return f"{text(address.get('first_name'))} {text(address.get('last_name'))}".strip()


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{key} is not a list")
    return value
