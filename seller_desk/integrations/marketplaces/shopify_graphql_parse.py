"""Shopify GraphQL nodes (orders, variants, fulfillment orders) as the sync's records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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

Node = Mapping[str, Any]


def nodes(connection: object) -> list[Node]:
    """The nodes of a connection; ValueError when it is not one."""
    if not isinstance(connection, Mapping) or not isinstance(connection.get("nodes"), list):
        raise ValueError("a connection without nodes")
    return [node for node in connection["nodes"] if isinstance(node, Mapping)]


def more_pages(connection: object) -> bool:
    info = connection.get("pageInfo") if isinstance(connection, Mapping) else None
    return isinstance(info, Mapping) and info.get("hasNextPage") is True


def needs_detail(node: Node) -> bool:
    """Whether the listing cut one of the order's lists short (read it again on its own)."""
    parcels = [*(node.get("refunds") or []), *(node.get("fulfillments") or [])]
    return more_pages(node.get("lineItems")) or any(
        more_pages(p.get("refundLineItems", p.get("fulfillmentLineItems")))
        for p in parcels if isinstance(p, Mapping))


def in_currency(bag: object, currency: str, side: str = "presentmentMoney") -> int:
    """Minor units of one side of a MoneyBag, which must be in `currency`."""
    if not isinstance(bag, Mapping) or not isinstance(bag.get(side), Mapping):
        raise ValueError(f"no {side} amount")
    amount = bag[side]
    if currency_code(amount.get("currencyCode")) != currency:
        raise ValueError(f"an amount in {amount.get('currencyCode')}, not {currency}")
    return money(amount.get("amount"), currency)


def graphql_order(node: Node) -> RemoteOrder:
    """An Order node (with every list complete) as a RemoteOrder; ValueError, KeyError or
    TypeError when a field cannot be read."""
    currency = currency_code(node["presentmentCurrencyCode"])
    shop_currency = currency_code(node["currencyCode"])
    parcels = [p for p in node.get("fulfillments") or []
               if text(p.get("status")).lower() not in DEAD_PARCELS]
    delivered = bool(parcels) and all(p.get("displayStatus") == "DELIVERED" for p in parcels)
    ship: Node = node.get("shippingAddress") or {}
    place: Node = ship or node.get("billingAddress") or {}
    person: Node | None = node.get("customer")
    return RemoteOrder(
        external_id=gid_number(node["id"]), number=text(node["name"]),
        placed_at=instant(node.get("processedAt") or node["createdAt"]),
        updated_at=instant(node["updatedAt"]),
        status=order_status(
            cancelled=bool(node.get("cancelledAt")),
            financial=text(node.get("displayFinancialStatus")),
            fulfilled=node.get("displayFulfillmentStatus") == "FULFILLED", delivered=delivered),
        currency=currency,
        subtotal_minor=in_currency(node["subtotalPriceSet"], currency),
        shipping_minor=in_currency(node["totalShippingPriceSet"], currency),
        tax_minor=in_currency(node["totalTaxSet"], currency),
        discount_minor=in_currency(node["totalDiscountsSet"], currency),
        total_minor=in_currency(node["totalPriceSet"], currency),
        shop_currency=shop_currency,
        shop_total_minor=in_currency(node["totalPriceSet"], shop_currency, "shopMoney"),
        customer=buyer(
            customer_id=gid_number(person["id"]) if person else "", email=node.get("email"),
            first=person.get("firstName") if person else None,
            last=person.get("lastName") if person else None, place=place,
            country=place.get("countryCodeV2"),
            phone=node.get("phone") or (person or {}).get("phone") or place.get("phone")),
        ship_country=text(ship.get("countryCodeV2")).upper(),
        ship_address=address_line(ship.get("address1"), ship.get("address2"),
                                  ship.get("city"), ship.get("provinceCode"), ship.get("zip"),
                                  ship.get("countryCodeV2")),
        tags=tuple(text(tag) for tag in node.get("tags") or () if text(tag)),
        lines=tuple(graphql_line(line, currency) for line in nodes(node["lineItems"])),
        refunds=tuple(RemoteRefund(
            external_id=gid_number(refund["id"]), created_at=instant(refund["createdAt"]),
            amount_minor=in_currency(refund["totalRefundedSet"], currency),
            reason=text(refund.get("note")),
            lines=refunded_lines((row["lineItem"]["id"], row["quantity"])
                                 for row in nodes(refund["refundLineItems"])))
            for refund in node.get("refunds") or ()),
        fulfillments=tuple(graphql_parcel(parcel) for parcel in parcels),
        test=node.get("test") is True)


def graphql_line(line: Node, currency: str) -> RemoteLine:
    variant, product = line.get("variant"), line.get("product")
    return RemoteLine(
        external_id=gid_number(line["id"]), sku=text(line.get("sku")),
        title=text(line.get("name")), quantity=whole(line["quantity"]),
        unit_price_minor=in_currency(line["originalUnitPriceSet"], currency),
        product_id=gid_number(product["id"]) if product else "",
        variant_id=gid_number(variant["id"]) if variant else "")


def graphql_parcel(parcel: Node) -> RemoteFulfillment:
    tracking = [t for t in parcel.get("trackingInfo") or () if isinstance(t, Mapping)]
    return RemoteFulfillment(
        external_id=gid_number(parcel["id"]), created_at=instant(parcel["createdAt"]),
        carrier=next((text(t.get("company")) for t in tracking if text(t.get("company"))), ""),
        tracking_numbers=tuple(text(t.get("number")) for t in tracking if text(t.get("number"))),
        tracking_url=next((text(t.get("url")) for t in tracking if text(t.get("url"))), ""),
        lines=refunded_lines((row["lineItem"]["id"], row["quantity"])
                             for row in nodes(parcel["fulfillmentLineItems"])))


def graphql_variant(node: Node, currency: str) -> RemoteVariant:
    """A ProductVariant node; the title is "Product / Variant" ("Product" for the only,
    default variant); stock None when Shopify does not track it."""
    product: Node = node["product"]
    option, name = text(node.get("title")), text(product.get("title"))
    item: Node = node.get("inventoryItem") or {}
    quantity = node.get("inventoryQuantity")
    return RemoteVariant(
        external_id=gid_number(node["id"]), product_id=gid_number(product["id"]),
        sku=text(node.get("sku")),
        title=name if option in {"", "Default Title"} else f"{name} / {option}",
        currency=currency,
        price_minor=None if node.get("price") is None else money(node["price"], currency),
        stock=None if item.get("tracked") is False or quantity is None else whole(quantity),
        ref=gid_number(item["id"]) if item.get("id") else "")


def graphql_fulfillment_orders(order: Node) -> list[FulfillmentOrder]:
    return [(text(fo["id"]), text(fo.get("status")),
             [(text(row["id"]), gid_number(row["lineItem"]["id"]),
               whole(row["remainingQuantity"])) for row in nodes(fo["lineItems"])])
            for fo in nodes(order["fulfillmentOrders"])]
