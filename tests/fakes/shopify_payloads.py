"""The FakeShop in Shopify 2026-01 shapes: GraphQL nodes and REST JSON of orders, variants and
fulfillment orders, the real error bodies, and ids derived from the shop's own."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from tests.fakes.loopback import JSON, Answer, dumps
from tests.fakes.shop_data import RATE_TO_USD, FakeFulfillment, FakeOrder, FakeVariant

API_VERSION = "2026-01"
ZONE = timezone(timedelta(hours=-5))  # the shop's time zone: REST times carry its offset
LOCATION_ID = 65_544_149_100
ITEM_BASE = 5_000_000_000_000  # inventory item id = variant id + this
FO_BASE = 1_000_000_000_000  # fulfillment order id = order id + this
FO_LINE_BASE = 3_000_000_000_000  # fulfillment order line item id = line item id + this
ALL_SCOPES = ("read_orders", "read_all_orders", "read_products", "write_products",
              "read_inventory", "write_inventory", "read_fulfillments", "write_fulfillments",
              "read_merchant_managed_fulfillment_orders",
              "write_merchant_managed_fulfillment_orders")
BAD_TOKEN = {"errors": "[API] Invalid API key or access token (unrecognized login or wrong "
                       "password)"}
TOO_MANY = {"errors": "Exceeded 2 calls per second for api client. Reduce request rates to "
                      "resume uninterrupted service."}
NOT_FOUND = {"errors": "Not Found"}
PAGINATION_DOCS = "https://shopify.dev/api/usage/pagination-rest"
FINANCIAL = {"pending": "pending", "paid": "paid", "shipped": "paid", "delivered": "paid",
             "cancelled": "voided", "partially_refunded": "partially_refunded",
             "refunded": "refunded"}
CLOSED = frozenset({"shipped", "delivered", "refunded", "cancelled"})  # archived after shipping
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "DE": "Germany",
                 "FR": "France", "AU": "Australia", "CA": "Canada", "JP": "Japan",
                 "NL": "Netherlands"}
TRACK_URLS = {"China Post": "https://t.17track.net/en#nums={}",
              "UPS": "https://www.ups.com/track?tracknum={}",
              "DHL": "https://www.dhl.com/en/express/tracking.html?AWB={}"}


def decimal_or_none(text: object) -> Decimal | None:
    try:
        value = Decimal(str(text))
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


def reply(status: int, payload: object, headers: Mapping[str, str] | None = None) -> Answer:
    return status, dumps(payload), {"Content-Type": JSON, **(headers or {})}


def scope_refused(scope: str) -> dict[str, str]:
    """REST's 403 body when the app lacks `scope`."""
    return {"errors": f"[API] This action requires merchant approval for {scope} scope."}


def page_info_refused(param: str) -> dict[str, dict[str, str]]:
    return {"errors": {param: f"{param} cannot be passed when page_info is present. See "
                              f"{PAGINATION_DOCS} for more information."}}


def gid(kind: str, number: int | str) -> str:
    return f"gid://shopify/{kind}/{number}"


def gql_time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rest_time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(ZONE).isoformat(timespec="seconds")


def shop_text(order: FakeOrder, amount: Decimal) -> str:
    """`amount` of the buyer's currency in the shop's, as the shop money twin shows it."""
    rate = RATE_TO_USD[order.currency] / RATE_TO_USD[order.shop_currency]
    step = Decimal(1) if order.shop_currency == "JPY" else Decimal("0.01")
    return str((amount * rate).quantize(step))


def gql_amount(text: str) -> str:
    """GraphQL's Decimal drops trailing zeros ("54.9", "1200"): never assume two places."""
    value = Decimal(text).normalize()
    return format(value, "f") if value else "0.0"


def is_masked(order: FakeOrder) -> bool:
    return order.email is None and order.first_name is None


def fulfilled(order: FakeOrder) -> dict[int, int]:
    """Quantity sent so far of each line."""
    sent: dict[int, int] = {}
    for parcel in order.fulfillments:
        for line_id, quantity in parcel.lines:
            sent[line_id] = sent.get(line_id, 0) + quantity
    return sent


def fulfillment_status(order: FakeOrder) -> str | None:
    sent = fulfilled(order)
    if not sent:
        return None
    whole = all(sent.get(line.line_id, 0) >= line.quantity for line in order.lines)
    return "fulfilled" if whole else "partial"


def shipment_status(order: FakeOrder) -> str:
    return "delivered" if order.status == "delivered" else "in_transit"


def tags_of(order: FakeOrder) -> list[str]:
    return ["vip", "repeat"] if order.number % 10 == 0 else ["vip"] if order.number % 5 == 0 \
        else []


def track_url(parcel: FakeFulfillment) -> str:
    return TRACK_URLS.get(parcel.carrier, "").format(parcel.number)


