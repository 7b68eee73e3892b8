"""The Listings page's detail panel: a listing's fields, pictures and offers as HTML."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl

from seller_desk.services.listings import ListingDetail
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.pages.labels import country_label, marketplace_label
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.listing_thumbnails import ThumbnailCache

ALERT_STYLE = "color:#b3261e; font-weight:600;"


class ListingDetailHtml(QObject):
    """Renders one listing for the detail panel (a QObject for its tr())."""

    def __init__(self, fmt: Formatter, thumbs: ThumbnailCache,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fmt, self.thumbs = fmt, thumbs

    def pictures(self, d: ListingDetail) -> str:
        """Thumbnails already made (files), asking for the others: the panel is drawn again
        when they arrive, and never reads a full-size picture on the UI thread."""
        parts = []
        for image in d.images:
            self.thumbs.pixmap(image.file_name)
            cached = self.thumbs.cached_file(image.file_name)
            name = h.escape(image.original_name)
            if cached is not None:
                src = h.escape(QUrl.fromLocalFile(str(cached)).toString())
                parts.append(f'<img src="{src}" title="{name}"> ')
            else:
                parts.append(f'<span class="muted">{name}</span> ')
        return "<p>" + "".join(parts) + "</p>"

    def render(self, d: ListingDetail) -> str:
        f, r = self.fmt, d.row
        alert = (f'<p style="{ALERT_STYLE}">⚠ ' + h.escape(self.tr(
            "Prices to check: an exchange rate moved since a price was set, and an offer's "
            "margin fell below its market's floor.")) + "</p>") if d.price_alert else ""
        return "".join([
            h.heading(r.title, r.sku + (" · " + self.tr("archived") if r.archived else "")),
            h.actions([("edit", self.tr("Edit")), ("duplicate", self.tr("Duplicate")),
                       ("archive", self.tr("Bring back") if r.archived else self.tr("Archive"))]),
            alert,
            self.pictures(d) if d.images else "",
            h.fields([
                (self.tr("Variant of"), d.parent_sku or "–"),
                (self.tr("Cost"), f.money(r.cost)),
                (self.tr("Stock on hand"), f.number(r.stock)),
                (self.tr("Weight"), fill(self.tr("%1 g"), f.number(d.weight_grams))),
                (self.tr("HS code"), d.hs_code or "–"),
                (self.tr("Country of origin"), country_label(d.origin) or "–"),
                (self.tr("Tags"), d.tags or "–"),
                (self.tr("Created"), f.date(d.created_at)),
                (self.tr("Updated"), f.date(r.updated_at)),
            ]),
            h.section(self.tr("Offers on channels")),
            h.table(
                [self.tr("Market"), self.tr("Marketplace"), self.tr("Title"), self.tr("Price"),
                 self.tr("Price set")],
                [(o.market, marketplace_label(o.marketplace), o.title, f.money(o.price),
                  f.date(o.price_set_at)) for o in d.offers],
                numeric={3},
            ),
            f"<p>{h.escape(d.description)}</p>" if d.description else "",
        ])
