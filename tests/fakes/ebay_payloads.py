"""FakeShop data in eBay Sell API shapes: Order, ShippingFulfillment, InventoryItem, Offer."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from tests.fakes.loopback import JSON, Answer, Failure, dumps
from tests.fakes.shop_data import RATE_TO_USD, FakeFulfillment, FakeOrder, FakeVariant

SCOPE_ROOT = "https://api.ebay.com/oauth/api_scope/"
SCOPES = frozenset(SCOPE_ROOT + name for name in (
    "sell.fulfillment", "sell.fulfillment.readonly", "sell.inventory", "sell.inventory.readonly",
    "commerce.identity.readonly"))
SITES = {"USD": "EBAY_US", "GBP": "EBAY_GB", "EUR": "EBAY_DE", "AUD": "EBAY_AU",
         "CAD": "EBAY_CA"}
CARRIER_CODES = {"China Post": "ChinaPost", "UPS": "UPS", "DHL": "DHL", "USPS": "USPS",
                 "FedEx": "FEDEX", "Royal Mail": "RoyalMail"}
TOKEN, USER = "token", "getUser"
ORDERS, ORDER, PARCELS, SHIP = ("getOrders", "getOrder", "getShippingFulfillments",
                                "createShippingFulfillment")
ITEMS, OFFERS, BULK = "getInventoryItems", "getOffers", "bulkUpdatePriceQuantity"
FUL, INV = SCOPE_ROOT + "sell.fulfillment", SCOPE_ROOT + "sell.inventory"
NEEDS = {USER: {SCOPE_ROOT + "commerce.identity.readonly"}, ORDERS: {FUL, FUL + ".readonly"},
         ORDER: {FUL, FUL + ".readonly"}, PARCELS: {FUL, FUL + ".readonly"}, SHIP: {FUL},
         ITEMS: {INV, INV + ".readonly"}, OFFERS: {INV, INV + ".readonly"}, BULK: {INV}}
ROUTES = (
    ("POST", re.compile(r"/identity/v1/oauth2/token"), TOKEN),
    ("GET", re.compile(r"/commerce/identity/v1/user/?"), USER),
    ("GET", re.compile(r"/sell/fulfillment/v1/order"), ORDERS),
    ("GET", re.compile(r"/sell/fulfillment/v1/order/([^/]+)"), ORDER),
    ("GET", re.compile(r"/sell/fulfillment/v1/order/([^/]+)/shipping_fulfillment"), PARCELS),
    ("POST", re.compile(r"/sell/fulfillment/v1/order/([^/]+)/shipping_fulfillment"), SHIP),
    ("GET", re.compile(r"/sell/inventory/v1/inventory_item"), ITEMS),
    ("GET", re.compile(r"/sell/inventory/v1/offer"), OFFERS),
    ("POST", re.compile(r"/sell/inventory/v1/bulk_update_price_quantity"), BULK),
)
# Calls a day per API, as eBay's default application limits (limit=True counts them).
DAILY = {TOKEN: 50_000, USER: 5_000, ORDERS: 100_000, ORDER: 100_000, PARCELS: 100_000,
         SHIP: 100_000, ITEMS: 2_000_000, OFFERS: 2_000_000, BULK: 2_000_000}
# neutral status → (orderPaymentStatus, cancelState)
PAYMENT = {"pending": ("PENDING", "NONE_REQUESTED"), "cancelled": ("FULLY_REFUNDED", "CANCELED"),
           "partially_refunded": ("PARTIALLY_REFUNDED", "NONE_REQUESTED"),
           "refunded": ("FULLY_REFUNDED", "NONE_REQUESTED")}
TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
DATES = re.compile(r"\[([^\[\]]*?)\.\.([^\[\]]*)\]")
STATES = {"NOT_STARTED", "IN_PROGRESS", "FULFILLED"}


def iso(moment: datetime) -> str:
    """eBay's times: UTC, milliseconds, Z."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_time(value: str) -> datetime | None:
    if not TIME.fullmatch(value):
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def error(status: int, error_id: int, message: str, long_message: str = "", *,
          domain: str = "API_FULFILLMENT", category: str = "REQUEST",
          headers: dict[str, str] | None = None) -> Answer:
    """eBay's error body: {"errors": [{errorId, domain, category, message, longMessage}]}."""
    body = {"errorId": error_id, "domain": domain, "category": category, "message": message}
    if long_message:
        body["longMessage"] = long_message
    return status, dumps({"errors": [body]}), {"Content-Type": JSON, **(headers or {})}


def oauth_error(status: int, code: str, description: str) -> Answer:
    return status, dumps({"error": code, "error_description": description}), \
        {"Content-Type": JSON}


