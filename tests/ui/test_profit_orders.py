"""The Orders page's margin: a sortable column, losses red and flagged, a filter, and the
Profit section of the detail panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from seller_desk.store.models import Listing
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.orders import OrdersPage
from tests.services.test_profit import add_rates


def orders_page(qtbot, runner, workspace) -> OrdersPage:
    page = OrdersPage(runner, workspace, Formatter())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6 and not page.model.loading,
                    timeout=20_000)
    return page


def test_margin_column_losses_and_filter(qtbot, runner, workspace, qtmodeltester):
    add_rates(workspace.database)
    with workspace.database.session() as s:
        s.get(Listing, 1).cost_minor = 100_000
    workspace.profit.cost_orders()
    page = orders_page(qtbot, runner, workspace)
    model = page.model
    column = next(i for i in range(model.columnCount())
                  if model.headerData(i, Qt.Orientation.Horizontal) == "Margin")
    texts = [model.data(model.index(r, column)) for r in range(model.rowCount())]
    assert any(t.startswith("⚠ -") for t in texts) and any(not t.startswith("⚠") for t in texts)
    losing = next(r for r in range(model.rowCount()) if model.row_at(r).negative)
    index = model.index(losing, column)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")
    assert "Negative margin" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.request.sort == "margin" and not model.loading
                    and model.rowCount() == 6, timeout=20_000)
    assert model.row_at(0).negative
    page.losses.setChecked(True)
    qtbot.waitUntil(lambda: model.total == 4 and not model.loading, timeout=20_000)
    assert all(model.row_at(r).negative for r in range(model.rowCount()))
    assert page.losses.text() == "Losses only"
    page.filters._combos["country"].addItem("DE", "DE")
    page.filters._combos["country"].setCurrentIndex(1)
    qtbot.waitUntil(lambda: model.total == 1 and not model.loading, timeout=20_000)
    assert model.request.filter.negative_margin and model.request.filter.countries == {"DE"}
    page.losses.setChecked(False)
    qtbot.waitUntil(lambda: model.total == 2 and not model.loading, timeout=20_000)
    qtmodeltester.check(model)  # last: the tester stays attached and fetches pages itself


def test_detail_panel_has_a_profit_section(qtbot, runner, workspace):
    page = orders_page(qtbot, runner, workspace)
    page.open_detail(1)  # #1001: 40.00 EUR, not costed yet and no CNY rate stored
    qtbot.waitUntil(lambda: page.detail.isVisible(), timeout=20_000)
    text = page.detail.toPlainText()
    assert "Profit" in text and "Revenue (ex VAT, after refunds)" in text
    assert "Not costed yet" in text and "Costs are incomplete" in text
    assert "LAMP-RED: no CNY exchange rate on or before" in text
    add_rates(workspace.database)
    workspace.profit.cost_orders()
    page.open_detail(1)
    qtbot.waitUntil(lambda: "Contribution margin" in page.detail.toPlainText()
                    and "Not costed yet" not in page.detail.toPlainText(), timeout=20_000)
    text = page.detail.toPlainText()
    assert "EUR" in text and "USD" in text and "(estimated)" in text
    assert "0.142857142857 on" in text and "Costs are incomplete" not in text
    assert "of revenue" in text
