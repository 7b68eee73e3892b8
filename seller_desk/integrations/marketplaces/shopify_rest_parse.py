"""Shopify REST JSON (orders, products, fulfillment orders) as the sync's records."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

from seller_desk.domain.sync import (
    RemoteFulfillment,
    RemoteLine,
    RemoteOrder,
    RemoteRefund,
    RemoteVariant,
)
from seller_desk.integrations.marketplaces.base import instant, money
from seller_desk.integrations.marketplaces.shopify_parse import (
    DEAD_PARCELS,
    FulfillmentOrder,
    address_line,
    buyer,
    currency_code,
    gid_number,
    order_status,
    refunded_lines,
    text,
    whole,
)

Raw = Mapping[str, Any]
LINK = re.compile(r'<([^>]*)>\s*;\s*rel="?([^",;]+)"?')


def next_page_info(link: str | None) -> str | None:
    """The page_info of the Link header's rel="next" URL (None on the last page)."""
    for url, rel in LINK.findall(link or ""):
        if rel.strip() == "next":
            found = parse_qs(urlsplit(url).query).get("page_info")
            return found[0] if found else None
    return None


def in_currency(amounts: object, currency: str, side: str = "presentment_money") -> int:
    """Minor units of one side of a *_set ({shop_money, presentment_money})."""
    if not isinstance(amounts, Mapping) or not isinstance(amounts.get(side), Mapping):
        raise ValueError(f"no {side} amount")
    amount = amounts[side]
    if currency_code(amount.get("currency_code")) != currency:
        raise ValueError(f"an amount in {amount.get('currency_code')}, not {currency}")
    return money(amount.get("amount"), currency)


def rest_order(raw: Raw) -> RemoteOrder:
    """A REST order as a RemoteOrder; ValueError, KeyError or TypeError when a field cannot
    be read. Amounts are the buyer's (presentment) money of the *_set twins."""
    currency = currency_code(raw.get("presentment_currency") or raw["currency"])
    shop_currency = currency_code(raw["currency"])
    parcels = [p for p in raw.get("fulfillments") or ()
               if text(p.get("status")).lower() not in DEAD_PARCELS]
    delivered = bool(parcels) and all(p.get("shipment_status") == "delivered" for p in parcels)
    ship: Raw = raw.get("shipping_address") or {}
    place: Raw = ship or raw.get("billing_address") or {}
    person: Raw | None = raw.get("customer")
    shipping = raw.get("total_shipping_price_set")
    return RemoteOrder(
        external_id=gid_number(whole(raw["id"])), number=text(raw["name"]),
        placed_at=instant(raw.get("processed_at") or raw["created_at"]),
        updated_at=instant(raw["updated_at"]),
        status=order_status(cancelled=bool(raw.get("cancelled_at")),
                            financial=text(raw.get("financial_status")),
                            fulfilled=raw.get("fulfillment_status") == "fulfilled",
                            delivered=delivered),
        currency=currency,
        subtotal_minor=in_currency(raw["subtotal_price_set"], currency),
        shipping_minor=in_currency(shipping, currency) if shipping is not None else sum(
            in_currency(line["price_set"], currency) for line in raw.get("shipping_lines") or ()),
        tax_minor=in_currency(raw["total_tax_set"], currency),
        discount_minor=in_currency(raw["total_discounts_set"], currency),
        total_minor=in_currency(raw["total_price_set"], currency),
        shop_currency=shop_currency,
        shop_total_minor=in_currency(raw["total_price_set"], shop_currency, "shop_money"),
        customer=buyer(
            customer_id=gid_number(whole(person["id"])) if person else "",
            email=raw.get("email") or (person or {}).get("email"),
            first=person.get("first_name") if person else None,
            last=person.get("last_name") if person else None, place=place,
            country=place.get("country_code"),
            phone=raw.get("phone") or (person or {}).get("phone") or place.get("phone")),
        ship_country=text(ship.get("country_code")).upper(),
        ship_address=address_line(ship.get("address1"), ship.get("address2"),
                                  ship.get("city"), ship.get("province_code"), ship.get("zip"),
                                  ship.get("country_code")),
        tags=tuple(tag.strip() for tag in text(raw.get("tags")).split(",") if tag.strip()),
        lines=tuple(rest_line(line, currency) for line in raw.get("line_items") or ()),
        refunds=tuple(rest_refund(refund, currency) for refund in raw.get("refunds") or ()),
        fulfillments=tuple(rest_parcel(parcel) for parcel in parcels),
        test=raw.get("test") is True)


