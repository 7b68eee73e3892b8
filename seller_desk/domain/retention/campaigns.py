"""Campaign holdouts, conversions and their effect (RETENTION.md "Campaign effect")."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.text import QT_TRANSLATE_NOOP

# Two-sided significance level: below 95% confidence the screen says "no clear effect yet".
ALPHA = 0.05

BAD_SHARE = QT_TRANSLATE_NOOP(
    "errors", "The holdout share must be at least 0% and below 100%; not {percent}%."
)
BAD_WINDOW = QT_TRANSLATE_NOOP(
    "errors", "The conversion window must be at least 1 day; not {days}."
)
BAD_COUNTS = QT_TRANSLATE_NOOP(
    "errors", "{converted} converted out of {customers} customers is not possible."
)


@dataclass(frozen=True)
class CampaignEffect:
    """Conversion of the targeted customers against the holdout's. Rates are shares (0..1);
    effect = targeted_rate - holdout_rate. Without a holdout, or when the test is undefined
    (nobody or everybody converted in both groups), the holdout figures are None."""

    targeted: int
    targeted_converted: int
    holdout: int
    holdout_converted: int
    targeted_rate: float  # 0.0 when nobody was targeted
    holdout_rate: float | None
    effect: float | None
    z: float | None
    p_value: float | None  # two-sided
    clear: bool  # p_value < 0.05: the effect is clear at 95% confidence


def _check_counts(customers: int, converted_: int) -> None:
    if customers < 0 or not 0 <= converted_ <= customers:
        raise ValidationError(BAD_COUNTS, converted=converted_, customers=customers)


def campaign_effect(
    targeted: int, targeted_converted: int, holdout: int, holdout_converted: int
) -> CampaignEffect:
    """Effect and pooled two-proportion z-test of targeted vs holdout conversion."""
    _check_counts(targeted, targeted_converted)
    _check_counts(holdout, holdout_converted)
    rate = targeted_converted / targeted if targeted else 0.0
    if not targeted or not holdout:
        return CampaignEffect(
            targeted, targeted_converted, holdout, holdout_converted, rate,
            holdout_converted / holdout if holdout else None, None, None, None, False,
        )
    holdout_rate = holdout_converted / holdout
    effect = rate - holdout_rate
    # Under "no effect" both groups share one rate, estimated from both together.
    pooled = (targeted_converted + holdout_converted) / (targeted + holdout)
    se = math.sqrt(pooled * (1.0 - pooled) * (1.0 / targeted + 1.0 / holdout))
    if se == 0.0:
        return CampaignEffect(
            targeted, targeted_converted, holdout, holdout_converted, rate, holdout_rate,
            effect, None, None, False,
        )
    z = effect / se
    # Two-sided normal tail: P(|Z| >= |z|) = erfc(|z| / sqrt 2).
    p_value = math.erfc(abs(z) / math.sqrt(2.0))
    return CampaignEffect(
        targeted, targeted_converted, holdout, holdout_converted, rate, holdout_rate,
        effect, z, p_value, p_value < ALPHA,
    )


def split_holdout(customers: npt.ArrayLike, share: float, seed: int) -> npt.NDArray[np.bool_]:
    """True for the customers held out: exactly round(share x distinct customers) of them, drawn
    at random from `seed`. The draw depends on the set of ids only, not on their order, so the
    same list and seed always give the same holdout (a repeated id gets one answer)."""
    if not 0.0 <= share < 1.0:  # NaN fails too
        raise ValidationError(BAD_SHARE, percent=round(100 * share, 2))
    ids = np.asarray(customers, dtype=np.int64)
    unique, inverse = np.unique(ids, return_inverse=True)
    count = math.floor(share * unique.size + 0.5)
    held = np.zeros(unique.size, dtype=bool)
    held[np.random.default_rng(seed).permutation(unique.size)[:count]] = True
    return held[inverse.ravel()].reshape(ids.shape)


def converted(
    history: PurchaseHistory, customers: npt.ArrayLike, send_day: int, window_days: int
) -> npt.NDArray[np.bool_]:
    """True for each customer with >= 1 counted order on a day after `send_day` and at most
    `window_days` after it (send_day < day <= send_day + window_days). The send day itself is
    left out: with day numbers only, an order that day may have been placed before the
    message went out."""
    if window_days < 1:
        raise ValidationError(BAD_WINDOW, days=window_days)
    buyers = history.between(send_day + 1, send_day + window_days).customer
    return np.isin(np.asarray(customers, dtype=np.int64), buyers)


def measure(
    history: PurchaseHistory,
    customers: npt.ArrayLike,
    held_out: npt.NDArray[np.bool_],
    send_day: int,
    window_days: int,
) -> CampaignEffect:
    """The effect of a campaign sent on `send_day` to `customers` except those `held_out`."""
    ids = np.asarray(customers, dtype=np.int64)
    held = np.asarray(held_out, dtype=bool)
    won = converted(history, ids, send_day, window_days)
    return campaign_effect(
        int((~held).sum()), int((won & ~held).sum()), int(held.sum()), int((won & held).sum())
    )