def order_id_of(order: FakeOrder) -> str:
    """eBay's order id (2-5-rest digits) for a FakeShop order id; reversible."""
    digits = str(order.order_id)
    return f"{digits[:2]}-{digits[2:7]}-{digits[7:]}"


def fake_id_of(order_id: str) -> int | None:
    digits = order_id.replace("-", "")
    return int(digits) if digits.isdigit() else None


def username_of(order: FakeOrder) -> str:
    return f"buyer_{order.customer_id}"


def legacy_item_id(sku: str) -> str:
    """The listing (item) number of a SKU, stable across runs."""
    return str(110_000_000_000 + sum(ord(c) * 31 ** i for i, c in enumerate(sku)) % 10**9)


def plain(amount: Decimal, currency: str) -> str:
    return str(amount.quantize(Decimal(1) if currency == "JPY" else Decimal("0.01")))


class Amounts:
    """Writes an order's amounts as eBay does: `value` in the seller's currency, the buyer's
    amount as convertedFromValue/Currency when the buyer paid in another currency."""

    def __init__(self, order: FakeOrder) -> None:
        self.order = order
        self.rate = RATE_TO_USD[order.currency] / RATE_TO_USD[order.shop_currency]

    def __call__(self, amount: Decimal, seller_value: Decimal | None = None) -> dict[str, str]:
        order = self.order
        if order.currency == order.shop_currency:
            return {"value": plain(amount, order.currency), "currency": order.currency}
        value = amount * self.rate if seller_value is None else seller_value
        return {"value": plain(value, order.shop_currency), "currency": order.shop_currency,
                "convertedFromValue": plain(amount, order.currency),
                "convertedFromCurrency": order.currency}


def fulfillment_status(order: FakeOrder) -> str:
    shipped = {line_id for parcel in order.fulfillments for line_id, _ in parcel.lines}
    if not shipped:
        return "NOT_STARTED"
    return "FULFILLED" if all(line.line_id in shipped for line in order.lines) else "IN_PROGRESS"


def fulfillment_href(base: str, order: FakeOrder, parcel: FakeFulfillment) -> str:
    return f"{base}/sell/fulfillment/v1/order/{order_id_of(order)}/shipping_fulfillment/" \
           f"{parcel.fulfillment_id}"


def order_json(order: FakeOrder, base: str) -> dict[str, Any]:
    money = Amounts(order)
    payment, cancel = PAYMENT.get(order.status, ("PAID", "NONE_REQUESTED"))
    shipped = {line_id for parcel in order.fulfillments for line_id, _ in parcel.lines}
    address = {"addressLine1": order.address1, "city": order.city, "postalCode": order.postcode,
               "countryCode": order.country}
    ship_to: dict[str, Any] = {"contactAddress": address,
                               "primaryPhone": {"phoneNumber": "555 0100"}}
    buyer: dict[str, Any] = {"taxAddress": {"city": order.city, "postalCode": order.postcode,
                                            "countryCode": order.country}}
    if order.customer_id is not None:
        buyer["username"] = username_of(order)
    if order.email is not None:
        name = f"{order.first_name} {order.last_name}"
        ship_to["fullName"] = name
        ship_to["email"] = f"{zlib.crc32(order.email.encode()):08x}@members.ebay.com"
        buyer["buyerRegistrationAddress"] = {"fullName": name, "email": order.email,
                                             "contactAddress": address}
    prices = {"priceSubtotal": money(order.subtotal), "deliveryCost": money(order.shipping),
              "total": money(order.total, order.shop_total)}
    if order.tax:
        prices["tax"] = money(order.tax)
    if order.discount:
        prices["priceDiscount"] = money(-order.discount)
    lines = []
    for line in order.lines:
        cost = money(line.price * line.quantity)
        lines.append({
            "lineItemId": str(line.line_id), "legacyItemId": legacy_item_id(line.sku),
            "sku": line.sku, "title": line.title, "quantity": line.quantity,
            "lineItemCost": cost, "total": cost, "soldFormat": "FIXED_PRICE",
            "listingMarketplaceId": SITES.get(order.shop_currency, "EBAY_US"),
            "lineItemFulfillmentStatus": "FULFILLED" if line.line_id in shipped
            else "NOT_STARTED",
            "refunds": [{"refundId": str(refund.refund_id), "refundDate": iso(refund.created),
                         "amount": money(line.price * quantity)}
                        for refund in order.refunds for line_id, quantity in refund.lines
                        if line_id == line.line_id]})
    return {
        "orderId": order_id_of(order), "legacyOrderId": f"{legacy_item_id(order.lines[0].sku)}"
        f"-{order.number}0" if order.lines else str(order.number),
        "creationDate": iso(order.created), "lastModifiedDate": iso(order.updated),
        "orderFulfillmentStatus": fulfillment_status(order), "orderPaymentStatus": payment,
        "sellerId": "fake_mug_seller", "buyer": buyer, "pricingSummary": prices,
        "cancelStatus": {"cancelState": cancel, "cancelRequests": []},
        "paymentSummary": {
            "totalDueSeller": money(order.total, order.shop_total),
            "payments": [{"paymentMethod": "EBAY", "paymentStatus": "PAID",
                          "amount": money(order.total, order.shop_total)}],
            "refunds": [{"refundId": str(refund.refund_id), "refundDate": iso(refund.created),
                         "refundStatus": "REFUNDED", "amount": money(refund.amount),
                         "refundReferenceId": f"R{refund.refund_id}"}
                        for refund in order.refunds]},
        "fulfillmentStartInstructions": [{
            "fulfillmentInstructionsType": "SHIP_TO", "minEstimatedDeliveryDate":
            iso(order.created), "shippingStep": {"shipTo": ship_to,
                                                 "shippingServiceCode": "USPSPriority"}}],
        "fulfillmentHrefs": [fulfillment_href(base, order, parcel)
                             for parcel in order.fulfillments],
        "salesRecordReference": str(order.number), "lineItems": lines}


