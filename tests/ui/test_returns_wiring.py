"""The Returns page in the window: its slip and insight, the Dashboard's and a customer's links."""

from __future__ import annotations

from PySide6.QtCore import Qt

from seller_desk.ui.dialogs.return_slip import ReturnSlipDialog
from seller_desk.ui.main_window import PAGE_KEYS
from seller_desk.ui.pages.returns import ReturnsPage
from tests.ui.test_main_window import make_window
from tests.ui.test_returns_page import WAIT, age, open_request, returns_page


def test_the_slip_and_the_insight_open_from_the_page(qtbot, workspace, runner):
    request_id = open_request(workspace, "E-2001")
    page = returns_page(qtbot, workspace, runner)
    page.open_detail(request_id)
    qtbot.waitUntil(lambda: "slip" in page.step_bar.buttons, timeout=WAIT)
    qtbot.mouseClick(page.step_bar.buttons["slip"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.step_bar.dialog, ReturnSlipDialog), timeout=WAIT)
    slip = page.step_bar.dialog
    assert "RMA-000001" in slip.windowTitle() and "Test Shop" in slip.preview.toPlainText()
    slip.reject()
    page.insight_button.click()
    assert page.insight is not None and page.insight.isVisible()
    assert page.insight.windowTitle() == "Returns insight"
    page.insight.close()


def test_the_dashboard_and_a_customer_lead_to_the_returns(qtbot, workspace, runner, paths):
    late = open_request(workspace, "E-2001")
    age(workspace, late, 5)  # two days is what a decision may take
    on_time = open_request(workspace, "#1004")
    window = make_window(qtbot, workspace, runner, paths)
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.attention.attention is not None, timeout=WAIT)
    assert "2 return requests are open; 1 have waited" in dashboard.attention.body.text()
    dashboard.attention.body.linkActivated.emit("returns")
    page = window.pages["returns"]
    assert isinstance(page, ReturnsPage)
    assert window.stack.currentWidget() is page and page.overdue_only.isChecked()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1,
                    timeout=WAIT)
    window.show_page(PAGE_KEYS.index("customers"))
    window.pages["customers"].open_return.emit(on_time)
    qtbot.waitUntil(lambda: page.current_detail is not None
                    and page.current_detail.id == on_time, timeout=WAIT)
    assert window.stack.currentWidget() is page
