"""The coupon a win-back message suggests: a bigger incentive the likelier a customer is gone."""

from __future__ import annotations

import math

# (lowest churn risk, percent off): a customer who has probably left needs a real reason to
# come back; one who is merely a little late needs a nudge, not a margin given away.
COUPON_STEPS: tuple[tuple[float, int], ...] = ((0.8, 20), (0.5, 15), (0.2, 10), (0.0, 5))


def suggested_coupon(risk: float) -> tuple[int, str]:
    """(percent off, code) for a churn risk in 0..1; unknown risk gets the middle offer."""
    if math.isnan(risk):
        risk = 0.5
    for lowest, percent in COUPON_STEPS:
        if risk >= lowest:
            return percent, f"COMEBACK{percent}"
    return COUPON_STEPS[-1][1], f"COMEBACK{COUPON_STEPS[-1][1]}"
