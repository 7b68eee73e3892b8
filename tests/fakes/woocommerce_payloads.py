"""FakeShop orders and products in WooCommerce REST v3's JSON shapes, its error bodies, and
the rules WordPress applies to a request (routes, paging, dates)."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlencode

from tests.fakes.loopback import HTML, JSON, Answer, Failure, dumps, page
from tests.fakes.shop_data import FakeOrder, FakeVariant

# Neutral FakeShop statuses in WooCommerce's words. WooCommerce has no "delivered": the order
# stays completed. A partly refunded order keeps its status; only its refunds tell.
WOO_STATUS = {"pending": "pending", "paid": "processing", "shipped": "completed",
              "delivered": "completed", "cancelled": "cancelled",
              "partially_refunded": "completed", "refunded": "refunded"}
SYMBOLS = {"USD": "&#36;", "EUR": "&euro;", "GBP": "&pound;", "JPY": "&yen;"}
VERSION = "8.5.2"


def error(status: int, code: str, message: str, **data: object) -> Answer:
    """WordPress's refusal body: {"code", "message", "data": {"status", ...}}."""
    body = {"code": code, "message": message, "data": {"status": status, **data}}
    return status, dumps(body), {"Content-Type": JSON}


def invalid_param(name: str, why: str) -> Answer:
    return error(400, "rest_invalid_param", f"Invalid parameter(s): {name}",
                 params={name: why}, details={name: {"code": "rest_invalid_param",
                                                     "message": why, "data": None}})


def gmt(moment: datetime) -> str:
    """WooCommerce's *_gmt: UTC without a Z."""
    return moment.isoformat(timespec="seconds")[:19]  # strftime is 5x slower


def slug(name: str) -> str:
    """How Advanced Shipment Tracking names a provider ("China Post" → "china-post")."""
    return "-".join(name.lower().split())


def number(amount: Decimal) -> int | float:
    """A line's `price` as PHP's json_encode writes a float: 12, 24.95."""
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def address(order: FakeOrder, *, billing: bool) -> dict[str, str]:
    shown = {"first_name": order.first_name or "", "last_name": order.last_name or "",
             "company": "", "address_1": order.address1, "address_2": "",
             "city": order.city, "state": "", "postcode": order.postcode,
             "country": order.country}
    if billing:
        shown |= {"email": order.email or "", "phone": ""}
    return shown


def order_json(order: FakeOrder, items: Mapping[str, tuple[int, int]], offset: timedelta
               ) -> dict[str, Any]:
    """One order; `items` give each sku's (product id, variation id or 0), `offset` is the
    site's time zone (its dates without _gmt)."""
    status = WOO_STATUS.get(order.status, order.status)
    zero = order.money(Decimal(0))
    lines = []
    for index, line in enumerate(order.lines):
        product_id, variation_id = items.get(line.sku, (0, 0))
        subtotal = line.price * line.quantity
        total = subtotal - (order.discount if index == 0 else Decimal(0))
        lines.append({
            "id": line.line_id, "name": line.title,
            "product_id": product_id, "variation_id": variation_id,
            "quantity": line.quantity, "tax_class": "", "subtotal": order.money(subtotal),
            "subtotal_tax": zero, "total": order.money(total),
            "total_tax": zero, "taxes": [], "meta_data": [],
            "sku": line.sku, "price": number(total / line.quantity)})
    paid = status in {"processing", "completed", "refunded"}
    created, updated = gmt(order.created), gmt(order.updated)
    local_created, local_updated = gmt(order.created + offset), gmt(order.updated + offset)
    meta: list[dict[str, Any]] = [{"id": order.order_id % 100_000, "key": "_order_source",
                                   "value": "checkout"}]
    if order.fulfillments:
        meta.append({"id": order.order_id % 100_000 + 1, "key": "_wc_shipment_tracking_items",
                     "value": [_tracking_item(order, f.carrier, f.number, f.created)
                               for f in order.fulfillments]})
    return {
        "id": order.order_id, "parent_id": 0, "number": str(order.number),
        "order_key": "wc_order_" + hashlib.sha1(str(order.order_id).encode()).hexdigest()[:13],
        "created_via": "checkout", "version": VERSION, "status": status,
        "currency": order.currency, "currency_symbol": SYMBOLS.get(order.currency, ""),
        "date_created": local_created, "date_created_gmt": created,
        "date_modified": local_updated, "date_modified_gmt": updated,
        "discount_total": order.money(order.discount), "discount_tax": zero,
        "shipping_total": order.money(order.shipping), "shipping_tax": zero,
        "cart_tax": order.money(order.tax), "total": order.money(order.total),
        "total_tax": order.money(order.tax), "prices_include_tax": False,
        "customer_id": order.customer_id or 0, "customer_ip_address": "",
        "customer_user_agent": "", "customer_note": "",
        "billing": address(order, billing=True), "shipping": address(order, billing=False),
        "payment_method": "stripe", "payment_method_title": "Credit card",
        "transaction_id": f"pi_{order.order_id}" if paid else "",
        "date_paid": local_created if paid else None,
        "date_paid_gmt": created if paid else None,
        "date_completed": local_updated if status == "completed" else None,
        "date_completed_gmt": updated if status == "completed" else None,
        "cart_hash": "", "meta_data": meta, "line_items": lines,
        "tax_lines": [],
        "shipping_lines": [{"id": order.number * 10, "method_title": "Flat rate",
                            "method_id": "flat_rate", "instance_id": "1",
                            "total": order.money(order.shipping), "total_tax": "0.00",
                            "taxes": [], "meta_data": []}],
        "fee_lines": [],
        "coupon_lines": [{"id": order.number * 10 + 1, "code": "save",
                          "discount": order.money(order.discount), "discount_tax": "0.00",
                          "meta_data": []}] if order.discount else [],
        # The order's list: the amount goes out with a minus, as WooCommerce writes it.
        "refunds": [{"id": r.refund_id, "reason": r.reason,
                     "total": "-" + order.money(r.amount)} for r in order.refunds],
        "set_paid": False,
    }


