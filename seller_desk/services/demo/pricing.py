"""Demo prices in any order currency: offer prices, shipping and base rates, each rounded once."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np

from seller_desk.domain.money import round_to_minor
from seller_desk.domain.money_arrays import decimal_parts
from seller_desk.services.demo.markets import major
from seller_desk.services.demo.offers import Offers
from seller_desk.services.demo.rates import DemoRates

# Shipping charged by store currency, in major units: (first kilogram, each further kilogram
# begun) for the home zone and abroad, and the subtotal from which it is free.
SHIPPING = {
    "USD": ((Decimal("4.99"), Decimal("8.00")), (Decimal("9.99"), Decimal("12.00")),
            Decimal("59")),
    "EUR": ((Decimal("4.90"), Decimal("7.00")), (Decimal("12.90"), Decimal("11.00")),
            Decimal("55")),
}


class KeyedValues:
    """Values by packed integer key, kept in dense arrays so batches look them up in numpy;
    each key's values are computed once, on first need."""

    def __init__(self, size: int, compute: Callable[[int], tuple[Any, ...]],
                 dtypes: tuple[Any, ...]) -> None:
        self.known = np.zeros(size, dtype=bool)
        self.columns = [np.zeros(size, dtype=dtype) for dtype in dtypes]
        self.compute = compute

    def take(self, keys: np.ndarray) -> list[np.ndarray]:
        missing = np.unique(keys[~self.known[keys]])
        for key in missing.tolist():
            for column, value in zip(self.columns, self.compute(key), strict=True):
                column[key] = value
        self.known[missing] = True
        return [column[keys] for column in self.columns]


class OrderPricing:
    """Every conversion an order needs, cached under an integer key computed for whole batches.

    Keys pack (listing, store, currency, month) and the like into one int, so a batch's keys
    and values come from numpy at once; only keys not seen before are computed.
    """

    def __init__(self, rates: DemoRates, base: str, currencies: list[str],
                 store_currencies: list[str], offers: Offers,
                 bind_rate: Callable[[Decimal], Any]) -> None:
        self.rates = rates
        self.base = base
        self.currencies = currencies
        self.store_currencies = store_currencies
        self.months = rates.months
        self._net = offers.net
        self._bind_rate = bind_rate
        per_high = len(currencies) * self.months
        listings = 1 + max((listing for listing, _, _ in offers.net), default=0)
        self.units = KeyedValues(listings * len(store_currencies) * per_high,
                                 lambda key: (self.unit_price_by_key(key),), (np.int64,))
        self.fees = KeyedValues(len(store_currencies) * 2 * per_high, self.shipping_by_key,
                                (np.int64, np.int64, np.int64))
        self.to_base = KeyedValues(per_high, self._to_base_parts,
                                   (np.int64, np.int64, bool, object))

    def _pack(self, high: np.ndarray, currency: np.ndarray, month: np.ndarray) -> np.ndarray:
        return ((high * len(self.currencies)) + currency) * self.months + month

    def _unpack(self, key: int) -> tuple[int, int, int]:
        high, month = divmod(key, self.months)
        high, currency = divmod(high, len(self.currencies))
        return high, currency, month

    def unit_prices(self, listing: np.ndarray, store: np.ndarray, currency: np.ndarray,
                    month: np.ndarray) -> np.ndarray:
        """Each listing's offer price on its store, in the order currency of its month."""
        keys = self._pack(listing * len(self.store_currencies) + store, currency, month)
        return self.units.take(keys)[0]

    def unit_price_by_key(self, key: int) -> int:
        """A listing's price before VAT on a store: its offer's in the order currency where
        the store has a market for it, else the store's own offer converted."""
        high, currency, month = self._unpack(key)
        listing, store = divmod(high, len(self.store_currencies))
        target = self.currencies[currency]
        own = self._net.get((listing, store, target))
        if own is not None:
            return own
        source = self.store_currencies[store]
        minor = self._net[(listing, store, source)]
        rate = self.rates.cross(source, target, month)
        return max(1, round_to_minor(major(minor, source) * rate, target))

    def shipping(self, store: np.ndarray, abroad: np.ndarray, currency: np.ndarray,
                 month: np.ndarray) -> list[np.ndarray]:
        """(first kilogram, each further kilogram, free-from threshold) of each order, in
        minor units of its currency."""
        return self.fees.take(self._pack(store * 2 + abroad, currency, month))

    def shipping_by_key(self, key: int) -> tuple[int, int, int]:
        high, currency, month = self._unpack(key)
        store, abroad = divmod(high, 2)
        source = self.store_currencies[store]
        home, away, free_from = SHIPPING[source]
        target = self.currencies[currency]
        rate = self.rates.cross(source, target, month)
        first, further = away if abroad else home
        return (round_to_minor(first * rate, target), round_to_minor(further * rate, target),
                round_to_minor(free_from * rate, target))

    def base_rates(self, currency: np.ndarray, month: np.ndarray) -> list[np.ndarray]:
        """Each order's rate to base as (digits, exponent), whether it is in the base
        currency, and the rate as bound."""
        return self.to_base.take(self._pack(np.zeros_like(currency), currency, month))

    def _to_base_parts(self, key: int) -> tuple[int, int, bool, Any]:
        _, currency, month = self._unpack(key)
        code = self.currencies[currency]
        rate = self.rates.to_base(code, self.base, month)
        return (*decimal_parts(rate), code == self.base, self._bind_rate(rate))
