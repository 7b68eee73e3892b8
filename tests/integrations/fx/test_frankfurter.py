"""The Frankfurter v1 provider against the fake: routes, weekend fallback, 404/422 and failures."""

from __future__ import annotations

from datetime import date

import pytest
import requests

from seller_desk.domain.fx import ProviderError
from seller_desk.integrations.fx import messages
from seller_desk.integrations.fx.frankfurter import FrankfurterProvider
from tests.fakes.fx_server import FxFake


@pytest.fixture
def frankfurter(fake: FxFake, session) -> FrankfurterProvider:
    return FrankfurterProvider(fake.frankfurter_url, session)


def test_latest(frankfurter: FrankfurterProvider, fake: FxFake) -> None:
    rates = frankfurter.latest()
    assert (rates.day, rates.source, rates.asked_day) == (fake.newest, "frankfurter", None)
    assert dict(rates.rates) == fake.rates_on(fake.newest)
    assert fake.seen[-1] == "/frankfurter/v1/latest?base=EUR"


def test_a_business_day(frankfurter: FrankfurterProvider, fake: FxFake) -> None:
    rates = frankfurter.on_day(date(2025, 11, 3))
    assert rates.day == date(2025, 11, 3) and rates.asked_day is None
    assert dict(rates.rates) == fake.rates_on(date(2025, 11, 3))


def test_a_weekend_reports_the_friday_and_the_asked_day(frankfurter: FrankfurterProvider) -> None:
    rates = frankfurter.on_day(date(2026, 1, 4))
    assert (rates.day, rates.asked_day) == (date(2026, 1, 2), date(2026, 1, 4))
    assert "BGN" not in rates.rates


def test_a_series_keeps_only_the_asked_days(frankfurter: FrankfurterProvider,
                                            fake: FxFake) -> None:
    days = frankfurter.between(date(2025, 12, 28), date(2026, 1, 6))  # starts on a Sunday
    assert [r.day for r in days] == [date(2025, 12, 29), date(2025, 12, 30), date(2025, 12, 31),
                                     date(2026, 1, 2), date(2026, 1, 5), date(2026, 1, 6)]
    assert days[2].rates["BGN"] == fake.rates_on(date(2025, 12, 31))["BGN"]
    assert fake.seen[-1].startswith("/frankfurter/v1/2025-12-28..2026-01-06")


def test_a_day_before_the_data_is_a_404(frankfurter: FrankfurterProvider) -> None:
    with pytest.raises(ProviderError) as caught:
        frankfurter.on_day(date(1998, 12, 31))
    assert caught.value.message == messages.NO_DAY
    assert "frankfurter" in str(caught.value) and "1998-12-31" in str(caught.value)


def test_a_422_reports_frankfurters_message(frankfurter: FrankfurterProvider,
                                            fake: FxFake) -> None:
    fake.fail("422")
    with pytest.raises(ProviderError) as caught:
        frankfurter.latest()
    assert caught.value.message == messages.REFUSED
    assert caught.value.params["reason"] == "bad currency pair"


def test_the_fake_answers_like_frankfurter(fake: FxFake) -> None:
    def get(path: str) -> requests.Response:
        return requests.get(fake.frankfurter_url + path, timeout=2)

    assert get("latest?amount=0").json() == {"message": "invalid amount"}
    assert get("latest?base=USD&symbols=USD").status_code == 422
    assert get("2026-02-30").json() == {"message": "not found"}
    answer = get("current?base=USD&symbols=EUR,JPY")
    assert answer.headers["Cache-Control"] == "public, max-age=900"
    assert set(answer.json()["rates"]) == {"EUR", "JPY"}
    assert "USD" in get("currencies").json()


def test_missing_symbols_are_refused(fake: FxFake, session) -> None:
    fake.fail("missing", currency="CNY")
    provider = FrankfurterProvider(fake.frankfurter_url, session, symbols=("USD", "CNY"))
    with pytest.raises(ProviderError) as caught:
        provider.on_day(date(2026, 3, 2))
    assert caught.value.message == messages.MISSING_CURRENCY
    assert caught.value.params["currency"] == "CNY"
    assert fake.seen[-1].endswith("symbols=USD%2CCNY")


@pytest.mark.parametrize(("kind", "message"), [
    ("html", messages.NOT_DATA),
    ("malformed", messages.MALFORMED),
    ("bad-number", messages.BAD_RATE),
    ("504", messages.HTTP_STATUS),
    ("404", messages.NO_DAY),
])
def test_broken_answers(frankfurter: FrankfurterProvider, fake: FxFake, kind: str,
                        message: str) -> None:
    fake.fail(kind)
    for call in (frankfurter.latest, lambda: frankfurter.between(date(2026, 3, 2),
                                                                 date(2026, 3, 3))):
        with pytest.raises(ProviderError) as caught:
            call()
        assert caught.value.message == message
        assert caught.value.provider == "frankfurter"


def test_a_slow_server_times_out(fake: FxFake) -> None:
    from seller_desk.integrations.http import HttpSession, RetryPolicy

    fake.fail("slow", delay=0.4)
    with (HttpSession(timeout=(1.0, 0.1), retry=RetryPolicy(attempts=1)) as session,
          pytest.raises(ProviderError) as caught):
        FrankfurterProvider(fake.frankfurter_url, session).latest()
    assert caught.value.message == messages.TIMED_OUT
    assert caught.value.params["seconds"] == 0.1
