"""A loopback fake of the rate services (ECB files, Frankfurter v1, theratesapi) with failures."""

from __future__ import annotations

import io
import re
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import simplejson

from seller_desk.domain.fx import is_business_day

RATES = ("USD=1.1435 JPY=162.35 BGN=1.9558 CZK=24.305 DKK=7.4597 GBP=0.8338 HUF=395.20 "
         "PLN=4.2530 RON=5.0771 SEK=11.0255 CHF=0.9367 ISK=146.90 NOK=11.7125 TRY=45.7713 "
         "AUD=1.7705 BRL=6.2360 CAD=1.6051 CNY=8.2345 HKD=8.9120 IDR=18712.34 ILS=3.8990 "
         "INR=97.2355 KRW=1598.21 MXN=21.5460 MYR=4.9050 NZD=1.9875 PHP=65.432 SGD=1.4950 "
         "THB=37.512 ZAR=20.4300")
BASES = {code: Decimal(rate) for code, rate in (pair.split("=") for pair in RATES.split())}
HIST_HEADER = ("Date,USD,JPY,BGN,CYP,CZK,DKK,EEK,GBP,HUF,LTL,LVL,MTL,PLN,ROL,RON,SEK,SIT,SKK,CHF,"
               "ISK,NOK,HRK,RUB,TRL,TRY,AUD,BRL,CAD,CNY,HKD,IDR,ILS,INR,KRW,MXN,MYR,NZD,PHP,SGD,"
               "THB,ZAR,")  # the trailing comma is the ECB's
HIST_COLUMNS = HIST_HEADER.split(",")[1:-1]
BGN_LAST = date(2025, 12, 31)  # Bulgaria joined the euro on 1 January 2026
PARKING = b"<!DOCTYPE html><html><head><title>theratesapi.com</title></head><body>This domain "\
          b"may be for sale.</body></html>"
GATEWAY = b"<html><head><title>504 Gateway Time-out</title></head><body>nginx</body></html>"
DAY_PATH = re.compile(r"\d{4}-\d{2}-\d{2}")
JSON, HTML = "application/json", "text/html; charset=utf-8"
Answer = tuple[int, str, bytes, dict[str, str]]  # status, content type, body, more headers


@dataclass
class Failure:
    """What to break: kind is one of 504, html, malformed, bad-number, missing, 404, 422, 429,
    slow; only for paths starting with `prefix`; for the next `times` requests (None: all)."""

    kind: str
    prefix: str = "/"
    times: int | None = None
    delay: float = 0.0
    currency: str = "USD"
    retry_after: str = "0"