def _tracking_item(order: FakeOrder, carrier: str, tracking: str, shipped: datetime
                   ) -> dict[str, str]:
    return {"tracking_provider": slug(carrier), "custom_tracking_provider": "",
            "custom_tracking_link": "", "tracking_number": tracking,
            "date_shipped": str(int(shipped.timestamp())),
            "tracking_id": hashlib.md5(f"{order.order_id}/{tracking}".encode()).hexdigest()}


def product_json(product_id: int, variants: Sequence[FakeVariant], untracked: set[int],
                 offset: timedelta) -> dict[str, Any]:
    """A product: simple when FakeShop gives it one variant, else variable (its variants are
    the variations, listed at /products/{id}/variations)."""
    first = variants[0]
    modified = max(v.updated for v in variants)
    common = {"id": product_id, "slug": f"product-{product_id}", "status": "publish",
              "date_modified": gmt(modified + offset), "date_modified_gmt": gmt(modified),
              "description": "", "short_description": "", "categories": [], "images": []}
    if len(variants) == 1:
        return {**common, "name": first.title, "type": "simple",
                **_sellable(first, untracked), "attributes": [], "variations": []}
    name = first.title.split(" / ")[0]
    options = [v.title.split(" / ")[-1] for v in variants]
    low = min(v.price for v in variants)
    return {**common, "name": name, "type": "variable", "sku": "", "price": str(low),
            "regular_price": "", "sale_price": "", "manage_stock": False,
            "stock_quantity": None, "stock_status": "instock",
            "attributes": [{"id": 0, "name": "Size", "position": 0, "visible": True,
                            "variation": True, "options": options}],
            "variations": [v.variant_id for v in variants]}


def variation_json(variant: FakeVariant, untracked: set[int], offset: timedelta
                   ) -> dict[str, Any]:
    return {"id": variant.variant_id, "parent_id": variant.product_id,
            "date_modified": gmt(variant.updated + offset),
            "date_modified_gmt": gmt(variant.updated), "status": "publish",
            **_sellable(variant, untracked),
            "attributes": [{"id": 0, "name": "Size",
                            "option": variant.title.split(" / ")[-1]}]}


def _sellable(variant: FakeVariant, untracked: set[int]) -> dict[str, Any]:
    tracked = variant.variant_id not in untracked
    return {"sku": variant.sku, "price": str(variant.price),
            "regular_price": str(variant.price), "sale_price": "",
            "manage_stock": tracked, "stock_quantity": variant.stock if tracked else None,
            "stock_status": "instock" if not tracked or variant.stock > 0 else "outofstock"}


