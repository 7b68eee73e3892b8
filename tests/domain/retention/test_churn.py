import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.errors import fill_params
from seller_desk.domain.retention import churn
from seller_desk.domain.retention.churn import ChurnRisk, Reason, churn_risk, reason
from seller_desk.domain.text import CONTEXT_OF, Label

NAN = math.nan


def one(repeat, gap, usual_gap=NAN, chance=0.5, age=None, shop_cycle=60.0) -> ChurnRisk:
    return churn_risk(
        np.array([1]), np.array([repeat]), np.array([chance]), np.array([chance]),
        np.array([gap]), np.array([usual_gap]), np.array([gap if age is None else age]),
        shop_cycle,
    )


def text(found: Reason) -> str:
    return fill_params(found.template, found.params)


def test_risk_comes_from_the_model_or_the_survival_curve():
    risk = churn_risk(
        customer=np.array([10, 11, 12, 13]),
        repeat=np.array([True, True, False, False]),
        p_alive=np.array([0.8, 1.2, 1.0, 1.0]),  # 1.0 for one-time buyers: ignored
        come_back=np.array([0.9, 0.9, 0.25, NAN]),  # used for one-time buyers only
        gap=np.array([5, 50, 30, 400]),
        usual_gap=np.array([20.0, 40.0, 45.0, 45.0]),
        age=np.array([300, 400, 30, 400]),
        shop_cycle=45.0,
    )
    # 1 - 0.8 = 0.2; 1.2 clipped to 1 -> 0; 1 - 0.25 = 0.75; unknown stays unknown.
    assert risk.risk[:3] == pytest.approx([0.2, 0.0, 0.75])
    assert math.isnan(risk.risk[3])
    assert risk.come_back[:3] == pytest.approx([0.8, 1.0, 0.25])
    # One-time buyers have no usual gap of their own, whatever the caller passed.
    assert risk.usual_gap[:2].tolist() == [20.0, 40.0]
    assert np.isnan(risk.usual_gap[2:]).all()
    assert risk.first_gap.tolist() == [300, 400, 30, 400]
    assert len(risk) == 4
    # Highest risk first, unknown last.
    assert risk.ranking().tolist() == [2, 0, 1, 3]


def test_ranking_breaks_ties_by_customer():
    risk = churn_risk(np.array([9, 3, 5]), np.array([True] * 3), np.array([0.5, 0.5, 0.9]),
                      np.zeros(3), np.array([1, 2, 3]), np.full(3, 30.0), np.array([1, 2, 3]))
    assert risk.customer[risk.ranking()].tolist() == [3, 9, 5]


def test_empty():
    empty = np.zeros(0, dtype=np.int64)
    risk = churn_risk(empty, empty.astype(bool), empty * 1.0, empty * 1.0, empty,
                      empty * 1.0, empty)
    assert len(risk) == 0 and risk.ranking().size == 0


@pytest.mark.parametrize(("risk", "expected"), [
    # Repeat buyers: gap vs own cycle (not due <= 1x, overdue <= 3x, long overdue beyond).
    (one(True, 170, 60.0), "No order for 170 days; usually buys every 60 days."),
    (one(True, 60, 60.0),
     "Last order 60 days ago; usually buys every 60 days, so the next one is not due yet."),
    (one(True, 180, 60.0), "No order for 180 days; usually buys every 60 days."),  # 3x exactly
    (one(True, 181, 60.0),
     "No order for 181 days, about 3 times the usual 60 days between orders."),
    # 400 / 60 = 6.67 -> about 7 times
    (one(True, 400, 60.0),
     "No order for 400 days, about 7 times the usual 60 days between orders."),
    (one(True, 45, 32.6), "No order for 45 days; usually buys every 33 days."),
    # A usual gap under two days counts as two: 5 days is 2.5x, overdue, not long overdue.
    (one(True, 5, 0.0), "No order for 5 days; usually buys every 2 days."),
    # One-time buyers: new while within the shop's cycle (60), then waiting, then gone.
    (one(False, 20, chance=0.28),
     "One order so far, 20 days ago; 28% of buyers at this point still come back for a second "
     "order."),
    (one(False, 60, chance=0.28),
     "One order so far, 60 days ago; 28% of buyers at this point still come back for a second "
     "order."),
    (one(False, 150, chance=0.12),
     "One order, 150 days ago; only 12% of buyers who have waited this long come back."),
    (one(False, 700, chance=0.004),
     "One order, 700 days ago; buyers who have waited this long hardly ever come back."),
    # Never claims 0% or 100%.
    (one(False, 61, chance=0.001 + churn.GONE_BELOW),
     "One order, 61 days ago; only 2% of buyers who have waited this long come back."),
    (one(False, 10, chance=1.0),
     "One order so far, 10 days ago; 99% of buyers at this point still come back for a second "
     "order."),
    # Without the shop's cycle nobody is called late.
    (one(False, 300, chance=0.1, shop_cycle=NAN),
     "One order so far, 300 days ago; 10% of buyers at this point still come back for a second "
     "order."),
    # Nothing to compare with: just the fact.
    (one(False, 30, chance=NAN), "Last order 30 days ago."),
    (one(True, 30, NAN), "Last order 30 days ago."),
])
def test_reasons_read_naturally(risk, expected):
    assert text(reason(risk, 0)) == expected


@pytest.mark.parametrize(("risk", "expected"), [
    (one(True, 0, 30.0),
     "Last order today; usually buys every 30 days, so the next one is not due yet."),
    (one(True, 1, 30.0),
     "Last order yesterday; usually buys every 30 days, so the next one is not due yet."),
    (one(False, 1, chance=0.001),
     "One order so far, placed yesterday; 1% of buyers at this point still come back for a "
     "second order."),
    (one(False, 0, chance=NAN), "Last order today."),
])
def test_today_and_yesterday_instead_of_0_or_1_days(risk, expected):
    found = reason(risk, 0)
    assert isinstance(found.params["when"], Label)
    assert text(found) == expected
    # The UI translates the Label with the template.
    shouted = fill_params(found.template, found.params, lambda _context, t: t.upper())
    assert found.params["when"].upper() in shouted


def test_every_template_is_marked_for_translation():
    templates = [value for name, value in vars(churn).items()
                 if name.isupper() and isinstance(value, str) and "{" in value]
    assert len(templates) == 10
    assert all(CONTEXT_OF[t] == "retention" for t in templates)
    assert CONTEXT_OF[str(churn.TODAY)] == "retention" and churn.TODAY.context == "retention"


@settings(max_examples=200, deadline=None)
@given(
    st.booleans(),
    st.integers(0, 5000),
    st.one_of(st.just(NAN), st.floats(0, 2000)),
    st.one_of(st.just(NAN), st.floats(0, 1)),
    st.one_of(st.just(NAN), st.floats(30, 400)),
)
def test_every_reason_fills_all_its_placeholders(repeat, gap, usual_gap, chance, shop_cycle):
    found = reason(one(repeat, gap, usual_gap, chance, shop_cycle=shop_cycle), 0)
    shown = text(found)
    assert "{" not in shown and "nan" not in shown
    assert all("{" + key + "}" in found.template for key in found.params)
    if gap >= 2:
        assert str(gap) in shown
