"""forex-python's CurrencyRates pointed at a configured URL and run under our own deadline."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

import requests
from forex_python.converter import CurrencyRates, RatesNotAvailableError

from seller_desk.domain.fx import BASE, DayRates, ProviderError, is_business_day
from seller_desk.domain.fx_settings import DEFAULT_URLS
from seller_desk.integrations.fx import messages
from seller_desk.integrations.fx.responses import (
    day_rates,
    looks_like_html,
    parse_day,
    parse_rate,
    require,
)

FOREX_PYTHON_URL = DEFAULT_URLS["forex-python"]
# forex-python calls requests.get with no timeout; a stalled theratesapi.com hangs for ~60 s.
DEADLINE = 10.0
# No series route: a range is asked one business day at a time, so keep ranges short.
MAX_DAYS = 31
T = TypeVar("T")


class _WebPage(ValueError):
    """A 200 answer that is an HTML page (a parked domain), not JSON."""


class PointedRates(CurrencyRates):
    """CurrencyRates reading from `source_url`, with Decimal rates, remembering the day answered."""

    def __init__(self, source_url: str) -> None:
        super().__init__(force_decimal=True)
        self.source_url = source_url if source_url.endswith("/") else source_url + "/"
        self.answered_day: object = None

    def _source_url(self) -> str:
        return self.source_url

    def _decode_rates(
        self, response: requests.Response, use_decimal: bool = False, date_str: str | None = None
    ) -> Mapping[str, Any]:
        if looks_like_html(response):
            raise _WebPage(response.url)
        data = json.loads(response.content, parse_float=Decimal, parse_int=Decimal)
        if not isinstance(data, dict) or not isinstance(data.get("rates", {}), dict):
            raise ValueError("the answer is not a JSON object with rates")
        self.answered_day = data.get("date")
        return data.get("rates", {})


def run_with_deadline(call: Callable[[], T], seconds: float) -> T:
    """`call()` in a daemon thread; TimeoutError after `seconds` (the thread is left to finish
    or hang on its own: a daemon never holds up the app's exit)."""
    future: Future[T] = Future()

    def work() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(call())
        except Exception as error:
            future.set_exception(error)

    threading.Thread(target=work, name="forex-python", daemon=True).start()
    return future.result(timeout=seconds)


class ForexPythonProvider:
    """EUR-based rates through forex-python (theratesapi.com by default)."""

    name = "forex-python"

    def __init__(
        self,
        base_url: str = FOREX_PYTHON_URL,
        deadline: float = DEADLINE,
        symbols: Sequence[str] = (),
    ) -> None:
        self.base_url = base_url
        self.deadline = deadline
        self.symbols = tuple(symbols)

    def latest(self) -> DayRates:
        return self._ask(None)

    def on_day(self, day: date) -> DayRates:
        return self._ask(day)

    def between(self, first: date, last: date) -> list[DayRates]:
        """One request per business day from `first` to `last`, at most MAX_DAYS days."""
        if first > last:
            first, last = last, first
        count = (last - first).days + 1
        if count > MAX_DAYS:
            raise ProviderError(self.name, messages.RANGE_TOO_LONG, days=count, limit=MAX_DAYS)
        found: dict[date, DayRates] = {}
        for offset in range(count):
            day = first + timedelta(days=offset)
            if is_business_day(day):
                rates = self._ask(day)
                if first <= rates.day <= last:
                    found[rates.day] = DayRates(rates.day, rates.rates, rates.source)
        return sorted(found.values(), key=lambda rates: rates.day)

    def rate(self, currency: str, day: date | None = None) -> Decimal:
        """Units of `currency` per EUR through forex-python's own get_rate (symbol query)."""
        source = PointedRates(self.base_url)
        value = self._guarded(lambda: source.get_rate(BASE, currency, day))
        checked = parse_rate(value, self.name, currency, day or date.today())
        if checked is None:
            raise ProviderError(
                self.name, messages.MISSING_CURRENCY, currency=currency, day=day or "latest"
            )
        return checked

    def _ask(self, day: date | None) -> DayRates:
        source = PointedRates(self.base_url)
        raw = self._guarded(lambda: source.get_rates(BASE, day))
        if source.answered_day is None:
            raise ProviderError(self.name, messages.MALFORMED, reason="no date in the answer")
        answered = parse_day(source.answered_day, self.name)
        asked = day if day is not None and day != answered else None
        return require(day_rates(self.name, answered, raw, asked), self.symbols, self.name)

    def _guarded(self, call: Callable[[], T]) -> T:
        """`call()` under the deadline, with forex-python's failures turned into ProviderErrors."""
        try:
            return run_with_deadline(call, self.deadline)
        except TimeoutError:
            raise ProviderError(self.name, messages.TIMED_OUT, seconds=self.deadline) from None
        except RatesNotAvailableError as error:
            raise ProviderError(self.name, messages.NO_RATES, reason=str(error)) from None
        except _WebPage as error:
            raise ProviderError(self.name, messages.NOT_DATA, url=str(error)) from None
        except ValueError as error:  # JSONDecodeError included
            raise ProviderError(
                self.name, messages.MALFORMED, reason=f"not JSON ({error})"
            ) from None
        except requests.RequestException as error:
            raise ProviderError(
                self.name, messages.UNREACHABLE, url=self.base_url, reason=type(error).__name__
            ) from None
