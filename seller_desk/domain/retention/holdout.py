"""Model quality: BG/NBD predictions against what calibration customers did in the holdout."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.bgnbd import expected_purchases, expected_purchases_new
from seller_desk.domain.retention.clv import LifetimeModel
from seller_desk.domain.retention.history import Floats, Ints, PurchaseHistory, summarise
from seller_desk.domain.retention.model_input import DAYS_PER_WEEK, model_input
from seller_desk.domain.text import QT_TRANSLATE_NOOP

HOLDOUT_BEFORE_CALIBRATION = QT_TRANSLATE_NOOP(
    "retention", "The model's calibration must end on or before the as-of date."
)


@dataclass(frozen=True)
class Tracking:
    """Weekly cumulative repeat purchase days of the calibration customers, actual and predicted,
    over the whole span (calibration and holdout)."""

    week: Floats  # 0, 1, 2, ... weeks since the first purchase day of the data (last: as-of)
    actual: Floats  # cumulative actual repeat purchase days up to each week
    predicted: Floats  # cumulative sum over customers of E[X(week - first_i)]
    calibration_week: float  # where the calibration period ends on the week axis


@dataclass(frozen=True)
class Holdout:
    """Predicted vs actual repeat purchase days after the calibration end."""

    customers: int
    holdout_weeks: float
    predicted_total: float
    actual_total: float
    correlation: float  # Pearson over customers, predicted vs actual; nan if undefined
    tracking: Tracking


def pearson(a: Floats, b: Floats) -> float:
    """Pearson correlation of two equal-length arrays; nan with < 2 values or no spread."""
    if a.size < 2:
        return float("nan")
    da, db = a - a.mean(), b - b.mean()
    denominator = float(np.sqrt((da * da).sum() * (db * db).sum()))
    return float((da * db).sum()) / denominator if denominator > 0 else float("nan")


def holdout_comparison(
    history: PurchaseHistory, calibration_end_day: int, as_of_day: int, model: LifetimeModel,
    minor_per_major: int,
) -> Holdout:
    """Compare `model` (fitted up to `calibration_end_day`) with the purchase days of the same
    customers from the day after the calibration end to `as_of_day`, both included."""
    if as_of_day < calibration_end_day:
        raise ValidationError(HOLDOUT_BEFORE_CALIBRATION)
    data = model_input(history, calibration_end_day, minor_per_major)
    days = history.of_customers(data.customer).until(as_of_day).purchase_days()
    summary = summarise(days)  # the same customers, in the same (sorted) order as data
    holdout_weeks = (as_of_day - calibration_end_day) / DAYS_PER_WEEK
    owner = np.repeat(np.arange(len(summary)), summary.orders)
    actual = np.bincount(
        owner[days.day > calibration_end_day], minlength=len(summary)
    ).astype(np.float64)
    predicted = expected_purchases(model.bgnbd, holdout_weeks, data.x, data.t_x, data.T)
    return Holdout(
        customers=len(data),
        holdout_weeks=holdout_weeks,
        predicted_total=float(predicted.sum()),
        actual_total=float(actual.sum()),
        correlation=pearson(predicted, actual),
        tracking=_tracking(days, summary.first_day, calibration_end_day, as_of_day, model),
    )


def _tracking(
    days: PurchaseHistory, first_day: Ints, calibration_end_day: int, as_of_day: int,
    model: LifetimeModel,
) -> Tracking:
    if first_day.size == 0:
        empty = np.zeros(0)
        return Tracking(empty, empty, empty.copy(), 0.0)
    start = int(first_day.min())
    span = as_of_day - start
    # Every customer's curve E[X(t)] is one function of days since their first purchase, so the
    # total at day D is a convolution: sum over first-day offsets o of count[o] * f(D - o).
    curve = expected_purchases_new(model.bgnbd, np.arange(span + 1) / DAYS_PER_WEEK)
    newcomers = np.bincount(first_day - start, minlength=span + 1)
    predicted = np.convolve(newcomers, curve)[: span + 1]
    repeat = np.ones(len(days), dtype=bool)
    repeat[0] = False
    repeat[1:] = days.customer[1:] == days.customer[:-1]  # not the customer's first day
    actual = np.cumsum(np.bincount(days.day[repeat] - start, minlength=span + 1))
    points = np.arange(0, span + 1, 7)
    if points[-1] != span:
        points = np.append(points, span)
    return Tracking(
        week=points / DAYS_PER_WEEK,
        actual=actual[points].astype(np.float64),
        predicted=predicted[points],
        calibration_week=(calibration_end_day - start) / DAYS_PER_WEEK,
    )
