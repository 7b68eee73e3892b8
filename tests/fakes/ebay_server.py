"""A loopback fake of eBay's Sell APIs: OAuth refresh, getOrders, shipping fulfillments,
inventory items, offers and bulk price/quantity updates, over a FakeShop."""

from __future__ import annotations

import argparse
import base64
import re
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from operator import attrgetter
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fakes import ebay_payloads as eb
from tests.fakes.ebay_payloads import (
    BULK,
    ITEMS,
    OFFERS,
    ORDER,
    ORDERS,
    PARCELS,
    SHIP,
    TOKEN,
    USER,
    error,
    order_id_of,
)
from tests.fakes.loopback import HTML, JSON, Answer, Failure, LoopbackFake, dumps, page, serve
from tests.fakes.shop_data import FakeFulfillment, FakeOrder, FakeShop, FakeVariant

# The endpoints are eBay's method names; a failure's prefix picks them ("getOrder" also hits
# "getOrders"). Tests import them from here.
__all__ = ["BULK", "ITEMS", "OFFERS", "ORDER", "ORDERS", "PARCELS", "SHIP", "TOKEN", "USER",
           "EbayFake", "main"]
MS = timedelta(milliseconds=1)


@dataclass(frozen=True)
class Selection:
    """The page of getOrders asked for, and the filter text its links repeat."""

    orders: list[FakeOrder]
    total: int
    limit: int
    offset: int
    text: str


