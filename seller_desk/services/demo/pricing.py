"""Demo prices in any order currency: offer prices, shipping and base rates, each rounded once."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.money import round_to_minor
from seller_desk.services.demo.rates import DemoRates

# Flat shipping by store currency: (home zone fee, abroad fee, free from), in major units.
SHIPPING = {
    "USD": (Decimal("4.99"), Decimal("9.99"), Decimal("59")),
    "EUR": (Decimal("4.90"), Decimal("12.90"), Decimal("55")),
}


def charm_price(amount: Decimal, currency: str) -> int:
    """A shelf price ending in .99 above `amount`: 23.41 -> 23.99 (yen are rounded only)."""
    digits = minor_digits(currency)
    if digits == 0:
        return round_to_minor(amount, currency)
    whole = int(amount)
    return whole * 10**digits + 10**digits - 1


def major(minor: int, currency: str) -> Decimal:
    """`minor` units as a Decimal amount of `currency` (exact)."""
    return Decimal(minor).scaleb(-minor_digits(currency))


class OrderPricing:
    """Every conversion an order needs, cached under an integer key computed for whole batches.

    Keys pack (listing, store, currency, month) and the like into one int, so a batch's keys
    come from numpy at once and the per-order loop only does dictionary look-ups.
    """

    def __init__(self, rates: DemoRates, base: str, currencies: list[str],
                 store_currencies: list[str], offers: dict[tuple[int, int], tuple[int, str]],
                 bind_rate: Callable[[Decimal], Any]) -> None:
        self.rates = rates
        self.base = base
        self.currencies = currencies
        self.store_currencies = store_currencies
        self.months = rates.months
        self._offers = offers
        self._bind_rate = bind_rate
        self.units: dict[int, int] = {}
        self.fees: dict[int, tuple[int, int]] = {}
        self.to_base_by_key: dict[int, tuple[Decimal, bool, Any]] = {}
        self.scale = [Decimal(1).scaleb(-minor_digits(code)) for code in currencies]

    def _pack(self, high: np.ndarray, currency: np.ndarray, month: np.ndarray) -> list[int]:
        return (((high * len(self.currencies)) + currency) * self.months + month).tolist()

    def _unpack(self, key: int) -> tuple[int, int, int]:
        high, month = divmod(key, self.months)
        high, currency = divmod(high, len(self.currencies))
        return high, currency, month

    def unit_keys(self, listing: np.ndarray, store: np.ndarray, currency: np.ndarray,
                  month: np.ndarray) -> list[int]:
        return self._pack(listing * len(self.store_currencies) + store, currency, month)

    def unit_price_by_key(self, key: int) -> int:
        """The offer's price of a listing on a store, converted to the order currency."""
        high, currency, month = self._unpack(key)
        listing, store = divmod(high, len(self.store_currencies))
        minor, source = self._offers[(listing, store)]
        target = self.currencies[currency]
        if source == target:
            price = minor
        else:
            rate = self.rates.cross(source, target, month)
            price = max(1, round_to_minor(major(minor, source) * rate, target))
        self.units[key] = price
        return price

    def fee_keys(self, store: np.ndarray, abroad: np.ndarray, currency: np.ndarray,
                 month: np.ndarray) -> list[int]:
        return self._pack(store * 2 + abroad, currency, month)

    def shipping_by_key(self, key: int) -> tuple[int, int]:
        """(fee, free-from threshold) in minor units of the order currency."""
        high, currency, month = self._unpack(key)
        store, abroad = divmod(high, 2)
        source = self.store_currencies[store]
        home_fee, abroad_fee, free_from = SHIPPING[source]
        target = self.currencies[currency]
        rate = self.rates.cross(source, target, month)
        fee = abroad_fee if abroad else home_fee
        found = (round_to_minor(fee * rate, target), round_to_minor(free_from * rate, target))
        self.fees[key] = found
        return found

    def base_keys(self, currency: np.ndarray, month: np.ndarray) -> list[int]:
        return self._pack(np.zeros_like(currency), currency, month)

    def to_base_of_key(self, key: int) -> tuple[Decimal, bool, Any]:
        """(rate_to_base, whether the order is in the base currency, the rate as bound)."""
        _, currency, month = self._unpack(key)
        code = self.currencies[currency]
        rate = self.rates.to_base(code, self.base, month)
        found = (rate, code == self.base, self._bind_rate(rate))
        self.to_base_by_key[key] = found
        return found
