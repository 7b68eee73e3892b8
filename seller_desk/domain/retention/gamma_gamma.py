"""Gamma-Gamma model of spend per transaction (Fader & Hardie 2013): fit and expected spend."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.special import digamma, gammaln

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.history import Floats
from seller_desk.domain.retention.model_input import collapse_rows
from seller_desk.domain.text import QT_TRANSLATE_NOOP

NO_REPEATERS = QT_TRANSLATE_NOOP(
    "retention", "There are no repeat customers to fit the spend model on yet."
)
# See bgnbd.LOG_BOUND: equal spends everywhere send p (or q and gamma together) to infinity.
LOG_BOUND = 18.0


@dataclass(frozen=True)
class GammaGammaParams:
    """Fitted Gamma-Gamma parameters: spends ~ Gamma(p, nu) per transaction, nu ~ Gamma(q,
    gamma) across customers; `log_likelihood` of the mean spends at these values."""

    p: float
    q: float
    gamma: float
    log_likelihood: float

    def population_mean(self) -> float:
        """E[M] = p * gamma / (q - 1) of a customer not seen buying yet; inf when q <= 1."""
        return self.p * self.gamma / (self.q - 1.0) if self.q > 1.0 else float("inf")


def fit_gamma_gamma(
    x: npt.ArrayLike, m: npt.ArrayLike, weights: npt.ArrayLike | None = None
) -> GammaGammaParams:
    """Maximum-likelihood Gamma-Gamma parameters from repeat counts `x` and mean repeat spends
    `m`. Only rows with x >= 1 and m > 0 count (a mean spend of 0 has no density: it is a
    free or fully discounted order, not a draw of the spend model). q <= 1 is returned as
    fitted; the caller decides what to do with it."""
    from scipy.optimize import minimize  # loaded on the first fit, not at start-up

    x = np.asarray(x, dtype=np.float64).ravel()
    m = np.asarray(m, dtype=np.float64).ravel()
    w_in = np.ones(x.size) if weights is None else np.asarray(weights, dtype=np.float64).ravel()
    keep = (x >= 1) & (m > 0) & np.isfinite(m) & (w_in > 0)
    if not keep.any():
        raise ValidationError(NO_REPEATERS)
    (x, m), w, _ = collapse_rows((x[keep], m[keep]), w_in[keep])
    total = float(w.sum())
    # Fit on spends scaled to mean 1 (the model is scale-free: gamma scales with the money
    # unit), so the same start works for yen and dinars; the likelihood is shifted back below.
    scale = float((w * m).sum()) / total
    m = m / scale
    xu, ix = np.unique(x, return_inverse=True)
    log_xu = np.log(xu)
    log_m = np.log(m)
    mx = m * x

    def objective(theta: Floats) -> tuple[float, Floats]:
        p, q, gamma = np.exp(theta)
        px = p * xu
        g = gammaln(px + q) - gammaln(px) - gammaln(q)
        psi_pxq = digamma(px + q)
        log_gm = np.log(gamma + mx)
        # log f(m | x) = log G(px+q) - log G(px) - log G(q) + q log gamma + (px - 1) log m
        #                + px log x - (px + q) log(gamma + m x)
        ll = (
            g[ix] + q * np.log(gamma) + (p * x - 1.0) * log_m + p * x * log_xu[ix]
            - (p * x + q) * log_gm
        )
        d_p = x * ((psi_pxq - digamma(px) + log_xu)[ix] + log_m - log_gm)
        d_q = (psi_pxq - digamma(q))[ix] + np.log(gamma) - log_gm
        d_gamma = q / gamma - (p * x + q) / (gamma + mx)
        # (w * v).sum() rather than a BLAS dot: see bgnbd._objective.
        grad = np.array([(w * d).sum() for d in (d_p * p, d_q * q, d_gamma * gamma)])
        return -float((w * ll).sum()) / total, -grad / total

    # Start: p = 1, q = 2, gamma = 1, i.e. a population mean spend of p gamma / (q - 1) = 1.
    result = minimize(
        objective, np.log([1.0, 2.0, 1.0]), jac=True, method="L-BFGS-B",
        bounds=[(-LOG_BOUND, LOG_BOUND)] * 3,
        options={"maxiter": 2000, "ftol": 1e-15, "gtol": 1e-10},
    )
    p, q, gamma = (float(v) for v in np.exp(result.x))
    # Densities of m in the caller's unit are those of m / scale divided by scale.
    log_likelihood = -float(result.fun) * total - total * float(np.log(scale))
    return GammaGammaParams(p, q, gamma * scale, log_likelihood)


def expected_spend(p: GammaGammaParams, x: npt.ArrayLike, m: npt.ArrayLike) -> Floats:
    """E[M | x, m]: (p gamma + p x m) / (p x + q - 1), a weighted mean of the population mean
    p gamma / (q - 1) and the customer's own mean m; at x == 0 the population mean. Meaningful
    only when q > 1 (the caller falls back otherwise)."""
    x, m = np.broadcast_arrays(np.asarray(x, dtype=np.float64), np.asarray(m, dtype=np.float64))
    return (p.p * p.gamma + p.p * x * m) / (p.p * x + p.q - 1.0)


def simulate_gamma_gamma(
    p: float, q: float, gamma: float, x: npt.ArrayLike, rng: np.random.Generator
) -> Floats:
    """Mean spends m drawn from the model for customers with `x` repeat purchases (0 where
    x == 0), for tests and benchmarks."""
    x = np.asarray(x, dtype=np.float64)
    nu = rng.gamma(q, 1.0 / gamma, x.shape)
    # The mean of x spends ~ Gamma(p, rate nu) is Gamma(p x, rate nu x).
    safe_x = np.maximum(x, 1.0)
    m = rng.gamma(p * safe_x, 1.0 / (nu * safe_x))
    return np.where(x >= 1, m, 0.0)
