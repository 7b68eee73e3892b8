import numpy as np
import pytest
from scipy.special import gammaln

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.gamma_gamma import (
    GammaGammaParams,
    expected_spend,
    fit_gamma_gamma,
    simulate_gamma_gamma,
)
from tests.domain.retention.cdnow import cdnow_input, published_digits

# Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value", on the 946 repeat customers.
PUBLISHED = {"p": 6.25, "q": 3.74, "gamma": 15.44}


def direct_log_likelihood(p: float, q: float, gamma: float, x: np.ndarray, m: np.ndarray) -> float:
    """log of G(px+q) / (G(px) G(q)) * gamma^q m^(px-1) x^px / (gamma + m x)^(px+q), summed."""
    return float(np.sum(
        gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(gamma)
        + (p * x - 1) * np.log(m) + p * x * np.log(x) - (p * x + q) * np.log(gamma + m * x)
    ))


def test_cdnow_fit_reproduces_the_published_estimates():
    data = cdnow_input()
    assert np.count_nonzero(data.x >= 1) == 946
    # The repeat purchase days' mean value of customer 4 (in the file: 1997-01-18 $29.73 and
    # 1997-08-02 $14.96 in the calibration period): (29.73 + 14.96) / 2 = 22.345.
    assert data.m[np.searchsorted(data.customer, 4)] == pytest.approx(22.345)
    fit = fit_gamma_gamma(data.x, data.m)
    for name, published in PUBLISHED.items():
        assert published_digits(getattr(fit, name), published), (name, getattr(fit, name))
    repeat = data.x >= 1
    assert fit.log_likelihood == pytest.approx(
        direct_log_likelihood(fit.p, fit.q, fit.gamma, data.x[repeat], data.m[repeat]))
    # Population mean spend p gamma / (q - 1) = 6.25 * 15.44 / 2.74 = 35.2.
    assert fit.population_mean() == pytest.approx(35.2, abs=0.1)


def test_expected_spend_by_hand():
    params = GammaGammaParams(p=2.0, q=3.0, gamma=10.0, log_likelihood=0.0)
    # (p gamma + p x m) / (p x + q - 1): x = 2, m = 20 -> (20 + 80) / (4 + 2) = 16.667;
    # x = 0 -> population mean 20 / 2 = 10; many purchases pull it to the customer's own mean.
    spend = expected_spend(params, [2, 0, 10_000], [20.0, 0.0, 20.0])
    assert spend == pytest.approx([100 / 6, 10.0, 20.0], rel=1e-3)
    assert params.population_mean() == 10.0
    assert GammaGammaParams(2.0, 0.9, 10.0, 0.0).population_mean() == float("inf")


def test_recovers_known_parameters_from_simulated_customers():
    rng = np.random.default_rng(5)
    x = rng.integers(1, 12, 20_000).astype(float)
    m = simulate_gamma_gamma(3.0, 5.0, 40.0, x, rng)
    fit = fit_gamma_gamma(x, m)
    assert fit.log_likelihood >= direct_log_likelihood(3.0, 5.0, 40.0, x, m)
    # Over 8 seeds the fits spread by 4% (p), 2% (q) and 6% (gamma).
    assert fit.p == pytest.approx(3.0, rel=0.15)
    assert fit.q == pytest.approx(5.0, rel=0.08)
    assert fit.gamma == pytest.approx(40.0, rel=0.2)


def test_q_below_one_is_fitted_not_refused():
    rng = np.random.default_rng(8)
    x = rng.integers(1, 12, 20_000).astype(float)
    m = simulate_gamma_gamma(2.0, 0.8, 5.0, x, rng)
    fit = fit_gamma_gamma(x, m)
    assert fit.log_likelihood >= direct_log_likelihood(2.0, 0.8, 5.0, x, m)
    assert fit.q == pytest.approx(0.8, abs=0.04) and fit.q < 1
    assert fit.p == pytest.approx(2.0, rel=0.15)
    assert fit.population_mean() == float("inf")


def test_large_frequencies_do_not_overflow():
    rng = np.random.default_rng(9)
    x = rng.integers(300, 800, 3_000).astype(float)
    m = simulate_gamma_gamma(3.0, 5.0, 40.0, x, rng)
    fit = fit_gamma_gamma(x, m)
    # With hundreds of purchases each mean spend is nearly exact (CV 1 / sqrt(p x) ~ 3%), so p
    # is barely identified (the likelihood is flat along p gamma = const); what the screen uses
    # is: q, the population mean p gamma / (q - 1) = 3 * 40 / 4 = 30, and E[M | x, m] ~ m.
    assert np.isfinite(fit.log_likelihood)
    assert fit.log_likelihood >= direct_log_likelihood(3.0, 5.0, 40.0, x, m) - 1e-6
    assert fit.q == pytest.approx(5.0, rel=0.15)
    assert fit.population_mean() == pytest.approx(30.0, rel=0.05)
    assert expected_spend(fit, x, m) == pytest.approx(m, rel=0.01)


def test_any_money_unit_gives_the_same_fit():
    data = cdnow_input()
    dollars = fit_gamma_gamma(data.x, data.m)
    cents = fit_gamma_gamma(data.x, data.m * 100)
    # gamma scales with the unit, p and q do not; each of the 946 densities drops by 100.
    assert cents.p == pytest.approx(dollars.p, rel=1e-6)
    assert cents.q == pytest.approx(dollars.q, rel=1e-6)
    assert cents.gamma == pytest.approx(dollars.gamma * 100, rel=1e-6)
    assert cents.log_likelihood == pytest.approx(dollars.log_likelihood - 946 * np.log(100))


def test_only_repeat_customers_with_a_spend_count():
    data = cdnow_input()
    repeat = data.x >= 1
    plain = fit_gamma_gamma(data.x[repeat], data.m[repeat])
    # One-time buyers (x = 0) and repeat days worth nothing (m = 0) are left out.
    x = np.concatenate([data.x, [0, 0, 3]])
    m = np.concatenate([data.m, [0.0, 12.0, 0.0]])
    padded = fit_gamma_gamma(x, m)
    assert padded.p == pytest.approx(plain.p) and padded.log_likelihood == plain.log_likelihood
    twice = fit_gamma_gamma(data.x, data.m, weights=np.full(len(data), 2.0))
    assert twice.q == pytest.approx(plain.q, rel=1e-6)
    assert twice.log_likelihood == pytest.approx(2 * plain.log_likelihood, rel=1e-9)
    with pytest.raises(ValidationError):
        fit_gamma_gamma([0, 0], [0.0, 0.0])
    with pytest.raises(ValidationError):
        fit_gamma_gamma([], [])


def test_simulated_mean_spend_has_the_model_mean():
    rng = np.random.default_rng(2)
    x = np.full(200_000, 3.0)
    m = simulate_gamma_gamma(2.0, 5.0, 8.0, x, rng)
    # E[m] = p E[1/nu] = p gamma / (q - 1) = 2 * 8 / 4 = 4.
    assert m.mean() == pytest.approx(4.0, rel=0.01)
    assert np.all(simulate_gamma_gamma(2.0, 5.0, 8.0, np.zeros(3), rng) == 0)
