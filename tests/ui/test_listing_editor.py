"""The listing editor as a seller uses it: typing, live checks, undo, offers, pictures, saving."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from seller_desk.domain.paging import PageRequest
from seller_desk.ui.dialogs.listing_editor import ListingEditorDialog
from seller_desk.ui.dialogs.listing_editor_images import ImagesModel
from seller_desk.ui.dialogs.listing_editor_offers import OfferItem, OffersModel
from seller_desk.ui.widgets.listing_thumbnails import ThumbnailCache
from tests.factories import make_shop

WAIT = 20_000


def png(folder: Path, name: str, colour: str = "#cc3333", size: int = 300) -> Path:
    image = QImage(size, size // 2, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = folder / name
    assert image.save(str(path), "PNG")
    return path


def track(qtbot, dialog: ListingEditorDialog) -> None:
    """Closed after the test without the "discard changes?" question."""
    qtbot.addWidget(dialog, before_close_func=lambda d: d.stack.setClean())


def open_editor(qtbot, workspace, runner, listing_id: int | None = None) -> ListingEditorDialog:
    listings = workspace.listings
    start = listings.start_edit(listing_id) if listing_id else listings.start_new()
    dialog = ListingEditorDialog(runner, listings, start)
    track(qtbot, dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def lamp_id(workspace) -> int:
    rows = workspace.listings.table.page(PageRequest("sku")).rows
    return next(r.id for r in rows if r.sku == "LAMP-RED")


def test_bad_sku_shows_under_the_field_and_blocks_save_until_fixed(qtbot, workspace, runner):
    dialog = open_editor(qtbot, workspace, runner)
    d = dialog.details
    qtbot.keyClicks(d.sku, "NEW LAMP")
    qtbot.keyClicks(d.title_edit, "Green lamp")
    qtbot.keyClicks(d.cost, "12.50")
    assert d.problems["sku"].isVisible() and "␣" in d.problems["sku"].text()
    assert not dialog.save_button.isEnabled()
    d.sku.clear()
    qtbot.keyClicks(d.sku, "NEW-LAMP")
    assert not d.problems["sku"].isVisible() and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    detail = workspace.listings.detail(dialog.result_value)
    assert (detail.row.sku, detail.row.cost.minor, detail.row.cost.currency) == (
        "NEW-LAMP", 1250, "USD")


def test_a_taken_sku_is_found_while_typing(qtbot, workspace, runner):
    dialog = open_editor(qtbot, workspace, runner)
    qtbot.keyClicks(dialog.details.sku, "lamp-red")
    qtbot.keyClicks(dialog.details.title_edit, "Another lamp")
    qtbot.waitUntil(lambda: "already has the SKU" in dialog.details.problems["sku"].text(),
                    timeout=WAIT)
    assert not dialog.save_button.isEnabled()


def test_ctrl_z_restores_a_field_and_ctrl_shift_z_redoes(qtbot, workspace, runner):
    dialog = open_editor(qtbot, workspace, runner, lamp_id(workspace))
    title = dialog.details.title_edit
    title.setFocus()
    qtbot.keyClicks(title, " XL")
    assert title.text() == "Red paper lamp XL" and dialog.windowTitle().endswith("*")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Red paper lamp" and dialog.stack.isClean()
    qtbot.keyClick(title, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert title.text() == "Red paper lamp XL"
    dialog.undo_button.click()
    assert title.text() == "Red paper lamp"


def test_undo_covers_offers_and_a_bad_price_is_shown_on_its_cell(qtbot, workspace, runner):
    dialog = open_editor(qtbot, workspace, runner, lamp_id(workspace))
    model = dialog.offers_model
    assert model.rowCount() == 1
    dialog.add_offer()
    assert model.rowCount() == 2 and not dialog.save_button.isEnabled()
    assert model.data(model.index(1, 4), Qt.ItemDataRole.ToolTipRole)  # price is missing
    model.setData(model.index(1, 4), "24.00")
    assert dialog.save_button.isEnabled()
    model.setData(model.index(1, 4), "abc")
    assert "Not an amount" in dialog.offers.problems.text()
    dialog.stack.undo()
    assert model.items[1].price == "24.00"
    dialog.stack.undo()
    dialog.stack.undo()
    assert model.rowCount() == 1 and dialog.stack.isClean()


def test_pictures_get_thumbnails_and_are_saved_in_order(qtbot, workspace, runner, tmp_path):
    lamp = lamp_id(workspace)
    dialog = open_editor(qtbot, workspace, runner, lamp)
    dialog.tabs.setCurrentWidget(dialog.images)
    dialog.add_files([png(tmp_path, "front.png"), png(tmp_path, "back.png", "#3333cc"),
                      tmp_path / "notes.txt"])
    qtbot.waitUntil(lambda: dialog.images_model.rowCount() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: all(dialog.images_model.thumbnail_shown(r) for r in range(2)),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: "notes.txt" in dialog.messages.text, timeout=WAIT)
    icon = dialog.images_model.data(dialog.images_model.index(0),
                                    Qt.ItemDataRole.DecorationRole)
    assert max(icon.width(), icon.height()) == 96
    names = [i.original_name for i in dialog.images_model.items]
    dialog.images.select(names.index("back.png"))
    dialog.move_image(-1 if names[1] == "back.png" else 0)
    assert dialog.images_model.items[0].original_name == "back.png"
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.save()
    assert workspace.listings.images(lamp)[0].original_name == "back.png"
    thumbs = workspace.listings.thumbs_dir
    assert len(list(thumbs.glob("*_96.png"))) == 2


def test_save_refused_when_changed_elsewhere_keeps_the_typing(qtbot, workspace, runner):
    lamp = lamp_id(workspace)
    dialog = open_editor(qtbot, workspace, runner, lamp)
    other = workspace.listings.start_edit(lamp)
    workspace.listings.update(lamp, other.draft, other.updated_at)
    qtbot.keyClicks(dialog.details.stock, "5")
    dialog.save()
    qtbot.waitUntil(lambda: "changed elsewhere" in dialog.messages.text, timeout=WAIT)
    assert dialog.isVisible() and dialog.details.stock.text() == "125"


def test_escape_asks_before_discarding(qtbot, workspace, runner, monkeypatch):
    dialog = open_editor(qtbot, workspace, runner, lamp_id(workspace))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or
                        QMessageBox.StandardButton.Cancel)
    qtbot.keyClicks(dialog.details.tags, "gift")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_add_variant_starts_a_draft_in_the_same_group(qtbot, workspace, runner):
    dialog = open_editor(qtbot, workspace, runner, lamp_id(workspace))
    dialog.add_variant()
    variant = dialog.variant_dialog
    assert variant is not None
    track(qtbot, variant)
    assert variant.details.parent_sku.text() == "LAMP-RED"
    assert variant.details.sku.text() == "" and variant.offers_model.rowCount() == 1
    qtbot.keyClicks(variant.details.sku, "LAMP-RED-L")
    with qtbot.waitSignal(dialog.variant_saved, timeout=WAIT):
        variant.save()
    qtbot.waitUntil(lambda: dialog.details.variants.count() == 1
                    and "LAMP-RED-L" in dialog.details.variants.item(0).text(), timeout=WAIT)


@pytest.fixture
def shop_ws(empty_workspace):
    make_shop(empty_workspace.database)
    return empty_workspace


def test_models_pass_the_model_tester(qtmodeltester, shop_ws, runner):
    offers = OffersModel(shop_ws.listings.accounts())
    offers.insert(0, OfferItem(1, "USD", price="9.99"))
    offers.insert(1, OfferItem(2, "EUR", price=""))
    offers.set_problems({(1, "price"): "needs a price"})
    qtmodeltester.check(offers)
    images = ImagesModel(ThumbnailCache(runner, shop_ws.listings.images_folder, 96))
    qtmodeltester.check(images)


def test_dropping_picture_files_adds_them(qtbot, workspace, runner, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    dialog = open_editor(qtbot, workspace, runner, lamp_id(workspace))
    dialog.tabs.setCurrentWidget(dialog.images)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png(tmp_path, "dropped.png")))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.images.view.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: dialog.images_model.rowCount() == 1, timeout=WAIT)
    assert dialog.images_model.items[0].original_name == "dropped.png"
    dialog.stack.undo()
    assert dialog.images_model.rowCount() == 0
