"""WooCommerce REST API v3: a store's orders and products read, stock, prices and notes pushed."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, NoReturn
from urllib.parse import urlsplit

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
from seller_desk.integrations.marketplaces import messages
from seller_desk.integrations.marketplaces.base import RemoteClient, check_url
from seller_desk.integrations.marketplaces.woocommerce_parse import (
    UNREADABLE,
    ident,
    modified_of,
    order_of,
    reason_of,
    text,
    tracking_note,
    variant_of,
)
from seller_desk.integrations.throttle import Throttle

API = "/wp-json/wc/v3/"
MAX_PAGE = 100  # WordPress refuses a larger per_page with 400 rest_invalid_param
CALLS_PER_SECOND = 5  # core WooCommerce has no limit; hosts do, so stay modest
# The answers of a store whose web server dropped our Authorization header: WooCommerce saw
# no key at all and refused as it would an anonymous visitor.
KEY_MISSING = frozenset({"woocommerce_rest_cannot_view", "woocommerce_rest_cannot_create",
                         "woocommerce_rest_cannot_edit"})
NO_ROUTE = "rest_no_route"


class WooCommerceClient(RemoteClient):
    """One WooCommerce store reached with a REST API key (consumer key and secret)."""

    marketplace: ClassVar[Marketplace] = Marketplace.WOOCOMMERCE
    can_push: ClassVar[frozenset[PushKind]] = frozenset(PushKind)

    def __init__(self, base_url: str, credentials: Credentials, *,
                 session: requests.Session | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic,
                 page_size: int | None = None) -> None:
        self.base_url = check_url(base_url, self.marketplace)
        self._key = credentials["consumer_key"].strip()
        self._secret = credentials["consumer_secret"].strip()
        if not self._key or not self._secret:
            raise SyncError(self.marketplace, messages.NO_CREDENTIALS, fatal=True)
        token = base64.b64encode(f"{self._key}:{self._secret}".encode()).decode()
        self._basic = {"Authorization": f"Basic {token}", "Accept": "application/json"}
        super().__init__(session=session, sleep=sleep,
                         throttle=Throttle(CALLS_PER_SECOND, 1.0, clock=clock, sleep=sleep),
                         secrets=(self._key, self._secret, token))
        self.page_size = max(1, min(MAX_PAGE, page_size or MAX_PAGE))
        # Learnt from the store's answers, kept for the client's life:
        self.query_auth = False  # the server strips Authorization; keys go in the query
        self.modified_filter_ignored = False  # an older WooCommerce without modified_after
        self.can_write: bool | None = None  # None until a push was tried
        self._currency = ""

    def __repr__(self) -> str:  # never the key
        return f"WooCommerceClient({self.base_url!r})"

    # --- reading ---
    def shop(self) -> ShopInfo:
        index = self._index()
        permissions: list[str] = []
        missing: list[str] = []
        for what in ("orders", "products"):
            if self._may_read(what):
                permissions.append(f"read_{what}")
            else:
                missing.append(f"read_{what}: the key's user may not read {what}")
        permissions.append("read_write" if self.can_write else "read")
        if self.can_write is False:
            missing.append("write: the key is read-only, so nothing can be pushed")
        name = text(index.get("name")) or urlsplit(self.base_url).hostname or self.base_url
        return ShopInfo(name=name, currency=self.shop_currency(),
                        permissions=tuple(permissions), missing=tuple(missing))

    def shop_currency(self) -> str:
        """The store's currency: its general settings, else its system status, else the
        currency of its newest order ("" when nothing tells)."""
        if not self._currency:
            self._currency = self._setting_currency() or self._status_currency() \
                or self._order_currency()
        return self._currency

    def orders(self, since: datetime | None) -> Iterator[Page[RemoteOrder]]:
        params = {"per_page": str(self.page_size), "status": "any", "dates_are_gmt": "true",
                  # Ids never tie or move, so page N stays page N while orders change; the
                  # documented sorts can't follow the modified date anyway (no checkpoint).
                  "orderby": "id", "order": "asc"}
        floor: datetime | None = None
        if since is not None:
            since = since.astimezone(UTC)
            # A second early: the store keeps whole seconds and may compare strictly.
            floor = since.replace(microsecond=0) - timedelta(seconds=1)
            params["modified_after"] = floor.strftime("%Y-%m-%dT%H:%M:%S")
        for body, total in self._pages("orders", params, "orders"):
            items: list[RemoteOrder] = []
            problems: list[SyncError] = []
            for data in body:
                order_id = data.get("id", "?") if isinstance(data, Mapping) else "?"
                try:
                    if not isinstance(data, Mapping):
                        raise TypeError("not an object")
                    if since is not None and floor is not None:  # both or neither
                        modified = modified_of(data)
                        if modified < since:
                            # Only a store that ignores modified_after sends these; then every
                            # page is read and filtered here.
                            self.modified_filter_ignored |= modified < floor
                            continue
                    items.append(order_of(data))
                except UNREADABLE as error:
                    problems.append(self.bad_item("order", order_id, reason_of(error)))
            known = since is None or not self.modified_filter_ignored
            yield Page(tuple(items), None, total if known else None, tuple(problems))

    def variants(self) -> Iterator[Page[RemoteVariant]]:
        currency = self.shop_currency()
        params = {"per_page": str(self.page_size), "orderby": "id", "order": "asc"}
        for body, _total in self._pages("products", params, "products"):
            items: list[RemoteVariant] = []
            problems: list[SyncError] = []
            for product in body:
                product_id = product.get("id", "?") if isinstance(product, Mapping) else "?"
                try:
                    if not isinstance(product, Mapping):
                        raise TypeError("not an object")
                    kind = text(product.get("type"))
                    if kind == "grouped":  # a showcase of other products, sold through them
                        continue
                    if kind != "variable":
                        items.append(variant_of(product, None, currency))
                    elif product.get("variations") != []:  # none made yet: nothing to ask
                        items.extend(self._variations(product, currency, problems))
                except UNREADABLE as error:
                    problems.append(self.bad_item("product", product_id, reason_of(error)))
            yield Page(tuple(items), problems=tuple(problems))

    # --- pushing ---
    def push_stock(self, variant: RemoteVariant, quantity: int) -> None:
        self._write("PUT", self._item_path(variant),
                    {"stock_quantity": int(quantity), "manage_stock": True})

    def push_price(self, variant: RemoteVariant, price_minor: int) -> None:
        currency = variant.currency or self.shop_currency()
        price = Money(int(price_minor), currency).amount
        self._write("PUT", self._item_path(variant), {"regular_price": str(price)})

    def push_tracking(self, push: TrackingPush) -> str:
        """A customer note with the parcel (WooCommerce has no tracking field); its id."""
        path = f"orders/{self._segment(push.order_external_id)}/notes"
        note = self._write("POST", path, {"note": tracking_note(push), "customer_note": True})
        note_id = note.get("id")
        if isinstance(note_id, bool) or not isinstance(note_id, int | str) or not str(note_id):
            raise self.fail(messages.MALFORMED, reason="the created note has no id")
        return str(note_id)

    # --- calls ---
    def _index(self) -> dict[str, Any]:
        """The WordPress REST index: the site's name, and whether WooCommerce's API is there.
        Security plugins may hide it; then the calls that follow tell what is wrong."""
        try:
            response = self._send("GET", self.base_url + "/wp-json/", None, None)
            with response:
                if response.status_code >= 400:
                    self._refuse(response)
                index = self.json_object(response)
        except SyncError as error:
            if error.status is None:  # not reached at all
                raise
            return {}
        namespaces = index.get("namespaces")
        if isinstance(namespaces, list) and "wc/v3" not in namespaces:
            raise self.fail(messages.NOT_FOUND, fatal=True, url=self.base_url + API)
        return index

    def _may_read(self, what: str) -> bool:
        """Whether the key's user may list `what` (403: the user lacks the capability)."""
        try:
            self._call("GET", what, {"per_page": "1"}).close()
        except SyncError as error:
            if error.status == 403:
                return False
            raise
        return True

    def _setting_currency(self) -> str:
        settings = self._optional("settings/general")
        for setting in settings if isinstance(settings, list) else []:
            if isinstance(setting, Mapping) and setting.get("id") == "woocommerce_currency":
                return text(setting.get("value")).upper()
        return ""

    def _status_currency(self) -> str:
        status = self._optional("system_status")
        settings = status.get("settings") if isinstance(status, Mapping) else None
        return text(settings.get("currency")).upper() if isinstance(settings, Mapping) else ""

    def _order_currency(self) -> str:
        newest = self._optional("orders", {"per_page": "1"})
        first = newest[0] if isinstance(newest, list) and newest else None
        return text(first.get("currency")).upper() if isinstance(first, Mapping) else ""

    def _optional(self, path: str, params: Mapping[str, str] | None = None) -> Any:
        """The JSON of a read the key's user may lack the capability for (None then)."""
        try:
            response = self._call("GET", path, params)
        except SyncError as error:
            if error.status in {403, 404}:
                return None
            raise
        with response:
            return self.json(response)

    def _variations(self, product: Mapping[str, Any], currency: str,
                    problems: list[SyncError]) -> list[RemoteVariant]:
        found: list[RemoteVariant] = []
        params = {"per_page": str(MAX_PAGE), "orderby": "id", "order": "asc"}
        product_id = ident(product["id"])
        if not product_id.isdigit():
            raise ValueError(f"not a product id: {product_id!r}")
        path = f"products/{product_id}/variations"
        for body, _total in self._pages(path, params, "variations"):
            for variation in body:
                variation_id = variation.get("id", "?") if isinstance(variation, Mapping) \
                    else "?"
                try:
                    if not isinstance(variation, Mapping):
                        raise TypeError("not an object")
                    found.append(variant_of(product, variation, currency))
                except UNREADABLE as error:
                    problems.append(self.bad_item("variation", variation_id, reason_of(error)))
        return found

    def _pages(self, path: str, params: Mapping[str, str], what: str
               ) -> Iterator[tuple[list[Any], int | None]]:
        """Each page of a listing as (items, X-WP-Total), until X-WP-TotalPages."""
        page = 1
        first_ids: object = None
        while True:
            response = self._call("GET", path, {**params, "page": str(page)})
            with response:
                body = self.json(response)
                if not isinstance(body, list):
                    raise self.fail(messages.MALFORMED, response,
                                    reason=f"the {what} are not a list")
                total = _count(response.headers.get("X-WP-Total"))
                pages = _count(response.headers.get("X-WP-TotalPages"))
            ids = [item.get("id") for item in body[:1] if isinstance(item, Mapping)]
            if page > 1 and ids and ids == first_ids:
                return  # a server that ignores `page` would loop forever
            first_ids = ids
            yield body, total
            size = int(params.get("per_page", MAX_PAGE))
            if not body or (page >= pages if pages is not None else len(body) < size):
                return
            page += 1

    def _write(self, method: str, path: str, body: Mapping[str, Any]) -> dict[str, Any]:
        response = self._call(method, path, None, dict(body))
        with response:
            answer = self.json_object(response)
        self.can_write = True
        return answer

    def _item_path(self, variant: RemoteVariant) -> str:
        item = self._segment(variant.external_id)
        return f"products/{self._segment(variant.ref)}/variations/{item}" if variant.ref \
            else f"products/{item}"

    def _segment(self, value: str) -> str:
        """An id placed in a path: digits only, so nothing can steer the call elsewhere."""
        shown = value.strip()
        if not shown.isdigit():
            raise self.fail(messages.BAD_ITEM, what="id", id=value,
                            reason="a WooCommerce id is a number")
        return shown

    def _call(self, method: str, path: str, params: Mapping[str, str] | None,
              body: object = None) -> requests.Response:
        """A call to the v3 API; a refusal raises. A store whose server stripped our Basic
        header is asked again with the key in the query, and so is every later call."""
        url = self.base_url + API + path
        response = self._send(method, url, params, body)
        if response.status_code == 401 and not self.query_auth and _key_missing(response):
            response.close()
            self.query_auth = True
            response = self._send(method, url, params, body)
        if response.status_code >= 400:
            with response:
                self._refuse(response)
        return response

    def _send(self, method: str, url: str, params: Mapping[str, str] | None,
              body: object) -> requests.Response:
        headers: Mapping[str, str] = self._basic
        query = dict(params or {})
        if self.query_auth:
            headers = {"Accept": "application/json"}
            query |= {"consumer_key": self._key, "consumer_secret": self._secret}
        try:
            return self.caller.send(method, url, self.throttle, headers=headers, body=body,
                                    params=query or None)
        except SyncError as error:
            failure = error
        # Raised bare: the chained requests error may quote the URL, and with it a
        # query-string key.
        failure.__cause__ = failure.__context__ = None
        failure.__suppress_context__ = True
        raise failure

    def _refuse(self, response: requests.Response) -> NoReturn:
        code, message = _error(response)
        reason = f"{message} ({code})" if message and code else message or code
        if response.status_code == 401 and "permission" in message.lower():
            if "write" in message.lower():
                self.can_write = False
            raise self.fail(messages.FORBIDDEN, response, fatal=True, reason=reason)
        if response.status_code == 404 and code and code != NO_ROUTE:
            # An order or product id the store doesn't know; the address itself is right.
            raise self.fail(messages.REFUSED, response, reason=reason)
        self.refuse(response, reason)


def _error(response: requests.Response) -> tuple[str, str]:
    """WordPress's {"code", "message", "data"} of a refusal, as texts ("" when absent)."""
    try:
        body = response.json()
    except ValueError:
        return "", ""
    if not isinstance(body, Mapping):
        return "", ""
    return text(body.get("code")), text(body.get("message"))


def _key_missing(response: requests.Response) -> bool:
    code, message = _error(response)
    return code in KEY_MISSING or "missing" in message.lower()


def _count(value: str | None) -> int | None:
    try:
        return max(0, int(str(value).strip()))
    except ValueError:
        return None


