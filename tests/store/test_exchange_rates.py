"""The exchange_rates table (0004): exact decimals, one row per day, currency and source."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from seller_desk.domain.fx import DayRates
from seller_desk.store.models import ExchangeRate
from seller_desk.store.queries.fx import newest_rate, rates_on, store_rates

NOW = datetime(2026, 4, 2, 15, tzinfo=UTC)
DAY = date(2026, 4, 2)


def test_the_migration_makes_the_table_and_its_index(database):
    inspector = inspect(database.engine)
    assert {c["name"] for c in inspector.get_columns("exchange_rates")} == {
        "id", "day", "currency", "per_eur", "source", "fetched_at"}
    assert {i["name"] for i in inspector.get_indexes("exchange_rates")} >= {
        "ix_exchange_rates_currency_day"}


def test_rates_keep_every_digit_and_are_unique_per_day_currency_source(database):
    rate = Decimal("7.43260000000000000000000001")
    with database.session() as s:
        s.add(ExchangeRate(day=DAY, currency="CNY", per_eur=rate, source="ecb", fetched_at=NOW))
        s.add(ExchangeRate(day=DAY, currency="CNY", per_eur=rate, source="manual",
                           fetched_at=NOW))
    with database.session() as s:
        assert newest_rate(s, "CNY", DAY).per_eur == rate
    with pytest.raises(IntegrityError), database.session() as s:
        s.add(ExchangeRate(day=DAY, currency="CNY", per_eur=rate, source="ecb", fetched_at=NOW))


def test_store_rates_inserts_corrects_and_skips(database):
    first = DayRates(DAY, {"USD": Decimal("1.1"), "GBP": Decimal("0.86")}, "ecb")
    with database.session() as s:
        assert store_rates(s, [first], NOW).new == 2
    with database.session() as s:
        written = store_rates(s, [DayRates(DAY, {"USD": Decimal("1.2"), "GBP": Decimal("0.86"),
                                                 "JPY": Decimal(170)}, "ecb")], NOW)
        assert (written.new, written.changed, written.unchanged) == (1, 1, 1)
        assert store_rates(s, [], NOW).new == 0


def test_rates_on_takes_each_currencys_newest_day_and_prefers_manual(database):
    with database.session() as s:
        store_rates(s, [
            DayRates(date(2026, 4, 1), {"USD": Decimal("1.0"), "GBP": Decimal("0.8")}, "ecb"),
            DayRates(DAY, {"USD": Decimal("1.1")}, "ecb"),
            DayRates(DAY, {"USD": Decimal("1.3")}, "manual"),
            DayRates(DAY, {"USD": Decimal("1.2")}, "frankfurter"),
            DayRates(date(2026, 4, 7), {"USD": Decimal("9")}, "ecb"),
        ], NOW)
    with database.session() as s:
        table = rates_on(s, date(2026, 4, 6))
        assert {c: (r.day, r.per_eur, r.source) for c, r in table.items()} == {
            "GBP": (date(2026, 4, 1), Decimal("0.8"), "ecb"),
            "USD": (DAY, Decimal("1.3"), "manual"),
        }
        assert rates_on(s, date(2026, 3, 31)) == {}
