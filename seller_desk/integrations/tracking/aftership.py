"""AfterShip Tracking API (2025-07): one tracking created or read per call, paced per endpoint."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn
from urllib.parse import quote

import requests

from seller_desk.domain.tracking import (
    Provider,
    ReadOutcome,
    RegisterOutcome,
    Registration,
    Rejection,
    TrackingError,
)
from seller_desk.integrations.http import make_session, parse_retry_after
from seller_desk.integrations.throttle import Throttle
from seller_desk.integrations.tracking import messages
from seller_desk.integrations.tracking.aftership_parse import aftership_result, tracking_of
from seller_desk.integrations.tracking.parsing import Malformed, text
from seller_desk.integrations.tracking.transport import (
    MAX_WAIT,
    OWN_RETRIES,
    Caller,
    backoff,
    join,
    json_object,
    scrub,
)

AFTERSHIP_URL = "https://api.aftership.com/tracking/2025-07/"
CREATE, FETCH, LIST = "POST /trackings", "GET /trackings/:id", "GET /trackings"
LIMITS = {CREATE: 20, FETCH: 5, LIST: 6}  # requests a second per endpoint (2024-07 and later)
ALREADY_EXISTS, NOT_FOUND = 4003, 4004
PAGE_SIZE = 200  # the most GET /trackings gives per page
MAX_PAGES = 100  # a cursor that never ends must not loop forever
MIN_RESET_WAIT = 0.2


class AfterShipClient:
    """An AfterShip organisation reached with one key; trackings are addressed by their id."""

    provider = Provider.AFTERSHIP
    register_batch = 1
    read_batch = 1

    def __init__(
        self,
        key: str,
        base_url: str = AFTERSHIP_URL,
        *,
        session: requests.Session | None = None,
        throttles: Mapping[str, Throttle] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if not key.strip():
            raise TrackingError(self.provider, messages.NO_KEY, fatal=True)
        self.base_url = base_url
        self._key = key.strip()
        self._headers = {"as-api-key": self._key, "Content-Type": "application/json"}
        self._wall_clock = wall_clock
        given = throttles or {}
        self.throttles = {endpoint: given.get(endpoint) or Throttle(calls, clock=clock,
                                                                      sleep=sleep)
                          for endpoint, calls in LIMITS.items()}
        self._caller = Caller(self.provider, session or make_session(retry=OWN_RETRIES), sleep,
                              rate_wait=self._rate_wait, observe=self._observe)

    def __repr__(self) -> str:  # never show the key
        return f"AfterShipClient({self.base_url!r})"

    def register(self, items: Sequence[Registration]) -> RegisterOutcome:
        """Create a tracking; one that already exists is found by its number and counted."""
        registered: dict[str, str] = {}
        rejected: list[Rejection] = []
        for item in _one(items):
            body: dict[str, str] = {"tracking_number": item.number}
            if item.carrier:
                body["slug"] = item.carrier
            if item.tag:
                body |= {"title": item.tag, "order_id": item.tag}
            code, message, data = self._call("POST", "trackings", CREATE, body=body)
            if code == ALREADY_EXISTS:
                found = self._find(item.number, item.carrier)
                if found:
                    registered[item.number] = found
                else:
                    rejected.append(Rejection(item.number, str(code), "AfterShip has it already "
                                              "but did not list it"))
            elif code >= 400:
                rejected.append(Rejection(item.number, str(code), message))
            else:
                try:
                    reference = text(tracking_of(data).get("id"))
                except Malformed as problem:
                    reference, message = "", problem.reason
                if reference:
                    registered[item.number] = reference
                else:
                    rejected.append(Rejection(item.number, "malformed",
                                              message or "the created tracking has no id"))
        return RegisterOutcome(registered, rejected)

    def read(self, items: Sequence[Registration]) -> ReadOutcome:
        """The current track of one tracking, fetched by the id registering it gave back."""
        outcome = ReadOutcome([], [])
        for item in _one(items):
            if not item.reference:
                outcome.rejected.append(Rejection(item.number, "no-reference",
                                                  "no AfterShip id is known; register it first"))
                continue
            path = "trackings/" + quote(item.reference, safe="")
            code, message, data = self._call("GET", path, FETCH)
            if code >= 400:
                outcome.rejected.append(Rejection(item.number, str(code), message))
                continue
            try:
                outcome.results.append(aftership_result(tracking_of(data), item.number,
                                                        item.reference))
            except Malformed as problem:
                outcome.rejected.append(Rejection(item.number, "malformed", problem.reason))
        return outcome

    def _find(self, number: str, slug: str) -> str:
        """The id of the tracking of `number` (and `slug` when given), following the cursor."""
        cursor = ""
        for _ in range(MAX_PAGES):
            params = {"tracking_numbers": number, "limit": str(PAGE_SIZE)}
            if cursor:
                params["cursor"] = cursor
            code, message, data = self._call("GET", "trackings", LIST, params=params)
            if code >= 400:
                raise TrackingError(self.provider, messages.REFUSED, reason=message, code=code)
            page = data if isinstance(data, Mapping) else {}
            trackings = page.get("trackings")
            for tracking in trackings if isinstance(trackings, list) else []:
                if (isinstance(tracking, Mapping) and tracking.get("tracking_number") == number
                        and (not slug or tracking.get("slug") == slug) and tracking.get("id")):
                    return text(tracking["id"])
            pagination = page.get("pagination")
            pagination = pagination if isinstance(pagination, Mapping) else {}
            following = text(pagination.get("next_cursor"))
            if not following or following == cursor or pagination.get("has_next_page") is False:
                return ""
            cursor = following
        return ""

    def _call(self, method: str, path: str, endpoint: str, *, body: object = None,
              params: Mapping[str, str] | None = None) -> tuple[int, str, Any]:
        """meta.code, meta.message and data of an answer; a failure of the call itself (key,
        quota, server, garbled envelope) raises. 4xx answers about the tracking come back."""
        url = join(self.base_url, path)
        response = self._caller.send(method, url, self.throttles[endpoint],
                                     headers=self._headers, body=body, params=params)
        with response:
            status = response.status_code
            if status in {401, 402, 403}:
                self._refused(response, status)
            body_json = json_object(response, self.provider)
        meta = body_json.get("meta")
        if (not isinstance(meta, Mapping) or type(meta.get("code")) is not int
                or (status < 300 and "data" not in body_json)):
            raise TrackingError(self.provider, messages.MALFORMED,
                                reason="not an AfterShip answer (no meta and data)")
        code: int = meta["code"]
        message = scrub(text(meta.get("message")), self._key)
        if status >= 300 and not (status in {400, 404, 422} and code >= 4000):
            # Not about the tracking (a wrong base URL, an unexpected status): the call failed.
            raise TrackingError(self.provider, messages.HTTP_STATUS, status=status, url=url)
        return code, message, body_json.get("data")

    def _refused(self, response: requests.Response, status: int) -> NoReturn:
        """401, 402 and 403: no later call with this key can succeed."""
        try:
            meta = json_object(response, self.provider).get("meta")
        except TrackingError:
            meta = None
        reason = text(meta.get("message")) if isinstance(meta, Mapping) else ""
        reason = scrub(reason, self._key) or f"HTTP {status}"
        if status == 402:  # PaymentRequired: the plan's trackings are used up
            raise TrackingError(self.provider, messages.QUOTA, fatal=True, reason=reason)
        if status == 403:
            raise TrackingError(self.provider, messages.FORBIDDEN, fatal=True, reason=reason)
        raise TrackingError(self.provider, messages.BAD_KEY, fatal=True, reason=reason)

    def _rate_wait(self, response: requests.Response, attempt: int) -> float:
        return rate_wait(response.headers, attempt, self._wall_clock())

    def _observe(self, response: requests.Response, throttle: Throttle) -> None:
        """The endpoint's window is used up: hold its throttle until AfterShip resets it."""
        if response.headers.get("X-RateLimit-Remaining", "").strip() == "0":
            wait = reset_wait(response.headers, self._wall_clock())
            if wait is not None:
                throttle.hold(wait)


def reset_wait(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds until X-RateLimit-Reset (unix seconds), 0.2 s to a minute; None without it."""
    try:
        reset = float(headers["X-RateLimit-Reset"])
    except (KeyError, ValueError):
        return None
    return min(MAX_WAIT, max(MIN_RESET_WAIT, reset - now))


def rate_wait(headers: Mapping[str, str], attempt: int, now: float) -> float:
    """How long the `attempt`-th 429 waits: until the reset, else Retry-After (versions
    before 2024-07 sent it), else exponential back-off from 1 s."""
    wait = reset_wait(headers, now)
    if wait is None:
        wait = parse_retry_after(headers.get("Retry-After"))
    return min(MAX_WAIT, backoff(attempt) if wait is None else wait)


def _one(items: Sequence[Registration]) -> Sequence[Registration]:
    if len(items) > 1:
        raise ValueError(f"AfterShip takes one number per call, not {len(items)}")
    return items
