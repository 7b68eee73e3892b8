"""The Profit page: periods, three sortable tabs, totals, stale answers dropped; and the main
window costing orders in the background."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from seller_desk.domain.money import Money
from seller_desk.services.profit import ProfitRow
from seller_desk.store.models import Listing
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.main_window import PAGE_KEYS
from seller_desk.ui.pages.profit import ProfitPage
from seller_desk.ui.pages.profit_model import SORT_ROLE, ProfitTableModel
from seller_desk.ui.pages.profit_period import period_bounds, period_days
from tests.services.test_profit import add_rates
from tests.ui.test_main_window import make_window


def row(key: str, revenue: int, margin: int) -> ProfitRow:
    def usd(minor: int) -> Money:
        return Money(minor, "USD")

    return ProfitRow(key, f"{key} · label", 2, 3, usd(revenue), usd(10), usd(5), usd(100),
                     usd(0), usd(0), usd(margin))


def test_the_table_model_sorts_and_paints_losses(qtmodeltester):
    model = ProfitTableModel(Formatter(), "Listing", lambda r: r.label)
    model.set_rows([row("B", 1000, 300), row("A", 500, -50), row("C", 0, 0)])
    qtmodeltester.check(model)
    model.sort(9, Qt.SortOrder.DescendingOrder)
    assert [r.key for r in model.rows] == ["B", "C", "A"]
    qtmodeltester.check(model)
    model.sort(0)
    assert [r.key for r in model.rows] == ["A", "B", "C"]
    model.sort(10)
    assert [r.key for r in model.rows] == ["C", "A", "B"]  # no revenue sorts first
    assert model.rows[1].key == "A" and model.data(model.index(1, 9)).startswith("⚠")
    assert model.data(model.index(1, 3), Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, 9), SORT_ROLE) == -50
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Listing"
    assert model.headerData(10, Qt.Orientation.Horizontal) == "Margin %"
    assert model.data(model.index(2, 10)) == "30.0%"
    model.set_rows([])
    qtmodeltester.check(model)


@pytest.mark.parametrize(("kind", "expected"), [
    ("this_month", (date(2026, 3, 1), date(2026, 4, 1))),
    ("last_month", (date(2026, 2, 1), date(2026, 3, 1))),
    ("last_90", (date(2025, 12, 18), date(2026, 3, 18))),
    ("this_year", (date(2026, 1, 1), date(2027, 1, 1))),
    ("last_year", (date(2025, 1, 1), date(2026, 1, 1))),
])
def test_periods(kind, expected):
    assert period_days(kind, date(2026, 3, 17)) == expected


def test_custom_dates_and_january():
    assert period_days("custom", date(2026, 3, 17), date(2026, 3, 5), date(2026, 3, 1)) == (
        date(2026, 3, 1), date(2026, 3, 6))
    assert period_days("last_month", date(2026, 1, 9)) == (date(2025, 12, 1), date(2026, 1, 1))
    since, until = period_bounds("this_year", date(2026, 3, 17))
    assert since.tzinfo is not None and until > since
    with pytest.raises(ValueError, match="unknown period"):
        period_days("fortnight", date(2026, 3, 17))


def costed_shop(workspace):
    add_rates(workspace.database)
    workspace.profit.cost_orders()


def test_the_page_shows_three_tabs_and_totals(qtbot, runner, workspace):
    costed_shop(workspace)
    page = ProfitPage(runner, workspace.profit, Formatter())
    qtbot.addWidget(page)
    page.period.setCurrentIndex(page.period.findData("custom"))
    page.first.setDate(QDate(2026, 1, 1))
    page.last.setDate(QDate(2026, 12, 31))
    page.activate()
    qtbot.waitUntil(lambda: page.report is not None and not page.loading, timeout=20_000)
    listing = page.models["listing"]
    assert {r.key for r in listing.rows} == {"LAMP-RED", "MUG-01"}
    assert [page.tabs.tabText(i) for i in range(3)] == ["By listing", "By market", "By country"]
    assert {r.label for r in page.models["market"].rows} == {
        "Main Shopify · EUR", "Main Shopify · JPY", "Etsy Shop · USD"}
    country = page.models["country"]
    assert country.data(country.index(0, 0)).startswith(("DE", "JP", "US"))
    assert page.totals.text().startswith("Total: 4 orders")
    assert page.first.isVisible() is page.isVisible()
    # Margins sort highest first until the seller clicks a header.
    margins = [r.margin.minor for r in listing.rows]
    assert margins == sorted(margins, reverse=True)
    page.first.setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(lambda: not page.loading and page.report.totals.orders == 2, timeout=20_000)


def test_an_older_answer_is_dropped(qtbot, runner, workspace):
    costed_shop(workspace)
    page = ProfitPage(runner, workspace.profit, Formatter())
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
    old = page.report
    page.refresh()
    page._arrived(page._generation - 1, None)  # a late answer to an earlier question
    assert page.report is old and page.loading
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)


def test_the_window_costs_orders_when_it_settles(qtbot, workspace, runner, paths):
    add_rates(workspace.database)
    with workspace.database.session() as s:
        s.get(Listing, 1).cost_minor = 1_000_000
    window = make_window(qtbot, workspace, runner, paths)
    assert PAGE_KEYS.index("profit") == PAGE_KEYS.index("retention") + 1
    number = PAGE_KEYS.index("profit")  # Ctrl+1 is the first page
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1.value + number),
                   Qt.KeyboardModifier.ControlModifier)
    page = window.pages["profit"]
    assert window.stack.currentWidget() is page
    assert window.sidebar.item(number).text() == "Profit"
    qtbot.waitUntil(lambda: workspace.profit.summary().uncosted_orders == 0, timeout=20_000)
    qtbot.waitUntil(lambda: page.report is not None and not page.loading
                    and page.report.uncosted_orders == 0, timeout=20_000)
    window.show_page(PAGE_KEYS.index("orders"))
    orders = window.pages["orders"]
    qtbot.waitUntil(lambda: orders.model.rowCount() == 6
                    and orders.model.row_at(0).margin is not None, timeout=20_000)
