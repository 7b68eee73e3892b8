"""`seller-desk listings markets | reprice` on a small shop with stored rates."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from seller_desk.app import main
from seller_desk.domain.fx import DayRates
from seller_desk.domain.price_rule_input import RuleFields
from seller_desk.services.pricing import PricingService
from seller_desk.store.database import Database
from seller_desk.store.models import ChannelOffer
from seller_desk.store.queries.fx import store_rates
from tests.factories import make_shop

TODAY = date.today()


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "shop.sqlite3"
    assert run(capsys, "--db", path, "db", "upgrade")[0] == 0
    database = Database.open(str(path))
    shop = make_shop(database)
    with database.session() as s:
        s.add(ChannelOffer(listing_id=shop.listings["mug"], account_id=shop.shopify,
                           price_minor=2500, currency="USD"))
        s.add(ChannelOffer(listing_id=shop.listings["mug"], account_id=shop.etsy,
                           price_minor=1800, currency="EUR"))
        store_rates(s, [DayRates(TODAY, {"USD": Decimal("1.08"), "CNY": Decimal("7.80")},
                                 "ecb")], datetime.now(UTC))
    PricingService(database).save_rule(shop.shopify, "USD", RuleFields(
        payment_fee_pct="2.9", fixed_fee="0.30", shipping="4.99"))
    database.close()
    return path


def prices(path) -> dict[int, int]:
    database = Database.open(str(path))
    try:
        with database.session() as s:
            return dict(s.execute(select(ChannelOffer.id, ChannelOffer.price_minor)).all())
    finally:
        database.close()


def test_markets_are_numbered(db, capsys):
    code, out, _ = run(capsys, "--db", db, "listings", "markets")
    lines = out.splitlines()
    assert code == 0 and "market" in lines[0]
    assert lines[1].split()[:5] == ["1", "Etsy", "Shop", "·", "EUR"]
    assert "Main Shopify · USD" in lines[2] and lines[2].rstrip().endswith("yes")
    code, out, _ = run(capsys, "--db", db, "listings", "markets", "--json")
    shown = json.loads(out)
    assert [m["market"] for m in shown] == ["Etsy Shop · EUR", "Main Shopify · USD"]
    assert shown[1] == {"number": 2, "market": "Main Shopify · USD", "account_id": 1,
                        "account": "Main Shopify", "marketplace": "shopify",
                        "currency": "USD", "offers": 2, "has_rule": True}


def test_reprice_is_a_dry_run_by_default(db, capsys):
    before = prices(db)
    code, out, _ = run(capsys, "--db", db, "listings", "reprice", "--market",
                       "Main Shopify:USD")
    assert code == 0
    assert "rate CNY->USD 0.138462" in out
    assert "LAMP-RED" in out and "19.99 USD" in out and "MUG-01" in out
    assert "2 offers: 2 new prices, 0 cannot be priced." in out
    assert "Dry run: nothing written" in out
    assert prices(db) == before


def test_reprice_apply_writes_in_one_go(db, capsys):
    code, out, _ = run(capsys, "--db", db, "listings", "reprice", "--market", "2",
                       "--sku", "mug-01", "--apply", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["applied"] and shown["written"] == 1
    (row,) = shown["rows"]
    assert row["sku"] == "MUG-01" and row["old_price"] == "25.00"
    assert row["new_price"].endswith(".99") and row["rate_source"] == "ecb"
    assert row["rate_date"] == TODAY.isoformat() and row["problem"] is None
    assert Decimal(row["new_margin_pct"]) >= 10
    assert f"{int(Decimal(row['new_price']) * 100)}" in {str(p) for p in prices(db).values()}
    again = json.loads(run(capsys, "--db", db, "listings", "reprice", "--market", "2",
                           "--sku", "MUG-01", "--json")[1])
    assert again["changed"] == 0


def test_market_without_rule_lists_problems_and_exits_1(db, capsys):
    before = prices(db)
    code, out, _ = run(capsys, "--db", db, "listings", "reprice", "--market", "Etsy Shop",
                       "--apply")
    assert code == 1
    assert "No price rule for Etsy Shop · EUR" in out
    assert "1 offers: 0 new prices, 1 cannot be priced." in out
    assert prices(db) == before


@pytest.mark.parametrize(("args", "message"), [
    (["--market", "Nowhere"], "There is no market Nowhere"),
    (["--market", "Main Shopify:GBP"], "There is no market Main Shopify:GBP"),
    (["--market", "9"], "There is no market 9"),
    (["--market", "2", "--sku", "NOPE"], "There is no listing with SKU NOPE"),
])
def test_unknown_market_or_sku_is_an_error(db, capsys, args, message):
    code, out, err = run(capsys, "--db", db, "listings", "reprice", *args)
    assert code == 1 and out == "" and message in err
