"""Which return policy applies, the built-in defaults, the window and the policy checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.return_policy import (
    EU_COUNTRIES,
    PolicyRule,
    ReturnPolicy,
    out_of_window,
    policy_for,
    validate_policy,
)
from seller_desk.domain.text import CONTEXT_OF

EBAY_DE = ReturnPolicy(60, Decimal(0), False)
EBAY_ANY = ReturnPolicy(30, Decimal(10), True)
ANY_DE = ReturnPolicy(20, Decimal(5), True)
ANY_ANY = ReturnPolicy(45, Decimal("2.5"), False)
RULES = [
    PolicyRule("", "", ANY_ANY),
    PolicyRule("", "DE", ANY_DE),
    PolicyRule("ebay", "", EBAY_ANY),
    PolicyRule("ebay", "DE", EBAY_DE),
]


def test_eu_has_its_27_member_states():
    assert len(EU_COUNTRIES) == 27
    assert {"DE", "FR", "GR", "HR", "IE", "SE"} <= EU_COUNTRIES
    assert not {"GB", "CH", "NO", "EL", "US"} & EU_COUNTRIES


def test_built_in_defaults_without_rules():
    assert policy_for([], "ebay", "DE") == ReturnPolicy(14, Decimal(0), True)
    assert policy_for([], "etsy", "fr") == ReturnPolicy(14, Decimal(0), True)
    assert policy_for([], "ebay", "GB") == ReturnPolicy(30, Decimal(0), True)
    assert policy_for([], "manual", "") == ReturnPolicy(30, Decimal(0), True)


@pytest.mark.parametrize(("marketplace", "country", "expected"), [
    ("ebay", "DE", EBAY_DE),
    ("ebay", "FR", EBAY_ANY),
    ("etsy", "DE", ANY_DE),
    ("etsy", "US", ANY_ANY),
    ("eBay", "de", EBAY_DE),  # as typed by hand: case does not matter
])
def test_the_most_specific_rule_wins(marketplace, country, expected):
    assert policy_for(RULES, marketplace, country) == expected
    assert policy_for(list(reversed(RULES)), marketplace, country) == expected


def test_each_level_falls_back_to_the_next():
    only_country = [PolicyRule("", "DE", ANY_DE)]
    assert policy_for(only_country, "ebay", "DE") == ANY_DE
    assert policy_for(only_country, "ebay", "AT") == ReturnPolicy(14, Decimal(0), True)
    only_market = [PolicyRule("ebay", "", EBAY_ANY)]
    assert policy_for(only_market, "ebay", "US") == EBAY_ANY
    assert policy_for(only_market, "etsy", "US") == ReturnPolicy(30, Decimal(0), True)


def test_window_counts_days_after_the_start():
    policy = ReturnPolicy(14, Decimal(0), True)
    start = date(2025, 3, 1)
    assert not out_of_window(policy, start, date(2025, 3, 15))
    assert out_of_window(policy, start, date(2025, 3, 16))
    assert not out_of_window(policy, start, start)
    assert not out_of_window(ReturnPolicy(0, Decimal(0), True), start, start)
    assert out_of_window(ReturnPolicy(0, Decimal(0), True), start, date(2025, 3, 2))


@pytest.mark.parametrize(("days", "pct"), [
    (0, Decimal(0)), (365, Decimal(100)), (30, Decimal("12.5")),
])
def test_valid_policies_pass(days, pct):
    validate_policy(days, pct)


@pytest.mark.parametrize(("days", "pct", "item"), [
    (-1, Decimal(0), "window_days"),
    (366, Decimal(0), "window_days"),
    (30, Decimal("-0.01"), "restocking_fee_pct"),
    (30, Decimal("100.5"), "restocking_fee_pct"),
    (30, Decimal("NaN"), "restocking_fee_pct"),
    (30, Decimal("Infinity"), "restocking_fee_pct"),
])
def test_invalid_policies_are_refused(days, pct, item):
    with pytest.raises(ValidationError) as caught:
        validate_policy(days, pct)
    assert caught.value.item == item
    assert CONTEXT_OF[caught.value.message] == "returns"


def test_refusals_say_the_allowed_range():
    with pytest.raises(ValidationError, match="from 0 to 365 days, not 400"):
        validate_policy(400, Decimal(0))
    with pytest.raises(ValidationError, match="from 0 to 100 %, not 101 %"):
        validate_policy(30, Decimal(101))
