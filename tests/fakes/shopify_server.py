"""A loopback fake of the Shopify Admin API 2026-01, GraphQL and REST over one FakeShop: token
auth, both rate limits with their real numbers, cursors, scopes, and the pushes applied."""

from __future__ import annotations

import argparse
import json
import socketserver
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from tests.fakes.loopback import (
    HTML,
    JSON,
    Answer,
    Failure,
    LoopbackFake,
    dumps,
    page,
    running,
    serve,
)
from tests.fakes.shop_data import FakeFulfillment, FakeOrder, FakeShop, FakeVariant
from tests.fakes.shopify_graphql import MAX_COST, GraphQLError, Tally, answer, cost, parse
from tests.fakes.shopify_graphql_routes import GraphqlRoutes
from tests.fakes.shopify_listing import visible_from
from tests.fakes.shopify_payloads import (
    ALL_SCOPES,
    API_VERSION,
    BAD_TOKEN,
    FO_BASE,
    FO_LINE_BASE,
    NOT_FOUND,
    TOO_MANY,
    fulfillment_orders,
    garble,
    reply,
    track_url,
)
from tests.fakes.shopify_rest_routes import RestRoutes

TOKEN_HEADER = "X-Shopify-Access-Token"
RATE_DOCS = "https://shopify.dev/api/usage/rate-limits"
KINDS = frozenset({"401", "429", "throttled", "500", "503", "html", "malformed",
                   "not-envelope", "slow", "garbled-item"})
Groups = list[tuple[int, list[tuple[int, int | None]] | None]]


