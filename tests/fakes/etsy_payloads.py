"""FakeShop orders and variants in Etsy Open API v3 shapes: ShopReceipt, listing, inventory."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from seller_desk.domain.currencies import minor_digits
from tests.fakes.shop_data import FakeOrder, FakeVariant

SIZE_PROPERTY = 513  # Etsy's first custom variation property
# FakeShop's neutral statuses in Etsy's words; Etsy cannot say "delivered", only shipped.
STATUS_WORDS = {"pending": "open", "paid": "paid", "shipped": "completed",
                "delivered": "completed", "cancelled": "canceled",
                "partially_refunded": "partially refunded", "refunded": "fully refunded"}
SHIPPED = frozenset({"shipped", "delivered", "partially_refunded", "refunded"})
PAID = SHIPPED | {"paid"}


def money(amount: Decimal, currency: str) -> dict[str, Any]:
    """Etsy's Money: an integer amount over a divisor."""
    divisor = 10 ** minor_digits(currency)
    return {"amount": int(amount * divisor), "divisor": divisor, "currency_code": currency}


def seconds(moment: datetime) -> int:
    return int(moment.timestamp())


def listing_title(variant: FakeVariant) -> str:
    return variant.title.split(" / ")[0]


def size_of(variant: FakeVariant) -> str:
    return variant.title.split(" / ")[-1]


def receipt(order: FakeOrder, seller_id: int, by_sku: Mapping[str, FakeVariant]
            ) -> dict[str, Any]:
    """A ShopReceipt as getShopReceipts lists it. Pending orders alternate between Etsy's two
    unpaid words; a masked buyer has a null email and no name; a guest no buyer_user_id."""
    currency = order.currency
    status = STATUS_WORDS[order.status]
    if order.status == "pending" and order.order_id % 2:
        status = "payment processing"
    name = " ".join(part for part in (order.first_name, order.last_name) if part)
    created, updated = seconds(order.created), seconds(order.updated)
    return {
        "receipt_id": order.order_id, "receipt_type": 0, "seller_user_id": seller_id,
        "seller_email": "seller@example.com", "buyer_user_id": order.customer_id,
        "buyer_email": order.email, "name": name, "first_line": order.address1,
        "second_line": None, "city": order.city, "state": None, "zip": order.postcode,
        "status": status,
        "formatted_address": f"{name}\n{order.address1}\n{order.city} {order.postcode}\n"
                             f"{order.country}",
        "country_iso": order.country, "payment_method": "cc", "payment_email": None,
        "message_from_seller": None, "message_from_buyer": None,
        "message_from_payment": None, "is_paid": order.status in PAID,
        "is_shipped": order.status in SHIPPED,
        "create_timestamp": created, "created_timestamp": created,
        "update_timestamp": updated, "updated_timestamp": updated,
        "is_gift": False, "gift_message": "",
        "grandtotal": money(order.total, currency),
        "subtotal": money(order.subtotal - order.discount, currency),
        "total_price": money(order.subtotal, currency),
        "total_shipping_cost": money(order.shipping, currency),
        "total_tax_cost": money(order.tax, currency),
        "total_vat_cost": money(Decimal(0), currency),
        "discount_amt": money(order.discount, currency),
        "gift_wrap_price": money(Decimal(0), currency),
        "shipments": [{"receipt_shipping_id": f.fulfillment_id,
                       "shipment_notification_timestamp": seconds(f.created),
                       "carrier_name": f.carrier, "tracking_code": f.number}
                      for f in order.fulfillments],
        "transactions": [transaction(order, line, seller_id, by_sku.get(line.sku))
                         for line in order.lines],
        # Etsy's refunds carry no id of their own.
        "refunds": [{"amount": money(r.amount, currency),
                     "created_timestamp": seconds(r.created), "reason": r.reason,
                     "note_from_issuer": "", "status": "completed"} for r in order.refunds],
    }


