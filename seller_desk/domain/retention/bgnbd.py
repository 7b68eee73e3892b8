"""BG/NBD model (Fader, Hardie & Lee 2005): fit, P(alive) and expected purchase days."""

# ruff: noqa: N803, N806 - x, t_x and T are the names the literature (and RETENTION.md) gives them.

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt
from scipy.special import betaln, digamma, expit, gammaln, hyp2f1

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.history import Floats
from seller_desk.domain.retention.model_input import collapse_rows
from seller_desk.domain.text import QT_TRANSLATE_NOOP

NO_CUSTOMERS = QT_TRANSLATE_NOOP("retention", "There are no customers to fit the model on yet.")
BAD_INPUT = QT_TRANSLATE_NOOP(
    "retention", "The purchase counts and times given to the model are not consistent."
)
# Log-parameters stay within ±LOG_BOUND: a shop of one-time buyers drives r to 0 and a, b are
# then not identified; the bound keeps the search finite instead of failing.
LOG_BOUND = 18.0


@dataclass(frozen=True)
class BgNbdParams:
    """Fitted BG/NBD parameters: purchase rates ~ Gamma(r, alpha) per week, drop-out
    probabilities ~ Beta(a, b); `log_likelihood` of the data at these values."""

    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float


def _floats(values: npt.ArrayLike) -> Floats:
    return np.asarray(values, dtype=np.float64)


def _prepared(
    x: npt.ArrayLike, t_x: npt.ArrayLike, T: npt.ArrayLike, weights: npt.ArrayLike | None
) -> tuple[Floats, Floats, Floats, Floats]:
    """Checked inputs, identical rows collapsed into weights, rows of weight 0 dropped."""
    x, t_x, T = _floats(x).ravel(), _floats(t_x).ravel(), _floats(T).ravel()
    if not (x.size == t_x.size == T.size) or not np.all(
        (x >= 0) & (t_x >= 0) & (t_x <= T) & ((x > 0) | (t_x == 0)) & np.isfinite(T)
    ):
        raise ValidationError(BAD_INPUT)
    (x, t_x, T), w, _ = collapse_rows((x, t_x, T), weights)
    keep = w > 0
    if not keep.any():
        raise ValidationError(NO_CUSTOMERS)
    return x[keep], t_x[keep], T[keep], w[keep]


def _objective(
    x: Floats, t_x: Floats, T: Floats, w: Floats
) -> Callable[[Floats], tuple[float, Floats]]:
    """Minus the mean log-likelihood per unit weight, and its gradient, over log-parameters."""
    total = float(w.sum())
    # Terms that depend on x alone (gammaln, betaln, digamma: the costly ones) are computed
    # once per distinct x; log(alpha + T) once per distinct T, and likewise for t_x.
    xu, ix = np.unique(x, return_inverse=True)
    tu, it = np.unique(t_x, return_inverse=True)
    big_tu, i_big_t = np.unique(T, return_inverse=True)
    repeat = x > 0
    xm1 = np.where(xu > 0, xu - 1.0, xu)  # x - 1 where it is used, any safe value elsewhere

    def objective(theta: Floats) -> tuple[float, Floats]:
        r, alpha, a, b = np.exp(theta)
        lb_ab = betaln(a, b)
        g = gammaln(r + xu) - gammaln(r)
        lb1 = betaln(a, b + xu) - lb_ab
        lb2 = betaln(a + 1.0, b + xm1) - lb_ab
        psi_ab = digamma(a + b) - digamma(a + b + xu)
        du1_db = digamma(b + xu) - digamma(b) + psi_ab
        du2_db = digamma(b + xm1) - digamma(b) + psi_ab
        log_t = np.log(alpha + tu)[it]
        log_big_t = np.log(alpha + big_tu)[i_big_t]
        rx = r + x
        # Likelihood = A * (exp(u1) + [x > 0] exp(u2)) (FHL eq. 6), summed in log space so x
        # in the thousands cannot overflow.
        u1 = lb1[ix] - rx * log_big_t
        u2 = np.where(repeat, lb2[ix] - rx * log_t, -np.inf)
        lse = np.logaddexp(u1, u2)
        w1 = np.exp(u1 - lse)
        w2 = np.exp(u2 - lse)
        ll = g[ix] + r * np.log(alpha) + lse
        d_r = (digamma(r + xu) - digamma(r))[ix] + np.log(alpha) - w1 * log_big_t - w2 * log_t
        d_alpha = r / alpha - rx * (w1 / (alpha + T) + w2 / (alpha + t_x))
        d_a = psi_ab[ix] + w2 / a  # d u2 / d a = d u1 / d a + 1 / a, and w1 + w2 = 1
        d_b = w1 * du1_db[ix] + w2 * du2_db[ix]
        # (w * v).sum(), not w @ v: a BLAS dot wakes its threads and is 100x slower on a
        # busy 2-core machine.
        grad = np.array([(w * d).sum() for d in (d_r * r, d_alpha * alpha, d_a * a, d_b * b)])
        return -float((w * ll).sum()) / total, -grad / total

    return objective


def fit_bgnbd(
    x: npt.ArrayLike, t_x: npt.ArrayLike, T: npt.ArrayLike, weights: npt.ArrayLike | None = None
) -> BgNbdParams:
    """Maximum-likelihood BG/NBD parameters for repeat purchase counts `x`, last purchase times
    `t_x` and observation lengths `T` (weeks), each row counted `weights` times (default 1).
    Raises ValidationError when there are no rows or they are inconsistent (t_x > T...)."""
    from scipy.optimize import minimize  # loaded on the first fit, not at start-up

    x, t_x, T, w = _prepared(x, t_x, T, weights)
    total = float(w.sum())
    # Start: r = 1 and the mean purchase rate r / alpha equal to the observed one.
    rate = max(float((w * x).sum()) / max(float((w * T).sum()), 1e-9), 1e-6)
    start = np.clip(np.log([1.0, 1.0 / rate, 1.0, 1.0]), -LOG_BOUND, LOG_BOUND)
    result = minimize(
        _objective(x, t_x, T, w), start, jac=True, method="L-BFGS-B",
        bounds=[(-LOG_BOUND, LOG_BOUND)] * 4,
        options={"maxiter": 2000, "ftol": 1e-15, "gtol": 1e-10},
    )
    r, alpha, a, b = (float(v) for v in np.exp(result.x))
    return BgNbdParams(r, alpha, a, b, -float(result.fun) * total)