class ShopifyFake(RestRoutes, GraphqlRoutes, LoopbackFake):
    """Shopify at `url` (the store's address, no trailing slash) for `token`.

    `limit=True` runs the real limits: REST's leaky bucket of 40 calls leaking 2/s (429 with
    Retry-After: 2.0) and GraphQL's cost bucket (`bucket` = maximum, restore rate; THROTTLED
    with HTTP `throttled_status`). Off, every answer still carries the headers and cost data.
    `scopes` are the access scopes granted; without read_all_orders only orders created in
    the 60 days before `now` (default: the newest update) are listed. Failure kinds (see
    KINDS) aim at endpoints such as "orders.json" or "graphql.json Orders"."""

    kinds = KINDS

    def __init__(self, shop: FakeShop, *, token: str = "shpat_test_token",
                 scopes: tuple[str, ...] = ALL_SCOPES, limit: bool = False,
                 throttled_status: int = 200, bucket: tuple[float, float] = (2000.0, 100.0),
                 calls_bucket: tuple[int, float] = (40, 2.0), now: datetime | None = None,
                 name: str = "Lantern & Loom", host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(token, host, port)
        self.url = self.url.rstrip("/")
        self.shop = shop
        self.scopes = tuple(scopes)
        self.limit = limit
        self.throttled_status = throttled_status
        self.maximum, self.restore = bucket
        self.bucket_size, self.leak = calls_bucket
        self.now = now
        self.name = name
        self.by_sku = {variant.sku: variant for variant in shop.variants}
        self.requests: list[tuple[str, dict[str, Any]]] = []  # endpoint, params or variables
        self.pushed_stock: list[tuple[int, int]] = []  # variant id, quantity
        self.pushed_price: list[tuple[int, Decimal]] = []  # variant id, price
        self.pushed_tracking: list[dict[str, Any]] = []
        self.throttled = 0
        self._points, self._points_at = self.maximum, time.monotonic()
        self.used_calls, self._used_at = 0.0, time.monotonic()
        self._next_fulfillment = 4_600_000_000_001
        self._bucket_lock = threading.Lock()
        self.server.handle_error = self._quiet  # type: ignore[method-assign]

    def _quiet(self, request: object, client_address: object) -> None:
        """A client that gave up on a slow answer is expected: no traceback for its socket
        (the handler's final flush meets the closed pipe after loopback's write did)."""
        if not isinstance(sys.exc_info()[1], OSError):
            socketserver.BaseServer.handle_error(self.server, request, client_address)

    # --- dispatch ---
    def handle(self, method: str, path: str, query: Mapping[str, list[str]],
               headers: Mapping[str, str], body: bytes) -> Answer:
        prefix = f"/admin/api/{API_VERSION}/"
        if path == "/admin/oauth/access_scopes.json":
            resource = "oauth/access_scopes.json"
        elif path.startswith(prefix):
            resource = path.removeprefix(prefix)
        else:
            return reply(404, NOT_FOUND)
        if headers.get(TOKEN_HEADER) != self.key:
            return reply(401, BAD_TOKEN)
        if resource == "graphql.json" and method == "POST":
            return self._graphql(body)
        return self.rest(method, resource, {k: v[-1] for k, v in query.items()}, body)

    def has(self, scope: str) -> bool:
        """Whether the app holds `scope`; a write scope carries its read scope."""
        return scope in self.scopes or (
            scope.startswith("read_") and "write_" + scope.removeprefix("read_") in self.scopes)

    def visible(self) -> Callable[[FakeOrder], bool]:
        """The test of an order an app may list (read_all_orders or the last 60 days)."""
        oldest = visible_from(self.shop, self.now, self.has("read_all_orders"))
        return (lambda order: True) if oldest is None else \
            (lambda order: order.created >= oldest)

    def find(self, order_id: int) -> FakeOrder | None:
        order = self.shop.get(order_id)
        return order if order is not None and self.visible()(order) else None

    # --- failures ---
    def failed(self, failure: Failure | None, graphql: bool, headers: dict[str, str],
               requested: int = 0) -> Answer | None:
        """The answer an injected failure gives instead of the real one; None when the real
        answer goes on (slow, or changed on its way out: malformed, garbled-item)."""
        if failure is None:
            return None
        self.pause(failure)
        kind = failure.kind
        if kind == "401":
            return reply(401, BAD_TOKEN)
        if kind in {"429", "throttled"}:
            with self.lock:
                self.too_many += 1
            if graphql:
                status = 429 if kind == "429" else 200
                return self.throttled_answer(requested, max(0.0, requested - 2 * self.restore),
                                             status)
            wait = {} if failure.retry_after is None else {
                "Retry-After": "2.0" if failure.retry_after == "0" else failure.retry_after}
            return reply(429, TOO_MANY, {**headers, **wait})
        if kind in {"500", "503"}:
            text = "Internal Server Error" if kind == "500" else "Service Unavailable"
            return reply(int(kind), {"errors": text}, headers)
        if kind == "html":
            return 200, page("Shopify"), {"Content-Type": HTML}
        if kind == "not-envelope":
            return reply(200, {"ok": True}, headers)
        return None

    def finish(self, status: int, payload: Any, headers: dict[str, str],
               failure: Failure | None, items: list[dict[str, Any]] | None = None,
               graphql: bool = False) -> Answer:
        """Send the answer, garbling an item or cutting it short when a failure says so."""
        if failure is not None and failure.kind == "garbled-item" and items:
            chosen = next((item for item in items if failure.number is not None
                           and str(item.get("id", "")).split("/")[-1] == failure.number),
                          items[0])
            garble(chosen, failure.variant, graphql)
        data = dumps(payload)
        if failure is not None and failure.kind == "malformed":
            data = data[: len(data) // 2]
        return status, data, {"Content-Type": JSON, **headers}

    # --- rate limits ---
    def call_limit(self) -> tuple[dict[str, str], bool]:
        """REST's bucket: the X-Shopify-Shop-Api-Call-Limit header and whether it is full."""
        if not self.limit:
            return {"X-Shopify-Shop-Api-Call-Limit": f"1/{self.bucket_size}"}, False
        with self._bucket_lock:
            now = time.monotonic()
            self.used_calls = max(0.0, self.used_calls - (now - self._used_at) * self.leak)
            self._used_at = now
            over = self.used_calls + 1 > self.bucket_size
            if not over:
                self.used_calls += 1
            used = min(self.bucket_size, int(self.used_calls + 0.999))
        return {"X-Shopify-Shop-Api-Call-Limit": f"{used}/{self.bucket_size}"}, over

    def points(self, requested: int) -> float | None:
        """Take a query's requested cost from GraphQL's bucket: the points left, or None when
        too few remain (THROTTLED)."""
        with self._bucket_lock:
            now = time.monotonic()
            self._points = min(self.maximum,
                               self._points + (now - self._points_at) * self.restore)
            self._points_at = now
            if self.limit and requested > self._points:
                return None
            if self.limit:
                self._points -= requested
            return self._points

    def refund_points(self, requested: int, actual: int) -> float:
        """Give back what the query asked but did not use; the points now available."""
        if not self.limit:
            return self.maximum - actual
        with self._bucket_lock:
            self._points = min(self.maximum, self._points + requested - actual)
            return self._points

    def cost_block(self, requested: int, actual: int | None, available: float
                   ) -> dict[str, Any]:
        return {"requestedQueryCost": requested, "actualQueryCost": actual,
                "throttleStatus": {"maximumAvailable": self.maximum,
                                   "currentlyAvailable": round(available, 1),
                                   "restoreRate": self.restore}}

    def throttled_answer(self, requested: int, available: float, status: int) -> Answer:
        with self.lock:
            self.throttled += 1
        body = {"errors": [{"message": "Throttled", "extensions": {
            "code": "THROTTLED", "documentation": RATE_DOCS}}],
            "extensions": {"cost": self.cost_block(requested, None, available)}}
        return reply(status, body)

    # --- GraphQL ---
    def _graphql(self, body: bytes) -> Answer:
        try:
            request = json.loads(body)
            operation = parse(request["query"], request.get("variables") or {})
        except (ValueError, KeyError, TypeError):
            return reply(400, {"errors": {"query": "Required parameter missing or invalid"}})
        except GraphQLError as error:
            return reply(200, {"errors": [error.entry()]})
        endpoint = f"graphql.json {operation.name or 'anonymous'}"
        with self.lock:
            self.calls[endpoint] += 1
            self.requests.append((endpoint, dict(request.get("variables") or {})))
        requested = cost(operation)
        if requested > MAX_COST:
            return reply(200, {"errors": [{"message": (
                f"Query cost is {requested}, which exceeds the single query max cost limit "
                f"({MAX_COST}).\n\nSee {RATE_DOCS} for more information on how the cost of a "
                "query is calculated.\n\nTo query larger amounts of data with fewer limits, "
                "bulk operations should be used instead."), "extensions": {
                    "code": "MAX_COST_EXCEEDED", "cost": requested, "maxCost": MAX_COST,
                    "documentation": RATE_DOCS}}],
                "extensions": {"cost": self.cost_block(requested, None, self.maximum)}})
        mutation = operation.kind == "mutation"
        failure = self.take_failure(endpoint, ()) if mutation else None
        early = self.failed(failure, True, {}, requested)
        if early is not None:
            return early
        left = self.points(requested)
        if left is None:
            return self.throttled_answer(requested, self._points, self.throttled_status)
        tally = Tally()
        try:
            with self.shop.lock:
                data: Any = answer(self.mutations() if mutation else self.queries(),
                                   operation, tally)
            errors = None
        except GraphQLError as error:
            data, errors = None, [error.entry()]
        actual = MUTATION_POINTS if mutation else min(requested, tally.points)
        available = self.refund_points(requested, actual)
        nodes = listed_nodes(data)
        if not mutation:
            failure = self.take_failure(endpoint, [str(n.get("id", "")).split("/")[-1]
                                                   for n in nodes])
            early = self.failed(failure, True, {}, requested)
            if early is not None:
                return early
        payload: dict[str, Any] = {"data": data} if errors is None else {
            "errors": errors, "data": data}
        payload["extensions"] = {"cost": self.cost_block(requested, actual, available)}
        return self.finish(200, payload, {"X-Shopify-API-Version": API_VERSION}, failure,
                           nodes, graphql=True)

    # --- changes both APIs make ---
    def set_stock(self, variant: FakeVariant, quantity: int) -> None:
        with self.shop.lock:
            variant.stock = quantity
            variant.updated = self._moment()
            self.pushed_stock.append((variant.variant_id, quantity))

    def set_price(self, variant: FakeVariant, price: Decimal) -> None:
        with self.shop.lock:
            variant.price = price
            variant.updated = self._moment()
            self.pushed_price.append((variant.variant_id, price))

    def fulfil(self, groups: Groups, company: str, number: str, url: str, notify: bool,
               api: str) -> FakeFulfillment | str:
        """Ship lines of open fulfillment orders: [(fulfillment order id, [(its line id,
        quantity or None for all)] or None for every line)]. The parcel, or why not."""
        with self.shop.lock:
            owners = {fo_id - FO_BASE for fo_id, _ in groups}
            order = self.shop.get(owners.pop()) if len(owners) == 1 else None
            if order is None:
                return "All fulfillment orders must exist and belong to the same order."
            (fo_id, status, lines), = fulfillment_orders(order)
            shipped: list[tuple[int, int]] = []
            for wanted_id, wanted in groups:
                if wanted_id != fo_id or status not in {"open", "in_progress"}:
                    return f"Fulfillment order {wanted_id} has an unfulfillable status= {status}."
                left = {line_id + FO_LINE_BASE: (line_id, remaining)
                        for line_id, _, remaining in lines}
                for line_key, quantity in wanted or [(key, None) for key in left]:
                    line_id, remaining = left.get(line_key, (0, 0))
                    quantity = remaining if quantity is None else quantity
                    if not line_id or type(quantity) is not int \
                            or not 0 < quantity <= remaining:
                        if wanted is None and not remaining:
                            continue
                        return "Invalid fulfillment order line item quantity requested."
                    shipped.append((line_id, quantity))
            at = self._moment()
            parcel = FakeFulfillment(self._next_fulfillment, at, company, number, shipped)
            self._next_fulfillment += 1
            sent = {**{line.line_id: 0 for line in order.lines}}
            for item in [*order.fulfillments, parcel]:
                for line_id, quantity in item.lines:
                    sent[line_id] += quantity
            whole = all(sent[line.line_id] >= line.quantity for line in order.lines)
            state = "shipped" if whole and order.status in {"pending", "paid"} else order.status
            self.shop.touch(order.order_id, at, fulfillments=[*order.fulfillments, parcel],
                            status=state)
            self.pushed_tracking.append({
                "api": api, "order_id": order.order_id, "company": company, "number": number,
                "url": url or track_url(parcel), "lines": shipped, "notify": notify,
                "fulfillment_id": parcel.fulfillment_id})
            return parcel

    def _moment(self) -> datetime:
        """When a change happens: just after the shop's newest update (its clock)."""
        return self.shop.newest_update() + timedelta(seconds=1)


MUTATION_POINTS = 10


def listed_nodes(data: Any) -> list[dict[str, Any]]:
    """The order nodes of a listing answer (to garble one)."""
    connection = data.get("orders") if isinstance(data, dict) else None
    nodes = connection.get("nodes") if isinstance(connection, dict) else None
    return [n for n in nodes if isinstance(n, dict)] if isinstance(nodes, list) else []


@contextmanager
def running_shopify_fake(shop: FakeShop, **options: Any) -> Iterator[ShopifyFake]:
    with running(ShopifyFake(shop, **options)) as fake:
        yield fake


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Serve a fake Shopify Admin API 2026-01 (GraphQL and REST) on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8601)
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--products", type=int, default=5)
    parser.add_argument("--token", default="shpat_demo")
    parser.add_argument("--limit", action="store_true", help="enforce the real rate limits")
    parser.add_argument("--recent-only", action="store_true",
                        help="no read_all_orders scope: only the last 60 days are listed")
    args = parser.parse_args()
    shop = FakeShop(args.orders, products=args.products)
    scopes = tuple(s for s in ALL_SCOPES if not (args.recent_only and s == "read_all_orders"))
    fake = ShopifyFake(shop, token=args.token, scopes=scopes, limit=args.limit, port=args.port)
    serve(fake, f"Shopify fake at {fake.url} with {args.orders} orders "
                f"(X-Shopify-Access-Token: {args.token}; GraphQL at "
                f"{fake.url}/admin/api/{API_VERSION}/graphql.json); Ctrl+C stops it")


if __name__ == "__main__":
    main()
