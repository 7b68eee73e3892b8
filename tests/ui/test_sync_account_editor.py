"""The account editor: fields per marketplace, credentials to the keyring and never shown again,
validation in the dialog, and Test connection against the WooCommerce fake."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialog, QLineEdit

from seller_desk.ui.dialogs.account_editor import AccountEditor
from tests.ui.sync_ui_shop import STORE, WAIT, WOO, connect, woo_store


@pytest.fixture
def editor(qtbot, workspace, runner):
    def make(**options) -> AccountEditor:
        dialog = AccountEditor(runner, workspace, **options)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return make


def choose(qtbot, dialog: AccountEditor, marketplace: str) -> None:
    dialog.marketplace.setCurrentIndex(dialog.marketplace.findData(marketplace))
    qtbot.waitUntil(lambda: all(f.isVisible() for f in dialog.fields.values()))


def test_each_marketplace_asks_for_its_own_fields(qtbot, editor):
    dialog = editor()
    assert [dialog.marketplace.itemText(i) for i in range(dialog.marketplace.count())] == [
        "Shopify", "WooCommerce", "Etsy", "eBay"]
    choose(qtbot, dialog, "shopify")
    assert dialog.form.isRowVisible(dialog.api) and list(dialog.fields) == ["access_token"]
    assert dialog.url.placeholderText() == "https://your-shop.myshopify.com"
    assert "Develop apps" in dialog.help.text()
    assert dialog.fields["access_token"].echoMode() == QLineEdit.EchoMode.Password
    choose(qtbot, dialog, "woocommerce")
    assert not dialog.form.isRowVisible(dialog.api)
    assert list(dialog.fields) == ["consumer_key", "consumer_secret"]
    assert dialog.fields["consumer_key"].echoMode() == QLineEdit.EchoMode.Normal
    assert "Advanced → REST API" in dialog.help.text()
    choose(qtbot, dialog, "etsy")
    assert dialog.form.isRowVisible(dialog.url_hint) and "usually left empty" in \
        dialog.url_hint.text()
    assert dialog.url.placeholderText() == "Empty: https://api.etsy.com"
    assert len(dialog.fields) == 3


def test_adding_keeps_the_credentials_in_the_keyring_only(qtbot, editor, workspace,
                                                          memory_keyring):
    dialog = editor()
    choose(qtbot, dialog, "woocommerce")
    dialog.name.setText("Woo shop")
    dialog.url.setText("shop.example.com")
    dialog.fields["consumer_key"].setText("ck_1")
    dialog.fields["consumer_secret"].setText("cs_1")
    dialog.auto_sync.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save_button.click()
    account_id, notice = saved.args
    assert notice == "" and dialog.result() == QDialog.DialogCode.Accepted
    account = workspace.accounts.get(account_id)
    assert (account.name, account.url, account.auto_sync) == (
        "Woo shop", "https://shop.example.com", False)
    stored = memory_keyring.secrets[("seller-desk", f"marketplace:{account_id}")]
    assert json.loads(stored) == {"consumer_key": "ck_1", "consumer_secret": "cs_1"}
    # Editing: the stored values never come back into the fields.
    again = editor(account=account)
    qtbot.waitUntil(lambda: "keyring" in again.stored.text(), timeout=WAIT)
    assert not again.marketplace.isEnabled()
    assert all(not f.text() and f.placeholderText() == "Empty: keep the stored one"
               for f in again.fields.values())


def test_mistakes_are_shown_in_the_dialog_with_the_field_focused(qtbot, editor, workspace):
    dialog = editor()
    choose(qtbot, dialog, "woocommerce")
    dialog.fields["consumer_key"].setText("ck_1")
    dialog.save_button.click()  # the secret is missing
    assert dialog.messages.text == "Fill in Consumer secret as well."
    assert dialog.focusWidget() is dialog.fields["consumer_secret"]
    dialog.fields["consumer_key"].clear()
    dialog.save_button.click()  # no name
    qtbot.waitUntil(lambda: dialog.messages.text == "Give the account a name.", timeout=WAIT)
    assert dialog.focusWidget() is dialog.name and dialog.isVisible()
    dialog.name.setText("Woo shop")
    dialog.url.setText("http://shop.example.com")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "must start with https://" in dialog.messages.text, timeout=WAIT)
    assert dialog.focusWidget() is dialog.url
    assert workspace.accounts.list() == []


def test_test_connection_saves_then_shows_the_store_or_its_refusal(qtbot, editor, workspace,
                                                                  memory_keyring):
    with woo_store(0) as fake:
        dialog = editor()
        choose(qtbot, dialog, "woocommerce")
        dialog.name.setText("Woo shop")
        dialog.url.setText(fake.store_url)
        for key, value in WOO.items():
            dialog.fields[key].setText(value)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: f"Connected to {STORE.replace('&', '&amp;')} (USD)"
                        in dialog.test_result.text(), timeout=WAIT)
        assert "Permissions: read_orders" in dialog.test_result.text()
        assert dialog.isVisible() and not dialog.fields["consumer_secret"].text()
        [account] = workspace.accounts.list()
        assert account.currency == "USD"
        # A wrong secret alone: the stored key is kept with it, and the store refuses.
        qtbot.waitUntil(lambda: dialog.source == "keyring", timeout=WAIT)
        dialog.fields["consumer_secret"].setText("cs_wrong")
        dialog.test_button.click()
        qtbot.waitUntil(lambda: "refused the credentials" in dialog.test_result.text(),
                        timeout=WAIT)
        assert "Consumer secret is invalid" in dialog.test_result.text()
    stored = json.loads(memory_keyring.secrets[("seller-desk", f"marketplace:{account.id}")])
    assert stored == {**WOO, "consumer_secret": "cs_wrong"}


def test_without_a_keyring_the_seller_is_told_they_last_this_session(qtbot, editor, workspace):
    keyring.set_keyring(fail.Keyring())
    with woo_store(0) as fake:
        account_id = connect(workspace, fake)
        dialog = editor(account=workspace.accounts.get(account_id))
        qtbot.waitUntil(lambda: not dialog.keyring_note.isHidden(), timeout=WAIT)
        assert "until Seller Desk closes" in dialog.keyring_note.text()
        assert "no keyring" in dialog.stored.text()
        dialog.fields["consumer_key"].setText(WOO["consumer_key"])
        with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
            dialog.save_button.click()
    assert "kept only until Seller Desk closes" in saved.args[1]
