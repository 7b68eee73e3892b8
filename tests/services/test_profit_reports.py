"""Profit by listing, market and country, and the Dashboard's summary, on the test shop."""

from __future__ import annotations

from datetime import timedelta

import pytest

from seller_desk.services.profit import ProfitService
from seller_desk.store.models import Listing
from tests.factories import NOW, make_shop
from tests.services.test_profit import add_rates


@pytest.fixture
def costed(database):
    shop = make_shop(database)
    add_rates(database)
    service = ProfitService(database)
    service.cost_orders()
    return shop, service


def figures(row):
    return (row.orders, row.units, row.revenue.minor, row.marketplace_fees.minor,
            row.payment_fees.minor, row.cost.minor, row.shipping.minor, row.margin.minor)


def test_profit_by_listing_splits_each_order_exactly(costed):
    _shop, service = costed
    report = service.report()
    rows = {row.key: row for row in report.by_listing}
    assert figures(rows["LAMP-RED"]) == (3, 4, 8380, 130, 314, 857, 0, 7079)
    assert figures(rows["MUG-01"]) == (2, 2, 5200, 195, 199, 628, 0, 4178)
    assert rows["MUG-01"].label == "MUG-01 · Celadon mug"
    assert rows["LAMP-RED"].margin_ratio == pytest.approx(7079 / 8380)
    assert figures(report.totals) == (4, 6, 13580, 325, 513, 1485, 0, 11257)
    assert sum(row.margin.minor for row in report.by_listing) == report.totals.margin.minor
    assert report.currency == "USD" and report.uncosted_orders == 0
    assert report.incomplete_orders == 0


def test_profit_by_market_and_country(costed):
    _shop, service = costed
    markets = {row.label: figures(row) for row in service.by_market()}
    assert markets == {
        "Main Shopify · EUR": (2, 3, 6600, 0, 251, 743, 0, 5606),
        "Main Shopify · JPY": (1, 1, 1980, 0, 87, 214, 0, 1679),
        "Etsy Shop · USD": (1, 2, 5000, 325, 175, 528, 0, 3972),
    }
    countries = {row.key: (row.orders, row.margin.minor) for row in service.by_country()}
    assert countries == {"DE": (2, 5606), "JP": (1, 1679), "US": (1, 3972)}


def test_a_period_and_the_summary(costed):
    _shop, service = costed
    recent = service.report(NOW - timedelta(days=30), NOW)
    assert recent.totals.revenue.minor == 2200 + 5000
    assert {row.key for row in service.by_listing(NOW - timedelta(days=30))} == {
        "LAMP-RED", "MUG-01"}
    summary = service.summary()
    assert (summary.revenue.minor, summary.margin.minor) == (13580, 11257)
    assert (summary.negative_orders, summary.uncosted_orders, summary.costed_orders) == (0, 0, 4)
    assert summary.margin_ratio == pytest.approx(11257 / 13580)
    assert service.summary(NOW - timedelta(days=30)).revenue.minor == 7200
    assert service.report(NOW + timedelta(days=1)).by_listing == ()


def test_negative_margins_are_counted_and_uncosted_orders_told(database):
    shop = make_shop(database)
    add_rates(database)
    with database.session() as s:
        s.get(Listing, shop.listings["lamp"]).cost_minor = 1_000_000
    service = ProfitService(database)
    assert service.summary().uncosted_orders == 4
    assert service.report().uncosted_orders == 4 and service.report().by_listing == ()
    service.cost_orders()
    summary = service.summary()
    assert summary.negative_orders == 3 and summary.uncosted_orders == 0
    lamp = next(row for row in service.by_listing() if row.key == "LAMP-RED")
    assert lamp.margin.minor < 0


def test_reports_follow_changes_after_a_first_read(costed, database):
    shop, service = costed
    assert service.report().totals.orders == 4
    with database.session() as s:
        s.get(Listing, shop.listings["mug"]).title = "Celadon cup"
    assert "Celadon cup" in {row.label.split(" · ")[-1] for row in service.by_listing()}
    assert service.retry_incomplete() == 0
    assert service.report().totals.orders == 4


def test_an_empty_shop(database):
    service = ProfitService(database)
    assert service.cost_orders().costed == 0
    report = service.report()
    assert (report.by_listing, report.by_market, report.by_country) == ((), (), ())
    assert report.totals.orders == 0 and report.totals.margin.minor == 0
    summary = service.summary()
    assert (summary.revenue.minor, summary.negative_orders, summary.uncosted_orders) == (0, 0, 0)
    assert summary.margin_ratio is None


def test_lines_without_a_listing_group_by_sku(costed, database):
    from sqlalchemy import select

    from seller_desk.store.models import OrderLine

    shop, service = costed
    with database.session() as s:
        lines = s.scalars(select(OrderLine).where(OrderLine.order_id.in_(
            [shop.orders["#1002"], shop.orders["E-2001"]])).order_by(OrderLine.id)).all()
        lines[0].listing_id = None  # #1002's mug: still MUG-01 by its SKU
        lines[1].listing_id, lines[1].sku, lines[1].sku_key = None, "Old-9", "old-9"
    rows = {row.key: row for row in service.by_listing()}
    assert set(rows) == {"LAMP-RED", "MUG-01", "Old-9"}
    assert rows["MUG-01"].orders == 2 and rows["Old-9"].label == "Old-9"
    assert sum(r.margin.minor for r in rows.values()) == service.report().totals.margin.minor


def test_an_order_counts_once_for_a_listing_it_has_twice(database):
    from seller_desk.store.models import OrderLine

    shop = make_shop(database)
    add_rates(database)
    with database.session() as s:
        s.add(OrderLine(order_id=shop.orders["E-2001"], listing_id=shop.listings["lamp"],
                        sku="LAMP-RED", sku_key="lamp-red", title="Lamp, second colour",
                        quantity=2, unit_price_minor=500, total_minor=1000))
    service = ProfitService(database)
    service.cost_orders()
    lamp = next(row for row in service.by_listing() if row.key == "LAMP-RED")
    assert (lamp.orders, lamp.units) == (3, 6)
    report = service.report()
    assert sum(row.margin.minor for row in report.by_listing) == report.totals.margin.minor
    assert sum(row.revenue.minor for row in report.by_listing) == report.totals.revenue.minor