def fulfillment_json(parcel: FakeFulfillment) -> dict[str, Any]:
    return {"fulfillmentId": str(parcel.fulfillment_id),
            "shipmentTrackingNumber": parcel.number,
            "shippingCarrierCode": CARRIER_CODES.get(parcel.carrier, parcel.carrier),
            "shippedDate": iso(parcel.created),
            "lineItems": [{"lineItemId": str(line_id), "quantity": quantity}
                          for line_id, quantity in parcel.lines]}


def item_json(variant: FakeVariant) -> dict[str, Any]:
    return {"sku": variant.sku, "locale": "en_US", "condition": "NEW",
            "product": {"title": variant.title, "aspects": {"Material": ["Ceramic"]}},
            "availability": {"shipToLocationAvailability": {"quantity": variant.stock}}}


def offer_json(variant: FakeVariant) -> dict[str, Any]:
    return {"offerId": offer_id_of(variant), "sku": variant.sku,
            "marketplaceId": SITES.get(variant.currency, "EBAY_US"), "format": "FIXED_PRICE",
            "availableQuantity": variant.stock, "status": "PUBLISHED",
            "pricingSummary": {"price": {"value": plain(variant.price, variant.currency),
                                         "currency": variant.currency}},
            "listing": {"listingId": legacy_item_id(variant.sku), "listingStatus": "ACTIVE"}}


def offer_id_of(variant: FakeVariant) -> str:
    return str(variant.variant_id % 10**10)


def user_json(currency: str) -> dict[str, Any]:
    return {"userId": "u7fAkE5eLLeR", "username": "fake_mug_seller", "accountType": "BUSINESS",
            "registrationMarketplaceId": SITES.get(currency, "EBAY_US"), "status": "CONFIRMED",
            "businessAccount": {"name": "Fake Mugs Ltd", "email": "seller@example.com"}}


# --- Requests ---

@dataclass(frozen=True)
class Filter:
    """getOrders' filter: lastmodifieddate and creationdate ranges (inclusive), and
    orderfulfillmentstatus; creationdate wins over lastmodifieddate."""

    modified: tuple[datetime | None, datetime | None] | None = None
    created: tuple[datetime | None, datetime | None] | None = None
    states: frozenset[str] = frozenset()


def parse_filter(text: str) -> Filter | None:
    """The filter, or None when eBay would refuse its grammar."""
    found = Filter()
    for part in text.split(","):
        name, _, value = part.strip().partition(":")
        if name in {"lastmodifieddate", "creationdate"}:
            match = DATES.fullmatch(value)
            if match is None or not any(match.groups()):
                return None
            ends = tuple(parse_time(end) if end else None for end in match.groups())
            if any(end is None for end, given in zip(ends, match.groups(), strict=True)
                   if given):
                return None
            key = "modified" if name == "lastmodifieddate" else "created"
            found = replace(found, **{key: ends})
        elif name == "orderfulfillmentstatus":
            states = frozenset(value.removeprefix("{").removesuffix("}").split("|"))
            if not (value.startswith("{") and value.endswith("}")) or not states <= STATES:
                return None
            found = replace(found, states=states)
        else:
            return None
    return found


