"""Etsy Open API v3: a shop's receipts, listing inventories and tracking, via OAuth refresh."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import quote

import requests

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
from seller_desk.integrations.marketplaces.base import RemoteClient
from seller_desk.integrations.marketplaces.etsy_parse import (
    UNREADABLE,
    find_product,
    listing_variants,
    major_of,
    receipt_order,
    text,
    writable_products,
)
from seller_desk.integrations.throttle import Throttle

TOKEN_PATH = "/v3/public/oauth/token"
API = "/v3/application"
MAX_PAGE = 100  # Etsy's largest `limit`
CALLS_PER_SECOND = 10  # the default QPS of an Etsy app
OLDEST = 946684800  # the smallest min_last_modified Etsy takes (2000-01-01)
TOKEN_MARGIN = 60.0  # seconds before its expiry a token is renewed
ORDERS_SCOPE = "transactions_r"
WANTED_SCOPES = {
    "listings_r": "listings_r: products, prices and stock cannot be read",
    "listings_w": "listings_w: stock and prices cannot be sent to Etsy",
    "transactions_w": "transactions_w: tracking numbers cannot be sent to Etsy",
}
QUOTA_USED = "daily quota used up"


class EtsyClient(RemoteClient):
    """One Etsy shop, reached as the user whose refresh token the account holds.

    Each call sends `x-api-key: keystring:shared_secret` and a one-hour bearer token got from
    the refresh token; Etsy may hand out a new refresh token, kept in `refresh_token` (the
    caller may store it back)."""

    marketplace: ClassVar[Marketplace] = Marketplace.ETSY
    can_push: ClassVar[frozenset[PushKind]] = frozenset(
        {PushKind.STOCK, PushKind.PRICE, PushKind.TRACKING})

    def __init__(self, base_url: str, credentials: Credentials, *,
                 session: requests.Session | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic,
                 page_size: int | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._keystring = credentials["keystring"].strip()
        self._secret = credentials["shared_secret"].strip()
        self._refresh = credentials["refresh_token"].strip()
        if not (self._keystring and self._secret and self._refresh):
            raise SyncError(self.marketplace, messages.NO_CREDENTIALS, fatal=True)
        self._api_key = f"{self._keystring}:{self._secret}"
        self._access = ""
        self._expires = float("-inf")
        self._scopes: tuple[str, ...] | None = None  # None: Etsy did not say
        self._user_shop: tuple[str, str] | None = None
        self._currency = ""  # the shop's, once shop() has asked
        self._quota_used = False
        self._clock = clock
        self.page_size = max(1, min(MAX_PAGE, page_size or MAX_PAGE))
        super().__init__(session=session, throttle=Throttle(CALLS_PER_SECOND, 1.0, clock=clock,
                                                            sleep=sleep),
                         secrets=self._secret_values(), sleep=sleep, observe=self._observe)

    def __repr__(self) -> str:  # never a credential
        return f"EtsyClient({self.base_url!r})"

    @property
    def refresh_token(self) -> str:
        """The refresh token in use: the account's, or the newer one Etsy gave back."""
        return self._refresh

    # --- reading ---
    def shop(self) -> ShopInfo:
        _, shop_id = self._ids()
        shop = self._get(f"{API}/shops/{shop_id}")
        scopes = self._scopes
        if scopes is not None and ORDERS_SCOPE not in scopes:
            raise self.fail(messages.FORBIDDEN, fatal=True,
                            reason=f"the token lacks the {ORDERS_SCOPE} scope")
        missing = () if scopes is None else tuple(
            phrase for scope, phrase in WANTED_SCOPES.items() if scope not in scopes)
        self._currency = text(shop.get("currency_code")).upper()
        return ShopInfo(name=text(shop.get("shop_name")), currency=self._currency,
                        permissions=scopes or (), missing=missing)

    def orders(self, since: datetime | None) -> Iterator[Page[RemoteOrder]]:
        _, shop_id = self._ids()
        params = {"limit": str(self.page_size), "sort_on": "updated", "sort_order": "asc"}
        if since is not None:
            # Whole seconds, rounded down: Etsy's bound is inclusive, so nothing is lost.
            params["min_last_modified"] = str(max(OLDEST, int(since.timestamp())))
        offset = 0
        while True:
            count, results = self._listing(f"{API}/shops/{shop_id}/receipts",
                                           {**params, "offset": str(offset)})
            orders: list[RemoteOrder] = []
            problems: list[SyncError] = []
            for receipt in results:
                try:
                    orders.append(receipt_order(receipt))
                except UNREADABLE as error:
                    problems.append(self.bad_item("order", text(receipt.get("receipt_id")) or "?",
                                                  _reason(error)))
            checkpoint = max((order.updated_at for order in orders), default=None)
            yield Page(tuple(orders), checkpoint, count, tuple(problems))
            offset += len(results)
            if not results or offset >= count:
                return

    def variants(self) -> Iterator[Page[RemoteVariant]]:
        _, shop_id = self._ids()
        offset = 0
        while True:
            count, listings = self._listing(
                f"{API}/shops/{shop_id}/listings",
                {"state": "active", "limit": str(self.page_size), "offset": str(offset)})
            found: list[RemoteVariant] = []
            problems: list[SyncError] = []
            for listing in listings:
                listing_id = text(listing.get("listing_id"))
                if not listing_id:
                    problems.append(self.bad_item("product", "?", "listing_id is missing"))
                    continue
                inventory = self._get(f"{API}/listings/{_segment(listing_id)}/inventory")
                try:
                    found.extend(listing_variants(listing, inventory, self._currency))
                except UNREADABLE as error:
                    problems.append(self.bad_item("product", listing_id, _reason(error)))
            yield Page(tuple(found), None, None, tuple(problems))
            offset += len(listings)
            if not listings or offset >= count:
                return

    # --- pushing ---
    def push_stock(self, variant: RemoteVariant, quantity: int) -> None:
        self._write_inventory(variant, stock=quantity)

    def push_price(self, variant: RemoteVariant, price_minor: int) -> None:
        self._write_inventory(variant, price_minor=price_minor)

    def push_tracking(self, push: TrackingPush) -> str:
        """createReceiptShipment; Etsy answers with the receipt, whose newest shipment with
        this tracking code is the one just made."""
        _, shop_id = self._ids()
        path = f"{API}/shops/{shop_id}/receipts/{_segment(push.order_external_id)}/tracking"
        form = {"tracking_code": push.tracking_number, "carrier_name": push.carrier}
        response = self._call("POST", path, form=form)
        with response:
            self._check(response, pushing=True)
            receipt = self.json_object(response)
        shipments = receipt.get("shipments")
        made = [shipment for shipment in shipments if isinstance(shipment, Mapping)
                and text(shipment.get("tracking_code")) == push.tracking_number] \
            if isinstance(shipments, list) else []
        shipping_id = text(made[-1].get("receipt_shipping_id")) if made else ""
        if not shipping_id:
            raise self.fail(messages.MALFORMED, response,
                            reason="the receipt does not list the new shipment")
        return shipping_id

    def _write_inventory(self, variant: RemoteVariant, *, stock: int | None = None,
                         price_minor: int | None = None) -> None:
        """Etsy changes stock and prices only by writing a listing's whole inventory back."""
        path = f"{API}/listings/{_segment(variant.ref or variant.product_id)}/inventory"
        inventory = self._get(path, pushing=True)
        products = inventory.get("products")
        try:
            target = find_product(products, variant.external_id, variant.sku) \
                if isinstance(products, list) else None
            if target is not None:
                price = None if price_minor is None else major_of(price_minor, variant.currency)
                body: dict[str, Any] = {
                    "products": writable_products(products, target, stock=stock, price=price)}
        except UNREADABLE as error:
            raise self.fail(messages.MALFORMED, reason=_reason(error)) from None
        if target is None:
            raise self.fail(messages.REFUSED, reason=f"listing {variant.ref} has no product "
                            f"{variant.external_id} (sku {variant.sku!r})")
        for key in ("price_on_property", "quantity_on_property", "sku_on_property"):
            body[key] = inventory.get(key) or []
        response = self._call("PUT", path, body=body)
        with response:
            self._check(response, pushing=True)

    # --- calling ---
    def _ids(self) -> tuple[str, str]:
        """(user id, shop id) of the token's user, asked once."""
        if self._user_shop is None:
            me = self._get(f"{API}/users/me")
            shop_id = text(me.get("shop_id"))
            if not shop_id or shop_id == "0":
                raise self.fail(messages.REFUSED, fatal=True,
                                reason="the Etsy user of this token has no shop")
            self._user_shop = (text(me.get("user_id")), shop_id)
        return self._user_shop

    def _listing(self, path: str, params: Mapping[str, str]
                 ) -> tuple[int, list[Mapping[str, Any]]]:
        """One page of an Etsy list: its {count, results}."""
        body = self._get(path, params)
        count, results = body.get("count"), body.get("results")
        if type(count) is not int or not isinstance(results, list) or \
                not all(isinstance(entry, Mapping) for entry in results):
            raise self.fail(messages.MALFORMED, reason="not an Etsy list (no count and results)")
        return count, results

    def _get(self, path: str, params: Mapping[str, str] | None = None, *,
             pushing: bool = False) -> dict[str, Any]:
        response = self._call("GET", path, params=params)
        with response:
            self._check(response, pushing=pushing)
            return self.json_object(response)

    def _call(self, method: str, path: str, *, params: Mapping[str, str] | None = None,
              body: object = None, form: Mapping[str, str] | None = None) -> requests.Response:
        """Send with the current token; a token Etsy calls invalid is renewed once."""
        for renewed in (False, True):
            if self._quota_used:
                raise self.fail(messages.REFUSED, fatal=True, reason=QUOTA_USED)
            headers = {"x-api-key": self._api_key, "Accept": "application/json",
                       "Authorization": f"Bearer {self._token()}"}
            response = self.caller.send(method, join(self.base_url, path), self.throttle,
                                        headers=headers, body=body, params=params, form=form)
            if response.status_code != 401 or renewed or \
                    _error(response)[0] != "invalid_token":
                return response
            response.close()
            self._expires = float("-inf")
        raise AssertionError("unreachable")  # pragma: no cover

    def _token(self) -> str:
        """A bearer token valid for a while yet, renewed with the refresh token if need be."""
        if self._access and self._clock() < self._expires:
            return self._access
        form = {"grant_type": "refresh_token", "client_id": self._keystring,
                "refresh_token": self._refresh}
        response = self.caller.send("POST", join(self.base_url, TOKEN_PATH), self.throttle,
                                    headers={"Accept": "application/json"}, form=form)
        with response:
            if response.status_code in {400, 401}:  # invalid_grant, invalid_client
                code, description = _error(response)
                raise self.fail(messages.BAD_CREDENTIALS, response, fatal=True,
                                reason=description or code or f"HTTP {response.status_code}")
            self._check(response)
            answer = self.json_object(response)
        access, lifetime = answer.get("access_token"), answer.get("expires_in", 3600)
        if not isinstance(access, str) or not access or type(lifetime) is not int:
            raise self.fail(messages.MALFORMED, reason="the token answer has no access_token")
        self._access = access
        self._expires = self._clock() + max(lifetime / 2, lifetime - TOKEN_MARGIN)
        if isinstance(answer.get("refresh_token"), str) and answer["refresh_token"]:
            self._refresh = answer["refresh_token"]
        if isinstance(answer.get("scope"), str):
            self._scopes = tuple(answer["scope"].split())
        self._secrets = self._secret_values()
        return access

    def _secret_values(self) -> tuple[str, ...]:
        return (self._api_key, self._secret, self._refresh, self._access)

    def _check(self, response: requests.Response, *, pushing: bool = False) -> None:
        """Raise for a 4xx: 401/403 end the run; a push to an item Etsy no longer has
        (404) fails alone."""
        if response.status_code < 400:
            return
        code, description = _error(response)
        reason = description or code
        if pushing and response.status_code == 404:
            raise self.fail(messages.REFUSED, response, reason=reason or "not found")
        self.refuse(response, reason)

    def _observe(self, response: requests.Response, throttle: Throttle) -> None:
        """Etsy's own counters: none left this second holds the key a second; none left today
        ends the run before the next call (this answer still counts)."""
        if _count(response.headers.get("x-remaining-this-second")) == 0:
            throttle.hold(1.0)
        if _count(response.headers.get("x-remaining-today")) == 0:
            self._quota_used = True


def _count(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _error(response: requests.Response) -> tuple[str, str]:
    """(error, error_description) of an Etsy error body; empty when it has none."""
    try:
        body = response.json()
    except ValueError:
        return "", ""
    if not isinstance(body, dict):
        return "", ""
    return text(body.get("error")), text(body.get("error_description"))


def _segment(value: str) -> str:
    return quote(value, safe="")


def _reason(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"{error.args[0]} is missing"
    return str(error) or type(error).__name__
