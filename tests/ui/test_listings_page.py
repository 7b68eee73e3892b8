"""The Listings page: toolbar actions, thumbnails, price alerts and the detail panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from seller_desk.store.models import Listing
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.listings import ListingsPage

WAIT = 20_000


def png(folder: Path, name: str) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#22aa66"))
    path = folder / name
    assert image.save(str(path), "PNG")
    return path


def loaded(qtbot, page: ListingsPage) -> None:
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total is not None,
                    timeout=WAIT)


def open_page(qtbot, workspace, runner) -> ListingsPage:
    page = ListingsPage(runner, workspace.listings, Formatter())
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    page.activate()
    loaded(qtbot, page)
    return page


def row_of(page: ListingsPage, sku: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.row_at(r).sku == sku)


def select(page: ListingsPage, sku: str) -> int:
    row = row_of(page, sku)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 2))
    page.table.selectionModel().select(
        page.model.index(row, 2),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    return page.model.row_at(row).id


def editor_of(qtbot, page: ListingsPage):
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=WAIT)
    editor = page.editor
    qtbot.addWidget(editor, before_close_func=lambda d: d.stack.setClean())
    return editor


def test_model_with_pictures_and_alerts_passes_the_model_tester(qtbot, qtmodeltester,
                                                                 workspace, runner):
    page = open_page(qtbot, workspace, runner)
    qtmodeltester.check(page.model)
    assert page.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.toolbar.actions()[0].text() == "New listing"


def test_new_listing_from_the_toolbar(qtbot, workspace, runner):
    page = open_page(qtbot, workspace, runner)
    page.act_new.trigger()
    editor = editor_of(qtbot, page)
    qtbot.keyClicks(editor.details.sku, "BOWL-1")
    qtbot.keyClicks(editor.details.title_edit, "Rice bowl")
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.save()
    qtbot.waitUntil(lambda: page.model.total == 3 and "saved" in page.messages.text,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: page.current_detail is not None
                    and page.current_detail.row.sku == "BOWL-1", timeout=WAIT)


def test_enter_edits_and_ctrl_d_duplicates(qtbot, workspace, runner):
    page = open_page(qtbot, workspace, runner)
    select(page, "LAMP-RED")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = editor_of(qtbot, page)
    assert editor.details.sku.text() == "LAMP-RED" and editor.start.listing_id is not None
    editor.reject()
    page.editor = None
    page.activateWindow()
    qtbot.waitUntil(lambda: page.isActiveWindow(), timeout=WAIT)
    select(page, "LAMP-RED")
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = editor_of(qtbot, page)
    assert copy.start.listing_id is None and copy.details.sku.text() == "LAMP-RED-COPY"
    assert copy.offers_model.items[0].external_id == ""
    with qtbot.waitSignal(copy.accepted, timeout=WAIT):
        copy.save()
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=WAIT)


def test_delete_asks_then_archives_with_undo(qtbot, workspace, runner, monkeypatch):
    page = open_page(qtbot, workspace, runner)
    select(page, "MUG-01")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.total == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.total == 1 and "archived: 1" in page.messages.text,
                    timeout=WAIT)
    page.messages._action.click()  # Undo
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=WAIT)


def test_prices_to_check_and_the_alert_column(qtbot, workspace, runner):
    with workspace.database.session() as session:
        session.execute(update(Listing).where(Listing.sku == "MUG-01").values(price_alert=True))
    page = open_page(qtbot, workspace, runner)
    mug = row_of(page, "MUG-01")
    alert = page.model.index(mug, 1)
    assert alert.data() == "⚠" and "exchange rate moved" in alert.data(Qt.ItemDataRole.ToolTipRole)
    assert alert.data(Qt.ItemDataRole.ForegroundRole) is not None
    page.prices_to_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.total == 1 and not page.model.loading, timeout=WAIT)
    assert page.model.row_at(0).sku == "MUG-01"
    page.prices_to_check.setChecked(False)
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=WAIT)


def test_thumbnail_and_detail_with_pictures(qtbot, workspace, runner, tmp_path):
    page = open_page(qtbot, workspace, runner)
    lamp = page.model.row_at(row_of(page, "LAMP-RED")).id
    workspace.listings.add_image(lamp, png(tmp_path, "lamp.png"))
    page.refresh()
    loaded(qtbot, page)
    row = row_of(page, "LAMP-RED")
    assert page.model.row_at(row).image
    page.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)  # asks for the thumbnail
    qtbot.waitUntil(lambda: page.thumbs.cached_file(page.model.row_at(row).image) is not None,
                    timeout=WAIT)
    icon = page.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
    assert max(icon.width(), icon.height()) == 22
    select(page, "LAMP-RED")
    qtbot.waitUntil(lambda: "<img" in page.detail.toHtml(), timeout=WAIT)
    text = page.detail.toPlainText()
    assert "Main Shopify · USD" in text and "HS code" in text


def test_reprice_works_on_the_selected_listings_and_rules_open(qtbot, workspace, runner):
    page = ListingsPage(runner, workspace.listings, Formatter(), workspace.pricing)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    loaded(qtbot, page)
    actions = page.pricing_actions
    assert actions is not None
    assert [a.text() for a in page.toolbar.actions() if a.text()][-2:] == [
        "Price rules…", "Reprice…"]
    chosen = select(page, page.model.row_at(0).sku)
    actions.act_reprice.trigger()
    dialog = actions.dialog
    qtbot.addWidget(dialog)
    assert dialog.listing_ids == [chosen]
    dialog.reject()
    page.table.clearSelection()
    actions.act_rules.trigger()
    rules = actions.dialog
    qtbot.addWidget(rules)
    assert rules.isVisible()
    changed: list[bool] = []
    page.listings_changed.connect(lambda: changed.append(True))
    rules.changed.emit()
    assert changed == [True]
    rules.reject()
    runner.wait_idle()
