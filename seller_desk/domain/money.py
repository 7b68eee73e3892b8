"""Money as integer minor units of one ISO 4217 currency, and the one rounding rule."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP


def round_to_minor(amount: Decimal, currency: str) -> int:
    """Round a decimal amount of `currency` to whole minor units, half away from zero.

    This is the only place money is rounded: commercial rounding, as invoices and marketplaces do.
    """
    scaled = amount.scaleb(minor_digits(currency))
    return int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount: `minor` units (cents, yen, fils) of `currency`."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if type(self.minor) is not int:
            raise TypeError(f"Money.minor must be int, not {type(self.minor).__name__}")
        minor_digits(self.currency)

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        """Money from a decimal amount in major units ('12.34' EUR), rounded to the minor unit."""
        if isinstance(amount, float):
            raise TypeError("Money never comes from a float; pass a Decimal or a string")
        try:
            value = Decimal(amount)
        except ArithmeticError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Not an amount: {text}"), item=str(amount),
                text=amount,
            ) from None
        if not value.is_finite():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Not an amount: {text}"), item=str(amount),
                text=amount,
            )
        return cls(round_to_minor(value, currency), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @property
    def amount(self) -> Decimal:
        """The exact amount in major units, with as many decimals as the currency has."""
        return Decimal(self.minor).scaleb(-minor_digits(self.currency))

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("Money only combines with Money")
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __mul__(self, factor: int) -> Money:
        if type(factor) is not int:
            raise TypeError("Money multiplies by whole numbers; use convert() for rates")
        return Money(self.minor * factor, self.currency)

    __rmul__ = __mul__

    def convert(self, rate: Decimal, currency: str) -> Money:
        """This amount in `currency`, at `rate` units of `currency` per unit of ours."""
        if not isinstance(rate, Decimal) or not rate.is_finite() or rate <= 0:
            raise ValueError("an exchange rate is a positive Decimal")
        return Money(round_to_minor(self.amount * rate, currency), currency)

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"