def split_title(variant: FakeVariant) -> tuple[str, str]:
    product, _, option = variant.title.partition(" / ")
    return product, option or "Default Title"


# --- GraphQL ---

def gql_money(order: FakeOrder, amount: Decimal) -> dict[str, Any]:
    return {"__typename": "MoneyBag",
            "shopMoney": {"__typename": "MoneyV2", "currencyCode": order.shop_currency,
                          "amount": gql_amount(shop_text(order, amount))},
            "presentmentMoney": {"__typename": "MoneyV2", "currencyCode": order.currency,
                                 "amount": gql_amount(order.money(amount))}}


def gql_address(order: FakeOrder) -> dict[str, Any]:
    masked = is_masked(order)
    return {"__typename": "MailingAddress", "firstName": order.first_name,
            "lastName": order.last_name,
            "name": None if masked else f"{order.first_name} {order.last_name}",
            "address1": None if masked else order.address1, "address2": None,
            "city": order.city, "zip": order.postcode, "provinceCode": None,
            "countryCodeV2": order.country, "country": COUNTRY_NAMES.get(order.country),
            "phone": None}


def gql_line_ref(line_id: int) -> dict[str, Any]:
    return {"__typename": "LineItem", "id": gid("LineItem", line_id)}


def gql_order(order: FakeOrder, by_sku: Mapping[str, FakeVariant]) -> dict[str, Any]:
    """The Order node with every field the fake can answer."""
    fulfilment = fulfillment_status(order)
    delivered = order.status == "delivered"
    node: dict[str, Any] = {
        "__typename": "Order", "id": gid("Order", order.order_id),
        "legacyResourceId": str(order.order_id), "name": f"#{order.number}",
        "createdAt": gql_time(order.created), "processedAt": gql_time(order.created),
        "updatedAt": gql_time(order.updated),
        "cancelledAt": gql_time(order.updated) if order.status == "cancelled" else None,
        "closedAt": gql_time(order.updated) if order.status in CLOSED else None,
        "test": order.test, "tags": tags_of(order), "email": order.email, "phone": None,
        "note": None, "displayFinancialStatus": FINANCIAL[order.status].upper(),
        "displayFulfillmentStatus": {"fulfilled": "FULFILLED", "partial": "PARTIALLY_FULFILLED",
                                     None: "UNFULFILLED"}[fulfilment],
        "currencyCode": order.shop_currency, "presentmentCurrencyCode": order.currency,
        "subtotalPriceSet": gql_money(order, order.subtotal),
        "totalShippingPriceSet": gql_money(order, order.shipping),
        "totalTaxSet": gql_money(order, order.tax),
        "totalDiscountsSet": gql_money(order, order.discount),
        "totalPriceSet": gql_money(order, order.total),
        "currentTotalPriceSet": gql_money(
            order, order.total - sum((r.amount for r in order.refunds), Decimal(0))),
        "customer": None if order.customer_id is None else {
            "__typename": "Customer", "id": gid("Customer", order.customer_id),
            "legacyResourceId": str(order.customer_id), "firstName": order.first_name,
            "lastName": order.last_name, "displayName": None if is_masked(order) else
            f"{order.first_name} {order.last_name}", "email": order.email, "phone": None},
        "shippingAddress": gql_address(order), "billingAddress": gql_address(order),
        "lineItems": [gql_line(order, line, by_sku) for line in order.lines],
        "refunds": [{
            "__typename": "Refund", "id": gid("Refund", refund.refund_id),
            "legacyResourceId": str(refund.refund_id), "createdAt": gql_time(refund.created),
            "note": refund.reason, "totalRefundedSet": gql_money(order, refund.amount),
            "refundLineItems": [{"__typename": "RefundLineItem", "quantity": quantity,
                                 "lineItem": gql_line_ref(line_id)}
                                for line_id, quantity in refund.lines]}
            for refund in order.refunds],
        "fulfillments": [{
            "__typename": "Fulfillment", "id": gid("Fulfillment", parcel.fulfillment_id),
            "legacyResourceId": str(parcel.fulfillment_id), "name": f"#{order.number}-F",
            "createdAt": gql_time(parcel.created), "status": "SUCCESS",
            "displayStatus": "DELIVERED" if delivered else "IN_TRANSIT",
            "trackingInfo": [{"__typename": "FulfillmentTrackingInfo", "company": parcel.carrier,
                              "number": parcel.number, "url": track_url(parcel) or None}],
            "fulfillmentLineItems": [{"__typename": "FulfillmentLineItem", "quantity": quantity,
                                      "lineItem": gql_line_ref(line_id)}
                                     for line_id, quantity in parcel.lines]}
            for parcel in order.fulfillments],
    }
    node["fulfillmentOrders"] = lambda args: gql_fulfillment_orders(order)
    return node


