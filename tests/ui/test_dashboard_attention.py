"""The Dashboard's margin card and "needs your attention" box, and where its links lead."""

from __future__ import annotations

from datetime import date

from seller_desk.domain.money import Money
from seller_desk.services.attention import Attention
from seller_desk.services.profit import ProfitSummary
from seller_desk.services.rates_status import RatesStatus
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.main_window import PAGE_KEYS, MainWindow
from seller_desk.ui.pages.dashboard_attention import AttentionBox

WAIT = 20_000


def status(**changes) -> RatesStatus:
    values = dict(today=date(2026, 11, 25), base="USD", chain=("ecb",),
                  newest_day=date(2026, 11, 24), sources=("ecb",), age_business_days=1,
                  stale=False, stale_after=3, last_fetched=None, used=("USD", "EUR"),
                  missing=(), uncovered=())
    values.update(changes)
    return RatesStatus(**values)


def summary(margin: int = 50_000, negative: int = 0, uncosted: int = 0) -> ProfitSummary:
    return ProfitSummary(Money(200_000, "USD"), Money(margin, "USD"), negative, uncosted)


def test_a_calm_shop_says_so(qtbot):
    box = AttentionBox(Formatter())
    qtbot.addWidget(box)
    box.show_attention(Attention(0, summary(), summary(), status()))
    assert "Nothing needs your attention" in box.body.text()


def test_each_problem_has_its_line_and_link(qtbot):
    box = AttentionBox(Formatter())
    qtbot.addWidget(box)
    attention = Attention(3, summary(negative=2, uncosted=4), summary(),
                          status(stale=True, age_business_days=6, missing=("TWD",),
                                 uncovered=("TWD",)))
    lines = box.lines(attention)
    assert [target for _text, target, _link in lines] == [
        "prices", "losses", "rates", "rates", "rates"]
    box.show_attention(attention)
    text = box.body.text()
    assert "3 listings need a price check" in text and "2 orders" in text
    assert "6 business days old" in text and "TWD" in text
    followed: list[str] = []
    box.open_prices.connect(lambda: followed.append("prices"))
    box.open_losses.connect(lambda: followed.append("losses"))
    box.body.linkActivated.emit("prices")
    box.body.linkActivated.emit("losses")
    assert followed == ["prices", "losses"]


def test_no_rates_at_all_is_named(qtbot):
    box = AttentionBox(Formatter())
    qtbot.addWidget(box)
    box.show_attention(Attention(0, summary(), summary(), status(
        newest_day=None, sources=(), age_business_days=None)))
    assert "No exchange rates are stored yet" in box.body.text()


def test_the_demo_dashboard_shows_margin_and_its_links_open_the_lists(qtbot, demo, runner,
                                                                      paths):
    figures = demo.attention.figures()
    assert figures.price_alerts == demo.pricing.alert_count() >= 1  # the demo plants some
    window = MainWindow(demo, runner, paths, "Demo", is_demo=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page(PAGE_KEYS.index("dashboard"))
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.attention.attention is not None, timeout=WAIT)
    card = page.cards["margin"]
    assert card.value.text() == window.fmt.money(page.attention.attention.current.margin)
    assert "of revenue" in card.change.text()
    assert "a price check" in page.attention.body.text()
    page.attention.open_prices.emit()
    listings = window.pages["listings"]
    assert window.stack.currentWidget() is listings and listings.prices_to_check.isChecked()
    qtbot.waitUntil(lambda: listings.model.rowCount() == figures.price_alerts, timeout=WAIT)
    page.attention.open_losses.emit()
    orders = window.pages["orders"]
    assert window.stack.currentWidget() is orders and orders.losses.isChecked()
    runner.wait_idle()


def test_open_and_overdue_returns_link_to_the_returns_page(qtbot):
    box = AttentionBox(Formatter())
    qtbot.addWidget(box)
    box.show_attention(Attention(0, summary(), summary(), status(), returns_open=5,
                                 returns_overdue=2))
    assert "5 return requests are open; 2 have waited longer" in box.body.text()
    with qtbot.waitSignal(box.open_returns):
        box.body.linkActivated.emit("returns")
    box.show_attention(Attention(0, summary(), summary(), status(), returns_open=1))
    assert "1 return request is open, not overdue" in box.body.text()
