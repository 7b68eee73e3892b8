"""Shopify's GraphQL Admin API 2026-01: orders in updated-at order, variants, and stock, price
and tracking pushes, paced by the store's cost bucket."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any, ClassVar

import requests

from seller_desk.domain.money import Money
from seller_desk.domain.orders import Marketplace
from seller_desk.domain.sync import (
    Credentials,
    Page,
    PushKind,
    RemoteOrder,
    RemoteVariant,
    ShopInfo,
    SyncError,
    TrackingPush,
)
from seller_desk.integrations import calls
from seller_desk.integrations.calls import RATE_ATTEMPTS
from seller_desk.integrations.marketplaces import messages
from seller_desk.integrations.marketplaces import shopify_queries as q
from seller_desk.integrations.marketplaces.base import RemoteClient, instant
from seller_desk.integrations.marketplaces.shopify_cost import CostBucket, cost_of
from seller_desk.integrations.marketplaces.shopify_graphql_parse import (
    graphql_fulfillment_orders,
    graphql_order,
    graphql_variant,
    more_pages,
    needs_detail,
    nodes,
)
from seller_desk.integrations.marketplaces.shopify_parse import (
    API_VERSION,
    ITEM_ERRORS,
    MAX_PAGE,
    ORDERS_SCOPE,
    access_headers,
    currency_code,
    error_codes,
    error_text,
    fulfillment_plan,
    gid,
    gid_number,
    has_scope,
    item_label,
    item_reason,
    missing_scopes,
    reason_of,
    search_time,
    text,
)
from seller_desk.integrations.throttle import Throttle

CALLS_PER_SECOND = 1000  # a guard only: Shopify paces GraphQL by cost (CostBucket), not calls
COST_TRIES = 4  # smaller pages tried when a query costs more than Shopify allows


class CostTooHigh(SyncError):
    """Shopify refused a query as dearer than MAX_QUERY_COST (MAX_COST_EXCEEDED); the order
    listing tries again with a smaller page, any other call fails with it."""

    def __init__(self, error: SyncError, cost: int | None) -> None:
        params = {k: v for k, v in error.params.items() if k != "marketplace"}
        super().__init__(error.marketplace, error.message, http_status=error.status,
                         response=error.response, **params)
        self.cost = cost


class ShopifyGraphqlClient(RemoteClient):
    """One Shopify store reached with an Admin API access token."""

    marketplace: ClassVar[Marketplace] = Marketplace.SHOPIFY
    can_push: ClassVar[frozenset[PushKind]] = frozenset(PushKind)

    def __init__(self, base_url: str, credentials: Credentials, *,
                 session: requests.Session | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic,
                 page_size: int | None = None) -> None:
        token, self._headers = access_headers(credentials)
        self.base_url = base_url.rstrip("/")
        self.endpoint = f"{self.base_url}/admin/api/{API_VERSION}/graphql.json"
        self.bucket = CostBucket(clock)
        self._page_cap = max(1, min(MAX_PAGE, page_size or MAX_PAGE))
        self.order_page = min(self._page_cap, q.ORDER_PAGE)
        self._expected: dict[str, float] = {}  # operation → its last requestedQueryCost
        self._currency = ""
        self._location = ""
        super().__init__(session=session, secrets=(token,), sleep=sleep,
                         throttle=Throttle(CALLS_PER_SECOND, 1.0, clock=clock, sleep=sleep),
                         rate_wait=self._rate_wait)

    def __repr__(self) -> str:  # never the token
        return f"ShopifyGraphqlClient({self.base_url!r})"

    # --- reading ---
    def shop(self) -> ShopInfo:
        data = self._call("Shop", q.SHOP, {})
        try:
            shop, installation = data["shop"], data["currentAppInstallation"]
            name, currency = text(shop["name"]), currency_code(shop["currencyCode"])
            scopes = tuple(sorted(text(s["handle"]) for s in installation["accessScopes"]))
        except ITEM_ERRORS as error:
            raise self.fail(messages.MALFORMED, reason=f"no shop in the answer ({error})"
                            ) from None
        if not has_scope(scopes, ORDERS_SCOPE):
            raise self.fail(messages.FORBIDDEN, fatal=True,
                            reason=f"{ORDERS_SCOPE}: orders cannot be read")
        self._currency = currency
        return ShopInfo(name, currency, scopes, missing_scopes(scopes))

    def orders(self, since: datetime | None) -> Iterator[Page[RemoteOrder]]:
        search = f"updated_at:>='{search_time(since)}'" if since is not None else None
        cursor: str | None = None
        while True:
            connection = self._orders_page(search, cursor)
            items: list[RemoteOrder] = []
            problems: list[SyncError] = []
            newest: datetime | None = None
            for node in self._nodes(connection):
                try:
                    moment = instant(node.get("updatedAt"))
                    newest = moment if newest is None else max(newest, moment)
                    items.append(graphql_order(self._complete(node) if needs_detail(node)
                                               else node))
                except ITEM_ERRORS as error:
                    problems.append(self.bad_item("order", item_label(node), item_reason(error)))
            yield Page(tuple(items), checkpoint=newest, problems=tuple(problems))
            if not more_pages(connection):
                return
            cursor = self._end_cursor(connection, cursor)

    def variants(self) -> Iterator[Page[RemoteVariant]]:
        currency = self._currency or self.shop().currency
        cursor: str | None = None
        while True:
            data = self._call("Variants", q.VARIANTS, {"first": self._page_cap, "after": cursor})
            connection = data.get("productVariants")
            items: list[RemoteVariant] = []
            problems: list[SyncError] = []
            for node in self._nodes(connection):
                try:
                    items.append(graphql_variant(node, currency))
                except ITEM_ERRORS as error:
                    problems.append(self.bad_item("variant", item_label(node), item_reason(error)))
            yield Page(tuple(items), problems=tuple(problems))
            if not more_pages(connection):
                return
            cursor = self._end_cursor(connection, cursor)

    # --- pushing ---
    def push_stock(self, variant: RemoteVariant, quantity: int) -> None:
        item = variant.ref or self._inventory_item(variant.external_id)
        data = self._call("InventorySet", q.SET_STOCK, {"input": {
            "name": "available", "reason": "correction", "ignoreCompareQuantity": True,
            "quantities": [{"inventoryItemId": gid("InventoryItem", item),
                            "locationId": self._location_id(), "quantity": quantity}]}})
        self._payload(data, "inventorySetQuantities")

    def push_price(self, variant: RemoteVariant, price_minor: int) -> None:
        price = str(Money(price_minor, variant.currency).amount)
        data = self._call("VariantPrice", q.SET_PRICE, {
            "productId": gid("Product", variant.product_id),
            "variants": [{"id": gid("ProductVariant", variant.external_id), "price": price}]})
        self._payload(data, "productVariantsBulkUpdate")

    def push_tracking(self, push: TrackingPush) -> str:
        data = self._call("FulfillmentOrders", q.FULFILLMENT_ORDERS,
                          {"id": gid("Order", push.order_external_id)})
        order = data.get("order")
        if not isinstance(order, Mapping):
            raise self.fail(messages.REFUSED, reason=f"order {push.order_external_id} was "
                                                     "not found")
        try:
            plan = fulfillment_plan(graphql_fulfillment_orders(order), push.lines)
        except ITEM_ERRORS as error:
            raise self.fail(messages.MALFORMED, reason=item_reason(error)) from None
        if not plan:
            raise self.fail(messages.REFUSED, reason=f"order {push.order_external_id} has "
                                                     "nothing left to ship")
        tracking = {"company": push.carrier, "number": push.tracking_number}
        if push.tracking_url:
            tracking["url"] = push.tracking_url
        data = self._call("FulfillmentCreate", q.CREATE_FULFILLMENT, {"fulfillment": {
            "notifyCustomer": True, "trackingInfo": tracking,
            "lineItemsByFulfillmentOrder": [
                {"fulfillmentOrderId": order_id,
                 "fulfillmentOrderLineItems": [{"id": line, "quantity": quantity}
                                               for line, quantity in lines]}
                for order_id, lines in plan]}})
        made = self._payload(data, "fulfillmentCreate").get("fulfillment")
        try:
            return gid_number(made["id"])
        except ITEM_ERRORS:
            raise self.fail(messages.MALFORMED, reason="the new fulfillment has no id") from None

    # --- helpers ---
    def _orders_page(self, search: str | None, cursor: str | None) -> object:
        """One page of the order listing, as large as the cost cap lets it be."""
        for _ in range(COST_TRIES):
            first = self.order_page
            try:
                data = self._call("Orders", q.ORDERS,
                                  {"first": first, "after": cursor, "query": search})
            except CostTooHigh as error:
                self.order_page = self._fitting(error.cost, first, shrink=True)
                continue
            self.order_page = self._fitting(self._expected.get("Orders"), first)
            return data.get("orders")
        raise self.fail(messages.REFUSED, reason="even a small page of orders costs more "
                                                 "than Shopify allows per query")

    def _fitting(self, requested: float | int | None, first: int, shrink: bool = False) -> int:
        """The page size whose query cost fits the cap, from what `first` orders cost."""
        if not requested or requested <= 2:
            return max(1, first // 2) if shrink else first
        fits = int((q.MAX_QUERY_COST - 2) // ((requested - 2) / first))
        fits = min(fits, first - 1) if shrink else fits
        return max(1, min(self._page_cap, fits))

    def _complete(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """An order whose lists the listing cut short, read again with all its lines."""
        lines: list[Any] = []
        after: str | None = None
        first: Mapping[str, Any] | None = None
        while True:
            order = self._call("OrderDetail", q.ORDER_DETAIL,
                               {"id": node["id"], "after": after}).get("order")
            if not isinstance(order, Mapping):
                raise ValueError("the order could not be read on its own")
            first = first or order
            lines.extend(nodes(order["lineItems"]))
            if not more_pages(order["lineItems"]):
                break
            after = self._end_cursor(order["lineItems"], after)
        whole = {**node, "lineItems": {"nodes": lines}, "refunds": first["refunds"],
                 "fulfillments": first["fulfillments"]}
        if needs_detail(whole):
            raise ValueError(f"a refund or parcel has more than {q.DETAIL_LINES} lines")
        return whole

    def _inventory_item(self, variant_id: str) -> str:
        data = self._call("VariantItem", q.VARIANT_ITEM,
                          {"id": gid("ProductVariant", variant_id)})
        try:
            return gid_number(data["productVariant"]["inventoryItem"]["id"])
        except ITEM_ERRORS:
            raise self.fail(messages.REFUSED, reason=f"variant {variant_id} has no "
                                                     "inventory item") from None

    def _location_id(self) -> str:
        if not self._location:
            found = nodes(self._call("Locations", q.LOCATIONS, {}).get("locations"))
            if not found or not text(found[0].get("id")):
                raise self.fail(messages.REFUSED, reason="the store has no location")
            self._location = text(found[0]["id"])
        return self._location

    def _payload(self, data: Mapping[str, Any], field: str) -> Mapping[str, Any]:
        """A mutation's payload; its userErrors refuse the change."""
        payload = data.get(field)
        if not isinstance(payload, Mapping):
            raise self.fail(messages.MALFORMED, reason=f"no {field} in the answer")
        errors = payload.get("userErrors")
        if isinstance(errors, list) and errors:
            raise self.fail(messages.REFUSED, reason=error_text(errors))
        return payload

    def _nodes(self, connection: object) -> list[Mapping[str, Any]]:
        try:
            return nodes(connection)
        except ValueError:
            raise self.fail(messages.MALFORMED, reason="a listing without nodes") from None

    def _end_cursor(self, connection: object, before: str | None = None) -> str:
        info = connection.get("pageInfo") if isinstance(connection, Mapping) else None
        cursor = info.get("endCursor") if isinstance(info, Mapping) else None
        if not isinstance(cursor, str) or not cursor or cursor == before:
            raise self.fail(messages.MALFORMED, reason="a next page without a new cursor")
        return cursor

    def _call(self, operation: str, query: str, variables: Mapping[str, object]
              ) -> dict[str, Any]:
        """The `data` of one GraphQL operation. Waits first when the bucket lacks the points
        this operation cost last time; THROTTLED answers (HTTP 200 or 429) wait and retry."""
        response: requests.Response | None = None
        for _ in range(RATE_ATTEMPTS):
            self.throttle.hold(self.bucket.wait_for(
                self._expected.get(operation, q.MAX_QUERY_COST)))
            response = self.caller.send("POST", self.endpoint, self.throttle,
                                        headers=self._headers,
                                        body={"query": query, "variables": dict(variables)})
            with response:
                if response.status_code >= 400:
                    self.refuse(response, reason_of(response.content))
                body = self.json_object(response)
            cost = cost_of(body)
            self.bucket.update(cost)
            requested = cost.get("requestedQueryCost") if cost is not None else None
            if isinstance(requested, int | float) and not isinstance(requested, bool):
                self._expected[operation] = float(requested)
            errors = body.get("errors")
            if errors:
                codes = error_codes(errors)
                if "THROTTLED" in codes:
                    self.throttle.hold(self.bucket.throttled_wait(cost))
                    continue
                if "MAX_COST_EXCEEDED" in codes:
                    raise CostTooHigh(self.fail(messages.REFUSED, response,
                                                reason=error_text(errors)),
                                      requested if isinstance(requested, int) else None)
                if "ACCESS_DENIED" in codes:
                    raise self.fail(messages.FORBIDDEN, response, fatal=True,
                                    reason=error_text(errors))
                raise self.fail(messages.REFUSED, response, reason=error_text(errors))
            data = body.get("data")
            if not isinstance(data, dict):
                raise self.fail(messages.MALFORMED, response,
                                reason="a GraphQL answer without data")
            return data
        raise self.fail(messages.RATE_LIMITED, response, attempts=RATE_ATTEMPTS)

    def _rate_wait(self, response: requests.Response, attempt: int) -> float:
        """A 429: wait for the points the query needs when the answer says, else as told."""
        try:
            cost = cost_of(json.loads(response.content))
        except (ValueError, UnicodeDecodeError):
            cost = None
        if cost is not None:
            return self.bucket.throttled_wait(cost)
        return calls.retry_after(response, attempt)
