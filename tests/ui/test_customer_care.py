"""Using orders and customers as a seller does: new order, status, notes, merges, import, reply."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication

from seller_desk.domain.order_rules import LineDraft
from seller_desk.domain.orders import OrderStatus
from seller_desk.services.customer_profile import CustomerFile, ProfileEdit
from seller_desk.services.order_editing import NewBuyer, OrderDraft
from seller_desk.store.people import add_customer
from seller_desk.ui.dialogs.import_orders import ImportDialog
from seller_desk.ui.dialogs.merges import DuplicatesDialog
from seller_desk.ui.dialogs.notes import NoteDialog
from seller_desk.ui.dialogs.order_editor import OrderEditorDialog
from seller_desk.ui.dialogs.reply import ReplyDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.main_window import MainWindow
from seller_desk.ui.pages.customers import CustomersPage
from seller_desk.ui.pages.orders import OrdersPage

WAIT = 20_000


def _orders_page(qtbot, workspace, runner) -> OrdersPage:
    page = OrdersPage(runner, workspace, Formatter())
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.total == 6 and not page.model.loading, timeout=WAIT)
    return page


def test_new_order_dialog_saves_and_refuses_bad_lines(qtbot, workspace, runner):
    dialog = OrderEditorDialog(runner, workspace.order_editor, "USD")
    qtbot.addWidget(dialog)
    dialog.buyer_name.setText("Dana Phone")
    dialog.buyer_email.setText("dana@example.com")
    dialog.lines.item(0, 0).setText("LAMP-RED")
    dialog.lines.item(0, 2).setText("2")
    dialog.lines.item(0, 3).setText("abc")
    dialog.save()
    assert not dialog.messages.isHidden() and "abc" in dialog.messages.text
    dialog.lines.item(0, 3).setText("19.99")
    dialog.shipping.setText("5")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.save()
    detail = workspace.orders.detail(dialog.result_value)
    assert detail.row.total.minor == 4498 and detail.editable
    assert detail.row.customer == "Dana Phone" and detail.row.number.startswith("M-")


def test_bulk_status_change_reports_refusals(qtbot, workspace, runner):
    page = _orders_page(qtbot, workspace, runner)
    selection = page.table.selectionModel()
    for row in range(page.model.rowCount()):
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(page.model.index(row, 0), flags)
    page.change_status(OrderStatus.SHIPPED)
    qtbot.waitUntil(lambda: not page.messages.isHidden(), timeout=WAIT)
    # Only E-2001 (paid) may ship; the cancelled, refunded and delivered ones say why not.
    assert "Orders changed: 1." in page.messages.text
    assert "cannot change any more" in page.messages.text


def test_order_detail_links_add_a_note(qtbot, workspace, runner, monkeypatch):
    page = _orders_page(qtbot, workspace, runner)
    order_id = page.model.row_at(0).id
    page.open_detail(order_id)
    qtbot.waitUntil(lambda: page.current_detail is not None, timeout=WAIT)

    def fake_exec(dialog: NoteDialog) -> int:
        dialog.body.setPlainText("Asked for gift wrap")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=WAIT)
        return 1

    monkeypatch.setattr(NoteDialog, "exec", fake_exec)
    page.on_link("note")
    qtbot.waitUntil(lambda: "Asked for gift wrap" in page.detail.toPlainText(), timeout=WAIT)


def test_customer_panel_timeline_and_merge_with_undo(qtbot, workspace, runner, paths):
    # Anna buys on Shopify; she typed her email in capitals on a phone order.
    anna = workspace.orders.detail(1).customer_id
    p = workspace.profiles.profile(anna)
    workspace.profiles.update(anna, ProfileEdit(p.name, p.email, p.phone, p.country, p.language,
                                                p.city, p.postcode, p.tags, p.consent))
    with workspace.database.session() as s:
        twin = add_customer(s, account_id=None, created_at=datetime.now(UTC), name="A. Müller",
                            email="ANNA@example.de", country="DE").id
    workspace.order_editor.save(OrderDraft(
        placed_at=datetime(2026, 11, 1, tzinfo=UTC), currency="USD",
        lines=(LineDraft("MUG-01", "Celadon mug", 1, 2500),), customer_id=twin,
        new_buyer=NewBuyer("")))
    page = CustomersPage(runner, workspace, Formatter())
    qtbot.addWidget(page)
    page.activate()
    dialog = DuplicatesDialog(runner, workspace.merges, Formatter(), page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.suggestions), timeout=WAIT)
    dialog.merged.connect(page._merged)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.merge_current()
    qtbot.waitUntil(lambda: not page.messages.isHidden() and "Merged" in page.messages.text,
                    timeout=WAIT)
    files: list[CustomerFile] = []
    runner.run(workspace.profiles.file, anna, on_done=files.append)
    qtbot.waitUntil(lambda: bool(files), timeout=WAIT)
    page._show_detail(files[0])
    text = page.detail.toPlainText()
    assert "Timeline" in text and "A. Müller" in text and files[0].profile.orders == 3
    page.messages._action.click()  # Undo
    qtbot.waitUntil(lambda: "undone" in page.messages.text, timeout=WAIT)
    assert workspace.profiles.profile(anna).orders == 2


def test_import_dialog_previews_then_imports(qtbot, workspace, runner, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text(
        "order_id,order_date,customer_id,customer_email,customer_name,country,currency,total,"
        "sku,quantity,unit_price\n"
        "G-1,2026-11-02,c1,li@example.cn,Li Wei,CN,USD,30.00,LAMP-RED,1,30.00\n"
        "G-2,2026-11-03,c2,ko@example.jp,Ko,JP,USD,oops,MUG-01,1,10.00\n", encoding="utf-8")
    dialog = ImportDialog(runner, workspace.imports)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("generic"))
    dialog.set_file(path)
    qtbot.waitUntil(lambda: dialog.header is not None, timeout=WAIT)
    dialog.start(dry_run=True)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT)
    assert dialog.problems.rowCount() >= 1 and dialog.problems.item(0, 0).text() == "3"
    assert dialog.import_button.text() == "Import valid rows"
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as signal:
        dialog.import_button.click()
    assert signal.args[0].new == 1 and signal.args[0].written


def test_reply_dialog_fills_the_customer_language(qtbot, workspace, runner):
    anna = workspace.orders.detail(1).customer_id
    dialog = ReplyDialog(runner, workspace.replies, customer_id=anna, order_id=1)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=WAIT)
    assert dialog.draft.language == "de" and "#1001" in dialog.body.toPlainText()
    dialog.copy.click()
    assert "#1001" in QGuiApplication.clipboard().text()
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    qtbot.waitUntil(lambda: dialog.draft.language == "ja", timeout=WAIT)


def test_main_window_has_import_in_the_file_menu(qtbot, workspace, runner, paths):
    window = MainWindow(workspace, runner, paths, "Test Shop", is_demo=False)
    qtbot.addWidget(window)
    assert window.act_import.shortcut().toString() == "Ctrl+I"
    assert isinstance(window.pages["orders"], OrdersPage)
    assert window.pages["orders"].status_menu.actions()[1].text() == "Paid"


def test_order_editor_shows_the_running_total(qtbot, workspace, runner):
    dialog = OrderEditorDialog(runner, workspace.order_editor, "USD")
    qtbot.addWidget(dialog)
    dialog.lines.item(0, 1).setText("Lamp")
    dialog.lines.item(0, 2).setText("2")
    dialog.lines.item(0, 3).setText("10.50")
    dialog.shipping.setText("4")
    assert dialog.total.text() == "US$25.00"
    dialog.discount.setText("x")
    assert "not an amount" in dialog.total.text()


def test_complaints_move_from_the_customer_panel(qtbot, workspace, runner):
    anna = workspace.orders.detail(1).customer_id
    complaint = workspace.feedback.open_complaint(anna, "Lamp arrived dented")
    page = CustomersPage(runner, workspace, Formatter())
    qtbot.addWidget(page)
    page.open_detail(anna)
    qtbot.waitUntil(lambda: "Lamp arrived dented" in page.detail.toPlainText(), timeout=WAIT)
    assert "open for" in page.detail.toPlainText()
    page.on_link(f"complaint-move:{complaint}:resolved")
    qtbot.waitUntil(lambda: "resolved in" in page.detail.toPlainText(), timeout=WAIT)


def test_order_editor_says_which_rate_it_will_use(qtbot, workspace, runner):
    dialog = OrderEditorDialog(runner, workspace.order_editor, "USD")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.rate.placeholderText() == "Automatic: 1", timeout=WAIT)
    dialog.currency.setCurrentText("GBP")
    qtbot.waitUntil(lambda: "No GBP rate known yet" in dialog.rate.placeholderText(),
                    timeout=WAIT)
