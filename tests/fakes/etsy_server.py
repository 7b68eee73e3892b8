"""A loopback fake of Etsy Open API v3: OAuth refresh, receipts, listings, inventory, tracking."""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

from seller_desk.domain.sync import Credentials
from tests.fakes.etsy_payloads import inventory, inventory_problem, listing, receipt
from tests.fakes.loopback import (
    HTML,
    JSON,
    KINDS,
    Answer,
    Failure,
    LoopbackFake,
    dumps,
    page,
    running,
    serve,
)
from tests.fakes.shop_data import FakeFulfillment, FakeShop, FakeVariant

TOKEN, ME, SHOP = "POST token", "GET users/me", "GET shop"
RECEIPTS, TRACKING = "GET receipts", "POST tracking"
LISTINGS, INVENTORY, UPDATE = "GET listings", "GET inventory", "PUT inventory"
ROUTES = (  # (method, path pattern, endpoint, scope it needs)
    ("GET", r"/v3/application/users/me", ME, ""),
    ("GET", r"/v3/application/shops/(\d+)", SHOP, ""),
    ("GET", r"/v3/application/shops/(\d+)/receipts", RECEIPTS, "transactions_r"),
    ("POST", r"/v3/application/shops/(\d+)/receipts/(\d+)/tracking", TRACKING,
     "transactions_w"),
    ("GET", r"/v3/application/shops/(\d+)/listings", LISTINGS, "listings_r"),
    ("GET", r"/v3/application/listings/(\d+)/inventory", INVENTORY, "listings_r"),
    ("PUT", r"/v3/application/listings/(\d+)/inventory", UPDATE, "listings_w"),
)
SCOPES = ("transactions_r", "transactions_w", "listings_r", "listings_w", "shops_r")
OLDEST = 946684800
SORTS = {"created": lambda o: o.created, "updated": lambda o: o.updated,
         "receipt_id": lambda o: o.order_id}
NO_SECRET = "Shared secret is required in x-api-key header."
BAD_FORMAT = "Invalid API key: should be in the format 'keystring:shared_secret'."


