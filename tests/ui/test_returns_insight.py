"""The return insight view: worked out off the UI thread on first show, the shop average, the
flagged listings, every chart drawn and saved, periods and stale answers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import select

from seller_desk.services.listing_images import ListingImages
from seller_desk.services.return_insight import ReturnInsight
from seller_desk.services.returns import ReturnDraft, ReturnsService
from seller_desk.store.models import MarketplaceAccount, Order
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.returns_insight import CHARTS, ReturnsInsightView
from tests.factories import NOW, Shop
from tests.services.test_return_insight import grow_shop, line_id

WAIT = 20_000


def open_returns(ws, shop: Shop, tmp_path) -> None:
    """8 of 30 vases back as damaged, one card, one lamp: the vase stands out."""
    extra = grow_shop(ws.database, shop)
    returns = ReturnsService(ws.database, ListingImages(ws.database, tmp_path / "images"),
                             now=lambda: NOW)
    for order_id, sku, reason in [*((o, "VASE", "damaged") for o in extra["VASE"][:8]),
                                  (extra["CARD"][0], "CARD", "size_fit"),
                                  (shop.orders["E-2001"], "LAMP-RED", "changed_mind")]:
        returns.open_request(ReturnDraft(order_id, ((line_id(ws.database, order_id, sku), 1),),
                                         reason, "refund"))


@pytest.fixture
def shop_ids(workspace):
    with workspace.database.read_session() as s:
        accounts = {m: i for m, i in s.execute(
            select(MarketplaceAccount.marketplace, MarketplaceAccount.id))}
        orders = {n: i for n, i in s.execute(select(Order.number, Order.id))}
    return Shop(accounts["shopify"], accounts["etsy"], {}, {}, orders)


def make_view(qtbot, runner, database, first: QDate, last: QDate) -> ReturnsInsightView:
    view = ReturnsInsightView(runner, ReturnInsight(database), Formatter())
    qtbot.addWidget(view)
    view.period.setCurrentIndex(view.period.findData("custom"))
    view.first.setDate(first)
    view.last.setDate(last)
    assert view.view is None  # nothing is worked out before the view is shown
    view.resize(1100, 800)
    view.show()
    qtbot.waitUntil(lambda: view.view is not None and not view.loading, timeout=WAIT)
    return view


def test_average_flagged_listings_and_charts(qtbot, runner, workspace, shop_ids, tmp_path):
    open_returns(workspace, shop_ids, tmp_path)
    view = make_view(qtbot, runner, workspace.database, QDate(2026, 8, 1), QDate(2026, 11, 30))
    text = view.average.text()
    assert "Shop average return rate: <b>7.4%</b> (10 of 136 units sold asked back)" in text
    assert "10 requests" in text
    table = view.flagged
    assert table.isVisible() and table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(5)] == [
        "VASE · Blue vase", "30", "8", "26.7%", "3.6×"]
    assert table.horizontalHeaderItem(4).text() == "Times the average"
    assert "binomial test" in view.flagged_note.text()
    for key in CHARTS:
        assert view.charts[key].chart is not None, key
    title = view.charts["returnReasons"].chart.figure.axes[0].get_title(loc="left")
    assert title == "Return requests by reason"
    names = [t.get_text() for t in
             view.charts["returnReasons"].chart.figure.axes[0].get_yticklabels()]
    assert names == ["Damaged", "Changed mind", "Size or fit"]
    countries = view.charts["returnRatesByCountry"].chart.figure.axes[0].get_yticklabels()
    assert any(t.get_text().startswith("US · ") for t in countries)
    chart = view.charts["returnRatesByListing"]
    assert chart.save_to(tmp_path / "rates.png") and chart.save_to(tmp_path / "rates.svg")
    assert (tmp_path / "rates.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "rates.svg").read_bytes()[:500]
    assert "Saved the chart to" in view.messages.text
    assert not chart.save_to(tmp_path / "rates.gif")
    assert "PNG or SVG" in view.messages.text


def test_a_period_without_sales_and_only_the_newest_answer_counts(qtbot, runner, workspace,
                                                                  shop_ids, tmp_path):
    open_returns(workspace, shop_ids, tmp_path)
    view = make_view(qtbot, runner, workspace.database, QDate(2026, 8, 1), QDate(2026, 11, 30))
    first = view.view
    # Two questions in a row: the first answer arrives too late to be shown.
    view.first.setDate(QDate(2027, 1, 1))
    view.last.setDate(QDate(2027, 1, 31))
    qtbot.waitUntil(lambda: view.view is not first and not view.loading, timeout=WAIT)
    runner.wait_idle()
    qtbot.wait(50)
    assert view.view.report.since.year == 2027
    assert "No units sold in this period" in view.average.text()
    assert view.flagged.rowCount() == 0 and not view.flagged.isVisible()
    assert "No listing comes back" in view.flagged_note.text()
    empty = view.charts["returnCosts"].chart.figure
    assert "No data yet" in [t.get_text() for t in empty.axes[0].texts]


def test_last_90_days_is_the_default_and_retranslate_rebuilds(qtbot, runner, workspace,
                                                             shop_ids, tmp_path):
    open_returns(workspace, shop_ids, tmp_path)
    view = ReturnsInsightView(runner, ReturnInsight(workspace.database), Formatter())
    qtbot.addWidget(view)
    assert view.period.currentData() == "last_90" and not view.first.isVisibleTo(view)
    view.show()
    qtbot.waitUntil(lambda: view.view is not None, timeout=WAIT)
    since, until = view.view.report.since, view.view.report.until
    assert until - since >= timedelta(days=89)
    old = view.charts["returnCosts"].chart
    view.retranslate()
    qtbot.waitUntil(lambda: view.charts["returnCosts"].chart is not old, timeout=WAIT)
    assert view.period.itemText(view.period.currentIndex()) == "Last 90 days"
