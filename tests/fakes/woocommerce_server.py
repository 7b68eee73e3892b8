"""A loopback fake of a WooCommerce store's REST API v3 (/wp-json/wc/v3/), over a FakeShop."""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from tests.fakes.loopback import (
    HTML,
    JSON,
    Answer,
    LoopbackFake,
    dumps,
    page,
    serve,
)
from tests.fakes.shop_data import FakeOrder, FakeShop, FakeVariant
from tests.fakes.woocommerce_payloads import (
    ANONYMOUS,
    GARBLED,
    NO_ROUTE,
    ORDER_STATUSES,
    Refused,
    broken,
    date_filter,
    decimal_text,
    error,
    index_json,
    invalid_param,
    json_answer,
    no_order,
    no_product,
    note_json,
    order_json,
    paging,
    paging_headers,
    product_json,
    request_body,
    route_of,
    settings_json,
    spoiled,
    system_status_json,
    variation_json,
    woo_status,
)

API = "/wp-json/wc/v3/"
CONSUMER_KEY = "ck_" + hashlib.sha1(b"seller-desk woo key").hexdigest()
CONSUMER_SECRET = "cs_" + hashlib.sha1(b"seller-desk woo secret").hexdigest()
# Core WooCommerce has no rate limit; hosts and firewalls do. A common shared-host cap.
HOST_LIMIT = 10.0