class EtsyFake(LoopbackFake):
    """Etsy's API over `shop`. `scopes` are what the refresh token grants (`tell_scope`: the
    token answer says them); `limit=True` counts calls against `per_second` and `per_day` and
    answers 429 without rate headers when over (off: the headers show untouched limits);
    `rotate`: each refresh hands out a new refresh token and retires the old one. Failures
    (`fail`) are aimed by endpoint name (RECEIPTS, ...); the token endpoint only takes those
    whose prefix names it."""

    base_path = "/"
    kinds = KINDS

    def __init__(self, shop: FakeShop, *, keystring: str = "fakeetsykeystring01",
                 shared_secret: str = "fake-etsy-shared-secret",
                 refresh_token: str = "48151623.fake-refresh-0", user_id: int = 48151623,
                 shop_id: int = 31415926, shop_name: str = "MugsByMona",
                 scopes: tuple[str, ...] = SCOPES, tell_scope: bool = True,
                 limit: bool = False, per_second: int = 10, per_day: int = 10_000,
                 rotate: bool = True, token_seconds: int = 3600, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        super().__init__(keystring, host, port)
        self.shop, self.shared_secret = shop, shared_secret
        self.user_id, self.shop_id, self.shop_name = user_id, shop_id, shop_name
        self.scopes, self.tell_scope, self.rotate = scopes, tell_scope, rotate
        self.limit, self.per_second, self.per_day = limit, per_second, per_day
        self.token_seconds = token_seconds
        self.refresh_token = refresh_token
        self.tokens: dict[str, float] = {}  # access token → monotonic expiry
        self.issued = 0
        self.window = (0, 0)  # (unix second, calls in it)
        self.used_today = 0
        self.pushed_stock: list[tuple[int, int]] = []  # (variant id, quantity)
        self.pushed_price: list[tuple[int, Decimal]] = []
        self.pushed_inventory: list[tuple[int, Any]] = []  # (listing id, body as sent)
        self.pushed_tracking: list[tuple[int, str, str]] = []  # (receipt, code, carrier)

    def credentials(self) -> Credentials:
        return Credentials({"keystring": self.key, "shared_secret": self.shared_secret,
                            "refresh_token": self.refresh_token})

    def expire_tokens(self) -> None:
        """Every access token handed out so far expires now (as an hour passing would)."""
        with self.lock:
            self.tokens = dict.fromkeys(self.tokens, 0.0)

    # --- answering ---
    def handle(self, method: str, path: str, query: Mapping[str, list[str]],
               headers: Mapping[str, str], body: bytes) -> Answer:
        if method == "POST" and path == "/v3/public/oauth/token":
            with self.lock:
                self.calls[TOKEN] += 1
            return self._token(body)
        route = next(((endpoint, scope, match.groups()) for verb, pattern, endpoint, scope
                      in ROUTES if verb == method and (match := re.fullmatch(pattern, path))),
                     None)
        if route is None:
            return error(404, "Resource not found")
        endpoint, scope, ids = route
        with self.lock:
            self.calls[endpoint] += 1
        refused = self._key_problem(headers.get("x-api-key"))
        if refused:
            return error(403, refused)
        rate, over = self._count()
        if over:
            return error(429, "Too many requests", {})
        token = (headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        expiry = self.tokens.get(token)
        if expiry is None or expiry <= time.monotonic():
            problem = "access token is expired" if expiry is not None else \
                "access token is not valid"
            return error(401, "invalid_token", rate, problem)
        if scope and scope not in self.scopes:
            return error(403, f"The access token does not have the required scope: {scope}",
                         rate)
        if endpoint not in {ME, SHOP, INVENTORY, UPDATE} and int(ids[0]) != self.shop_id:
            return error(403, f"User {self.user_id} does not own shop {ids[0]}", rate)
        return self._serve(endpoint, ids, query, body, rate)

    def _serve(self, endpoint: str, ids: tuple[str, ...], query: Mapping[str, list[str]],
               body: bytes, rate: dict[str, str]) -> Answer:
        with self.lock:
            if endpoint == RECEIPTS:
                status, data = self._receipts(query)
                numbers = [str(r["receipt_id"]) for r in data.get("results", [])]
            else:
                status, data = 200, {}
                numbers = [ids[-1]] if ids else []
        failure = self.take_failure(endpoint, numbers)
        self.pause(failure)
        kind = failure.kind if failure else ""
        if kind in {"401", "429", "500", "503", "html", "not-envelope"}:
            return self._failed(failure, rate)
        if kind == "quota":
            rate = {**rate, "x-remaining-today": "0"}
        with self.lock:
            if endpoint == ME:
                data = {"user_id": self.user_id, "shop_id": self.shop_id}
            elif endpoint == SHOP:
                if int(ids[0]) != self.shop_id:
                    return error(404, f"Shop {ids[0]} not found", rate)
                data = {"shop_id": self.shop_id, "user_id": self.user_id,
                        "shop_name": self.shop_name, "currency_code": self.shop.shop_currency,
                        "url": f"https://www.etsy.com/shop/{self.shop_name}"}
            elif endpoint == LISTINGS:
                status, data = self._listings(query)
            elif endpoint == INVENTORY:
                variants = self._variants(int(ids[0]))
                if not variants:
                    return error(404, f"Listing {ids[0]} not found", rate)
                data = inventory(variants)
            elif endpoint == UPDATE:
                status, data = self._update(int(ids[0]), body)
            elif endpoint == TRACKING:
                status, data = self._tracking(int(ids[1]), body)
        if kind == "garbled-item" and failure is not None and status == 200:
            garble(data, failure)
        answer = dumps(data)
        if kind == "malformed":
            answer = answer[: len(answer) // 2]
        return status, answer, {"Content-Type": JSON, **rate}

    def _failed(self, failure: Failure | None, rate: dict[str, str]) -> Answer:
        kind = failure.kind if failure else ""
        if kind == "401":
            return error(401, "invalid_token", rate, "access token is expired")
        if kind == "429":  # Etsy's 429 has none of the rate headers
            hint = {} if failure is None or failure.retry_after is None \
                else {"Retry-After": failure.retry_after}
            with self.lock:
                self.too_many += 1
            return error(429, "Too many requests", hint)
        if kind in {"500", "503"}:
            return error(int(kind), "Server error", rate)
        if kind == "html":
            return 200, page("Etsy - Something went wrong"), {"Content-Type": HTML}
        return 200, dumps({"status": "ok"}), {"Content-Type": JSON}  # not-envelope

    def _key_problem(self, key: str | None) -> str:
        if not key:
            return "Missing x-api-key header or client_id"
        if ":" not in key:
            return NO_SECRET
        keystring, _, secret = key.partition(":")
        if not keystring or not secret or ":" in secret:
            return BAD_FORMAT
        if keystring != self.key or secret != self.shared_secret:
            return "Invalid API key"
        return ""

    def _count(self) -> tuple[dict[str, str], bool]:
        """The rate headers of this call, and whether it is over a limit."""
        if not self.limit:
            return rate_headers(self.per_second, self.per_second, self.per_day, self.per_day), \
                False
        second = int(time.time())
        with self.lock:
            start, used = self.window
            used = used + 1 if start == second else 1
            self.window = (second, used)
            self.used_today += 1
            over = used > self.per_second or self.used_today > self.per_day
            if over:
                self.too_many += 1
            today = self.used_today
        return rate_headers(self.per_second, max(0, self.per_second - used), self.per_day,
                            max(0, self.per_day - today)), over

    def _token(self, body: bytes) -> Answer:
        form = {key: values[-1] for key, values in parse_qs(body.decode()).items()}
        if form.get("grant_type") != "refresh_token":
            return error(400, "unsupported_grant_type", {}, "grant_type must be refresh_token")
        if form.get("client_id") != self.key:
            return error(401, "invalid_client", {}, "client_id is not a known app")
        # Only failures aimed at it by prefix: a catch-all one is meant for the API calls.
        aimed = any(f.prefix and TOKEN.startswith(f.prefix) for f in self.failures)
        failure = self.take_failure(TOKEN, []) if aimed else None
        if failure is not None and failure.kind in {"500", "503", "html", "429"}:
            return self._failed(failure, {})
        with self.lock:
            if form.get("refresh_token") != self.refresh_token:
                return error(400, "invalid_grant", {}, "refresh token is not valid")
            self.issued += 1
            access = f"{self.user_id}.fake-access-{self.issued}"
            self.tokens[access] = time.monotonic() + self.token_seconds
            if self.rotate:
                self.refresh_token = f"{self.user_id}.fake-refresh-{self.issued}"
            answer: dict[str, Any] = {"access_token": access, "token_type": "Bearer",
                                      "expires_in": self.token_seconds,
                                      "refresh_token": self.refresh_token}
            if self.tell_scope:
                answer["scope"] = " ".join(self.scopes)
        return 200, dumps(answer), {"Content-Type": JSON}

    def _receipts(self, query: Mapping[str, list[str]]) -> tuple[int, dict[str, Any]]:
        limit, offset = number(query, "limit", 25), number(query, "offset", 0)
        since = number(query, "min_last_modified", OLDEST)
        if limit is None or not 1 <= limit <= 100:
            return 400, {"error": "Expected int parameter 'limit' to be between 1 and 100"}
        if offset is None or offset < 0:
            return 400, {"error": "Expected int parameter 'offset' to be at least 0"}
        if since is None or since < OLDEST:
            return 400, {"error": f"min_last_modified must be at least {OLDEST}"}
        orders = self.shop.updated_since(datetime.fromtimestamp(since, UTC))
        sort_on, order = one(query, "sort_on", "created"), one(query, "sort_order", "desc")
        if sort_on not in SORTS or order not in {"asc", "desc", "up", "down", "ascending",
                                                  "descending"}:
            return 400, {"error": "sort_on or sort_order is not valid"}
        if (sort_on, order in {"asc", "up", "ascending"}) != ("updated", True):
            orders = sorted(orders, key=SORTS[sort_on], reverse=order in
                            {"desc", "down", "descending"})
        shown = orders[offset: offset + limit]
        by_sku = {v.sku: v for v in self.shop.variants}
        return 200, {"count": len(orders),
                     "results": [receipt(o, self.user_id, by_sku) for o in shown]}

    def _listings(self, query: Mapping[str, list[str]]) -> tuple[int, dict[str, Any]]:
        limit, offset = number(query, "limit", 25), number(query, "offset", 0)
        if limit is None or not 1 <= limit <= 100 or offset is None or offset < 0:
            return 400, {"error": "limit must be 1 to 100 and offset at least 0"}
        products: dict[int, list[FakeVariant]] = {}
        if one(query, "state", "active") == "active":
            for variant in self.shop.variants:
                products.setdefault(variant.product_id, []).append(variant)
        shown = list(products.values())[offset: offset + limit]
        return 200, {"count": len(products),
                     "results": [listing(v, self.shop_id, self.user_id) for v in shown]}

    def _variants(self, listing_id: int) -> list[FakeVariant]:
        return [v for v in self.shop.variants if v.product_id == listing_id]

    def _update(self, listing_id: int, body: bytes) -> tuple[int, dict[str, Any]]:
        variants = self._variants(listing_id)
        if not variants:
            return 404, {"error": f"Listing {listing_id} not found"}
        try:
            sent = json.loads(body, parse_float=Decimal)
        except ValueError:
            return 400, {"error": "The request body is not valid JSON"}
        problem = inventory_problem(sent)
        if problem:
            return 400, {"error": problem}
        self.pushed_inventory.append((listing_id, sent))
        by_sku = {v.sku: v for v in variants}
        for product in sent["products"]:
            variant = by_sku.get(product["sku"])
            offering = (product.get("offerings") or [None])[0]
            if variant is None or offering is None:
                continue
            if offering["quantity"] != variant.stock:
                self.pushed_stock.append((variant.variant_id, offering["quantity"]))
                variant.stock = offering["quantity"]
            if Decimal(offering["price"]) != variant.price:
                self.pushed_price.append((variant.variant_id, Decimal(offering["price"])))
                variant.price = Decimal(offering["price"])
        return 200, inventory(variants)

    def _tracking(self, receipt_id: int, body: bytes) -> tuple[int, dict[str, Any]]:
        form = {key: values[-1] for key, values in parse_qs(body.decode()).items()}
        code, carrier = form.get("tracking_code", ""), form.get("carrier_name", "")
        if not code or not carrier:
            return 400, {"error": "tracking_code and carrier_name are required"}
        order = self.shop.get(receipt_id)
        if order is None:
            return 404, {"error": f"Receipt {receipt_id} not found"}
        self.pushed_tracking.append((receipt_id, code, carrier))
        at = max(datetime.now(UTC).replace(microsecond=0),
                 self.shop.newest_update() + timedelta(seconds=1))
        parcel = FakeFulfillment(4_500_000_000_001 + len(self.pushed_tracking), at, carrier,
                                 code, [(line.line_id, line.quantity) for line in order.lines])
        status = "shipped" if order.status in {"pending", "paid"} else order.status
        order = self.shop.touch(receipt_id, at, status=status,
                                fulfillments=[*order.fulfillments, parcel])
        return 200, receipt(order, self.user_id, {v.sku: v for v in self.shop.variants})


def error(status: int, message: str, headers: dict[str, str] | None = None,
          description: str = "") -> Answer:
    body: dict[str, str] = {"error": message}
    if description:
        body["error_description"] = description
    return status, dumps(body), {"Content-Type": JSON, **(headers or {})}


def rate_headers(per_second: int, second_left: int, per_day: int, day_left: int
                 ) -> dict[str, str]:
    return {"x-limit-per-second": str(per_second), "x-remaining-this-second": str(second_left),
            "x-limit-per-day": str(per_day), "x-remaining-today": str(day_left)}


def one(query: Mapping[str, list[str]], name: str, default: str) -> str:
    return query.get(name, [default])[-1]


def number(query: Mapping[str, list[str]], name: str, default: int) -> int | None:
    value = one(query, name, str(default))
    return int(value) if value.isdigit() else None


def garble(data: dict[str, Any], failure: Failure) -> None:
    """Break the receipt `failure.number` (or the first): "null" drops its grandtotal,
    "types" gives it an unknown currency."""
    for item in data.get("results", []):
        if failure.number in {None, str(item.get("receipt_id"))}:
            if failure.variant == "null":
                item["grandtotal"] = None
            else:
                item["grandtotal"] = {**item["grandtotal"], "currency_code": "ZZZ"}
            return


@contextmanager
def running_etsy_fake(shop: FakeShop, **options: Any) -> Iterator[EtsyFake]:
    with running(EtsyFake(shop, **options)) as fake:
        yield fake


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a fake Etsy Open API v3 on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8603)
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--products", type=int, default=5)
    parser.add_argument("--limit", action="store_true", help="enforce 10 calls/s, 10,000/day")
    parser.add_argument("--rotate", action="store_true",
                        help="retire each refresh token once used (off: the printed one lasts)")
    args = parser.parse_args()
    fake = EtsyFake(FakeShop(args.orders, products=args.products), limit=args.limit,
                    rotate=args.rotate, port=args.port)
    serve(fake, f"Etsy fake at {fake.url.rstrip('/')} ({args.orders} receipts)\n"
                f"  keystring:     {fake.key}\n  shared secret: {fake.shared_secret}\n"
                f"  refresh token: {fake.refresh_token}\nCtrl+C stops it")


if __name__ == "__main__":
    main()
