"""Churn risk per customer (RETENTION.md "Churn risk") and the reason for it in words."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from seller_desk.domain.retention.history import Floats, Ints
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label

# One-time buyers. "New" while their second order is not yet due by the shop's cycle.
ONE_TIME_NEW = QT_TRANSLATE_NOOP(
    "retention", "One order so far, {days} days ago; {percent}% of buyers at this point "
    "still come back for a second order."
)
ONE_TIME_NEW_WHEN = QT_TRANSLATE_NOOP(
    "retention", "One order so far, placed {when}; {percent}% of buyers at this point "
    "still come back for a second order."
)
ONE_TIME_WAITING = QT_TRANSLATE_NOOP(
    "retention", "One order, {days} days ago; only {percent}% of buyers who have waited this "
    "long come back."
)
ONE_TIME_GONE = QT_TRANSLATE_NOOP(
    "retention", "One order, {days} days ago; buyers who have waited this long hardly ever "
    "come back."
)
# Repeat buyers, by how the days since their last order compare with their usual gap.
REPEAT_NOT_DUE = QT_TRANSLATE_NOOP(
    "retention", "Last order {days} days ago; usually buys every {cycle} days, so the next "
    "one is not due yet."
)
REPEAT_NOT_DUE_WHEN = QT_TRANSLATE_NOOP(
    "retention", "Last order {when}; usually buys every {cycle} days, so the next one is not "
    "due yet."
)
REPEAT_OVERDUE = QT_TRANSLATE_NOOP(
    "retention", "No order for {days} days; usually buys every {cycle} days."
)
REPEAT_LONG_OVERDUE = QT_TRANSLATE_NOOP(
    "retention", "No order for {days} days, about {times} times the usual {cycle} days "
    "between orders."
)
# When the figure to compare with is unknown (too few customers for a come-back estimate).
LAST_ORDER = QT_TRANSLATE_NOOP("retention", "Last order {days} days ago.")
LAST_ORDER_WHEN = QT_TRANSLATE_NOOP("retention", "Last order {when}.")

# "{days} days ago" reads wrongly for 0 and 1; these words take its place (Labels: the UI
# translates them before filling the template).
TODAY = Label("retention", QT_TRANSLATE_NOOP("retention", "today"))
YESTERDAY = Label("retention", QT_TRANSLATE_NOOP("retention", "yesterday"))

# Beyond this many usual gaps a repeat buyer is "long overdue" (the lifecycle's default churn
# threshold, so the words agree with the stage the customer is shown in).
LONG_OVERDUE_CYCLES = 3.0
# A usual gap under two days is taken as two: nobody is "overdue" after one quiet day, and
# "every 1 days" does not read.
MIN_CYCLE_DAYS = 2.0
# Below this come-back probability a one-time buyer is described as gone.
GONE_BELOW = 0.02


@dataclass(frozen=True)
class Reason:
    """Why a customer's risk is what it is: a marked template and its `{name}` parameters
    (fill with domain.errors.fill_params after translating; Label values translate too)."""

    template: str
    params: dict[str, int | str]


@dataclass(frozen=True)
class ChurnRisk:
    """One row per customer. `come_back` is the chance the customer still buys again: P(alive)
    for repeat buyers, the come-back probability for one-time buyers; risk = 1 - come_back
    (NaN where the caller had no estimate)."""

    customer: Ints
    risk: Floats
    come_back: Floats
    repeat: npt.NDArray[np.bool_]
    gap: Ints  # days since the last counted order
    usual_gap: Floats  # the customer's own cycle in days; NaN for one-time buyers
    first_gap: Ints  # days since the first counted order (age)
    # The shop's repurchase cycle C: one-time buyers younger than this are "new" in reasons.
    shop_cycle: float = math.nan

    def __len__(self) -> int:
        return int(self.customer.size)

    def ranking(self) -> Ints:
        """Row positions from the highest risk down (unknown risks last, ties by customer id)."""
        risk = np.where(np.isnan(self.risk), -1.0, self.risk)
        return np.lexsort((self.customer, -risk)).astype(np.int64)


def churn_risk(
    customer: Ints,
    repeat: npt.NDArray[np.bool_],
    p_alive: Floats,
    come_back: Floats,
    gap: Ints,
    usual_gap: Floats,
    age: Ints,
    shop_cycle: float = math.nan,
) -> ChurnRisk:
    """Assemble the risks of aligned per-customer arrays: repeat buyers take 1 - p_alive (the
    BG/NBD model), one-time buyers 1 - come_back (survival.come_back_probability), each
    ignoring the other array; probabilities are clipped to [0, 1]."""
    is_repeat = np.asarray(repeat, dtype=bool)
    chance = np.where(
        is_repeat, np.asarray(p_alive, dtype=np.float64), np.asarray(come_back, dtype=np.float64)
    )
    chance = np.clip(chance, 0.0, 1.0)  # NaN passes through clip unchanged
    return ChurnRisk(
        customer=np.asarray(customer, dtype=np.int64),
        risk=1.0 - chance,
        come_back=chance,
        repeat=is_repeat,
        gap=np.asarray(gap, dtype=np.int64),
        usual_gap=np.where(is_repeat, np.asarray(usual_gap, dtype=np.float64), np.nan),
        first_gap=np.asarray(age, dtype=np.int64),
        shop_cycle=float(shop_cycle),
    )


def reason(risk: ChurnRisk, i: int) -> Reason:
    """The reason shown next to row `i`'s risk."""
    days = int(risk.gap[i])
    when: dict[str, int | str] = {"when": TODAY if days <= 0 else YESTERDAY}
    recent = days < 2
    if risk.repeat[i]:
        cycle_days = float(risk.usual_gap[i])
        if math.isnan(cycle_days):
            return Reason(LAST_ORDER_WHEN, when) if recent else Reason(LAST_ORDER, {"days": days})
        cycle_days = max(cycle_days, MIN_CYCLE_DAYS)
        cycle = round(cycle_days)
        if days <= cycle_days:
            if recent:
                return Reason(REPEAT_NOT_DUE_WHEN, {**when, "cycle": cycle})
            return Reason(REPEAT_NOT_DUE, {"days": days, "cycle": cycle})
        if days <= LONG_OVERDUE_CYCLES * cycle_days:
            return Reason(REPEAT_OVERDUE, {"days": days, "cycle": cycle})
        times = round(days / cycle_days)
        return Reason(REPEAT_LONG_OVERDUE, {"days": days, "times": times, "cycle": cycle})
    chance = float(risk.come_back[i])
    if math.isnan(chance):
        return Reason(LAST_ORDER_WHEN, when) if recent else Reason(LAST_ORDER, {"days": days})
    # Never "0%" or "100%": an estimate from the past is never that sure.
    percent = min(max(round(100 * chance), 1), 99)
    if recent:
        return Reason(ONE_TIME_NEW_WHEN, {**when, "percent": percent})
    if chance < GONE_BELOW:
        return Reason(ONE_TIME_GONE, {"days": days})
    # Without the shop's cycle nobody is called late: "at this point" is neutral wording.
    if math.isnan(risk.shop_cycle) or days <= risk.shop_cycle:
        return Reason(ONE_TIME_NEW, {"days": days, "percent": percent})
    return Reason(ONE_TIME_WAITING, {"days": days, "percent": percent})