def log_likelihood(
    p: BgNbdParams, x: npt.ArrayLike, t_x: npt.ArrayLike, T: npt.ArrayLike,
    weights: npt.ArrayLike | None = None,
) -> float:
    """The BG/NBD log-likelihood of the rows at `p` (its `log_likelihood` field is ignored)."""
    x, t_x, T, w = _prepared(x, t_x, T, weights)
    value, _ = _objective(x, t_x, T, w)(np.log([p.r, p.alpha, p.a, p.b]))
    return -value * float(w.sum())


def p_alive(p: BgNbdParams, x: npt.ArrayLike, t_x: npt.ArrayLike, T: npt.ArrayLike) -> Floats:
    """P(still active | x, t_x, T); 1 where x == 0 (the model cannot drop them before a repeat)."""
    x, t_x, T = np.broadcast_arrays(_floats(x), _floats(t_x), _floats(T))
    repeat = x > 0
    bx = np.where(repeat, p.b + x - 1.0, 1.0)
    log_odds_dead = (
        np.log(p.a) - np.log(bx)
        + (p.r + x) * (np.log(p.alpha + T) - np.log(p.alpha + t_x))
    )
    return np.where(repeat, expit(-log_odds_dead), 1.0)


def expected_purchases_if_alive(
    p: BgNbdParams, t: float | npt.ArrayLike, x: npt.ArrayLike, T: npt.ArrayLike
) -> Floats:
    """E[Y(t) | x, T, alive at T]: FHL eq. 10 without its P(alive) factor, which alone depends
    on t_x (so callers can evaluate this once per distinct (x, T)). Arrays broadcast.

    Euler's transformation turns ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z)
    into (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z): no term grows with x, so no overflow.
    """
    t, x, T = _floats(t), _floats(x), _floats(T)
    a = p.a
    if abs(a - 1.0) < 1e-7:
        # a = 1 is a removable singularity: average the two sides.
        lo, hi = replace(p, a=a - 1e-4), replace(p, a=a + 1e-4)
        return 0.5 * (expected_purchases_if_alive(lo, t, x, T)
                      + expected_purchases_if_alive(hi, t, x, T))
    c = a + p.b + x - 1.0
    z = t / (p.alpha + T + t)
    with np.errstate(all="ignore"):
        factor = np.exp((a - 1.0) * (np.log(p.alpha + T) - np.log(p.alpha + T + t)))
        core = 1.0 - factor * hyp2f1(a + p.b - 1.0 - p.r, a - 1.0, c, z)
        exact = c / (a - 1.0) * core
    # Where a and b are both huge (a small, homogeneous sample can push them to the bound) the
    # series is out of floating-point range; the dropout chance is then the same for everyone,
    # p = a / (a + b), and E[Y(t) | alive] = (1 - ((alpha+T) / (alpha+T+p t))^(r+x)) / p.
    broken = ~np.isfinite(exact)
    if broken.any():
        drop = a / (a + p.b)
        ratio = (p.alpha + T) / (p.alpha + T + drop * t)
        exact = np.where(broken, -np.expm1((p.r + x) * np.log(ratio)) / drop, exact)
    # Rounding can leave -0.0 or -1e-17 at t == 0; a count is never negative.
    return np.maximum(exact, 0.0)


def expected_purchases(
    p: BgNbdParams, t: float | npt.ArrayLike, x: npt.ArrayLike, t_x: npt.ArrayLike,
    T: npt.ArrayLike,
) -> Floats:
    """E[Y(t) | x, t_x, T]: expected purchase days in the next `t` weeks (arrays broadcast)."""
    t, x, t_x, T = np.broadcast_arrays(_floats(t), _floats(x), _floats(t_x), _floats(T))
    return p_alive(p, x, t_x, T) * expected_purchases_if_alive(p, t, x, T)


def expected_purchases_new(p: BgNbdParams, t: float | npt.ArrayLike) -> Floats:
    """E[X(t)]: expected repeat purchase days of a new customer in `t` weeks after the first."""
    t = _floats(t)
    zero = np.zeros_like(t)
    return expected_purchases_if_alive(p, t, zero, zero)


def simulate_bgnbd(
    r: float, alpha: float, a: float, b: float, T: npt.ArrayLike, rng: np.random.Generator
) -> tuple[Floats, Floats]:
    """(x, t_x) drawn from the model for customers observed `T` weeks (tests, benchmarks)."""
    T = _floats(T)
    rate = rng.gamma(r, 1.0 / alpha, T.shape)
    drop = np.clip(rng.beta(a, b, T.shape), 1e-12, 1.0)
    # Alive, a customer buys as a Poisson process; they may drop out after each repeat
    # purchase, so they make at most J ~ Geometric(drop) repeats. Given n purchases in
    # (0, T], the x-th of n uniform times is T * Beta(x, n - x + 1).
    n = rng.poisson(rate * T)
    x = np.minimum(n, rng.geometric(drop))
    t_x = np.where(x > 0, T * rng.beta(np.maximum(x, 1), n - x + 1), 0.0)
    return x.astype(np.float64), t_x
