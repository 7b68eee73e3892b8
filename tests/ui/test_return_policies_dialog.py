"""The return policies dialog: the defaults explained, add, edit and remove (with undo) off the
UI thread, and messages next to the fields."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from seller_desk.domain.return_policy import ReturnPolicy
from seller_desk.ui.dialogs.return_policies import ReturnPoliciesDialog, pct_text

WAIT = 20_000


def open_dialog(qtbot, runner, workspace) -> ReturnPoliciesDialog:
    dialog = ReturnPoliciesDialog(runner, workspace.return_policies)
    qtbot.addWidget(dialog)
    dialog.show()
    runner.wait_idle()
    qtbot.wait(20)
    return dialog


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text) if text else qtbot.keyClick(edit, Qt.Key.Key_Backspace)


def cells(dialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_the_defaults_are_explained_and_a_new_policy_starts_from_them(qtbot, runner, workspace):
    dialog = open_dialog(qtbot, runner, workspace)
    text = dialog.findChild(QLabel, "policiesIntro").text()
    assert "14 days for buyers in the EU" in text and "30 days everywhere else" in text
    assert dialog.table.rowCount() == 0 and not dialog.remove_button.isEnabled()
    assert dialog.form_box.title() == "New policy"
    assert dialog.edits["window_days"].text() == "30"
    assert dialog.edits["restocking_fee_pct"].text() == "0"
    assert dialog.marketplace.currentText() == "Any marketplace"
    assert dialog.payer.currentText() == "The buyer"


def test_fields_are_checked_as_typed_and_a_policy_is_saved(qtbot, runner, workspace):
    dialog = open_dialog(qtbot, runner, workspace)
    type_into(qtbot, dialog.edits["country"], "D1")
    assert dialog.errors["country"].isVisible()
    assert "two-letter code" in dialog.errors["country"].text()
    type_into(qtbot, dialog.edits["window_days"], "400")
    assert "from 0 to 365 days, not 400" in dialog.errors["window_days"].text()
    type_into(qtbot, dialog.edits["restocking_fee_pct"], "ten")
    assert "percentage" in dialog.errors["restocking_fee_pct"].text()
    dialog.save()
    assert "Fix the field marked in red" in dialog.messages.text
    assert workspace.return_policies.rows() == ()
    type_into(qtbot, dialog.edits["country"], "de")
    type_into(qtbot, dialog.edits["window_days"], "30")
    type_into(qtbot, dialog.edits["restocking_fee_pct"], "12,5")
    dialog.marketplace.setCurrentIndex(dialog.marketplace.findData("etsy"))
    dialog.payer.setCurrentIndex(1)
    assert not any(label.isVisible() for label in dialog.errors.values())
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert cells(dialog, 0)[:1] == ["Etsy"] and cells(dialog, 0)[1].startswith("DE")
    assert cells(dialog, 0)[2:] == ["30 days", "12.5 %", "Shop"]
    assert "Saved the return policy for Etsy, DE" in dialog.messages.text
    assert dialog.current() is not None and dialog.form_box.title() == "Edit policy"
    (row,) = workspace.return_policies.rows()
    assert (row.marketplace, row.country, row.policy) == (
        "etsy", "DE", ReturnPolicy(30, Decimal("12.5"), False))


def test_edit_then_remove_with_undo(qtbot, runner, workspace):
    workspace.return_policies.save("", "", ReturnPolicy(45, Decimal(0), True))
    workspace.return_policies.save("shopify", "", ReturnPolicy(20, Decimal(10), True))
    dialog = open_dialog(qtbot, runner, workspace)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    assert cells(dialog, 0) == ["Any", "Any", "45 days", "0 %", "Buyer"]
    dialog.table.selectRow(1)
    assert dialog.marketplace.currentData() == "shopify"
    assert dialog.edits["restocking_fee_pct"].text() == "10"
    assert dialog.remove_button.isEnabled()
    type_into(qtbot, dialog.edits["window_days"], "21")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.save()
    qtbot.waitUntil(lambda: dialog.table.item(1, 2).text() == "21 days", timeout=WAIT)
    assert len(workspace.return_policies.rows()) == 2  # the same pair is replaced, not added

    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert "Removed the return policy for Shopify, any country" in dialog.messages.text
    assert dialog.form_box.title() == "New policy"
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.messages._act()  # Undo
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    assert [r.policy.window_days for r in workspace.return_policies.rows()] == [45, 21]


def test_a_policy_removed_elsewhere_is_a_message_not_a_crash(qtbot, runner, workspace):
    workspace.return_policies.save("", "FR", ReturnPolicy(14, Decimal(0), True))
    dialog = open_dialog(qtbot, runner, workspace)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    dialog.table.selectRow(0)
    workspace.return_policies.remove(workspace.return_policies.rows()[0].id)
    dialog.remove()
    qtbot.waitUntil(lambda: "no longer exists" in dialog.messages.text, timeout=WAIT)


def test_percentages_are_shown_without_trailing_zeros():
    assert [pct_text(Decimal(v)) for v in ("10", "12.50", "0", "0.25")] == [
        "10", "12.5", "0", "0.25"]


def test_settings_opens_the_return_policies(qtbot, runner, workspace, monkeypatch):
    from seller_desk.ui.formatting import Formatter
    from seller_desk.ui.pages import settings as settings_page

    opened = []
    monkeypatch.setattr(settings_page.ReturnPoliciesDialog, "exec",
                        lambda dialog: opened.append(dialog) or 0)
    page = settings_page.SettingsPage(runner, workspace.shop, Formatter(),
                                      policies=workspace.return_policies)
    qtbot.addWidget(page)
    assert not page.returns_box.isHidden()
    page.return_policies.click()
    assert len(opened) == 1
    bare = settings_page.SettingsPage(runner, workspace.shop, Formatter())
    qtbot.addWidget(bare)
    assert bare.returns_box.isHidden()
