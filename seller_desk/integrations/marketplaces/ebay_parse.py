"""eBay Sell API payloads (getOrders, shipping fulfillments, inventory, offers) read as records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.imports import ImportedCustomer
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.sync import (
    RefundedLine,
    RemoteFulfillment,
    RemoteLine,
    RemoteOrder,
    RemoteRefund,
    RemoteVariant,
)
from seller_desk.integrations.marketplaces.base import instant, iso_z, money

SCOPE_ROOT = "https://api.ebay.com/oauth/api_scope/"
FULFILLMENT_SCOPE = SCOPE_ROOT + "sell.fulfillment"
INVENTORY_SCOPE = SCOPE_ROOT + "sell.inventory"
# getUser (the account's name and home site) needs it; refresh tokens granted without it
# still sync orders, so the client asks for it only where the seller's consent allows.
IDENTITY_SCOPE = SCOPE_ROOT + "commerce.identity.readonly"
LACKING = {
    IDENTITY_SCOPE: "commerce.identity.readonly: the account name is not shown and the "
                    "currency is taken from the orders",
    INVENTORY_SCOPE: "sell.inventory: stock and prices can be neither read nor changed",
}
# The currency of the site the seller registered on: eBay pays out and prices in it.
SITE_CURRENCIES = {
    "EBAY_US": "USD", "EBAY_MOTORS": "USD", "EBAY_GB": "GBP", "EBAY_DE": "EUR",
    "EBAY_FR": "EUR", "EBAY_IT": "EUR", "EBAY_ES": "EUR", "EBAY_AT": "EUR", "EBAY_BE": "EUR",
    "EBAY_IE": "EUR", "EBAY_NL": "EUR", "EBAY_AU": "AUD", "EBAY_CA": "CAD", "EBAY_CH": "CHF",
    "EBAY_PL": "PLN", "EBAY_HK": "HKD", "EBAY_SG": "SGD",
}
CARRIER_CODES = {"ups": "UPS", "usps": "USPS", "fedex": "FEDEX", "dhl": "DHL",
                 "china post": "ChinaPost", "royal mail": "RoyalMail"}
FILTER_ESCAPES = str.maketrans({"[": "%5B", "]": "%5D", "{": "%7B", "|": "%7C", "}": "%7D"})
# What a payload that cannot be read raises on the way (a missing key, a wrong type, an
# amount or a currency code that is not one).
UNREADABLE = (KeyError, IndexError, ValueError, TypeError, AttributeError, ArithmeticError,
              ValidationError)


def text(value: object) -> str:
    """A scalar as text; absent, null or a container is ""."""
    if value is None or isinstance(value, bool | Mapping | list):
        return ""
    return str(value)


def order_filter(since: datetime) -> str:
    """getOrders' filter, its brackets percent-encoded as eBay requires."""
    return f"lastmodifieddate:[{iso_z(since)}..]".translate(FILTER_ESCAPES)


def describe(error: Exception) -> str:
    """A short reason for a payload that could not be read."""
    if isinstance(error, KeyError):
        return f"no {error.args[0]!r}"
    return str(error) or type(error).__name__


def carrier_code(name: str) -> str:
    """eBay's shippingCarrierCode for a carrier as people write it ("China Post")."""
    words = name.split()
    return CARRIER_CODES.get(" ".join(words).lower(), "".join(words))


def error_text(body: object) -> str:
    """The first message of an eBay `errors` body, or an OAuth `error_description`."""
    if not isinstance(body, Mapping):
        return ""
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        first = errors[0]
        return text(first.get("message")) or text(first.get("longMessage"))
    return text(body.get("error_description")) or text(body.get("error"))


def site_currency(user: Mapping[str, Any]) -> str:
    return SITE_CURRENCIES.get(text(user.get("registrationMarketplaceId")), "")


def listed(body: Mapping[str, Any], key: str) -> list[Any] | None:
    """The items of a paged answer; eBay leaves the list out of an empty page."""
    items = body.get(key)
    if items is None and body.get("total") == 0:
        return []
    return items if isinstance(items, list) else None


def total_of(body: Mapping[str, Any]) -> int | None:
    total = body.get("total")
    return total if type(total) is int and total >= 0 else None


# --- Orders ---

