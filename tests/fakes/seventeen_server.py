"""A loopback fake of 17TRACK v2.2 (register, gettrackinfo): envelopes, codes, 3/s limit."""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from seller_desk.domain.tracking import TrackStatus
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
from tests.fakes.seventeen_payloads import (
    Script,
    broken,
    detect,
    garbled,
    garbles,
    item_code,
    refusal,
    refused_item,
    too_many,
    track_item,
)

ENDPOINTS = frozenset({"register", "changecarrier", "changeinfo", "stoptrack", "retrack",
                       "deletetrack", "gettracklist", "gettrackinfo", "getquota", "push",
                       "getRealTimeTrackInfo"})
SERVED = frozenset({"register", "gettrackinfo"})


class SeventeenFake(LoopbackFake):
    """17TRACK at `url`: POST-only, `17token` auth, 40 numbers a call, per-item envelopes."""

    base_path = "/track/v2.2/"

    def __init__(self, key: str = "test-17token", limit_per_second: float | None = None,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(key, host, port)
        self.limit_per_second = limit_per_second
        self.registered: dict[str, tuple[int, str]] = {}  # number → (carrier key, tag)
        self.scripts: dict[str, Script] = {}
        self._cache: dict[str, bytes] = {}
        self._arrivals: deque[float] = deque()
        self._arrivals_lock = threading.Lock()

    def register_existing(self, numbers: list[str] | tuple[str, ...],
                          carrier: int = 3011) -> None:
        """Mark numbers registered without any call (as if registered on an earlier day)."""
        with self.lock:
            for number in numbers:
                self.registered[number] = (carrier, "")
                self._cache.pop(number, None)

    def script(self, number: str, status: str | TrackStatus, sub_status: str = "",
               events: list[tuple[str, ...]] | tuple[tuple[str, ...], ...] = (),
               carrier: int | None = None) -> None:
        """What `number` reads back: events are (iso UTC time, description, location, stage
        [, sub_status]); the sub-status defaults to the one its stage implies."""
        with self.lock:
            self.scripts[number] = Script(str(status), sub_status, scripted_scans(list(events)))
            if number not in self.registered or carrier is not None:
                self.registered[number] = (carrier or self.registered.get(number, (3011, ""))[0],
                                           "")
            self._cache.pop(number, None)

    def handle(self, method: str, path: str, query: Mapping[str, list[str]],
               headers: Mapping[str, str], body: bytes) -> Answer:
        endpoint = path.removeprefix(self.base_path) if path.startswith(self.base_path) else ""
        if endpoint not in ENDPOINTS:
            return 404, page("404 Not Found"), {"Content-Type": HTML}
        if method != "POST":
            return 405, page("405 Method Not Allowed"), {"Content-Type": HTML, "Allow": "POST"}
        with self.lock:
            self.calls[endpoint] += 1
        if headers.get("17token") != self.key:
            return refusal(401, -18010002)
        if self._over_limit():
            with self.lock:
                self.too_many += 1
            return too_many(None)
        try:
            items = json.loads(body)
        except ValueError:
            items = None
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            return refusal(200, -18010012, number="request body")
        if len(items) > 40:
            # API_NOTES: "-18010014" for more than 40 numbers. Sent like every whole-call
            # refusal, HTTP 200 with the code on top; the live status is not confirmed.
            return refusal(200, -18010014)
        numbers = [str(item.get("number", "")) for item in items]
        failure = self.take_failure(endpoint, numbers)
        self.pause(failure)
        whole = broken(failure)
        if whole is not None:
            if whole[0] == 429:
                with self.lock:
                    self.too_many += 1
            return whole
        if endpoint not in SERVED:
            return 404, page("404 Not Found"), {"Content-Type": HTML}
        answer = self._register(items, failure) if endpoint == "register" \
            else self._read(items, failure)
        if failure is not None and failure.kind == "malformed":
            answer = answer[: len(answer) // 2]
        return 200, answer, {"Content-Type": JSON}

    def _over_limit(self) -> bool:
        """More than `limit_per_second` served in the last second: refused (not counted)."""
        if self.limit_per_second is None:
            return False
        now = time.monotonic()
        with self._arrivals_lock:
            while self._arrivals and self._arrivals[0] <= now - 1.0:
                self._arrivals.popleft()
            if len(self._arrivals) >= self.limit_per_second:
                return True
            self._arrivals.append(now)
            return False

    def _register(self, items: list[dict[str, Any]], failure: Failure | None) -> bytes:
        accepted, rejected = [], []
        with self.lock:
            for item in items:
                number = str(item.get("number", ""))
                code = item_code(number, failure)
                if code is None and number in self.registered:
                    code = -18019901
                if code is None and failure is not None and failure.kind == "quota":
                    code = -18019908
                if code is not None:
                    rejected.append(refused_item(number, code))
                    continue
                carrier = item.get("carrier")
                carrier = carrier if isinstance(carrier, int) else detect(number)
                tag = str(item.get("tag") or "")
                self.registered[number] = (carrier, tag)
                self._cache.pop(number, None)
                accepted.append({"origin": 1, "number": number, "carrier": carrier,
                                 **({"tag": tag} if tag else {})})
        return dumps({"code": 0, "data": {"accepted": accepted, "rejected": rejected}})

    def _read(self, items: list[dict[str, Any]], failure: Failure | None) -> bytes:
        parts: list[bytes] = []
        rejected = []
        with self.lock:
            for index, item in enumerate(items):
                number = str(item.get("number", ""))
                code = item_code(number, failure)
                if code is None and number not in self.registered:
                    code = -18019902
                if code is not None:
                    rejected.append(refused_item(number, code))
                elif failure is not None and garbles(failure, number, index):
                    parts.append(dumps(garbled(number, failure.variant)))
                else:
                    if number not in self._cache:
                        self._cache[number] = dumps(track_item(
                            number, *self.registered[number], self.scripts.get(number)))
                    parts.append(self._cache[number])
            self.numbers_read += len(parts)
        return b'{"code":0,"data":{"accepted":[' + b",".join(parts) + b'],"rejected":' + \
            dumps(rejected) + b"}}"


@contextmanager
def running_seventeen_fake(**options: Any) -> Iterator[SeventeenFake]:
    """A started fake, stopped (and its slow answers cut short) on leaving."""
    with running(SeventeenFake(**options)) as fake:
        yield fake


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a fake 17TRACK v2.2 on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8917)
    parser.add_argument("--key", default="demo-key")
    parser.add_argument("--limit", type=float, default=None, help="requests per second")
    args = parser.parse_args()
    fake = SeventeenFake(key=args.key, limit_per_second=args.limit, port=args.port)
    serve(fake, f"17TRACK fake at {fake.url} (17token: {args.key}); Ctrl+C stops it")


if __name__ == "__main__":
    main()
