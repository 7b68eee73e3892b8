"""Order profit in base currency: fee defaults, exact array conversions, exact splits over lines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Context, Decimal
from types import MappingProxyType

import numpy as np
import numpy.typing as npt

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.money_arrays import decimal_parts, round_products

Ints = npt.NDArray[np.int64]
Flags = npt.NDArray[np.bool_]

# Cross rates worked out from two per-EUR rates are kept to this many significant digits: far
# below a minor unit on any order line, and small enough for exact int64 products in numpy.
RATE_DIGITS = 12
_RATE_CONTEXT = Context(prec=RATE_DIGITS)
# Factors with at most this many digits take numpy's int64 path; longer ones (a rate typed with
# 20 decimals) are still exact, through Python integers.
_FAST_DIGITS = 10**13
_SAFE = 2**62


@dataclass(frozen=True)
class FeeRule:
    """What a market charges on an order: percentages of the order total (6.5 means 6.5 %),
    a fixed fee per order and the shipping label, both in minor units of `currency`."""

    marketplace_pct: Decimal
    payment_pct: Decimal
    fixed_fee_minor: int
    currency: str
    shipping_minor: int = 0


def _fees(marketplace: str, payment: str, fixed_cents: int) -> FeeRule:
    return FeeRule(Decimal(marketplace), Decimal(payment), fixed_cents, "USD")


# The marketplaces' published standard fees, used while a market has no price rule.
MARKETPLACE_FEES: Mapping[str, FeeRule] = MappingProxyType({
    "shopify": _fees("0", "2.9", 30),
    "woocommerce": _fees("0", "2.9", 30),
    "etsy": _fees("6.5", "3", 25),
    "ebay": _fees("13.25", "0", 30),
    "amazon": _fees("15", "0", 0),
})
NO_FEES = _fees("0", "0", 0)


def default_fee_rule(marketplace: str) -> FeeRule:
    """The marketplace's standard fees; none for hand-made orders and unknown marketplaces."""
    return MARKETPLACE_FEES.get(marketplace, NO_FEES)


def share(percent: Decimal) -> Decimal:
    """A percentage as a fraction, exactly (6.5 → 0.065)."""
    return percent.scaleb(-2)


def minor_factor(rate: Decimal, from_currency: str, to_currency: str) -> Decimal:
    """What one minor unit of `from_currency` is worth in minor units of `to_currency` at
    `rate` (units of `to_currency` per unit of `from_currency`)."""
    return rate.scaleb(minor_digits(to_currency) - minor_digits(from_currency))


def cross_rate_to_base(per_eur_currency: Decimal, per_eur_base: Decimal) -> Decimal:
    """Units of the base currency per unit of a currency, from both rates per EUR."""
    return _RATE_CONTEXT.divide(per_eur_base, per_eur_currency)


def multiply_exact(amounts: Ints, factors: Sequence[Decimal], codes: Ints) -> Ints:
    """amounts[i] x factors[codes[i]], rounded half away from zero to a whole number: the
    result round_to_minor gives for each, computed for a whole batch at once."""
    out = np.zeros(len(amounts), dtype=np.int64)
    if not len(amounts):
        return out
    digits: list[int] = []
    exponents: list[int] = []
    for factor in factors:
        whole, exponent = decimal_parts(factor)
        if exponent > 0:
            whole, exponent = whole * 10**exponent, 0
        digits.append(whole)
        exponents.append(exponent)
    fast_code = np.array([d < _FAST_DIGITS and e >= -18 for d, e in zip(digits, exponents,
                                                                         strict=True)])
    fast_digits = np.array([d if ok else 0 for d, ok in zip(digits, fast_code, strict=True)],
                           dtype=np.int64)
    exps = np.array(exponents, dtype=np.int64)
    magnitude = np.abs(amounts.astype(np.int64))
    # Amounts already in the right unit (a factor of exactly 1) are taken as they are.
    unit = np.array([factor == 1 for factor in factors], dtype=bool)[codes]
    out[unit] = magnitude[unit]
    used = fast_digits[codes]
    # One bound for the whole fast batch keeps round_products on its int64 path.
    bound = _SAFE // max(int(used.max()), 1)
    fast = fast_code[codes] & (magnitude < bound) & ~unit
    if fast.any():
        out[fast] = round_products(magnitude[fast], used[fast], exps[codes[fast]])
    slow = ~fast & ~unit
    if slow.any():
        big = np.array(digits, dtype=object)
        out[slow] = round_products(magnitude[slow].astype(object), big[codes[slow]],
                                   exps[codes[slow]])
    return np.where(amounts < 0, -out, out)


