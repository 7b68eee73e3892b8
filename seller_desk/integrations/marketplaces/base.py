"""What every marketplace client shares: its shape, its caller, and readers of money and time."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, NoReturn, Protocol
from urllib.parse import urlsplit

import requests

from seller_desk.domain.money import Money
from seller_desk.domain.orders import Marketplace
from seller_desk.domain.sync import (
    Page,
    PushKind,
    RemoteOrder,
    RemoteVariant,
    ShopInfo,
    SyncError,
    TrackingPush,
)
from seller_desk.integrations import calls
from seller_desk.integrations.calls import OWN_RETRIES, scrub
from seller_desk.integrations.http import make_session
from seller_desk.integrations.marketplaces import messages
from seller_desk.integrations.throttle import Throttle


class MarketplaceClient(Protocol):
    """One store reached with its credentials. Every call may raise SyncError."""

    marketplace: ClassVar[Marketplace]
    # What push_* this marketplace allows an app to do.
    can_push: ClassVar[frozenset[PushKind]]

    def shop(self) -> ShopInfo:
        """Who the credentials reach; raises SyncError(fatal) when they are refused."""
        ...

    def orders(self, since: datetime | None) -> Iterator[Page[RemoteOrder]]:
        """Every order updated at or after `since` (all the API shows when None), page by
        page, in updated-at order where the API allows (then pages carry a checkpoint)."""
        ...

    def variants(self) -> Iterator[Page[RemoteVariant]]:
        """Every sellable variant of every product, page by page."""
        ...

    def push_stock(self, variant: RemoteVariant, quantity: int) -> None: ...

    def push_price(self, variant: RemoteVariant, price_minor: int) -> None: ...

    def push_tracking(self, push: TrackingPush) -> str:
        """Tell the marketplace an order's parcel left; returns the marketplace's id for it."""
        ...


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, marketplace: Marketplace) -> str:
    """`url` without a trailing slash, or SyncError: https only, except loopback test stores."""
    parts = urlsplit(url.strip())
    if not parts.netloc or parts.scheme not in {"https", "http"} or (
            parts.scheme == "http" and not is_loopback(parts.hostname or "")):
        raise SyncError(marketplace, messages.NOT_HTTPS, fatal=True, url=url)
    return url.strip().rstrip("/")


class RemoteClient:
    """The plumbing of a client: a paced caller whose failures become SyncError, with the
    remote's answer kept (secrets scrubbed) and 401/403 ending the run."""

    marketplace: ClassVar[Marketplace]

    def __init__(self, *, session: requests.Session | None, throttle: Throttle,
                 secrets: tuple[str, ...], sleep: Callable[[float], None] = time.sleep,
                 rate_wait: Callable[[requests.Response, int], float] = calls.retry_after,
                 observe: Callable[[requests.Response, Throttle], None] | None = None) -> None:
        self.throttle = throttle
        self._secrets = secrets
        self.sleep = sleep
        self.caller = calls.Caller(self.fail, messages.TEXTS,
                                   session or make_session(retry=OWN_RETRIES), sleep,
                                   rate_wait, observe)

    def fail(self, message: str, response: requests.Response | None = None, *,
             fatal: bool = False, **params: object) -> SyncError:
        """The SyncError for `message`, carrying `response`'s status and start of body."""
        status = response.status_code if response is not None else None
        text = ""
        if response is not None:
            text = scrub(response.content[:4000].decode("utf-8", "replace"), *self._secrets)
        params = {key: scrub(value, *self._secrets) if isinstance(value, str) else value
                  for key, value in params.items()}
        return SyncError(self.marketplace, message, fatal=fatal, http_status=status,
                         response=text, **params)

    def refuse(self, response: requests.Response, reason: str) -> NoReturn:
        """Raise the SyncError an HTTP 4xx means: 401 bad credentials and 403 missing
        permission end the run; 404 a wrong address; anything else refuses this call."""
        reason = scrub(reason, *self._secrets) or f"HTTP {response.status_code}"
        status = response.status_code
        if status == 401:
            raise self.fail(messages.BAD_CREDENTIALS, response, fatal=True, reason=reason)
        if status == 403:
            raise self.fail(messages.FORBIDDEN, response, fatal=True, reason=reason)
        if status == 404:
            raise self.fail(messages.NOT_FOUND, response, fatal=True, url=response.url)
        raise self.fail(messages.REFUSED, response, reason=reason)

    def json(self, response: requests.Response) -> Any:
        return calls.json_body(response, self.fail, messages.MALFORMED)

    def json_object(self, response: requests.Response) -> dict[str, Any]:
        return calls.json_object(response, self.fail, messages.MALFORMED)

    def bad_item(self, what: str, item_id: object, reason: str) -> SyncError:
        return self.fail(messages.BAD_ITEM, what=what, id=item_id, reason=reason)

    def cannot_push(self, what: str) -> SyncError:
        return self.fail(messages.CANNOT_PUSH, what=what)


# --- Reading payloads: each raises ValueError on a value it cannot read ---

def money(amount: object, currency: str) -> int:
    """Minor units of a decimal amount as APIs send it: a string "54.90" or a JSON number
    (read through its text, never as a float)."""
    if isinstance(amount, bool) or amount is None:
        raise ValueError(f"not an amount: {amount!r}")
    try:
        value = Decimal(str(amount).strip())
    except InvalidOperation:
        raise ValueError(f"not an amount: {amount!r}") from None
    if not value.is_finite():
        raise ValueError(f"not an amount: {amount!r}")
    return Money.of(value, currency).minor


def divided(amount: Mapping[str, Any]) -> tuple[int, str]:
    """Etsy's Money {amount, divisor, currency_code} as (minor units, currency)."""
    currency = str(amount["currency_code"]).upper()
    value = Decimal(int(amount["amount"])) / Decimal(int(amount["divisor"]))
    return Money.of(value, currency).minor, currency


def instant(text: object) -> datetime:
    """An ISO 8601 time as UTC; one without an offset (WooCommerce's *_gmt) is taken as UTC."""
    if not isinstance(text, str) or not text:
        raise ValueError(f"not a time: {text!r}")
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def epoch(seconds: object) -> datetime:
    """Unix seconds (Etsy) as UTC."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float | str):
        raise ValueError(f"not a time: {seconds!r}")
    return datetime.fromtimestamp(int(seconds), UTC)


def iso_z(moment: datetime) -> str:
    """UTC with milliseconds and Z, as eBay's filters and most APIs take."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{moment.microsecond // 1000:03d}Z"
