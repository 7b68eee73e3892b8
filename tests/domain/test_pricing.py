"""The price formula, the minimum-margin floor, VAT, rule checks and the rate-move test."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.fx import convert_minor
from seller_desk.domain.money import round_to_minor
from seller_desk.domain.price_endings import EXACT, Ending, parse_ending
from seller_desk.domain.price_rule_input import RuleFields, fields_of, rule_from_fields
from seller_desk.domain.pricing import (
    CostConverter,
    MarketRule,
    check_rule,
    offer_margin,
    quote,
    rate_alert,
    rate_moved,
)

D = Decimal
USD_99 = parse_ending(".99", "USD")


def test_usd_charm_example():
    rule = MarketRule("USD", marketplace_fee_pct=D("13.25"), shipping_minor=499,
                      fixed_fee_minor=30)
    # P = (10.00 + 4.99 + 0.30) / (1 - 0.1325 - 0.30) = 26.9427…, nearest .99: 26.99
    q = quote(1000, rule, USD_99)
    assert (q.shelf_minor, q.net_minor, q.gross_minor, q.floor_applied) == (2699, 2699, 2699,
                                                                          False)
    assert q.margin_pct == (D(2699) * D("0.8675") - 1529) * 100 / 2699
    assert round(q.margin_pct, 2) == D("30.10")
    assert offer_margin(2699, 1000, rule) == q.margin_pct


def test_jpy_step_of_ten_example():
    rule = MarketRule("JPY", marketplace_fee_pct=D(15), target_margin_pct=D(25))
    q = quote(1500, rule, parse_ending("10", "JPY"))
    assert q.shelf_minor == 2500 and q.margin_pct == 25
    assert quote(1503, rule, parse_ending("10", "JPY")).shelf_minor == 2510  # 2505 -> up


def test_eur_with_19_percent_vat_included():
    rule = MarketRule("EUR", marketplace_fee_pct=D("6.5"), payment_fee_pct=D(3),
                      shipping_minor=390, vat_pct=D(19), prices_include_vat=True)
    q = quote(800, rule, parse_ending(".99", "EUR"))
    # net P = 11.90 / (1 - 0.095 * 1.19 - 0.30) = 20.274…, shelf (with VAT) 24.126…: 23.99
    assert q.shelf_minor == q.gross_minor == 2399
    assert q.net_minor == round_to_minor(D("23.99") / D("1.19"), "EUR") == 2016
    assert round(q.margin_pct, 2) == D("29.67") and not q.floor_applied
    # margin = (P - C - S - fees on the gross) / P, P the price without VAT
    net = D("23.99") / D("1.19")
    expected = (net - D("11.90") - D("0.095") * D("23.99")) / net * 100
    assert abs(q.margin_pct - expected) < D("1e-20")
    # A floor above what rounding down left: one ending up.
    floored = quote(800, replace(rule, min_margin_pct=D("29.9")),
                    parse_ending(".99", "EUR"))
    assert floored.shelf_minor == 2499 and floored.floor_applied
    assert floored.margin_pct >= D("29.9")


def test_vat_on_top_when_prices_exclude_it():
    rule = MarketRule("USD", vat_pct=D(10), target_margin_pct=D(50), min_margin_pct=D(0))
    q = quote(1000, rule, EXACT)
    assert q.shelf_minor == q.net_minor == 2000 and q.gross_minor == 2200
    assert q.margin_pct == 50


def test_impossible_rule_names_the_market():
    rule = MarketRule("USD", marketplace_fee_pct=D(50), payment_fee_pct=D(20),
                      target_margin_pct=D(30), market="Etsy Shop · USD")
    with pytest.raises(ValidationError) as caught:
        quote(1000, rule, USD_99)
    assert caught.value.item == "Etsy Shop · USD" and "Etsy Shop · USD" in str(caught.value)
    with pytest.raises(ValidationError):
        check_rule(rule)


def test_negative_cost_is_refused():
    with pytest.raises(ValidationError):
        quote(-1, MarketRule("USD"), EXACT)


@pytest.mark.parametrize(("fields", "item"), [
    (RuleFields(marketplace_fee_pct="101"), "marketplace_fee_pct"),
    (RuleFields(payment_fee_pct="-1"), "payment_fee_pct"),
    (RuleFields(vat_pct="abc"), "vat_pct"),
    (RuleFields(target_margin_pct="10", min_margin_pct="20"), "min_margin_pct"),
    (RuleFields(shipping="-4.99"), "shipping"),
    (RuleFields(fixed_fee="0.305"), "fixed_fee"),
    (RuleFields(rounding=".999"), "rounding"),
])
def test_rule_fields_are_checked_one_by_one(fields, item):
    with pytest.raises(ValidationError) as caught:
        rule_from_fields("USD", fields)
    assert caught.value.item == item


def test_rule_fields_round_trip():
    fields = RuleFields("6,5", "3 %", "30", "12.5", "4.99", "0.30", "19", True, ".95")
    rule = rule_from_fields(" eur ", fields)
    assert rule.currency == "EUR" and rule.marketplace_fee_pct == D("6.5")
    assert rule.shipping_minor == 499 and rule.fixed_fee_minor == 30
    assert fields_of(rule) == RuleFields("6.5", "3", "30", "12.5", "4.99", "0.30", "19", True,
                                         ".95")
    with pytest.raises(ValidationError) as caught:
        rule_from_fields("EURO", RuleFields())
    assert caught.value.item == "currency"


def test_rate_move_test():
    assert rate_moved(D("7.50"), D("7.20"), D(3))      # +4.2 %
    assert not rate_moved(D("7.41"), D("7.20"), D(3))  # +2.9 %
    assert rate_moved(D("6.90"), D("7.20"), D(3))      # -4.2 %
    assert not rate_moved(D("7.416"), D("7.20"), D(3))  # exactly 3 %: not more than
    assert rate_alert(D("7.5"), D("7.2"), D(3), D("8"), D("10"))
    assert not rate_alert(D("7.5"), D("7.2"), D(3), D("12"), D("10"))


pct = st.decimals(min_value=0, max_value=40, places=2)
rules = st.builds(
    MarketRule, currency=st.sampled_from(["USD", "EUR", "JPY", "KWD"]),
    marketplace_fee_pct=pct, payment_fee_pct=st.decimals(min_value=0, max_value=10, places=2),
    target_margin_pct=pct, min_margin_pct=pct,
    shipping_minor=st.integers(0, 5000), fixed_fee_minor=st.integers(0, 100),
    vat_pct=st.sampled_from([D(0), D(7), D(19), D("20"), D("27")]),
    prices_include_vat=st.booleans())
ending_pairs = st.sampled_from([(1, 0), (100, 99), (100, 95), (10, 0), (500, 0), (1000, 990)])
costs = st.integers(0, 10**8)


def _possible(rule: MarketRule) -> bool:
    return 1 - rule.fee_share - rule.target_margin_pct / 100 > 0 and (
        rule.min_margin_pct <= rule.target_margin_pct)


@given(rules, ending_pairs, costs)
def test_quoted_price_lands_on_an_ending_and_keeps_the_minimum_margin(rule, pair, cost):
    assume(_possible(rule))
    ending = Ending(*pair)
    q = quote(cost, rule, ending)
    assert ending.lands_on(q.shelf_minor)
    assert q.margin_pct >= rule.min_margin_pct
    assert q.margin_pct == offer_margin(q.shelf_minor, cost, rule)
    exact = rule.shelf_factor * (cost + rule.shipping_minor + rule.fixed_fee_minor) / (
        1 - rule.fee_share - rule.target_margin_pct / 100)
    if not q.floor_applied:
        assert q.shelf_minor == ending.nearest(exact)
    else:
        # The floor moves up by whole ending steps and no further than it must.
        below = q.shelf_minor - ending.period
        assert q.shelf_minor > ending.nearest(exact)
        assert below < ending.nearest(exact) or offer_margin(below, cost, rule) < (
            rule.min_margin_pct)


@given(rules, ending_pairs, costs)
def test_net_and_gross_agree_with_the_vat_rate(rule, pair, cost):
    assume(_possible(rule))
    q = quote(cost, rule, Ending(*pair))
    vat = rule.vat_factor
    digits = {"USD": 2, "EUR": 2, "JPY": 0, "KWD": 3}[rule.currency]
    if rule.prices_include_vat:
        assert q.gross_minor == q.shelf_minor
        assert q.net_minor == round_to_minor(D(q.shelf_minor).scaleb(-digits) / vat,
                                             rule.currency)
    else:
        assert q.net_minor == q.shelf_minor
        assert q.gross_minor == round_to_minor(D(q.shelf_minor).scaleb(-digits) * vat,
                                               rule.currency)
    # Either way the two differ by the VAT, to within the one rounding.
    assert abs(q.net_minor * vat - q.gross_minor) <= vat / 2


@given(rules, costs)
def test_unrounded_target_price_earns_the_target_margin(rule, cost):
    assume(_possible(rule) and cost + rule.shipping_minor + rule.fixed_fee_minor > 0)
    base = cost + rule.shipping_minor + rule.fixed_fee_minor
    shelf = rule.shelf_factor * base / (1 - rule.fee_share - rule.target_margin_pct / 100)
    keep = 1 - rule.fee_share
    margin = (shelf * keep - rule.shelf_factor * base) * 100 / shelf
    assert abs(margin - rule.target_margin_pct) < D("1e-20")


@given(st.decimals(min_value=D("0.0001"), max_value=1000, places=4),
       st.decimals(min_value=D("0.0001"), max_value=1000, places=4),
       st.decimals(min_value=0, max_value=50, places=1))
def test_rate_move_agrees_with_the_division(now, then, threshold):
    exact = abs(Fraction(now) / Fraction(then) - 1) * 100
    assert rate_moved(now, then, threshold) == (exact > Fraction(threshold))


currencies = st.sampled_from(["USD", "JPY", "KWD", "CNY", "EUR"])
rates = st.decimals(min_value=D("0.000001"), max_value=D("100000"), places=6).filter(
    lambda r: r > 0)


@given(currencies, currencies, rates, st.integers(0, 10**12), st.integers(1, 10**6))
def test_cost_converter_matches_convert_minor(from_cur, to_cur, rate, minor, divisor):
    # Cross rates are 28-digit quotients; try those too, not only short decimals.
    for r in (rate, rate / divisor):
        assert CostConverter(from_cur, to_cur, r)(minor) == convert_minor(minor, from_cur,
                                                                            to_cur, r)