def _divide_half_away(numerator: npt.NDArray[np.generic], divisor: npt.NDArray[np.generic]
                      ) -> npt.NDArray[np.generic]:
    """numerator / divisor (divisor > 0) rounded half away from zero, in integers."""
    magnitude = (2 * abs(numerator) + divisor) // (2 * divisor)
    return np.where(numerator < 0, -magnitude, magnitude)


def allocate(amounts: Ints, order_of_line: Ints, weights: Ints) -> Ints:
    """Split each order's amount over its lines in proportion to their weights (line totals).

    The lines of one order must follow each other in `order_of_line` (an index into
    `amounts`). Each line gets the rounded running share less the one before it, so an order's
    parts add up to its amount exactly; an order whose weights add up to zero splits evenly.
    """
    return allocate_many([amounts], order_of_line, weights)[0]


def allocate_many(amounts: Sequence[Ints], order_of_line: Ints, weights: Ints) -> list[Ints]:
    """allocate() for several amounts of the same orders over the same lines."""
    count = len(order_of_line)
    if count == 0:
        return [np.zeros(0, dtype=np.int64) for _ in amounts]
    first = np.ones(count, dtype=bool)
    first[1:] = order_of_line[1:] != order_of_line[:-1]
    starts = np.flatnonzero(first)
    group = np.cumsum(first) - 1
    weight = weights.astype(np.int64)
    totals = np.add.reduceat(weight, starts)
    if (totals == 0).any():
        weight = np.where((totals == 0)[group], 1, weight)
        totals = np.add.reduceat(weight, starts)
    running = np.cumsum(weight)
    so_far = running - (running[starts] - weight[starts])[group]
    flip = totals < 0
    if flip.any():
        so_far = np.where(flip[group], -so_far, so_far)
        totals = np.where(flip, -totals, totals)
    # A line alone in its order takes the whole amount; only the others are divided.
    alone = np.ones(count, dtype=bool)
    alone[:-1] = first[1:]
    alone &= first
    split = np.flatnonzero(~alone)
    divisor = totals[group[split]]
    so_far = so_far[split]
    widest = int(np.abs(so_far).max()) if len(split) else 0
    parts = []
    for amount in amounts:
        line_amount = amount.astype(np.int64)[order_of_line]
        part = line_amount.copy()
        if len(split):
            share_of = line_amount[split]
            if int(np.abs(share_of).max()) * widest >= _SAFE:
                shares = _divide_half_away(share_of.astype(object) * so_far.astype(object),
                                           divisor.astype(object)).astype(np.int64)
            else:
                shares = _divide_half_away(share_of * so_far, divisor).astype(np.int64)
            # Within an order the split lines are consecutive: each part is its running share
            # less the one before it (none before an order's first line).
            before = np.zeros(len(split), dtype=np.int64)
            before[1:] = shares[:-1]
            before[first[split]] = 0
            part[split] = shares - before
        parts.append(part)
    return parts


def margins(revenue: Ints, marketplace_fee: Ints, payment_fee: Ints, cost: Ints,
            shipping: Ints, returns: Ints) -> Ints:
    """Contribution margin of each order: revenue (net of refunds) less fees, goods, the
    shipping label and what its returns cost."""
    return revenue - marketplace_fee - payment_fee - cost - shipping - returns


def revenue_minor(total: Ints, tax: Ints, refunded: Ints) -> Ints:
    """What the seller keeps of each order before costs, in its own currency: net of VAT and
    refunds, a refund taking back its share of the VAT (a full refund leaves 0, not minus the
    tax); shipping charged to the buyer counts. The VAT kept is rounded half up, once."""
    kept = total - refunded
    tax_kept = np.where(total > 0, (2 * tax * kept + total) // np.maximum(2 * total, 1), 0)
    return kept - tax_kept


def order_revenue_minor(total: int, tax: int, refunded: int) -> int:
    """revenue_minor of one order."""
    return int(revenue_minor(np.array([total]), np.array([tax]), np.array([refunded]))[0])