def within(moment: datetime, ends: tuple[datetime | None, datetime | None]) -> bool:
    return (ends[0] is None or moment >= ends[0]) and (ends[1] is None or moment <= ends[1])


def encoded(text: str) -> str:
    return text.translate(str.maketrans({"[": "%5B", "]": "%5D", "{": "%7B", "|": "%7C",
                                         "}": "%7D"}))


def invalid_token() -> Answer:
    return error(401, 1001, "Invalid access token", "Invalid access token. Check the value of "
                 "the Authorization HTTP request header.", domain="OAuth")


def one(query: Mapping[str, list[str]], name: str, default: str) -> str:
    return query.get(name, [default])[-1]


def request_json(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def valid_price(value: str) -> bool:
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return False
    return amount.is_finite() and amount >= Decimal("0.99")


def garble(orders: list[dict[str, Any]], failure: Failure) -> None:
    """Spoil one order of the page (the one named, else the first) as `failure.variant`."""
    order = next((o for o in orders if o["orderId"] == failure.number), orders[0])
    if failure.variant == "types":
        cost = dict(order["lineItems"][0]["lineItemCost"])
        cost["convertedFromValue" if "convertedFromValue" in cost else "value"] = "12,50"
        order["lineItems"][0]["lineItemCost"] = cost
    elif failure.variant == "currency":
        order["pricingSummary"]["total"] = {"value": "10.00", "currency": "XXX"}
    else:
        order["pricingSummary"].pop("total")


def price_quantity(item: Any, sku: str, variant: FakeVariant | None, listed: bool,
                   failure: Failure | None
                   ) -> tuple[dict[str, Any], int | None, list[tuple[str, str]]]:
    """bulkUpdatePriceQuantity's answer to one request, with the quantity and prices to
    apply when it succeeds."""
    offers = item.get("offers") or [] if isinstance(item, dict) else []
    answer: dict[str, Any] = {"sku": sku, "statusCode": 200}
    if offers and isinstance(offers[0], dict):
        answer["offerId"] = str(offers[0].get("offerId", ""))

    def refused(code: int, message: str, status: int = 400) -> dict[str, Any]:
        return {**answer, "statusCode": status, "errors": [
            {"errorId": code, "domain": "API_INVENTORY", "category": "REQUEST",
             "message": message}]}

    if variant is None:
        return refused(25702, f"SKU {sku} is not available in the system.", 404), None, []
    if failure is not None and failure.kind == "reject":
        return refused(failure.code or 25001, "A system error has occurred."), None, []
    quantity = (item.get("shipToLocationAvailability") or {}).get("quantity")
    prices: list[tuple[str, str]] = []
    for offer in offers:
        if str(offer.get("offerId")) != offer_id_of(variant) or not listed:
            return refused(25713, "This Offer is not available."), None, []
        price = offer.get("price")
        if price is not None:
            value, currency = str(price.get("value", "")), str(price.get("currency", ""))
            if currency != variant.currency or not valid_price(value):
                return refused(25005, "Invalid price: the value must be above 0.99 in the "
                                      "listing currency."), None, []
            prices.append((value, currency))
        if quantity is None and "availableQuantity" in offer:
            quantity = offer["availableQuantity"]
    if quantity is not None and (type(quantity) is not int or quantity < 0):
        return refused(25004, "Invalid quantity."), None, []
    return answer, quantity, prices


def items_page(variants: list[FakeVariant], query: Mapping[str, list[str]], base: str
               ) -> Answer:
    """getInventoryItems: offset paging over every variant."""
    limit, offset = one(query, "limit", "25"), one(query, "offset", "0")
    if not limit.isdigit() or not 1 <= int(limit) <= 200 or not offset.isdigit():
        return error(400, 25706, "Invalid value for limit or offset",
                     domain="API_INVENTORY")
    size, start = int(limit), int(offset)
    shown = variants[start:start + size]
    href = f"{base}/sell/inventory/v1/inventory_item?limit={size}&offset="
    body: dict[str, Any] = {"href": href + str(start), "limit": size, "size": len(shown),
                            "total": len(variants),
                            "inventoryItems": [item_json(v) for v in shown]}
    if start + size < len(variants):
        body["next"] = href + str(start + size)
    return 200, dumps(body), {"Content-Type": JSON}


def route(method: str, path: str) -> tuple[str, str]:
    """(endpoint, order id) of a request; ("", "") when eBay has no such resource."""
    for verb, pattern, endpoint in ROUTES:
        match = pattern.fullmatch(path)
        if verb == method and match:
            return endpoint, (match.group(1) if match.groups() else "")
    return "", ""
