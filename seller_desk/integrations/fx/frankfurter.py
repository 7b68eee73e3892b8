"""Frankfurter v1, a free mirror of the ECB rates: /latest, /YYYY-MM-DD and /A..B series."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import requests

from seller_desk.domain.fx import BASE, DayRates, ProviderError
from seller_desk.domain.fx_settings import DEFAULT_URLS
from seller_desk.integrations import http
from seller_desk.integrations.fx import messages
from seller_desk.integrations.fx.responses import (
    day_rates,
    error_message,
    join,
    json_body,
    looks_like_html,
    network_failure,
    parse_day,
    read_seconds,
    require,
)
from seller_desk.integrations.http import make_session

FRANKFURTER_URL = DEFAULT_URLS["frankfurter"]


class FrankfurterProvider:
    """EUR-based rates from Frankfurter v1; a closed day answers with the business day before."""

    name = "frankfurter"

    def __init__(
        self,
        base_url: str = FRANKFURTER_URL,
        session: requests.Session | None = None,
        symbols: Sequence[str] = (),
    ) -> None:
        self.base_url = base_url
        self.session = session or make_session()
        self.symbols = tuple(symbols)

    def latest(self) -> DayRates:
        body = self._get("latest")
        return require(self._day(body), self.symbols, self.name)

    def on_day(self, day: date) -> DayRates:
        body = self._get(day.isoformat(), day=day)
        rates = self._day(body)
        if rates.day != day:
            rates = DayRates(day=rates.day, rates=rates.rates, source=self.name, asked_day=day)
        return require(rates, self.symbols, self.name)

    def between(self, first: date, last: date) -> list[DayRates]:
        """Every published day from `first` to `last` (the series route), oldest first."""
        if first > last:
            first, last = last, first
        body = self._get(f"{first.isoformat()}..{last.isoformat()}", day=first)
        self._check_base(body)
        series = body.get("rates")
        if not isinstance(series, Mapping):
            raise ProviderError(self.name, messages.MALFORMED, reason="no rates in the series")
        days = []
        for text, raw in sorted(series.items()):
            day = parse_day(text, self.name)
            if not isinstance(raw, Mapping):
                raise ProviderError(self.name, messages.MALFORMED, reason=f"no rates for {day}")
            # A series may begin on the business day before `first`; keep only what was asked.
            if first <= day <= last:
                days.append(require(day_rates(self.name, day, raw), self.symbols, self.name))
        return days

    def _day(self, body: Mapping[str, Any]) -> DayRates:
        self._check_base(body)
        raw = body.get("rates")
        if not isinstance(raw, Mapping):
            raise ProviderError(self.name, messages.MALFORMED, reason="no rates in the answer")
        return day_rates(self.name, parse_day(body.get("date"), self.name), raw)

    def _check_base(self, body: Mapping[str, Any]) -> None:
        if body.get("base") != BASE:
            raise ProviderError(
                self.name, messages.MALFORMED, reason=f"rates based on {body.get('base')}, not EUR"
            )

    def _get(self, path: str, day: date | None = None) -> Mapping[str, Any]:
        url = join(self.base_url, path)
        params = {"base": BASE}
        if self.symbols:
            params["symbols"] = ",".join(code for code in self.symbols if code != BASE)
        failure = network_failure(self.name, url, read_seconds(self.session))
        response = http.get(self.session, url, params=params, on_failure=failure)
        if response.status_code == 404:
            raise ProviderError(self.name, messages.NO_DAY, day=day or path)
        if response.status_code == 422:
            raise ProviderError(self.name, messages.REFUSED, reason=error_message(response))
        if response.status_code != 200:
            raise ProviderError(
                self.name, messages.HTTP_STATUS, status=response.status_code, url=url
            )
        if looks_like_html(response):
            raise ProviderError(self.name, messages.NOT_DATA, url=url)
        body = json_body(response, self.name)
        if not isinstance(body, Mapping):
            raise ProviderError(self.name, messages.MALFORMED, reason="the answer is not an object")
        return body