def gql_line(order: FakeOrder, line: Any, by_sku: Mapping[str, FakeVariant]) -> dict[str, Any]:
    variant = by_sku.get(line.sku)
    product_title, option = split_title(variant) if variant else (line.title, "Default Title")
    return {"__typename": "LineItem", "id": gid("LineItem", line.line_id), "sku": line.sku,
            "name": line.title, "title": product_title,
            "variantTitle": None if option == "Default Title" else option,
            "quantity": line.quantity, "currentQuantity": line.quantity,
            "originalUnitPriceSet": gql_money(order, line.price),
            "variant": None if variant is None else {
                "__typename": "ProductVariant", "id": gid("ProductVariant", variant.variant_id),
                "legacyResourceId": str(variant.variant_id)},
            "product": None if variant is None else {
                "__typename": "Product", "id": gid("Product", variant.product_id),
                "legacyResourceId": str(variant.product_id)}}


def fulfillment_orders(order: FakeOrder) -> list[tuple[int, str, list[tuple[int, int, int]]]]:
    """(id, status, [(line id, quantity, remaining)]): one fulfillment order per order."""
    sent = fulfilled(order)
    lines = [(line.line_id, line.quantity, max(0, line.quantity - sent.get(line.line_id, 0)))
             for line in order.lines]
    remaining = sum(left for _, _, left in lines)
    status = "cancelled" if order.status == "cancelled" else "closed" if not remaining \
        else "in_progress" if sent else "open"
    return [(order.order_id + FO_BASE, status, lines)]


def gql_fulfillment_orders(order: FakeOrder) -> list[dict[str, Any]]:
    return [{"__typename": "FulfillmentOrder", "id": gid("FulfillmentOrder", fo_id),
             "status": status.upper(),
             "lineItems": [{"__typename": "FulfillmentOrderLineItem",
                            "id": gid("FulfillmentOrderLineItem", line_id + FO_LINE_BASE),
                            "totalQuantity": quantity, "remainingQuantity": left,
                            "lineItem": gql_line_ref(line_id)}
                           for line_id, quantity, left in lines]}
            for fo_id, status, lines in fulfillment_orders(order)]


def gql_variant(variant: FakeVariant) -> dict[str, Any]:
    product, option = split_title(variant)
    item = variant.variant_id + ITEM_BASE
    return {"__typename": "ProductVariant", "id": gid("ProductVariant", variant.variant_id),
            "legacyResourceId": str(variant.variant_id), "sku": variant.sku, "title": option,
            "displayName": f"{product} - {option}", "price": str(variant.price),
            "inventoryQuantity": variant.stock, "updatedAt": gql_time(variant.updated),
            "inventoryItem": {"__typename": "InventoryItem", "id": gid("InventoryItem", item),
                              "legacyResourceId": str(item), "tracked": True},
            "product": {"__typename": "Product", "id": gid("Product", variant.product_id),
                        "legacyResourceId": str(variant.product_id), "title": product}}


# --- REST ---

def rest_money(order: FakeOrder, amount: Decimal) -> dict[str, Any]:
    return {"shop_money": {"amount": shop_text(order, amount),
                           "currency_code": order.shop_currency},
            "presentment_money": {"amount": order.money(amount), "currency_code": order.currency}}


def rest_address(order: FakeOrder) -> dict[str, Any]:
    masked = is_masked(order)
    return {"first_name": order.first_name, "last_name": order.last_name,
            "name": None if masked else f"{order.first_name} {order.last_name}",
            "address1": None if masked else order.address1, "address2": None,
            "city": order.city, "zip": order.postcode, "province_code": None,
            "country_code": order.country, "country": COUNTRY_NAMES.get(order.country),
            "phone": None}


