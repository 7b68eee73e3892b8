"""forex-python pointed at the fake theratesapi: Decimal rates, our deadline, and its failures."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest

from seller_desk.domain.fx import ProviderError
from seller_desk.integrations.fx import messages
from seller_desk.integrations.fx.forex_python import ForexPythonProvider, PointedRates
from tests.fakes.fx_server import FxFake


@pytest.fixture
def forex(fake: FxFake) -> ForexPythonProvider:
    return ForexPythonProvider(fake.rates_api_url, deadline=2.0)


def test_latest_is_eur_based_and_decimal(forex: ForexPythonProvider, fake: FxFake) -> None:
    rates = forex.latest()
    assert (rates.day, rates.source) == (fake.newest, "forex-python")
    assert dict(rates.rates) == fake.rates_on(fake.newest)
    assert all(type(rate) is Decimal for rate in rates.rates.values())
    assert fake.seen[-1] == "/api/latest?base=EUR&rtype=fpy"


def test_a_weekend_reports_the_friday(forex: ForexPythonProvider) -> None:
    rates = forex.on_day(date(2026, 2, 1))
    assert (rates.day, rates.asked_day) == (date(2026, 1, 30), date(2026, 2, 1))


def test_between_asks_each_business_day(forex: ForexPythonProvider, fake: FxFake) -> None:
    days = forex.between(date(2026, 3, 6), date(2026, 2, 27))
    assert [r.day for r in days] == [date(2026, 2, 27), date(2026, 3, 2), date(2026, 3, 3),
                                     date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 6)]
    assert len(fake.seen) == 6


def test_a_long_range_is_refused(forex: ForexPythonProvider) -> None:
    with pytest.raises(ProviderError) as caught:
        forex.between(date(2026, 1, 1), date(2026, 3, 1))
    assert caught.value.message == messages.RANGE_TOO_LONG


def test_a_single_rate_through_get_rate(forex: ForexPythonProvider, fake: FxFake) -> None:
    assert forex.rate("CNY") == fake.rates_on(fake.newest)["CNY"]
    assert "symbols=CNY" in fake.seen[-1]


def test_a_504_after_a_delay_hits_our_deadline(fake: FxFake) -> None:
    fake.fail("504", delay=0.5)
    started = time.monotonic()
    with pytest.raises(ProviderError) as caught:
        ForexPythonProvider(fake.rates_api_url, deadline=0.1).latest()
    assert time.monotonic() - started < 0.4
    assert caught.value.message == messages.TIMED_OUT
    assert caught.value.params["seconds"] == 0.1


def test_a_504_within_the_deadline_is_source_not_ready(forex: ForexPythonProvider,
                                                       fake: FxFake) -> None:
    fake.fail("504", delay=0.05)
    with pytest.raises(ProviderError) as caught:
        forex.latest()
    assert caught.value.message == messages.NO_RATES
    assert "Source Not Ready" in str(caught.value)


def test_a_parking_page_with_200(forex: ForexPythonProvider, fake: FxFake) -> None:
    fake.fail("html")
    with pytest.raises(ProviderError) as caught:
        forex.latest()
    assert caught.value.message == messages.NOT_DATA


def test_broken_json(forex: ForexPythonProvider, fake: FxFake) -> None:
    fake.fail("malformed")
    with pytest.raises(ProviderError) as caught:
        forex.on_day(date(2026, 3, 2))
    assert caught.value.message == messages.MALFORMED


def test_plain_forex_python_sees_the_html_as_a_value_error(fake: FxFake) -> None:
    fake.fail("html")
    with pytest.raises(ValueError):
        PointedRates(fake.rates_api_url).get_rates("EUR")


def test_a_missing_symbol(fake: FxFake) -> None:
    fake.fail("missing", currency="INR")
    with pytest.raises(ProviderError) as caught:
        ForexPythonProvider(fake.rates_api_url, 2.0, symbols=("USD", "INR")).latest()
    assert caught.value.message == messages.MISSING_CURRENCY
    with pytest.raises(ProviderError) as caught:
        ForexPythonProvider(fake.rates_api_url, 2.0).rate("INR")
    assert "not available" in str(caught.value)


def test_nobody_listening(session) -> None:
    with pytest.raises(ProviderError) as caught:
        ForexPythonProvider("http://127.0.0.1:9/api/", 2.0).latest()
    assert caught.value.message == messages.UNREACHABLE
