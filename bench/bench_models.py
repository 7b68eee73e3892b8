"""Fitting BG/NBD and Gamma-Gamma on 250,000 customers simulated from the models themselves.

Customers arrive over two years; times are on the day grid the app uses (days / 7), so identical
(x, t_x, T) rows collapse. Also times the CLV of every customer, which the retention page needs.
"""

from __future__ import annotations

import argparse

import numpy as np
from common import row, timed

from seller_desk.domain.retention.bgnbd import fit_bgnbd, simulate_bgnbd
from seller_desk.domain.retention.clv import ClvTerms, customer_lifetime_value, fit_lifetime_model
from seller_desk.domain.retention.gamma_gamma import fit_gamma_gamma, simulate_gamma_gamma
from seller_desk.domain.retention.model_input import ModelInput

TRUE_BGNBD = {"r": 0.5, "alpha": 8.0, "a": 0.8, "b": 2.5}
TRUE_GAMMA_GAMMA = {"p": 4.0, "q": 3.0, "gamma": 20.0}


def simulated(customers: int, seed: int) -> ModelInput:
    """Model inputs drawn from the models, on the day grid, spends in whole cents."""
    rng = np.random.default_rng(seed)
    age_days = rng.integers(1, 731, customers)
    x, t_x = simulate_bgnbd(**TRUE_BGNBD, T=age_days / 7, rng=rng)
    # The last purchase on a whole day after the first (a repeat is never on day 0).
    last_day = np.where(x > 0, np.clip(np.ceil(t_x * 7), 1, age_days), 0)
    m = np.round(simulate_gamma_gamma(**TRUE_GAMMA_GAMMA, x=x, rng=rng), 2)
    return ModelInput(np.arange(customers, dtype=np.int64), x, last_day / 7, age_days / 7, m)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=250_000)
    parser.add_argument("--orders", type=int, help=argparse.SUPPRESS)  # run_all passes it on
    args = parser.parse_args()
    data = simulated(args.customers, seed=3)
    repeat = data.x > 0
    print(f"{args.customers:,} simulated customers, {int(repeat.sum()):,} repeat customers, "
          f"{int(data.x.sum()):,} repeat purchase days, largest x {int(data.x.max())}")

    bgnbd = fit_bgnbd(data.x, data.t_x, data.T)
    gamma_gamma = fit_gamma_gamma(data.x, data.m)
    print("  BG/NBD      true " + ", ".join(f"{k}={v:g}" for k, v in TRUE_BGNBD.items())
          + f"\n              fit  r={bgnbd.r:.3f}, alpha={bgnbd.alpha:.3f}, a={bgnbd.a:.3f}, "
          f"b={bgnbd.b:.3f}  (LL {bgnbd.log_likelihood:,.1f})")
    print("  Gamma-Gamma true " + ", ".join(f"{k}={v:g}" for k, v in TRUE_GAMMA_GAMMA.items())
          + f"\n              fit  p={gamma_gamma.p:.3f}, q={gamma_gamma.q:.3f}, "
          f"gamma={gamma_gamma.gamma:.3f}  (LL {gamma_gamma.log_likelihood:,.1f})")

    bg_ms, _ = timed(lambda: fit_bgnbd(data.x, data.t_x, data.T), repeat=3)
    gg_ms, _ = timed(lambda: fit_gamma_gamma(data.x, data.m), repeat=3)
    row("fit BG/NBD", bg_ms)
    row("fit Gamma-Gamma", gg_ms)
    row("both fits", bg_ms + gg_ms, 3000)
    model = fit_lifetime_model(data, history_days=730)
    clv_ms, _ = timed(lambda: customer_lifetime_value(model, data, ClvTerms()), repeat=3)
    clv = customer_lifetime_value(model, data, ClvTerms())
    row("12-month CLV of every customer", clv_ms, 1000,
        f"  (mean {clv.mean():.2f}, median {np.median(clv):.2f})")


if __name__ == "__main__":
    main()
