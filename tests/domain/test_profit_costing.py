from decimal import Decimal

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from seller_desk.domain.fx import convert_minor
from seller_desk.domain.order_costing import (
    GAP_NO_LISTING,
    GAP_NO_RATE,
    GAP_NONE,
    Known,
    LineBatch,
    OrderBatch,
    cost_batch,
)
from seller_desk.domain.profit import FeeRule, default_fee_rule
from seller_desk.domain.rate_history import RateHistory

HISTORY = RateHistory({"CNY": ([10], [Decimal("7.8")]), "USD": ([5], [Decimal("1.1")])})
EURO_RULE = FeeRule(Decimal("10"), Decimal("2"), 30, "EUR", shipping_minor=500)


def ints(values):
    return np.array(values, dtype=np.int64)


def batch():
    orders = OrderBatch(
        pair=ints([0, 1, 2, 0]),
        pairs=[("USD", Decimal(1)), ("EUR", Decimal("1.2")), ("JPY", Decimal("0.0066"))],
        day=ints([12, 12, 7, 12]),
        total=ints([10000, 5000, 3000, 1000]),
        tax=ints([0, 800, 0, 0]),
        refunded=ints([0, 0, 0, 0]),
        marketplace_fee=Known.of([None, None, None, 100]),
        payment_fee=Known.of([None, None, None, 50]),
        shipping_cost=Known.of([None, None, None, 200]),
        rule=ints([0, 1, 2, 0]),
        rules=[default_fee_rule("etsy"), EURO_RULE, default_fee_rule("shopify")],
        return_cost=ints([0, 0, 0, 150]),
    )
    lines = LineBatch(
        order=ints([0, 1, 1, 2, 3]),
        quantity=ints([2, 1, 1, 1, 1]),
        total=ints([10000, 3000, 1200, 3000, 1000]),
        item=ints([0, 1, -1, 0, 0]),
        items=[(1500, "CNY"), (1000, "EUR")],
        cost=Known.of([None, None, None, None, 300]),
    )
    return orders, lines


def test_a_worked_batch():
    orders, lines = batch()
    done = cost_batch(orders, lines, "USD", HISTORY)
    # Etsy: 6.5 % and 3 % + 0.25 USD of 100.00 USD; goods 2 x 15.00 CNY at 1.1 / 7.8.
    assert done.marketplace_fee.tolist()[0] == 650
    assert done.payment_fee.tolist()[0] == 325
    assert done.rates[done.line_rate[0]] == Decimal("0.141025641026")
    assert done.line_cost[0] == 423
    assert done.margin[0] == 10000 - 650 - 325 - 423
    # The market's own rule in euros: 10 %, 2 % + 0.30 EUR, a 5.00 EUR label, at 1.2.
    assert (done.marketplace_fee[1], done.payment_fee[1], done.shipping_cost[1]) == (500, 130,
                                                                                     600)
    assert (done.revenue[1], done.marketplace_fee_base[1], done.payment_fee_base[1]) == (
        5040, 600, 156)
    assert done.rates[done.line_rate[1]] == Decimal("1.2")
    assert done.line_cost[1] == 1200 and done.line_gap[2] == GAP_NO_LISTING
    assert done.margin[1] == 5040 - 600 - 156 - 1200 - 600
    # Shopify's 0.30 USD fixed fee in yen; no CNY rate yet on day 7.
    assert done.payment_fee[2] == 87 + 45
    assert done.line_gap[3] == GAP_NO_RATE and done.missing == {"CNY": 7}
    assert done.currencies[done.line_lacking[3]] == "CNY"
    assert done.margin[2] == 1980 - convert_minor(132, "JPY", "USD", Decimal("0.0066"))
    # Known figures are kept; a line costed before is not costed again.
    assert (done.marketplace_fee[3], done.payment_fee[3], done.shipping_cost[3]) == (100, 50, 200)
    assert done.margin[3] == 1000 - 100 - 50 - 300 - 200 - 150  # its returns cost 1.50
    assert done.line_new.tolist() == [True, True, False, False, False]
    assert done.line_gap[4] == GAP_NONE
    assert done.incomplete.tolist() == [False, True, True, False]
    assert done.cost.tolist() == [423, 1200, 0, 300]


