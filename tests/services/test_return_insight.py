"""Return insight: rates by listing, account and country, reasons, costs by month, and which
listings come back far more often than the shop's average."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from seller_desk.services.listing_images import ListingImages
from seller_desk.services.return_insight import (
    NO_LISTING,
    ReturnInsight,
    exact_tail,
    far_above,
    tail_probability,
)
from seller_desk.services.return_steps import ReturnSteps
from seller_desk.services.returns import ReturnDraft, ReturnsService
from seller_desk.store.models import Listing, OrderLine
from tests.factories import NOW, Shop, _order, make_shop
from tests.services.test_profit import add_rates


def add_listing(s, sku: str, title: str) -> int:
    listing = Listing(sku=sku, sku_key=sku.lower(), title=title, title_key=title.lower(),
                      cost_minor=500, cost_currency="USD", stock_on_hand=50, created_at=NOW,
                      updated_at=NOW)
    s.add(listing)
    s.flush()
    return listing.id


def grow_shop(database, shop: Shop) -> dict[str, list[int]]:
    """30 orders of one vase each (Etsy, US) and 50 orders of two cards each (Shopify, GB)."""
    made: dict[str, list[int]] = {"VASE": [], "CARD": []}
    with database.session() as s:
        vase, card = add_listing(s, "VASE", "Blue vase"), add_listing(s, "CARD", "Card set")
        orders = [(_order(shop.etsy, f"V-{i}", 20, "delivered", None, "V", "v@example.com",
                          "US", "USD", 3000, "1", [(vase, "VASE", 1, 3000)]), "VASE")
                  for i in range(30)]
        orders += [(_order(shop.shopify, f"C-{i}", 15, "paid", None, "C", "c@example.com",
                           "GB", "USD", 1000, "1", [(card, "CARD", 2, 500)]), "CARD")
                   for i in range(50)]
        s.add_all(order for order, _sku in orders)
        s.flush()
        for order, sku in orders:
            made[sku].append(order.id)
    return made


def line_id(database, order_id: int, sku: str) -> int:
    with database.read_session() as s:
        return s.scalar(select(OrderLine.id).where(OrderLine.order_id == order_id,
                                                   OrderLine.sku == sku))


@pytest.fixture
def insight(database, tmp_path):
    """11 units back: 8 vases (damaged), a card, the lamp of E-2001 (refunded 20.00, label
    4.50 paid on a vase) in November, and the lamp of #1001 in September."""
    shop = make_shop(database)
    add_rates(database, NOW - timedelta(days=100))
    extra = grow_shop(database, shop)
    images = ListingImages(database, tmp_path / "images")
    returns = ReturnsService(database, images, now=lambda: NOW)
    steps = ReturnSteps(database, now=lambda: NOW)

    def open_one(order_id: int, sku: str, reason: str, service: ReturnsService = returns) -> int:
        return service.open_request(ReturnDraft(order_id, ((line_id(database, order_id, sku), 1),),
                                                reason, "refund"))

    vases = [open_one(order_id, "VASE", "damaged") for order_id in extra["VASE"][:8]]
    open_one(extra["CARD"][0], "CARD", "size_fit")
    lamp = open_one(shop.orders["E-2001"], "LAMP-RED", "changed_mind")
    september = ReturnsService(database, images, now=lambda: NOW - timedelta(days=55))
    open_one(shop.orders["#1001"], "LAMP-RED", "wrong_item", september)
    for target in ("approved", "awaiting_item", "received"):
        returns.move(lamp, target)
    steps.inspect(lamp, {returns.view(lamp).lines[0].id: "restock"})
    steps.refund(lamp, 2000)
    steps.set_return_shipping(vases[0], 450, "USD")
    return shop, ReturnInsight(database)


def test_rates_by_listing_account_and_country(insight):
    shop, service = insight
    report = service.report()
    assert (report.sold_units, report.returned_units, report.requests) == (136, 11, 11)
    assert report.shop_rate == pytest.approx(11 / 136)
    by_listing = {row.key: (row.sold, row.returned, row.requests) for row in report.by_listing}
    assert by_listing == {"LAMP-RED": (4, 2, 2), "MUG-01": (2, 0, 0), "VASE": (30, 8, 8),
                          "CARD": (100, 1, 1)}
    assert [row.key for row in report.by_listing] == ["LAMP-RED", "VASE", "CARD", "MUG-01"]
    assert report.by_listing[1].label == "VASE · Blue vase"
    assert report.by_listing[0].rate == 0.5
    accounts = {row.label: (row.key, row.sold, row.returned) for row in report.by_account}
    assert accounts == {"Etsy Shop": (str(shop.etsy), 32, 9),
                        "Main Shopify": (str(shop.shopify), 104, 2)}
    countries = {row.key: (row.sold, row.returned) for row in report.by_country}
    assert countries == {"US": (32, 9), "GB": (100, 1), "DE": (3, 1), "JP": (1, 0)}
    assert [row.key for row in report.by_country] == ["DE", "US", "GB", "JP"]


