"""The rates service with the real providers, against the loopback fake of the rate services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from seller_desk.domain.errors import KnownError
from seller_desk.services.rates import RatesService
from seller_desk.store.queries.fx import rate_count
from tests.fakes.fx_server import running_fx_fake


@pytest.fixture
def fake(monkeypatch):
    with running_fx_fake(first=date(2025, 12, 1), last=date(2026, 3, 6)) as fake:
        monkeypatch.setenv("SELLER_DESK_ECB_URL", fake.ecb_url)
        monkeypatch.setenv("SELLER_DESK_FRANKFURTER_URL", fake.frankfurter_url)
        monkeypatch.setenv("SELLER_DESK_FOREX_PYTHON_URL", fake.rates_api_url)
        yield fake


def stored(database) -> int:
    with database.session() as s:
        return rate_count(s)


def test_backfill_from_the_ecb_history(fake, database):
    rates = RatesService(database, today=lambda: date(2026, 3, 9))
    outcome = rates.backfill(date(2025, 12, 29), date(2026, 1, 5))
    # 29, 30, 31 Dec (with BGN), then 2 and 5 Jan (without): 1 Jan is a TARGET holiday.
    assert outcome.provider == "ecb"
    assert outcome.days == (date(2025, 12, 29), date(2025, 12, 30), date(2025, 12, 31),
                            date(2026, 1, 2), date(2026, 1, 5))
    assert outcome.new == 3 * 30 + 2 * 29 == stored(database)
    answer = rates.rate("USD", "CNY", date(2026, 1, 1))
    truth = fake.rates_on(date(2025, 12, 31))
    assert answer.rate == truth["CNY"] / truth["USD"] and answer.previous_business_day
    with pytest.raises(KnownError, match="No rate for BGN on or before"):
        rates.rate("EUR", "BGN", date(2025, 11, 28))


def test_malformed_ecb_falls_back_to_frankfurter(fake, database):
    fake.fail("malformed", prefix="/ecb/")
    outcome = RatesService(database).update(day=date(2026, 3, 8))
    assert outcome.provider == "frankfurter" and outcome.asked_day == date(2026, 3, 8)
    assert outcome.days == (date(2026, 3, 6),)
    assert [f.provider for f in outcome.failures] == ["ecb"]
    assert "ecb" in outcome.failures[0].reason


def test_rates_untouched_when_all_fail(fake, database):
    rates = RatesService(database)
    rates.update()
    before = rates.rates_on(fake.newest)
    for prefix in ("/ecb/", "/frankfurter/", "/api/"):
        fake.fail("html", prefix=prefix)
    with pytest.raises(KnownError, match="No rate provider answered"):
        rates.update(day=fake.newest)
    assert rates.rates_on(fake.newest) == before
    assert before[0].per_eur == fake.rates_on(fake.newest)[before[0].currency]
    assert isinstance(before[0].per_eur, Decimal)
