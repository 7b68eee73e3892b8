# ruff: noqa: N803, N806 - T is the models' name for the observation length (RETENTION.md).
import numpy as np
import pytest
from scipy.special import betaln, gammaln, hyp2f1

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.bgnbd import (
    BgNbdParams,
    expected_purchases,
    expected_purchases_if_alive,
    expected_purchases_new,
    fit_bgnbd,
    log_likelihood,
    p_alive,
    simulate_bgnbd,
)
from tests.domain.retention.cdnow import cdnow_input, published_digits

# Fader, Hardie & Lee (2005), table 1 / section 5: the published estimates on the CDNOW sample.
PUBLISHED = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426, "log_likelihood": -9582.4}
CDNOW = BgNbdParams(**PUBLISHED)


def test_cdnow_sample_has_the_papers_counts():
    data = cdnow_input()
    # 2,357 customers, 1,411 of them with no repeat purchase; 2,457 repeat purchase days.
    assert len(data) == 2357
    assert np.count_nonzero(data.x == 0) == 1411
    assert data.x.sum() == 2457
    assert data.T.max() == pytest.approx(272 / 7)  # 1997-01-01 .. 1997-09-30


def test_cdnow_fit_reproduces_the_published_estimates():
    data = cdnow_input()
    fit = fit_bgnbd(data.x, data.t_x, data.T)
    for name, published in PUBLISHED.items():
        assert published_digits(getattr(fit, name), published), (name, getattr(fit, name))
    assert log_likelihood(fit, data.x, data.t_x, data.T) == pytest.approx(fit.log_likelihood)


def direct_log_likelihood(p: BgNbdParams, x: float, t_x: float, T: float) -> float:
    """FHL eq. 6 term by term, without log-space tricks (fine for small x)."""
    common = np.exp(gammaln(p.r + x) - gammaln(p.r)) * p.alpha**p.r
    term = np.exp(betaln(p.a, p.b + x) - betaln(p.a, p.b)) / (p.alpha + T) ** (p.r + x)
    if x > 0:
        term += np.exp(betaln(p.a + 1, p.b + x - 1) - betaln(p.a, p.b)) / (p.alpha + t_x) ** (
            p.r + x)
    return float(np.log(common * term))


def test_log_likelihood_matches_the_formula_term_by_term():
    rows = [(0, 0.0, 10.0), (1, 3.0, 10.0), (4, 9.5, 12.0), (7, 2.0, 30.0)]
    expected = sum(direct_log_likelihood(CDNOW, *row) for row in rows)
    x, t_x, T = (np.array(c, dtype=float) for c in zip(*rows, strict=True))
    assert log_likelihood(CDNOW, x, t_x, T) == pytest.approx(expected, rel=1e-12)
    # A customer with x = 0 contributes r log(alpha / (alpha + T)) exactly.
    assert log_likelihood(CDNOW, [0], [0], [10]) == pytest.approx(0.243 * np.log(4.414 / 14.414))


def test_identical_rows_collapse_to_the_same_fit_as_weights():
    data = cdnow_input()
    plain = fit_bgnbd(data.x, data.t_x, data.T)
    rows = np.stack([data.x, data.t_x, data.T], axis=1)
    unique, counts = np.unique(rows, axis=0, return_counts=True)
    assert len(unique) < len(rows)
    weighted = fit_bgnbd(unique[:, 0], unique[:, 1], unique[:, 2], weights=counts)
    for name in ("r", "alpha", "a", "b", "log_likelihood"):
        assert getattr(weighted, name) == pytest.approx(getattr(plain, name), rel=1e-7)
    # A weight of 2 is the row given twice.
    doubled = fit_bgnbd(np.tile(data.x, 2), np.tile(data.t_x, 2), np.tile(data.T, 2))
    twice = fit_bgnbd(data.x, data.t_x, data.T, weights=np.full(len(data), 2.0))
    assert twice.r == pytest.approx(doubled.r, rel=1e-7)
    assert twice.log_likelihood == pytest.approx(2 * plain.log_likelihood, rel=1e-7)


