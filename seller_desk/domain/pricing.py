"""A market's offer price: the fee-and-margin formula, charm rounding, the floor, the rate test."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.money import Money, round_to_minor
from seller_desk.domain.price_endings import Ending, parse_ending
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label

HUNDRED = Decimal(100)
ONE = Decimal(1)

IMPOSSIBLE = QT_TRANSLATE_NOOP(
    "errors", "The price rule for {market} cannot work: fees of {fees} % of the price and a "
    "margin of {margin} % leave nothing to pay for the goods; lower the margin or the fees.")
NEGATIVE_COST = QT_TRANSLATE_NOOP("errors", "A cost cannot be negative: {cost}")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("errors", "{field} must be from 0 to 100 %, not {value}.")
NEGATIVE_AMOUNT = QT_TRANSLATE_NOOP("errors", "{field} cannot be negative.")
MIN_ABOVE_TARGET = QT_TRANSLATE_NOOP(
    "errors", "The minimum margin ({min} %) cannot be above the target margin ({target} %).")

# Field names as the seller reads them, for messages naming the field.
FIELD_LABELS: dict[str, str] = {
    "marketplace_fee_pct": QT_TRANSLATE_NOOP("pricing", "Marketplace fee"),
    "payment_fee_pct": QT_TRANSLATE_NOOP("pricing", "Payment fee"),
    "target_margin_pct": QT_TRANSLATE_NOOP("pricing", "Target margin"),
    "min_margin_pct": QT_TRANSLATE_NOOP("pricing", "Minimum margin"),
    "vat_pct": QT_TRANSLATE_NOOP("pricing", "VAT"),
    "shipping": QT_TRANSLATE_NOOP("pricing", "Shipping"),
    "fixed_fee": QT_TRANSLATE_NOOP("pricing", "Fixed fee per order"),
    "rounding": QT_TRANSLATE_NOOP("pricing", "Price ending"),
}
PERCENT_FIELDS = ("marketplace_fee_pct", "payment_fee_pct", "target_margin_pct",
                  "min_margin_pct", "vat_pct")


@dataclass(frozen=True)
class MarketRule:
    """How one market prices. Percentages are Decimal percent (6.5 means 6.5 %); amounts are
    minor units of `currency`; `rounding` overrides the currency's ending when not empty;
    `market` names the market in messages."""

    currency: str
    marketplace_fee_pct: Decimal = Decimal(0)
    payment_fee_pct: Decimal = Decimal(0)
    target_margin_pct: Decimal = Decimal(30)
    min_margin_pct: Decimal = Decimal(10)
    shipping_minor: int = 0
    fixed_fee_minor: int = 0
    vat_pct: Decimal = Decimal(0)
    prices_include_vat: bool = False
    rounding: str = ""
    market: str = field(default="", compare=False)

    @property
    def fee_share(self) -> Decimal:
        """The fees as a share of the net price: (m + p)(1 + v), since fees take the gross."""
        return (self.marketplace_fee_pct + self.payment_fee_pct) / HUNDRED * self.vat_factor

    @property
    def vat_factor(self) -> Decimal:
        return ONE + self.vat_pct / HUNDRED

    @property
    def shelf_factor(self) -> Decimal:
        """Shelf price per unit of net price: 1 + v where shelf prices include VAT, else 1."""
        return self.vat_factor if self.prices_include_vat else ONE


def check_rule(rule: MarketRule) -> None:
    """Refuse a rule the seller could not mean: each ValidationError names its field."""
    minor_digits(rule.currency)
    for name in PERCENT_FIELDS:
        value = getattr(rule, name)
        if not value.is_finite() or not 0 <= value <= HUNDRED:
            raise ValidationError(OUT_OF_RANGE, item=name, value=value,
                                  field=Label("pricing", FIELD_LABELS[name]))
    for name in ("shipping", "fixed_fee"):
        if getattr(rule, f"{name}_minor") < 0:
            raise ValidationError(NEGATIVE_AMOUNT, item=name,
                                  field=Label("pricing", FIELD_LABELS[name]))
    if rule.min_margin_pct > rule.target_margin_pct:
        raise ValidationError(MIN_ABOVE_TARGET, item="min_margin_pct",
                              min=rule.min_margin_pct, target=rule.target_margin_pct)
    try:
        parse_ending(rule.rounding, rule.currency)
    except ValidationError as error:
        error.item = "rounding"
        raise
    RulePricer(rule, Ending())  # refuses an impossible rule


@dataclass(frozen=True, slots=True)
class Quote:
    """The price a rule gives: the shelf price (with VAT where the market shows it so) and the
    margin on the net price; the net (without VAT) and gross (with VAT) prices follow from it."""

    shelf_minor: int
    margin_pct: Decimal
    floor_applied: bool
    currency: str
    vat_pct: Decimal = Decimal(0)
    prices_include_vat: bool = False

    @property
    def net_minor(self) -> int:
        if not self.vat_pct or not self.prices_include_vat:
            return self.shelf_minor
        amount = Decimal(self.shelf_minor).scaleb(-minor_digits(self.currency))
        return round_to_minor(amount / (ONE + self.vat_pct / HUNDRED), self.currency)

    @property
    def gross_minor(self) -> int:
        if not self.vat_pct or self.prices_include_vat:
            return self.shelf_minor
        amount = Decimal(self.shelf_minor).scaleb(-minor_digits(self.currency))
        return round_to_minor(amount * (ONE + self.vat_pct / HUNDRED), self.currency)

    @property
    def shelf(self) -> Money:
        return Money(self.shelf_minor, self.currency)

    @property
    def net(self) -> Money:
        return Money(self.net_minor, self.currency)

    @property
    def gross(self) -> Money:
        return Money(self.gross_minor, self.currency)


class RulePricer:
    """One rule and its ending, with the parts of the formula that do not depend on the cost
    worked out once, so that pricing many offers costs a few Decimal operations each."""

    def __init__(self, rule: MarketRule, ending: Ending) -> None:
        self.rule, self.ending = rule, ending
        self.digits = minor_digits(rule.currency)
        self._share = rule.fee_share
        self._keep = ONE - self._share
        self._k = rule.shelf_factor
        self._target = self._keep - rule.target_margin_pct / HUNDRED
        self._floor = self._keep - rule.min_margin_pct / HUNDRED
        self._extra = rule.shipping_minor + rule.fixed_fee_minor
        if self._target <= 0:
            raise ValidationError(
                IMPOSSIBLE, item=rule.market or rule.currency, market=rule.market or
                rule.currency, fees=(rule.marketplace_fee_pct + rule.payment_fee_pct),
                margin=rule.target_margin_pct)

    def _meets_floor(self, shelf_minor: int, base: int) -> bool:
        # margin >= min  <=>  shelf (1 - share - min) >= k (C + S + F): no division, so exact.
        return shelf_minor * self._floor >= self._k * base

    def margin_pct(self, shelf_minor: int, cost_minor: int) -> Decimal:
        """The margin at a shelf price, in percent of the net price (one division)."""
        if shelf_minor <= 0:
            raise ValueError("a margin needs a positive price")
        base = cost_minor + self._extra
        return (shelf_minor * self._keep - self._k * base) * HUNDRED / shelf_minor

    def quote(self, cost_minor: int) -> Quote:
        """The shelf price for a cost in this market's currency (minor units)."""
        if cost_minor < 0:
            raise ValidationError(NEGATIVE_COST, item=str(cost_minor), cost=cost_minor)
        base = cost_minor + self._extra
        shelf = self.ending.nearest(self._k * base / self._target)
        floor = not self._meets_floor(shelf, base)
        if floor:
            if self._floor <= 0:  # only when the minimum is above the target
                raise ValidationError(
                    IMPOSSIBLE, item=self.rule.market or self.rule.currency,
                    market=self.rule.market or self.rule.currency,
                    fees=self.rule.marketplace_fee_pct + self.rule.payment_fee_pct,
                    margin=self.rule.min_margin_pct)
            # Margin grows with the price, so the first ending past the exact floor price is
            # the answer; stepping on covers the last digit of an inexact division.
            lowest = self.ending.at_least(self._k * base / self._floor)
            shelf = max(self.ending.above(shelf), lowest)
            while not self._meets_floor(shelf, base):
                shelf = self.ending.above(shelf)
        rule = self.rule
        return Quote(shelf, self.margin_pct(shelf, cost_minor), floor, rule.currency,
                     rule.vat_pct, rule.prices_include_vat)


