"""The Retention page on a small demo shop: its figures are the service's, the filters recompute,
a click drills down to customers, charts save, and the model check shows its figures."""

from __future__ import annotations

import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QToolTip

from seller_desk.domain.money import Money
from seller_desk.domain.retention.lifecycle import STAGES, Stage
from seller_desk.domain.retention.rfm import SEGMENTS, Segment
from seller_desk.reports.charts import Pick
from seller_desk.services.retention.filters import RetentionFilter
from seller_desk.services.retention.service import segment_members
from seller_desk.ui.dialogs.campaign import CampaignDialog
from seller_desk.ui.dialogs.retention_customers import RetentionCustomersDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.main_window import PAGE_KEYS, MainWindow
from seller_desk.ui.pages.retention import RetentionPage

WAIT = 20_000


@pytest.fixture
def page(qtbot, demo, runner):
    shown = RetentionPage(runner, demo.retention, demo.winback, demo.campaigns, Formatter())
    qtbot.addWidget(shown)
    shown.resize(1300, 850)
    shown.show()
    shown.activate()
    qtbot.waitUntil(lambda: shown.view is not None, timeout=WAIT)
    return shown


def test_the_cards_show_the_services_figures(page, demo):
    report = demo.retention.report(None, page.filters.value()[1])
    fmt, cards = page.fmt, page.overview.cards
    assert cards["customers"].value.text() == fmt.number(report.customers)
    assert cards["repeat"].value.text() == fmt.percent(report.repeat_rate)
    assert cards["revenue"].value.text() == fmt.money(Money(report.revenue_minor,
                                                            report.base_currency))
    assert page.overview.segments.rowCount() == sum(1 for t in report.segments if t.customers)
    still_here = int((report.lifecycle.stage != STAGES.index(Stage.CHURNED)).sum())
    assert page.churn.table.rowCount() == min(still_here, 1000)
    assert page.value.top.rowCount() == min(report.customers, 100)
    assert all(view.canvas is not None for view in page.cohorts.charts.values())
    assert fmt.number(report.customers) in page.status.text()
    assert not page.filters.busy.isVisible()


def test_the_country_filter_recomputes(qtbot, page, demo):
    everyone = page.view.report.customers
    combo = page.filters.country
    expected = demo.retention.report(RetentionFilter(countries=("US",)),
                                     page.filters.value()[1]).customers
    assert 0 < expected < everyone
    combo.setCurrentIndex(combo.findData("US"))
    qtbot.waitUntil(lambda: page.view.report.customers == expected, timeout=WAIT)
    assert page.overview.cards["customers"].value.text() == page.fmt.number(expected)


def test_a_segment_click_lists_its_customers(qtbot, page, tmp_path):
    report = page.view.report
    code = SEGMENTS.index(Segment.CHAMPIONS)
    members = segment_members(report, code)
    page.segments.charts["rfm"].choose(Pick("segment", (code,)))
    dialog = page.findChild(RetentionCustomersDialog)
    assert dialog is not None and dialog.heading.text() == "Champions"
    qtbot.waitUntil(lambda: dialog.customers is not None, timeout=WAIT)
    assert dialog.customers.total == len(members) > 0
    assert dialog.table.rowCount() == min(len(members), 1000)
    assert dialog.count.text() == f"{page.fmt.number(len(members))} customers, by spend"
    first = dialog.customers.rows[0]
    assert first.spend_minor == max(r.spend_minor for r in dialog.customers.rows)
    with qtbot.waitSignal(page.open_customer, timeout=WAIT) as opened:
        dialog.table.doubleClicked.emit(dialog.table.model().index(0, 2))
    assert opened.args == [first.id]

    dialog.export_to(tmp_path / "champions.csv")
    qtbot.waitUntil(lambda: "Wrote" in dialog.messages.text, timeout=WAIT)
    assert (tmp_path / "champions.csv").read_text(encoding="utf-8").startswith("Email Address")

    form = CampaignDialog(page._runner, page._campaigns, dialog.ids(), dialog.audience,
                          "Champions", page.filters.value()[1], dialog)
    qtbot.addWidget(form)
    form.offer.setText("10% off")
    form.save()
    qtbot.waitUntil(lambda: form.result_value is not None, timeout=WAIT)
    page.load_campaigns()
    qtbot.waitUntil(lambda: page.campaigns.table.rowCount() == 1, timeout=WAIT)
    assert page.campaigns.table.item(0, 0).text() == "Win-back: Champions (10% off)"
    assert page.campaigns.table.item(0, 4).text() == page.fmt.number(form.result_value.targeted)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_hover_names_the_cell_and_a_click_picks_it(qtbot, page):
    page.tabs.setCurrentWidget(page.segments)
    view = page.segments.charts["rfm"]
    qtbot.waitUntil(lambda: view.canvas.isVisible(), timeout=WAIT)
    view.canvas.draw()
    ax = view.chart.figure.axes[0]
    x, y = ax.transData.transform((5, 5))  # R 5, FM 5: Champions
    MouseEvent("motion_notify_event", view.canvas, x, y)._process()
    assert "Champions" in QToolTip.text()
    assert view.canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor
    with qtbot.waitSignal(view.picked, timeout=WAIT) as picked:
        MouseEvent("button_press_event", view.canvas, x, y, button=1)._process()
    assert picked.args == [Pick("segment", (SEGMENTS.index(Segment.CHAMPIONS),))]
    dialog = page.findChild(RetentionCustomersDialog)
    assert dialog is not None and dialog.heading.text() == "Champions"


