"""The demo's own exchange rates: rough units per USD, walking a little from month to month."""

from __future__ import annotations

from decimal import Context, Decimal

import numpy as np

from seller_desk.domain.errors import KnownError

# Approximate mid rates in units of each currency per US dollar, and how much each drifts in a
# month (standard deviation of the monthly log change); pegged currencies barely move.
_UNITS_PER_USD: dict[str, tuple[str, float]] = {
    "USD": ("1", 0.0),
    "EUR": ("0.92", 0.015),
    "GBP": ("0.79", 0.015),
    "CAD": ("1.36", 0.012),
    "AUD": ("1.52", 0.018),
    "NZD": ("1.66", 0.018),
    "JPY": ("150.0", 0.022),
    "KRW": ("1350", 0.018),
    "CNY": ("7.20", 0.008),
    "TWD": ("32.0", 0.010),
    "HKD": ("7.82", 0.0007),
    "SGD": ("1.35", 0.008),
    "CHF": ("0.88", 0.014),
    "SEK": ("10.6", 0.018),
    "NOK": ("10.7", 0.018),
    "DKK": ("6.87", 0.015),
    "PLN": ("4.00", 0.018),
    "CZK": ("23.3", 0.016),
    "HUF": ("360", 0.020),
    "MXN": ("17.8", 0.022),
    "BRL": ("5.20", 0.025),
    "INR": ("83.5", 0.008),
    "THB": ("35.8", 0.012),
    "MYR": ("4.65", 0.012),
    "ZAR": ("18.6", 0.025),
    "AED": ("3.6725", 0.0),
    "ILS": ("3.70", 0.015),
}

DEMO_CURRENCIES: tuple[str, ...] = tuple(_UNITS_PER_USD)
_RATE_DIGITS = Context(prec=10)


class DemoRates:
    """Units per USD for each demo currency in each month of the demo window (month 0 first)."""

    def __init__(self, seed: int, months: int) -> None:
        rng = np.random.default_rng([seed, 2])
        steps = rng.standard_normal((len(_UNITS_PER_USD), months))
        self._units: dict[str, list[Decimal]] = {}
        for row, (code, (base, drift)) in enumerate(_UNITS_PER_USD.items()):
            walk = np.exp(np.cumsum(steps[row] * drift) - steps[row, 0] * drift)
            # A random draw becomes a rate through its decimal text, never by float arithmetic.
            self._units[code] = [
                Decimal(base) * Decimal(f"{factor:.5f}") if drift else Decimal(base)
                for factor in walk.tolist()
            ]
        self.months = months

    def units_per_usd(self, currency: str, month: int) -> Decimal:
        return self._units[currency][month]

    def cross(self, source: str, target: str, month: int) -> Decimal:
        """Units of `target` per unit of `source` in `month`, unrounded."""
        if source == target:
            return Decimal(1)
        return self._units[target][month] / self._units[source][month]

    def to_base(self, currency: str, base: str, month: int) -> Decimal:
        """An order's `rate_to_base`: base units per unit of `currency`, 10 significant digits."""
        if currency == base:
            return Decimal(1)
        rate = _RATE_DIGITS.divide(self._units[base][month], self._units[currency][month])
        return Decimal(format(rate, "f"))


def check_demo_currency(code: str, error: type[KnownError], message: str) -> str:
    """`code` upper-cased if the demo has rates for it, else `error(message)` naming the choices."""
    clean = code.strip().upper()
    if clean not in _UNITS_PER_USD:
        raise error(message, item=code, code=code, choices=", ".join(sorted(_UNITS_PER_USD)))
    return clean