def amount(data: object, currency: str) -> int:
    """An Amount {value, currency[, convertedFromValue, convertedFromCurrency]} in `currency`:
    the buyer's amount is the converted-from one when eBay converted it to the seller's."""
    if not isinstance(data, Mapping):
        raise ValueError(f"not an amount: {data!r}")
    if data.get("convertedFromCurrency") == currency:
        return money(data.get("convertedFromValue"), currency)
    if data.get("currency") == currency:
        return money(data.get("value"), currency)
    raise ValueError(f"an amount in {data.get('currency')!r}, not {currency}")


def optional_amount(data: object, currency: str) -> int:
    return 0 if data is None else abs(amount(data, currency))


def currencies(order: Mapping[str, Any]) -> tuple[str, str]:
    """(the buyer's currency, the seller's) from the order total."""
    total = order["pricingSummary"]["total"]
    seller = text(total["currency"])
    return text(total.get("convertedFromCurrency")) or seller, seller


def status_of(order: Mapping[str, Any]) -> OrderStatus:
    if text((order.get("cancelStatus") or {}).get("cancelState")) == "CANCELED":
        return OrderStatus.CANCELLED
    payment = text(order.get("orderPaymentStatus"))
    if payment == "FULLY_REFUNDED":
        return OrderStatus.REFUNDED
    if payment == "PARTIALLY_REFUNDED":
        return OrderStatus.PARTIALLY_REFUNDED
    if payment in {"PENDING", "FAILED"}:
        return OrderStatus.PENDING
    if text(order.get("orderFulfillmentStatus")) == "FULFILLED":
        return OrderStatus.SHIPPED
    return OrderStatus.PAID


def needs_fulfillments(order: Mapping[str, Any]) -> bool:
    """Only a (partly) shipped order with fulfillment links has tracking worth a call."""
    return text(order.get("orderFulfillmentStatus")) in {"FULFILLED", "IN_PROGRESS"} \
        and bool(order.get("fulfillmentHrefs"))


def ship_to(order: Mapping[str, Any]) -> Mapping[str, Any]:
    """The ship-to of the first fulfillment instruction ({} for a digital or pickup order)."""
    for instruction in order.get("fulfillmentStartInstructions") or ():
        step = instruction.get("shippingStep") or {}
        if step.get("shipTo"):
            return step["shipTo"]
    return {}


def address_line(address: Mapping[str, Any]) -> str:
    keys = ("addressLine1", "addressLine2", "city", "stateOrProvince", "postalCode",
            "countryCode")
    return ", ".join(part for part in (text(address.get(key)).strip() for key in keys) if part)


def customer_of(order: Mapping[str, Any]) -> ImportedCustomer:
    buyer = order.get("buyer") or {}
    registered = buyer.get("buyerRegistrationAddress") or {}
    receiver = ship_to(order)
    place = receiver.get("contactAddress") or registered.get("contactAddress") \
        or buyer.get("taxAddress") or {}
    phone = (receiver.get("primaryPhone") or registered.get("primaryPhone") or {})
    return ImportedCustomer(
        external_id=text(buyer.get("username")), email=text(registered.get("email")),
        name=text(registered.get("fullName")) or text(receiver.get("fullName")),
        phone=text(phone.get("phoneNumber")), country=text(place.get("countryCode")).upper(),
        city=text(place.get("city")), postcode=text(place.get("postalCode")))


def line_of(item: Mapping[str, Any], currency: str) -> RemoteLine:
    quantity = item["quantity"]
    if type(quantity) is not int or quantity < 1:
        raise ValueError(f"line {item.get('lineItemId')} has quantity {quantity!r}")
    cost = amount(item["lineItemCost"], currency)  # the unit price times the quantity
    return RemoteLine(
        external_id=text(item["lineItemId"]), sku=text(item.get("sku")),
        title=text(item.get("title")), quantity=quantity,
        unit_price_minor=round(Decimal(cost) / quantity), product_id=text(item.get("legacyItemId")),
        variant_id=text(item.get("sku")))


def refunds_of(order: Mapping[str, Any], lines: Sequence[RemoteLine],
               currency: str) -> tuple[RemoteRefund, ...]:
    refunds = []
    for refund in (order.get("paymentSummary") or {}).get("refunds") or ():
        if text(refund.get("refundStatus")) == "FAILED":
            continue
        refund_id = text(refund.get("refundId")) or text(refund.get("refundReferenceId"))
        refunds.append(RemoteRefund(
            external_id=refund_id, created_at=instant(refund["refundDate"]),
            amount_minor=abs(amount(refund["amount"], currency)),
            lines=refunded_lines(order, lines, refund_id, currency)))
    return tuple(refunds)


