"""First start and switching shops, as a seller meets them."""

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from seller_desk.ui import application
from seller_desk.ui.application import Shell
from seller_desk.ui.dialogs.welcome import WelcomeDialog
from seller_desk.ui.translator import Translator


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


def test_empty_database_shows_the_welcome_and_validates(qtbot, shell, paths):
    assert shell.open(str(paths.data / "mine.sqlite3"))
    dialog = shell.welcome
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible()
    assert shell.window is None
    dialog.start.click()  # no shop name yet
    assert dialog.isVisible() and "cannot be empty" in dialog.messages.text
    dialog.name.setText("Lantern & Loom")
    dialog.currency.setCurrentText("eur")
    dialog.start.click()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=20_000)
    assert shell.window.windowTitle() == "Lantern & Loom — Seller Desk"
    profile = shell.workspace.shop.profile()
    assert (profile.name, profile.base_currency, profile.language) == (
        "Lantern & Loom", "EUR", "en")


def test_open_the_demo_shop_from_the_welcome(qtbot, shell, paths, monkeypatch):
    monkeypatch.setattr(application, "DEMO_ORDERS", 400)
    shell.open(str(paths.data / "mine.sqlite3"))
    dialog = shell.welcome
    dialog.currency.setCurrentText("GBP")
    dialog.demo.click()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=30_000)
    assert shell.workspace.database.path == paths.demo_database
    profile = shell.workspace.shop.profile()
    assert profile.is_demo and profile.base_currency == "GBP"
    orders = shell.window.pages["orders"]
    shell.window.show_page(1)
    # 400 sales, and the replacement and exchange shipments its returns sent.
    shipped_again = shell.workspace.maintenance.info().orders - 400
    assert 0 < shipped_again < 20
    qtbot.waitUntil(lambda: orders.model.total == 400 + shipped_again, timeout=20_000)
    # The seller's own database stays empty.
    from seller_desk.services.workspace import open_workspace
    mine = open_workspace(str(paths.data / "mine.sqlite3"), paths.backups)
    assert mine.maintenance.info().orders == 0
    mine.close()


def test_a_file_that_is_not_a_database_is_explained_and_kept(qtbot, shell, paths, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    notes = paths.data / "notes.txt"
    notes.write_text("do not overwrite")
    assert not shell.open(str(notes))
    assert "is not a database file" in shown[0]
    assert notes.read_text() == "do not overwrite"


def test_abandoning_a_new_database_returns_to_the_open_shop(qtbot, shell, paths):
    shell.open(str(paths.data / "mine.sqlite3"))
    shell.welcome.name.setText("Mine")
    shell.welcome.start.click()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=20_000)
    shell.open(str(paths.data / "second.sqlite3"))  # File → New database…
    assert shell.welcome is not None and shell.window is None
    shell.welcome.reject()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=20_000)
    assert shell.window.windowTitle() == "Mine — Seller Desk"


def test_the_app_quits_when_the_main_window_closes_not_between_windows(
        qtbot, shell, paths, monkeypatch):
    class App:
        quits = 0

        def quit(self):
            self.quits += 1

    app = App()
    shell.app = app
    monkeypatch.setattr(application, "DEMO_ORDERS", 300)
    shell.open(str(paths.data / "mine.sqlite3"))
    shell.welcome.demo.click()  # welcome closes, progress shows, then the demo window
    qtbot.waitUntil(lambda: shell.window is not None, timeout=30_000)
    assert app.quits == 0
    shell.window.close()
    assert app.quits == 1


def test_windows_closing_do_not_quit_by_themselves(qapp):
    application.configure_app(qapp)
    assert not qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(True)
