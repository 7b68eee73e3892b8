"""Opening a return request from an order: the dialog, its checks, and where it leads."""

from __future__ import annotations

from PySide6.QtCore import Qt

from seller_desk.domain.paging import PageRequest
from seller_desk.services.return_drafts import ReturnDrafts
from seller_desk.services.returns import ReturnDraft
from seller_desk.ui.dialogs.new_return import NewReturnDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.main_window import PAGE_KEYS, MainWindow
from seller_desk.ui.pages.orders import OrdersPage
from tests.services.test_listing_images import png_bytes

WAIT = 20_000


def order_id(workspace, number: str) -> int:
    rows = workspace.orders.table.page(PageRequest(sort="placed_at", search=number)).rows
    return next(r.id for r in rows if r.number == number)


def opened_dialog(qtbot, page: OrdersPage) -> NewReturnDialog:
    qtbot.waitUntil(lambda: page.findChild(NewReturnDialog) is not None, timeout=WAIT)
    dialog = page.findChild(NewReturnDialog)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=WAIT)
    return dialog


def orders_page(qtbot, workspace, runner) -> OrdersPage:
    page = OrdersPage(runner, workspace, Formatter())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.total == 6 and not page.model.loading, timeout=WAIT)
    return page


def test_the_dialog_opens_a_request_with_lines_reason_and_photos(qtbot, workspace, runner,
                                                                 tmp_path):
    page = orders_page(qtbot, workspace, runner)
    e2001 = order_id(workspace, "E-2001")
    page.open_detail(e2001)
    qtbot.waitUntil(lambda: "New return…" in page.detail.toPlainText(), timeout=WAIT)
    page.on_link("new-return")  # the link in the order's detail
    dialog = opened_dialog(qtbot, page)
    assert "E-2001" in dialog.summary.text() and "30 days" in dialog.summary.text()
    assert dialog.lines.rowCount() == 2 and [s.maximum() for s in dialog.quantities] == [1, 1]
    assert not dialog.exchange_sku.isEnabled()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("exchange"))
    assert dialog.exchange_sku.isEnabled()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("refund"))
    assert not dialog.exchange_sku.isEnabled()
    photo = tmp_path / "dent.png"
    photo.write_bytes(png_bytes(90))
    dialog.add_photos([photo, photo])  # the same file twice is one photo
    assert dialog.photos.count() == 1
    qtbot.waitUntil(lambda: dialog.photos.thumbnails_shown() == 1, timeout=WAIT)
    dialog.quantities[0].setValue(1)
    dialog.reason.setCurrentIndex(dialog.reason.findData("damaged"))
    dialog.reason_text.setPlainText("The lamp arrived crushed")
    with qtbot.waitSignal(page.return_opened, timeout=WAIT) as opened:
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    view = workspace.returns.view(opened.args[0])
    assert (view.order_number, view.state, view.reason, view.outcome) == (
        "E-2001", "requested", "damaged", "refund")
    assert [(line.sku, line.quantity) for line in view.lines] == [("LAMP-RED", 1)]
    assert view.reason_text == "The lamp arrived crushed"
    assert [p.original_name for p in view.photos] == ["dent.png"] and view.photos[0].path.exists()


def test_the_dialog_refuses_bad_input_and_keeps_what_was_typed(qtbot, workspace, runner):
    page = orders_page(qtbot, workspace, runner)
    page.new_return(order_id(workspace, "E-2001"))
    dialog = opened_dialog(qtbot, page)
    dialog.quantities[1].setValue(1)
    dialog.save()  # no reason chosen
    assert not dialog.messages.isHidden() and "Choose why" in dialog.messages.text
    dialog.reason.setCurrentIndex(dialog.reason.findData("size_fit"))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("exchange"))
    dialog.save()  # an exchange without the SKU: the service refuses it
    qtbot.waitUntil(lambda: "SKU" in dialog.messages.text and dialog.buttons.isEnabled(),
                    timeout=WAIT)
    assert dialog.isVisible() and dialog.quantities[1].value() == 1
    assert workspace.returns.table.count(PageRequest(sort="rma")) == 0
    dialog.exchange_sku.setText("LAMP-RED")
    with qtbot.waitSignal(page.return_opened, timeout=WAIT) as opened:
        dialog.save()
    assert workspace.returns.view(opened.args[0]).exchange_sku == "LAMP-RED"


def test_the_toolbar_button_needs_one_order(qtbot, workspace, runner):
    page = orders_page(qtbot, workspace, runner)
    page.return_button.click()
    assert "Select one order" in page.messages.text
    page.table.selectRow(0)
    page.return_button.click()
    dialog = opened_dialog(qtbot, page)
    assert page.model.row_at(0).number in dialog.summary.text()
    dialog.reject()


def test_only_what_is_left_can_be_returned_again(qtbot, workspace, runner):
    e2001 = order_id(workspace, "E-2001")
    drafts = ReturnDrafts(workspace.database)
    before = drafts.returnable(e2001)
    lamp = next(line for line in before.lines if line.sku == "LAMP-RED")
    workspace.returns.open_request(ReturnDraft(e2001, ((lamp.id, 1),), "damaged", "refund"))
    after = drafts.returnable(e2001)
    assert [(ln.sku, ln.returned, ln.left) for ln in after.lines] == [
        ("LAMP-RED", 1, 0), ("MUG-01", 0, 1)]
    page = orders_page(qtbot, workspace, runner)
    page.new_return(e2001)
    dialog = opened_dialog(qtbot, page)
    assert not dialog.quantities[0].isEnabled() and dialog.quantities[1].maximum() == 1
    dialog.reject()


def test_a_late_request_is_announced(qtbot, workspace, runner):
    page = orders_page(qtbot, workspace, runner)
    page.new_return(order_id(workspace, "#1001"))  # delivered long ago, EU: 14 days
    dialog = opened_dialog(qtbot, page)
    assert "window has closed" in dialog.late.text() and dialog.late.isVisible()
    dialog.reject()


def test_a_new_return_opens_on_the_returns_page(qtbot, workspace, runner, paths):
    window = MainWindow(workspace, runner, paths, "Test Shop", is_demo=False)
    qtbot.addWidget(window)
    window.show()
    window.show_page(PAGE_KEYS.index("orders"))
    orders = window.pages["orders"]
    qtbot.waitUntil(lambda: orders.model.rowCount() == 6, timeout=WAIT)
    orders.new_return(order_id(workspace, "E-2001"))
    dialog = opened_dialog(qtbot, orders)
    dialog.quantities[0].setValue(1)
    dialog.reason.setCurrentIndex(dialog.reason.findData("wrong_item"))
    dialog.save()
    returns = window.pages["returns"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is returns, timeout=WAIT)
    qtbot.waitUntil(lambda: "Return RMA-000001" in returns.detail.toPlainText()
                    and returns.model.rowCount() == 1, timeout=WAIT)
    assert returns.model.index(0, 0).data() == "RMA-000001"
    assert set(returns.step_bar.buttons) == {"approved", "rejected", "label_cost", "slip"}
