"""Exact money arithmetic over whole numpy arrays: amount x decimal factor, rounded once."""

from __future__ import annotations

from decimal import Decimal

import numpy as np


def decimal_parts(factor: Decimal) -> tuple[int, int]:
    """(digits, exponent) with factor == digits * 10**exponent, for non-negative factors."""
    sign, digits, exponent = factor.as_tuple()
    if sign or not isinstance(exponent, int):
        raise ValueError(f"not a finite non-negative factor: {factor}")
    return int("".join(map(str, digits)) or 0), exponent


_SAFE = 2**62


def round_products(amounts: np.ndarray, digits: np.ndarray, exponents: np.ndarray
                   ) -> np.ndarray:
    """amount x digits x 10**exponent rounded half away from zero, element by element.

    The very result round_to_minor gives (amounts are whole minor units, factors exact
    decimals), in integer arithmetic for a whole batch; Python integers where int64 could
    overflow.
    """
    if amounts.size == 0:
        return amounts.astype(np.int64)
    if (int(amounts.min()) < 0 or int(amounts.max()) * int(digits.max()) >= _SAFE
            or int(exponents.max()) > 18 or int(exponents.min()) < -18):
        return np.array([_round_product(int(a), int(f), int(e)) for a, f, e in zip(
            amounts.tolist(), digits.tolist(), exponents.tolist(), strict=True)],
            dtype=object).astype(np.int64)
    product = amounts.astype(np.int64) * digits
    power = 10 ** np.abs(exponents)
    return np.where(exponents >= 0, product * power, (product + power // 2) // power)


def _round_product(amount: int, digits: int, exponent: int) -> int:
    product = amount * digits
    if exponent >= 0:
        return product * 10**exponent
    power = 10**-exponent
    magnitude = (abs(product) + power // 2) // power
    return magnitude if product >= 0 else -magnitude
