"""The Shopify fake's REST Admin API routes: shop, scopes, orders (status filter, Link
cursors that refuse filters), products, variants, locations, inventory, fulfillments."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from tests.fakes.loopback import Answer
from tests.fakes.shop_data import FakeOrder, FakeVariant
from tests.fakes.shopify_graphql import GraphQLError, decode_cursor, encode_cursor
from tests.fakes.shopify_listing import (
    REST_SORTS,
    key_of,
    listed_key,
    ordered,
    parse_time,
    window,
)
from tests.fakes.shopify_payloads import (
    API_VERSION,
    CLOSED,
    ITEM_BASE,
    LOCATION_ID,
    NOT_FOUND,
    TOO_MANY,
    decimal_or_none,
    page_info_refused,
    reply,
    rest_fulfillment_orders,
    rest_order,
    rest_product,
    rest_time,
    rest_variant,
    scope_refused,
    track_url,
)

if TYPE_CHECKING:
    from tests.fakes.shopify_server import ShopifyFake

PAGING = frozenset({"limit", "fields", "page_info"})
DEFAULT_LIMIT, MAX_LIMIT = 50, 250
DEFAULT_ORDER = "id desc"
Routed = tuple[int, Any, dict[str, str]]


class Refused(Exception):
    """A 4xx answer with Shopify's body."""

    def __init__(self, status: int, payload: object) -> None:
        super().__init__(status)
        self.status = status
        self.payload = payload


def invalid(param: str) -> Refused:
    return Refused(400, {"errors": {param: "Invalid value."}})


def missing(root: str) -> Refused:
    return Refused(400, {"errors": {root: "Required parameter missing or invalid"}})


def number(text: str) -> int:
    if not text.isdigit():
        raise Refused(404, NOT_FOUND)
    return int(text)


def fields_of(item: dict[str, Any], fields: str | None) -> dict[str, Any]:
    wanted = {name.strip() for name in (fields or "").split(",") if name.strip()}
    return {k: v for k, v in item.items() if k in wanted} if wanted else item


def sent_of(body: bytes) -> dict[str, Any]:
    """A write's JSON body as the fake records it ({} when it is not an object)."""
    try:
        found = json.loads(body)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def status_test(status: str) -> Callable[[FakeOrder], bool]:
    """REST's status filter: open (the default) hides closed and cancelled orders."""
    if status == "any":
        return lambda order: True
    if status == "open":
        return lambda order: order.status not in CLOSED
    if status == "closed":
        return lambda order: order.status in CLOSED
    if status == "cancelled":
        return lambda order: order.status == "cancelled"
    raise invalid("status")


