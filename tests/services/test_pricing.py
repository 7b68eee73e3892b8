"""The pricing service: markets and rules, preview, apply in one transaction, rate alerts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from seller_desk.domain.errors import KnownError, NotFoundError, ValidationError
from seller_desk.domain.fx import DayRates, convert_minor
from seller_desk.domain.price_endings import parse_ending
from seller_desk.domain.price_rule_input import RuleFields
from seller_desk.domain.pricing import quote
from seller_desk.services.pricing import PricingService
from seller_desk.services.progress import Cancelled, Job
from seller_desk.store.models import ChannelOffer, Listing, MarketplaceAccount
from seller_desk.store.queries.fx import store_rates
from tests.factories import NOW, make_shop

D = Decimal
DAY = date(2026, 11, 20)  # a Friday
RATES = {"USD": D("1.08"), "CNY": D("7.80"), "JPY": D("160")}
SHOPIFY_USD = RuleFields(marketplace_fee_pct="0", payment_fee_pct="2.9", fixed_fee="0.30",
                         shipping="4.99", target_margin_pct="30", min_margin_pct="10")


def put_rates(db, day: date, rates: dict[str, Decimal], source: str = "ecb") -> None:
    with db.session() as s:
        store_rates(s, [DayRates(day, rates, source)], datetime.now(UTC))


@pytest.fixture
def shop(database):
    """The factory shop, plus offers in three more markets, an archived listing and rates."""
    shop = make_shop(database)
    with database.session() as s:
        lamp, mug = shop.listings["lamp"], shop.listings["mug"]
        old = Listing(sku="OLD-1", sku_key="old-1", title="Old vase", title_key="old vase",
                      cost_minor=900, cost_currency="CNY", archived=True, created_at=NOW,
                      updated_at=NOW)
        s.add(old)
        s.add(MarketplaceAccount(marketplace="amazon", name="Amazon JP", currency="JPY",
                                 created_at=NOW))
        s.flush()
        s.add_all([
            ChannelOffer(listing_id=mug, account_id=shop.shopify, price_minor=2500,
                         currency="USD"),
            ChannelOffer(listing_id=old.id, account_id=shop.shopify, price_minor=999,
                         currency="USD"),
            ChannelOffer(listing_id=lamp, account_id=shop.shopify, price_minor=1899,
                         currency="EUR"),
            ChannelOffer(listing_id=mug, account_id=shop.etsy, price_minor=1800, currency="USD"),
            ChannelOffer(listing_id=lamp, account_id=shop.etsy, price_minor=300000,
                         currency="JPY"),
        ])
    put_rates(database, DAY, RATES)
    return shop


@pytest.fixture
def pricing(database):
    return PricingService(database, today=lambda: DAY)


def test_markets_list_offers_and_rules(shop, pricing):
    pricing.save_rule(shop.etsy, "GBP", RuleFields())
    found = {(m.account_name, m.currency): (m.has_rule, m.offer_count)
             for m in pricing.markets()}
    assert found == {
        ("Main Shopify", "USD"): (False, 2),  # the archived listing's offer is not counted
        ("Main Shopify", "EUR"): (False, 1),
        ("Etsy Shop", "USD"): (False, 1),
        ("Etsy Shop", "JPY"): (False, 1),
        ("Etsy Shop", "GBP"): (True, 0),
        ("Amazon JP", "JPY"): (False, 0),  # nothing yet: the account's own currency
    }
    assert pricing.markets()[0].label == "Amazon JP · JPY"


def test_rules_are_validated_saved_read_and_deleted(shop, pricing):
    blank = pricing.rule(shop.shopify, "usd")
    assert not blank.exists and blank.setting_ending == ".99"
    assert blank.fields == RuleFields(shipping="0.00", fixed_fee="0.00")
    with pytest.raises(ValidationError) as caught:
        pricing.save_rule(shop.shopify, "USD", RuleFields(target_margin_pct="5",
                                                          min_margin_pct="8"))
    assert caught.value.item == "min_margin_pct"
    with pytest.raises(ValidationError) as caught:
        pricing.save_rule(shop.shopify, "USD", RuleFields(marketplace_fee_pct="60",
                                                          payment_fee_pct="20"))
    assert "Main Shopify · USD" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        pricing.save_rule(shop.shopify, "JPY", RuleFields(rounding=".99"))
    assert caught.value.item == "rounding"
    with pytest.raises(ValidationError):
        pricing.save_rule(shop.shopify, "EURO", RuleFields())
    with pytest.raises(NotFoundError):
        pricing.save_rule(999, "USD", RuleFields())
    assert not pricing.rule(shop.shopify, "USD").exists  # nothing half-saved

    saved = pricing.save_rule(shop.shopify, "USD", SHOPIFY_USD)
    assert saved.exists and saved.fields == RuleFields("0", "2.9", "30", "10", "4.99", "0.30",
                                                       "0", False, "")
    assert saved.rule.fixed_fee_minor == 30 and saved.market.has_rule
    again = pricing.save_rule(shop.shopify, "USD", RuleFields(target_margin_pct="40"))
    assert again.rule.target_margin_pct == 40 and again.rule.shipping_minor == 0
    assert pricing.delete_rule(shop.shopify, "USD") is True
    assert pricing.delete_rule(shop.shopify, "USD") is False


def test_price_endings_setting_through_the_service(pricing, shop):
    assert pricing.price_endings().startswith("USD=.99")
    assert pricing.set_price_endings("usd=.95") == "USD=.95"
    assert pricing.rule(shop.shopify, "USD").setting_ending == ".95"
    with pytest.raises(ValidationError):
        pricing.set_price_endings("JPY=.99")


def test_preview_prices_each_offer_with_todays_rate(shop, pricing):
    pricing.save_rule(shop.shopify, "USD", SHOPIFY_USD)
    preview = pricing.preview([(shop.shopify, "USD")])
    assert [r.sku for r in preview.rows] == ["LAMP-RED", "MUG-01"]  # archived OLD-1 skipped
    lamp = preview.rows[0]
    rate = RATES["USD"] / RATES["CNY"]
    cost = convert_minor(1500, "CNY", "USD", rate)
    assert cost == 208
    rule = pricing.rule(shop.shopify, "USD").rule
    expected = quote(cost, rule, parse_ending(".99", "USD"))
    assert lamp.quote == expected and lamp.applicable and lamp.changed
    assert lamp.old_price_minor == 1999 and lamp.new_price_minor == expected.shelf_minor
    assert lamp.old_margin_pct is not None and lamp.old_margin_pct > lamp.new_margin_pct
    assert lamp.rate_use.rate == rate and lamp.rate_use.day == DAY
    assert lamp.rate_use.source == "ecb" and not lamp.rate_use.stale
    assert preview.changed == 2 and preview.problems == 0 and not preview.stale_rates
    assert pricing.preview([(shop.shopify, "USD")], listing_ids=[shop.listings["mug"]]
                           ).rows[0].sku == "MUG-01"


def test_problem_rows_say_why_and_cannot_be_applied(shop, pricing, database):
    pricing.save_rule(shop.etsy, "JPY", RuleFields(marketplace_fee_pct="6.5"))
    preview = pricing.preview([(shop.shopify, "EUR"), (shop.etsy, "JPY")])
    no_rule, jpy = preview.rows
    assert not no_rule.applicable and "No price rule for Main Shopify · EUR" in str(
        no_rule.problem)
    assert jpy.applicable and jpy.new_price_minor % 10 == 0
    with database.session() as s:
        s.execute(ChannelOffer.__table__.update().where(
            ChannelOffer.__table__.c.currency == "JPY").values(currency="TWD"))
    pricing.save_rule(shop.etsy, "TWD", RuleFields())
    twd = pricing.preview([(shop.etsy, "TWD")]).rows[0]
    assert not twd.applicable and "No exchange rate for TWD" in str(twd.problem)
    with pytest.raises(ValidationError):
        pricing.apply([no_rule, jpy])
    assert _price(database, jpy.offer_id) == 300000  # nothing written


def test_stale_rates_are_said(shop, database):
    pricing = PricingService(database, today=lambda: date(2026, 12, 4))
    pricing.save_rule(shop.shopify, "USD", SHOPIFY_USD)
    preview = pricing.preview([(shop.shopify, "USD")])
    assert preview.rows[0].rate_use.stale and preview.stale_rates[0].day == DAY
    assert preview.rows[0].applicable  # old, but said, not refused


def test_apply_writes_price_rate_and_time_in_one_go(shop, pricing, database):
    pricing.save_rule(shop.shopify, "USD", SHOPIFY_USD)
    rows = pricing.preview([(shop.shopify, "USD")]).rows
    assert pricing.apply(rows) == 2
    with database.session() as s:
        offers = s.execute(select(ChannelOffer.id, ChannelOffer.price_minor,
                                  ChannelOffer.price_rate, ChannelOffer.price_set_at)
                           .where(ChannelOffer.id.in_([r.offer_id for r in rows]))).all()
    for offer_id, price, rate, set_at in offers:
        row = next(r for r in rows if r.offer_id == offer_id)
        assert price == row.new_price_minor and rate == RATES["USD"] / RATES["CNY"]
        assert abs((datetime.now(UTC) - set_at).total_seconds()) < 60
    if database.is_sqlite:
        # Written as the ORM writes it, so comparisons and sorting by text stay right.
        with database.engine.connect() as c:
            raw = c.exec_driver_sql("SELECT price_set_at FROM channel_offers "
                                    "WHERE price_set_at IS NOT NULL").scalars().all()
        assert len(raw) == 2 and all(len(text) == 26 and text[10] == " " for text in raw)
    # A second preview is already at the new prices.
    assert pricing.preview([(shop.shopify, "USD")]).changed == 0


def test_apply_is_all_or_nothing_when_an_offer_changed(shop, pricing, database):
    pricing.save_rule(shop.shopify, "USD", SHOPIFY_USD)
    lamp, mug = pricing.preview([(shop.shopify, "USD")]).rows
    with database.session() as s:
        s.get(ChannelOffer, mug.offer_id).price_minor = 2600  # someone else edited it
    with pytest.raises(KnownError, match="changed or went away since the preview"):
        pricing.apply([lamp, mug])
    assert _price(database, lamp.offer_id) == 1999


def test_cancel_leaves_prices_untouched(shop, pricing, database):
    pricing.save_rule(shop.shopify, "USD", SHOPIFY_USD)
    rows = pricing.preview([(shop.shopify, "USD")]).rows
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        pricing.apply(rows, job)
    with pytest.raises(Cancelled):
        pricing.preview([(shop.shopify, "USD")], job=job)
    assert _price(database, rows[0].offer_id) == 1999


def test_rate_move_alert_flags_listings_losing_their_margin(shop, pricing, database):
    pricing.save_rule(shop.shopify, "USD", RuleFields(target_margin_pct="12",
                                                      min_margin_pct="10"))
    pricing.apply(pricing.preview([(shop.shopify, "USD")]).rows)
    assert pricing.refresh_alerts() == 0 and pricing.alert_count() == 0
    # The yuan gains 2 %: under the 3 % threshold, no alert even if the margin slipped.
    later = date(2026, 11, 23)
    put_rates(database, later, {**RATES, "CNY": RATES["CNY"] / D("1.02")})
    moved = PricingService(database, today=lambda: later)
    assert moved.refresh_alerts() == 0
    # The yuan gains 25 %: the goods cost more in dollars. The mug's margin (23.6 % at 3.99)
    # falls to 4.5 %, below the 10 % floor; the lamp's (30 % at 2.99, raised by the charm
    # ending) only to 13 %.
    put_rates(database, later, {**RATES, "CNY": RATES["CNY"] / D("1.25")}, "manual")
    assert moved.refresh_alerts() == 1 and moved.alert_count() == 1
    with database.session() as s:
        assert s.get(Listing, shop.listings["mug"]).price_alert
        assert not s.get(Listing, shop.listings["lamp"]).price_alert
    # Repricing at today's rate clears it.
    moved.apply(moved.preview([(shop.shopify, "USD")]).rows)
    assert moved.alert_count() == 0


def test_find_market_by_name_number_or_name_and_currency(shop, pricing):
    markets = pricing.markets()
    assert pricing.find_market("main shopify:usd").key == (shop.shopify, "USD")
    assert pricing.find_market("Amazon JP").currency == "JPY"
    assert pricing.find_market("1") == markets[0]
    with pytest.raises(ValidationError, match="several currencies"):
        pricing.find_market("Main Shopify")
    with pytest.raises(NotFoundError, match="no market Nowhere"):
        pricing.find_market("Nowhere")


def test_only_existing_offers_are_repriced(shop, pricing, database):
    pricing.save_rule(shop.etsy, "USD", RuleFields())
    rows = pricing.preview([(shop.etsy, "USD")], listing_ids=list(shop.listings.values())).rows
    assert [r.sku for r in rows] == ["MUG-01"]  # the lamp has no Etsy USD offer
    with database.session() as s:
        assert s.scalar(select(ChannelOffer.id).where(
            ChannelOffer.account_id == shop.etsy, ChannelOffer.currency == "USD",
            ChannelOffer.listing_id == shop.listings["lamp"])) is None


def _price(database, offer_id: int) -> int:
    with database.session() as s:
        return s.get(ChannelOffer, offer_id).price_minor
