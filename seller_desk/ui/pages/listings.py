"""The Listings page: every SKU with its cost, stock and channel offers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.services.listings import ListingDetail, ListingRow, ListingsService
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.paged_table import Column
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.pages.labels import marketplace_label
from seller_desk.ui.pages.table_page import TablePage
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill


def listing_columns(fmt: Formatter) -> list[Column[ListingRow]]:
    return [
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
    def __init__(
        self, runner: TaskRunner, listings: ListingsService, fmt: Formatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner, listings.table, listing_columns(fmt),
            PageRequest(sort="sku", filter=TableFilter(archived=False)),
            ("archived", "marketplace", "currency"),
            listings.detail, fmt, parent,
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Listings"))
        self.search.setPlaceholderText(self.tr("SKU or title…"))
        self.search.setToolTip(self.tr("Finds listings whose SKU or title starts with what you "
                                       "type. The currency filter is the currency of an offer."))
        super().retranslate()

    def count_text(self, total: int) -> str:
        return fill(self.tr("Listings: %1"), self.fmt.number(total))

    def render_detail(self, d: ListingDetail) -> str:
        f, r = self.fmt, d.row
        return "".join([
            h.heading(r.title, r.sku + (" · " + self.tr("archived") if r.archived else "")),
            h.fields([
                (self.tr("Variant of"), d.parent_sku or "–"),
                (self.tr("Cost"), f.money(r.cost)),
                (self.tr("Stock on hand"), f.number(r.stock)),
                (self.tr("Weight"), fill(self.tr("%1 g"), f.number(d.weight_grams))),
                (self.tr("Created"), f.date(d.created_at)),
                (self.tr("Updated"), f.date(r.updated_at)),
            ]),
            h.section(self.tr("Offers on channels")),
            h.table(
                [self.tr("Account"), self.tr("Marketplace"), self.tr("Title"), self.tr("Price")],
                [(o.account, marketplace_label(o.marketplace), o.title, f.money(o.price))
                 for o in d.offers],
                numeric={3},
            ),
            f"<p>{h.escape(d.description)}</p>" if d.description else "",
        ])


