"""Return policies: the window, fee and shipping rule that apply to a marketplace and country."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP

WINDOW_MAX_DAYS = 365
FEE_MAX_PCT = Decimal(100)

# The 27 member states by ISO 3166-1 code (Greece is GR here, not the EU's own "EL").
EU_COUNTRIES: frozenset[str] = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})

WINDOW_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "returns", "A return window is from 0 to {limit} days, not {days}.")
FEE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "returns", "A restocking fee is from 0 to 100 %, not {pct} %.")


@dataclass(frozen=True, slots=True)
class ReturnPolicy:
    """How long a buyer may ask to return, what the seller keeps, who pays the way back."""

    window_days: int  # from delivery (or from the order date when not delivered)
    restocking_fee_pct: Decimal  # 0..100
    buyer_pays_return_shipping: bool


@dataclass(frozen=True, slots=True)
class PolicyRule:
    """One policy the seller keeps for a marketplace and a country; "" stands for any."""

    marketplace: str
    country: str
    policy: ReturnPolicy


# Without a rule of the seller's: the EU's 14-day right of withdrawal, and a common 30 days
# elsewhere; the buyer pays the way back in both unless the seller says otherwise.
EU_DEFAULT_POLICY = ReturnPolicy(14, Decimal(0), True)
DEFAULT_POLICY = ReturnPolicy(30, Decimal(0), True)


def default_policy(country: str) -> ReturnPolicy:
    """The built-in policy for buyers in `country` (two-letter ISO code, any case)."""
    return EU_DEFAULT_POLICY if country.strip().upper() in EU_COUNTRIES else DEFAULT_POLICY


def policy_for(rules: Sequence[PolicyRule], marketplace: str, country: str) -> ReturnPolicy:
    """The most specific rule for the marketplace and country, else the built-in default.

    (marketplace, country) beats (marketplace, any), which beats (any, country), then
    (any, any). Marketplaces compare case-insensitively, countries by upper-case code.
    """
    market, land = marketplace.strip().casefold(), country.strip().upper()
    found: dict[tuple[str, str], ReturnPolicy] = {}
    for rule in rules:
        # The first of two rules for the same pair wins, as the store's unique key keeps one.
        found.setdefault(
            (rule.marketplace.strip().casefold(), rule.country.strip().upper()), rule.policy)
    for key in ((market, land), (market, ""), ("", land), ("", "")):
        if key in found:
            return found[key]
    return default_policy(land)


def out_of_window(policy: ReturnPolicy, start: date, requested: date) -> bool:
    """True when the request came more than the window's days after `start`."""
    return (requested - start).days > policy.window_days


def validate_policy(window_days: int, restocking_fee_pct: Decimal) -> None:
    """Refuse a window outside 0..365 days and a fee outside 0..100 %."""
    if not 0 <= window_days <= WINDOW_MAX_DAYS:
        raise ValidationError(
            WINDOW_OUT_OF_RANGE, item="window_days", limit=WINDOW_MAX_DAYS, days=window_days)
    if not (restocking_fee_pct.is_finite() and 0 <= restocking_fee_pct <= FEE_MAX_PCT):
        raise ValidationError(
            FEE_OUT_OF_RANGE, item="restocking_fee_pct", pct=restocking_fee_pct)
