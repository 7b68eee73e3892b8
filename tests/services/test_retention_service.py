"""Retention on the hand-made shop: every figure checked against arithmetic done by hand."""

from __future__ import annotations

import csv
import math
from datetime import UTC, date, datetime

import numpy as np
import pytest
from sqlalchemy import update

from seller_desk.domain.errors import KnownError
from seller_desk.domain.retention.clv import FEW_CUSTOMERS
from seller_desk.domain.retention.lifecycle import STAGES, Stage
from seller_desk.domain.retention.rfm import SEGMENTS, Segment
from seller_desk.services.retention.campaigns import CampaignService
from seller_desk.services.retention.filters import RetentionFilter
from seller_desk.services.retention.service import (
    RetentionService,
    cohort_cell,
    segment_members,
    stage_members,
)
from seller_desk.services.retention.winback import HEADER, WinbackService
from seller_desk.store.models import Order, Setting
from tests.factories import make_shop

AS_OF = date(2026, 11, 20)


@pytest.fixture
def shop(database):
    """The factory shop, in UTC, with Bob's E-2001 partly refunded (10.00 of 50.00 back) and
    a test order of Anna's that must count for nothing."""
    made = make_shop(database)
    with database.session() as s:
        s.add(Setting(key="timezone", value="UTC"))
        s.execute(update(Order).where(Order.number == "E-2001").values(
            status="partially_refunded", refunded_minor=1000, refunded_base_minor=1000))
        s.execute(update(Order).where(Order.number == "#1002").values(is_test=False))
        test = s.get(Order, made.orders["#1004"])
        assert test is not None
    with database.session() as s:
        s.execute(update(Order).where(Order.number == "#1004").values(
            customer_id=made.customers["anna"], is_test=True))
    return made


def test_the_figures_of_the_hand_made_shop(database, shop):
    r = RetentionService(database).report(as_of=AS_OF)
    anna, bob = shop.customers["anna"], shop.customers["bob"]
    # Counted: Anna #1001 (4000 EUR @1.1 = 4400) 62 days ago and #1002 (2200) 10 days ago;
    # Bob E-2001 5000 - 1000 refunded = 4000. Cancelled, refunded and the test order are out.
    assert (r.customers, r.orders, r.revenue_minor) == (2, 3, 10600)
    assert r.unknown_revenue_minor == 0  # the guest order became Anna's test order
    assert (r.repeaters, r.repeat_rate) == (1, 0.5)
    # Cohorts: Anna 2026-09 bought in month 0 and month 2 (Nov), not in October; Bob 2026-11.
    m = r.cohorts
    assert m.sizes.tolist() == [1, 1]
    ret = m.retention()
    assert ret[0].tolist() == [1.0, 0.0, 1.0]
    assert ret[1][0] == 1.0 and np.isnan(ret[1][1:]).all()  # after the as-of date: blank
    assert m.revenue_per_customer()[0].tolist() == [4400, 0, 2200]
    assert m.cumulative_revenue_per_customer()[0].tolist() == [4400, 4400, 6600]
    assert cohort_cell(r, int(m.months[0]), 2).tolist() == [anna]
    # RFM: R anna 10 days, bob 5 -> anna has no one worse: 1; bob one worse of 2: 1+floor(2.5)=3.
    # F and M: anna 3, bob 1. FM anna floor(6/2)=3, bob 1 -> At risk and About to sleep.
    segment = {int(c): SEGMENTS[s] for c, s in zip(r.rfm.customer, r.rfm.segment, strict=True)}
    assert segment == {anna: Segment.AT_RISK, bob: Segment.ABOUT_TO_SLEEP}
    assert segment_members(r, SEGMENTS.index(Segment.AT_RISK)).tolist() == [anna]
    # Lifecycle: one gap of 52 days, so C = 52; Anna (2 orders, 10 days) grows, Bob is new.
    assert r.lifecycle.shop_cycle == 52
    stage = {int(c): STAGES[s] for c, s in zip(r.lifecycle.customer, r.lifecycle.stage,
                                                strict=True)}
    assert stage == {anna: Stage.GROWING, bob: Stage.NEW}
    assert stage_members(r, STAGES.index(Stage.NEW)).tolist() == [bob]
    # Time to second order: Anna 52 days; Bob censored at 5.
    times = dict(zip(r.second_order.customer.tolist(), r.second_order.days.tolist(),
                     strict=True))
    assert times == {anna: 52, bob: 5}
    # Two customers are far too few for the models: the screen is told so.
    assert FEW_CUSTOMERS in r.warnings or r.fit.error


