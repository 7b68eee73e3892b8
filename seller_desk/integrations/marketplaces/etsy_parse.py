"""Etsy Open API v3 payloads (receipts, listing inventories) read into sync records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.imports import ImportedCustomer
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.sync import (
    RemoteFulfillment,
    RemoteLine,
    RemoteOrder,
    RemoteRefund,
    RemoteVariant,
)
from seller_desk.integrations.marketplaces.base import divided, epoch

# What reading a payload may raise on a value it cannot read (an unknown currency code is a
# ValidationError from the currency table; a zero divisor an ArithmeticError).
UNREADABLE = (KeyError, TypeError, ValueError, ArithmeticError, ValidationError)
# Etsy's receipt status words, lower-cased: paid/completed depend on is_shipped.
STATUS_WORDS = {
    "canceled": OrderStatus.CANCELLED,
    "cancelled": OrderStatus.CANCELLED,
    "fully refunded": OrderStatus.REFUNDED,
    "partially refunded": OrderStatus.PARTIALLY_REFUNDED,
}
PAID_WORDS = frozenset({"paid", "completed"})
# The keys updateListingInventory accepts: it refuses the ids, is_deleted and scale_name that
# getListingInventory sends (etsy/open-api #159).
PROPERTY_KEYS = ("property_id", "property_name", "scale_id", "value_ids", "values")
# Integers above this lose digits through a float; Etsy prices are far below it.
FLOAT_DIGITS = 15


def text(value: object) -> str:
    return "" if value is None else str(value).strip()


def identifier(value: object, name: str) -> str:
    """An Etsy id (a JSON integer, sometimes a string) as text."""
    if isinstance(value, bool) or not isinstance(value, int | str) or not text(value):
        raise ValueError(f"{name} is missing or not an id: {value!r}")
    return text(value)


def optional_id(value: object) -> str:
    """An id that may be absent; 0 and null mean none (a guest buyer)."""
    if value in (None, "", 0, "0") or isinstance(value, bool):
        return ""
    return identifier(value, "id")


def field(data: Mapping[str, Any], *names: str) -> Any:
    """The first of `names` that `data` has (Etsy renamed some: create_timestamp →
    created_timestamp), else ValueError naming the first."""
    for name in names:
        if data.get(name) is not None:
            return data[name]
    raise ValueError(f"{names[0]} is missing")


def amount(data: Mapping[str, Any], name: str, currency: str | None = None) -> int:
    """Minor units of the Money `data[name]`, checked to be in `currency` when given."""
    value = data.get(name)
    if not isinstance(value, Mapping):
        raise ValueError(f"{name} is not an amount: {value!r}")
    minor, code = divided(value)
    if currency is not None and code != currency:
        raise ValueError(f"{name} is in {code}, the receipt in {currency}")
    return minor


def optional_amount(data: Mapping[str, Any], name: str, currency: str) -> int:
    return 0 if data.get(name) is None else amount(data, name, currency)


def quantity(value: object, name: str = "quantity") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} is not a count: {value!r}")
    return value


def items(data: Mapping[str, Any], name: str) -> Sequence[Mapping[str, Any]]:
    """The list `data[name]` (absent or null: empty), each entry an object."""
    value = data.get(name)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(entry, Mapping) for entry in value):
        raise ValueError(f"{name} is not a list of objects")
    return value


def order_status(status: object, is_shipped: object) -> OrderStatus:
    word = text(status).lower()
    if word in PAID_WORDS:
        return OrderStatus.SHIPPED if is_shipped is True else OrderStatus.PAID
    return STATUS_WORDS.get(word, OrderStatus.PENDING)  # open, payment processing


def updated_at(receipt: Mapping[str, Any]) -> datetime:
    return epoch(field(receipt, "updated_timestamp", "update_timestamp"))


def receipt_order(receipt: Mapping[str, Any]) -> RemoteOrder:
    """One ShopReceipt as a RemoteOrder; raises one of UNREADABLE on a value it cannot read.

    Etsy charges the buyer in the listing (shop) currency, so the order's currency is the
    shop's. Etsy's total_price is the items before the coupon; subtotal is after it."""
    receipt_id = identifier(receipt.get("receipt_id"), "receipt_id")
    grand = receipt.get("grandtotal")
    if not isinstance(grand, Mapping):
        raise ValueError(f"grandtotal is not an amount: {grand!r}")
    total, currency = divided(grand)
    name = text(receipt.get("name"))
    country = text(receipt.get("country_iso")).upper()
    customer = ImportedCustomer(
        external_id=optional_id(receipt.get("buyer_user_id")),
        email=text(receipt.get("buyer_email")), name=name, country=country,
        city=text(receipt.get("city")), postcode=text(receipt.get("zip")))
    subtotal = amount(receipt, "total_price", currency) if receipt.get("total_price") \
        is not None else amount(receipt, "subtotal", currency) + \
        optional_amount(receipt, "discount_amt", currency)
    return RemoteOrder(
        external_id=receipt_id, number=receipt_id,
        placed_at=epoch(field(receipt, "created_timestamp", "create_timestamp")),
        updated_at=updated_at(receipt),
        status=order_status(receipt.get("status"), receipt.get("is_shipped")),
        currency=currency, subtotal_minor=subtotal,
        shipping_minor=optional_amount(receipt, "total_shipping_cost", currency),
        tax_minor=optional_amount(receipt, "total_tax_cost", currency)
        + optional_amount(receipt, "total_vat_cost", currency),
        discount_minor=optional_amount(receipt, "discount_amt", currency),
        total_minor=total, customer=customer, shop_currency=currency, shop_total_minor=total,
        ship_country=country, ship_address=address_line(receipt),
        lines=tuple(line(entry, currency) for entry in items(receipt, "transactions")),
        refunds=tuple(refund(entry, receipt_id, index, currency)
                      for index, entry in enumerate(items(receipt, "refunds"))),
        fulfillments=tuple(shipment(entry) for entry in items(receipt, "shipments")))


def address_line(receipt: Mapping[str, Any]) -> str:
    """The shipping address on one line; Etsy withholds it in some regions (then empty)."""
    parts = [text(receipt.get(key)) for key in
             ("first_line", "second_line", "city", "state", "zip", "country_iso")]
    if any(parts):
        return ", ".join(part for part in parts if part)
    lines = text(receipt.get("formatted_address")).splitlines()
    return ", ".join(part.strip() for part in lines if part.strip())


def line(transaction: Mapping[str, Any], currency: str) -> RemoteLine:
    """A transaction; its title gets the chosen variation ("Mug / Large") as variants have."""
    chosen = [text(variation.get("formatted_value"))
              for variation in items(transaction, "variations")]
    title = " / ".join([text(transaction.get("title")), *filter(None, chosen)])
    return RemoteLine(
        external_id=identifier(transaction.get("transaction_id"), "transaction_id"),
        sku=text(transaction.get("sku")), title=title,
        quantity=quantity(transaction.get("quantity")),
        unit_price_minor=amount(transaction, "price", currency),
        product_id=optional_id(transaction.get("listing_id")),
        variant_id=optional_id(transaction.get("product_id")))


def refund(entry: Mapping[str, Any], receipt_id: str, index: int, currency: str) -> RemoteRefund:
    """A refund; Etsy gives it no id, so it is named by its receipt and place (refunds are
    only ever added, so the place stays)."""
    refund_id = optional_id(entry.get("refund_id")) or f"{receipt_id}-{index + 1}"
    reason = text(entry.get("reason")) or text(entry.get("note_from_issuer"))
    return RemoteRefund(external_id=refund_id,
                        created_at=epoch(field(entry, "created_timestamp", "create_timestamp")),
                        amount_minor=abs(amount(entry, "amount", currency)), reason=reason)


def shipment(entry: Mapping[str, Any]) -> RemoteFulfillment:
    code = text(entry.get("tracking_code"))
    return RemoteFulfillment(
        external_id=identifier(entry.get("receipt_shipping_id"), "receipt_shipping_id"),
        created_at=epoch(field(entry, "shipment_notification_timestamp")),
        carrier=text(entry.get("carrier_name")), tracking_numbers=(code,) if code else ())


def listing_variants(listing: Mapping[str, Any], inventory: Mapping[str, Any],
                     shop_currency: str = "") -> list[RemoteVariant]:
    """One RemoteVariant per product of a listing's inventory (deleted ones left out); a
    product without a price is in `shop_currency`."""
    listing_id = identifier(listing.get("listing_id"), "listing_id")
    title = text(listing.get("title"))
    found = []
    for product in items(inventory, "products"):
        if product.get("is_deleted") is True:
            continue
        offering = first_offering(product)
        price, currency = divided(offering["price"]) if isinstance(
            offering.get("price"), Mapping) else (None, shop_currency)
        chosen = [text(value) for prop in items(product, "property_values")
                  for value in prop.get("values") or ()]
        found.append(RemoteVariant(
            external_id=identifier(product.get("product_id"), "product_id"),
            product_id=listing_id, sku=text(product.get("sku")),
            title=" / ".join([title, *filter(None, chosen)]), currency=currency,
            price_minor=price, stock=quantity(offering.get("quantity")), ref=listing_id))
    return found


def first_offering(product: Mapping[str, Any]) -> Mapping[str, Any]:
    """The product's offering (Etsy gives each product one; deleted ones left out)."""
    for offering in items(product, "offerings"):
        if offering.get("is_deleted") is not True:
            return offering
    raise ValueError("a product has no offering")


