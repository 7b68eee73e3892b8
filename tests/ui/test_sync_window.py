"""Sync in the main window: the Marketplaces menu, Settings → Marketplaces with its accounts,
Sync now end to end into the Orders page, and the welcome's Connect a marketplace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from seller_desk.ui.application import Shell
from seller_desk.ui.dialogs.account_editor import AccountEditor
from seller_desk.ui.main_window import PAGE_KEYS, MainWindow
from seller_desk.ui.translator import Translator
from tests.ui.sync_ui_shop import STORE, WAIT, connect, woo_store


def make_window(qtbot, workspace, runner, paths) -> MainWindow:
    window = MainWindow(workspace, runner, paths, "Test Shop", is_demo=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    return window


def test_the_marketplaces_menu_syncs_into_the_orders_page(qtbot, workspace, runner, paths):
    with woo_store(7) as fake:
        connect(workspace, fake)
        window = make_window(qtbot, workspace, runner, paths)
        sync = window.sync
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles.index("&Marketplaces") == titles.index("&Help") - 1
        assert [a.text() for a in sync.menu.actions() if a.text()] == [
            "&Sync now", "&Accounts…", "&Push changes…", "Sync &log…", "&Conflicts…",
            "&Unmatched SKUs…"]
        assert sync.act_sync.shortcut().toString() == "Ctrl+Shift+Y"
        assert sync.corner.parent() is not None and sync.corner.isVisible()
        window.show_page(PAGE_KEYS.index("orders"))
        orders = window.pages["orders"]
        qtbot.waitUntil(lambda: orders.model.total == 6, timeout=WAIT)
        with qtbot.waitSignal(sync.corner.synced, timeout=WAIT):
            qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier
                           | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: orders.model.total == 13, timeout=WAIT)
    assert "Woo shop: 7 new" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: sync.corner.label.text() == "Synced just now", timeout=WAIT)


def test_settings_lists_the_accounts_and_the_interval(qtbot, workspace, runner, paths,
                                                      monkeypatch):
    with woo_store(0) as fake:
        connect(workspace, fake)
        window = make_window(qtbot, workspace, runner, paths)
        window.sync.act_accounts.trigger()
        settings = window.pages["settings"]
        assert window.current_page() is settings
        assert settings.group_boxes["sync"].title() == "Marketplace accounts"
        assert settings.labels["sync_minutes"].text() == "Sync every (minutes)"
        section = settings.accounts
        qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=WAIT)
        assert [section.model.data(section.model.index(0, c)) for c in (0, 1, 3)] == [
            "Woo shop", "WooCommerce", "Never synced"]
        assert section.chosen() is not None and section.test_button.isEnabled()
        section.test_button.click()
        qtbot.waitUntil(lambda: f"Connected to {STORE}" in section.messages.text,
                        timeout=WAIT)
    qtbot.waitUntil(lambda: settings.editors["sync_minutes"].text() == "30", timeout=WAIT)
    settings.editors["sync_minutes"].setText("15")
    settings.save.click()
    qtbot.waitUntil(lambda: window.sync.corner._auto.interval() == 15 * 60_000, timeout=WAIT)
    # Removing asks first and says the orders stay.
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: (
        asked.append(args[2]), QMessageBox.StandardButton.Yes)[1])
    section.remove_button.click()
    assert "Its orders stay" in asked[0]
    qtbot.waitUntil(lambda: section.model.rowCount() == 0, timeout=WAIT)
    assert section.messages.text == "Woo shop is removed; its orders stay."
    editor = section.add_account()
    qtbot.addWidget(editor)
    assert isinstance(editor, AccountEditor) and editor.isVisible()
    assert editor.windowTitle() == "Connect a store"


@pytest.fixture
def shell(qtbot, runner, paths):
    app = QApplication.instance()
    made = Shell(app, paths, Translator(app), runner, None)
    yield made
    if made.window is not None:
        made.window.close()
    if made.welcome is not None:
        made.welcome.close()
    if made.workspace is not None:
        made.workspace.close()


def test_the_welcome_starts_the_shop_then_connects_a_store(qtbot, shell, paths):
    assert shell.open(str(paths.data / "mine.sqlite3"))
    dialog = shell.welcome
    assert dialog.connect_store.text() == "Connect a marketplace…"
    dialog.connect_store.click()  # no shop name yet
    assert dialog.isVisible() and "cannot be empty" in dialog.messages.text
    dialog.name.setText("Lantern & Loom")
    dialog.connect_store.click()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=WAIT)
    assert shell.workspace.shop.profile().name == "Lantern & Loom"
    editors = shell.window.findChildren(AccountEditor)
    assert len(editors) == 1 and editors[0].isVisible()
    editors[0].reject()