def test_recovers_known_parameters_from_simulated_customers():
    rng = np.random.default_rng(20240501)
    T = rng.uniform(20, 80, 20_000)
    x, t_x = simulate_bgnbd(0.8, 5.0, 0.6, 1.8, T, rng)
    fit = fit_bgnbd(x, t_x, T)
    truth = BgNbdParams(0.8, 5.0, 0.6, 1.8, 0.0)
    assert fit.log_likelihood >= log_likelihood(truth, x, t_x, T)
    # Over 8 seeds the fits spread by 1.5% (r, alpha, a) and 3.5% (b).
    assert fit.r == pytest.approx(0.8, rel=0.06)
    assert fit.alpha == pytest.approx(5.0, rel=0.06)
    assert fit.a == pytest.approx(0.6, rel=0.06)
    assert fit.b == pytest.approx(1.8, rel=0.12)


def test_large_frequencies_do_not_overflow():
    rng = np.random.default_rng(7)
    T = rng.uniform(40, 60, 5_000)
    # Ten purchases a week, rare drop-outs: x around 340, up to ~1,800.
    x, t_x = simulate_bgnbd(5.0, 0.5, 0.5, 200.0, T, rng)
    assert x.max() > 1000
    fit = fit_bgnbd(x, t_x, T)
    assert fit.log_likelihood >= log_likelihood(BgNbdParams(5.0, 0.5, 0.5, 200.0, 0), x, t_x, T)
    assert fit.r == pytest.approx(5.0, rel=0.05)
    assert fit.alpha == pytest.approx(0.5, rel=0.05)
    assert fit.a == pytest.approx(0.5, rel=0.25)
    assert fit.b == pytest.approx(200.0, rel=0.35)
    future = expected_purchases(fit, 4.0, x, t_x, T)
    assert np.all(np.isfinite(future)) and np.all(future >= 0)
    assert np.all(np.isfinite(p_alive(fit, x, t_x, T)))


def test_all_one_time_buyers_fit_without_failing():
    T = np.linspace(1, 40, 300)
    fit = fit_bgnbd(np.zeros(300), np.zeros(300), T)
    # The likelihood r log(alpha / (alpha + T)) is largest as r -> 0: nobody is expected back.
    assert fit.r / fit.alpha < 1e-4
    assert fit.log_likelihood == pytest.approx(0.0, abs=0.05)
    assert expected_purchases_new(fit, 52.0) < 0.01


def test_inputs_are_checked():
    with pytest.raises(ValidationError):
        fit_bgnbd([], [], [])
    with pytest.raises(ValidationError):
        fit_bgnbd([1], [5.0], [4.0])  # last purchase after the end
    with pytest.raises(ValidationError):
        fit_bgnbd([0], [1.0], [4.0])  # no repeat purchase but a time for one
    with pytest.raises(ValidationError):
        fit_bgnbd([1, 2], [1.0, 2.0], [4.0, 4.0], weights=[0, 0])


def test_p_alive_by_hand():
    p = BgNbdParams(r=1.0, alpha=1.0, a=1.0, b=2.0, log_likelihood=0.0)
    # x = 1, t_x = 1, T = 2: 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x))
    #                      = 1 / (1 + 1/2 * (3/2)^2) = 1 / (1 + 9/8) = 8/17
    assert p_alive(p, 1, 1.0, 2.0) == pytest.approx(8 / 17)
    # A customer whose last purchase is at T: 1 / (1 + 1/2) = 2/3.
    assert p_alive(p, 1, 2.0, 2.0) == pytest.approx(2 / 3)
    # No repeat purchase: the model cannot have lost them.
    assert np.all(p_alive(p, [0, 0], [0, 0], [1.0, 500.0]) == 1.0)
    # A long silence after many purchases: close to 0, without overflow.
    assert p_alive(p, 3000, 1.0, 500.0) == pytest.approx(0.0, abs=1e-300)


def test_expected_purchases_new_matches_the_unreduced_formula_and_simulation():
    p = CDNOW
    t = np.array([0.0, 1.0, 39.0, 78.0])
    # FHL eq. 7 as published (before the Euler transformation the code uses).
    z = t / (p.alpha + t)
    published = (p.a + p.b - 1) / (p.a - 1) * (
        1 - (p.alpha / (p.alpha + t)) ** p.r * hyp2f1(p.r, p.b, p.a + p.b - 1, z))
    assert expected_purchases_new(p, t) == pytest.approx(published, rel=1e-9, abs=1e-12)
    assert expected_purchases_new(p, 0.0) == 0.0
    rng = np.random.default_rng(11)
    x, _ = simulate_bgnbd(p.r, p.alpha, p.a, p.b, np.full(400_000, 39.0), rng)
    # Monte-Carlo mean of x(39) ~ 1.195; its standard error here is about 0.005.
    assert x.mean() == pytest.approx(expected_purchases_new(p, 39.0), abs=0.02)