class FxFake:
    """Serves /ecb/…, /frankfurter/v1/… and /api/… on 127.0.0.1 from one set of made-up days."""

    def __init__(self, first: date = date(2025, 10, 1), last: date = date(2026, 3, 6)) -> None:
        self.days = [first + timedelta(n) for n in range((last - first).days + 1)
                     if is_business_day(first + timedelta(n))]
        self.failures: list[Failure] = []
        self.seen: list[str] = []
        self.stopping = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.ecb_url, self.frankfurter_url = f"{self.url}/ecb/", f"{self.url}/frankfurter/v1/"
        self.rates_api_url = f"{self.url}/api/"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.02,),
                                        daemon=True)

    @property
    def newest(self) -> date:
        return self.days[-1]

    def rates_on(self, day: date) -> dict[str, Decimal]:
        """The true rates per EUR of a published day (what a client should read back)."""
        index = self.days.index(day)
        factor = Decimal(1000 + (index * 37) % 11 - 5) / 1000
        return {code: base if code == "BGN" else (base * factor).quantize(base)  # BGN is pegged
                for code, base in BASES.items() if code != "BGN" or day <= BGN_LAST}

    def fail(self, kind: str, **options: object) -> None:
        self.failures.append(Failure(kind, **options))  # type: ignore[arg-type]

    def start(self) -> FxFake:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()  # cuts short any delayed answer
        self.server.shutdown()
        self.server.server_close()
        self._thread.join()

    def answer(self, path: str, query: dict[str, str]) -> Answer:
        failure = next((f for f in self.failures if path.startswith(f.prefix)), None)
        if failure is not None and failure.times is not None:
            failure.times -= 1
            if failure.times <= 0:
                self.failures.remove(failure)
        kind = failure.kind if failure else ""
        if failure and failure.delay:
            self.stopping.wait(failure.delay)
        if kind in {"504", "html"}:
            return (504, "text/html", GATEWAY, {}) if kind == "504" else (200, HTML, PARKING, {})
        if kind == "429":
            return 429, JSON, b"{}", {"Retry-After": failure.retry_after}  # type: ignore
        if kind in {"404", "422"}:
            text = "not found" if kind == "404" else "bad currency pair"
            return int(kind), JSON, _json({"message": text}), {}
        status, kind_of, body, headers = self._route(path, query, failure)
        if kind == "malformed":
            body = b"PK\x03\x04 not a zip" if path.endswith(".zip") else body[: len(body) // 2]
        return status, kind_of, body, headers

    def _published(self, day: date, failure: Failure | None) -> dict[str, str]:
        texts = {code: str(rate) for code, rate in self.rates_on(day).items()}
        if failure and failure.kind == "missing":
            texts.pop(failure.currency, None)
        if failure and failure.kind == "bad-number":
            texts[failure.currency] = "1.14.35"
        return texts

    def _route(self, path: str, query: dict[str, str], failure: Failure | None) -> Answer:
        if path.startswith("/ecb/"):
            name = path.removeprefix("/ecb/")
            recent = [d for d in self.days if d >= self.newest - timedelta(90)]
            builders = {
                "eurofxref-daily.xml": lambda: self._xml([self.newest], failure),
                "eurofxref-hist-90d.xml": lambda: self._xml(recent[::-1], failure),
                "eurofxref-hist.xml": lambda: self._xml(self.days[::-1], failure),
                "eurofxref-hist.zip": lambda: _zip("eurofxref-hist.csv", self._hist_csv(failure)),
                "eurofxref.zip": lambda: _zip("eurofxref.csv", self._daily_csv(failure)),
            }
            if name not in builders:
                return 404, "text/html", b"<html><body>Not Found</body></html>", {}
            kind = "application/zip" if name.endswith(".zip") else "text/xml"
            return 200, kind, builders[name](), {}
        if path.startswith("/frankfurter/v1/"):
            return self._frankfurter(path.removeprefix("/frankfurter/v1/"), query, failure)
        if path.startswith("/api/"):
            return self._rates_api(path.removeprefix("/api/"), query, failure)
        return 404, "text/plain", b"no such route", {}

    def on_or_before(self, day: date) -> date | None:
        return max((d for d in self.days if d <= day), default=None)

    def _xml(self, days: list[date], failure: Failure | None) -> bytes:
        cubes = "".join(
            f"\n\t\t<Cube time='{day}'>" + "".join(
                f"\n\t\t\t<Cube currency='{code}' rate='{text}'/>"
                for code, text in self._published(day, failure).items()) + "\n\t\t</Cube>"
            for day in days)
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gesmes:Envelope "
                "xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" "
                "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n"
                "\t<gesmes:subject>Reference rates</gesmes:subject>\n\t<gesmes:Sender>\n"
                "\t\t<gesmes:name>European Central Bank</gesmes:name>\n\t</gesmes:Sender>\n"
                f"\t<Cube>{cubes}\n\t</Cube>\n</gesmes:Envelope>").encode()

    def _hist_csv(self, failure: Failure | None) -> str:
        lines = [HIST_HEADER]
        for day in reversed(self.days):  # newest first, trailing comma, N/A, trimmed zeros
            texts = self._published(day, failure)
            cells = [_trimmed(texts[c]) if c in texts else "N/A" for c in HIST_COLUMNS]
            lines.append(f"{day}," + ",".join(cells) + ",")
        return "\n".join(lines) + "\n"

    def _daily_csv(self, failure: Failure | None) -> str:
        texts = self._published(self.newest, failure)
        padded = [f"{Decimal(t):.5f}" if t[0] == "0" else t for t in texts.values()]
        day = f"{self.newest.day} {self.newest:%B %Y}"
        return f"Date, {', '.join(texts)}, \n{day}, {', '.join(padded)}, \n"

    def _frankfurter(self, name: str, query: dict[str, str], failure: Failure | None) -> Answer:
        cache = {"Cache-Control": "public, max-age=900", "ETag": f'"{len(self.seen)}"',
                 "Access-Control-Allow-Origin": "*"}
        base = query.get("base", query.get("from", "EUR"))
        symbols = [s for s in query.get("symbols", query.get("to", "")).split(",") if s]
        if not _number(query.get("amount", "1")) or Decimal(query.get("amount", "1")) <= 0:
            return 422, JSON, _json({"message": "invalid amount"}), cache
        if base in symbols:
            return 422, JSON, _json({"message": "bad currency pair"}), cache
        if name == "currencies":
            return 200, JSON, _json({c: c for c in ("EUR", *BASES)}), cache
        first, dots, last = name.partition("..")
        if name in {"latest", "current"}:
            first = str(self.newest)
        start, end = _day(first), _day(last) if last else self.newest
        start = start and self.on_or_before(start)
        if start is None or end is None or base not in {"EUR", *BASES}:
            return 404, JSON, _json({"message": "not found"}), cache
        days = [d for d in self.days if start <= d <= end] if dots else [start]
        series = {str(d): _rebased(self._published(d, failure), base, symbols) for d in days}
        body: dict[str, object] = {"amount": 1.0, "base": base}
        if dots:
            body |= {"start_date": str(start), "end_date": str(days[-1]), "rates": series}
        else:
            body |= {"date": str(start), "rates": series[str(start)]}
        return 200, JSON, _json(body), cache

    def _rates_api(self, name: str, query: dict[str, str], failure: Failure | None) -> Answer:
        asked = self.newest if name == "latest" else _day(name)
        day = asked and self.on_or_before(asked)
        if day is None:
            return 404, JSON, _json({"error": f"no rates for {name}"}), {}
        base, symbols = query.get("base", "EUR"), query.get("symbols", "").split(",")
        rates = _rebased(self._published(day, failure), base, [s for s in symbols if s])
        return 200, JSON, _json({"base": base, "date": str(day), "rates": rates}), {}


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if DAY_PATH.fullmatch(text) else None
    except ValueError:
        return None


