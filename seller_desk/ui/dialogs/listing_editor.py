"""The listing editor: details, offers and pictures, with undo, live checks and a safe save."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.domain.listing_rules import FieldProblem, ListingDraft, ListingRejected
from seller_desk.domain.money import Money
from seller_desk.services.listing_editing import EditorStart, VariantView
from seller_desk.services.listings import ListingsService
from seller_desk.ui.dialogs.listing_editor_details import DetailsTab
from seller_desk.ui.dialogs.listing_editor_form import by_cell, by_row, problem_text, read_draft
from seller_desk.ui.dialogs.listing_editor_images import ImageItem, ImagesModel, ImagesTab
from seller_desk.ui.dialogs.listing_editor_lists import ListEdits
from seller_desk.ui.dialogs.listing_editor_offers import OfferItem, OffersModel, OffersTab
from seller_desk.ui.dialogs.listing_editor_undo import TextField, UndoKeys
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.listing_thumbnails import ThumbnailCache
from seller_desk.ui.widgets.message_bar import MessageBar

CHECK_DELAY_MS = 300  # after the last key, the SKU and variant group are looked up
THUMB_SIZE = 96


def _shortcuts(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    found: dict[str, QKeySequence] = {}
    for key in keys:
        for sequence in (QKeySequence.keyBindings(key) if not isinstance(key, str)
                         else [QKeySequence(key)]):
            found.setdefault(sequence.toString(), sequence)
    return list(found.values())


class ListingEditorDialog(ListEdits, QDialog):
    """Opened with an EditorStart; `result_value` is the saved listing's id."""

    variant_saved = Signal(int)

    def __init__(self, runner: TaskRunner, listings: ListingsService, start: EditorStart,
                 thumbs: ThumbnailCache | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listingEditor")
        self.runner, self.listings, self.start = runner, listings, start
        self.result_value: int | None = None
        self.problems: list[FieldProblem] = []
        self.variant_dialog: ListingEditorDialog | None = None
        self._taken_sku: str | None = None
        self._saving = False
        self.stack = QUndoStack(self)
        self.thumbs = thumbs or ThumbnailCache(runner, listings.images_folder, THUMB_SIZE, self)
        self.messages = MessageBar()
        self.details = DetailsTab(start.countries)
        self.offers_model = OffersModel(start.accounts, self)
        self.offers = OffersTab(self.offers_model)
        self.images_model = ImagesModel(self.thumbs, self)
        self.images = ImagesTab(self.images_model)
        self.tabs = QTabWidget(objectName="editorTabs")
        for tab in (self.details, self.offers, self.images):
            self.tabs.addTab(tab, "")
        self._build_buttons()
        d = self.details
        self.fields = {name: TextField(name, widget, self.stack, self._validate, "")
                       for name, widget in (
                           ("sku", d.sku), ("title", d.title_edit),
                           ("description", d.description), ("parent_sku", d.parent_sku),
                           ("cost", d.cost), ("cost_currency", d.cost_currency),
                           ("weight", d.weight), ("hs_code", d.hs_code), ("origin", d.origin),
                           ("stock", d.stock), ("tags", d.tags))}
        self._load(start)
        self._wire()
        UndoKeys(self.stack, self).watch(self)
        self.retranslate()
        self._validate()
        self.resize(780, 660)

    # -- construction --------------------------------------------------------------------
    def _build_buttons(self) -> None:
        self.undo_action = self.stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Undo))
        self.redo_action = self.stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(
            _shortcuts(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"))
        self.save_action = QAction(self, shortcut=QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        for action in (self.undo_action, self.redo_action, self.save_action):
            self.addAction(action)
        self.undo_button = QToolButton(objectName="undo")
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton(objectName="redo")
        self.redo_button.setDefaultAction(self.redo_action)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(objectName="saveListing", default=True, autoDefault=True)
        self.cancel_button = QPushButton(objectName="cancelListing", autoDefault=False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _wire(self) -> None:
        self._lookup_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._lookup_timer.timeout.connect(self._look_up)
        for name in ("sku", "parent_sku"):
            self.fields[name].widget.textChanged.connect(  # type: ignore[union-attr]
                lambda _t: self._lookup_timer.start())
        self.offers_model.on_edit = self._edit_offer
        self.offers.add_button.clicked.connect(self.add_offer)
        self.offers.remove_button.clicked.connect(self.remove_offer)
        self.images.add_button.clicked.connect(self._pick_images)
        self.images.remove_button.clicked.connect(self.remove_image)
        self.images.earlier_button.clicked.connect(lambda: self.move_image(-1))
        self.images.later_button.clicked.connect(lambda: self.move_image(1))
        self.images.view.files_dropped.connect(self.add_files)
        self.details.variant_button.clicked.connect(self.add_variant)
        self.stack.cleanChanged.connect(lambda _clean: self._show_title())

    def _load(self, start: EditorStart) -> None:
        draft = start.draft
        cost = (str(Money(draft.cost_minor, draft.cost_currency).amount)
                if draft.cost_minor or start.listing_id is not None else "")
        for name, text in (
            ("sku", draft.sku), ("title", draft.title), ("description", draft.description),
            ("parent_sku", draft.parent_sku), ("cost", cost),
            ("cost_currency", draft.cost_currency), ("weight", str(draft.weight_grams)),
            ("hs_code", draft.hs_code), ("origin", draft.origin_country),
            ("stock", str(draft.stock_on_hand)), ("tags", draft.tags),
        ):
            self.fields[name].load(text)
        for row, offer in enumerate(draft.offers):
            self.offers_model.insert(row, OfferItem.of(offer))
        for row, image in enumerate(start.images):
            self.images_model.insert(row, ImageItem.stored(image))
        self.details.show_variants(start.variants)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Details"))
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_button.setToolTip(self.tr("Redo what was undone (Ctrl+Shift+Z)"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the listing (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        for name, label in (
            ("sku", self.tr("Change SKU")), ("title", self.tr("Change title")),
            ("description", self.tr("Change description")),
            ("parent_sku", self.tr("Change variant group")), ("cost", self.tr("Change cost")),
            ("cost_currency", self.tr("Change cost currency")),
            ("weight", self.tr("Change weight")), ("hs_code", self.tr("Change HS code")),
            ("origin", self.tr("Change country of origin")),
            ("stock", self.tr("Change stock")), ("tags", self.tr("Change tags")),
        ):
            self.fields[name].label = label
        self._show_title()
        self._show_tab_titles()

    def _show_title(self) -> None:
        sku = self.fields["sku"].value().strip()
        if self.start.listing_id is None:
            title = self.tr("New listing")
        else:
            title = fill(self.tr("Edit listing %1"), sku or self.start.draft.sku)
        self.setWindowTitle(title + ("" if self.stack.isClean() else " *"))

    def _show_tab_titles(self) -> None:
        offers = {p.field.split(".")[1] for p in self.problems if p.field.startswith("offers.")}
        details = any(not p.field.startswith("offers.") for p in self.problems)
        self.tabs.setTabText(0, ("⚠ " if details else "") + self.tr("Details"))
        self.tabs.setTabText(1, ("⚠ " if offers else "") + fill(
            self.tr("Offers (%1)"), self.offers_model.rowCount()))
        self.tabs.setTabText(2, fill(self.tr("Images (%1)"), self.images_model.rowCount()))

    # -- checking ------------------------------------------------------------------------
    def texts(self) -> dict[str, str]:
        return {name: field.value() for name, field in self.fields.items()}

    def draft(self) -> ListingDraft:
        return read_draft(self.texts(), self.offers_model.items, self.start.countries,
                          self._taken_sku)[0]

    def _validate(self) -> None:
        """Check everything as typed: problems under their fields; Save only when none."""
        _draft, self.problems = read_draft(self.texts(), self.offers_model.items,
                                           self.start.countries, self._taken_sku)
        self.details.show_problems(by_row(self.problems))
        self.offers_model.set_problems(by_cell(self.problems))
        self.offers.show_problems([problem_text(p) for p in self.problems
                                   if p.field.startswith("offers.")])
        self.save_button.setEnabled(not self.problems and not self._saving)
        self.save_action.setEnabled(not self.problems and not self._saving)
        self.details.variant_button.setEnabled(bool(
            self.fields["sku"].value().strip() or self.fields["parent_sku"].value().strip()))
        self._show_tab_titles()
        self._show_title()

    def _look_up(self) -> None:
        """Whether the SKU is free, and who is in the variant group (in the background)."""
        sku, parent = self.fields["sku"].value().strip(), self.fields["parent_sku"].value()
        exclude = self.start.listing_id
        if sku:
            self.runner.run(self.listings.sku_taken, sku, exclude,
                            on_done=lambda taken: self._sku_checked(sku, taken),
                            on_error=lambda _e: None)
        self.runner.run(self.listings.variant_group, sku, parent, exclude,
                        on_done=self._variants_found, on_error=lambda _e: None)

    def _sku_checked(self, sku: str, taken: bool) -> None:
        if taken:
            self._taken_sku = sku.casefold()
        elif self._taken_sku == sku.casefold():
            self._taken_sku = None
        self._validate()

    def _variants_found(self, variants: tuple[VariantView, ...]) -> None:
        self.details.show_variants(variants)

    # -- variants ------------------------------------------------------------------------
    def variant_draft(self) -> ListingDraft:
        """A new listing in this one's variant group, sharing its cost, sizes and offers."""
        draft = self.draft()
        parent = draft.parent_sku.strip() or draft.sku.strip()
        return replace(draft, sku="", parent_sku=parent, offers=tuple(
            replace(o, external_id="") for o in draft.offers))

    def add_variant(self) -> None:
        start = replace(self.start, listing_id=None, draft=self.variant_draft(),
                        updated_at=None, images=(), variants=())
        dialog = ListingEditorDialog(self.runner, self.listings, start, self.thumbs, self)
        dialog.accepted.connect(lambda: self._variant_done(dialog))
        self.variant_dialog = dialog
        dialog.open()

    def _variant_done(self, dialog: ListingEditorDialog) -> None:
        if dialog.result_value is not None:
            self.variant_saved.emit(dialog.result_value)
        self._look_up()

    # -- saving and leaving --------------------------------------------------------------
    def save(self) -> None:
        self._validate()
        if self.problems or self._saving:
            return
        draft = self.draft()
        images = [item.choice for item in self.images_model.items]
        if self.start.listing_id is None:
            call = partial(self.listings.create, draft, images)
        else:
            call = partial(self.listings.update, self.start.listing_id, draft,
                           self.start.updated_at, images)
        self._saving = True
        self._validate()
        self.runner.run(call, lane=Lane.WRITE, on_done=self._saved, on_error=self._refused)

    def _saved(self, value: int | None) -> None:
        self._saving = False
        self.result_value = value if value is not None else self.start.listing_id
        self.stack.setClean()
        self.accept()

    def _refused(self, error: KnownError) -> None:
        self._saving = False
        if isinstance(error, ListingRejected) and any(p.field == "sku" for p in error.problems):
            self._taken_sku = self.fields["sku"].value().strip().casefold()
            self.tabs.setCurrentWidget(self.details)
        self.messages.show_error(error)
        self._validate()

    def reject(self) -> None:
        """Esc, Cancel or closing the window: ask first if anything was changed."""
        if not self.stack.isClean() and not self._discard_ok():
            return
        super().reject()

    def _discard_ok(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Discard changes?"),
            self.tr("This listing has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard
