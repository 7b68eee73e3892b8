"""The Returns page: a request walked through its steps by the buttons, filters, late rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices

from seller_desk.services.return_drafts import ReturnDrafts
from seller_desk.services.returns import ReturnDraft
from seller_desk.store.models import Order, ReturnRequest
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.main_window import PAGE_KEYS, MainWindow
from seller_desk.ui.pages.return_rows import LATE_REQUEST_COLOUR, OVERDUE_COLOUR
from seller_desk.ui.pages.returns import ReturnsPage
from tests.services.test_listing_images import png_bytes
from tests.ui.test_new_return import opened_dialog, order_id

WAIT = 20_000


def returns_page(qtbot, workspace, runner) -> ReturnsPage:
    page = ReturnsPage(runner, workspace, Formatter())
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.total is not None and not page.model.loading,
                    timeout=WAIT)
    return page


def open_request(workspace, number: str, sku: str = "LAMP-RED", reason: str = "changed_mind",
                 outcome: str = "refund", **more) -> int:
    order = order_id(workspace, number)
    line = next(ln for ln in ReturnDrafts(workspace.database).returnable(order).lines
                if ln.sku == sku)
    return workspace.returns.open_request(ReturnDraft(order, ((line.id, 1),), reason, outcome,
                                                      **more))


def age(workspace, request_id: int, days: float) -> None:
    """The request entered its state `days` ago (as if the seller had let it sit)."""
    with workspace.database.session() as s:
        request = s.get(ReturnRequest, request_id)
        request.state_since = datetime.now(UTC) - timedelta(days=days)


def step(qtbot, page: ReturnsPage, key: str, state: str, fill=None) -> None:
    """Click the step's button, fill its dialog, confirm, and wait for the detail to show it."""
    qtbot.mouseClick(page.step_bar.buttons[key], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.step_bar.dialog is not None, timeout=WAIT)
    dialog = page.step_bar.dialog
    assert dialog.isVisible()
    if fill is not None:
        fill(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.current_detail.state == state
                    and not page.model.loading, timeout=WAIT)