def _rebased(texts: dict[str, str], base: str, symbols: list[str]) -> dict[str, object]:
    """Rates per `base` rounded like Frankfurter's Roundable; bad numbers passed through."""
    rates: dict[str, object] = {c: Decimal(t) if _number(t) else t for c, t in texts.items()}
    if base != "EUR":
        per = rates.pop(base)
        rates = {c: _roundable(r / per) for c, r in {"EUR": Decimal(1), **rates}.items()
                 if isinstance(r, Decimal) and isinstance(per, Decimal)}
    return {c: r for c, r in rates.items() if not symbols or c in symbols}


def _roundable(value: Decimal) -> Decimal:
    places = next(p for limit, p in ((5000, 0), (80, 2), (20, 3), (1, 4), (Decimal("0.0001"), 5),
                                     (0, 6)) if value > limit)
    return value.quantize(Decimal(1).scaleb(-places))


def _trimmed(text: str) -> str:  # the history writes 0.8338 where the daily file has 0.83380
    return text.rstrip("0").rstrip(".") if "." in text and _number(text) else text


def _number(text: str) -> bool:
    return bool(re.fullmatch(r"\d+(\.\d+)?", text))


def _json(data: object) -> bytes:
    return simplejson.dumps(data, use_decimal=True).encode()


def _zip(name: str, text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, text)
    return buffer.getvalue()


def _handler(fake: FxFake) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            fake.seen.append(self.path)
            query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            status, kind, body, headers = fake.answer(parts.path, query)
            self.send_response(status)
            for key, value in {"Content-Type": kind, "Content-Length": str(len(body)),
                               **headers}.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests read fake.seen instead."""

    return Handler


@contextmanager
def running_fx_fake(**options: date) -> Iterator[FxFake]:
    """A started fake, stopped (and its slow answers cut short) on leaving."""
    fake = FxFake(**options).start()
    try:
        yield fake
    finally:
        fake.stop()
