"""The windows around a sync, against the WooCommerce fake: linking an unmatched SKU, pushing
the stock it then differs in, and settling conflicts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from seller_desk.store.models import Listing, RemoteVariant, SyncConflict
from seller_desk.ui.dialogs.push_preview import PushPreviewDialog
from seller_desk.ui.dialogs.sync_conflicts import ConflictsDialog
from seller_desk.ui.dialogs.unmatched_skus import UnmatchedSkusDialog
from seller_desk.ui.formatting import Formatter
from tests.ui.sync_ui_shop import WAIT, connect, woo_store


@pytest.fixture
def synced(workspace):
    """The test shop after one sync of a store whose 4 SKUs match no listing here."""
    with woo_store(3) as fake:
        account_id = connect(workspace, fake)
        assert workspace.sync.run(account_id).state == "ok"
        yield fake, account_id


def choose_row(view, row: int) -> None:
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                          flags.ClearAndSelect | flags.Rows)


def texts(model, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_an_unmatched_sku_is_linked_to_a_listing(qtbot, workspace, runner, synced,
                                                 qtmodeltester):
    dialog = UnmatchedSkusDialog(runner, workspace, Formatter())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=WAIT)
    qtmodeltester.check(dialog.model)
    assert texts(dialog.model, 1) == ["MUG-000-M", "MUG-000-S", "MUG-001-M", "MUG-001-S"]
    assert texts(dialog.model, 3)[1] == "US$24.95"
    qtbot.waitUntil(lambda: dialog.skus.rowCount() == 2, timeout=WAIT)  # for completion
    choose_row(dialog.view, 1)
    dialog.listing.setText("NO-SUCH")
    dialog.link_button.click()
    qtbot.waitUntil(lambda: dialog.messages.text == "There is no listing with SKU NO-SUCH.",
                    timeout=WAIT)
    dialog.listing.setText("LAMP-RED")
    with qtbot.waitSignal(dialog.linked, timeout=WAIT):
        dialog.link_button.click()
    assert dialog.messages.text == "MUG-000-S on Woo shop is linked to LAMP-RED."
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=WAIT)
    assert "MUG-000-S" not in texts(dialog.model, 1)


def test_push_previews_then_sends_the_ticked_changes(qtbot, workspace, runner, synced,
                                                     qtmodeltester):
    fake, account_id = synced
    for sku, listing in (("MUG-000-S", "LAMP-RED"), ("MUG-000-M", "MUG-01")):
        variant = next(u for u in workspace.sku_links.unmatched() if u.sku == sku)
        workspace.sku_links.link(variant.id, listing)
    dialog = PushPreviewDialog(runner, workspace)
    qtbot.addWidget(dialog)
    dialog.reopen(account_id)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT)
    qtmodeltester.check(dialog.model)
    # The store has 10 and 11 of them; here there are 12 lamps and no mugs.
    assert texts(dialog.model, 1) == ["MUG-000-M", "MUG-000-S"]  # the store's SKUs
    assert texts(dialog.model, 0) == ["Stock", "Stock"]
    assert texts(dialog.model, 2) == ["11", "10"] and texts(dialog.model, 3) == ["0", "12"]
    assert dialog.send_button.text() == "Send 2 changes"
    assert all(box.isEnabled() for box in dialog.kinds.values())
    dialog.model.setData(dialog.model.index(0, 0), Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)
    assert dialog.send_button.text() == "Send 1 change"
    with qtbot.waitSignal(dialog.pushed, timeout=WAIT) as sent:
        dialog.send_button.click()
    assert (sent.args[0].pushed, sent.args[0].failed) == (1, 0)
    assert [quantity for _id, quantity in fake.pushed_stock] == [12]
    assert dialog.messages.text == "Changes sent: 1; failed: 0."
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)  # the unticked one
    runs = workspace.sync.log.runs(account_id)
    assert (runs[0].kind, runs[0].state, runs[0].updated) == ("push", "ok", 1)


def test_conflicts_are_accepted_or_take_the_stores_value(qtbot, workspace, runner, synced,
                                                         qtmodeltester):
    _fake, account_id = synced
    variant = next(u for u in workspace.sku_links.unmatched() if u.sku == "MUG-000-S")
    workspace.sku_links.link(variant.id, "LAMP-RED")
    now = datetime.now(UTC)
    with workspace.database.session() as s:
        s.add_all([SyncConflict(account_id=account_id, kind="stock", item="MUG-000-S",
                                variant_id=variant.id, local_value="12", remote_value="10",
                                winner="local", detected_at=now),
                   SyncConflict(account_id=account_id, kind="order", item="#1",
                                local_value="status: shipped", remote_value="status: paid",
                                winner="remote", detected_at=now)])
    dialog = ConflictsDialog(runner, workspace, Formatter())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT)
    qtmodeltester.check(dialog.model)
    assert workspace.conflicts.open_count() == 2
    row = texts(dialog.model, 1).index("Stock")
    assert [dialog.model.data(dialog.model.index(row, c)) for c in (0, 3, 4, 5)] == [
        "Woo shop", "12", "10", "Here"]
    choose_row(dialog.view, row)
    assert dialog.take_button.isEnabled() and dialog.accept_button.isEnabled()
    with qtbot.waitSignal(dialog.settled, timeout=WAIT):
        dialog.take_button.click()
    with workspace.database.read_session() as s:
        assert s.scalar(select(Listing.stock_on_hand).where(Listing.sku == "LAMP-RED")) == 10
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    choose_row(dialog.view, 0)  # the order: only Accept
    assert not dialog.take_button.isEnabled() and dialog.accept_button.isEnabled()
    with qtbot.waitSignal(dialog.settled, timeout=WAIT):
        dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=WAIT)
    dialog.show_settled.setChecked(True)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT)
    assert sorted(texts(dialog.model, 7)) == ["Accepted", "Took the store's"]
    assert not dialog.view.isColumnHidden(7)
    with workspace.database.read_session() as s:
        assert s.scalar(select(RemoteVariant.listing_id).where(
            RemoteVariant.id == variant.id)) is not None
