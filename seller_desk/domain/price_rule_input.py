"""A price rule as the seller types it (text fields), checked field by field into a MarketRule."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from seller_desk.domain.currencies import minor_digits, normalise_currency
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.pricing import FIELD_LABELS, MarketRule, check_rule
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label

NOT_A_NUMBER = QT_TRANSLATE_NOOP("errors", "{field}: {text} is not a number.")
TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP(
    "errors", "{field}: {currency} amounts have {digits} decimals; {text} has more.")


@dataclass(frozen=True)
class RuleFields:
    """The rule form's values: percentages and amounts in major units, as typed (or Decimal)."""

    marketplace_fee_pct: str | Decimal = "0"
    payment_fee_pct: str | Decimal = "0"
    target_margin_pct: str | Decimal = "30"
    min_margin_pct: str | Decimal = "10"
    shipping: str | Decimal = "0"
    fixed_fee: str | Decimal = "0"
    vat_pct: str | Decimal = "0"
    prices_include_vat: bool = False
    rounding: str = ""


def _number(value: str | Decimal, name: str) -> Decimal:
    if isinstance(value, Decimal):
        number = value
    else:
        text = value.strip().replace(",", ".").rstrip("%").strip() or "0"
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = Decimal("NaN")
    if not number.is_finite():
        raise ValidationError(NOT_A_NUMBER, item=name, field=Label("pricing", FIELD_LABELS[name]),
                              text=str(value).strip())
    return number


def _minor(value: str | Decimal, currency: str, name: str) -> int:
    number = _number(value, name)
    digits = minor_digits(currency)
    scaled = number.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise ValidationError(TOO_MANY_DECIMALS, item=name,
                              field=Label("pricing", FIELD_LABELS[name]), currency=currency,
                              digits=digits, text=str(value).strip())
    return int(scaled)


def rule_from_fields(currency: str, fields: RuleFields, market: str = "") -> MarketRule:
    """The rule the form describes, or a ValidationError whose `item` is the field to fix."""
    try:
        currency = normalise_currency(currency)
    except ValidationError as error:
        error.item = "currency"
        raise
    rule = MarketRule(
        currency=currency,
        marketplace_fee_pct=_number(fields.marketplace_fee_pct, "marketplace_fee_pct"),
        payment_fee_pct=_number(fields.payment_fee_pct, "payment_fee_pct"),
        target_margin_pct=_number(fields.target_margin_pct, "target_margin_pct"),
        min_margin_pct=_number(fields.min_margin_pct, "min_margin_pct"),
        shipping_minor=_minor(fields.shipping, currency, "shipping"),
        fixed_fee_minor=_minor(fields.fixed_fee, currency, "fixed_fee"),
        vat_pct=_number(fields.vat_pct, "vat_pct"),
        prices_include_vat=fields.prices_include_vat,
        rounding=fields.rounding.strip(),
        market=market,
    )
    check_rule(rule)
    return rule


def plain(number: Decimal) -> str:
    """A Decimal as a person types it: 6.5, 30, 0.3 (no exponent, no trailing zeros)."""
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def fields_of(rule: MarketRule) -> RuleFields:
    """The form's values for a stored rule."""
    digits = minor_digits(rule.currency)

    def amount(minor: int) -> str:
        return format(Decimal(minor).scaleb(-digits), "f")

    return RuleFields(
        plain(rule.marketplace_fee_pct), plain(rule.payment_fee_pct),
        plain(rule.target_margin_pct), plain(rule.min_margin_pct), amount(rule.shipping_minor),
        amount(rule.fixed_fee_minor), plain(rule.vat_pct), rule.prices_include_vat,
        rule.rounding)