def rest_order(order: FakeOrder, by_sku: Mapping[str, FakeVariant]) -> dict[str, Any]:
    def money(amount: Decimal) -> dict[str, Any]:
        return rest_money(order, amount)

    delivered = shipment_status(order)
    return {
        "id": order.order_id, "admin_graphql_api_id": gid("Order", order.order_id),
        "name": f"#{order.number}", "order_number": order.number,
        "created_at": rest_time(order.created), "processed_at": rest_time(order.created),
        "updated_at": rest_time(order.updated),
        "cancelled_at": rest_time(order.updated) if order.status == "cancelled" else None,
        "cancel_reason": "customer" if order.status == "cancelled" else None,
        "closed_at": rest_time(order.updated) if order.status in CLOSED else None,
        "currency": order.shop_currency, "presentment_currency": order.currency,
        "financial_status": FINANCIAL[order.status],
        "fulfillment_status": fulfillment_status(order),
        "total_price": shop_text(order, order.total),
        "subtotal_price": shop_text(order, order.subtotal),
        "total_tax": shop_text(order, order.tax),
        "total_discounts": shop_text(order, order.discount),
        "total_price_set": money(order.total), "subtotal_price_set": money(order.subtotal),
        "total_tax_set": money(order.tax), "total_discounts_set": money(order.discount),
        "total_shipping_price_set": money(order.shipping),
        "current_total_price": shop_text(order, order.total - sum(
            (r.amount for r in order.refunds), Decimal(0))),
        "email": order.email, "contact_email": order.email, "phone": None,
        "customer": None if order.customer_id is None else {
            "id": order.customer_id, "email": order.email, "first_name": order.first_name,
            "last_name": order.last_name, "phone": None, "state": "enabled"},
        "shipping_address": rest_address(order), "billing_address": rest_address(order),
        "tags": ", ".join(tags_of(order)), "test": order.test,
        "line_items": [rest_line(order, line, by_sku) for line in order.lines],
        "shipping_lines": [{"id": order.order_id + 7, "title": "Standard",
                            "price": shop_text(order, order.shipping),
                            "price_set": money(order.shipping)}] if order.shipping else [],
        "refunds": [{
            "id": refund.refund_id, "order_id": order.order_id,
            "created_at": rest_time(refund.created), "note": refund.reason,
            "refund_line_items": [{"id": line_id + 11, "line_item_id": line_id,
                                   "quantity": quantity}
                                  for line_id, quantity in refund.lines],
            "transactions": [{"id": refund.refund_id + 3, "kind": "refund",
                              "status": "success", "amount": order.money(refund.amount),
                              "currency": order.currency}]}
            for refund in order.refunds],
        "fulfillments": [{
            "id": parcel.fulfillment_id, "order_id": order.order_id, "status": "success",
            "created_at": rest_time(parcel.created), "tracking_company": parcel.carrier,
            "tracking_number": parcel.number, "tracking_numbers": [parcel.number],
            "tracking_url": track_url(parcel) or None,
            "tracking_urls": [track_url(parcel)] if track_url(parcel) else [],
            "shipment_status": delivered,
            "line_items": [{"id": line_id, "quantity": quantity}
                           for line_id, quantity in parcel.lines]}
            for parcel in order.fulfillments],
    }


def rest_line(order: FakeOrder, line: Any, by_sku: Mapping[str, FakeVariant]) -> dict[str, Any]:
    variant = by_sku.get(line.sku)
    product_title, option = split_title(variant) if variant else (line.title, "Default Title")
    return {"id": line.line_id, "sku": line.sku, "name": line.title, "title": product_title,
            "variant_title": None if option == "Default Title" else option,
            "quantity": line.quantity, "price": shop_text(order, line.price),
            "price_set": rest_money(order, line.price),
            "variant_id": variant.variant_id if variant else None,
            "product_id": variant.product_id if variant else None,
            "requires_shipping": True, "fulfillment_status": None}


def rest_fulfillment_orders(order: FakeOrder) -> list[dict[str, Any]]:
    return [{"id": fo_id, "order_id": order.order_id, "status": status,
             "assigned_location_id": LOCATION_ID,
             "line_items": [{"id": line_id + FO_LINE_BASE, "fulfillment_order_id": fo_id,
                             "line_item_id": line_id, "quantity": quantity,
                             "fulfillable_quantity": left}
                            for line_id, quantity, left in lines]}
            for fo_id, status, lines in fulfillment_orders(order)]


def rest_variant(variant: FakeVariant) -> dict[str, Any]:
    _, option = split_title(variant)
    return {"id": variant.variant_id, "product_id": variant.product_id, "title": option,
            "sku": variant.sku, "price": str(variant.price), "compare_at_price": None,
            "inventory_quantity": variant.stock, "inventory_management": "shopify",
            "inventory_item_id": variant.variant_id + ITEM_BASE,
            "updated_at": rest_time(variant.updated)}


def rest_product(variants: list[FakeVariant]) -> dict[str, Any]:
    product, _ = split_title(variants[0])
    return {"id": variants[0].product_id, "title": product, "status": "active",
            "vendor": "Mug Works", "product_type": "Mug", "tags": "",
            "variants": [rest_variant(v) for v in variants]}


# --- broken items, for failure injection ---

def garble(item: dict[str, Any], variant: str, graphql: bool) -> None:
    """Break one order the way a bad record would: a null field, a wrong type, a bad code."""
    total_key = "totalPriceSet" if graphql else "total_price_set"
    if variant == "null":
        item[total_key] = None
    elif variant == "currency":
        item["presentmentCurrencyCode" if graphql else "presentment_currency"] = "XQQ"
    elif isinstance(item.get(total_key), dict):
        buyer = item[total_key].get("presentmentMoney" if graphql else "presentment_money")
        if isinstance(buyer, dict):
            buyer["amount"] = "twelve"
