"""Bulk reprice of 50,000 listings x 5 markets (250,000 offers): preview, then apply every row.

Baseline side by side: the naive way, offer by offer through the ORM (load the listing, look
up the market's rule and the day's rates with a query each, price it, set it), timed on a
sample and scaled up to every offer. The ratio says what bulk reads and one executemany save.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from common import row
from sqlalchemy import insert, select

from seller_desk.domain.fx import DayRates, convert_minor, cross_rate
from seller_desk.domain.price_endings import ending_for, parse_price_endings
from seller_desk.domain.price_rule_input import RuleFields
from seller_desk.domain.pricing import MarketRule, quote
from seller_desk.services.pricing import PricingService
from seller_desk.store.database import Database
from seller_desk.store.migrate import upgrade
from seller_desk.store.models import ChannelOffer, Listing, MarketplaceAccount, PriceRule
from seller_desk.store.queries.fx import newest_rate, store_rates
from seller_desk.store.queries.settings import settings_with_defaults

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
# (account, marketplace, currency, rule): five markets, VAT-inclusive ones among them.
MARKETS = (
    ("Shopify US", "shopify", "USD", RuleFields("0", "2.9", "30", "10", "5.99", "0.30")),
    ("Etsy EU", "etsy", "EUR", RuleFields("6.5", "3", "30", "12", "4.90", "0.25", "19", True)),
    ("eBay UK", "ebay", "GBP", RuleFields("12.8", "0", "28", "10", "3.50", "0.30", "20", True)),
    ("Amazon JP", "amazon", "JPY", RuleFields("15", "0", "25", "8", "600", "0", "10", True)),
    ("Shopify AU", "shopify", "AUD", RuleFields("0", "1.75", "30", "10", "9.95", "0.30")),
)
RATES = {"USD": Decimal("1.0832"), "CNY": Decimal("7.8412"), "GBP": Decimal("0.8571"),
         "JPY": Decimal("162.37"), "AUD": Decimal("1.6583")}


def build_shop(path: Path, listings: int, seed: int = 5) -> Database:
    """A shop with `listings` listings (costs in CNY, a tenth in USD) offered in every market."""
    rng = random.Random(seed)
    db = Database.open(str(path))
    upgrade(db, None)
    with db.session() as s:
        accounts = [MarketplaceAccount(name=name, marketplace=kind, currency=cur,
                                       created_at=NOW) for name, kind, cur, _ in MARKETS]
        s.add_all(accounts)
        s.flush()
        ids = [a.id for a in accounts]
        store_rates(s, [DayRates(TODAY, RATES, "ecb")], NOW)
        s.execute(insert(Listing), [
            {"id": n, "sku": f"SKU-{n:06d}", "sku_key": f"sku-{n:06d}", "title": f"Item {n}",
             "title_key": f"item {n}", "cost_minor": rng.randint(300, 40_000),
             "cost_currency": "USD" if n % 10 == 0 else "CNY", "created_at": NOW,
             "updated_at": NOW} for n in range(1, listings + 1)])
        offers = []
        for n in range(1, listings + 1):
            for account_id, (_, _, cur, _) in zip(ids, MARKETS, strict=True):
                price = rng.randint(5, 900) * (1 if cur == "JPY" else 100) + (
                    0 if cur == "JPY" else 99)
                offers.append((n, account_id, cur, price * (100 if cur == "JPY" else 1)))
        s.execute(insert(ChannelOffer), [
            {"listing_id": n, "account_id": a, "currency": c, "price_minor": p}
            for n, a, c, p in offers])
    pricing = PricingService(db, today=lambda: TODAY)
    for account_id, (_, _, cur, fields) in zip(ids, MARKETS, strict=True):
        pricing.save_rule(account_id, cur, fields)
    return db


def naive(db: Database, sample: int) -> tuple[float, int]:
    """Price and write `sample` offers one at a time through the ORM; (seconds, offers)."""
    started = time.perf_counter()
    with db.session() as s:
        endings = parse_price_endings(settings_with_defaults(s)["price_endings"])
        offers = s.scalars(select(ChannelOffer).limit(sample)).all()
        for offer in offers:
            listing = s.get(Listing, offer.listing_id)
            stored = s.scalar(select(PriceRule).where(PriceRule.account_id == offer.account_id,
                                                      PriceRule.currency == offer.currency))
            assert listing is not None and stored is not None
            per_eur = {}
            for code in {listing.cost_currency, offer.currency} - {"EUR"}:
                found = newest_rate(s, code, TODAY)
                assert found is not None
                per_eur[code] = found.per_eur
            rate = cross_rate(per_eur, listing.cost_currency, offer.currency)
            rule = MarketRule(stored.currency, stored.marketplace_fee_pct,
                              stored.payment_fee_pct, stored.target_margin_pct,
                              stored.min_margin_pct, stored.shipping_minor,
                              stored.fixed_fee_minor, stored.vat_pct,
                              stored.prices_include_vat, stored.rounding)
            cost = convert_minor(listing.cost_minor, listing.cost_currency, offer.currency, rate)
            offer.price_minor = quote(cost, rule, ending_for(offer.currency, endings)).shelf_minor
            offer.price_rate, offer.price_set_at = rate, NOW
        s.flush()
        s.rollback()  # leave the shop as the fast path will find it
    return time.perf_counter() - started, len(offers)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--listings", type=int, default=50_000)
    parser.add_argument("--sample", type=int, default=5_000,
                        help="offers the naive baseline prices before scaling up")
    parser.add_argument("--orders", type=int, help=argparse.SUPPRESS)  # run_all passes it on
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        db = build_shop(Path(tmp) / "shop.sqlite3", args.listings)
        built = time.perf_counter() - started
        offers = args.listings * len(MARKETS)
        print(f"Reprice {args.listings:,} listings x {len(MARKETS)} markets = {offers:,} offers "
              f"(shop built in {built:.1f} s); one run each")
        pricing = PricingService(db, today=lambda: TODAY)
        base_s, base_n = naive(db, args.sample)
        started = time.perf_counter()
        preview = pricing.preview(pricing.markets())
        previewed = time.perf_counter() - started
        assert len(preview.rows) == offers and preview.problems == 0, preview.problems
        rows = [r for r in preview.rows if r.applicable]
        started = time.perf_counter()
        written = pricing.apply(rows)
        applied = time.perf_counter() - started
        assert written == offers
        started = time.perf_counter()
        again = pricing.preview(pricing.markets())
        assert again.changed == 0
        second = time.perf_counter() - started
        db.close()
        total = previewed + applied
        scaled = base_s * offers / base_n
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        row("preview, 5 markets", previewed * 1000, extra=f"  ({offers / previewed:,.0f} "
            f"offers/s; {preview.changed:,} new prices)")
        row("apply every row (one transaction, alerts)", applied * 1000)
        row("preview + apply", total * 1000, 5000)
        row("preview again (nothing to change)", second * 1000)
        row(f"baseline: ORM offer by offer, {base_n:,} scaled up", scaled * 1000,
            extra=f"  (baseline / bulk = {scaled / total:.1f}x)")
        print(f"  peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
