"""The rates status (newest day, age, stale, used, missing, uncovered) and the window's rows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.services.progress import Cancelled, Job
from seller_desk.services.rates import RatesService
from seller_desk.store.models import ChannelOffer, Order, Setting
from seller_desk.store.types import fold
from tests.factories import make_shop
from tests.services.test_rates import StubProvider

MON, TUE = date(2026, 11, 16), date(2026, 11, 24)
ECB_DAY = {"USD": Decimal("1.1435"), "CNY": Decimal("8.1470"), "JPY": Decimal("172.50"),
           "GBP": Decimal("0.8338")}


def add_order(database, shop, currency: str, days_ago: int) -> None:
    placed = datetime(2026, 11, 24, 12, tzinfo=UTC) - timedelta(days=days_ago)
    number = f"{currency}-{days_ago}"
    with database.session() as s:
        s.add(Order(account_id=shop.shopify, external_id=number, number=number,
                    number_key=fold(number), placed_at=placed, status="paid", buyer_name="X",
                    buyer_name_key="x", currency=currency, subtotal_minor=100, total_minor=100,
                    base_currency="USD", rate_to_base=Decimal("0.03"), total_base_minor=3,
                    item_count=0, updated_at=placed))


def shop_with_rates(database, day: date = MON, today: date = TUE):
    """make_shop (base USD; orders in EUR, USD, JPY; costs in CNY; offers in USD) plus a TWD
    order last week, a GBP order 400 days ago and an offer in AED."""
    shop = make_shop(database)
    add_order(database, shop, "TWD", 7)
    add_order(database, shop, "GBP", 400)
    with database.session() as s:
        s.add(ChannelOffer(listing_id=shop.listings["mug"], account_id=shop.etsy,
                           price_minor=9900, currency="AED"))
    rates = RatesService(database, {"ecb": StubProvider("ecb", {day: ECB_DAY})},
                         today=lambda: today)
    with database.session() as s:
        s.add(Setting(key="fx_providers", value="ecb"))
    return rates


def test_status_with_nothing_stored(database):
    status = RatesService(database, today=lambda: TUE).status()
    assert not status.has_rates and status.newest_day is None and status.sources == ()
    assert status.age_business_days is None and not status.stale
    # The base currency (USD by default) is used even by an empty shop.
    assert status.used == ("USD",) and status.missing == ("USD",) and status.last_fetched is None


def test_status_stale_missing_and_uncovered(database):
    rates = shop_with_rates(database)
    before = datetime.now(UTC)
    rates.update()
    status = rates.status()
    assert (status.newest_day, status.sources, status.base) == (MON, ("ecb",), "USD")
    # 17, 18, 19, 20, 23 and 24 November have passed: more than the 3 allowed.
    assert status.age_business_days == 6 and status.stale and status.stale_after == 3
    assert status.last_fetched is not None and status.last_fetched >= before - timedelta(
        seconds=1)
    # GBP's only order is 400 days old; AED comes from an offer, CNY from the costs.
    assert status.used == ("AED", "CNY", "EUR", "JPY", "TWD", "USD")
    assert status.missing == ("AED", "TWD")
    assert status.uncovered == ("AED", "TWD") == status.needs_manual


def test_the_stale_threshold_is_a_setting(database):
    rates = shop_with_rates(database)
    rates.update()
    with database.session() as s:
        s.add(Setting(key="fx_stale_days", value="6"))
    status = rates.status()
    assert status.age_business_days == 6 and not status.stale and status.stale_after == 6


def test_fresh_rates_and_a_manual_rate_clears_the_missing_mark(database):
    rates = shop_with_rates(database, day=TUE)
    rates.update()
    rates.set_manual("TWD", "35.20", TUE, per_unit_of="EUR")
    rates.set_manual("AED", "4.2", date(2026, 11, 25), per_unit_of="EUR")  # a day ahead
    status = rates.status()
    assert status.age_business_days == 0 and not status.stale
    # A typed rate says nothing of the providers' freshness: the newest day stays theirs.
    assert status.newest_day == TUE and status.sources == ("ecb",)
    assert status.missing == () and status.needs_manual == ()
    assert status.uncovered == ("AED", "TWD")


def test_only_typed_rates_are_judged_by_themselves(database):
    rates = RatesService(database, today=lambda: TUE)
    rates.set_manual("TWD", "35.20", MON)
    status = rates.status()
    assert (status.newest_day, status.sources, status.age_business_days) == (
        MON, ("manual",), 6)
    assert status.last_fetched is None  # nothing came from a provider


def test_window_rows_per_base_with_names_and_marks(database):
    rates = shop_with_rates(database)
    rates.update()
    table = rates.table()
    assert (table.day, table.base) == (TUE, "USD")
    codes = [line.currency for line in table.lines]
    # The shop's own currencies first, then the others stored.
    assert codes == ["AED", "CNY", "EUR", "JPY", "TWD", "USD", "GBP"]
    by_code = {line.currency: line for line in table.lines}
    cny = by_code["CNY"]
    assert cny.per_eur == Decimal("8.1470") and cny.per_base == Decimal("8.1470") / Decimal(
        "1.1435")
    assert (cny.day, cny.source, cny.age_business_days, cny.stale, cny.used) == (
        MON, "ecb", 6, True, True)
    assert cny.name and "yuan" in cny.name.lower()
    assert by_code["USD"].per_base == 1 and by_code["USD"].symbol == "$"
    assert by_code["EUR"].per_base == 1 / Decimal("1.1435") and by_code["EUR"].day == MON
    twd = by_code["TWD"]
    assert not twd.has_rate and twd.needs_manual and twd.per_base is None and twd.day is None
    assert not by_code["GBP"].used and not by_code["GBP"].needs_manual
    assert table.status.missing == ("AED", "TWD")


def test_window_rows_on_an_earlier_day_and_without_a_base_rate(database):
    rates = shop_with_rates(database)
    rates.update()
    earlier = rates.table(date(2026, 11, 13))
    assert all(not line.has_rate or line.currency == "EUR" for line in earlier.lines)
    assert {line.currency for line in earlier.lines} == {"AED", "CNY", "EUR", "JPY", "TWD",
                                                         "USD"}
    eur = next(line for line in earlier.lines if line.currency == "EUR")
    assert eur.per_eur == 1 and eur.per_base is None  # no USD rate yet to price it in


def test_refresh_due_reads_the_newest_provider_day(database):
    rates = shop_with_rates(database, day=date(2026, 11, 23))
    assert rates.refresh_due(datetime(2026, 11, 24, 9, tzinfo=UTC))  # nothing stored
    rates.update()
    rates.set_manual("TWD", "35.2", TUE)  # a typed rate for today does not count
    assert not rates.refresh_due(datetime(2026, 11, 24, 9, tzinfo=UTC))
    assert rates.refresh_due(datetime(2026, 11, 24, 16, tzinfo=UTC))  # 17:00 in Berlin
    assert rates.update_if_due(now=datetime(2026, 11, 24, 9, tzinfo=UTC)) is None
    outcome = rates.update_if_due(now=datetime(2026, 11, 24, 16, tzinfo=UTC))
    assert outcome is not None and outcome.provider == "ecb"


def test_fetch_waits_on_the_network_and_store_writes_once(database):
    rates = shop_with_rates(database)
    fetched = rates.fetch()
    assert (fetched.provider, fetched.failures) == ("ecb", ())
    assert rates.status().newest_day is None  # nothing stored yet
    stopped = Job()
    stopped.cancel()
    with pytest.raises(Cancelled):
        rates.store(fetched, stopped)
    assert rates.status().newest_day is None
    outcome = rates.store(fetched)
    assert (outcome.provider, outcome.days, outcome.new) == ("ecb", (MON,), 4)
    assert rates.fetch_if_due(now=datetime(2026, 11, 17, 9, tzinfo=UTC)) is None