class CostConverter:
    """Minor units of one currency in another at one rate: the very result of
    domain.fx.convert_minor (one rounding, half away from zero), with the scaling between the
    two currencies' minor units worked out once for a whole market's offers."""

    def __init__(self, from_currency: str, to_currency: str, rate: Decimal) -> None:
        if not rate.is_finite() or rate <= 0:
            raise ValueError("an exchange rate is a positive Decimal")
        self.rate = rate
        self._factor = rate.scaleb(minor_digits(to_currency) - minor_digits(from_currency))

    def __call__(self, minor: int) -> int:
        # Same coefficient product as convert_minor, so the same 28-digit rounding, then one
        # rounding to whole minor units.
        return int((Decimal(minor) * self._factor).quantize(ONE, rounding=ROUND_HALF_UP))


def quote(cost_in_market_minor: int, rule: MarketRule, ending: Ending) -> Quote:
    """The price of one offer: net P = (C + S + F) / (1 - (m + p)(1 + v) - t), shown with VAT
    where the market does, rounded to the nearest ending, raised to meet the minimum margin."""
    return RulePricer(rule, ending).quote(cost_in_market_minor)


def offer_margin(shelf_minor: int, cost_in_market_minor: int, rule: MarketRule) -> Decimal:
    """The margin in percent at a shelf price: (P - C - S - F - (m + p)·G) / P."""
    return RulePricer(rule, Ending()).margin_pct(shelf_minor, cost_in_market_minor)


def rate_moved(rate_now: Decimal, price_rate: Decimal, alert_pct: Decimal) -> bool:
    """True when |rate_now / price_rate - 1| · 100 > alert_pct (compared without dividing)."""
    if price_rate <= 0:
        return False
    return abs(rate_now - price_rate) * HUNDRED > alert_pct * price_rate


def rate_alert(rate_now: Decimal, price_rate: Decimal, alert_pct: Decimal,
               margin_now_pct: Decimal, min_margin_pct: Decimal) -> bool:
    """An offer to look at: the rate moved past the threshold since its price was set, and
    its margin at today's rate fell below its market's floor."""
    return rate_moved(rate_now, price_rate, alert_pct) and margin_now_pct < min_margin_pct
