"""eBay Sell APIs for one seller: user tokens from a refresh token, orders, inventory, pushes."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import quote, urlsplit

import requests

from seller_desk.domain.money import Money
from seller_desk.domain.orders import Marketplace
from seller_desk.domain.sync import (
    Credentials,
    Page,
    PushKind,
    RefundedLine,
    RemoteOrder,
    RemoteVariant,
    ShopInfo,
    SyncError,
    TrackingPush,
)
from seller_desk.integrations.marketplaces import messages
from seller_desk.integrations.marketplaces.base import RemoteClient, iso_z
from seller_desk.integrations.marketplaces.ebay_parse import (
    FULFILLMENT_SCOPE,
    IDENTITY_SCOPE,
    INVENTORY_SCOPE,
    LACKING,
    SCOPE_ROOT,
    UNREADABLE,
    carrier_code,
    chosen_offer,
    currencies,
    describe,
    error_text,
    fulfillment_of,
    listed,
    needs_fulfillments,
    offer_price,
    order_filter,
    order_of,
    site_currency,
    text,
    total_of,
    variant_of,
)
from seller_desk.integrations.throttle import Throttle

TOKEN_PATH = "/identity/v1/oauth2/token"
USER_PATH = "/commerce/identity/v1/user/"
ORDERS_PATH = "/sell/fulfillment/v1/order"
ITEMS_PATH = "/sell/inventory/v1/inventory_item"
OFFERS_PATH = "/sell/inventory/v1/offer"
BULK_PATH = "/sell/inventory/v1/bulk_update_price_quantity"
ORDERS_LIMIT = 200  # getOrders' maximum
ITEMS_LIMIT = 100
# The scopes asked for, widest first: a refresh token only yields scopes its seller consented
# to (eBay answers invalid_scope otherwise), and orders need no more than sell.fulfillment.
SCOPE_CHOICES = (
    (FULFILLMENT_SCOPE, INVENTORY_SCOPE, IDENTITY_SCOPE),
    (FULFILLMENT_SCOPE, INVENTORY_SCOPE),
    (FULFILLMENT_SCOPE, IDENTITY_SCOPE),
    (FULFILLMENT_SCOPE,),
)
TOKEN_MARGIN = 120.0  # seconds before expiry a token is replaced: a call may take a while


class EbayClient(RemoteClient):
    """One eBay seller account reached with an app's keys and the seller's refresh token."""

    marketplace: ClassVar[Marketplace] = Marketplace.EBAY
    can_push: ClassVar[frozenset[PushKind]] = frozenset(PushKind)

    def __init__(self, base_url: str, credentials: Credentials, *,
                 session: requests.Session | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic,
                 page_size: int | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        keys = f"{credentials['client_id'].strip()}:{credentials['client_secret'].strip()}"
        self._basic = base64.b64encode(keys.encode()).decode()
        self._refresh_token = credentials["refresh_token"].strip()
        super().__init__(session=session, throttle=Throttle(5, 1.0, clock=clock, sleep=sleep),
                         secrets=(credentials["client_secret"].strip(), self._refresh_token,
                                  self._basic), sleep=sleep)
        self._clock = clock
        self._page_size = page_size
        self._token = ""
        self._expires = float("-inf")
        self._scopes: tuple[str, ...] | None = None  # the choice eBay accepted
        self._granted: tuple[str, ...] = ()
        self._currency = ""
        host = urlsplit(self.base_url).hostname or ""
        self.test = ".sandbox." in f".{host}"
        # getUser lives on apiz.ebay.com (apiz.sandbox.ebay.com); a fake serves it in place.
        self._identity_url = self.base_url.replace("://api.", "://apiz.", 1) \
            if host.startswith("api.") and host.endswith("ebay.com") else self.base_url

    def __repr__(self) -> str:  # never a credential
        return f"EbayClient({self.base_url!r})"

    # --- The account ---

    def shop(self) -> ShopInfo:
        self._authorize()
        name = currency = ""
        if IDENTITY_SCOPE in self._granted:
            user = self._get(self._identity_url + USER_PATH)
            name, currency = text(user.get("username")), site_currency(user)
        self._currency = currency or self._currency_from_orders()
        missing = tuple(LACKING[scope] for scope in (IDENTITY_SCOPE, INVENTORY_SCOPE)
                        if scope not in self._granted)
        return ShopInfo(name, self._currency,
                        tuple(scope.removeprefix(SCOPE_ROOT) for scope in self._granted), missing)

    def _currency_from_orders(self) -> str:
        """The seller's currency as the newest order states it ("" without orders)."""
        body = self._get(f"{self.base_url}{ORDERS_PATH}?limit=1&offset=0")
        for order in listed(body, "orders") or ():
            try:
                return currencies(order)[1]
            except UNREADABLE:
                continue
        return ""

    # --- Orders ---

    def orders(self, since: datetime | None) -> Iterator[Page[RemoteOrder]]:
        """eBay cannot sort by update time, so pages carry no checkpoint. Without `since` no
        filter is sent and eBay gives the orders of the last 90 days."""
        query = f"limit={min(self._page_size or ORDERS_LIMIT, ORDERS_LIMIT)}&offset=0"
        if since is not None:
            query = f"filter={order_filter(since)}&{query}"
        pages = self._pages(f"{self.base_url}{ORDERS_PATH}?{query}", "orders",
                            "an order page without orders")
        for body, found in pages:
            items: list[RemoteOrder] = []
            problems: list[SyncError] = []
            for data in found:
                outcome = self._order(data)
                (items if isinstance(outcome, RemoteOrder) else problems).append(outcome)
            yield Page(tuple(items), None, total_of(body), tuple(problems))

    def _pages(self, url: str | None, key: str, empty: str
               ) -> Iterator[tuple[Mapping[str, Any], list[Any]]]:
        """Each page of a listing (its body and its `key` list), following `next`."""
        seen: set[str] = set()
        while url is not None:
            seen.add(url)
            body = self._get(url)
            found = listed(body, key)
            if found is None:
                raise self.fail(messages.MALFORMED, reason=empty)
            yield body, found
            url = self._next(body, seen)

    def _order(self, data: object) -> RemoteOrder | SyncError:
        """The order with its fulfillments, or the problem naming it."""
        if not isinstance(data, Mapping):
            return self.bad_item("order", "?", "not an object")
        order_id = text(data.get("orderId"))
        try:
            order = order_of(data, test=self.test)
        except UNREADABLE as error:
            return self.bad_item("order", order_id or "?", describe(error))
        if not needs_fulfillments(data):
            return order
        url = f"{self.base_url}{ORDERS_PATH}/{quote(order_id, safe='')}/shipping_fulfillment"
        response = self._call("GET", url, allow=(400, 404))
        with response:
            if response.status_code >= 400:
                return self.bad_item("order", order_id, self._reason(response))
            body = self.json_object(response)
        try:
            parcels = tuple(fulfillment_of(item) for item in listed(body, "fulfillments") or ())
        except UNREADABLE as error:
            return self.bad_item("order", order_id, "shipping fulfillment: " + describe(error))
        return replace(order, fulfillments=parcels)

    # --- Inventory ---

    def variants(self) -> Iterator[Page[RemoteVariant]]:
        """Inventory items with the price and id of each one's offer (a call per SKU: eBay
        reads offers one SKU at a time)."""
        limit = min(self._page_size or ITEMS_LIMIT, 200)
        pages = self._pages(f"{self.base_url}{ITEMS_PATH}?limit={limit}&offset=0",
                            "inventoryItems", "an inventory page without items")
        for body, found in pages:
            items: list[RemoteVariant] = []
            problems: list[SyncError] = []
            for data in found:
                sku = text(data.get("sku")) if isinstance(data, Mapping) else ""
                if not sku:
                    problems.append(self.bad_item("inventory item", "?", "no SKU"))
                    continue
                offer = self._offer(sku)
                try:
                    # an item without a priced offer is in the seller's own currency
                    currency = "" if offer_price(offer) else self._shop_currency()
                    items.append(variant_of(data, offer, currency))
                except UNREADABLE as error:
                    problems.append(self.bad_item("inventory item", sku, describe(error)))
            yield Page(tuple(items), None, total_of(body), tuple(problems))

    def _offer(self, sku: str) -> Mapping[str, Any] | None:
        """The SKU's offer (listing); None when it has none (eBay answers 404)."""
        response = self._call("GET", f"{self.base_url}{OFFERS_PATH}?sku={quote(sku, safe='')}",
                              allow=(404,))
        with response:
            if response.status_code == 404:
                return None
            body = self.json_object(response)
        return chosen_offer(listed(body, "offers") or [])

    def _shop_currency(self) -> str:
        if not self._currency:
            self.shop()
        return self._currency

    # --- Pushes ---

    def push_stock(self, variant: RemoteVariant, quantity: int) -> None:
        request: dict[str, Any] = {"sku": variant.sku or variant.external_id,
                                   "shipToLocationAvailability": {"quantity": quantity}}
        if variant.ref:  # the listing shows the smaller of both quantities: set both
            request["offers"] = [{"offerId": variant.ref, "availableQuantity": quantity}]
        self._bulk(request)

    def push_price(self, variant: RemoteVariant, price_minor: int) -> None:
        if not variant.ref:
            raise self.cannot_push(f"the price of {variant.sku}, which is not listed")
        value = format(Money(price_minor, variant.currency).amount, "f")
        self._bulk({"sku": variant.sku or variant.external_id, "offers": [
            {"offerId": variant.ref, "price": {"value": value, "currency": variant.currency}}]})

    def _bulk(self, request: Mapping[str, Any]) -> None:
        """bulkUpdatePriceQuantity answers per SKU and offer, each with its own status."""
        response = self._call("POST", self.base_url + BULK_PATH, body={"requests": [request]})
        with response:
            body = self.json_object(response)
            answers = body.get("responses")
            if not isinstance(answers, list) or not answers:
                raise self.fail(messages.MALFORMED, response, reason="no responses")
            for answer in answers:
                status = answer.get("statusCode") if isinstance(answer, Mapping) else None
                if status != 200:
                    reason = error_text(answer) or f"status {status}"
                    raise self.fail(messages.REFUSED, response,
                                    reason=f"{request.get('sku')}: {reason}")

    def push_tracking(self, push: TrackingPush) -> str:
        """A shipping fulfillment for the lines given (all of them when none are)."""
        order_path = f"{self.base_url}{ORDERS_PATH}/{quote(push.order_external_id, safe='')}"
        lines = push.lines or self._all_lines(order_path)
        body = {"lineItems": [{"lineItemId": line.line_external_id, "quantity": line.quantity}
                              for line in lines],
                "shippedDate": iso_z(push.shipped_at or datetime.now(UTC)),
                "shippingCarrierCode": carrier_code(push.carrier),
                "trackingNumber": push.tracking_number}
        response = self._call("POST", order_path + "/shipping_fulfillment", body=body,
                              allow=(404,))
        with response:
            if response.status_code == 404:  # not a wrong address: a wrong order id
                raise self.fail(messages.REFUSED, response, reason=self._reason(response))
            location = response.headers.get("Location", "").rstrip("/")
            if not location:
                raise self.fail(messages.MALFORMED, response,
                                reason="no Location for the new shipping fulfillment")
        return location.rsplit("/", 1)[-1]

    def _all_lines(self, order_path: str) -> tuple[RefundedLine, ...]:
        response = self._call("GET", order_path, allow=(404,))
        with response:
            if response.status_code == 404:
                raise self.fail(messages.REFUSED, response, reason=self._reason(response))
            order = self.json_object(response)
        try:
            return tuple(RefundedLine(text(item["lineItemId"]), int(item["quantity"]))
                         for item in order["lineItems"])
        except UNREADABLE as error:
            raise self.fail(messages.MALFORMED, reason=describe(error)) from None

    # --- Calls ---

    def _get(self, url: str) -> dict[str, Any]:
        response = self._call("GET", url)
        with response:
            return self.json_object(response)

    def _call(self, method: str, url: str, *, body: object = None,
              allow: tuple[int, ...] = ()) -> requests.Response:
        """An authorised call; a token refused before its time is replaced once. A 4xx not in
        `allow` raises (401/403 as fatal)."""
        response = self._send(method, url, body)
        if response.status_code == 401:
            response.close()
            self._token = ""
            response = self._send(method, url, body)
        if response.status_code >= 400 and response.status_code not in allow:
            with response:
                self.refuse(response, self._reason(response))
        return response

    def _send(self, method: str, url: str, body: object) -> requests.Response:
        self._authorize()
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        if body is not None:
            headers["Content-Language"] = "en-US"
        return self.caller.send(method, url, self.throttle, headers=headers, body=body)

    def _authorize(self) -> None:
        if not self._token or self._clock() >= self._expires:
            self._mint()

    def _mint(self) -> None:
        """A user access token from the refresh token, with the widest scopes it allows."""
        choices = SCOPE_CHOICES if self._scopes is None else (self._scopes,)
        for index, scopes in enumerate(choices):
            response = self.caller.send(
                "POST", self.base_url + TOKEN_PATH, self.throttle,
                headers={"Authorization": f"Basic {self._basic}"},
                form={"grant_type": "refresh_token", "refresh_token": self._refresh_token,
                      "scope": " ".join(scopes)})
            with response:
                if response.status_code == 200:
                    self._accept(self.json_object(response), scopes, response)
                    return
                error = oauth_error(response)
                if error == "invalid_scope" and index + 1 < len(choices):
                    continue
                reason = self._reason(response)
                if error == "invalid_scope":
                    raise self.fail(messages.FORBIDDEN, response, fatal=True, reason=reason)
                if response.status_code in {400, 401}:
                    raise self.fail(messages.BAD_CREDENTIALS, response, fatal=True,
                                    reason=reason)
                self.refuse(response, reason)

    def _accept(self, answer: Mapping[str, Any], scopes: tuple[str, ...],
                response: requests.Response) -> None:
        token, lifetime = text(answer.get("access_token")), answer.get("expires_in")
        if not token or type(lifetime) is not int:
            raise self.fail(messages.MALFORMED, response, reason="no access token")
        self._token = token
        self._secrets = (*self._secrets, token)
        self._expires = self._clock() + max(lifetime - TOKEN_MARGIN, lifetime / 2)
        self._scopes = scopes
        granted = text(answer.get("scope")).split()
        self._granted = tuple(granted) if granted else scopes

    def _next(self, body: Mapping[str, Any], seen: set[str]) -> str | None:
        """The next page's address, kept on our base URL: the token goes nowhere else."""
        following = text(body.get("next"))
        if not following:
            return None
        parts = urlsplit(following)
        url = f"{self.base_url}{parts.path}?{parts.query}"
        if url in seen:
            raise self.fail(messages.MALFORMED, reason="the pages go round in a circle")
        return url

    def _reason(self, response: requests.Response) -> str:
        try:
            return error_text(json.loads(response.content))
        except (ValueError, UnicodeDecodeError):
            return ""


def oauth_error(response: requests.Response) -> str:
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return ""
    return text(body.get("error")) if isinstance(body, dict) else ""