class RestRoutes:
    """Mixed into ShopifyFake."""

    def rest(self: ShopifyFake, method: str, resource: str, params: dict[str, str],
             body: bytes) -> Answer:
        with self.lock:
            self.calls[resource] += 1
            self.requests.append((resource, sent_of(body) if body else dict(params)))
        headers, over = self.call_limit()
        headers["X-Shopify-API-Version"] = API_VERSION
        if over:
            with self.lock:
                self.too_many += 1
            return reply(429, TOO_MANY, {**headers, "Retry-After": "2.0"})
        write = method != "GET"
        failure = self.take_failure(resource, ()) if write else None
        early = self.failed(failure, False, headers)
        if early is not None:
            return early
        try:
            status, payload, extra = self.route(method, resource, params, body)
        except Refused as refusal:
            status, payload, extra = refusal.status, refusal.payload, {}
        listed = payload.get("orders") if isinstance(payload, dict) else None
        items = listed if isinstance(listed, list) else []
        if not write:
            failure = self.take_failure(resource, [str(item.get("id")) for item in items])
            early = self.failed(failure, False, headers)
            if early is not None:
                return early
        return self.finish(status, payload, {**headers, **extra}, failure, items)

    def route(self: ShopifyFake, method: str, resource: str, params: dict[str, str],
              body: bytes) -> Routed:
        parts = resource.removesuffix(".json").split("/")
        match method, parts:
            case "GET", ["shop"]:
                return 200, {"shop": {
                    "id": 548380009, "name": self.name, "currency": self.shop.shop_currency,
                    "email": "owner@example.com", "domain": "lantern-and-loom.example",
                    "myshopify_domain": "lantern-and-loom.myshopify.com",
                    "iana_timezone": "America/New_York", "plan_name": "basic"}}, {}
            case "GET", ["oauth", "access_scopes"]:
                return 200, {"access_scopes": [{"handle": s} for s in self.scopes]}, {}
            case "GET", ["orders"]:
                return self.rest_orders(params)
            case "GET", ["orders", order_id]:
                self.require("read_orders")
                order = self.find(number(order_id))
                if order is None:
                    raise Refused(404, NOT_FOUND)
                return 200, {"order": fields_of(rest_order(order, self.by_sku),
                                                params.get("fields"))}, {}
            case "GET", ["orders", order_id, "fulfillment_orders"]:
                self.require("read_orders")
                order = self.find(number(order_id))
                if order is None:
                    raise Refused(404, NOT_FOUND)
                return 200, {"fulfillment_orders": rest_fulfillment_orders(order)}, {}
            case "GET", ["products"]:
                return self.rest_products(params)
            case ("GET" | "PUT") as verb, ["variants", variant_id]:
                variant = self.shop.variant(number(variant_id))
                if variant is None:
                    raise Refused(404, NOT_FOUND)
                if verb == "PUT":
                    self.rest_price(variant, body)
                else:
                    self.require("read_products")
                return 200, {"variant": rest_variant(variant)}, {}
            case "GET", ["locations"]:
                return 200, {"locations": [{"id": LOCATION_ID, "name": "Warehouse",
                                            "active": True, "country_code": "US"}]}, {}
            case "POST", ["inventory_levels", "set"]:
                return self.rest_stock(body)
            case "POST", ["fulfillments"]:
                return self.rest_fulfil(body)
        raise Refused(404, NOT_FOUND)

    def require(self: ShopifyFake, scope: str) -> None:
        if not self.has(scope):
            raise Refused(403, scope_refused(scope))

    # --- listings ---
    def paging(self: ShopifyFake, params: dict[str, str], filters: tuple[str, ...]
               ) -> tuple[int, dict[str, str], str, tuple[int, ...] | None]:
        """limit, filters, direction and key of a listing call; a page_info call may carry
        nothing but limit and fields (its filters ride in the cursor)."""
        try:
            limit = min(MAX_LIMIT, max(1, int(params.get("limit", DEFAULT_LIMIT))))
        except ValueError:
            raise invalid("limit") from None
        if "page_info" not in params:
            return limit, {k: params[k] for k in filters if k in params}, "next", None
        extra = sorted(set(params) - PAGING)
        if extra:
            raise Refused(400, page_info_refused(extra[0]))
        try:
            cursor = decode_cursor(params["page_info"])
        except GraphQLError:
            raise invalid("page_info") from None
        key, given = listed_key(cursor.get("k")), cursor.get("f")
        if key is None or cursor.get("d") not in {"next", "prev"} or not isinstance(given, dict):
            raise invalid("page_info")
        return limit, given, cursor["d"], key

    def links(self: ShopifyFake, resource: str, limit: int, previous: str | None,
              following: str | None) -> dict[str, str]:
        base = f"{self.url}/admin/api/{API_VERSION}/{resource}?limit={limit}&page_info="
        entries = [f'<{base}{cursor}>; rel="{rel}"'
                   for rel, cursor in (("previous", previous), ("next", following)) if cursor]
        return {"Link": ", ".join(entries)} if entries else {}

    def rest_orders(self: ShopifyFake, params: dict[str, str]) -> Routed:
        self.require("read_orders")
        limit, filters, direction, key = self.paging(params, (
            "status", "updated_at_min", "updated_at_max", "created_at_min", "created_at_max",
            "since_id", "order"))
        field, _, way = filters.get("order", DEFAULT_ORDER).partition(" ")
        if field not in REST_SORTS or way not in {"asc", "desc", ""}:
            raise invalid("order")
        sort, reverse = REST_SORTS[field], way == "desc"
        try:
            since = parse_time(filters["updated_at_min"]) if "updated_at_min" in filters \
                else None
            until = parse_time(filters["updated_at_max"]) + timedelta(microseconds=1) \
                if "updated_at_max" in filters else None
            created = [parse_time(filters[k]) if k in filters else None
                       for k in ("created_at_min", "created_at_max")]
            after_id = int(filters.get("since_id", "0"))
        except ValueError:
            raise invalid("updated_at_min") from None
        shown, visible = status_test(filters.get("status", "open")), self.visible()

        def accept(order: FakeOrder) -> bool:
            return shown(order) and visible(order) and order.order_id > after_id and (
                created[0] is None or order.created >= created[0]) and (
                created[1] is None or order.created <= created[1])

        order_key = key_of(sort, reverse)
        listing = ordered(self.shop, sort, reverse, since, until)
        items, more = window(listing, order_key, key if direction == "next" else None,
                             key if direction == "prev" else None, limit, accept)
        following = more if direction == "next" else key is not None
        previous = key is not None if direction == "next" else more
        cursor = lambda d, order: encode_cursor(  # noqa: E731
            {"d": d, "k": list(order_key(order)), "f": filters})
        links = self.links("orders.json", limit,
                           cursor("prev", items[0]) if previous and items else None,
                           cursor("next", items[-1]) if following and items else None)
        orders = [fields_of(rest_order(order, self.by_sku), params.get("fields"))
                  for order in items]
        return 200, {"orders": orders}, links

    def rest_products(self: ShopifyFake, params: dict[str, str]) -> Routed:
        self.require("read_products")
        limit, filters, direction, key = self.paging(params, ("since_id",))
        groups: dict[int, list[FakeVariant]] = {}
        for variant in sorted(self.shop.variants, key=lambda v: v.variant_id):
            groups.setdefault(variant.product_id, []).append(variant)
        ids = sorted(groups)
        after_id = int(filters.get("since_id", "0") or 0)
        if key is None:
            start = next((n for n, i in enumerate(ids) if i > after_id), len(ids))
        else:
            start = next((n for n, i in enumerate(ids) if i > key[0]), len(ids)) \
                if direction == "next" else max(0, ids.index(key[0]) - limit) \
                if key[0] in ids else 0
        chosen = ids[start:start + limit]
        following = start + limit < len(ids)
        cursor = lambda d, i: encode_cursor({"d": d, "k": [i], "f": filters})  # noqa: E731
        links = self.links("products.json", limit,
                           cursor("prev", chosen[0]) if start and chosen else None,
                           cursor("next", chosen[-1]) if following and chosen else None)
        products = [fields_of(rest_product(groups[i]), params.get("fields")) for i in chosen]
        return 200, {"products": products}, links

    # --- changes ---
    def body_of(self: ShopifyFake, body: bytes, root: str) -> dict[str, Any]:
        try:
            found = json.loads(body) if body else None
        except ValueError:
            found = None
        value = found.get(root) if isinstance(found, dict) and root else found
        if not isinstance(value, dict):
            raise missing(root or "base")
        return value

    def rest_price(self: ShopifyFake, variant: FakeVariant, body: bytes) -> None:
        self.require("write_products")
        given = self.body_of(body, "variant")
        price = decimal_or_none(given.get("price"))
        if price is None:
            raise Refused(422, {"errors": {"price": ["must be a number"]}})
        self.set_price(variant, price)

    def rest_stock(self: ShopifyFake, body: bytes) -> Routed:
        self.require("write_inventory")
        given = self.body_of(body, "")
        item, location, available = (given.get(k) for k in (
            "inventory_item_id", "location_id", "available"))
        variant = self.shop.variant(item - ITEM_BASE) if type(item) is int else None
        if variant is None:
            raise Refused(404, NOT_FOUND)
        if location != LOCATION_ID:
            raise Refused(422, {"errors": ["Inventory item is not stocked at the location"]})
        if type(available) is not int:
            raise Refused(422, {"errors": {"available": ["must be an integer"]}})
        self.set_stock(variant, available)
        return 200, {"inventory_level": {
            "inventory_item_id": item, "location_id": location, "available": available,
            "updated_at": rest_time(variant.updated)}}, {}

    def rest_fulfil(self: ShopifyFake, body: bytes) -> Routed:
        self.require("write_fulfillments")
        given = self.body_of(body, "fulfillment")
        groups = []
        for group in given.get("line_items_by_fulfillment_order") or []:
            rows = group.get("fulfillment_order_line_items")
            if type(group.get("fulfillment_order_id")) is not int:
                raise Refused(422, {"errors": ["Fulfillment order does not exist."]})
            groups.append((group["fulfillment_order_id"], None if rows is None else
                           [(row.get("id"), row.get("quantity")) for row in rows]))
        tracking = given.get("tracking_info") or {}
        result = self.fulfil(groups, str(tracking.get("company") or ""),
                             str(tracking.get("number") or ""), str(tracking.get("url") or ""),
                             bool(given.get("notify_customer")), "rest")
        if isinstance(result, str):
            raise Refused(422, {"errors": [result]})
        order_id = self.pushed_tracking[-1]["order_id"]
        return 201, {"fulfillment": {
            "id": result.fulfillment_id, "order_id": order_id, "status": "success",
            "created_at": rest_time(result.created), "tracking_company": result.carrier,
            "tracking_number": result.number, "tracking_numbers": [result.number],
            "tracking_url": tracking.get("url") or track_url(result) or None,
            "line_items": [{"id": line_id, "quantity": q} for line_id, q in result.lines]}}, {}
