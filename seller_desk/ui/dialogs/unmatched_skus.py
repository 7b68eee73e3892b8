"""The stores' SKUs that match no listing here, and linking each to a listing by hand."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.money import Money
from seller_desk.domain.paging import PageRequest
from seller_desk.services.sync.links import UnmatchedSku
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.sync_log import table
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.sync_rows import Column, RowsModel
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar

SUGGESTED = 5000  # listing SKUs offered for completion


def listing_skus(ws: Workspace) -> list[str]:
    """The SKUs of the shop's listings (the first SUGGESTED of them), for completion."""
    page = ws.listings.table.page(PageRequest(sort="sku", limit=SUGGESTED))
    return [row.sku for row in page.rows if row.sku]


class UnmatchedSkusDialog(QDialog):
    linked = Signal()  # a store's item was linked to a listing

    def __init__(self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unmatchedSkus")
        self.runner, self.ws = runner, ws
        self.messages = MessageBar()
        self.intro = QLabel(wordWrap=True)

        def price(item: UnmatchedSku) -> str:
            if item.price_minor is None:
                return "–"
            return fmt.money(Money(item.price_minor, item.currency))

        self.model = RowsModel([
            Column(lambda: self.tr("Account"), lambda u: u.account),
            Column(lambda: self.tr("SKU"), lambda u: u.sku or "–"),
            Column(lambda: self.tr("Title"), lambda u: u.title),
            Column(lambda: self.tr("Price"), price, numeric=True),
            Column(lambda: self.tr("Stock"), lambda u: "–" if u.stock is None
                   else fmt.number(u.stock), numeric=True),
        ], self)
        self.view = table("unmatchedTable", self.model, stretch=2)
        self.listing_label = QLabel()
        self.listing = QLineEdit(objectName="listingSku")
        self.skus = QStringListModel(self)
        completer = QCompleter(self.skus, self.listing)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.listing.setCompleter(completer)
        self.link_button = QPushButton(objectName="linkSku", autoDefault=False)
        self.link_button.clicked.connect(self.link)
        self.listing.returnPressed.connect(self.link)
        link_row = QHBoxLayout()
        link_row.addWidget(self.listing_label)
        link_row.addWidget(self.listing, 1)
        link_row.addWidget(self.link_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(link_row)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._chosen())
        self.retranslate()
        self.resize(820, 480)
        self.load()
        self.runner.run(listing_skus, ws, on_done=self.skus.setStringList,
                        on_error=lambda _e: None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unmatched SKUs"))
        self.intro.setText(self.tr(
            "These items on your stores have a SKU that no listing here has, so their stock "
            "and prices are not compared or pushed. Link each to the listing it is."))
        self.listing_label.setText(self.tr("Listing SKU"))
        self.listing.setPlaceholderText(self.tr("Type a listing's SKU"))
        self.link_button.setText(self.tr("Link to listing"))
        self.model.retranslate()

    def chosen(self) -> UnmatchedSku | None:
        row = self.view.currentIndex().row()
        return self.model.row(row) if 0 <= row < len(self.model.rows) else None

    def _chosen(self) -> None:
        item = self.chosen()
        self.link_button.setEnabled(item is not None)
        self.listing.setEnabled(item is not None)

    def load(self) -> None:
        self.runner.run(self.ws.sku_links.unmatched, on_done=self._show,
                        on_error=self.messages.show_error)

    def _show(self, items: list[UnmatchedSku]) -> None:
        self.model.set_rows(items)
        if items:
            self.view.selectRow(0)
        self._chosen()

    def link(self) -> None:
        item, sku = self.chosen(), self.listing.text().strip()
        if item is None:
            return
        if not sku:
            self.messages.show_error(self.tr("Type the SKU of the listing to link it to."))
            self.listing.setFocus()
            return
        self.runner.run(self.ws.sku_links.link, item.id, sku, lane=Lane.WRITE,
                        on_done=lambda _none: self._linked(item, sku),
                        on_error=lambda error: (self.messages.show_error(error),
                                                self.listing.setFocus()))

    def _linked(self, item: UnmatchedSku, sku: str) -> None:
        self.messages.show_info(fill(self.tr("%1 on %2 is linked to %3."),
                                     item.sku or item.title, item.account, sku))
        self.listing.clear()
        self.linked.emit()
        self.load()