class WooCommerceFake(LoopbackFake):
    """A WooCommerce store at `url` (the store's address; the API is under /wp-json/wc/v3/).

    Switches: `strip_authorization` plays a web server that drops the Authorization header
    (only query-string keys get through); `old_store` an older WooCommerce that ignores
    modified_after; `permissions` the key's "read", "write" or "read_write";
    `silent_unknown_key` answers an unknown key as real WooCommerce does over HTTPS (as if
    no key were sent) instead of "Consumer key is invalid."; `limit` a host's cap in calls a
    second (True: HOST_LIMIT; None: none; 429 with Retry-After: 1 beyond it). `forbidden`
    holds first path parts ("products", "settings") the key's user lacks the capability for
    (403)."""

    base_path = "/"
    kinds = frozenset({"401", "429", "500", "503", "html", "malformed", "not-envelope", "slow",
                       "garbled-item"})

    def __init__(self, shop: FakeShop, *, consumer_key: str = CONSUMER_KEY,
                 consumer_secret: str = CONSUMER_SECRET, permissions: str = "read_write",
                 strip_authorization: bool = False, old_store: bool = False,
                 silent_unknown_key: bool = False, limit: float | bool | None = None,
                 name: str = "Lantern & Loom", site_offset_hours: int = 2,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(consumer_key, host, port)
        self.secret = consumer_secret
        self.shop = shop
        self.permissions = permissions
        self.strip_authorization = strip_authorization
        self.old_store = old_store
        self.silent_unknown_key = silent_unknown_key
        self.limit = HOST_LIMIT if limit is True else limit or None
        self.name = name
        self.offset = timedelta(hours=site_offset_hours)
        self.forbidden: set[str] = set()
        self.untracked: set[int] = set()  # variant ids whose stock the store doesn't manage
        self.pushed_stock: list[tuple[int, int]] = []  # (variant or product id, quantity)
        self.pushed_price: list[tuple[int, str]] = []  # (variant or product id, "12.50")
        self.pushed_tracking: list[dict[str, Any]] = []  # {"order_id", "note", "customer_note"}
        self.notes: dict[int, list[dict[str, Any]]] = {}
        self.auth_seen: Counter[str] = Counter()  # "basic", "query", "none" per API call
        self.queries: list[tuple[str, dict[str, str]]] = []  # (route, query without keys)
        self._next_note = 801
        # filters → (the shop's orders they keep, those sorted, without the trash)
        self._sorted: dict[tuple[object, ...], tuple[list[FakeOrder], ...]] = {}
        self._window = (0, 0)  # (unix second, calls in it) for `limit`
        self._sorting = threading.Lock()

    @property
    def store_url(self) -> str:
        return self.url.rstrip("/")

    def handle(self, method: str, path: str, query: Mapping[str, list[str]],
               headers: Mapping[str, str], body: bytes) -> Answer:
        values = {name: found[-1] for name, found in query.items()}
        if path in {"/wp-json", "/wp-json/"} and method == "GET":
            return 200, dumps(index_json(self.name, self.store_url, self.offset)), \
                {"Content-Type": JSON}
        if not path.startswith(API):
            return 404, page("Page not found"), {"Content-Type": HTML}
        route, ids = route_of(method, path.removeprefix(API).strip("/"))
        if route is None:
            return error(404, "rest_no_route", NO_ROUTE)
        with self.lock:
            self.calls[route] += 1
            self.queries.append((route, {k: v for k, v in values.items()
                                         if k not in {"consumer_key", "consumer_secret"}}))
        if self._over_limit():
            status, payload, extra = error(429, "rest_too_many_requests", "Too many requests.")
            return status, payload, {**extra, "Retry-After": "1"}
        refused = self._authenticate(method, route, values, headers)
        if refused is not None:
            return refused
        try:
            if route == "GET orders":
                return self._list_orders(values)
            if route == "GET products":
                return self._list_products(values)
            if route == "GET products/:id/variations":
                return self._list_variations(ids[0], values)
            failure = self.take_failure(route, [str(i) for i in ids])
            self.pause(failure)
            replaced = broken(failure)
            if replaced is not None:
                return replaced
            with self.shop.lock:
                answer = self._answer(route, ids, values, body)
            return spoiled(answer, failure)
        except Refused as refusal:
            return refusal.answer

    # --- auth ---
    def _authenticate(self, method: str, route: str, values: Mapping[str, str],
                      headers: Mapping[str, str]) -> Answer | None:
        key, secret, how = values.get("consumer_key"), values.get("consumer_secret"), "query"
        if not key or not secret:
            key = secret = None
            how = "none"
            header = headers.get("Authorization") or ""
            if header.startswith("Basic ") and not self.strip_authorization:
                try:
                    key, _, secret = base64.b64decode(header[6:]).decode().partition(":")
                    how = "basic"
                except (binascii.Error, UnicodeDecodeError):
                    key = secret = None
        with self.lock:
            self.auth_seen[how] += 1
        if key != self.key and (how == "none" or self.silent_unknown_key):
            kind = "list" if method == "GET" and not route.endswith(":id") else method
            code, message = ANONYMOUS.get(kind, ANONYMOUS["GET"])
            return error(401, code, message)
        if key != self.key:
            return error(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.")
        if secret != self.secret:
            return error(401, "woocommerce_rest_authentication_error",
                         "Consumer secret is invalid.")
        access = "read" if method == "GET" else "write"
        if access not in self.permissions:
            return error(401, "woocommerce_rest_authentication_error",
                         f"The API key provided does not have {access} permissions.")
        if route.split()[1].split("/")[0] in self.forbidden:
            return error(403, "woocommerce_rest_cannot_view", ANONYMOUS["list"][1])
        return None

    def _over_limit(self) -> bool:
        if self.limit is None:
            return False
        second = int(time.time())
        with self.lock:
            start, used = self._window
            used = used + 1 if start == second else 1
            self._window = (second, used)
            if used > self.limit:
                self.too_many += 1
                return True
        return False

    # --- orders ---
    def _list_orders(self, values: Mapping[str, str]) -> Answer:
        size, number, orderby, descending = paging(values, "orders")
        selected = self._select(values, orderby)
        items = self._items()
        return self._page("GET orders", "orders", values, selected[::-1] if descending
                          else selected, lambda o: o.order_id,
                          lambda o: order_json(o, items, self.offset), size, number)

    def _page(self, route: str, path: str, values: Mapping[str, str], chosen: Sequence[Any],
              ident: Callable[[Any], int], render: Callable[[Any], dict[str, Any]],
              size: int, number: int) -> Answer:
        """Page `number` of `chosen`, with WordPress's paging headers; a failure aimed at an
        item of the page ("garbled-item", number = its id) spoils that item only."""
        shown = chosen[(number - 1) * size: number * size]
        failure = self.take_failure(route, [str(ident(item)) for item in shown])
        self.pause(failure)
        replaced = broken(failure)
        if replaced is not None:
            return replaced
        rendered = [render(item) for item in shown]
        if failure is not None and failure.kind == "garbled-item" and rendered:
            target = next((r for r in rendered if str(r["id"]) == failure.number), rendered[0])
            target |= GARBLED[route == "GET orders"][failure.variant]
        headers = paging_headers(f"{self.store_url}{API}{path}", values, len(chosen), size,
                                 number)
        return spoiled((200, dumps(rendered), headers), failure)

    def _select(self, values: Mapping[str, str], orderby: str) -> list[FakeOrder]:
        """The orders the filters keep, sorted; cached per filter while the shop is unchanged
        (a 50,000-order sync asks for the same list 500 times)."""
        gmt = values.get("dates_are_gmt", "false").lower() in {"true", "1"}
        since, until, created_after, created_before = (
            date_filter(values, name, gmt, self.offset)
            for name in ("modified_after", "modified_before", "after", "before"))
        if self.old_store:
            since = until = None
        source = self.shop.updated_since(since, until)
        key = (since, until, orderby)
        with self._sorting:
            cached = self._sorted.get(key)
            if cached is None or cached[0] != source:
                ordered = sorted(source, key=(lambda o: o.order_id) if orderby == "id"
                                 else (lambda o: (o.created, o.order_id)))
                # "any" is WordPress's any: every status but the trash.
                cached = (source, ordered, [o for o in ordered if woo_status(o) != "trash"])
                self._sorted[key] = cached
        statuses = [s for s in values.get("status", "any").split(",") if s and s != "any"]
        if any(s not in ORDER_STATUSES for s in statuses):
            raise Refused(invalid_param("status", "status is not one of any, " +
                                        ", ".join(sorted(ORDER_STATUSES)) + "."))
        selected = cached[1] if statuses else cached[2]
        if statuses or created_after or created_before:
            selected = [o for o in selected
                        if (not statuses or woo_status(o) in statuses)
                        and (created_after is None or o.created > created_after)
                        and (created_before is None or o.created < created_before)]
        return selected

    def _items(self) -> dict[str, tuple[int, int]]:
        """sku → (product id, variation id or 0) for order lines."""
        products = self._products()
        return {v.sku: (v.product_id, 0 if len(products[v.product_id]) == 1 else v.variant_id)
                for v in self.shop.variants}

    # --- everything else ---
    def _answer(self, route: str, ids: Sequence[int], values: Mapping[str, str],
                body: bytes) -> Answer:
        if route == "GET orders/:id":
            order = self.shop.get(ids[0])
            return json_answer(order_json(order, self._items(), self.offset)) if order \
                else no_order()
        if route == "GET orders/:id/notes":
            return json_answer(self.notes.get(ids[0], [])) if self.shop.get(ids[0]) \
                else no_order()
        if route == "POST orders/:id/notes":
            return self._add_note(ids[0], body)
        if route == "GET products/:id":
            variants = self._products().get(ids[0])
            return json_answer(product_json(ids[0], variants, self.untracked, self.offset)) \
                if variants else no_product()
        if route in {"PUT products/:id", "PUT products/:id/variations/:id"}:
            return self._update(ids, body)
        if route == "GET system_status":
            return json_answer(system_status_json(self.store_url, self.shop.shop_currency))
        return json_answer(settings_json(self.shop.shop_currency))

    def _add_note(self, order_id: int, body: bytes) -> Answer:
        request = request_body(body)
        if request is None:
            return error(400, "rest_invalid_json", "Invalid JSON body passed.")
        if self.shop.get(order_id) is None:
            return no_order()
        note = request.get("note")
        if not isinstance(note, str) or not note:
            return error(400, "rest_missing_callback_param", "Missing parameter(s): note",
                         params=["note"])
        customer = request.get("customer_note", False)
        if not isinstance(customer, bool):
            return invalid_param("customer_note", "customer_note is not of type boolean.")
        with self.lock:
            note_id = self._next_note
            self._next_note += 1
            self.pushed_tracking.append({"order_id": order_id, "note": note,
                                         "customer_note": customer, "id": note_id})
        created = note_json(note_id, note, customer, datetime.now(UTC).replace(microsecond=0),
                            self.offset)
        self.notes.setdefault(order_id, []).insert(0, created)
        return 201, dumps(created), {"Content-Type": JSON}

    def _products(self) -> dict[int, list[FakeVariant]]:
        products: dict[int, list[FakeVariant]] = {}
        for variant in self.shop.variants:
            products.setdefault(variant.product_id, []).append(variant)
        return products

    def _list_products(self, values: Mapping[str, str]) -> Answer:
        size, number, _orderby, descending = paging(values, "products")
        with self.shop.lock:
            products = sorted(self._products().items(), reverse=descending)
        return self._page("GET products", "products", values, products, lambda p: p[0],
                          lambda p: product_json(p[0], p[1], self.untracked, self.offset),
                          size, number)

    def _list_variations(self, product_id: int, values: Mapping[str, str]) -> Answer:
        with self.shop.lock:
            variants = self._products().get(product_id)
        if not variants:
            return no_product()
        size, number, _orderby, descending = paging(values, "products")
        # A simple product has no variations: an empty list, as WooCommerce answers.
        chosen = sorted(variants, key=lambda v: v.variant_id, reverse=descending) \
            if len(variants) > 1 else []
        return self._page("GET products/:id/variations", f"products/{product_id}/variations",
                          values, chosen, lambda v: v.variant_id,
                          lambda v: variation_json(v, self.untracked, self.offset),
                          size, number)

    def _update(self, ids: Sequence[int], body: bytes) -> Answer:
        request = request_body(body)
        if request is None:
            return error(400, "rest_invalid_json", "Invalid JSON body passed.")
        variants = self._products().get(ids[0])
        if not variants:
            return no_product()
        simple = len(variants) == 1
        if len(ids) == 2:
            target = next((v for v in variants if v.variant_id == ids[1] and not simple), None)
            if target is None:
                return error(404, "woocommerce_rest_product_variation_invalid_id",
                             "Invalid ID.")
        else:
            target = variants[0] if simple else None
        quantity, price = request.get("stock_quantity"), request.get("regular_price")
        if quantity is not None and (isinstance(quantity, bool) or
                                     not isinstance(quantity, int)):
            return invalid_param("stock_quantity", "stock_quantity is not of type integer.")
        if "manage_stock" in request and not isinstance(request["manage_stock"], bool):
            return invalid_param("manage_stock", "manage_stock is not of type boolean.")
        if price is not None and not decimal_text(price):
            return invalid_param("regular_price", "regular_price is not of type string.")
        item_id = target.variant_id if target and not simple else ids[0]
        with self.lock:
            if quantity is not None:
                self.pushed_stock.append((item_id, quantity))
            if price is not None:
                self.pushed_price.append((item_id, price))
        if target is not None:  # a variable product's own stock is not a variant's
            if quantity is not None:
                target.stock = quantity
            if request.get("manage_stock") is True:
                self.untracked.discard(target.variant_id)
            if price is not None:
                target.price = Decimal(price)
            target.updated = datetime.now(UTC).replace(microsecond=0)
        if len(ids) == 2 and target is not None:
            return json_answer(variation_json(target, self.untracked, self.offset))
        return json_answer(product_json(ids[0], variants, self.untracked, self.offset))


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a fake WooCommerce store on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8602)
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--products", type=int, default=5)
    parser.add_argument("--key", default=CONSUMER_KEY)
    parser.add_argument("--secret", default=CONSUMER_SECRET)
    parser.add_argument("--strip-authorization", action="store_true",
                        help="ignore the Authorization header (keys only in the query)")
    parser.add_argument("--old-store", action="store_true", help="ignore modified_after")
    parser.add_argument("--limit", type=float, default=None, help="calls a second, then 429")
    args = parser.parse_args()
    fake = WooCommerceFake(FakeShop(args.orders, products=args.products),
                           consumer_key=args.key, consumer_secret=args.secret,
                           strip_authorization=args.strip_authorization,
                           old_store=args.old_store, limit=args.limit, port=args.port)
    serve(fake, f"WooCommerce fake at {fake.store_url} ({args.orders} orders)\n"
                f"  consumer key:    {args.key}\n  consumer secret: {args.secret}\n"
                "Ctrl+C stops it")


if __name__ == "__main__":
    main()