def test_reasons_and_costs_by_month(insight):
    _shop, service = insight
    report = service.report()
    assert [(r.reason, r.requests, r.units) for r in report.by_reason] == [
        ("damaged", 8, 8), ("changed_mind", 1, 1), ("size_fit", 1, 1), ("wrong_item", 1, 1)]
    assert report.by_reason[0].share == pytest.approx(8 / 11)
    assert sum(r.share for r in report.by_reason) == pytest.approx(1.0)
    costs = [(c.month, c.refunds.minor, c.return_shipping.minor, c.requests)
             for c in report.costs]
    assert costs == [("2026-09", 0, 0, 1), ("2026-10", 0, 0, 0), ("2026-11", 2000, 450, 10)]
    assert report.currency == "USD" and report.costs[-1].refunds.currency == "USD"
    assert report.total_cost.minor == 2450 and type(report.total_cost.minor) is int


def test_the_vase_is_flagged_and_small_numbers_are_not(insight):
    _shop, service = insight
    report = service.report()
    assert [row.key for row in report.flagged] == ["VASE"]
    vase = report.flagged[0]
    assert vase.flagged and vase.p_value is not None and vase.p_value < 0.01
    lamp = next(row for row in report.by_listing if row.key == "LAMP-RED")
    # Half the lamps came back, but two units are too few to say anything.
    assert not lamp.flagged and lamp.p_value is None


def test_a_period_counts_its_own_requests_and_orders(insight):
    _shop, service = insight
    report = service.report(NOW - timedelta(days=30), NOW + timedelta(days=1))
    assert (report.sold_units, report.returned_units, report.requests) == (133, 10, 10)
    lamp = next(row for row in report.by_listing if row.key == "LAMP-RED")
    assert (lamp.sold, lamp.returned) == (1, 1)
    assert [c.month for c in report.costs] == ["2026-11"]
    assert [row.key for row in report.flagged] == ["VASE"]
    empty = service.report(NOW + timedelta(days=5), NOW + timedelta(days=6))
    assert (empty.sold_units, empty.requests, empty.shop_rate) == (0, 0, None)
    assert empty.by_listing == () and empty.costs == () and empty.flagged == ()
    assert empty.total_cost.minor == 0


def test_items_without_a_listing_are_named_and_never_flagged(database, tmp_path):
    shop = make_shop(database)
    with database.session() as s:
        orders = [_order(shop.etsy, f"N-{i}", 3, "paid", None, "N", "n@example.com", "FR",
                         "USD", 100, "1", [(None, "LOOSE", 1, 100)]) for i in range(4)]
        s.add_all(orders)
        s.flush()
        ids = [order.id for order in orders]
    returns = ReturnsService(database, ListingImages(database, tmp_path / "i"), now=lambda: NOW)
    for order_id in ids:
        returns.open_request(ReturnDraft(order_id, ((line_id(database, order_id, "LOOSE"), 1),),
                                         "damaged", "refund"))
    report = ReturnInsight(database).report()
    loose = next(row for row in report.by_listing if row.key == "")
    assert (loose.label, loose.sold, loose.returned) == (NO_LISTING, 4, 4)
    assert report.flagged == ()


@pytest.mark.parametrize(("returned", "sold", "rate", "flagged"), [
    (8, 30, 0.08, True),
    (3, 6, 0.2, False),  # 2.5 times the shop, but 3 of 6 happens one time in ten at 20 %
    (2, 2, 0.01, False),  # fewer than three units back
    (5, 100, 0.03, False),  # under twice the shop's rate
    (12, 10, 0.1, True),  # requests for older orders: more back than sold in the period
    (3, 0, 0.1, False),  # nothing sold in the period
])
def test_far_above_needs_ratio_units_and_significance(returned, sold, rate, flagged):
    assert far_above(returned, sold, rate)[0] is flagged
    assert far_above(returned, sold, None) == (False, None)


@pytest.mark.parametrize(("returned", "sold", "rate"), [
    (0, 10, 0.2), (1, 1, 0.3), (3, 6, 0.2), (8, 30, 0.08), (40, 400, 0.05), (7, 7, 0.5)])
def test_the_exact_tail_agrees_with_scipy(returned, sold, rate):
    assert exact_tail(returned, sold, rate) == pytest.approx(
        tail_probability(returned, sold, rate), rel=1e-9, abs=1e-15)
