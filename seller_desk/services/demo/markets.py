"""The demo's stores and markets: each market's price rule (fees, shipping, margins, VAT)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.money import round_to_minor
from seller_desk.domain.orders import Marketplace
from seller_desk.domain.price_endings import DEFAULT_PRICE_ENDINGS, ending_for, parse_price_endings
from seller_desk.domain.pricing import MarketRule, RulePricer

# (marketplace, currency, store address); order numbers follow each marketplace's style.
STORES: tuple[tuple[Marketplace, str, str], ...] = (
    (Marketplace.SHOPIFY, "USD", "https://lantern-and-loom.myshopify.example"),
    (Marketplace.WOOCOMMERCE, "EUR", "https://lantern-and-loom.example/shop"),
    (Marketplace.ETSY, "USD", "https://etsy.example/shop/LanternAndLoomDemo"),
)
SHOPIFY, WOOCOMMERCE, ETSY = 0, 1, 2


@dataclass(frozen=True)
class DemoMarket:
    """One store selling in one currency, and how it prices there."""

    store: int
    rule: MarketRule

    @property
    def currency(self) -> str:
        return self.rule.currency

    @property
    def main(self) -> bool:
        """The store's own currency (the others are Shopify Markets' local prices)."""
        return self.currency == STORES[self.store][1]


def _market(store: int, currency: str, shipping: str, fixed_fee: str, marketplace_pct: str,
            payment_pct: str, target_pct: str, min_pct: str, vat_pct: str = "0") -> DemoMarket:
    """Amounts in major units of `currency`; where there is VAT, shelf prices include it."""
    return DemoMarket(store, MarketRule(
        currency=currency, marketplace_fee_pct=Decimal(marketplace_pct),
        payment_fee_pct=Decimal(payment_pct), target_margin_pct=Decimal(target_pct),
        min_margin_pct=Decimal(min_pct),
        shipping_minor=round_to_minor(Decimal(shipping), currency),
        fixed_fee_minor=round_to_minor(Decimal(fixed_fee), currency),
        vat_pct=Decimal(vat_pct), prices_include_vat=vat_pct != "0"))


# Shopify Payments takes 2.9 % + 30 cents (or about that in each market's currency), Stripe in
# the EU 1.5 % + 0.25 EUR, Etsy a 6.5 % transaction fee and 3 % + 0.25 USD for payments.
# `shipping` is what a typical parcel's label costs the shop in that market; EU, UK and
# Australian shoppers see prices with VAT (GST), North America and Japan without.
MARKETS: tuple[DemoMarket, ...] = (
    _market(SHOPIFY, "USD", "4.50", "0.30", "0", "2.9", "35", "15"),
    _market(SHOPIFY, "GBP", "3.20", "0.25", "0", "2.9", "35", "15", "20"),
    _market(SHOPIFY, "EUR", "3.80", "0.25", "0", "2.9", "35", "15", "20"),
    _market(SHOPIFY, "CAD", "6.50", "0.40", "0", "2.9", "35", "15"),
    _market(SHOPIFY, "AUD", "6.00", "0.45", "0", "2.9", "35", "15", "10"),
    _market(SHOPIFY, "JPY", "450", "45", "0", "2.9", "35", "15"),
    _market(WOOCOMMERCE, "EUR", "3.80", "0.25", "0", "1.5", "36", "15", "19"),
    _market(ETSY, "USD", "4.50", "0.25", "6.5", "3", "33", "15"),
)
ENDINGS = parse_price_endings(DEFAULT_PRICE_ENDINGS)


def pricer(market: DemoMarket) -> RulePricer:
    """The market's rule with the ending the default `price_endings` setting gives it."""
    return RulePricer(market.rule, ending_for(market.currency, ENDINGS, market.rule.rounding))


def major(minor: int, currency: str) -> Decimal:
    """`minor` units as a Decimal amount of `currency` (exact)."""
    return Decimal(minor).scaleb(-minor_digits(currency))


def net_price(shelf_minor: int, market: DemoMarket) -> int:
    """The price before VAT of a shelf price: what an order line shows (VAT is added per
    destination, as the order's tax)."""
    rule = market.rule
    if not rule.prices_include_vat:
        return shelf_minor
    return round_to_minor(major(shelf_minor, rule.currency) / rule.vat_factor, rule.currency)


def rule_rows(first_id: int, first_account: int, updated_at: datetime
              ) -> list[dict[str, object]]:
    """Rows of `price_rules`, one per market, the store's own currency first."""
    ordered = sorted(MARKETS, key=lambda m: (m.store, not m.main))
    return [{
        "id": first_id + i, "account_id": first_account + m.store, "currency": m.currency,
        "shipping_minor": m.rule.shipping_minor, "fixed_fee_minor": m.rule.fixed_fee_minor,
        "marketplace_fee_pct": m.rule.marketplace_fee_pct,
        "payment_fee_pct": m.rule.payment_fee_pct,
        "target_margin_pct": m.rule.target_margin_pct, "min_margin_pct": m.rule.min_margin_pct,
        "vat_pct": m.rule.vat_pct, "prices_include_vat": m.rule.prices_include_vat,
        "rounding": m.rule.rounding, "updated_at": updated_at,
    } for i, m in enumerate(ordered)]
