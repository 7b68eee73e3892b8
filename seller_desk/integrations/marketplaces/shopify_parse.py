"""What both Shopify clients read alike: ids, statuses, buyers, addresses, scopes, errors."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.errors import KnownError
from seller_desk.domain.imports import ImportedCustomer
from seller_desk.domain.orders import Marketplace, OrderStatus
from seller_desk.domain.sync import Credentials, RefundedLine, SyncError
from seller_desk.integrations.marketplaces import messages

API_VERSION = "2026-01"
TOKEN_HEADER = "X-Shopify-Access-Token"
MAX_PAGE = 250  # the most orders or products either API gives per page
ORDERS_SCOPE = "read_orders"
# The permissions a sync would like beyond read_orders, and what lacking each one costs.
WANTED_SCOPES: tuple[tuple[str, str], ...] = (
    ("read_all_orders", "read_all_orders: only the last 60 days of orders are visible"),
    ("read_products", "read_products: products, prices and stock cannot be read"),
    ("write_inventory", "write_inventory: stock levels cannot be sent to Shopify"),
    ("write_products", "write_products: prices cannot be sent to Shopify"),
    ("write_fulfillments", "write_fulfillments: tracking numbers cannot be sent to Shopify"),
)
OPEN_FULFILLMENT_ORDERS = frozenset({"open", "in_progress"})
DEAD_PARCELS = frozenset({"cancelled", "error", "failure"})
# What a payload that cannot be read raises while being turned into records.
ITEM_ERRORS: tuple[type[Exception], ...] = (
    ValueError, KeyError, TypeError, AttributeError, KnownError)

# One fulfillment order as the push reads it: id, status, [(its line id, order line id, left)].
FulfillmentOrder = tuple[str, str, Sequence[tuple[str, str, int]]]
Plan = list[tuple[str, list[tuple[str, int]]]]


def access_headers(credentials: Credentials) -> tuple[str, dict[str, str]]:
    """The token and the headers every Shopify call carries; SyncError when there is none."""
    token = credentials["access_token"].strip()
    if not token:
        raise SyncError(Marketplace.SHOPIFY, messages.NO_CREDENTIALS, fatal=True)
    return token, {TOKEN_HEADER: token, "Content-Type": "application/json",
                   "Accept": "application/json"}


def has_scope(scopes: Iterable[str], scope: str) -> bool:
    """Whether `scope` was granted; a write scope carries its read scope."""
    granted = set(scopes)
    return scope in granted or (
        scope.startswith("read_") and "write_" + scope.removeprefix("read_") in granted)


def missing_scopes(scopes: Iterable[str]) -> tuple[str, ...]:
    granted = tuple(scopes)
    return tuple(text for scope, text in WANTED_SCOPES if not has_scope(granted, scope))


def error_text(errors: object) -> str:
    """Shopify's `errors` in any of its shapes (a text, {field: text or [texts]}, or GraphQL's
    [{message, …}]) as one line."""
    if errors is None:
        return ""
    if isinstance(errors, str):
        return errors.strip()
    if isinstance(errors, Mapping):
        if "message" in errors:
            return error_text(errors["message"])
        return "; ".join(f"{key}: {error_text(value)}" for key, value in errors.items())
    if isinstance(errors, list):
        return "; ".join(filter(None, (error_text(item) for item in errors)))
    return str(errors)


def reason_of(content: bytes) -> str:
    """The remote's own words from an error answer ("" when it has none)."""
    try:
        body = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return ""
    return error_text(body.get("errors")) if isinstance(body, dict) else ""


def item_label(item: Mapping[str, Any]) -> str:
    """How a record that cannot be read is named: its id, else its name."""
    try:
        return gid_number(item.get("id"))
    except ValueError:
        return text(item.get("name")) or "?"


def item_reason(error: Exception) -> str:
    """Why a record could not be read, from what reading it raised."""
    if isinstance(error, KeyError):
        return f"the field {error.args[0]!r} is missing"
    if isinstance(error, TypeError | AttributeError):
        return f"a field has the wrong type ({error})"
    return str(error)


