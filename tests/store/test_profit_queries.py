"""Profit reads and writes in the store: codes for short texts, rate history, fingerprints."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import literal, select, update

from seller_desk.domain.fx import DayRates
from seller_desk.store.bulk_read import integer_columns
from seller_desk.store.models import Order
from seller_desk.store.queries.fx import store_rates
from seller_desk.store.queries.profit import code_text, fingerprint, text_code
from seller_desk.store.queries.profit_costing import (
    forgotten_costs,
    rate_history,
    reset_incomplete,
    uncosted_ids,
)
from tests.factories import NOW, make_shop


def test_short_texts_travel_as_integers(database):
    with database.read_session() as s:
        codes = integer_columns(s, select(text_code(literal("DE"), 2), text_code(literal(""), 2),
                                         text_code(literal("JPY"), 3),
                                         text_code(literal("Ü"), 2)), 4)
    assert [code_text(int(c[0]), w) for c, w in zip(codes, (2, 2, 3, 2), strict=True)] == [
        "DE", "", "JPY", "Ü"]


def test_rate_history_prefers_the_sellers_own_rate(database):
    day = date(2026, 5, 4)
    with database.session() as s:
        store_rates(s, [DayRates(day, {"CNY": Decimal("7.8")}, "ecb"),
                        DayRates(day, {"CNY": Decimal("7.5")}, "manual"),
                        DayRates(date(2026, 5, 1), {"CNY": Decimal("7.7")}, "ecb"),
                        DayRates(day, {"GBP": Decimal("0.85")}, "ecb")], NOW)
    with database.read_session() as s:
        history = rate_history(s, ["CNY", "USD"])
    assert history == {"CNY": ([date(2026, 5, 1).toordinal(), day.toordinal()],
                               [Decimal("7.7"), Decimal("7.5")])}


def test_fingerprint_moves_with_margins_and_reset_forgets(database):
    make_shop(database)
    with database.read_session() as s:
        before = fingerprint(s)
        assert len(uncosted_ids(s)) == 6
    with database.session() as s:
        s.execute(update(Order).values(margin_base_minor=5, marketplace_fee_minor=1))
    with database.read_session() as s:
        assert fingerprint(s) != before and len(uncosted_ids(s)) == 0
    with database.session() as s:
        assert reset_incomplete(s) == 6  # no line has its cost yet
        s.execute(update(Order).where(Order.id == 1).values(fees_estimated=False,
                                                            margin_base_minor=5))
        s.execute(update(Order).values(forgotten_costs()))
        fees = dict(s.execute(select(Order.id, Order.marketplace_fee_minor)).all())
        margins = set(s.scalars(select(Order.margin_base_minor)))
    assert fees[1] == 1 and fees[2] is None and margins == {None}
