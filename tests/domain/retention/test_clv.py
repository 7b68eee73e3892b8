# ruff: noqa: N806 - T is the models' name for the observation length (RETENTION.md).
from dataclasses import replace

import numpy as np
import pytest

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.bgnbd import BgNbdParams, expected_purchases, simulate_bgnbd
from seller_desk.domain.retention.clv import (
    FEW_CUSTOMERS,
    FEW_REPEATERS,
    SHORT_HISTORY,
    SPEND_UNSTABLE,
    ClvTerms,
    LifetimeModel,
    customer_lifetime_value,
    customer_spend,
    fit_lifetime_model,
)
from seller_desk.domain.retention.gamma_gamma import expected_spend, simulate_gamma_gamma
from seller_desk.domain.retention.model_input import ModelInput
from tests.domain.retention.cdnow import cdnow_input

# Practically no drop-outs (p ~ Beta(1e-8, 1): E[p] = 1e-8), so a customer with x = 0 after
# T = 4 weeks buys at the posterior mean rate r / (alpha + T) = 2 / (6 + 4) = 0.2 a week.
STEADY = LifetimeModel(
    bgnbd=BgNbdParams(r=2.0, alpha=6.0, a=1e-8, b=1.0, log_likelihood=0.0),
    gamma_gamma=None, spend_fallback=True, mean_spend=25.0, customers=1, history_days=28,
    warnings=(),
)
ONE = ModelInput(np.array([1]), np.array([0.0]), np.array([0.0]), np.array([4.0]), np.zeros(1))


def test_terms():
    # (1 + 10%)^(1/12) - 1 = 0.797% a month.
    assert ClvTerms().monthly_discount == pytest.approx(0.0079741404)
    assert ClvTerms(annual_discount=0.0).monthly_discount == 0.0
    for bad in ({"months": -1}, {"annual_discount": -1.0}, {"margin": float("nan")}):
        with pytest.raises(ValidationError):
            ClvTerms(**bad)


def test_clv_by_hand():
    # 0.2 purchases a week * 4.345 weeks = 0.869 a month, 25.00 each: 21.725 a month.
    undiscounted = customer_lifetime_value(STEADY, ONE, ClvTerms(12, 0.0, 1.0))
    assert undiscounted == pytest.approx([12 * 21.725], rel=1e-6)
    half = customer_lifetime_value(STEADY, ONE, ClvTerms(12, 0.0, 0.5))
    assert half == pytest.approx([6 * 21.725], rel=1e-6)
    # Month k is discounted by 1.1^(-k/12).
    discounted = customer_lifetime_value(STEADY, ONE, ClvTerms(12, 0.10, 1.0))
    factors = sum(1.1 ** (-k / 12) for k in range(1, 13))
    assert discounted == pytest.approx([21.725 * factors], rel=1e-6)
    assert discounted[0] < undiscounted[0]
    assert customer_lifetime_value(STEADY, ONE, ClvTerms(12, 0.1, 0.0)).tolist() == [0.0]
    assert customer_lifetime_value(STEADY, ONE, ClvTerms(0)).tolist() == [0.0]


def cdnow_model() -> tuple[LifetimeModel, ModelInput]:
    data = cdnow_input()
    return fit_lifetime_model(data, history_days=272), data


def test_cdnow_model_needs_no_warning_and_uses_gamma_gamma():
    model, data = cdnow_model()
    assert model.warnings == () and not model.spend_fallback
    assert model.gamma_gamma is not None and model.gamma_gamma.q > 1
    assert model.customers == 2357 and model.history_days == 272
    assert model.mean_spend == pytest.approx(data.m[data.x >= 1].mean())
    spend = customer_spend(model, data)
    # One-time buyers get the population mean p gamma / (q - 1) (= 35.2).
    assert np.all(spend[data.x == 0] == pytest.approx(model.gamma_gamma.population_mean()))


def test_clv_is_the_formula_term_by_term():
    model, data = cdnow_model()
    terms = ClvTerms(months=6, annual_discount=0.2, margin=0.3)
    clv = customer_lifetime_value(model, data, terms)
    d = 1.2 ** (1 / 12) - 1
    for i in (0, 1, 5, 100, 2000, int(np.argmax(data.x))):
        x, t_x, T, m = data.x[i], data.t_x[i], data.T[i], data.m[i]
        spend = expected_spend(model.gamma_gamma, x, m)
        value = 0.0
        for k in range(1, 7):
            purchases = (expected_purchases(model.bgnbd, k * 4.345, x, t_x, T)
                         - expected_purchases(model.bgnbd, (k - 1) * 4.345, x, t_x, T))
            value += spend * purchases * 0.3 / (1 + d) ** k
        assert clv[i] == pytest.approx(value, rel=1e-9)
    # Longer horizons are worth more; better customers (same T, bought up to T) too.
    assert np.all(customer_lifetime_value(model, data, ClvTerms(24)) >= clv)


def test_more_purchases_mean_more_value():
    model, _ = cdnow_model()
    x = np.array([0.0, 1, 3, 10])
    data = ModelInput(np.arange(4), x, np.full(4, 30.0), np.full(4, 30.0), np.full(4, 30.0))
    assert np.all(np.diff(customer_lifetime_value(model, data, ClvTerms())) > 0)


def test_one_time_buyers_only_fall_back_and_say_so():
    data = ModelInput(np.arange(50), np.zeros(50), np.zeros(50), np.linspace(1, 4, 50),
                      np.zeros(50))
    model = fit_lifetime_model(data, history_days=30)
    assert model.warnings == (FEW_CUSTOMERS, SHORT_HISTORY, FEW_REPEATERS)
    assert model.spend_fallback and model.gamma_gamma is None and model.mean_spend == 0.0
    clv = customer_lifetime_value(model, data, ClvTerms())
    assert np.all(clv == 0.0)


def test_q_at_most_one_falls_back_to_the_observed_mean():
    rng = np.random.default_rng(4)
    T = rng.uniform(10, 50, 3_000)
    x, t_x = simulate_bgnbd(0.8, 5.0, 0.6, 1.8, T, rng)
    m = simulate_gamma_gamma(2.0, 0.7, 5.0, x, rng)
    data = ModelInput(np.arange(x.size), x, t_x, T, m)
    model = fit_lifetime_model(data, history_days=350)
    assert model.warnings == (SPEND_UNSTABLE,)
    assert model.spend_fallback and model.gamma_gamma is None
    assert model.mean_spend == pytest.approx(m[x >= 1].mean())
    clv = customer_lifetime_value(model, data, ClvTerms())
    per_unit = customer_lifetime_value(replace(model, mean_spend=1.0), data, ClvTerms())
    assert np.all(np.isfinite(clv)) and clv.max() > 0
    assert clv == pytest.approx(model.mean_spend * per_unit)


def test_empty_input():
    empty = ModelInput(np.zeros(0, dtype=np.int64), *(np.zeros(0) for _ in range(4)))
    assert customer_lifetime_value(STEADY, empty, ClvTerms()).size == 0
    with pytest.raises(ValidationError):
        fit_lifetime_model(empty, 100)
