"""Profit reads and writes in the store: rate history, forgetting costs, sums by group."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select, update

from seller_desk.domain.fx import DayRates
from seller_desk.store.models import Order, OrderLine
from seller_desk.store.queries.fx import store_rates
from seller_desk.store.queries.profit import listing_groups, order_groups, period_sums
from seller_desk.store.queries.profit_costing import (
    forgotten_costs,
    rate_history,
    reset_incomplete,
    uncosted_ids,
)
from tests.factories import NOW, make_shop


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


def test_reset_forgets_and_sums_skip_orders_without_a_margin(database):
    make_shop(database)
    with database.read_session() as s:
        assert len(uncosted_ids(s)) == 6
        assert order_groups(s, "USD", None, None) == []
    with database.session() as s:
        s.execute(update(Order).values(margin_base_minor=5, marketplace_fee_minor=1,
                                       revenue_base_minor=Order.id * 100,
                                       cost_incomplete=Order.id != 6))
        s.execute(update(OrderLine).values(revenue_base_minor=OrderLine.id * 10,
                                           counts_order=OrderLine.id != 4))
    with database.read_session() as s:
        assert len(uncosted_ids(s)) == 0
        groups = dict(order_groups(s, "USD", None, None))
        lines = dict(listing_groups(s, "USD", None, None))
        summed, negative = period_sums(s, "USD", None, None)
    # Counted orders only: #1001 (1), #1002 (2), E-2001 (3, two lines), #1004 (6).
    assert {key: (g.orders, g.revenue) for key, g in groups.items()} == {
        (1, "EUR", "DE"): (2, 300), (2, "USD", "US"): (1, 300), (1, "JPY", "JP"): (1, 600)}
    assert (summed.orders, summed.revenue, summed.units, negative) == (4, 1200, 6, 0)
    assert summed.incomplete == 3 and groups[(1, "JPY", "JP")].incomplete == 0
    # Lines 1 and 3 (lamp of #1001, E-2001) and 7 (#1004); 2 and 4 (mug of #1002, E-2001),
    # line 4 not counting its order.
    assert {key: (g.orders, g.units, g.revenue) for key, g in lines.items()} == {
        (1, ""): (3, 4, 110), (2, ""): (1, 2, 60)}
    with database.session() as s:
        assert reset_incomplete(s) == 5  # all but #1004 were costed without some cost
        s.execute(update(Order).where(Order.id == 1).values(fees_estimated=False,
                                                            margin_base_minor=5))
        s.execute(update(Order).values(forgotten_costs()))
        fees = dict(s.execute(select(Order.id, Order.marketplace_fee_minor)).all())
        margins = set(s.scalars(select(Order.margin_base_minor)))
    assert fees[1] == 1 and fees[2] is None and margins == {None}
