"""How shelf prices end per currency (charm .99, whole tens), parsed from the seller's text."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation

from seller_desk.domain.currencies import minor_digits, normalise_currency
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP

DEFAULT_PRICE_ENDINGS = "USD=.99 EUR=.99 GBP=.99 CAD=.99 AUD=.99 JPY=10 KRW=10 HUF=10"

BAD_PART = QT_TRANSLATE_NOOP(
    "errors", "A price ending is written CUR=.99 (charm) or CUR=10 (whole tens); not {text}")
BAD_ENDING = QT_TRANSLATE_NOOP(
    "errors", "{text} is not a price ending: write .99 for a charm ending or 10 for whole tens")
TOO_FINE = QT_TRANSLATE_NOOP(
    "errors", "{currency} prices have {digits} decimals, so they cannot end in {text}")
TWICE = QT_TRANSLATE_NOOP("errors", "{currency} has two price endings; keep one")
UNKNOWN = QT_TRANSLATE_NOOP("errors", "{text}: {code} is not a currency code")

_SEPARATORS = re.compile(r"[\s,;]+")


@dataclass(frozen=True, slots=True)
class Ending:
    """Shelf prices of one currency land on `offset` past a whole multiple of `period`
    (both in minor units): .99 in USD is (100, 99), whole tens of yen (10, 0), none (1, 0)."""

    period: int = 1
    offset: int = 0
    text: str = ""

    def lands_on(self, price_minor: int) -> bool:
        return price_minor > 0 and price_minor % self.period == self.offset

    def nearest(self, amount_minor: Decimal) -> int:
        """The ending nearest to `amount_minor` (half-way goes up, as round_to_minor does);
        never below the smallest positive ending."""
        steps = ((amount_minor - self.offset) / self.period).quantize(
            Decimal(1), rounding=ROUND_HALF_UP)
        return self._positive(int(steps) * self.period + self.offset)

    def at_least(self, amount_minor: Decimal) -> int:
        """The smallest ending not below `amount_minor`."""
        steps = ((amount_minor - self.offset) / self.period).to_integral_value(ROUND_CEILING)
        return self._positive(int(steps) * self.period + self.offset)

    def above(self, price_minor: int) -> int:
        """One ending step up: the smallest ending strictly above `price_minor`."""
        steps = (price_minor - self.offset) // self.period + 1
        return self._positive(steps * self.period + self.offset)

    def _positive(self, price: int) -> int:
        if price > 0:
            return price
        return self.offset if self.offset > 0 else self.period


EXACT = Ending(1, 0, "")


def parse_ending(text: str, currency: str) -> Ending:
    """`.99` (a charm ending: price ends in .99) or a number N (a whole multiple of N, such
    as 10 yen or 0.05 francs), in `currency`; empty text means the nearest minor unit."""
    text = text.strip()
    if not text:
        return EXACT
    digits = minor_digits(currency)
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal(-1)
    if text.startswith(("+", "-")) or not value.is_finite() or value < 0:
        raise ValidationError(BAD_ENDING, item=text, text=text)
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise ValidationError(TOO_FINE, item=text, currency=currency, digits=digits, text=text)
    minor = int(scaled)
    if text.startswith("."):
        unit = 10**digits
        if digits == 0 or minor >= unit:
            raise ValidationError(TOO_FINE, item=text, currency=currency, digits=digits,
                                  text=text)
        return Ending(unit, minor, text)
    if minor <= 0:
        raise ValidationError(BAD_ENDING, item=text, text=text)
    return Ending(minor, 0, text)


def parse_price_endings(text: str) -> dict[str, Ending]:
    """The `price_endings` setting, "USD=.99 JPY=10" (spaces, commas or semicolons)."""
    endings: dict[str, Ending] = {}
    for part in _SEPARATORS.split(text.strip()):
        if not part:
            continue
        code, equals, value = part.partition("=")
        if not equals or not code.strip() or not value.strip():
            raise ValidationError(BAD_PART, item=part, text=part)
        try:
            currency = normalise_currency(code)
        except ValidationError:
            raise ValidationError(UNKNOWN, item=part, text=part, code=code.strip()) from None
        try:
            ending = parse_ending(value, currency)
        except ValidationError as error:
            # The same message, naming the whole part rather than the value alone.
            raise ValidationError(error.message, item=part, **{**error.params, "text": part}
                                  ) from None
        if currency in endings:
            raise ValidationError(TWICE, item=part, currency=currency)
        endings[currency] = ending
    return endings


def clean_price_endings(text: str) -> str:
    """The stored form of the setting: one CUR=ending per currency, space-separated."""
    return " ".join(f"{code}={ending.text}" for code, ending in parse_price_endings(text).items())


def ending_for(currency: str, endings: Mapping[str, Ending], override: str = "") -> Ending:
    """A market's ending: the rule's own `override`, else the setting's for its currency,
    else the nearest minor unit."""
    if override.strip():
        return parse_ending(override, currency)
    return endings.get(currency, EXACT)