def test_each_line_gets_its_share_of_the_order():
    orders, lines = batch()
    done = cost_batch(orders, lines, "USD", HISTORY)
    revenue, marketplace, payment, shipping, returns = (s.tolist() for s in done.line_shares)
    # Order 1's two lines split 30.00 : 12.00 EUR; the parts add up to the order's figures.
    assert revenue[1:3] == [3600, 1440] and sum(revenue[1:3]) == done.revenue[1]
    assert marketplace[1:3] == [429, 171] and payment[1:3] == [111, 45]
    assert shipping[1:3] == [429, 171] and sum(shipping[1:3]) == done.shipping_cost[1]
    # A line alone in its order takes the whole of every figure.
    assert (revenue[0], marketplace[0], payment[0], shipping[0]) == (
        done.revenue[0], done.marketplace_fee_base[0], done.payment_fee_base[0],
        done.shipping_cost[0])
    assert revenue[4] == 1000 and shipping[4] == 200 and returns[4] == 150


def test_a_missing_rate_for_the_fixed_fee_is_reported():
    orders, lines = batch()
    rule = FeeRule(Decimal(0), Decimal(0), 100, "GBP", shipping_minor=100)
    orders = OrderBatch(**{**orders.__dict__, "rules": [rule, rule, rule]})
    done = cost_batch(orders, lines, "USD", HISTORY)
    assert done.missing["GBP"] == 7
    assert done.incomplete.tolist() == [True, True, True, False]
    assert done.order_lacking[0] >= 0 and done.order_lacking[3] == -1
    assert done.payment_fee[0] == 0 and done.shipping_cost[0] == 0


def test_nothing_to_cost():
    empty = ints([])
    orders = OrderBatch(empty, [], empty, empty, empty, empty, Known.of([]), Known.of([]),
                        Known.of([]), empty, [], empty)
    lines = LineBatch(empty, empty, empty, empty, [], Known.of([]))
    done = cost_batch(orders, lines, "USD", HISTORY)
    assert done.margin.size == 0 and done.line_cost.size == 0


@given(st.lists(st.tuples(st.integers(min_value=0, max_value=10**8),
                          st.sampled_from(["USD", "EUR", "JPY", "CNY"]),
                          st.integers(min_value=1, max_value=20),
                          st.integers(min_value=0, max_value=10**6)),
                min_size=1, max_size=25))
def test_each_margin_is_its_parts(rows):
    pairs = [("USD", Decimal(1)), ("EUR", Decimal("1.08")), ("JPY", Decimal("0.0067")),
             ("CNY", Decimal("0.14"))]
    codes = {c: i for i, (c, _r) in enumerate(pairs)}
    n = len(rows)
    orders = OrderBatch(
        pair=ints([codes[c] for _t, c, _q, _u in rows]), pairs=pairs, day=ints([12] * n),
        total=ints([t for t, _c, _q, _u in rows]), tax=ints([t // 10 for t, *_ in rows]),
        refunded=ints([0] * n), marketplace_fee=Known.of([None] * n),
        payment_fee=Known.of([None] * n), shipping_cost=Known.of([None] * n),
        rule=ints([0] * n), rules=[default_fee_rule("etsy")], return_cost=ints([0] * n))
    lines = LineBatch(order=ints(range(n)), quantity=ints([q for _t, _c, q, _u in rows]),
                      total=ints([t for t, *_ in rows]), item=ints([0] * n),
                      items=[(777, "CNY")], cost=Known.of([None] * n))
    done = cost_batch(orders, lines, "USD", HISTORY)
    for i, (total, currency, quantity, _u) in enumerate(rows):
        rate = pairs[codes[currency]][1]
        revenue = convert_minor(total - total // 10, currency, "USD", rate)
        mf = convert_minor(int(done.marketplace_fee[i]), currency, "USD", rate)
        pf = convert_minor(int(done.payment_fee[i]), currency, "USD", rate)
        cost_rate = rate if currency == "CNY" else done.rates[done.line_rate[i]]
        cost = convert_minor(quantity * 777, "CNY", "USD", cost_rate)
        assert done.margin[i] == revenue - mf - pf - cost