def refunded_lines(order: Mapping[str, Any], lines: Sequence[RemoteLine], refund_id: str,
                   currency: str) -> tuple[RefundedLine, ...]:
    """The lines a refund touched. eBay gives each line's refunded amount, not a quantity:
    the quantity is that amount in unit prices, at least one and at most the line's."""
    by_id = {line.external_id: line for line in lines}
    found = []
    for item in order.get("lineItems") or ():
        line = by_id.get(text(item.get("lineItemId")))
        for part in item.get("refunds") or ():
            if line is None or text(part.get("refundId")) != refund_id:
                continue
            paid = abs(amount(part["amount"], currency))
            units = paid // line.unit_price_minor if line.unit_price_minor else line.quantity
            found.append(RefundedLine(line.external_id, max(1, min(line.quantity, units))))
    return tuple(found)


def fulfillment_of(data: Mapping[str, Any]) -> RemoteFulfillment:
    number = text(data.get("shipmentTrackingNumber"))
    return RemoteFulfillment(
        external_id=text(data["fulfillmentId"]), created_at=instant(data["shippedDate"]),
        carrier=text(data.get("shippingCarrierCode")),
        tracking_numbers=(number,) if number else (),
        lines=tuple(RefundedLine(text(line["lineItemId"]), int(line["quantity"]))
                    for line in data.get("lineItems") or ()))


def order_of(order: Mapping[str, Any], *, test: bool = False) -> RemoteOrder:
    """An eBay Order without its fulfillments (they take a call of their own)."""
    order_id = text(order["orderId"])
    if not order_id:
        raise ValueError("no orderId")
    currency, seller = currencies(order)
    prices = order["pricingSummary"]
    lines = tuple(line_of(item, currency) for item in order["lineItems"])
    receiver = ship_to(order)
    where = receiver.get("contactAddress") or {}
    return RemoteOrder(
        external_id=order_id, number=order_id, placed_at=instant(order["creationDate"]),
        updated_at=instant(order["lastModifiedDate"]), status=status_of(order),
        currency=currency,
        subtotal_minor=amount(prices["priceSubtotal"], currency),
        shipping_minor=optional_amount(prices.get("deliveryCost"), currency),
        tax_minor=optional_amount(prices.get("tax"), currency),
        discount_minor=optional_amount(prices.get("priceDiscount"), currency)
        + optional_amount(prices.get("deliveryDiscount"), currency),
        total_minor=amount(prices["total"], currency),
        customer=customer_of(order), shop_currency=seller,
        shop_total_minor=amount(prices["total"], seller),
        ship_country=text(where.get("countryCode")).upper(), ship_address=address_line(where),
        lines=lines, refunds=refunds_of(order, lines, currency), test=test)


# --- Inventory ---

def offer_price(offer: Mapping[str, Any] | None) -> tuple[int, str] | None:
    if offer is None:
        return None
    price = (offer.get("pricingSummary") or {}).get("price")
    if price is None:
        return None
    currency = text(price.get("currency"))
    return money(price.get("value"), currency), currency


def chosen_offer(offers: Sequence[Any]) -> Mapping[str, Any] | None:
    """The first published offer of a SKU, else its first (a SKU has one per site)."""
    found = [offer for offer in offers if isinstance(offer, Mapping)]
    return next((offer for offer in found if offer.get("status") == "PUBLISHED"),
                found[0] if found else None)


def variant_of(item: Mapping[str, Any], offer: Mapping[str, Any] | None,
               currency: str) -> RemoteVariant:
    sku = text(item["sku"])
    quantity = ((item.get("availability") or {}).get("shipToLocationAvailability")
                or {}).get("quantity")
    if quantity is not None and (type(quantity) is not int or quantity < 0):
        raise ValueError(f"quantity {quantity!r}")
    price = offer_price(offer)
    return RemoteVariant(
        external_id=sku, product_id=sku, sku=sku,
        title=text((item.get("product") or {}).get("title")) or sku,
        currency=price[1] if price else currency, price_minor=price[0] if price else None,
        stock=quantity, ref=text(offer.get("offerId")) if offer else "")
