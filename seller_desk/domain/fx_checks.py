"""Checks on rates before they are stored: known currencies, positive exact numbers."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from seller_desk.domain.currencies import is_currency
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.fx import BASE, DayRates, ProviderError
from seller_desk.domain.text import QT_TRANSLATE_NOOP

NOTHING = QT_TRANSLATE_NOOP("errors", "{provider} answered without any rates.")
BAD_RATE = QT_TRANSLATE_NOOP(
    "errors", "{provider} gave {rate} for {currency} on {day}, which is not a positive number."
)
BAD_TYPED_RATE = QT_TRANSLATE_NOOP("errors", "A rate is a positive number, like 32.5; not {text}")


def _positive(value: object) -> bool:
    return isinstance(value, Decimal) and value.is_finite() and value > 0


def checked_answers(provider: str, answers: Sequence[DayRates]) -> list[DayRates]:
    """`answers` with codes ISO 4217 no longer lists (CYP, ROL, …) and EUR itself left out;
    ProviderError if nothing is left or a rate is not a positive Decimal."""
    checked = []
    for answer in answers:
        rates = {}
        for code, rate in answer.rates.items():
            if not _positive(rate):
                raise ProviderError(provider, BAD_RATE, rate=rate, currency=code,
                                    day=answer.day.isoformat())
            if is_currency(code) and code != BASE:
                rates[code] = rate
        if rates:
            checked.append(DayRates(answer.day, rates, answer.source, answer.asked_day))
    if not checked:
        raise ProviderError(provider, NOTHING)
    return checked


def manual_per_eur(currency: str, rate: Decimal | str, base: str,
                   base_per_eur: Decimal) -> Decimal:
    """Units of `currency` per EUR for a typed rate of `rate` `currency` per 1 `base`
    (`base_per_eur` is 1 for EUR itself)."""
    if base == currency:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Give {currency}'s rate against another currency."), item=currency,
            currency=currency)
    try:
        value = rate if isinstance(rate, Decimal) else Decimal(str(rate).strip().replace(",", "."))
    except InvalidOperation:
        value = Decimal(0)
    if not _positive(value):
        raise ValidationError(BAD_TYPED_RATE, item=currency, text=rate)
    return value * base_per_eur