def test_filters_pick_customers_by_where_and_what_they_first_bought(database, shop):
    service = RetentionService(database)
    anna, bob = shop.customers["anna"], shop.customers["bob"]

    def who(**kw):
        return service.report(RetentionFilter(**kw), as_of=AS_OF).summary.customer.tolist()

    assert who(marketplaces=("etsy",)) == [bob]  # Bob's first counted order was on Etsy
    assert who(countries=("DE",)) == [anna]
    assert who(first_skus=("MUG-01",)) == [bob]  # Anna's first order was lamps only
    assert who(cohort_from=date(2026, 10, 1)) == [bob]
    assert who(cohort_to=date(2026, 9, 30)) == [anna]
    assert who(countries=("FR",)) == []


def test_an_as_of_date_in_the_past_sees_only_what_had_happened(database, shop):
    r = RetentionService(database).report(as_of=date(2026, 10, 1))
    assert (r.customers, r.orders, r.revenue_minor) == (1, 1, 4400)


def test_the_cache_notices_a_change(database, shop):
    service = RetentionService(database)
    assert service.report(as_of=AS_OF).orders == 3
    with database.session() as s:
        # As every writer of orders does, the change stamps the order.
        s.execute(update(Order).where(Order.number == "#1002").values(
            status="cancelled", updated_at=datetime.now(UTC)))
    assert service.report(as_of=AS_OF).orders == 2


def test_customer_lists_rank_and_carry_reasons(database, shop):
    service = RetentionService(database)
    r = service.report(as_of=AS_OF)
    listed = service.customer_list(r, r.summary.customer, "spend", limit=1)
    assert listed.total == 2 and len(listed.rows) == 1
    row = listed.rows[0]
    assert (row.name, row.spend_minor, row.orders) == ("Anna Müller", 6600, 2)
    assert row.last_order == date(2026, 11, 10) and "{" in row.reason.template
    with pytest.raises(ValueError):
        service.customer_list(r, r.summary.customer, "height", 5)


def test_win_back_csv_imports_as_is(database, shop, tmp_path):
    service = RetentionService(database)
    r = service.report(as_of=AS_OF)
    path = tmp_path / "winback.csv"
    result = WinbackService(database, service).export_csv(
        r.summary.customer.tolist(), path, "At risk", report=r)
    assert (result.written, result.skipped_no_email, result.skipped_no_consent) == (2, 0, 0)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # a BOM would hide the first header
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    assert tuple(rows[0]) == HEADER and rows[0][0] == "Email Address"
    by_email = {row[0]: dict(zip(HEADER, row, strict=True)) for row in rows[1:]}
    anna = by_email["anna@example.de"]
    assert (anna["First Name"], anna["Last Name"], anna["Country"]) == ("Anna", "Müller", "DE")
    assert anna["Last Products"] == "MUG-01" and anna["Coupon Code"].startswith("COMEBACK")


def test_win_back_csv_that_cannot_be_written_says_so_and_leaves_nothing(database, shop, tmp_path):
    service = RetentionService(database)
    with pytest.raises(KnownError):
        WinbackService(database, service).export_csv(
            [shop.customers["anna"]], tmp_path / "missing" / "x.csv")
    assert not (tmp_path / "missing").exists()


def test_campaigns_hold_out_at_random_and_read_out_their_effect(database, shop):
    service = RetentionService(database)
    campaigns = CampaignService(database, service)
    ids = [shop.customers["anna"], shop.customers["bob"]]
    view = campaigns.record("Autumn", "10% off", date(2026, 11, 1), ids, 50, 30, "test", seed=3)
    assert (view.targeted, view.held_out) == (1, 1)
    # Sent 2026-11-01: Anna bought on 11-10 and Bob on 11-15, both within 30 days.
    effect = view.effect
    assert effect is not None and effect.targeted_converted == 1
    assert effect.holdout_converted == 1 and not effect.clear  # two people prove nothing
    with pytest.raises(KnownError):
        campaigns.record(" ", "", date(2026, 11, 1), ids)
    with pytest.raises(KnownError):
        campaigns.record("x", "", date(2026, 11, 1), [])
    campaigns.delete(view.id)
    assert campaigns.campaigns() == ()


def test_an_empty_shop_has_no_figures_and_no_errors(database):
    r = RetentionService(database).report(as_of=AS_OF)
    assert (r.customers, r.orders) == (0, 0) and math.isnan(r.repeat_rate)


def test_the_demo_shop_tells_a_believable_retention_story(database):
    from seller_desk.services.demo import generate_demo
    from seller_desk.services.progress import Job

    generate_demo(database, Job(), orders=4000, seed=11)
    r = RetentionService(database).report()
    assert all(t.customers > 0 for t in r.segments)  # every RFM segment has people
    assert (r.lifecycle.counts() > 0).all()  # and every lifecycle stage
    curve = r.cohorts.average_retention()
    # Decays after the first month, then flattens: the later drop is a fraction of the first.
    assert 0.1 < curve[1] < 0.5 and curve[6] < curve[1]
    assert (curve[1] - curve[6]) > 2 * (curve[6] - curve[12])
    assert r.fit.model is not None and not r.fit.error
