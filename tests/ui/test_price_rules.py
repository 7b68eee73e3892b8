"""The price rules dialog: markets, the rule form with messages on its fields, the endings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from seller_desk.ui.dialogs.price_rules import PriceRulesDialog
from seller_desk.ui.formatting import Formatter

WAIT = 20_000


def open_dialog(qtbot, runner, workspace) -> PriceRulesDialog:
    dialog = PriceRulesDialog(runner, workspace.pricing, Formatter())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.endings.text() != "",
                    timeout=WAIT)
    return dialog


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text) if text else qtbot.keyClick(edit, Qt.Key.Key_Backspace)


def test_markets_listed_and_first_rule_loaded(qtbot, runner, workspace):
    dialog = open_dialog(qtbot, runner, workspace)
    labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert labels == ["Etsy Shop · USD", "Main Shopify · USD"]
    assert dialog.table.item(1, 2).text() == "1" and dialog.table.item(1, 3).text() == "none yet"
    assert dialog.view.market.label == "Etsy Shop · USD" and not dialog.view.exists
    assert "not saved yet" in dialog.rule_box.title()
    assert dialog.edits["target_margin_pct"].text() == "30"
    assert dialog.edits["rounding"].placeholderText() == "From the setting: .99"
    assert not dialog.delete_button.isEnabled()


def test_field_messages_then_save_and_delete_with_undo(qtbot, runner, workspace):
    dialog = open_dialog(qtbot, runner, workspace)
    dialog.table.selectRow(1)
    qtbot.waitUntil(lambda: dialog.view.market.label == "Main Shopify · USD", timeout=WAIT)
    type_into(qtbot, dialog.edits["min_margin_pct"], "45")
    error = dialog.errors["min_margin_pct"]
    assert error.isVisible() and "cannot be above the target margin" in error.text()
    type_into(qtbot, dialog.edits["marketplace_fee_pct"], "abc")
    assert dialog.errors["marketplace_fee_pct"].isVisible()
    assert "Marketplace fee: abc is not a number" in dialog.errors["marketplace_fee_pct"].text()
    dialog.save()
    assert "Fix the field marked in red" in dialog.messages.text
    type_into(qtbot, dialog.edits["marketplace_fee_pct"], "6.5")
    type_into(qtbot, dialog.edits["min_margin_pct"], "12")
    type_into(qtbot, dialog.edits["shipping"], "4.99")
    dialog.include_vat.setChecked(True)
    assert not any(label.isVisible() for label in dialog.errors.values())
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.view.exists, timeout=WAIT)
    assert dialog.table.item(1, 3).text() == "yes"
    rule = workspace.pricing.rule(dialog.view.market.account_id, "USD")
    assert rule.exists and rule.rule.shipping_minor == 499 and rule.rule.prices_include_vat
    assert dialog.delete_button.isEnabled()

    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.delete_button.click()
    qtbot.waitUntil(lambda: not dialog.view.exists, timeout=WAIT)
    assert "Deleted the rule for Main Shopify · USD" in dialog.messages.text
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.messages._act()  # Undo
    qtbot.waitUntil(lambda: dialog.view.exists, timeout=WAIT)
    assert workspace.pricing.rule(dialog.view.market.account_id, "USD").rule.min_margin_pct == 12


def test_add_a_market_in_another_currency(qtbot, runner, workspace):
    dialog = open_dialog(qtbot, runner, workspace)
    dialog.new_account.setCurrentIndex(dialog.new_account.findText("Etsy Shop"))
    dialog.new_currency.setText("gbp")
    dialog.add_market()
    qtbot.waitUntil(lambda: dialog.view.market.label == "Etsy Shop · GBP", timeout=WAIT)
    assert dialog.edits["rounding"].placeholderText() == "From the setting: .99"
    type_into(qtbot, dialog.edits["rounding"], "10")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.view.exists, timeout=WAIT)
    # Etsy now has a market of its own, so its home currency (no offers, no rule) goes.
    assert [m.label for m in workspace.pricing.markets()] == [
        "Etsy Shop · GBP", "Main Shopify · USD"]


def test_price_endings_are_checked_and_saved(qtbot, runner, workspace):
    dialog = open_dialog(qtbot, runner, workspace)
    assert dialog.endings.text().startswith("USD=.99 EUR=.99")
    dialog.endings.setText("USD=.95 JPY=.99")
    dialog.save_endings()
    qtbot.waitUntil(lambda: dialog.endings_error.isVisible(), timeout=WAIT)
    assert "JPY=.99" in dialog.endings_error.text()
    dialog.endings.setText("usd=.95")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.save_endings()
    assert dialog.endings.text() == "USD=.95" and not dialog.endings_error.isVisible()
    assert workspace.shop.get("price_endings") == "USD=.95"
    qtbot.waitUntil(lambda: dialog.edits["rounding"].placeholderText()
                    == "From the setting: .95", timeout=WAIT)