def error_codes(errors: object) -> set[str]:
    """The extensions.code of each GraphQL error."""
    codes = set()
    for entry in errors if isinstance(errors, list) else []:
        extensions = entry.get("extensions") if isinstance(entry, Mapping) else None
        if isinstance(extensions, Mapping) and isinstance(extensions.get("code"), str):
            codes.add(extensions["code"])
    return codes


def gid_number(value: object) -> str:
    """The number of a GID ("gid://shopify/Order/450789469" → "450789469"); REST's own
    numeric ids pass through as text."""
    if isinstance(value, bool):
        raise ValueError(f"not a Shopify id: {value!r}")
    text = str(value).strip() if isinstance(value, str | int) else ""
    number = text.rsplit("/", 1)[-1]
    if not number.isdigit():
        raise ValueError(f"not a Shopify id: {value!r}")
    return number


def gid(kind: str, number: str) -> str:
    return f"gid://shopify/{kind}/{gid_number(number)}"


def whole(value: object) -> int:
    if type(value) is not int:
        raise ValueError(f"not a whole number: {value!r}")
    return value


def text(value: object) -> str:
    return "" if value is None else str(value).strip()


def currency_code(value: object) -> str:
    """An ISO 4217 code the app knows; ValueError for anything else."""
    code = text(value).upper()
    try:
        minor_digits(code)
    except KnownError:
        raise ValueError(f"unknown currency code {value!r}") from None
    return code


def search_time(moment: datetime) -> str:
    """A moment as the orders search and updated_at_min take it: UTC, whole seconds (rounded
    down, so nothing updated within that second is missed)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def order_status(*, cancelled: bool, financial: str, fulfilled: bool,
                 delivered: bool) -> OrderStatus:
    """Shopify's financial and fulfillment statuses as one OrderStatus."""
    financial = financial.strip().lower()
    if cancelled or financial == "voided":
        return OrderStatus.CANCELLED
    if financial == "refunded":
        return OrderStatus.REFUNDED
    if financial == "partially_refunded":
        return OrderStatus.PARTIALLY_REFUNDED
    if fulfilled:
        return OrderStatus.DELIVERED if delivered else OrderStatus.SHIPPED
    if financial == "paid":
        return OrderStatus.PAID
    return OrderStatus.PENDING


def address_line(*parts: object) -> str:
    return ", ".join(part for part in (text(p) for p in parts) if part)


def buyer(*, customer_id: str, email: object, first: object, last: object,
          place: Mapping[str, Any], country: object, phone: object) -> ImportedCustomer:
    """The buyer, with empty texts for what Shopify hides (protected customer data)."""
    name = " ".join(part for part in (text(first), text(last)) if part) or text(place.get("name"))
    return ImportedCustomer(
        external_id=customer_id, email=text(email), name=name, phone=text(phone),
        country=text(country).upper(), city=text(place.get("city")),
        postcode=text(place.get("zip")))


def refunded_lines(rows: Iterable[tuple[object, object]]) -> tuple[RefundedLine, ...]:
    return tuple(RefundedLine(gid_number(line), whole(quantity)) for line, quantity in rows)


def fulfillment_plan(orders: Iterable[FulfillmentOrder],
                     wanted: Sequence[RefundedLine]) -> Plan:
    """Which lines of the open fulfillment orders one parcel ships: those `wanted` (order
    line id, quantity), or everything still to ship when none are named."""
    left = {line.line_external_id: line.quantity for line in wanted}
    plan: Plan = []
    for order_id, status, lines in orders:
        if status.lower() not in OPEN_FULFILLMENT_ORDERS:
            continue
        chosen = []
        for line_id, order_line, remaining in lines:
            quantity = remaining if not wanted else min(remaining, left.get(order_line, 0))
            if quantity > 0:
                chosen.append((line_id, quantity))
                if wanted:
                    left[order_line] -= quantity
        if chosen:
            plan.append((order_id, chosen))
    return plan