def index_json(name: str, url: str, offset: timedelta) -> dict[str, Any]:
    """The WordPress REST index at /wp-json/ (routes left out: the real one lists hundreds)."""
    return {"name": name, "description": "Just another WooCommerce store", "url": url,
            "home": url, "gmt_offset": str(int(offset.total_seconds() // 3600)),
            "timezone_string": "", "authentication": [],
            "namespaces": ["oembed/1.0", "wc/store/v1", "wc/v1", "wc/v2", "wc/v3", "wp/v2"],
            "routes": {}}


def settings_json(currency: str) -> list[dict[str, Any]]:
    return [{"id": "woocommerce_store_address", "label": "Address line 1", "type": "text",
             "value": "1 Main Street"},
            {"id": "woocommerce_default_country", "label": "Country and State",
             "type": "select", "value": "US:CA"},
            {"id": "woocommerce_currency", "label": "Currency", "type": "select",
             "default": "USD", "value": currency},
            {"id": "woocommerce_price_num_decimals", "label": "Number of decimals",
             "type": "number", "value": "0" if currency == "JPY" else "2"}]


def system_status_json(url: str, currency: str) -> dict[str, Any]:
    return {"environment": {"home_url": url, "site_url": url, "version": VERSION,
                            "wp_version": "6.4.3"},
            "database": {}, "active_plugins": [], "theme": {},
            "settings": {"api_enabled": True, "currency": currency,
                         "currency_symbol": SYMBOLS.get(currency, ""),
                         "currency_position": "left", "number_of_decimals": 2},
            "security": {"secure_connection": True}, "pages": []}


def note_json(note_id: int, text: str, customer: bool, at: datetime, offset: timedelta
              ) -> dict[str, Any]:
    return {"id": note_id, "author": "WooCommerce", "date_created": gmt(at + offset),
            "date_created_gmt": gmt(at), "note": text, "customer_note": customer,
            "added_by_user": False}


# --- the rules WordPress applies to a request ---
MAX_PER_PAGE = 100
ORDER_STATUSES = frozenset({"pending", "processing", "on-hold", "completed", "cancelled",
                            "refunded", "failed", "trash", "checkout-draft"})
ORDERBY = {"orders": ("date", "id", "include", "title", "slug"),
           "products": ("date", "id", "include", "title", "slug", "price", "popularity",
                        "rating", "menu_order", "modified")}
# What "garbled-item" does to an order (True) or a product or variation (False): "null" blanks
# what may be blank (only an order's total can't be), "types" puts wrong types in.
GARBLED: dict[bool, dict[str, dict[str, Any]]] = {
    True: {"null": {"total": None}, "types": {"total": {"amount": 1}, "line_items": "none"}},
    False: {"null": {"regular_price": None, "price": None, "stock_quantity": None},
            "types": {"type": "simple", "manage_stock": True, "stock_quantity": "many"}},
}
NO_ROUTE = "No route was found matching the URL and request method."
# (method, path pattern split on "/", route name); ":id" matches digits.
ROUTES = (
    ("GET", "orders", "GET orders"),
    ("GET", "orders/:id", "GET orders/:id"),
    ("GET", "orders/:id/notes", "GET orders/:id/notes"),
    ("POST", "orders/:id/notes", "POST orders/:id/notes"),
    ("GET", "products", "GET products"),
    ("GET", "products/:id", "GET products/:id"),
    ("PUT", "products/:id", "PUT products/:id"),
    ("GET", "products/:id/variations", "GET products/:id/variations"),
    ("PUT", "products/:id/variations/:id", "PUT products/:id/variations/:id"),
    ("GET", "system_status", "GET system_status"),
    ("GET", "settings/general", "GET settings/general"),
)
# What WooCommerce answers a request that carries no key it could see.
ANONYMOUS = {"list": ("woocommerce_rest_cannot_view", "Sorry, you cannot list resources."),
             "GET": ("woocommerce_rest_cannot_view", "Sorry, you cannot view this resource."),
             "PUT": ("woocommerce_rest_cannot_edit",
                     "Sorry, you are not allowed to edit this resource."),
             "POST": ("woocommerce_rest_cannot_create",
                      "Sorry, you are not allowed to create resources.")}


class Refused(Exception):
    """A request WordPress turns down before doing anything (a bad parameter)."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(answer[0])
        self.answer = answer


def route_of(method: str, rest: str) -> tuple[str | None, list[int]]:
    """The route a request reaches and the ids in its path; (None, []) for none."""
    parts = rest.split("/") if rest else []
    for route_method, pattern, name in ROUTES:
        shape = pattern.split("/")
        if len(shape) != len(parts) or not all(
                part == want or (want == ":id" and part.isdigit())
                for part, want in zip(parts, shape, strict=True)):
            continue
        # WordPress's edit routes take POST and PATCH as well as PUT.
        if method == route_method or (route_method == "PUT" and method in {"POST", "PATCH"}):
            return name, [int(part) for part, want in zip(parts, shape, strict=True)
                          if want == ":id"]
    return None, []


def paging(values: Mapping[str, str], listing: str) -> tuple[int, int, str, bool]:
    """(per_page, page, orderby, descending); Refused when one is out of bounds."""
    size, number = values.get("per_page", "10"), values.get("page", "1")
    if not size.isdigit() or not 1 <= int(size) <= MAX_PER_PAGE:
        raise Refused(invalid_param("per_page", "per_page must be between 1 (inclusive) and "
                                                "100 (inclusive)"))
    if not number.isdigit() or int(number) < 1:
        raise Refused(invalid_param("page", "page must be greater than or equal to 1"))
    orderby = values.get("orderby", "date")
    if orderby not in ORDERBY[listing]:
        raise Refused(invalid_param("orderby", f"orderby is not one of "
                                               f"{', '.join(ORDERBY[listing])}."))
    order = values.get("order", "desc")
    if order not in {"asc", "desc"}:
        raise Refused(invalid_param("order", "order is not one of asc, desc."))
    return int(size), int(number), orderby, order == "desc"


def date_filter(values: Mapping[str, str], name: str, in_gmt: bool, offset: timedelta
                ) -> datetime | None:
    """A date filter as UTC (site time unless dates_are_gmt); None when absent."""
    text = values.get(name)
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise Refused(invalid_param(name, "Invalid date.")) from None
    if when.tzinfo is not None:
        return when.astimezone(UTC)
    return when.replace(tzinfo=UTC) - (timedelta(0) if in_gmt else offset)


def woo_status(order: FakeOrder) -> str:
    return WOO_STATUS.get(order.status, order.status)


def broken(failure: Failure | None) -> Answer | None:
    """The answer a failure replaces the real one with, if it does."""
    kind = failure.kind if failure else ""
    if kind == "429":
        status, payload, headers = error(429, "rest_too_many_requests", "Too many requests.")
        if failure is not None and failure.retry_after is not None:
            headers["Retry-After"] = failure.retry_after
        return status, payload, headers
    if kind == "401":
        return error(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.")
    if kind == "500":
        return error(500, "internal_server_error",
                     "There has been a critical error on this website.")
    if kind == "503":
        return 503, page("503 Service Unavailable"), {"Content-Type": HTML}
    if kind == "html":
        return 200, page("Briefly unavailable for scheduled maintenance"), \
            {"Content-Type": HTML}
    if kind == "not-envelope":  # JSON, but not WooCommerce's (a cache plugin's own answer)
        return 200, dumps({"status": "ok"}), {"Content-Type": JSON}
    return None


def spoiled(answer: Answer, failure: Failure | None) -> Answer:
    if failure is not None and failure.kind == "malformed":
        status, payload, headers = answer
        return status, payload[: len(payload) // 2], headers
    return answer


def json_answer(data: object) -> Answer:
    return 200, dumps(data), {"Content-Type": JSON}


def no_order() -> Answer:
    return error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")


def no_product() -> Answer:
    return error(404, "woocommerce_rest_product_invalid_id", "Invalid ID.")


def request_body(body: bytes) -> dict[str, Any] | None:
    try:
        request = json.loads(body or b"{}")
    except ValueError:
        return None
    return request if isinstance(request, dict) else None


def decimal_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return Decimal(value).is_finite()
    except InvalidOperation:
        return False


def paging_headers(base: str, values: Mapping[str, str], total: int, size: int, number: int
                   ) -> dict[str, str]:
    """X-WP-Total, X-WP-TotalPages and a Link to the prev, next, first and last pages of the
    listing at `base` (keys in the query are not repeated in the links)."""
    pages = math.ceil(total / size) if total else 0
    kept = {k: v for k, v in values.items()
            if k not in {"consumer_key", "consumer_secret", "page"}}

    def link(to: int, rel: str) -> str:
        return f'<{base}?{urlencode({**kept, "page": str(to)})}>; rel="{rel}"'

    links = []
    if number > 1:
        links.append(link(min(number - 1, max(pages, 1)), "prev"))
    if number < pages:
        links.append(link(number + 1, "next"))
    if pages:
        links += [link(1, "first"), link(pages, "last")]
    headers = {"Content-Type": JSON, "X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
    if links:
        headers["Link"] = ", ".join(links)
    return headers
