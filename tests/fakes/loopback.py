"""What every fake API shares: a keep-alive loopback server, failure injection, counters."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections import Counter
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

JSON, HTML = "application/json", "text/html; charset=utf-8"
Answer = tuple[int, bytes, dict[str, str]]  # status, body, headers (with Content-Type)
KINDS = frozenset({"401", "429", "500", "503", "html", "malformed", "not-envelope", "slow",
                   "quota", "reject", "refuse", "garbled-item"})
SLOW = 1.0  # seconds a "slow" answer waits when no delay is given


@dataclass
class Failure:
    """What to break: `kind` (see KINDS) for calls to endpoints starting with `prefix`, the next
    `times` of them (None: all); `number` limits it to calls naming that number ("reject" and
    "garbled-item" hit only that number, else every number / the call's first). `code` is the
    refusal code of "reject" (and of 17TRACK's whole-call "refuse"); `variant` of
    "garbled-item" is "null" (no track) or "types" (wrong types); `retry_after` is the 429's
    Retry-After (None: no header)."""

    kind: str
    prefix: str = ""
    times: int | None = None
    delay: float = 0.0
    number: str | None = None
    code: int | None = None
    variant: str = "null"
    retry_after: str | None = "0"


def dumps(data: object) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode()


def page(title: str) -> bytes:
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1>" \
           f"</body></html>".encode()


class LoopbackFake:
    """A started-on-demand ThreadingHTTPServer on 127.0.0.1 that answers under `base_path`."""

    base_path = "/"
    kinds: frozenset[str] = KINDS  # the failure kinds this fake knows how to answer

    def __init__(self, key: str, host: str = "127.0.0.1", port: int = 0) -> None:
        self.key = key
        self.failures: list[Failure] = []
        self.calls: Counter[str] = Counter()
        self.numbers_read = 0
        self.too_many = 0
        self.lock = threading.RLock()
        self.stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self.server = ThreadingHTTPServer((host, port), _handler(self))
        self.server.daemon_threads = True
        self.url = f"http://{host}:{self.server.server_address[1]}{self.base_path}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.02,),
                                        daemon=True)

    def fail(self, kind: str, prefix: str = "", times: int | None = None, delay: float = 0.0,
             number: str | None = None, **more: object) -> None:
        if kind not in self.kinds:
            raise ValueError(f"no failure kind {kind!r}; one of {sorted(self.kinds)}")
        failure = Failure(kind, prefix, times, delay, number, **more)  # type: ignore[arg-type]
        with self.lock:
            self.failures.append(failure)

    def take_failure(self, endpoint: str, numbers: Collection[str]) -> Failure | None:
        """The first failure aimed at this call, its remaining count lowered."""
        with self.lock:
            for failure in self.failures:
                if not endpoint.startswith(failure.prefix):
                    continue
                if failure.number is not None and failure.number not in numbers:
                    continue
                if failure.times is not None:
                    failure.times -= 1
                    if failure.times <= 0:
                        self.failures.remove(failure)
                return failure
        return None

    def pause(self, failure: Failure | None) -> None:
        """Hold an answer back (cut short when the fake stops)."""
        if failure is not None and (failure.delay or failure.kind == "slow"):
            self.stopping.wait(failure.delay or SLOW)

    def handle(self, method: str, path: str, query: Mapping[str, list[str]],
               headers: Mapping[str, str], body: bytes) -> Answer:
        raise NotImplementedError

    def start(self) -> LoopbackFake:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        with self.lock:
            open_connections = list(self._connections)
        for connection in open_connections:  # kept-alive sockets would hold their threads
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self.server.server_close()
        self._thread.join()

    def _opened(self, connection: socket.socket) -> None:
        with self.lock:
            self._connections.add(connection)

    def _closed(self, connection: socket.socket) -> None:
        with self.lock:
            self._connections.discard(connection)


def _handler(fake: LoopbackFake) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.1 with Content-Length on every answer: requests keeps the connection alive.
        protocol_version = "HTTP/1.1"
        # Headers and body leave in one write (flushed after each request): two small writes
        # on a kept-alive socket meet Nagle and delayed ACKs and stall 40 ms per answer.
        wbufsize = 1 << 16

        def setup(self) -> None:
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            fake._opened(self.connection)

        def finish(self) -> None:
            fake._closed(self.connection)
            with contextlib.suppress(OSError):
                super().finish()

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            status, payload, headers = fake.handle(self.command, parts.path,
                                                   parse_qs(parts.query), self.headers, body)
            try:
                self.send_response(status)
                for name, value in {**headers, "Content-Length": str(len(payload))}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
                self.wfile.flush()
            except OSError:  # the client gave up waiting (a "slow" answer)
                self.close_connection = True

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: tests read the fake's counters instead."""

    return Handler


FakeT = TypeVar("FakeT", bound="LoopbackFake")


@contextlib.contextmanager
def running(fake: FakeT) -> Iterator[FakeT]:
    """`fake` started, and stopped (its slow answers cut short) on leaving."""
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


def serve(fake: LoopbackFake, banner: str) -> None:
    """Serve `fake` in the foreground (manual testing) until Ctrl+C."""
    print(banner, flush=True)
    try:
        fake.server.serve_forever()
    except KeyboardInterrupt:
        fake.server.server_close()
