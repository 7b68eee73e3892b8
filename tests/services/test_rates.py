"""The rates service: provider chain with fallback, storing, and answering rates from the store."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from seller_desk.domain.errors import KnownError
from seller_desk.domain.fx import DayRates, ProviderError, previous_business_day
from seller_desk.services.progress import Cancelled, Job
from seller_desk.services.rates import RatesService
from seller_desk.store.models import ExchangeRate, Setting

THURSDAY, GOOD_FRIDAY, EASTER_MONDAY = date(2026, 4, 2), date(2026, 4, 3), date(2026, 4, 6)
ECB_DAY = {"USD": Decimal("1.1435"), "CNY": Decimal("8.1470"), "JPY": Decimal("172.50")}


class StubProvider:
    """A RateProvider answering from a table of days, or failing with a given error."""

    def __init__(self, name: str, days: dict[date, dict[str, Decimal]],
                 error: str | None = None) -> None:
        self.name = name
        self.days = days
        self.error = error
        self.calls = 0

    def _fail(self) -> None:
        self.calls += 1
        if self.error:
            raise ProviderError(self.name, "{provider}: " + self.error)

    def latest(self) -> DayRates:
        self._fail()
        newest = max(self.days)
        return DayRates(newest, self.days[newest], self.name)

    def on_day(self, day: date) -> DayRates:
        self._fail()
        used = previous_business_day(day)
        return DayRates(used, self.days[used], self.name, day if used != day else None)

    def between(self, first: date, last: date) -> list[DayRates]:
        self._fail()
        return [DayRates(d, r, self.name) for d, r in self.days.items() if first <= d <= last]


def count(database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(ExchangeRate))


def service(database, *providers: StubProvider, today: date = EASTER_MONDAY) -> RatesService:
    return RatesService(database, {p.name: p for p in providers}, today=lambda: today)


def test_update_stores_once_and_is_idempotent(database):
    ecb = StubProvider("ecb", {THURSDAY: ECB_DAY})
    rates = service(database, ecb)
    outcome = rates.update()
    assert (outcome.provider, outcome.days, outcome.new, outcome.failures) == (
        "ecb", (THURSDAY,), 3, ())
    again = rates.update()
    assert (again.new, again.changed, again.unchanged) == (0, 0, 3)
    assert count(database) == 3


def test_a_corrected_rate_replaces_the_stored_one(database):
    ecb = StubProvider("ecb", {THURSDAY: ECB_DAY})
    rates = service(database, ecb)
    rates.update()
    ecb.days[THURSDAY] = {**ECB_DAY, "USD": Decimal("1.1436")}
    assert rates.update().changed == 1
    assert rates.rate("EUR", "USD", THURSDAY).rate == Decimal("1.1436")


def test_the_chain_falls_back_and_says_why(database):
    ecb = StubProvider("ecb", {}, error="HTTP 504 after 60 s")
    frankfurter = StubProvider("frankfurter", {THURSDAY: ECB_DAY})
    rates = service(database, ecb, frankfurter)
    outcome = rates.update(day=EASTER_MONDAY)
    assert outcome.provider == "frankfurter" and outcome.asked_day == EASTER_MONDAY
    assert [(f.provider, f.reason) for f in outcome.failures] == [
        ("ecb", "ecb: HTTP 504 after 60 s")]
    with database.session() as s:
        assert set(s.scalars(select(ExchangeRate.source))) == {"frankfurter"}


def test_nothing_is_stored_when_every_provider_fails(database):
    rates = service(database, StubProvider("ecb", {}, "HTML instead of XML"),
                    StubProvider("frankfurter", {}, "HTTP 422"),
                    StubProvider("forex-python", {THURSDAY: {"USD": Decimal("-1")}}))
    with pytest.raises(KnownError) as raised:
        rates.update()
    message = str(raised.value)
    assert "ecb: HTML instead of XML" in message and "frankfurter: HTTP 422" in message
    assert "forex-python gave -1 for USD" in message
    assert count(database) == 0


def test_one_provider_only_and_an_unknown_one(database):
    ecb, frank = StubProvider("ecb", {THURSDAY: ECB_DAY}), StubProvider("frankfurter", {})
    rates = service(database, ecb, frank)
    assert rates.update(provider="ecb").provider == "ecb" and frank.calls == 0
    with pytest.raises(KnownError, match="Unknown rate provider yahoo"):
        rates.update(provider="yahoo")


def test_the_chain_setting_orders_the_providers(database):
    with database.session() as s:
        s.add(Setting(key="fx_providers", value="frankfurter,ecb"))
    ecb, frank = StubProvider("ecb", {THURSDAY: ECB_DAY}), StubProvider("frankfurter", {
        THURSDAY: ECB_DAY})
    assert service(database, ecb, frank).update().provider == "frankfurter"
    assert ecb.calls == 0


def test_cancel_stores_nothing(database):
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        service(database, StubProvider("ecb", {THURSDAY: ECB_DAY})).update(job=job)
    assert count(database) == 0


def test_backfill_stores_every_day(database):
    days = {THURSDAY - timedelta(days=n): ECB_DAY for n in (0, 1, 2)}
    outcome = service(database, StubProvider("ecb", days)).backfill(THURSDAY,
                                                                     THURSDAY - timedelta(2))
    assert len(outcome.days) == 3 and outcome.new == 9


def test_cross_rate_on_a_holiday_uses_the_previous_business_day(database):
    rates = service(database, StubProvider("ecb", {THURSDAY: ECB_DAY}))
    rates.update()
    answer = rates.rate("usd", "CNY", EASTER_MONDAY)
    assert answer.rate == Decimal("8.1470") / Decimal("1.1435")
    assert (answer.day_used, answer.asked_day, answer.source) == (
        THURSDAY, EASTER_MONDAY, "ecb")
    assert answer.previous_business_day and answer.age_business_days == 0
    assert not answer.stale
    assert rates.rate("EUR", "EUR").rate == 1


def test_an_old_rate_is_flagged_stale(database):
    rates = service(database, StubProvider("ecb", {THURSDAY: ECB_DAY}), today=date(2026, 4, 10))
    rates.update()
    answer = rates.rate("EUR", "USD")
    assert answer.age_business_days == 4 and answer.stale and not answer.previous_business_day
    assert not rates.rate("EUR", "USD", date(2026, 4, 9)).stale


def test_an_uncovered_currency_needs_a_typed_rate_never_one(database):
    rates = service(database, StubProvider("ecb", {THURSDAY: ECB_DAY}))
    rates.update()
    with pytest.raises(KnownError, match="No rate for TWD on or before 2026-04-06"):
        rates.rate("USD", "TWD")
    with pytest.raises(KnownError, match="No rate for USD on or before 2026-04-01"):
        rates.rate("USD", "EUR", date(2026, 4, 1))
    typed = rates.set_manual("twd", "32.5", THURSDAY, per_unit_of="USD")
    assert typed.rate == Decimal("37.16375") and typed.source == "manual"
    answer = rates.rate("USD", "TWD", EASTER_MONDAY)
    assert answer.rate == Decimal("37.16375") / Decimal("1.1435")
    assert answer.source == "ecb+manual"


def test_a_typed_rate_wins_over_the_providers_on_its_day(database):
    rates = service(database, StubProvider("ecb", {THURSDAY: ECB_DAY}))
    rates.update()
    rates.set_manual("USD", Decimal("1.20"), THURSDAY)
    assert rates.rate("EUR", "USD", THURSDAY).rate == Decimal("1.20")
    rates.update()  # the provider's row stays, the seller's still wins
    assert rates.rate("EUR", "USD", THURSDAY).source == "manual"
    with pytest.raises(KnownError, match="positive number"):
        rates.set_manual("USD", "-1", THURSDAY)
    with pytest.raises(KnownError, match="Unknown currency code: XXY"):
        rates.set_manual("XXY", "1", THURSDAY)


def test_rates_on_lists_each_currency_per_euro_and_per_base(database):
    rates = service(database, StubProvider("ecb", {THURSDAY: ECB_DAY}))
    assert rates.rates_on() == ()
    rates.update()
    rows = {r.currency: r for r in rates.rates_on(EASTER_MONDAY)}
    assert list(rows) == ["CNY", "JPY", "USD"]  # base currency defaults to USD
    assert rows["CNY"].per_base == Decimal("8.1470") / Decimal("1.1435")
    assert rows["USD"].per_base == 1 and rows["USD"].day == THURSDAY
    assert not rows["USD"].stale


def test_provider_urls_come_from_settings_then_the_environment(database, monkeypatch):
    made: list[tuple[str, str]] = []

    def make(name: str, url: str) -> StubProvider:
        made.append((name, url))
        return StubProvider(name, {THURSDAY: ECB_DAY})

    with database.session() as s:
        s.add(Setting(key="fx_frankfurter_url", value="http://127.0.0.1:9/frank/"))
    monkeypatch.setenv("SELLER_DESK_ECB_URL", "http://127.0.0.1:8/ecb/")
    rates = RatesService(database, make_provider=make)
    assert rates.provider_url("forex-python") == "https://theratesapi.com/api/"
    rates.provider("ecb")
    rates.provider("frankfurter")
    rates.provider("ecb")
    assert made == [("ecb", "http://127.0.0.1:8/ecb/"),
                    ("frankfurter", "http://127.0.0.1:9/frank/")]
