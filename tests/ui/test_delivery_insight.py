"""The delivery insight window: computes on opening, fills tabs, recomputes, drops stale."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from seller_desk.domain.delivery_stats import DeliveryGroup
from seller_desk.services.delivery_insight import DeliveryInsight
from seller_desk.store.models import MarketplaceAccount, Order
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.delivery_insight import (
    CHARTS,
    SORT_ROLE,
    DeliveryTableModel,
    Table,
)
from seller_desk.ui.pages.delivery_insight_window import DeliveryInsightWindow
from tests.services.test_delivery_insight import add_parcels

WAIT = 20_000


@pytest.fixture
def insight(workspace) -> DeliveryInsight:
    with workspace.database.read_session() as s:
        account = s.scalar(select(MarketplaceAccount.id)
                           .where(MarketplaceAccount.marketplace == "shopify"))
        order = s.scalar(select(Order.id).where(Order.number == "#1001"))
    add_parcels(workspace.database, order, account)
    return DeliveryInsight(workspace.database)


def open_window(qtbot, runner, insight, first: QDate | None = None,
                last: QDate | None = None) -> DeliveryInsightWindow:
    window = DeliveryInsightWindow(runner, insight, Formatter())
    qtbot.addWidget(window)
    view = window.view
    if first is not None and last is not None:
        view.period.setCurrentIndex(view.period.findData("custom"))
        view.first.setDate(first)
        view.last.setDate(last)
    assert view.view is None  # nothing is worked out before the window opens
    window.show()
    qtbot.waitUntil(lambda: view.view is not None and not view.loading, timeout=WAIT)
    return window


def cells(table, row: int) -> list[str]:
    model = table.model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_tables_summary_and_charts(qtbot, runner, insight, tmp_path):
    window = open_window(qtbot, runner, insight, QDate(2026, 8, 1), QDate(2026, 11, 30))
    view = window.view
    assert window.windowTitle() == "Delivery times"
    assert [view.tabs.tabText(i) for i in range(3)] == ["By carrier", "By destination",
                                                         "Routes"]
    carriers = view.tables["carrier"]
    assert carriers.model().rowCount() == 3
    assert cells(carriers, 0) == ["UPS", "3", "2", "5.0", "5.8", "50.0%", "33.3%"]
    header = [carriers.model().headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert header == ["Carrier", "Shipped", "Delivered", "Median days", "90th percentile",
                      "On time", "Exceptions"]
    assert cells(carriers, 2)[0] == "China Post" and cells(carriers, 2)[5] == "–"
    countries = view.tables["country"]
    names = [cells(countries, r)[0] for r in range(countries.model().rowCount())]
    assert names[0].startswith("DE · ") and names[1].startswith("US · ")
    assert names[2] == "Unknown country"
    routes = view.tables["route"]
    assert cells(routes, 0)[0].startswith("UPS → US · ")
    summary = view.summary.text()
    assert "5 parcels shipped, 4 delivered" in summary and "median <b>5.0</b> days" in summary
    assert "20.0% had an exception" in summary
    for key in CHARTS:
        assert view.charts[key].chart is not None, key
    days = view.charts["deliveryDaysByCarrier"].chart.figure.axes[0]
    assert [t.get_text() for t in days.get_yticklabels()] == ["UPS", "Yanwen", "China Post"]
    chart = view.charts["deliveryReliability"]
    assert chart.save_to(tmp_path / "late.png") and chart.save_to(tmp_path / "late.svg")
    assert (tmp_path / "late.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "late.svg").read_bytes()[:500]
    assert "Saved the chart to" in view.messages.text
    assert not chart.save_to(tmp_path / "late.gif")
    assert "PNG or SVG" in view.messages.text


def test_sorting_a_column_sorts_by_the_figure(qtbot, runner, insight):
    window = open_window(qtbot, runner, insight, QDate(2026, 8, 1), QDate(2026, 11, 30))
    view = window.view
    table = view.tables["carrier"]
    table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # median days: 3.5, 5 and 12
    assert [cells(table, r)[0] for r in range(3)] == ["Yanwen", "UPS", "China Post"]
    table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # on time: unknown rates go last
    assert [cells(table, r)[5] for r in range(3)] == ["50.0%", "–", "–"]


def test_a_new_period_recomputes_and_only_the_newest_answer_counts(qtbot, runner, insight):
    window = open_window(qtbot, runner, insight, QDate(2026, 8, 1), QDate(2026, 11, 30))
    view = window.view
    first = view.view
    # Two questions in a row: the answer to the first arrives too late to be shown.
    view.first.setDate(QDate(2027, 1, 1))
    view.last.setDate(QDate(2027, 1, 31))
    qtbot.waitUntil(lambda: view.view is not first and not view.loading, timeout=WAIT)
    runner.wait_idle()
    qtbot.wait(50)
    assert view.view.report.since.year == 2027
    assert view.summary.text() == "No parcels were shipped in this period."
    assert all(view.tables[name].model().rowCount() == 0 for name in view.tables)
    empty = view.charts["deliveryDaysByCountry"].chart.figure
    assert "No data yet" in [t.get_text() for t in empty.axes[0].texts]
    view.period.setCurrentIndex(view.period.findData("custom"))
    view.first.setDate(QDate(2026, 5, 1))
    qtbot.waitUntil(lambda: view.view.report.since.year == 2026 and not view.loading,
                    timeout=WAIT)
    assert view.view.report.overall.shipped == 6


def test_last_90_days_is_the_default_and_retranslate_rebuilds(qtbot, runner, insight):
    window = open_window(qtbot, runner, insight)
    view = window.view
    assert view.period.currentData() == "last_90" and not view.first.isVisibleTo(view)
    since, until = view.view.report.since, view.view.report.until
    assert until - since >= timedelta(days=89)
    old = view.charts["deliveryDaysByRoute"].chart
    window.retranslate()
    qtbot.waitUntil(lambda: view.charts["deliveryDaysByRoute"].chart is not old, timeout=WAIT)
    assert view.tables["route"].model().headerData(0, Qt.Orientation.Horizontal) == "Route"


def test_the_table_model_passes_the_model_tester(qtmodeltester):
    model = DeliveryTableModel(Formatter())
    model.set_name_header("Carrier")
    qtmodeltester.check(model)
    groups = (DeliveryGroup("ups", 3, 2, 5.0, 5.8, 0.5, 1 / 3),
              DeliveryGroup("Yanwen", 1, 0, None, None, None, 0.0))
    model.show_table(Table(groups, ("UPS", "Yanwen")))
    qtmodeltester.check(model)
    assert model.index(1, 3).data() == "–" and model.index(1, 3).data(SORT_ROLE) == -1.0
    assert model.index(0, 6).data() == "33.3%"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert "Nine in ten" in model.headerData(4, Qt.Orientation.Horizontal,
                                             Qt.ItemDataRole.ToolTipRole)