def test_conditional_expectation_matches_eq_10_and_the_law_of_total_expectation():
    p = CDNOW
    x, t_x, T, t = np.array([0.0, 1, 5, 12]), np.array([0.0, 10, 30, 37]), 38.0, 52.0
    c = p.a + p.b + x - 1
    z = t / (p.alpha + T + t)
    eq10 = c / (p.a - 1) * (
        1 - ((p.alpha + T) / (p.alpha + T + t)) ** (p.r + x) * hyp2f1(p.r + x, p.b + x, c, z)
    ) / (1 + (x > 0) * p.a / (p.b + x - 1) * ((p.alpha + T) / (p.alpha + t_x)) ** (p.r + x))
    assert expected_purchases(p, t, x, t_x, T) == pytest.approx(eq10, rel=1e-9)
    # Averaged over customers simulated to T, E[Y(t) | x, t_x, T] is E[X(T + t)] - E[X(T)].
    rng = np.random.default_rng(3)
    sx, stx = simulate_bgnbd(p.r, p.alpha, p.a, p.b, np.full(200_000, 30.0), rng)
    mean = expected_purchases(p, 20.0, sx, stx, 30.0).mean()
    exact = expected_purchases_new(p, 50.0) - expected_purchases_new(p, 30.0)
    assert mean == pytest.approx(exact, rel=0.02)


def test_expected_purchases_broadcast_and_grow_with_time():
    p = CDNOW
    grid = expected_purchases(p, np.array([[0.0], [4.0], [52.0]]), [0, 3], [0, 20], [30, 30])
    assert grid.shape == (3, 2)
    assert np.all(grid[0] == 0) and np.all(np.diff(grid, axis=0) > 0)
    # a = 1 exactly is a removable singularity of the formula.
    one = BgNbdParams(0.5, 3.0, 1.0, 2.0, 0.0)
    near = [BgNbdParams(0.5, 3.0, 1.0 + e, 2.0, 0.0) for e in (-1e-3, 1e-3)]
    at_one = expected_purchases_if_alive(one, 10.0, 2.0, 20.0)
    sides = [expected_purchases_if_alive(q, 10.0, 2.0, 20.0) for q in near]
    assert np.isfinite(at_one) and min(sides) <= at_one <= max(sides)


def test_a_heavy_buyer_is_expected_to_keep_buying_at_their_rate():
    p = CDNOW
    # 2,000 purchase days in 50 weeks, the last at the end: rate about (r + x) / (alpha + T) =
    # 2000.2 / 54.4 = 36.8 a week, P(alive) = 1 / (1 + a / (b + 1999)) ~ 0.9996.
    expected = expected_purchases(p, 1.0, 2000, 50.0, 50.0)
    assert 0.95 * 36.8 < expected < 36.8


def test_huge_a_and_b_fall_back_to_the_fixed_dropout_limit():
    # A small homogeneous sample can push a and b to their bound; hyp2f1 then overflows. The
    # limit of the model is a fixed dropout chance p = a / (a + b) per purchase.
    import warnings

    from seller_desk.domain.retention.bgnbd import BgNbdParams, expected_purchases_if_alive

    params = BgNbdParams(r=0.5, alpha=5.0, a=2.0e7, b=6.0e7, log_likelihood=0.0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = expected_purchases_if_alive(params, 52.0, np.array([0.0, 3.0]),
                                          np.array([30.0, 30.0]))
    drop = 0.25
    want = (1 - ((5 + 30) / (5 + 30 + drop * 52)) ** np.array([0.5, 3.5])) / drop
    assert np.isfinite(got).all()
    np.testing.assert_allclose(got, want, rtol=1e-3)
    # And the limit joins the exact formula where both still compute.
    near = BgNbdParams(r=0.5, alpha=5.0, a=2.0e3, b=6.0e3, log_likelihood=0.0)
    exact = expected_purchases_if_alive(near, 52.0, np.array([3.0]), np.array([30.0]))
    np.testing.assert_allclose(exact, want[1:], rtol=2e-3)
