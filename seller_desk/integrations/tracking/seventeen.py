"""17TRACK v2.2: register numbers and read their tracks, 40 per POST, 3 requests a second."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn

import requests

from seller_desk.domain.tracking import (
    Provider,
    ReadOutcome,
    RegisterOutcome,
    Registration,
    Rejection,
    TrackingError,
    TrackResult,
)
from seller_desk.integrations.http import make_session
from seller_desk.integrations.throttle import Throttle
from seller_desk.integrations.tracking import messages
from seller_desk.integrations.tracking.parsing import Malformed, seventeen_result, text
from seller_desk.integrations.tracking.transport import (
    OWN_RETRIES,
    Caller,
    join,
    json_object,
    scrub,
)

SEVENTEEN_URL = "https://api.17track.net/track/v2.2/"
BATCH = 40  # the documented limit; more is refused as a whole with -18010014
ALREADY_REGISTERED = -18019901
# "Quota is not enough": our best reading of 17TRACK's code list, not confirmed against the
# live service (third-party clients agree on it); a top-level code or a per-number refusal.
QUOTA_USED_UP = -18019908
# Whole-request refusals that no later call can get past: stop the run.
FATAL = {-18010001: messages.IP_NOT_ALLOWED, -18010002: messages.BAD_KEY,
         -18010004: messages.ACCOUNT_DISABLED, QUOTA_USED_UP: messages.QUOTA}
Items = tuple[list[Mapping[str, Any]], list[Rejection]]


class SeventeenTrackClient:
    """A 17TRACK account reached with one key; every call is a POST of at most 40 numbers."""

    provider = Provider.SEVENTEEN
    register_batch = BATCH
    read_batch = BATCH

    def __init__(
        self,
        key: str,
        base_url: str = SEVENTEEN_URL,
        *,
        session: requests.Session | None = None,
        throttle: Throttle | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not key.strip():
            raise TrackingError(self.provider, messages.NO_KEY, fatal=True)
        self.base_url = base_url
        self._key = key.strip()
        self._headers = {"17token": self._key, "Content-Type": "application/json"}
        # 3 requests a second per key, as documented; a shared throttle paces several clients.
        self.throttle = throttle or Throttle(3, 1.0, clock=clock, sleep=sleep)
        self._caller = Caller(self.provider, session or make_session(retry=OWN_RETRIES), sleep)

    def __repr__(self) -> str:  # never show the key
        return f"SeventeenTrackClient({self.base_url!r})"

    def register(self, items: Sequence[Registration]) -> RegisterOutcome:
        """Register up to 40 numbers; one already registered counts as registered."""
        payload, rejected = self._payload(items, with_tag=True)
        registered: dict[str, str] = {}
        if payload:
            accepted, refused = self._post("register", payload)
            registered = {text(item.get("number")): "" for item in accepted}
            for rejection in refused:
                if rejection.code == str(ALREADY_REGISTERED):
                    registered[rejection.number] = ""
                else:
                    rejected.append(rejection)
            rejected.extend(_unanswered(payload, set(registered), rejected))
        return RegisterOutcome(registered, rejected)

    def read(self, items: Sequence[Registration]) -> ReadOutcome:
        """The current track of up to 40 registered numbers; one bad item never sinks the rest."""
        payload, rejected = self._payload(items, with_tag=False)
        results: list[TrackResult] = []
        if payload:
            accepted, refused = self._post("gettrackinfo", payload)
            rejected.extend(refused)
            for item in accepted:
                try:
                    results.append(seventeen_result(item))
                except Malformed as problem:
                    rejected.append(Rejection(text(item.get("number")), "malformed",
                                              problem.reason))
            answered = {result.number for result in results}
            rejected.extend(_unanswered(payload, answered, rejected))
        return ReadOutcome(results, rejected)

    def _payload(
        self, items: Sequence[Registration], with_tag: bool
    ) -> tuple[list[dict[str, Any]], list[Rejection]]:
        """What to send, and the numbers refused here (a carrier that is not a 17TRACK key)."""
        if len(items) > BATCH:
            raise ValueError(f"17TRACK takes at most {BATCH} numbers per call, not {len(items)}")
        payload: list[dict[str, Any]] = []
        rejected: list[Rejection] = []
        for item in items:
            entry: dict[str, Any] = {"number": item.number}
            if item.carrier:
                if not item.carrier.strip().isdigit():
                    rejected.append(Rejection(item.number, "carrier",
                                              f"'{item.carrier}' is not a 17TRACK carrier key"))
                    continue
                entry["carrier"] = int(item.carrier)
            if with_tag and item.tag:
                entry["tag"] = item.tag
            payload.append(entry)
        return payload, rejected

    def _post(self, endpoint: str, payload: list[dict[str, Any]]) -> Items:
        url = join(self.base_url, endpoint)
        response = self._caller.send("POST", url, self.throttle, headers=self._headers,
                                     body=payload)
        with response:
            if response.status_code == 401:
                self._unauthorized(response)
            if response.status_code != 200:
                raise TrackingError(self.provider, messages.HTTP_STATUS,
                                    status=response.status_code, url=url)
            body = json_object(response, self.provider)
        return self._items(body)

    def _unauthorized(self, response: requests.Response) -> NoReturn:
        """A 401 names its cause in the body's code (bad key, IP, disabled account) when any."""
        try:
            code, message = _first_error(json_object(response, self.provider))
        except TrackingError:
            code, message = None, ""
        if code in FATAL and code != QUOTA_USED_UP:
            self._refuse(code, message)
        raise TrackingError(self.provider, messages.BAD_KEY, fatal=True,
                            reason=scrub(message, self._key) or "HTTP 401")

    def _items(self, body: Mapping[str, Any]) -> Items:
        """Accepted items and rejections of an envelope; a refusal of the whole call raises."""
        data = body.get("data")
        code = body.get("code")
        if "code" not in body or "data" not in body or type(code) is not int:
            raise TrackingError(self.provider, messages.MALFORMED,
                                reason="not a 17TRACK answer (no code and data)")
        if code != 0 or (isinstance(data, Mapping) and data.get("errors")):
            error_code, message = _first_error(body)
            self._refuse(error_code if error_code is not None else code, message)
        if not isinstance(data, Mapping):
            raise TrackingError(self.provider, messages.MALFORMED, reason="data is not an object")
        accepted, rejected = data.get("accepted") or [], data.get("rejected") or []
        if not isinstance(accepted, list) or not isinstance(rejected, list):
            raise TrackingError(self.provider, messages.MALFORMED,
                                reason="accepted or rejected is not a list")
        refusals = [self._rejection(item) for item in rejected if isinstance(item, Mapping)]
        quota = next((r for r in refusals if r.code == str(QUOTA_USED_UP)), None)
        if quota is not None:  # one number over the quota means every next one is too
            self._refuse(QUOTA_USED_UP, quota.message)
        kept = [item for item in accepted if isinstance(item, Mapping) and item.get("number")]
        return kept, [rejection for rejection in refusals if rejection.number]

    def _rejection(self, item: Mapping[str, Any]) -> Rejection:
        error = item.get("error")
        error = error if isinstance(error, Mapping) else {}
        return Rejection(text(item.get("number")), text(error.get("code")) or "unknown",
                         scrub(text(error.get("message")), self._key))

    def _refuse(self, code: int | None, message: str) -> NoReturn:
        reason = scrub(message, self._key) or f"code {code}"
        fatal = FATAL.get(code) if code is not None else None
        if fatal is not None:
            raise TrackingError(self.provider, fatal, fatal=True, reason=reason)
        raise TrackingError(self.provider, messages.REFUSED, reason=reason, code=code)


def _first_error(body: Mapping[str, Any]) -> tuple[int | None, str]:
    """The code and message of a whole-call refusal: data.errors[0], else the top-level code."""
    data = body.get("data")
    errors = data.get("errors") if isinstance(data, Mapping) else None
    if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        code = errors[0].get("code")
        return (code if type(code) is int else None), text(errors[0].get("message"))
    code = body.get("code")
    return (code if type(code) is int else None), ""


def _unanswered(payload: list[dict[str, Any]], answered: set[str],
                rejected: list[Rejection]) -> list[Rejection]:
    """Numbers sent that came back neither accepted nor refused: not silently lost."""
    heard = answered | {rejection.number for rejection in rejected}
    return [Rejection(entry["number"], "missing", "17TRACK did not answer for this number")
            for entry in payload if entry["number"] not in heard]
