"""The money of a return: restocking fees and refunds that never exceed what the buyer paid."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.money import Money
from seller_desk.domain.text import QT_TRANSLATE_NOOP

REFUND_NOT_POSITIVE = QT_TRANSLATE_NOOP("returns", "A refund must be more than zero.")
REFUND_TOO_LARGE = QT_TRANSLATE_NOOP(
    "returns", "A refund of {amount} is more than the {left} still refundable on this order.")


def restocking_fee_minor(amount_minor: int, pct: Decimal, currency: str) -> int:
    """`pct` per cent of `amount_minor`, rounded half away from zero to the currency's minor unit.

    Worked in whole integers (the exact ratio of `pct`) so no Decimal context precision can
    round a large amount twice; the rounding matches `money.round_to_minor`.
    """
    if type(amount_minor) is not int:
        raise TypeError("amounts are whole minor units (int)")
    if isinstance(pct, float):
        raise TypeError("a percentage is a Decimal, never a float")
    pct = Decimal(pct)
    if not pct.is_finite() or not 0 <= pct <= 100:
        raise ValueError("a restocking fee is a percentage from 0 to 100")
    minor_digits(currency)  # an unknown currency is refused here as everywhere else
    numerator, denominator = pct.as_integer_ratio()
    scaled, per = abs(amount_minor) * numerator, 100 * denominator
    fee = (2 * scaled + per) // (2 * per)
    return fee if amount_minor >= 0 else -fee


def refundable_minor(paid_minor: int, refunded_minor: int) -> int:
    """What may still be refunded: what was paid less what was refunded already, never below 0."""
    return max(0, paid_minor - refunded_minor)


def check_refund(amount_minor: int, paid_minor: int, refunded_minor: int, currency: str) -> None:
    """Refuse a refund of nothing (or less) and one larger than what is left to refund."""
    if type(amount_minor) is not int:
        raise TypeError("amounts are whole minor units (int)")
    if amount_minor <= 0:
        raise ValidationError(REFUND_NOT_POSITIVE, item="amount")
    left = refundable_minor(paid_minor, refunded_minor)
    if amount_minor > left:
        raise ValidationError(
            REFUND_TOO_LARGE, item="amount",
            amount=str(Money(amount_minor, currency)), left=str(Money(left, currency)))


@dataclass(frozen=True, slots=True)
class ReturnLedger:
    """What an order was paid and how much of it has been refunded, in the order's currency."""

    paid_minor: int
    refunded_minor: int
    currency: str

    @property
    def refundable_minor(self) -> int:
        return refundable_minor(self.paid_minor, self.refunded_minor)

    def refund(self, amount_minor: int) -> ReturnLedger:
        """The ledger after refunding `amount_minor`; raises (and changes nothing) if refused."""
        check_refund(amount_minor, self.paid_minor, self.refunded_minor, self.currency)
        return replace(self, refunded_minor=self.refunded_minor + amount_minor)