def test_charts_save_as_png_and_svg(qtbot, page, tmp_path):
    chart = page.repeat.charts["repeat"]
    assert chart.save_to(tmp_path / "repeat.png")
    assert (tmp_path / "repeat.png").read_bytes().startswith(b"\x89PNG")
    assert chart.save_to(tmp_path / "repeat.svg")
    assert "<svg" in (tmp_path / "repeat.svg").read_text(encoding="utf-8")
    assert not chart.save_to(tmp_path / "missing" / "repeat.png")
    assert page.messages.isVisible() and "Could not save the chart" in page.messages.text


def test_the_model_check_shows_its_figures(qtbot, page, demo):
    value = page.value
    page.tabs.setCurrentWidget(value)
    end = value.calibration_end.date()
    assert end == page.filters.as_of.date().addMonths(-6)
    value.run.click()
    qtbot.waitUntil(lambda: value.quality is not None, timeout=WAIT)
    quality = value.quality.quality
    assert quality.holdout is not None
    assert value.tracking.isVisible() and value.tracking.canvas is not None
    text = value.figures.text()
    assert f"<b>{page.fmt.locale.toString(quality.holdout.predicted_total, 'f', 0)}</b>" in text
    assert f"<b>{page.fmt.locale.toString(quality.holdout.actual_total, 'f', 0)}</b>" in text


def test_in_the_window_f5_recomputes_and_a_churn_row_opens_the_customer(
        qtbot, demo, runner, paths):
    window = MainWindow(demo, runner, paths, "Demo", is_demo=True)
    qtbot.addWidget(window)
    window.show()
    assert window.sidebar.item(PAGE_KEYS.index("retention")).text() == "Retention"
    window.show_page(PAGE_KEYS.index("retention"))
    page = window.pages["retention"]
    qtbot.waitUntil(lambda: page.view is not None, timeout=WAIT)
    page.tabs.setCurrentWidget(page.churn)
    assert QSettings().value("pages/retention/tab") == "churn"
    before = page._generation
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page._generation == before + 1
    qtbot.waitUntil(lambda: not page.filters.busy.isVisible(), timeout=WAIT)
    first = page.churn.table.rows[0]
    page.churn.table.doubleClicked.emit(page.churn.table.model().index(0, 0))
    customers = window.pages["customers"]
    assert window.stack.currentWidget() is customers
    qtbot.waitUntil(lambda: customers.detail.isVisible(), timeout=WAIT)
    assert customers.detail_id == first.id
    again = RetentionPage(runner, demo.retention, demo.winback, demo.campaigns, Formatter())
    qtbot.addWidget(again)
    assert again.tabs.currentWidget() is again.churn


def test_retranslate_rebuilds_the_charts(qtbot, page):
    old = page.segments.charts["rfm"].chart
    page.retranslate()
    qtbot.waitUntil(lambda: page.segments.charts["rfm"].chart is not old, timeout=WAIT)
    assert page.tabs.tabText(0) == "Overview"
