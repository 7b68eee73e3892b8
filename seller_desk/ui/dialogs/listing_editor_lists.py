"""The listing editor's offer and picture edits, each one step on the undo stack."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QTabWidget, QWidget

from seller_desk.services.listing_images import ImageFile
from seller_desk.services.listings import ListingsService
from seller_desk.ui.dialogs.listing_editor_images import ImageItem, ImagesModel, ImagesTab
from seller_desk.ui.dialogs.listing_editor_offers import OffersModel, OffersTab
from seller_desk.ui.dialogs.listing_editor_undo import Change
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar


class ListEdits:
    """Mixed into the editor dialog, which provides these parts. Its texts are translated in
    the dialog's context, as the dialog shows them."""

    runner: TaskRunner
    listings: ListingsService
    stack: QUndoStack
    messages: MessageBar
    tabs: QTabWidget
    offers: OffersTab
    offers_model: OffersModel
    images: ImagesTab
    images_model: ImagesModel

    def _validate(self) -> None:
        raise NotImplementedError

    def _edit_offer(self, row: int, key: str, value: Any) -> None:
        model = self.offers_model
        old = model.items[row].value(key)
        text = QCoreApplication.translate("ListingEditorDialog", "Change offer")
        self._push(text, partial(model.apply, row, key, value),
                   partial(model.apply, row, key, old))

    def add_offer(self) -> None:
        model = self.offers_model
        item = model.next_market()
        if item is None:
            return
        row = model.rowCount()
        text = QCoreApplication.translate("ListingEditorDialog", "Add offer")
        self._push(text, partial(model.insert, row, item), partial(model.remove, row))
        self.tabs.setCurrentWidget(self.offers)
        self.offers.table.setCurrentIndex(model.index(row, 4))

    def remove_offer(self) -> None:
        model, row = self.offers_model, self.offers.current_row()
        if row < 0:
            return
        item = model.items[row]
        text = QCoreApplication.translate("ListingEditorDialog", "Remove offer")
        self._push(text, partial(model.remove, row), partial(model.insert, row, item))

    def _pick_images(self) -> None:
        assert isinstance(self, QWidget)
        title = QCoreApplication.translate("ListingEditorDialog", "Add pictures")
        kinds = QCoreApplication.translate(
            "ListingEditorDialog", "Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)")
        files, _filter = QFileDialog.getOpenFileNames(self, title, "", kinds)
        self.add_files([Path(f) for f in files])

    def add_files(self, paths: list[Path]) -> None:
        """Check each file in the background; the pictures are added as each check passes."""
        for path in paths:
            self.runner.run(self.listings.check_image, path, on_done=self._image_checked,
                            on_error=self.messages.show_error)

    def _image_checked(self, image: ImageFile) -> None:
        model = self.images_model
        if model.has(image.file_name):
            text = QCoreApplication.translate(
                "ListingEditorDialog", "This picture is already on the listing: %1")
            self.messages.show_error(fill(text, image.original_name))
            return
        row = model.rowCount()
        text = QCoreApplication.translate("ListingEditorDialog", "Add picture")
        self._push(text, partial(model.insert, row, ImageItem.added(image)),
                   partial(model.remove, row))
        self.images.select(row)

    def remove_image(self) -> None:
        model, row = self.images_model, self.images.current_row()
        if row < 0:
            return
        item = model.items[row]
        text = QCoreApplication.translate("ListingEditorDialog", "Remove picture")
        self._push(text, partial(model.remove, row), partial(model.insert, row, item))

    def move_image(self, step: int) -> None:
        model, row = self.images_model, self.images.current_row()
        to = row + step
        if row < 0 or not 0 <= to < model.rowCount():
            return
        text = QCoreApplication.translate("ListingEditorDialog", "Move picture")
        self._push(text, partial(model.move, row, to), partial(model.move, to, row))
        self.images.select(to)

    def _push(self, text: str, do: Any, undo: Any) -> None:
        def run(step: Any) -> None:
            step()
            self._validate()

        self.stack.push(Change(text, partial(run, do), partial(run, undo)))
