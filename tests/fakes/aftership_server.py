"""A loopback fake of AfterShip Tracking 2025-07: create, fetch by id, cursor-paged list."""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from seller_desk.domain.carriers import CARRIERS
from tests.fakes.aftership_payloads import (
    MESSAGES,
    Script,
    Tracking,
    detect,
    envelope,
    request_json,
    tracking_json,
)
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
from tests.fakes.parcel_stories import scripted_scans

CREATE, FETCH, LIST = "POST /trackings", "GET /trackings/:id", "GET /trackings"
LIMITS = {CREATE: 20.0, FETCH: 5.0, LIST: 6.0}  # per second, from 2024-07 on
NUMBER = re.compile(r"[A-Za-z0-9]{5,50}")


class AfterShipFake(LoopbackFake):
    """AfterShip at `url`: `as-api-key` auth, {meta, data} envelopes, per-endpoint limits
    with X-RateLimit-* headers (limits=None: unlimited and no such headers)."""

    base_path = "/tracking/2025-07/"

    def __init__(self, key: str = "test-as-key", limits: Mapping[str, float] | None = LIMITS,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(key, host, port)
        self.limits = dict(limits) if limits is not None else None
        self.trackings: dict[str, Tracking] = {}
        self.slugs = {info.aftership for info in CARRIERS.values() if info.aftership} | {"cainiao"}
        self.scripts: dict[str, Script] = {}
        self._cache: dict[str, dict[str, Any]] = {}
        self._windows: dict[str, tuple[int, int]] = {}  # endpoint → (unix second, calls in it)

    def register_existing(self, numbers: list[str] | tuple[str, ...],
                          carrier: str = "china-post") -> list[str]:
        """Create trackings without any call; their ids, in order."""
        with self.lock:
            self.slugs.add(carrier)
            return [self._create(number, carrier, "").id for number in numbers]

    def id_of(self, number: str, slug: str | None = None) -> str:
        return next(t.id for t in self.trackings.values()
                    if t.number == number and slug in {None, t.slug})

    def script(self, number: str, status: str, sub_status: str = "",
               events: list[tuple[str, ...]] | tuple[tuple[str, ...], ...] = (),
               carrier: str | None = None) -> None:
        """What `number` reads back: status is AfterShip's tag; events are (iso time, message,
        location, tag[, subtag]) checkpoints. Creates the tracking when it has none."""
        with self.lock:
            self.scripts[number] = Script(status, sub_status, scripted_scans(list(events)))
            if not any(t.number == number for t in self.trackings.values()):
                self._create(number, carrier or "china-post", "")
            self._cache.clear()

    def handle(self, method: str, path: str, query: Mapping[str, list[str]],
               headers: Mapping[str, str], body: bytes) -> Answer:
        rest = path.removeprefix(self.base_path) if path.startswith(self.base_path) else ""
        endpoint = {("POST", "trackings"): CREATE, ("GET", "trackings"): LIST}.get(
            (method, rest), FETCH if method == "GET" and re.fullmatch(r"trackings/[^/]+", rest)
            else "")
        if not endpoint:
            return envelope(404, 404, "The URI requested is invalid or the resource requested "
                             "does not exist.")
        with self.lock:
            self.calls[endpoint] += 1
        limit_headers, over = self._count(endpoint)
        if headers.get("as-api-key") != self.key:
            return envelope(401, 401, "Invalid API key.", headers=limit_headers)
        if over:
            return self._too_many(limit_headers)
        request = request_json(body) if endpoint == CREATE else {}
        numbers = self._numbers(endpoint, rest, query, request)
        failure = self.take_failure(endpoint, numbers)
        self.pause(failure)
        kind = failure.kind if failure else ""
        if kind == "429":
            hint = {} if failure is None or failure.retry_after is None \
                else {"Retry-After": failure.retry_after}
            return self._too_many({**limit_headers, "X-RateLimit-Remaining": "0",
                                   "X-RateLimit-Reset": str(int(time.time()) + 1), **hint})
        if kind in {"401", "500", "503"}:
            texts = {"401": "Invalid API key.", "500": "Something went wrong on our end."}
            return envelope(int(kind), int(kind), texts.get(kind, "Service unavailable."),
                             headers=limit_headers)
        if kind == "html":
            return 200, page("AfterShip"), {"Content-Type": HTML}
        if kind == "not-envelope":  # JSON, but not AfterShip's (a proxy's own answer)
            return 200, dumps({"status": "ok"}), {"Content-Type": JSON}
        with self.lock:
            if endpoint == CREATE:
                status, answer, extra = self._post(request, failure)
            elif endpoint == FETCH:
                status, answer, extra = self._fetch(rest.removeprefix("trackings/"), failure)
            else:
                status, answer, extra = self._list(query)
        if kind == "malformed":
            answer = answer[: len(answer) // 2]
        return status, answer, {**extra, **limit_headers}

    def _numbers(self, endpoint: str, rest: str, query: Mapping[str, list[str]],
                 request: Mapping[str, Any]) -> list[str]:
        if endpoint == CREATE:
            return [str(request.get("tracking_number", ""))]
        if endpoint == FETCH:
            found = self.trackings.get(rest.removeprefix("trackings/"))
            return [found.number] if found else []
        return ",".join(query.get("tracking_numbers", [])).split(",")

    def _count(self, endpoint: str) -> tuple[dict[str, str], bool]:
        """The endpoint's fixed one-second window: its headers, and whether it is over."""
        if self.limits is None:
            return {}, False
        limit = self.limits.get(endpoint, 5.0)
        second = int(time.time())
        with self.lock:
            start, used = self._windows.get(endpoint, (second, 0))
            used = used + 1 if start == second else 1
            self._windows[endpoint] = (second, used)
        headers = {"X-RateLimit-Limit": f"{limit:g}",
                   "X-RateLimit-Remaining": str(max(0, int(limit) - used)),
                   "X-RateLimit-Reset": str(second + 1)}
        return headers, used > limit

    def _too_many(self, headers: dict[str, str]) -> Answer:
        with self.lock:
            self.too_many += 1
        return envelope(429, 429, "You have exceeded the API call rate limit. Please retry "
                         "again at X-RateLimit-Reset time.", headers=headers)

    def _post(self, request: Mapping[str, Any], failure: Failure | None) -> Answer:
        number = request.get("tracking_number")
        if not isinstance(number, str) or not NUMBER.fullmatch(number):
            return envelope(400, 4005, MESSAGES[4005])
        slug = request.get("slug")
        if slug is not None and slug not in self.slugs:
            return envelope(400, 4010, MESSAGES[4010])
        if failure is not None and failure.kind == "reject":
            code = failure.code or 4012
            return envelope(400, code, MESSAGES.get(code, "The tracking was refused."))
        slug = slug or next((t.slug for t in self.trackings.values() if t.number == number),
                            detect(number))
        if any(t.number == number and t.slug == slug for t in self.trackings.values()):
            return envelope(400, 4003, MESSAGES[4003])
        if failure is not None and failure.kind == "quota":
            return envelope(402, 402, "The tracking quota of your plan is used up.")
        title = str(request.get("title") or "")
        created = self._create(number, slug, title, str(request.get("order_id") or ""))
        return envelope(201, 201, "Created", self._tracking(created))

    def _fetch(self, tracking_id: str, failure: Failure | None) -> Answer:
        found = self.trackings.get(tracking_id)
        if found is None:
            return envelope(404, 4004, MESSAGES[4004])
        data = self._tracking(found)
        if failure is not None and failure.kind == "garbled-item":
            data = {**data, "tag": None} if failure.variant == "null" \
                else {**data, "tag": 7, "checkpoints": {"message": "none"}}
        self.numbers_read += 1
        return envelope(200, 200, "OK", data)

    def _list(self, query: Mapping[str, list[str]]) -> Answer:
        def one(name: str, default: str = "") -> str:
            return query.get(name, [default])[-1]

        numbers = [n for n in one("tracking_numbers").split(",") if n]
        limit = one("limit", "100")
        if not limit.isdigit() or not 1 <= int(limit) <= 200 or len(numbers) > 50:
            return envelope(400, 400, "limit must be 1 to 200; tracking_numbers at most 50.")
        offset = _offset(one("cursor"))
        if offset is None:
            return envelope(400, 400, "The value of `cursor` is invalid.")
        slugs = [s for s in one("slug").split(",") if s]
        chosen = [t for t in sorted(self.trackings.values(), key=lambda t: -t.seq)
                  if (not numbers or t.number in numbers) and (not slugs or t.slug in slugs)]
        shown = chosen[offset: offset + int(limit)]
        more = offset + int(limit) < len(chosen)
        cursor = base64.urlsafe_b64encode(dumps({"after": offset + int(limit)})).decode()
        return envelope(200, 200, "OK", {
            "pagination": {"total": len(chosen), "next_cursor": cursor if more else None,
                           "has_next_page": more},
            "trackings": [self._tracking(t) for t in shown]})

    def _create(self, number: str, slug: str, title: str, order_id: str = "") -> Tracking:
        seq = len(self.trackings)
        digest = hashlib.md5(f"{number}/{slug}".encode()).hexdigest()  # an id, not a secret
        tracking = Tracking(digest, number, slug, title, order_id,
                            datetime(2025, 3, 1, tzinfo=UTC) + timedelta(minutes=seq), seq)
        self.trackings[tracking.id] = tracking
        return tracking

    def _tracking(self, tracking: Tracking) -> dict[str, Any]:
        if tracking.id not in self._cache:
            self._cache[tracking.id] = tracking_json(tracking, self.scripts.get(tracking.number))
        return self._cache[tracking.id]


def _offset(cursor: str) -> int | None:
    """Where an opaque cursor (base64 JSON, as real ones look) resumes; None if unreadable."""
    if not cursor:
        return 0
    try:
        after = json.loads(base64.urlsafe_b64decode(cursor)).get("after")
    except (ValueError, AttributeError):
        return None
    return after if isinstance(after, int) and after >= 0 else None


@contextmanager
def running_aftership_fake(**options: Any) -> Iterator[AfterShipFake]:
    """A started fake, stopped (and its slow answers cut short) on leaving."""
    with running(AfterShipFake(**options)) as fake:
        yield fake


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a fake AfterShip 2025-07 on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8918)
    parser.add_argument("--key", default="demo-key")
    parser.add_argument("--no-limits", action="store_true", help="no per-endpoint rate limits")
    args = parser.parse_args()
    fake = AfterShipFake(key=args.key, limits=None if args.no_limits else LIMITS, port=args.port)
    serve(fake, f"AfterShip fake at {fake.url} (as-api-key: {args.key}); Ctrl+C stops it")


if __name__ == "__main__":
    main()
