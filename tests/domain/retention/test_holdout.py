import math

import numpy as np
import pytest

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.bgnbd import (
    BgNbdParams,
    expected_purchases,
    expected_purchases_new,
)
from seller_desk.domain.retention.clv import LifetimeModel, fit_lifetime_model
from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.retention.holdout import holdout_comparison, pearson
from tests.domain.retention.cdnow import (
    CALIBRATION_END,
    DATA,
    HOLDOUT_END,
    cdnow_history,
    cdnow_input,
    day,
)

CDNOW = BgNbdParams(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=-9582.4)
MODEL = LifetimeModel(CDNOW, None, True, 10.0, 2, 14, ())

# Customer 1 buys on days 0, 7, 14 | 21, 28 (calibration ends on day 14); customer 2 on day
# 7 | 28; customer 3 first buys on day 20, after the calibration: not part of the comparison.
SMALL = PurchaseHistory.of(
    customer=[1, 1, 1, 1, 1, 2, 2, 3, 3],
    day=[0, 7, 14, 21, 28, 7, 28, 20, 27],
    value=[100] * 9,
)


def test_small_history_by_hand():
    result = holdout_comparison(SMALL, 14, 28, MODEL, 100)
    assert result.customers == 2 and result.holdout_weeks == 2.0
    # Holdout purchase days: customer 1 on days 21 and 28, customer 2 on day 28.
    assert result.actual_total == 3.0
    # Calibration: customer 1 x = 2, t_x = 2, T = 2 weeks; customer 2 x = 0, T = 1 week.
    predicted = expected_purchases(CDNOW, 2.0, [2, 0], [2, 0], [2, 1])
    assert result.predicted_total == pytest.approx(predicted.sum())
    # Two customers: the predictions and the actual counts (2, 1) line up one way or the other.
    assert abs(result.correlation) == pytest.approx(1.0)
    tracking = result.tracking
    assert tracking.week.tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert tracking.calibration_week == 2.0
    # Repeat purchase days up to each week: day 7 | 14 | 21 | 28 (two: customer 1 and 2).
    assert tracking.actual.tolist() == [0.0, 1.0, 2.0, 3.0, 5.0]
    # Customer 1 started at week 0, customer 2 at week 1: E[X(k)] + E[X(k - 1)].
    f = expected_purchases_new(CDNOW, np.arange(5.0))
    assert tracking.predicted == pytest.approx([0.0, f[1], f[2] + f[1], f[3] + f[2], f[4] + f[3]])


def test_the_last_tracking_point_is_the_as_of_day():
    tracking = holdout_comparison(SMALL, 14, 30, MODEL, 100).tracking
    assert tracking.week[-2:].tolist() == [4.0, 30 / 7]
    assert tracking.actual[-1] == 5.0


def test_holdout_of_zero_length_and_bad_dates():
    result = holdout_comparison(SMALL, 14, 14, MODEL, 100)
    assert result.holdout_weeks == 0 and result.predicted_total == 0.0
    assert result.actual_total == 0.0 and math.isnan(result.correlation)
    with pytest.raises(ValidationError):
        holdout_comparison(SMALL, 14, 13, MODEL, 100)
    empty = holdout_comparison(PurchaseHistory.of([], [], []), 14, 28, MODEL, 100)
    assert empty.customers == 0 and empty.tracking.week.size == 0
    assert math.isnan(empty.correlation)


def test_pearson():
    assert pearson(np.array([1.0, 2, 3]), np.array([2.0, 4, 6])) == pytest.approx(1.0)
    assert pearson(np.array([1.0, 2, 3]), np.array([3.0, 2, 1])) == pytest.approx(-1.0)
    assert math.isnan(pearson(np.array([1.0, 2, 3]), np.array([5.0, 5, 5])))
    assert math.isnan(pearson(np.array([1.0]), np.array([1.0])))


def holdout_purchase_days() -> int:
    """Distinct (customer, day) pairs from 1997-10-01 to 1998-06-30, read straight off the file
    (every CDNOW customer made their first purchase in the first quarter of 1997)."""
    pairs = set()
    for line in DATA.read_text().splitlines():
        customer, _, date, *_ = line.split()
        if "19971001" <= date <= "19980630":
            pairs.add((customer, date))
    return len(pairs)


def test_cdnow_holdout():
    data = cdnow_input()
    model = fit_lifetime_model(data, history_days=272)
    result = holdout_comparison(cdnow_history(), CALIBRATION_END, HOLDOUT_END, model, 100)
    assert result.customers == 2357 and result.holdout_weeks == 39.0
    assert result.actual_total == holdout_purchase_days() == 1882
    # The model tracks the holdout within 15% in total; per customer r ~ 0.6.
    assert result.predicted_total == pytest.approx(result.actual_total, rel=0.15)
    assert 0.5 < result.correlation < 0.8
    tracking = result.tracking
    assert tracking.calibration_week == pytest.approx(272 / 7)
    assert tracking.week[-1] == pytest.approx((HOLDOUT_END - day("1997-01-01")) / 7)
    # All repeat purchase days to the end: 2,457 in the calibration plus the holdout's.
    assert tracking.actual[-1] == 2457 + 1882
    assert np.all(np.diff(tracking.actual) >= 0) and np.all(np.diff(tracking.predicted) >= 0)
    # The convolution equals the sum over customers of E[X(end - first purchase)].
    first_day = CALIBRATION_END - np.round(data.T * 7)
    direct = expected_purchases_new(model.bgnbd, (HOLDOUT_END - first_day) / 7).sum()
    assert tracking.predicted[-1] == pytest.approx(direct, rel=1e-9)
