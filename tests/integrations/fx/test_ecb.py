"""The ECB provider against the fake: daily XML, 90-day XML, history ZIP, and what goes wrong."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest

from seller_desk.domain.fx import ProviderError
from seller_desk.integrations.fx import messages
from seller_desk.integrations.fx.ecb import EcbProvider
from tests.fakes.fx_server import FxFake


@pytest.fixture
def ecb(fake: FxFake, session) -> EcbProvider:
    return EcbProvider(fake.ecb_url, session, today=lambda: fake.newest)


def test_latest_reads_the_daily_xml_exactly(ecb: EcbProvider, fake: FxFake) -> None:
    rates = ecb.latest()
    assert rates.day == fake.newest == date(2026, 3, 6)
    assert rates.source == "ecb" and rates.asked_day is None
    assert dict(rates.rates) == fake.rates_on(fake.newest)
    assert all(isinstance(rate, Decimal) for rate in rates.rates.values())
    assert "BGN" not in rates.rates and "EUR" not in rates.rates
    assert fake.seen[-1].endswith("/ecb/eurofxref-daily.xml")


def test_the_daily_csv_in_its_own_format_gives_the_same_rates(ecb: EcbProvider,
                                                              fake: FxFake) -> None:
    rates = ecb.latest_from_csv()
    assert rates.day == fake.newest
    assert dict(rates.rates) == fake.rates_on(fake.newest)
    assert rates.rates["GBP"] == fake.rates_on(fake.newest)["GBP"]  # 0.83380 read as a number


def test_a_recent_day_comes_from_the_90_day_file(ecb: EcbProvider, fake: FxFake) -> None:
    rates = ecb.on_day(date(2026, 2, 10))
    assert rates.day == date(2026, 2, 10) and rates.asked_day is None
    assert dict(rates.rates) == fake.rates_on(date(2026, 2, 10))
    assert fake.seen[-1].endswith("eurofxref-hist-90d.xml")


def test_a_weekend_answers_with_friday(ecb: EcbProvider, fake: FxFake) -> None:
    rates = ecb.on_day(date(2026, 2, 8))
    assert (rates.day, rates.asked_day) == (date(2026, 2, 6), date(2026, 2, 8))
    assert dict(rates.rates) == fake.rates_on(date(2026, 2, 6))


def test_christmas_answers_with_the_day_before(ecb: EcbProvider) -> None:
    rates = ecb.on_day(date(2025, 12, 26))
    assert (rates.day, rates.asked_day) == (date(2025, 12, 24), date(2025, 12, 26))


def test_an_old_day_comes_from_the_history_zip_with_its_quirks(ecb: EcbProvider,
                                                               fake: FxFake) -> None:
    rates = ecb.on_day(date(2025, 10, 15))
    assert fake.seen[-1].endswith("eurofxref-hist.zip")
    # N/A columns (CYP, HRK, RUB…) and the trailing comma's empty column give no rates.
    assert dict(rates.rates) == fake.rates_on(date(2025, 10, 15))
    assert rates.rates["BGN"] == Decimal("1.9558")
    assert {"CYP", "HRK", "RUB", ""}.isdisjoint(rates.rates)


def test_a_day_before_the_history_is_refused(ecb: EcbProvider) -> None:
    with pytest.raises(ProviderError) as caught:
        ecb.on_day(date(2025, 9, 1))
    assert caught.value.message == messages.NO_DAY
    assert "ecb" in str(caught.value)


def test_between_lists_the_published_days(ecb: EcbProvider, fake: FxFake) -> None:
    recent = ecb.between(date(2026, 3, 2), date(2026, 2, 23))
    assert sorted(r.day for r in recent) == [d for d in fake.days if d >= date(2026, 2, 23)
                                             and d <= date(2026, 3, 2)]
    old = ecb.between(date(2025, 12, 22), date(2026, 1, 2))
    assert sorted(r.day for r in old) == [date(2025, 12, d) for d in (22, 23, 24, 29, 30, 31)] + [
        date(2026, 1, 2)]
    old = ecb.between(date(2025, 10, 27), date(2025, 10, 31))
    assert [r.day for r in old] == [date(2025, 10, d) for d in (31, 30, 29, 28, 27)]
    assert fake.seen[-1].endswith("eurofxref-hist.zip")


def test_a_504_after_a_delay_is_retried_then_reported(ecb: EcbProvider, fake: FxFake,
                                                      slept: list[float]) -> None:
    fake.fail("504", delay=0.2)
    started = time.monotonic()
    with pytest.raises(ProviderError) as caught:
        ecb.latest()
    assert time.monotonic() - started < 2
    assert caught.value.message == messages.HTTP_STATUS
    assert caught.value.params["status"] == 504 and len(slept) == 1
    assert len(fake.seen) == 2


def test_one_504_then_an_answer_is_recovered(ecb: EcbProvider, fake: FxFake) -> None:
    fake.fail("504", times=1)
    assert ecb.latest().day == fake.newest


@pytest.mark.parametrize(("kind", "call", "message"), [
    ("html", "latest", messages.NOT_DATA),
    ("malformed", "latest", messages.MALFORMED),
    ("malformed", "history", messages.MALFORMED),
    ("bad-number", "latest", messages.BAD_RATE),
    ("bad-number", "history", messages.BAD_RATE),
    ("html", "history", messages.NOT_DATA),
])
def test_broken_answers_become_provider_errors(ecb: EcbProvider, fake: FxFake, kind: str,
                                               call: str, message: str) -> None:
    fake.fail(kind)
    with pytest.raises(ProviderError) as caught:
        getattr(ecb, call)()
    assert caught.value.message == message
    assert caught.value.provider == "ecb"


def test_a_missing_currency_is_simply_absent(ecb: EcbProvider, fake: FxFake) -> None:
    fake.fail("missing", currency="CNY")
    assert "CNY" not in ecb.latest().rates
    assert "CNY" not in ecb.history()[0].rates


def test_a_server_that_is_not_there(session) -> None:
    ecb = EcbProvider("http://127.0.0.1:9/", session)
    with pytest.raises(ProviderError) as caught:
        ecb.latest()
    assert caught.value.message == messages.UNREACHABLE


def test_a_wrong_address_is_an_http_error(fake: FxFake, session) -> None:
    with pytest.raises(ProviderError) as caught:
        EcbProvider(fake.url + "/nowhere/", session).latest()
    assert caught.value.params["status"] == 404
