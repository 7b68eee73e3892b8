"""Customer lifetime value from the BG/NBD and Gamma-Gamma fits (RETENTION.md "Lifetime value")."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.bgnbd import (
    BgNbdParams,
    expected_purchases_if_alive,
    fit_bgnbd,
    p_alive,
)
from seller_desk.domain.retention.gamma_gamma import (
    GammaGammaParams,
    expected_spend,
    fit_gamma_gamma,
)
from seller_desk.domain.retention.history import Floats
from seller_desk.domain.retention.model_input import ModelInput, collapse_rows
from seller_desk.domain.text import QT_TRANSLATE_NOOP

WEEKS_PER_MONTH = 4.345
MIN_CUSTOMERS = 200
MIN_HISTORY_DAYS = 90

FEW_CUSTOMERS = QT_TRANSLATE_NOOP(
    "retention", "Fewer than 200 customers stand behind this model: treat its figures as rough."
)
SHORT_HISTORY = QT_TRANSLATE_NOOP(
    "retention", "Less than 90 days of history stand behind this model: treat its figures as rough."
)
SPEND_UNSTABLE = QT_TRANSLATE_NOOP(
    "retention",
    "Spend per order varies too much between customers to be modelled: the average repeat "
    "order value is used for everyone.",
)
FEW_REPEATERS = QT_TRANSLATE_NOOP(
    "retention",
    "Too few repeat customers to model spend per order: the average repeat order value is used "
    "for everyone.",
)
BAD_TERMS = QT_TRANSLATE_NOOP(
    "retention",
    "Lifetime value needs a horizon of 0 months or more, a yearly discount rate above -100% "
    "and a finite margin.",
)


@dataclass(frozen=True)
class ClvTerms:
    """Horizon in months, yearly discount rate (0.10 = 10%) and contribution margin (share of
    spend kept, 1.0 = all of it)."""

    months: int = 12
    annual_discount: float = 0.10
    margin: float = 1.0

    def __post_init__(self) -> None:
        if self.months < 0 or not self.annual_discount > -1.0 or not np.isfinite(self.margin):
            raise ValidationError(BAD_TERMS)

    @property
    def monthly_discount(self) -> float:
        """d with (1 + d)^12 = 1 + the yearly rate."""
        return (1.0 + self.annual_discount) ** (1.0 / 12.0) - 1.0


@dataclass(frozen=True)
class LifetimeModel:
    """Both fits, with what stands behind them and the warnings the screen must show."""

    bgnbd: BgNbdParams
    gamma_gamma: GammaGammaParams | None  # None when not fitted or q <= 1
    spend_fallback: bool  # True: q <= 1 or < 2 repeat customers; mean_spend used for everyone
    mean_spend: float  # observed mean of m over customers with x >= 1 (major units)
    customers: int  # rows behind the fit
    history_days: int  # days from the first purchase day to the calibration end
    warnings: tuple[str, ...]  # QT_TRANSLATE_NOOP("retention", ...) texts


def fit_lifetime_model(data: ModelInput, history_days: int) -> LifetimeModel:
    """Fit BG/NBD on every customer and Gamma-Gamma on the repeat customers of `data`.
    Raises ValidationError when `data` has no customers."""
    bgnbd = fit_bgnbd(data.x, data.t_x, data.T)
    repeaters = data.x >= 1
    mean_spend = float(data.m[repeaters].mean()) if repeaters.any() else 0.0
    warnings: list[str] = []
    if len(data) < MIN_CUSTOMERS:
        warnings.append(FEW_CUSTOMERS)
    if history_days < MIN_HISTORY_DAYS:
        warnings.append(SHORT_HISTORY)
    gamma_gamma: GammaGammaParams | None = None
    # Two customers is the least a between-customer spread can be estimated from.
    if np.count_nonzero(repeaters & (data.m > 0)) >= 2:
        fitted = fit_gamma_gamma(data.x, data.m)
        if fitted.q > 1.0:
            gamma_gamma = fitted
        else:
            warnings.append(SPEND_UNSTABLE)
    else:
        warnings.append(FEW_REPEATERS)
    return LifetimeModel(
        bgnbd=bgnbd,
        gamma_gamma=gamma_gamma,
        spend_fallback=gamma_gamma is None,
        mean_spend=mean_spend,
        customers=len(data),
        history_days=int(history_days),
        warnings=tuple(warnings),
    )


def customer_spend(model: LifetimeModel, data: ModelInput) -> Floats:
    """Expected spend per future purchase day of each customer (major units): E[M | x, m], the
    population mean p gamma / (q - 1) for x == 0, or mean_spend for all in the fallback."""
    if model.gamma_gamma is None:
        return np.full(len(data), model.mean_spend)
    return expected_spend(model.gamma_gamma, data.x, data.m)


def customer_lifetime_value(model: LifetimeModel, data: ModelInput, terms: ClvTerms) -> Floats:
    """CLV of each customer of `data` over `terms.months` (major units):
    sum over k = 1..H of spend * (E[Y(k w)] - E[Y((k-1) w)]) * margin / (1 + d)^k, w = 4.345
    weeks, E[Y] the BG/NBD conditional expectation from the calibration end."""
    if len(data) == 0 or terms.months == 0:
        return np.zeros(len(data))
    # E[Y(t) | x, t_x, T] = P(alive | x, t_x, T) * E[Y(t) | x, T, alive]: the costly second
    # factor (a hypergeometric function per month) once per distinct (x, T).
    (x, big_t), _, inverse = collapse_rows((data.x, data.T))
    weeks = WEEKS_PER_MONTH * np.arange(terms.months + 1, dtype=np.float64)
    cumulative = expected_purchases_if_alive(model.bgnbd, weeks[:, None], x, big_t)
    discount = (1.0 + terms.monthly_discount) ** -np.arange(1, terms.months + 1, dtype=np.float64)
    discounted_purchases = discount @ np.diff(cumulative, axis=0)
    alive = p_alive(model.bgnbd, data.x, data.t_x, data.T)
    return alive * discounted_purchases[inverse] * customer_spend(model, data) * terms.margin
