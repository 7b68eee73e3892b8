"""Currency names and symbols for display, from forex-python's bundled table (works offline)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from forex_python.converter import CurrencyCodes


@dataclass(frozen=True)
class CurrencyLabel:
    """What to show beside a currency code; name and symbol are None when the table lacks them."""

    code: str
    name: str | None
    symbol: str | None

    def __str__(self) -> str:
        parts = [self.code]
        if self.name:
            parts.append(f"– {self.name}")
        if self.symbol and self.symbol != self.code:
            parts.append(f"({self.symbol})")
        return " ".join(parts)


@cache
def _table() -> CurrencyCodes:
    return CurrencyCodes()


def currency_label(code: str) -> CurrencyLabel:
    """Name and symbol of `code` for display only.

    There is deliberately no way back from a symbol: '$' is shared by USD, AUD, CAD, MXN and
    more, and forex-python's own lookup answers ARS for it."""
    key = code.strip().upper()
    table = _table()
    return CurrencyLabel(key, table.get_currency_name(key), table.get_symbol(key))


def currency_name(code: str) -> str | None:
    return currency_label(code).name


def currency_symbol(code: str) -> str | None:
    return currency_label(code).symbol