class EbayFake(LoopbackFake):
    """eBay at `url` for one seller: the app's keys and the seller's refresh token mint
    Bearer tokens carrying the scopes asked for (at most `granted`). `limit=True` counts
    each API's daily calls (DAILY, or `quotas` set by a test) and answers 429 beyond them.
    `recent_days`: getOrders without a filter shows only orders created that many days
    before the newest update (eBay: 90); None shows all. Pushes are recorded in
    `pushed_stock`, `pushed_price`, `pushed_tracking` and applied to the FakeShop."""

    def __init__(self, shop: FakeShop, *, client_id: str = "SellerDe-mugs-PRD-f4k3e0a1b-1c2d3e4f",
                 client_secret: str = "PRD-f4k3e0a1b2c3-d4e5-f6a7-b8c9-d0e1",
                 refresh_token: str = "v^1.1#i^1#r^1#p^3#I^3#f^0#t^Ul4xMF8yOkZBS0VSRUZSRVNI",
                 granted: frozenset[str] = eb.SCOPES, limit: bool = False,
                 recent_days: int | None = None, token_lifetime: int = 7200,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(refresh_token, host, port)
        self.shop = shop
        self.client_id, self.client_secret = client_id, client_secret
        self.refresh_token = refresh_token
        self.granted = frozenset(granted)
        self.quotas: dict[str, int] | None = dict(eb.DAILY) if limit else None
        self.recent_days = recent_days
        self.token_lifetime = token_lifetime
        self.tokens: dict[str, tuple[float, frozenset[str]]] = {}
        self.asked_scopes: list[frozenset[str]] = []
        self.unlisted: set[str] = set()  # SKUs without an offer
        self.pushed_stock: list[tuple[str, int]] = []
        self.pushed_price: list[tuple[str, str, str]] = []
        self.pushed_tracking: list[dict[str, Any]] = []
        self.raw_queries: list[str] = []
        self._raw = threading.local()
        self._next_parcel = 4_500_000_000_001
        self._index: dict[int, FakeOrder] = {}
        self._sorted: list[FakeOrder] = []
        self._sorted_ids: list[int] = []
        self._keep_raw_query()

    def _keep_raw_query(self) -> None:
        """The loopback handler passes the query decoded; eBay's bracket rule needs it raw."""
        fake, handler = self, self.server.RequestHandlerClass

        class RawQueryHandler(handler):  # type: ignore[valid-type,misc]
            def _answer(self) -> None:
                fake._raw.query = urlsplit(self.path).query
                super()._answer()

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer

        self.server.RequestHandlerClass = RawQueryHandler

    @property
    def base(self) -> str:
        return self.url.rstrip("/")

    def expire_tokens(self) -> None:
        """Revoke every access token (eBay may before expires_in)."""
        with self.lock:
            self.tokens.clear()

    # --- Requests ---

    def handle(self, method: str, path: str, query: Mapping[str, list[str]],
               headers: Mapping[str, str], body: bytes) -> Answer:
        raw = getattr(self._raw, "query", "")
        endpoint, target = eb.route(method, path)
        if not endpoint:
            return error(404, 2002, "Resource not found", domain="ACCESS")
        with self.lock:
            self.calls[endpoint] += 1
            if endpoint == ORDERS:
                self.raw_queries.append(raw)
            if self.quotas is not None and self.calls[endpoint] > self.quotas[endpoint]:
                self.too_many += 1
                return error(429, 2001, "Too many requests", "The request limit has been "
                             "reached for the resource.", domain="ACCESS")
        refusal = self._client_refusal(headers) if endpoint == TOKEN \
            else self._token_refusal(headers, endpoint)
        if refusal is not None:
            return refusal
        numbers = [target] if target else []
        selected = self._select(query, raw) if endpoint == ORDERS else None
        if isinstance(selected, tuple):
            return selected
        if selected is not None:
            numbers = [order_id_of(order) for order in selected.orders]
        failure = self.take_failure(endpoint, numbers)
        self.pause(failure)
        injected = self._injected(failure, endpoint)
        if injected is not None:
            return injected
        with self.lock:
            answer = self._answer(endpoint, target, query, body, failure, selected)
        if failure is not None and failure.kind == "malformed":
            return answer[0], answer[1][: len(answer[1]) // 2], answer[2]
        return answer

    def _answer(self, endpoint: str, target: str, query: Mapping[str, list[str]], body: bytes,
                failure: Failure | None, selected: Selection | None) -> Answer:
        if endpoint == TOKEN:
            return self._token(body)
        if endpoint == USER:
            return 200, dumps(eb.user_json(self.shop.shop_currency)), {"Content-Type": JSON}
        if selected is not None:
            return self._orders(selected, failure)
        if endpoint == ITEMS:
            return self._items(query)
        if endpoint == OFFERS:
            return self._offers(query)
        if endpoint == BULK:
            return self._bulk(body, failure)
        order = self._find(target)
        if order is None:
            return error(404, 32100, "Invalid order ID", f"Invalid order ID: {target}")
        if endpoint == ORDER:
            return 200, dumps(eb.order_json(order, self.base)), {"Content-Type": JSON}
        if endpoint == PARCELS:
            parcels = [eb.fulfillment_json(parcel) for parcel in order.fulfillments]
            return 200, dumps({"fulfillments": parcels, "total": len(parcels),
                               "warnings": []}), {"Content-Type": JSON}
        return self._ship(order, body, failure)

    def _injected(self, failure: Failure | None, endpoint: str) -> Answer | None:
        kind = failure.kind if failure else ""
        if kind in {"429", "quota"}:
            with self.lock:
                self.too_many += 1
            hint = {"Retry-After": failure.retry_after} if failure is not None and \
                kind == "429" and failure.retry_after is not None else {}
            return error(429, 2001, "Too many requests", "The request limit has been reached "
                         "for the resource.", domain="ACCESS", headers=hint)
        if kind == "401":
            if endpoint == TOKEN:
                return eb.oauth_error(401, "invalid_client", "client authentication failed")
            return eb.invalid_token()
        if kind in {"500", "503"}:
            return error(int(kind), 10001, "System error", "A system error has occurred. "
                         "Try again later.", category="APPLICATION")
        if kind == "html":
            return 200, page("eBay"), {"Content-Type": HTML}
        if kind == "not-envelope":
            return 200, dumps({"status": "ok"}), {"Content-Type": JSON}
        return None

    def _client_refusal(self, headers: Mapping[str, str]) -> Answer | None:
        keys = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
        if headers.get("Authorization", "") != f"Basic {keys}":
            return eb.oauth_error(401, "invalid_client", "client authentication failed")
        return None

    def _token_refusal(self, headers: Mapping[str, str], endpoint: str) -> Answer | None:
        token = headers.get("Authorization", "").removeprefix("Bearer ")
        with self.lock:
            expires, scopes = self.tokens.get(token, (0.0, frozenset()))
        if expires < time.monotonic():
            return eb.invalid_token()
        if not scopes & eb.NEEDS[endpoint]:
            return error(403, 1100, "Access denied", "Insufficient permissions to fulfill the "
                         "request.", domain="ACCESS")
        return None

    def _token(self, body: bytes) -> Answer:
        form = {key: values[-1] for key, values in parse_qs(body.decode()).items()}
        if form.get("grant_type") != "refresh_token":
            return eb.oauth_error(400, "unsupported_grant_type",
                               "grant type in request is not supported by the authorization "
                               "server")
        if form.get("refresh_token") != self.refresh_token:
            return eb.oauth_error(400, "invalid_grant", "the provided authorization refresh token "
                               "is invalid or was issued to another client")
        scopes = frozenset(form.get("scope", "").split()) or self.granted
        self.asked_scopes.append(scopes)
        if not scopes <= self.granted:
            return eb.oauth_error(400, "invalid_scope", "The requested scope is invalid, unknown, "
                               "malformed, or exceeds the scope granted to the client")
        token = "v^1.1#i^1#p^3#r^0#I^3#f^0#t^" + secrets.token_urlsafe(32)
        self.tokens[token] = (time.monotonic() + self.token_lifetime, scopes)
        return 200, dumps({"access_token": token, "expires_in": self.token_lifetime,
                           "token_type": "User Access Token"}), {"Content-Type": JSON}

    # --- Orders ---

    def _select(self, query: Mapping[str, list[str]], raw: str) -> Selection | Answer:
        """The page asked for: (orders, total, limit, offset, filter), or eBay's refusal."""
        limit, offset = eb.one(query, "limit", "50"), eb.one(query, "offset", "0")
        if not limit.isdigit() or not 1 <= int(limit) <= 200:
            return error(400, 32100, "Invalid value for limit",
                         "The value of limit must be from 1 to 200.")
        if not offset.isdigit():
            return error(400, 32200, "Invalid value for offset")
        text = eb.one(query, "filter", "")
        if any(mark in raw for mark in "[]{}|"):  # eBay wants them percent-encoded
            return error(400, 30700, "Invalid filter", "The brackets of the filter must be "
                         "URL-encoded: %5B %5D %7B %7C %7D.")
        wanted = eb.parse_filter(text) if text else eb.Filter()
        if wanted is None:
            return error(400, 30700, "Invalid filter", f"Invalid filter: {text}")
        with self.shop.lock:
            if wanted.created is not None:
                orders = [o for o in self.shop.orders() if eb.within(o.created, wanted.created)]
            elif wanted.modified is not None:
                start, end = wanted.modified
                orders = self.shop.updated_since(start, end + MS if end else None)
            else:
                orders = self.shop.updated_since(None)
                if self.recent_days is not None:
                    cutoff = self.shop.newest_update() - timedelta(days=self.recent_days)
                    orders = [o for o in orders if o.created >= cutoff]
        if wanted.states:
            orders = [o for o in orders if eb.fulfillment_status(o) in wanted.states]
        orders = self._newest_first(orders)
        start = int(offset)
        return Selection(orders[start:start + int(limit)], len(orders), int(limit), start, text)

    def _newest_first(self, orders: list[FakeOrder]) -> list[FakeOrder]:
        """eBay lists the newest orders first, whatever the filter: an order changed while a
        sync pages keeps its place, and a new one pushes the others one place on. Sorting
        50,000 orders per page is slow, so the last sort is kept while the same orders (the
        very objects: a touched order is a new one) are asked for."""
        ids = [id(order) for order in orders]
        with self.lock:
            if ids != self._sorted_ids:  # the kept sort holds its orders: no id is reused
                self._sorted = sorted(orders, key=attrgetter("created", "order_id"),
                                      reverse=True)
                self._sorted_ids = ids
            return self._sorted

    def _orders(self, selected: Selection, failure: Failure | None) -> Answer:
        chosen, total, limit, offset, text = (selected.orders, selected.total, selected.limit,
                                              selected.offset, selected.text)

        def href(at: int) -> str:
            wanted = f"filter={eb.encoded(text)}&" if text else ""
            return f"{self.base}/sell/fulfillment/v1/order?{wanted}limit={limit}&offset={at}"

        orders = [eb.order_json(order, self.base) for order in chosen]
        if failure is not None and failure.kind == "garbled-item" and orders:
            eb.garble(orders, failure)
        body: dict[str, Any] = {"href": href(offset), "total": total, "limit": limit,
                                "offset": offset, "warnings": []}
        if orders:  # eBay leaves the list out of an empty page
            body["orders"] = orders
        if offset + limit < total:
            body["next"] = href(offset + limit)
        if offset:
            body["prev"] = href(max(0, offset - limit))
        return 200, dumps(body), {"Content-Type": JSON}

    def _find(self, order_id: str) -> FakeOrder | None:
        """The shop's current order of that id. FakeShop.get scans every order, too slow for
        a call per order of 50,000: an index is kept, rebuilt when an order it holds was
        replaced (touched) or is missing."""
        number = eb.fake_id_of(order_id)
        if number is None:
            return None
        known = self._index.get(number)
        if known is None or not any(o is known for o in self.shop.updated_since(
                known.updated, known.updated + MS)):
            self._index = {order.order_id: order for order in self.shop.orders()}
            known = self._index.get(number)
        return known

    def _ship(self, order: FakeOrder, body: bytes, failure: Failure | None) -> Answer:
        request = eb.request_json(body)
        lines = {line.line_id: line.quantity for line in order.lines}
        wanted = request.get("lineItems")
        if not isinstance(wanted, list) or not wanted:
            return error(400, 32400, "Invalid line items", "lineItems is required.")
        shipped: list[tuple[int, int]] = []
        for item in wanted:
            line_id = str(item.get("lineItemId", "")) if isinstance(item, dict) else ""
            quantity = item.get("quantity") if isinstance(item, dict) else None
            if not line_id.isdigit() or int(line_id) not in lines or type(quantity) is not int \
                    or not 1 <= quantity <= lines[int(line_id)]:
                return error(400, 32400, "Invalid line items",
                             f"Invalid line item ID or quantity: {line_id}")
            shipped.append((int(line_id), quantity))
        number = str(request.get("trackingNumber") or "")
        carrier = str(request.get("shippingCarrierCode") or "")
        when = eb.parse_time(str(request.get("shippedDate") or ""))
        if not re.fullmatch(r"[A-Za-z0-9]{4,40}", number) or not carrier or when is None:
            return error(400, 32500, "Invalid input", "trackingNumber, shippingCarrierCode "
                         "and shippedDate (UTC, milliseconds) are required.")
        if failure is not None and failure.kind == "reject":
            return error(400, failure.code or 32600, "The shipping carrier is not valid for "
                         "this order.")
        parcel = FakeFulfillment(self._next_parcel, when, carrier, number, shipped)
        self._next_parcel += 1
        self.pushed_tracking.append({"orderId": order_id_of(order), **request})
        now = datetime.now(UTC)
        at = max(now.replace(microsecond=now.microsecond // 1000 * 1000),
                 self.shop.newest_update() + MS)
        status = "shipped" if order.status in {"pending", "paid"} else order.status
        self.shop.touch(order.order_id, at, fulfillments=[*order.fulfillments, parcel],
                        status=status)
        location = f"{self.base}/sell/fulfillment/v1/order/{order_id_of(order)}" \
                   f"/shipping_fulfillment/{parcel.fulfillment_id}"
        return 201, b"", {"Location": location, "Content-Type": JSON}

    # --- Inventory ---

    def _items(self, query: Mapping[str, list[str]]) -> Answer:
        return eb.items_page(self.shop.variants, query, self.base)

    def _offers(self, query: Mapping[str, list[str]]) -> Answer:
        sku = eb.one(query, "sku", "")
        if not sku:
            return error(400, 25707, "Invalid value for sku", domain="API_INVENTORY")
        variant = self._variant(sku)
        if variant is None or sku in self.unlisted:
            return error(404, 25713, "This Offer is not available.", domain="API_INVENTORY")
        return 200, dumps({"href": f"{self.base}/sell/inventory/v1/offer?sku={sku}",
                           "limit": 100, "size": 1, "total": 1,
                           "offers": [eb.offer_json(variant)]}), {"Content-Type": JSON}

    def _variant(self, sku: str) -> FakeVariant | None:
        return next((v for v in self.shop.variants if v.sku == sku), None)

    def _bulk(self, body: bytes, failure: Failure | None) -> Answer:
        requests = eb.request_json(body).get("requests")
        if not isinstance(requests, list) or not 1 <= len(requests) <= 25:
            return error(400, 25709, "Invalid value for requests: from 1 to 25 are allowed.",
                         domain="API_INVENTORY")
        answers = [self._price_quantity(item, failure) for item in requests]
        status = 200 if all(answer["statusCode"] == 200 for answer in answers) else 207
        return status, dumps({"responses": answers}), {"Content-Type": JSON}

    def _price_quantity(self, item: Any, failure: Failure | None) -> dict[str, Any]:
        """Check one request of a bulk update; apply it when eBay would."""
        sku = str(item.get("sku", "")) if isinstance(item, dict) else ""
        variant = self._variant(sku)
        answer, quantity, prices = eb.price_quantity(item, sku, variant,
                                                     sku not in self.unlisted, failure)
        if answer["statusCode"] != 200 or variant is None:
            return answer
        if quantity is not None:
            variant.stock = quantity
            self.pushed_stock.append((sku, quantity))
        for value, currency in prices:
            variant.price = Decimal(value)
            self.pushed_price.append((sku, value, currency))
        return answer


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a fake eBay Sell API on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8604)
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--currency", default="USD", help="the seller's currency")
    parser.add_argument("--limit", action="store_true", help="count eBay's daily call limits")
    args = parser.parse_args()
    fake = EbayFake(FakeShop(args.orders, shop_currency=args.currency), limit=args.limit,
                    port=args.port)
    serve(fake, f"eBay fake at {fake.base} with {args.orders} orders; Ctrl+C stops it\n"
                f"  client_id:     {fake.client_id}\n"
                f"  client_secret: {fake.client_secret}\n"
                f"  refresh_token: {fake.refresh_token}")


if __name__ == "__main__":
    main()
