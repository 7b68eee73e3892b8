"""The status bar's sync corner against the WooCommerce fake: Sync now brings the orders and says
when, a failed run is flagged and its error and answer are in the log, Cancel, and the timer."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import func, select

from seller_desk.store.models import Order
from seller_desk.ui.dialogs.sync_log import SyncLogDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.widgets.sync_corner import SyncCorner
from tests.ui.sync_ui_shop import WAIT, WOO, connect, woo_store


def synced_orders(ws) -> int:
    with ws.database.read_session() as s:
        return s.scalar(select(func.count(Order.id)).where(Order.source == "sync"))


def make_corner(qtbot, runner, workspace) -> SyncCorner:
    corner = SyncCorner(runner, workspace, Formatter())
    qtbot.addWidget(corner)
    corner.load_status()
    qtbot.waitUntil(lambda: corner.accounts is not None, timeout=WAIT)
    return corner


def test_sync_now_brings_the_orders_and_says_when(qtbot, workspace, runner):
    with woo_store(8) as fake:
        connect(workspace, fake)
        corner = make_corner(qtbot, runner, workspace)
        assert corner.label.text() == "Never synced"
        with qtbot.waitSignal(corner.synced, timeout=WAIT) as done:
            corner.button.click()
            assert corner.running and corner.progress.isVisibleTo(corner)
            assert corner.button.isHidden()
    [outcome] = done.args[0]
    assert (outcome.state, outcome.new, outcome.products) == ("ok", 8, 4)
    assert synced_orders(workspace) == 8
    assert corner.outcome_text(done.args[0]) == "Woo shop: 8 new, 0 updated, 0 failed"
    qtbot.waitUntil(lambda: corner.label.text() == "Synced just now", timeout=WAIT)
    assert not corner.running and not corner.button.isHidden()


def test_a_failed_sync_is_flagged_and_the_log_shows_its_error_and_answer(qtbot, workspace,
                                                                         runner):
    with woo_store(3) as fake:
        account_id = connect(workspace, fake, "Refused shop",
                             {**WOO, "consumer_secret": "cs_wrong"})
        corner = make_corner(qtbot, runner, workspace)
        with qtbot.waitSignal(corner.synced, timeout=WAIT):
            corner.sync_all()
    qtbot.waitUntil(lambda: "Sync failed: Refused shop" in corner.label.text(), timeout=WAIT)
    assert "refused the credentials" in corner.label.toolTip()
    with qtbot.waitSignal(corner.open_log) as asked:
        qtbot.mouseClick(corner.label, Qt.MouseButton.LeftButton)
    assert asked.args == [account_id]
    log = SyncLogDialog(runner, workspace, Formatter())
    qtbot.addWidget(log)
    log.reopen(account_id)
    qtbot.waitUntil(lambda: log.problems.rowCount() == 1, timeout=WAIT)
    assert log.account.currentText() == "Refused shop"
    runs = log.runs
    assert [runs.data(runs.index(0, c)) for c in (1, 2, 5, 6)] == [
        "Refused shop", "Pull", "Failed", "0"]
    problems = log.problems
    message = problems.data(problems.index(0, 2))
    assert message.startswith("WooCommerce refused the credentials")
    assert problems.data(problems.index(0, 3)) == "401"
    qtbot.waitUntil(lambda: "woocommerce_rest_authentication_error"
                    in log.response.toPlainText(), timeout=WAIT)
    assert log.response.isReadOnly()
    # Choosing all accounts lists the same run; selecting it again shows its error again.
    log.account.setCurrentIndex(0)
    qtbot.waitUntil(lambda: log.runs.rowCount() == 1 and log.problems.rowCount() == 1,
                    timeout=WAIT)
    flags = QItemSelectionModel.SelectionFlag
    log.runs_view.selectionModel().setCurrentIndex(runs.index(0, 0),
                                                   flags.ClearAndSelect | flags.Rows)
    assert log.account.itemText(0) == "All accounts"


def test_cancel_stops_the_sync_and_keeps_what_was_read(qtbot, workspace, runner):
    with woo_store(5) as fake:
        fake.fail("slow", prefix="GET products", times=1, delay=1.5)
        connect(workspace, fake)
        corner = make_corner(qtbot, runner, workspace)
        corner.sync_all()
        qtbot.waitUntil(lambda: "eading products" in corner.progress.text.text(),
                        timeout=WAIT)
        assert corner.progress.text.text().startswith("Woo shop: ")
        with qtbot.waitSignal(corner.synced, timeout=WAIT):
            corner.progress.cancel.click()
    assert synced_orders(workspace) == 5
    assert "Sync cancelled" in corner.outcome_text(corner.outcomes)
    [account] = workspace.accounts.list()
    assert account.last_sync_state == "cancelled"


def test_the_timer_follows_the_setting_and_syncs_only_automatic_accounts(qtbot, workspace,
                                                                        runner):
    with woo_store(2) as fake:
        connect(workspace, fake, "Manual shop", auto_sync=False)
        corner = make_corner(qtbot, runner, workspace)
        corner.set_interval(30)
        assert corner._auto.isActive() and corner._auto.interval() == 30 * 60_000
        corner.sync_quietly()  # the only account syncs when asked only
        qtbot.wait(300)
        assert not corner.running and workspace.sync.log.runs() == []
        connect(workspace, fake, "Auto shop")
        with qtbot.waitSignal(corner.synced, timeout=WAIT) as done:
            corner.sync_quietly()
            qtbot.waitUntil(lambda: corner.running, timeout=WAIT)
            corner.sync_quietly()  # not while one runs
    assert [o.account for o in done.args[0]] == ["Auto shop"]
    assert len(workspace.sync.log.runs()) == 1
    corner.set_interval(0)
    assert not corner._auto.isActive()