def rest_line(line: Raw, currency: str) -> RemoteLine:
    variant, product = line.get("variant_id"), line.get("product_id")
    return RemoteLine(
        external_id=gid_number(whole(line["id"])), sku=text(line.get("sku")),
        title=text(line.get("name") or line.get("title")), quantity=whole(line["quantity"]),
        unit_price_minor=in_currency(line["price_set"], currency),
        product_id=gid_number(whole(product)) if product is not None else "",
        variant_id=gid_number(whole(variant)) if variant is not None else "")


def rest_refund(refund: Raw, currency: str) -> RemoteRefund:
    """The money a refund gave back: its successful refund transactions, in the buyer's
    currency (a transaction in another currency cannot be read)."""
    amount = 0
    for deal in refund.get("transactions") or ():
        if deal.get("kind") == "refund" and deal.get("status") == "success":
            if currency_code(deal.get("currency") or currency) != currency:
                raise ValueError(f"a refund in {deal.get('currency')}, not {currency}")
            amount += money(deal["amount"], currency)
    return RemoteRefund(
        external_id=gid_number(whole(refund["id"])), created_at=instant(refund["created_at"]),
        amount_minor=amount, reason=text(refund.get("note")),
        lines=refunded_lines((whole(row["line_item_id"]), row["quantity"])
                             for row in refund.get("refund_line_items") or ()))


def rest_parcel(parcel: Raw) -> RemoteFulfillment:
    numbers = [text(n) for n in parcel.get("tracking_numbers") or () if text(n)] or \
        ([text(parcel["tracking_number"])] if text(parcel.get("tracking_number")) else [])
    urls = [text(u) for u in parcel.get("tracking_urls") or () if text(u)] or \
        [text(parcel.get("tracking_url"))]
    return RemoteFulfillment(
        external_id=gid_number(whole(parcel["id"])), created_at=instant(parcel["created_at"]),
        carrier=text(parcel.get("tracking_company")), tracking_numbers=tuple(numbers),
        tracking_url=urls[0],
        lines=refunded_lines((whole(row["id"]), row["quantity"])
                             for row in parcel.get("line_items") or ()))


def rest_variants(product: Raw, currency: str) -> list[RemoteVariant]:
    """A product's variants; stock None when Shopify does not manage it."""
    name = text(product.get("title"))
    product_id = gid_number(whole(product["id"]))
    found = []
    for variant in product.get("variants") or ():
        option = text(variant.get("title"))
        quantity = variant.get("inventory_quantity")
        tracked = variant.get("inventory_management") == "shopify"
        item = variant.get("inventory_item_id")
        found.append(RemoteVariant(
            external_id=gid_number(whole(variant["id"])), product_id=product_id,
            sku=text(variant.get("sku")),
            title=name if option in {"", "Default Title"} else f"{name} / {option}",
            currency=currency,
            price_minor=None if variant.get("price") is None else money(variant["price"],
                                                                        currency),
            stock=whole(quantity) if tracked and quantity is not None else None,
            ref=gid_number(whole(item)) if item is not None else ""))
    return found


def rest_fulfillment_orders(raw: object) -> list[FulfillmentOrder]:
    if not isinstance(raw, list):
        raise ValueError("no fulfillment_orders list")
    return [(gid_number(whole(fo["id"])), text(fo.get("status")),
             [(gid_number(whole(row["id"])), gid_number(whole(row["line_item_id"])),
               whole(row["fulfillable_quantity"])) for row in fo.get("line_items") or ()])
            for fo in raw]
