"""Fetching a provider's answer and reading its rates: HTTP failures, web pages, bad numbers."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import requests

from seller_desk.domain.fx import BASE, DayRates, ProviderError
from seller_desk.integrations import http
from seller_desk.integrations.fx import messages

HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


def join(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + "/" + path.lstrip("/")


def network_failure(
    provider: str, url: str, seconds: object = "?"
) -> Callable[[requests.RequestException], ProviderError]:
    """The on_failure callback for http.get: refused, reset or timed out → ProviderError."""

    def failure(error: requests.RequestException) -> ProviderError:
        if isinstance(error, requests.Timeout):
            return ProviderError(provider, messages.TIMED_OUT, seconds=seconds)
        return ProviderError(
            provider, messages.UNREACHABLE, url=url, reason=type(error).__name__
        )

    return failure


def read_seconds(session: requests.Session) -> object:
    timeout = getattr(session, "timeout", None)
    return timeout[-1] if isinstance(timeout, tuple) else (timeout or "?")


def fetch(
    session: requests.Session, provider: str, url: str, params: Mapping[str, str] | None = None
) -> requests.Response:
    """GET `url` and return a 200 answer that is not a web page; anything else → ProviderError."""
    failure = network_failure(provider, url, read_seconds(session))
    response = http.get(session, url, params=params, on_failure=failure)
    if response.status_code != 200:
        raise ProviderError(provider, messages.HTTP_STATUS, status=response.status_code, url=url)
    if looks_like_html(response):
        raise ProviderError(provider, messages.NOT_DATA, url=url)
    return response


def looks_like_html(response: requests.Response) -> bool:
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    start = response.content[:200].lstrip().lower()
    return kind in {"text/html", "application/xhtml+xml"} or start.startswith(HTML_STARTS)


def json_body(response: requests.Response, provider: str) -> Any:
    """The JSON of an answer with every number as a Decimal (never a float)."""
    try:
        return json.loads(response.content, parse_float=Decimal, parse_int=Decimal)
    except (ValueError, UnicodeDecodeError) as error:
        raise ProviderError(provider, messages.MALFORMED, reason=f"not JSON ({error})") from None


def error_message(response: requests.Response) -> str:
    """The `message` of a JSON error body, or the HTTP reason when there is none."""
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return response.reason or str(response.status_code)
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return body["message"]
    return response.reason or str(response.status_code)


def parse_day(text: object, provider: str) -> date:
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        reason = f"'{text}' is not a date"
        raise ProviderError(provider, messages.MALFORMED, reason=reason) from None


def parse_rate(value: object, provider: str, currency: str, day: date) -> Decimal | None:
    """A positive Decimal rate; None for a cell the provider marks as missing (N/A, empty)."""
    if isinstance(value, str):
        text = value.strip()
        if text in {"", "N/A"}:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = None
    if isinstance(value, float):  # a float is never trusted with money
        value = Decimal(repr(value))
    if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
        raise ProviderError(provider, messages.BAD_RATE, value=value, currency=currency, day=day)
    return value


def day_rates(
    provider: str, day: date, raw: Mapping[str, object], asked_day: date | None = None
) -> DayRates:
    """DayRates from a mapping of currency → rate text/number, skipping EUR and missing cells."""
    rates: dict[str, Decimal] = {}
    for code, value in raw.items():
        currency = str(code).strip().upper()
        if currency == BASE:
            continue
        # Any three letters: the ECB history keeps codes ISO has retired (CYP, HRK…).
        if len(currency) != 3 or not currency.isascii() or not currency.isalpha():
            raise ProviderError(
                provider, messages.MALFORMED, reason=f"'{code}' is not a currency code"
            )
        rate = parse_rate(value, provider, currency, day)
        if rate is not None:
            rates[currency] = rate
    if not rates:
        raise ProviderError(provider, messages.NO_DAY, day=day)
    return DayRates(day=day, rates=rates, source=provider, asked_day=asked_day)


def require(rates: DayRates, symbols: tuple[str, ...], provider: str) -> DayRates:
    """`rates` if it has every currency in `symbols`; else a ProviderError naming the first gap."""
    for currency in symbols:
        if currency != BASE and currency not in rates.rates:
            raise ProviderError(
                provider, messages.MISSING_CURRENCY, currency=currency, day=rates.day
            )
    return rates


def on_or_before(history: list[DayRates], day: date, provider: str) -> DayRates:
    """The newest day of `history` not after `day`; asked_day set when it is another day."""
    candidates = [rates for rates in history if rates.day <= day]
    if not candidates:
        raise ProviderError(provider, messages.NO_DAY, day=day)
    found = max(candidates, key=lambda rates: rates.day)
    if found.day == day:
        return found
    return DayRates(day=found.day, rates=found.rates, source=found.source, asked_day=day)