def find_product(products: Sequence[Mapping[str, Any]], product_id: str, sku: str
                 ) -> Mapping[str, Any] | None:
    """The product with `product_id`, else the only one with `sku`: Etsy gives products new
    ids when an inventory is written, so an id read earlier may be gone."""
    live = [p for p in products if p.get("is_deleted") is not True]
    for product in live:
        if text(product.get("product_id")) == product_id:
            return product
    same = [p for p in live if sku and text(p.get("sku")) == sku]
    return same[0] if len(same) == 1 else None


def writable_products(products: Sequence[Mapping[str, Any]], target: Mapping[str, Any], *,
                      stock: int | None = None, price: Decimal | None = None
                      ) -> list[dict[str, Any]]:
    """The inventory as updateListingInventory takes it back, with `target`'s stock or price
    changed: prices as JSON numbers, without the ids and fields Etsy refuses."""
    written = []
    for product in products:
        if product.get("is_deleted") is True:
            continue
        offerings = []
        for offering in items(product, "offerings"):
            if offering.get("is_deleted") is True:
                continue
            value = price if product is target and price is not None else \
                major(offering["price"])
            count = stock if product is target and stock is not None else \
                quantity(offering.get("quantity"))
            offerings.append({"price": wire_number(value), "quantity": count,
                              "is_enabled": offering.get("is_enabled") is not False})
        written.append({
            "sku": text(product.get("sku")),
            "property_values": [{key: prop[key] for key in PROPERTY_KEYS if key in prop}
                                for prop in items(product, "property_values")],
            "offerings": offerings})
    return written


def major(money: Mapping[str, Any]) -> Decimal:
    """An Etsy Money as a decimal amount in major units, exactly."""
    return Decimal(int(money["amount"])) / Decimal(int(money["divisor"]))


def major_of(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-minor_digits(currency))


def wire_number(value: Decimal) -> float:
    """`value` as the JSON number Etsy's inventory takes. Only a carrier for the wire: a
    decimal of at most 15 significant digits prints back from the float exactly (Python
    writes the shortest text that reads back as the same float), which is checked."""
    number = float(value)
    if len(value.normalize().as_tuple().digits) > FLOAT_DIGITS or \
            Decimal(repr(number)) != value:
        raise ValueError(f"{value} cannot be sent as an exact JSON number")
    return number
