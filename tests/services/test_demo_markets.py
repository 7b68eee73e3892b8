"""The demo shop's pricing side: costs in yuan, markets in six currencies with their price rules,
offers priced by those rules at stored rates, and customs data on every listing."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Context, Decimal

import pytest

from seller_desk.domain.fx import is_business_day, previous_business_day
from seller_desk.domain.money import round_to_minor
from seller_desk.domain.orders import Marketplace
from seller_desk.domain.price_endings import DEFAULT_PRICE_ENDINGS, parse_price_endings
from seller_desk.domain.pricing import MarketRule, RulePricer
from seller_desk.services.demo import DEMO_CURRENCIES, generate_demo
from seller_desk.services.progress import Job
from seller_desk.store.database import Database
from seller_desk.store.models import (
    ChannelOffer,
    ExchangeRate,
    Listing,
    MarketplaceAccount,
    Order,
    PriceRule,
)
from tests.services.test_demo import rows

TODAY = date(2025, 11, 24)
TEN_DIGITS = Context(prec=10)


def make(database: Database, orders: int = 3000, **options: object) -> None:
    options.setdefault("today", TODAY)
    generate_demo(database, Job(), orders=orders, **options)  # type: ignore[arg-type]


class StoredRates:
    """The stored per-EUR rates, answering as the rates service does: newest on or before."""

    def __init__(self, database: Database) -> None:
        self.days: dict[str, list[date]] = defaultdict(list)
        self.values: dict[str, list[Decimal]] = defaultdict(list)
        for rate in sorted(rows(database, ExchangeRate), key=lambda r: (r.currency, r.day)):
            self.days[rate.currency].append(rate.day)
            self.values[rate.currency].append(rate.per_eur)

    def per_eur(self, currency: str, day: date) -> Decimal:
        if currency == "EUR":
            return Decimal(1)
        at = bisect.bisect_right(self.days[currency], day) - 1
        assert at >= 0, (currency, day)
        return self.values[currency][at]

    def cross(self, source: str, target: str, day: date) -> Decimal:
        return self.per_eur(target, day) / self.per_eur(source, day)


def ten_digits(value: Decimal) -> Decimal:
    return Decimal(format(TEN_DIGITS.plus(value).normalize(), "f"))


def market_rule(rule) -> MarketRule:
    return MarketRule(
        currency=rule.currency, marketplace_fee_pct=rule.marketplace_fee_pct,
        payment_fee_pct=rule.payment_fee_pct, target_margin_pct=rule.target_margin_pct,
        min_margin_pct=rule.min_margin_pct, shipping_minor=rule.shipping_minor,
        fixed_fee_minor=rule.fixed_fee_minor, vat_pct=rule.vat_pct,
        prices_include_vat=rule.prices_include_vat, rounding=rule.rounding)


def test_every_market_has_a_rule_with_its_fees_vat_and_margins(database):
    make(database, 600)
    accounts = {a.id: a.marketplace for a in rows(database, MarketplaceAccount)}
    rules = {(accounts[r.account_id], r.currency): r for r in rows(database, PriceRule)}
    offers = {(accounts[o.account_id], o.currency) for o in rows(database, ChannelOffer)}
    assert set(rules) == offers
    assert {currency for _, currency in offers} == {"USD", "GBP", "EUR", "CAD", "AUD", "JPY"}
    shopify = {c: rules[(Marketplace.SHOPIFY, c)] for m, c in rules if m == Marketplace.SHOPIFY}
    assert all((r.marketplace_fee_pct, r.payment_fee_pct) == (0, Decimal("2.9"))
               for r in shopify.values())
    assert shopify["USD"].fixed_fee_minor == 30 and shopify["JPY"].fixed_fee_minor >= 40
    woo = rules[(Marketplace.WOOCOMMERCE, "EUR")]
    assert (woo.payment_fee_pct, woo.fixed_fee_minor) == (Decimal("1.5"), 25)
    etsy = rules[(Marketplace.ETSY, "USD")]
    assert (etsy.marketplace_fee_pct, etsy.payment_fee_pct, etsy.fixed_fee_minor) == (
        Decimal("6.5"), Decimal(3), 25)
    vat = {(str(m), c): (r.vat_pct, r.prices_include_vat) for (m, c), r in rules.items()}
    assert vat[("shopify", "GBP")] == (20, True) and vat[("shopify", "AUD")] == (10, True)
    assert vat[("shopify", "EUR")][0] in (19, 20) and vat[("woocommerce", "EUR")][0] in (19, 20)
    assert all(vat[key] == (0, False) for key in (("shopify", "USD"), ("shopify", "CAD"),
                                                   ("shopify", "JPY"), ("etsy", "USD")))
    for rule in rules.values():
        assert 30 <= rule.target_margin_pct <= 40 and 10 <= rule.min_margin_pct <= 20
        assert rule.shipping_minor > 0 and rule.rounding == ""
    # The store's own currency comes first: a fee estimate without a market rule takes it.
    first = {}
    for rule in rows(database, PriceRule):
        first.setdefault(accounts[rule.account_id], rule.currency)
    assert first == {Marketplace.SHOPIFY: "USD", Marketplace.WOOCOMMERCE: "EUR",
                     Marketplace.ETSY: "USD"}


def test_rates_are_stored_for_every_business_day_and_match_the_orders(database):
    make(database, 3000, base_currency="GBP")
    stored = rows(database, ExchangeRate)
    assert {r.source for r in stored} == {"demo"}
    assert {r.currency for r in stored} == set(DEMO_CURRENCIES) - {"EUR"}
    assert all(r.per_eur > 0 and len(r.per_eur.as_tuple().digits) <= 10 for r in stored)
    assert not any("E" in str(r.per_eur) for r in stored)  # written out, as providers send them
    days = sorted({r.day for r in stored})
    assert Counter(r.day for r in stored) == {day: len(DEMO_CURRENCIES) - 1 for day in days}
    first, last = previous_business_day(date(2023, 11, 24)), TODAY - timedelta(days=1)
    wanted = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    assert days == [day for day in wanted if is_business_day(day)]
    assert date(2024, 12, 25) not in days and date(2025, 4, 18) not in days  # TARGET holidays

    rates = StoredRates(database)
    for order in rows(database, Order):
        day = order.placed_at.date()
        expected = ten_digits(rates.cross(order.currency, "GBP", day))
        assert order.rate_to_base == expected, (order.id, day, order.currency)
    # One rate a month: the walk moves between months, not within one.
    usd = {(r.day.year, r.day.month): set() for r in stored}
    for rate in stored:
        if rate.currency == "USD":
            usd[(rate.day.year, rate.day.month)].add(rate.per_eur)
    assert all(len(values) == 1 for values in usd.values()) and len(usd) == 25


def test_offers_are_priced_by_their_market_rule_at_the_rate_of_the_day_set(database):
    make(database, 600)
    rates = StoredRates(database)
    listings = {listing.id: listing for listing in rows(database, Listing)}
    rules = {(r.account_id, r.currency): r for r in rows(database, PriceRule)}
    endings = parse_price_endings(DEFAULT_PRICE_ENDINGS)
    offers = rows(database, ChannelOffer)
    assert len({(o.listing_id, o.account_id, o.currency) for o in offers}) == len(offers)
    end = TODAY - timedelta(days=1)
    ages = Counter()
    on_rule = below_floor = 0
    for offer in offers:
        set_on = offer.price_set_at.date()
        assert date(2023, 11, 24) <= set_on <= end
        ages["recent" if (end - set_on).days < 30 else "months"] += 1
        listing = listings[offer.listing_id]
        assert offer.price_rate == ten_digits(rates.cross("CNY", offer.currency, set_on))
        cost = round_to_minor(Decimal(listing.cost_minor).scaleb(-2) * offer.price_rate,
                              offer.currency)
        pricer = RulePricer(market_rule(rules[(offer.account_id, offer.currency)]),
                            endings[offer.currency])
        assert pricer.ending.lands_on(offer.price_minor)
        quote = pricer.quote(cost)
        on_rule += offer.price_minor == quote.shelf_minor
        # The seller rounded a few up by hand, one ending step.
        assert offer.price_minor in (quote.shelf_minor, pricer.ending.above(quote.shelf_minor)) \
            or listing.weight_grams >= 1000, listing.sku
        below_floor += pricer.margin_pct(offer.price_minor, cost) < pricer.rule.min_margin_pct
    assert ages["recent"] > len(offers) * 0.3 and ages["months"] > len(offers) * 0.3
    assert on_rule > len(offers) * 0.8
    assert 1 <= below_floor <= 2  # heavy variants that took a light one's price


def test_a_copied_price_loses_money_and_its_rate_moved_since(database):
    make(database, 600)
    rates = StoredRates(database)
    listings = {listing.id: listing for listing in rows(database, Listing)}
    rules = {(r.account_id, r.currency): r for r in rows(database, PriceRule)}
    endings = parse_price_endings(DEFAULT_PRICE_ENDINGS)
    flagged = []
    for offer in rows(database, ChannelOffer):
        listing = listings[offer.listing_id]
        pricer = RulePricer(market_rule(rules[(offer.account_id, offer.currency)]),
                            endings[offer.currency])
        rate_now = rates.cross("CNY", offer.currency, TODAY)
        cost_now = round_to_minor(Decimal(listing.cost_minor).scaleb(-2) * rate_now,
                                  offer.currency)
        moved = abs(rate_now / offer.price_rate - 1) * 100 > 3
        if pricer.margin_pct(offer.price_minor, cost_now) < pricer.rule.min_margin_pct:
            flagged.append((listing.sku, offer.currency, moved))
            siblings = [other for other in listings.values()
                        if other.parent_sku == listing.parent_sku != ""]
            assert listing.weight_grams == max(s.weight_grams for s in siblings)
    assert 1 <= len(flagged) <= 3
    assert any(moved for _, _, moved in flagged), flagged  # a rate-move alert to show


def test_listings_are_costed_in_yuan_with_customs_codes_and_tags(database):
    make(database, 300)
    listings = rows(database, Listing)
    assert {listing.cost_currency for listing in listings} == {"CNY"}
    assert {listing.origin_country for listing in listings} == {"CN"}
    assert all(len(listing.hs_code) == 6 and listing.hs_code.isdigit() for listing in listings)
    assert all(2 <= len(listing.tags.split(", ")) <= 5 for listing in listings)
    # The demo checks prices against today's rates as the window would: a few are flagged.
    assert 1 <= sum(listing.price_alert for listing in listings) <= 3
    by_family = defaultdict(set)
    for listing in listings:
        by_family[listing.sku.split("-")[0]].add(listing.hs_code)
    assert by_family["LNT"] == {"940550"} and by_family["SCF"] == {"621410"}
    assert by_family["TEA"] == {"090210", "090230"}  # green and white; oolong, pu-erh, black
    assert by_family["TSET"] == {"691110"} and by_family["TPT"] == {"691200"}
    assert by_family["RNG"] == {"711311"} and by_family["PRN"] == {"711610"}
    assert "lantern" in next(x.tags for x in listings if x.sku.startswith("LNT-")).split(", ")
    assert len({listing.hs_code for listing in listings}) >= 20


@pytest.mark.parametrize("base", ["EUR", "JPY"])
def test_other_base_currencies_keep_stored_rates_and_orders_in_step(database, base):
    make(database, 400, base_currency=base)
    rates = StoredRates(database)
    for order in rows(database, Order):
        day = order.placed_at.date()
        assert order.rate_to_base == ten_digits(rates.cross(order.currency, base, day))
        assert order.shipping_cost_base_minor is not None
