"""The shipment dialog (checked numbers, carrier hints, refusals in place) and the key dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from seller_desk.domain.money import Money
from seller_desk.domain.tracking_numbers import make_dhl, make_ups
from seller_desk.ui.dialogs.shipment_editor import ShipmentDialog
from seller_desk.ui.dialogs.tracking_key import TrackingKeyDialog
from seller_desk.ui.formatting import Formatter
from tests.fakes.memory_keyring import MemoryKeyring
from tests.ui.test_new_return import order_id
from tests.ui.test_shipments_page import ship, shipments_page

WAIT = 20_000
UPS = make_ups("123456789012345")
MISTYPED = UPS[:-1] + str((int(UPS[-1]) + 1) % 10)
DHL = make_dhl("123456789")
KEY = "k3y-F0r-17track-d0-n0t-5h0w"


def dialog_for(qtbot, workspace, runner, **given) -> ShipmentDialog:
    dialog = ShipmentDialog(workspace, Formatter(), None, runner=runner, **given)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=WAIT)
    return dialog


def saved(qtbot, dialog: ShipmentDialog) -> int:
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog.result_value


def refused(qtbot, dialog: ShipmentDialog, field: str) -> str:
    label = dialog.errors[field]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: label.isVisible(), timeout=WAIT)
    assert dialog.isVisible()
    return label.text()


def choose(dialog: ShipmentDialog, carrier: str) -> None:
    dialog.carrier.setCurrentIndex(dialog.carrier.findData(carrier))


def test_new_shipment_from_the_page_saves_a_valid_ups_number(qtbot, workspace, runner):
    page = shipments_page(qtbot, workspace, runner)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.table_actions.dialog
    assert isinstance(dialog, ShipmentDialog) and dialog.windowTitle() == "New shipment"
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=WAIT)
    assert dialog.cost.currency.currentText() == "USD"  # the shop's base currency
    assert dialog.order.edit.hasFocus() and not dialog.order.fixed
    qtbot.keyClicks(dialog.order.edit, "e-2001")  # looked up as typing stops
    qtbot.waitUntil(lambda: dialog.start.order_id is not None, timeout=WAIT)
    assert dialog.order.edit.text() == "E-2001" and "Bob Smith · US" in dialog.order.summary.text()
    assert [(s.maximum(), s.value()) for s in dialog.lines.spins] == [(1, 1), (1, 1)]
    choose(dialog, "ups")
    qtbot.keyClicks(dialog.number.edit, UPS.lower())
    assert dialog.number.verdict.text() == "UPS 1Z ✓"
    assert dialog.number.verdict.property("verdict") == "ok"
    assert dialog.number.hint.isHidden()
    dialog.weight.setValue(850)
    dialog.cost.amount.setText("7.50")
    dialog.service.setText("Worldwide Saver")
    dialog.lines.spins[1].setValue(0)  # the mug goes later
    shipment_id = saved(qtbot, dialog)
    qtbot.waitUntil(lambda: page.current_detail is not None
                    and page.current_detail.id == shipment_id, timeout=WAIT)
    detail = page.current_detail
    assert detail.number == UPS and detail.carrier == "ups" and detail.service == "Worldwide Saver"
    assert detail.cost == Money(750, "USD") and detail.weight_grams == 850
    assert [(ln.sku, ln.quantity) for ln in detail.lines] == [("LAMP-RED", 1)]
    assert detail.promised_by is not None  # the shop's usual promise
    assert "Shipment saved." in page.messages.text
    assert workspace.orders.detail(order_id(workspace, "E-2001")).row.status == "shipped"
    # Only the mug is left to ship now.
    again = dialog_for(qtbot, workspace, runner, order_id=order_id(workspace, "E-2001"))
    assert again.order.fixed and again.order.edit.text() == "E-2001"
    assert [s.maximum() for s in again.lines.spins] == [0, 1] and again.carrier.hasFocus()


def test_a_mistyped_number_is_refused_then_saved_anyway(qtbot, workspace, runner):
    dialog = dialog_for(qtbot, workspace, runner, order_id=order_id(workspace, "E-2001"))
    choose(dialog, "ups")
    assert not dialog.number.save_anyway.isVisible()  # nothing was refused yet
    dialog.number.edit.setText(MISTYPED)
    expected, typed = UPS[-1], MISTYPED[-1]
    verdict = dialog.number.verdict.text()
    assert f"the last digit should be {expected}, not {typed}" in verdict
    assert dialog.number.verdict.property("verdict") == "bad"
    text = refused(qtbot, dialog, "tracking_number")
    assert f"Looks like a UPS 1Z number, but the last digit should be {expected}" in text
    assert dialog.number.save_anyway.isVisible()
    assert workspace.shipments.of_order(order_id(workspace, "E-2001")) == ()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(dialog.number.save_anyway, Qt.MouseButton.LeftButton)
    assert workspace.shipments.detail(dialog.result_value).number == MISTYPED


def test_the_number_looks_like_another_carrier(qtbot, workspace, runner):
    dialog = dialog_for(qtbot, workspace, runner, order_id=order_id(workspace, "E-2001"))
    choose(dialog, "ups")
    dialog.number.edit.setText(DHL)
    hint = dialog.number
    assert hint.hint.isVisible() and hint.hint.text() == "Looks like: DHL Express"
    assert hint.use_hint.text() == "Use DHL Express"
    assert dialog.carrier.currentText() == "UPS"  # a suggestion: never switched by itself
    qtbot.mouseClick(hint.use_hint, Qt.MouseButton.LeftButton)
    assert dialog.carrier.currentData() == "dhl_express" and hint.hint.isHidden()
    dialog.number.edit.setText("ZX998877665544")  # a form no carrier here uses
    assert "cannot be checked offline" in hint.verdict.text()
    assert hint.verdict.property("verdict") == "unknown"
    dialog.carrier.setEditText("Yodel")  # a carrier the app does not know, typed in
    shipment_id = saved(qtbot, dialog)
    detail = workspace.shipments.detail(shipment_id)
    assert detail.carrier == "Yodel" and detail.carrier_name == "Yodel"


def test_refusals_show_next_to_their_field(qtbot, workspace, runner):
    ship(workspace, "#1001", UPS)
    dialog = dialog_for(qtbot, workspace, runner)
    dialog.order.edit.setText("#9999")
    dialog.order.look_up()
    qtbot.waitUntil(lambda: dialog.errors["order"].isVisible(), timeout=WAIT)
    assert dialog.errors["order"].text() == "There is no order numbered #9999."
    assert refused(qtbot, dialog, "order") == "There is no order numbered #9999."
    dialog.order.edit.setText("#1002")
    choose(dialog, "ups")
    dialog.number.edit.setText(UPS)
    assert "is already on order #1001" in refused(qtbot, dialog, "tracking_number")
    assert dialog.order.edit.text() == "#1002" and dialog.start.order_number == "#1002"
    dialog.number.edit.setText(DHL)
    dialog.carrier.setEditText("")
    assert refused(qtbot, dialog, "carrier") == "Choose the carrier or type its name."
    assert dialog.errors["tracking_number"].isHidden()
    choose(dialog, "dhl_express")
    dialog.cost.amount.setText("abc")
    assert "is not an amount" in refused(qtbot, dialog, "cost")
    dialog.cost.amount.setText("3.456")
    assert "2 decimals at most" in refused(qtbot, dialog, "cost")
    dialog.cost.amount.setText("")
    dialog.lines.spins[0].setValue(0)
    assert refused(qtbot, dialog, "lines") == "Put at least one item in the parcel."
    dialog.lines.spins[0].setValue(1)
    dialog.promised.set_value(dialog.shipped.date().addDays(-3).toPython())
    assert "is before the ship date" in refused(qtbot, dialog, "promised_by")
    dialog.promised.set_value(None)
    shipment_id = saved(qtbot, dialog)
    assert workspace.shipments.detail(shipment_id).order_number == "#1002"


def test_keys_open_cancel_and_save(qtbot, workspace, runner):
    page = shipments_page(qtbot, workspace, runner)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.table_actions.dialog
    assert isinstance(dialog, ShipmentDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=WAIT)
    dialog.order.edit.setText("E-2001")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and page.table_actions.dialog is None
    assert workspace.shipments.of_order(order_id(workspace, "E-2001")) == ()


def test_save_waits_for_the_order_typed_and_enter_looks_it_up(qtbot, workspace, runner):
    dialog = dialog_for(qtbot, workspace, runner)
    choose(dialog, "dhl_express")
    dialog.number.edit.setText(DHL)
    dialog.order.edit.setText("#1004")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workspace.shipments.detail(dialog.result_value).order_number == "#1004"


def test_editing_keeps_what_was_there(qtbot, workspace, runner):
    shipment_id = ship(workspace, "E-2001", UPS, days=4, cost_minor=1290, cost_currency="EUR",
                       weight_grams=400, note="Fragile", service="Standard")
    before = workspace.shipments.detail(shipment_id)
    dialog = dialog_for(qtbot, workspace, runner, shipment_id=shipment_id)
    assert dialog.windowTitle() == f"Edit shipment {UPS}" and dialog.order.fixed
    assert dialog.carrier.currentText() == "UPS" and dialog.number.edit.text() == UPS
    assert dialog.cost.amount.text() == "12.90" and dialog.cost.currency.currentText() == "EUR"
    assert dialog.weight.value() == 400 and dialog.note.toPlainText() == "Fragile"
    assert [(s.maximum(), s.value()) for s in dialog.lines.spins] == [(1, 1), (1, 1)]
    assert not dialog.promised.usual.isChecked()  # the date worked out when it was saved
    dialog.service.setText("Express")
    dialog.lines.spins[1].setValue(0)
    assert saved(qtbot, dialog) == shipment_id
    after = workspace.shipments.detail(shipment_id)
    assert after.service == "Express" and after.shipped_at == before.shipped_at
    assert after.promised_by == before.promised_by and len(after.lines) == 1


def texts(dialog: TrackingKeyDialog) -> list[str]:
    return ([edit.text() for edit in dialog.findChildren(QLineEdit)]
            + [label.text() for label in dialog.findChildren(QLabel)] + [dialog.windowTitle()])


def key_dialog(qtbot, workspace, runner) -> TrackingKeyDialog:
    dialog = TrackingKeyDialog(workspace, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.config is not None, timeout=WAIT)
    return dialog


def test_the_key_dialog_stores_the_key_and_never_shows_it(qtbot, workspace, runner,
                                                          memory_keyring):
    dialog = key_dialog(qtbot, workspace, runner)
    assert dialog.provider.currentText() == "17TRACK"
    assert dialog.source.text().startswith("None yet") and "SELLER_DESK_17TRACK_KEY" in (
        dialog.source.text())
    assert dialog.url.text() == "https://api.17track.net/track/v2.2/"
    assert not dialog.save_button.isEnabled() and not dialog.forget_button.isEnabled()
    qtbot.keyClicks(dialog.key, KEY)
    assert dialog.key.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_key.click()
    assert dialog.key.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.source.text() == "Saved in this computer's keyring.",
                    timeout=WAIT)
    assert memory_keyring.secrets == {("seller-desk", "tracking:17track"): KEY}
    assert dialog.key.text() == "" and dialog.key.echoMode() == QLineEdit.EchoMode.Password
    assert "saved in this computer's keyring" in dialog.messages.text
    assert not any(KEY in text for text in texts(dialog))
    again = key_dialog(qtbot, workspace, runner)  # opened later: still nothing to see
    assert again.source.text() == "Saved in this computer's keyring."
    assert not any(KEY in text for text in texts(again)) and again.forget_button.isEnabled()
    assert workspace.tracking.client().provider == "17track"
    again.provider.setCurrentIndex(again.provider.findData("aftership"))
    qtbot.waitUntil(lambda: again.config.provider == "aftership", timeout=WAIT)
    assert again.source.text().startswith("None yet") and "aftership" in again.url.text()
    again.provider.setCurrentIndex(again.provider.findData("17track"))
    qtbot.waitUntil(lambda: again.forget_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(again.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.source.text().startswith("None yet"), timeout=WAIT)
    assert memory_keyring.secrets == {}


def test_the_key_dialog_without_a_keyring_or_with_the_environment(qtbot, workspace, runner,
                                                                  monkeypatch):
    monkeypatch.setattr(MemoryKeyring, "priority", 0)  # no usable keyring on this computer
    dialog = key_dialog(qtbot, workspace, runner)
    dialog.key.setText("  abc with space ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no spaces" in dialog.messages.text, timeout=WAIT)
    dialog.key.setText(KEY)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.source.text().startswith("Kept for this session only"),
                    timeout=WAIT)
    assert "kept only until Seller Desk closes" in dialog.messages.text
    assert not any(KEY in text for text in texts(dialog))
    monkeypatch.setenv("SELLER_DESK_17TRACK_KEY", "from-the-environment")
    env = key_dialog(qtbot, workspace, runner)
    assert env.source.text().startswith("From the environment variable SELLER_DESK_17TRACK_KEY")
    assert not any("from-the-environment" in text for text in texts(env))
