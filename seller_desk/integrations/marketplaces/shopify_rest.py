"""Shopify's REST Admin API 2026-01 (legacy; kept for custom apps): orders in updated-at order
through Link cursors, products, and stock, price and tracking pushes, paced by the call bucket."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
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
from seller_desk.integrations.calls import join
from seller_desk.integrations.marketplaces import messages
from seller_desk.integrations.marketplaces.base import RemoteClient, instant
from seller_desk.integrations.marketplaces.shopify_parse import (
    API_VERSION,
    ITEM_ERRORS,
    MAX_PAGE,
    ORDERS_SCOPE,
    access_headers,
    currency_code,
    fulfillment_plan,
    gid_number,
    has_scope,
    item_label,
    item_reason,
    missing_scopes,
    reason_of,
    text,
    whole,
)
from seller_desk.integrations.marketplaces.shopify_rest_parse import (
    next_page_info,
    rest_fulfillment_orders,
    rest_order,
    rest_variants,
)
from seller_desk.integrations.throttle import Throttle

CALL_LIMIT = "X-Shopify-Shop-Api-Call-Limit"
BUCKET, LEAK = 40, 2.0  # calls, and calls leaking away each second, on standard plans
SCOPES_PATH = "/admin/oauth/access_scopes.json"  # not versioned


class ShopifyRestClient(RemoteClient):
    """One Shopify store reached with a custom app's Admin API access token, over REST."""

    marketplace: ClassVar[Marketplace] = Marketplace.SHOPIFY
    can_push: ClassVar[frozenset[PushKind]] = frozenset(PushKind)

    def __init__(self, base_url: str, credentials: Credentials, *,
                 session: requests.Session | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic,
                 page_size: int | None = None) -> None:
        token, self._headers = access_headers(credentials)
        self.base_url = base_url.rstrip("/")
        self.api = f"{self.base_url}/admin/api/{API_VERSION}/"
        self.page = max(1, min(MAX_PAGE, page_size or MAX_PAGE))
        self._currency = ""
        self._location = ""
        # A burst of the bucket's size, then the header tells when to slow down (_observe).
        super().__init__(session=session, secrets=(token,), sleep=sleep,
                         throttle=Throttle(BUCKET, 1.0, clock=clock, sleep=sleep),
                         observe=self._observe)

    def __repr__(self) -> str:  # never the token
        return f"ShopifyRestClient({self.base_url!r})"

    # --- reading ---
    def shop(self) -> ShopInfo:
        body, _ = self._call("GET", "shop.json")
        scopes_body, _ = self._call("GET", join(self.base_url, SCOPES_PATH))
        try:
            shop = body["shop"]
            name, currency = text(shop["name"]), currency_code(shop["currency"])
            scopes = tuple(sorted(text(s["handle"]) for s in scopes_body["access_scopes"]))
        except ITEM_ERRORS as error:
            raise self.fail(messages.MALFORMED, reason=f"no shop in the answer ({error})"
                            ) from None
        if not has_scope(scopes, ORDERS_SCOPE):
            raise self.fail(messages.FORBIDDEN, fatal=True,
                            reason=f"{ORDERS_SCOPE}: orders cannot be read")
        self._currency = currency
        return ShopInfo(name, currency, scopes, missing_scopes(scopes))

    def orders(self, since: datetime | None) -> Iterator[Page[RemoteOrder]]:
        # status=any: the default (open) would hide closed and cancelled orders. The filters
        # go with the first call only: a page_info call may carry nothing but limit.
        params = {"status": "any", "limit": str(self.page), "order": "updated_at asc"}
        if since is not None:
            params["updated_at_min"] = since.astimezone(UTC).isoformat(timespec="seconds")
        while True:
            body, response = self._call("GET", "orders.json", params)
            listed = body.get("orders")
            if not isinstance(listed, list):
                raise self.fail(messages.MALFORMED, response, reason="no orders list")
            items: list[RemoteOrder] = []
            problems: list[SyncError] = []
            newest: datetime | None = None
            for raw in listed:
                try:
                    moment = instant(raw.get("updated_at"))
                    newest = moment if newest is None else max(newest, moment)
                    items.append(rest_order(raw))
                except ITEM_ERRORS as error:
                    label = item_label(raw) if isinstance(raw, Mapping) else "?"
                    problems.append(self.bad_item("order", label, item_reason(error)))
            yield Page(tuple(items), checkpoint=newest, problems=tuple(problems))
            cursor = self._next(response, params)
            if cursor is None:
                return
            params = {"limit": str(self.page), "page_info": cursor}

    def variants(self) -> Iterator[Page[RemoteVariant]]:
        currency = self._currency or self._shop_currency()
        params = {"limit": str(self.page)}
        while True:
            body, response = self._call("GET", "products.json", params)
            products = body.get("products")
            if not isinstance(products, list):
                raise self.fail(messages.MALFORMED, response, reason="no products list")
            items: list[RemoteVariant] = []
            problems: list[SyncError] = []
            for product in products:
                try:
                    items.extend(rest_variants(product, currency))
                except ITEM_ERRORS as error:
                    label = item_label(product) if isinstance(product, Mapping) else "?"
                    problems.append(self.bad_item("product", label, item_reason(error)))
            yield Page(tuple(items), problems=tuple(problems))
            cursor = self._next(response, params)
            if cursor is None:
                return
            params = {"limit": str(self.page), "page_info": cursor}

    # --- pushing ---
    def push_stock(self, variant: RemoteVariant, quantity: int) -> None:
        item = variant.ref or self._inventory_item(variant.external_id)
        self._call("POST", "inventory_levels/set.json", body={
            "location_id": self._location_id(), "inventory_item_id": self._id(item),
            "available": quantity})

    def push_price(self, variant: RemoteVariant, price_minor: int) -> None:
        price = str(Money(price_minor, variant.currency).amount)
        variant_id = self._id(variant.external_id)
        self._call("PUT", f"variants/{variant_id}.json",
                   body={"variant": {"id": variant_id, "price": price}})

    def push_tracking(self, push: TrackingPush) -> str:
        order_id = self._id(push.order_external_id)
        body, _ = self._call("GET", f"orders/{order_id}/fulfillment_orders.json")
        try:
            plan = fulfillment_plan(rest_fulfillment_orders(body.get("fulfillment_orders")),
                                    push.lines)
        except ITEM_ERRORS as error:
            raise self.fail(messages.MALFORMED, reason=item_reason(error)) from None
        if not plan:
            raise self.fail(messages.REFUSED, reason=f"order {order_id} has nothing left "
                                                     "to ship")
        tracking = {"company": push.carrier, "number": push.tracking_number}
        if push.tracking_url:
            tracking["url"] = push.tracking_url
        made, _ = self._call("POST", "fulfillments.json", body={"fulfillment": {
            "notify_customer": True, "tracking_info": tracking,
            "line_items_by_fulfillment_order": [
                {"fulfillment_order_id": self._id(fo_id),
                 "fulfillment_order_line_items": [{"id": self._id(line), "quantity": quantity}
                                                  for line, quantity in lines]}
                for fo_id, lines in plan]}})
        try:
            return gid_number(whole(made["fulfillment"]["id"]))
        except ITEM_ERRORS:
            raise self.fail(messages.MALFORMED, reason="the new fulfillment has no id") from None

    # --- helpers ---
    def _shop_currency(self) -> str:
        body, _ = self._call("GET", "shop.json")
        try:
            self._currency = currency_code(body["shop"]["currency"])
        except ITEM_ERRORS:
            raise self.fail(messages.MALFORMED, reason="no shop currency") from None
        return self._currency

    def _inventory_item(self, variant_id: str) -> str:
        body, _ = self._call("GET", f"variants/{self._id(variant_id)}.json")
        try:
            return gid_number(whole(body["variant"]["inventory_item_id"]))
        except ITEM_ERRORS:
            raise self.fail(messages.REFUSED, reason=f"variant {variant_id} has no "
                                                     "inventory item") from None

    def _location_id(self) -> int:
        if not self._location:
            body, _ = self._call("GET", "locations.json")
            found = [place for place in body.get("locations") or ()
                     if isinstance(place, Mapping) and place.get("active", True)]
            if not found or type(found[0].get("id")) is not int:
                raise self.fail(messages.REFUSED, reason="the store has no location")
            self._location = str(found[0]["id"])
        return int(self._location)

    def _next(self, response: requests.Response, params: Mapping[str, str]) -> str | None:
        """The next page's cursor from the Link header; one that repeats is a broken answer."""
        cursor = next_page_info(response.headers.get("Link"))
        if cursor is not None and cursor == params.get("page_info"):
            raise self.fail(messages.MALFORMED, response, reason="a next page without a new "
                                                                 "cursor")
        return cursor

    def _id(self, value: str) -> int:
        """A Shopify id as the REST bodies take it (a 64-bit integer)."""
        try:
            return int(gid_number(value))
        except ValueError:
            raise self.fail(messages.REFUSED, reason=f"{value!r} is not a Shopify id") from None

    def _call(self, method: str, path: str, params: Mapping[str, str] | None = None,
              body: object = None) -> tuple[dict[str, Any], requests.Response]:
        """One REST call's JSON object and response; 4xx refuse it (401/403 end the run)."""
        url = path if path.startswith("http") else join(self.api, path)
        response = self.caller.send(method, url, self.throttle, headers=self._headers,
                                    params=params, body=body)
        with response:
            if response.status_code >= 400:
                self.refuse(response, reason_of(response.content))
            return self.json_object(response), response

    def _observe(self, response: requests.Response, throttle: Throttle) -> None:
        """Keep a call free in Shopify's bucket: when it is nearly full, wait for one call
        to leak away (the bucket's size scales with the plan, so does its leak rate)."""
        used, _, size = response.headers.get(CALL_LIMIT, "").partition("/")
        try:
            filled, bucket = int(used), int(size)
        except ValueError:
            return
        if bucket > 1 and filled >= bucket - 1:
            throttle.hold((filled - (bucket - 2)) / (LEAK * bucket / BUCKET))