def test_a_request_walks_from_the_order_to_its_refund(qtbot, workspace, runner, paths):
    window = MainWindow(workspace, runner, paths, "Test Shop", is_demo=False)
    qtbot.addWidget(window)
    window.show()
    window.show_page(PAGE_KEYS.index("orders"))
    orders = window.pages["orders"]
    qtbot.waitUntil(lambda: orders.model.rowCount() == 6, timeout=WAIT)
    e2001 = order_id(workspace, "E-2001")
    orders.new_return(e2001)
    dialog = opened_dialog(qtbot, orders)
    dialog.quantities[0].setValue(1)  # the lamp
    dialog.reason.setCurrentIndex(dialog.reason.findData("changed_mind"))
    dialog.save()
    page = window.pages["returns"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page
                    and page.current_detail is not None, timeout=WAIT)
    assert list(page.step_bar.buttons) == ["approved", "rejected", "label_cost", "slip"]
    assert page.step_bar.buttons["approved"].shortcut().toString() == "Ctrl+Return"

    def note(text):
        return lambda d: d.note.setPlainText(text)

    step(qtbot, page, "approved", "approved", note("Fine by policy"))
    assert list(page.step_bar.buttons) == ["awaiting_item", "closed", "label_cost", "slip"]
    step(qtbot, page, "awaiting_item", "awaiting_item")
    step(qtbot, page, "received", "received")
    step(qtbot, page, "inspected", "inspected",
         lambda d: d.choices[0].setCurrentIndex(d.choices[0].findData("restock")))
    assert page.current_detail.lines[0].disposition == "restock"
    assert list(page.step_bar.buttons) == ["refunded", "label_cost", "slip"]

    # The refund dialog: suggested amounts, refusals in place, nothing written until valid.
    qtbot.mouseClick(page.step_bar.buttons["refunded"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.step_bar.dialog is not None, timeout=WAIT)
    refund = page.step_bar.dialog
    assert refund.amount.edit.text() == "20.00" and refund.fee.edit.text() == "0.00"
    for typed, said in (("abc", "not an amount"), ("12.345", "2 decimals"),
                        ("0", "more than zero"), ("60.00", "still refundable")):
        refund.amount.edit.setText(typed)
        refund.ok_button.click()
        qtbot.waitUntil(lambda s=said: s in refund.messages.text, timeout=WAIT)
        assert refund.isVisible() and refund.amount.edit.text() == typed
    assert workspace.returns.view(page.current_detail.id).state == "inspected"
    assert workspace.orders.detail(e2001).row.status == "paid"
    refund.amount.edit.setText("18,00")
    refund.fee.edit.setText("2")
    refund.note.setPlainText("kept 2.00")
    refund.ok_button.click()
    qtbot.waitUntil(lambda: page.current_detail.state == "refunded", timeout=WAIT)
    assert page.current_detail.refund.minor == 1800
    assert page.current_detail.restocking_fee.minor == 200
    assert workspace.orders.detail(e2001).row.status == "partially_refunded"
    with workspace.database.read_session() as s:
        assert s.get(Order, e2001).refunded_minor == 1800
    text = page.detail.toPlainText()
    assert "Inspected → Refunded" in text and "kept 2.00" in text and "Fine by policy" in text
    assert "Refunded" in page.messages.text
    assert list(page.step_bar.buttons) == ["closed", "label_cost", "slip"]
    # The Orders page shows the refund once it is looked at again.
    qtbot.waitUntil(lambda: any(orders.model.row_at(r).status == "partially_refunded"
                                for r in range(orders.model.rowCount())), timeout=WAIT)


def test_label_cost_credit_and_replacement(qtbot, workspace, runner):
    credit_id = open_request(workspace, "E-2001", "MUG-01", outcome="store_credit")
    replace_id = open_request(workspace, "#1004", reason="damaged", outcome="replacement")
    for request_id in (credit_id, replace_id):
        for target in ("approved", "awaiting_item", "received"):
            workspace.returns.move(request_id, target)
    page = returns_page(qtbot, workspace, runner)
    page.open_detail(credit_id)
    qtbot.waitUntil(lambda: page.current_detail is not None, timeout=WAIT)
    qtbot.mouseClick(page.step_bar.buttons["label_cost"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.step_bar.dialog is not None, timeout=WAIT)
    page.step_bar.dialog.amount.setText("4.50")
    page.step_bar.dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.current_detail.return_shipping_base.minor == 450, timeout=WAIT)
    step(qtbot, page, "inspected", "inspected")
    step(qtbot, page, "credited", "credited",
         lambda d: d.amount.edit.setText("30"))
    assert page.current_detail.credit.minor == 3000
    page.open_detail(replace_id)
    qtbot.waitUntil(lambda: page.current_detail.id == replace_id, timeout=WAIT)
    written_off = []
    step(qtbot, page, "inspected", "inspected",
         lambda d: written_off.append(d.choices[0].currentData()))
    assert written_off == ["write_off"]  # damaged goods are offered for writing off first
    step(qtbot, page, "replaced", "replaced")
    assert page.current_detail.replacement_order_id is not None
    assert "Open the replacement order" in page.detail.toPlainText()


def test_filters_and_late_requests_are_marked(qtbot, workspace, runner):
    overdue_id = open_request(workspace, "E-2001")
    age(workspace, overdue_id, 3)  # requested 2 days at most
    late_id = open_request(workspace, "#1001", reason="damaged")  # 62 days after delivery, EU
    closed_id = open_request(workspace, "#1004", reason="wrong_item")
    for target in ("rejected", "closed"):
        workspace.returns.move(closed_id, target)
    page = returns_page(qtbot, workspace, runner)
    assert page.open_only.isChecked() and page.model.total == 2  # closed ones hidden
    rows = {page.model.row_at(r).id: r for r in range(page.model.rowCount())}
    overdue_row, late_row = rows[overdue_id], rows[late_id]
    index = page.model.index(overdue_row, 0)
    assert index.data().startswith("⚠ RMA-")
    assert page.model.index(overdue_row, 8).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert "Overdue: Requested for 3 days" in index.data(Qt.ItemDataRole.ToolTipRole)
    late = page.model.index(late_row, 0)
    assert late.data().startswith("⚠") and late.data(Qt.ItemDataRole.ForegroundRole) == (
        LATE_REQUEST_COLOUR)
    assert "return window" in late.data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(late_row, 6).data() == "Damaged"
    assert page.model.index(late_row, 8).data() == "Requested"

    page.overdue_only.setChecked(True)
    qtbot.waitUntil(lambda: page.model.total == 1 and not page.model.loading, timeout=WAIT)
    assert page.model.row_at(0).id == overdue_id
    page.overdue_only.setChecked(False)
    page.reason.setCurrentIndex(page.reason.findData("damaged"))
    qtbot.waitUntil(lambda: page.model.total == 1 and not page.model.loading, timeout=WAIT)
    assert page.model.row_at(0).id == late_id
    page.reason.setCurrentIndex(0)
    closed = next(a for a in page.state_menu.actions() if a.data() == "closed")
    closed.setChecked(True)  # asking for closed ones lifts "Open only"
    assert not page.open_only.isChecked()
    qtbot.waitUntil(lambda: page.model.total == 1 and not page.model.loading, timeout=WAIT)
    assert page.model.row_at(0).id == closed_id and page.state_button.text().startswith("Closed")
    closed.setChecked(False)
    qtbot.waitUntil(lambda: page.model.total == 3 and not page.model.loading, timeout=WAIT)
    page.search.setText("E-2001")
    page.search.returnPressed.emit()
    qtbot.waitUntil(lambda: page.model.total == 1 and not page.model.loading, timeout=WAIT)
    assert page.model.row_at(0).id == overdue_id

    # The detail says why too, and offers only what may come next.
    page.open_detail(overdue_id)
    qtbot.waitUntil(lambda: page.current_detail is not None, timeout=WAIT)
    assert "⚠ Overdue" in page.detail.toPlainText()
    page.open_detail(late_id)
    qtbot.waitUntil(lambda: page.current_detail.id == late_id, timeout=WAIT)
    assert "outside the return window (14 days)" in page.detail.toPlainText()


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, workspace, runner):
    for number in ("E-2001", "#1001", "#1004"):
        open_request(workspace, number)
    page = returns_page(qtbot, workspace, runner)
    assert page.model.rowCount() == 3 and page.count_text(3) == "Returns: 3"
    qtmodeltester.check(page.model, force_py=True)
    header = page.table.horizontalHeader()
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # "Order" cannot sort
    assert header.sortIndicatorSection() == 1 and page.model.request.sort == "requested_at"
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.request.sort == "rma" and not page.model.loading,
                    timeout=WAIT)
    assert [page.model.row_at(r).rma_number for r in range(3)] == [
        "RMA-000001", "RMA-000002", "RMA-000003"]