def transaction(order: FakeOrder, line: Any, seller_id: int, variant: FakeVariant | None
                ) -> dict[str, Any]:
    title, _, size = line.title.partition(" / ")
    return {
        "transaction_id": line.line_id, "title": title, "description": "",
        "seller_user_id": seller_id, "buyer_user_id": order.customer_id,
        "create_timestamp": seconds(order.created), "created_timestamp": seconds(order.created),
        "paid_timestamp": seconds(order.created), "shipped_timestamp": None,
        "quantity": line.quantity, "listing_image_id": None, "receipt_id": order.order_id,
        "is_digital": False, "file_data": "",
        "listing_id": variant.product_id if variant else None, "transaction_type": "listing",
        "product_id": variant.variant_id if variant else None, "sku": line.sku,
        "price": money(line.price, order.currency),
        "shipping_cost": money(Decimal(0), order.currency),
        "variations": [{"property_id": SIZE_PROPERTY, "value_id": None,
                        "formatted_name": "Size", "formatted_value": size}] if size else [],
        "product_data": [], "shipping_profile_id": None, "min_processing_days": 1,
        "max_processing_days": 3, "shipping_method": None, "shipping_upgrade": None,
        "expected_ship_date": seconds(order.created) + 3 * 86400, "buyer_coupon": 0,
        "shop_coupon": 0,
    }


def listing(variants: Sequence[FakeVariant], shop_id: int, user_id: int) -> dict[str, Any]:
    """A ShopListing of getListingsByShop (one FakeShop product, its variants inside)."""
    first = variants[0]
    return {
        "listing_id": first.product_id, "user_id": user_id, "shop_id": shop_id,
        "title": listing_title(first), "description": "A mug.", "state": "active",
        "creation_timestamp": seconds(first.updated), "created_timestamp": seconds(first.updated),
        "last_modified_timestamp": seconds(first.updated),
        "updated_timestamp": seconds(first.updated), "quantity": sum(v.stock for v in variants),
        "url": f"https://www.etsy.com/listing/{first.product_id}", "has_variations": True,
        "skus": [v.sku for v in variants], "is_taxable": True,
        "price": money(min(v.price for v in variants), first.currency),
    }


def inventory(variants: Sequence[FakeVariant]) -> dict[str, Any]:
    """getListingInventory: one product per variant, each with one offering."""
    return {
        "products": [{
            "product_id": v.variant_id, "sku": v.sku, "is_deleted": False,
            "offerings": [{"offering_id": v.variant_id + 7, "quantity": v.stock,
                           "is_enabled": True, "is_deleted": False,
                           "price": money(v.price, v.currency)}],
            "property_values": [{"property_id": SIZE_PROPERTY, "property_name": "Size",
                                 "scale_id": None, "scale_name": None,
                                 "value_ids": [value_id(size_of(v))],
                                 "values": [size_of(v)]}],
        } for v in variants],
        "price_on_property": [SIZE_PROPERTY], "quantity_on_property": [SIZE_PROPERTY],
        "sku_on_property": [SIZE_PROPERTY], "listing": None,
    }


def value_id(value: str) -> int:
    return 18_156_800_000 + sum(ord(c) for c in value)


PRODUCT_KEYS = frozenset({"sku", "offerings", "property_values"})
OFFERING_KEYS = frozenset({"price", "quantity", "is_enabled"})
PROPERTY_KEYS = frozenset({"property_id", "property_name", "scale_id", "value_ids", "values"})


def inventory_problem(body: Any) -> str:
    """What updateListingInventory refuses in `body` ("" when it takes it): Money objects,
    the ids and is_deleted that getListingInventory sends, an empty property_values list
    left out, every offering without stock (etsy/open-api #134, #159, #501)."""
    if not isinstance(body, dict) or not isinstance(body.get("products"), list):
        return "Missing Input Parameter: [products]"
    stocked = False
    for product in body["products"]:
        if not isinstance(product, dict):
            return "products must be objects"
        extra = set(product) - PRODUCT_KEYS
        if extra:
            return f"Invalid product field: {sorted(extra)[0]}"
        if "property_values" not in product:
            return "Property values can't be empty"
        for prop in product["property_values"]:
            if set(prop) - PROPERTY_KEYS:
                return f"Invalid property value field: {sorted(set(prop) - PROPERTY_KEYS)[0]}"
        for offering in product.get("offerings") or []:
            if set(offering) - OFFERING_KEYS:
                return f"Invalid offering field: {sorted(set(offering) - OFFERING_KEYS)[0]}"
            price, quantity = offering.get("price"), offering.get("quantity")
            if not isinstance(price, Decimal | int) or isinstance(price, bool) or price <= 0:
                return "Offering price must be a number greater than 0"
            if type(quantity) is not int or not 0 <= quantity <= 999:
                return "Offering quantity must be between 0 and 999"
            stocked = stocked or (quantity > 0 and offering.get("is_enabled") is not False)
    if not stocked:
        return "At least one offering must have a quantity greater than 0"
    return ""
