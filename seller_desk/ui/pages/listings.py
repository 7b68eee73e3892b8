"""The Listings page: every SKU with its picture, cost, stock, offers and price alerts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QMessageBox, QToolBar, QWidget

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.services.listing_editing import EditorStart
from seller_desk.services.listings import ListingDetail, ListingRow, ListingsService
from seller_desk.services.pricing import PricingService
from seller_desk.ui.dialogs.listing_editor import THUMB_SIZE, ListingEditorDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.paged_table import Column
from seller_desk.ui.pages.listing_detail import ListingDetailHtml
from seller_desk.ui.pages.listing_pricing import PricingActions
from seller_desk.ui.pages.table_page import TablePage
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.listing_thumbnails import ThumbnailCache

ROW_THUMB = 22  # px: fits the table's 26 px rows
ALERT_COLOUR = QColor("#b3261e")
DETAIL_DELAY_MS = 120


def listing_columns(
    fmt: Formatter, picture: Callable[[ListingRow], Any] | None = None,
    alert_tip: Callable[[ListingRow], str] | None = None,
) -> list[Column[ListingRow]]:
    return [
        Column("image", "", lambda r: "", decoration=picture),
        Column("alert", QT_TRANSLATE_NOOP("columns", "Check"),
               lambda r: "⚠" if r.price_alert else "", "alert", tip=alert_tip,
               color=lambda r: ALERT_COLOUR if r.price_alert else None),
        Column("sku", QT_TRANSLATE_NOOP("columns", "SKU"), lambda r: r.sku, "sku"),
        Column("title", QT_TRANSLATE_NOOP("columns", "Title"), lambda r: r.title, "title"),
        Column("cost", QT_TRANSLATE_NOOP("columns", "Cost"), lambda r: fmt.money(r.cost),
               "cost", numeric=True),
        Column("stock", QT_TRANSLATE_NOOP("columns", "Stock"), lambda r: fmt.number(r.stock),
               "stock", numeric=True),
        Column("offers", QT_TRANSLATE_NOOP("columns", "Channels"),
               lambda r: fmt.number(r.offers), "offers", numeric=True),
        Column("updated", QT_TRANSLATE_NOOP("columns", "Updated"),
               lambda r: fmt.date(r.updated_at), "updated"),
    ]


class ListingsPage(TablePage):
    # A listing was saved, archived or repriced: costs and price alerts may follow.
    listings_changed = Signal()

    def __init__(
        self, runner: TaskRunner, listings: ListingsService, fmt: Formatter,
        pricing: PricingService | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner, listings.table,
            listing_columns(fmt, lambda r: self._picture(r), lambda r: self._alert_tip(r)),
            PageRequest(sort="sku", filter=TableFilter(archived=False)),
            ("archived", "marketplace", "currency"),
            listings.detail, fmt, parent,
        )
        self.listings = listings
        self.editor: ListingEditorDialog | None = None
        self.thumbs = ThumbnailCache(runner, listings.images_folder, ROW_THUMB, self)
        self.thumbs.ready.connect(lambda _name: self.model.refresh_column("image"))
        self.pictures = ThumbnailCache(runner, listings.images_folder, THUMB_SIZE, self)
        self.pictures.ready.connect(self._picture_ready)
        self.html = ListingDetailHtml(fmt, self.pictures, self)
        self.table.setIconSize(QSize(ROW_THUMB, ROW_THUMB))
        self._build_toolbar()
        self.pricing_actions = (PricingActions(runner, pricing, fmt, self.toolbar,
                                               self.selected_ids, self)
                                if pricing is not None else None)
        if self.pricing_actions is not None:
            self.pricing_actions.prices_changed.connect(self._repriced)
        self.prices_to_check = QCheckBox(objectName="pricesToCheck")
        filter_row = self.filters.layout()
        filter_row.insertWidget(filter_row.count() - 1, self.prices_to_check)
        self.filters.changed.disconnect(self.model.set_filter)
        self.filters.changed.connect(lambda _f: self._apply_filter())
        self.prices_to_check.toggled.connect(lambda _on: self._apply_filter())
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_current)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._detail_timer.start())
        self.table.selectionModel().selectionChanged.connect(
            lambda _a, _b: self._translate_archive())
        self._translate_toolbar()

    def _build_toolbar(self) -> None:
        # Other features add their buttons (price rules, repricing) to this toolbar too.
        self.toolbar = QToolBar(objectName="listingsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_new = QAction(self, shortcut=QKeySequence("Ctrl+Shift+N"))
        self.act_new.triggered.connect(self.new_listing)
        self.act_edit = QAction(self)
        self.act_edit.triggered.connect(lambda: self.edit_listing())
        self.act_duplicate = QAction(self, shortcut=QKeySequence("Ctrl+D"))
        self.act_duplicate.triggered.connect(self.duplicate_listing)
        self.act_archive = QAction(self)
        self.act_archive.triggered.connect(lambda: self.archive_selected(ask=False))
        for action in (self.act_new, self.act_edit, self.act_duplicate, self.act_archive):
            self.toolbar.addAction(action)
        self.actions_bar.addWidget(self.toolbar)
        # Delete only in the table: in the search box it deletes text, as everywhere.
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.archive_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- table ---------------------------------------------------------------------------
    def _picture(self, row: ListingRow) -> Any:
        if not row.image:
            return self.thumbs.placeholder()
        return self.thumbs.pixmap(row.image) or self.thumbs.placeholder()

    def _alert_tip(self, row: ListingRow) -> str:
        if not row.price_alert:
            return ""
        return self.tr("Prices to check: an exchange rate moved since a price was set, and an "
                       "offer's margin is now below its market's floor. Reprice it.")

    def _apply_filter(self) -> None:
        alert = True if self.prices_to_check.isChecked() else None
        self.model.set_filter(replace(self.filters.value(), price_alert=alert))

    def _open_current(self) -> None:
        """Enter edits the listing (the detail follows the selection by itself)."""
        self.edit_listing()

    def _open_detail(self, index: QModelIndex) -> None:
        """A double-click edits the listing."""
        if index.isValid():
            self.edit_listing(self.model.row_at(index.row()).id)

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < self.model.rowCount():
            self.open_detail(self.model.row_at(index.row()).id)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < self.model.rowCount():
            return self.model.row_at(index.row()).id
        ids = self.selected_ids()
        return ids[0] if ids else self.detail_id

    # -- actions -------------------------------------------------------------------------
    def new_listing(self) -> None:
        self.runner.run(self.listings.start_new, on_done=self.open_editor,
                        on_error=self.messages.show_error)

    def edit_listing(self, listing_id: int | None = None) -> None:
        listing_id = listing_id or self.current_id()
        if listing_id is None:
            self.messages.show_error(self.tr("Select the listing to edit first."))
            return
        self.runner.run(self.listings.start_edit, listing_id, on_done=self.open_editor,
                        on_error=self.messages.show_error)

    def duplicate_listing(self) -> None:
        listing_id = self.current_id()
        if listing_id is None:
            self.messages.show_error(self.tr("Select the listing to duplicate first."))
            return
        self.runner.run(self.listings.start_duplicate, listing_id, on_done=self.open_editor,
                        on_error=self.messages.show_error)

    def open_editor(self, start: EditorStart) -> None:
        dialog = ListingEditorDialog(self.runner, self.listings, start, self.pictures, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.variant_saved.connect(lambda _id: self.changed())
        self.editor = dialog
        dialog.open()

    def _repriced(self) -> None:
        self.changed()
        self.listings_changed.emit()

    def show_prices_to_check(self) -> None:
        """Only the listings flagged by a rate move (the Dashboard's link lands here)."""
        self.prices_to_check.setChecked(True)

    def _saved(self, dialog: ListingEditorDialog) -> None:
        self.listings_changed.emit()
        self.changed(self.tr("Listing saved."))
        if dialog.result_value is not None:
            self.open_detail(dialog.result_value)

    def _archive_targets(self) -> tuple[list[int], bool]:
        """The listings to act on, and whether they are all archived (then: bring back)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        found = [self.model.row_at(r) for r in rows if r < self.model.rowCount()]
        if not found and isinstance(self.current_detail, ListingDetail):
            return [self.current_detail.row.id], self.current_detail.row.archived
        return [r.id for r in found], bool(found) and all(r.archived for r in found)

    def archive_selected(self, ask: bool = True) -> None:
        ids, archived = self._archive_targets()
        if not ids:
            self.messages.show_error(self.tr("Select the listings to archive first."))
            return
        if ask:
            question = (fill(self.tr("Bring back %1 archived listings?"), len(ids)) if archived
                        else fill(self.tr("Archive %1 listings? They leave the active list "
                                          "and can be brought back from Archived."), len(ids)))
            answer = QMessageBox.question(self, self.tr("Listings"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.runner.run(self.listings.set_archived, ids, not archived, lane=Lane.WRITE,
                        on_done=lambda n: self._archived(ids, not archived, n),
                        on_error=self.messages.show_error)

    def _archived(self, ids: list[int], archived: bool, count: int) -> None:
        text = (fill(self.tr("Listings archived: %1."), count) if archived
                else fill(self.tr("Listings brought back: %1."), count))
        self.changed()
        self.messages.show_info(text, self.tr("Undo"), lambda: self.runner.run(
            self.listings.set_archived, ids, not archived, lane=Lane.WRITE,
            on_done=lambda _n: self.changed(), on_error=self.messages.show_error))

    def on_link(self, link: str) -> None:
        detail = self.current_detail
        if not isinstance(detail, ListingDetail):
            return
        if link == "edit":
            self.edit_listing(detail.row.id)
        elif link == "duplicate":
            self.runner.run(self.listings.start_duplicate, detail.row.id,
                            on_done=self.open_editor, on_error=self.messages.show_error)
        elif link == "archive":
            self.runner.run(self.listings.set_archived, [detail.row.id], not detail.row.archived,
                            lane=Lane.WRITE, on_error=self.messages.show_error,
                            on_done=lambda n: self._archived([detail.row.id],
                                                             not detail.row.archived, n))

    def _picture_ready(self, file_name: str) -> None:
        detail = self.current_detail
        if isinstance(detail, ListingDetail) and any(i.file_name == file_name
                                                     for i in detail.images):
            self.detail.setHtml(self.render_detail(detail))

    # -- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        if hasattr(self, "act_archive"):  # the base class translates before the toolbar exists
            self._translate_toolbar()
        if getattr(self, "pricing_actions", None) is not None:
            self.pricing_actions.retranslate()  # type: ignore[union-attr]
        self.title.setText(self.tr("Listings"))
        self.search.setPlaceholderText(self.tr("SKU, title or tag…"))
        self.search.setToolTip(self.tr("Finds listings whose SKU, title or one of whose tags "
                                       "starts with what you type. The currency filter is the "
                                       "currency of an offer."))
        super().retranslate()

    def _translate_toolbar(self) -> None:
        self.act_new.setText(self.tr("New listing"))
        self.act_new.setToolTip(self.tr("Add a listing (Ctrl+Shift+N)"))
        self.act_edit.setText(self.tr("Edit"))
        self.act_edit.setToolTip(self.tr("Edit the selected listing (Enter or double-click)"))
        self.act_duplicate.setText(self.tr("Duplicate"))
        self.act_duplicate.setToolTip(self.tr("Start a new listing as a copy of the selected "
                                              "one (Ctrl+D)"))
        self.prices_to_check.setText(self.tr("Prices to check"))
        self.prices_to_check.setToolTip(self.tr("Only listings whose margin a moved exchange "
                                                "rate has pushed below the floor"))
        self._translate_archive()

    def _translate_archive(self) -> None:
        _ids, archived = self._archive_targets()
        self.act_archive.setText(self.tr("Bring back") if archived else self.tr("Archive"))
        self.act_archive.setToolTip(self.tr("Archive the selected listings, or bring archived "
                                            "ones back (Delete asks first)"))

    def count_text(self, total: int) -> str:
        return fill(self.tr("Listings: %1"), self.fmt.number(total))

    def render_detail(self, d: ListingDetail) -> str:
        return self.html.render(d)