def test_filters_and_columns_are_remembered(qtbot, workspace, runner):
    page = returns_page(qtbot, workspace, runner)
    page.overdue_only.setChecked(True)
    page.reason.setCurrentIndex(page.reason.findData("size_fit"))
    next(a for a in page.state_menu.actions() if a.data() == "received").setChecked(True)
    page.table.horizontalHeader().resizeSection(3, 222)
    settings = QSettings()
    page.save_state(settings, "pages/returns")
    again = ReturnsPage(runner, workspace, Formatter())
    qtbot.addWidget(again)
    again.restore_state(settings, "pages/returns")
    assert again.overdue_only.isChecked() and again.open_only.isChecked()
    assert again.reason.currentData() == "size_fit" and again.states() == {"received"}
    assert again.table.horizontalHeader().sectionSize(3) == 222
    flt = again.model.request.filter
    assert flt.reasons == {"size_fit"} and flt.statuses == {"received"} and flt.overdue_before


def test_photos_show_and_open(qtbot, workspace, runner, tmp_path, monkeypatch):
    photo = tmp_path / "crack.png"
    photo.write_bytes(png_bytes(40))
    request_id = open_request(workspace, "E-2001", photos=(photo,))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = returns_page(qtbot, workspace, runner)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens
    qtbot.waitUntil(lambda: page.current_detail is not None
                    and page.photos.thumbnails_shown() == 1, timeout=WAIT)
    assert page.current_detail.id == request_id and page.photos.isVisible()
    rect = page.photos.visualItemRect(page.photos.item(0))
    qtbot.mouseClick(page.photos.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1 and opened[0].toLocalFile().endswith(".png")


def test_errors_outside_dialogs_show_in_the_message_bar(qtbot, workspace, runner):
    request_id = open_request(workspace, "E-2001")
    page = returns_page(qtbot, workspace, runner)
    page.open_detail(request_id)
    qtbot.waitUntil(lambda: page.current_detail is not None, timeout=WAIT)
    with workspace.database.session() as s:
        s.delete(s.get(ReturnRequest, request_id))
    page.step_bar.start("refunded")  # the suggestion cannot be worked out: it is gone
    qtbot.waitUntil(lambda: "no longer exists" in page.messages.text, timeout=WAIT)
    assert page.step_bar.dialog is None


def test_keyboard_find_open_and_step(qtbot, workspace, runner, paths):
    request_id = open_request(workspace, "E-2001")
    window = MainWindow(workspace, runner, paths, "Test Shop", is_demo=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    number = PAGE_KEYS.index("returns")
    assert number == PAGE_KEYS.index("orders") + 1
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1.value + number), Qt.KeyboardModifier.ControlModifier)
    page = window.pages["returns"]
    assert window.stack.currentWidget() is page and window.sidebar.item(number).text() == "Returns"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.current_detail is not None
                    and page.current_detail.id == request_id, timeout=WAIT)
    qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.step_bar.dialog is not None, timeout=WAIT)
    assert page.step_bar.dialog.ok_button.text() == "Approve"
    page.step_bar.dialog.reject()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no popup grabs
def test_the_state_menu_stays_open_for_several_ticks(qtbot, workspace, runner):
    page = returns_page(qtbot, workspace, runner)
    menu = page.state_menu
    menu.popup(page.state_button.mapToGlobal(page.state_button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible, timeout=WAIT)
    for state in ("approved", "received"):
        action = next(a for a in menu.actions() if a.data() == state)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(action).center())
    assert menu.isVisible() and page.states() == {"approved", "received"}
    assert page.state_button.text() == "States: 2"
    assert page.model.request.filter.statuses == {"approved", "received"}
    menu.hide()
