"""The detail panel of a parcel: carrier and link, tracking state and its age, lines, timeline."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from seller_desk.services.shipment_view import ShipmentDetail
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.pages.labels import country_label
from seller_desk.ui.pages.shipment_labels import (
    age_text,
    day_text,
    flags_text,
    status_label,
)
from seller_desk.ui.text import fill

WARNING_STYLE = "color:#b3261e; font-weight:600; margin:4px 0;"
ERROR_STYLE = "color:#b3261e; margin:4px 0;"

# The links the panel offers (TablePage.on_link gets these).
ORDER, CUSTOMER, TRACK = "order", "customer", "track"


class ShipmentDetailHtml(QObject):
    """Renders a ShipmentDetail as the panel's HTML."""

    def html(self, d: ShipmentDetail, f: Formatter, now: datetime) -> str:
        parts = [
            h.heading(fill(self.tr("%1 %2"), d.carrier_name, d.number),
                      fill(self.tr("Order %1 · %2 · %3"), d.order_number, d.buyer_name,
                           country_label(d.country))),
            f'<p>{h.link(TRACK, d.link)}</p>',
            self._flags(d),
            h.actions([
                (ORDER, fill(self.tr("Open order %1"), d.order_number)),
                *([(CUSTOMER, self.tr("Open customer"))] if d.customer_id else []),
            ]),
            h.fields(self._state(d, f, now)),
            self._check_error(d, f, now),
            h.fields(self._parcel(d, f)),
        ]
        if d.note:
            parts += [h.section(self.tr("Note")), h.paragraph(d.note, "note")]
        parts += [
            h.section(self.tr("In the parcel")),
            h.table([self.tr("Qty"), self.tr("Item"), self.tr("SKU")],
                    [(f.number(ln.quantity), ln.title, ln.sku) for ln in d.lines],
                    numeric={0}) if d.lines else h.paragraph(self.tr("No items recorded."),
                                                             "muted"),
            h.section(self.tr("Tracking history")),
            h.table([self.tr("When"), self.tr("What happened"), self.tr("Where")],
                    [(f.date_time(e.at), e.description, e.location) for e in d.events],
                    numeric=set()) if d.events else h.paragraph(self._no_events(d), "muted"),
        ]
        return "".join(parts)

    def _flags(self, d: ShipmentDetail) -> str:
        if not d.flags:
            return ""
        text = fill(self.tr("⚠ %1"), flags_text(d.flags))
        return f'<p style="{WARNING_STYLE}">{h.escape(text)}</p>'

    def _state(self, d: ShipmentDetail, f: Formatter, now: datetime) -> list[tuple[str, str]]:
        if d.checked_at is None:
            checked = self.tr("never looked up")
        else:
            checked = fill(self.tr("last checked %1"), age_text(d.checked_at, now))
        rows = [
            (self.tr("Status"), fill(self.tr("%1 · %2"), status_label(d.status), checked)),
        ]
        if d.sub_status:
            rows.append((self.tr("Tracking service says"), d.sub_status))
        rows.append((self.tr("Last news"), fill(self.tr("%1 (%2)"), f.date_time(d.quiet_since),
                                                age_text(d.quiet_since, now))))
        rows.append((self.tr("Shipped"), f.date_time(d.shipped_at)))
        rows.append((self.tr("Promised by"), day_text(f, d.promised_by)))
        if d.estimated_delivery is not None:
            rows.append((self.tr("Expected"), day_text(f, d.estimated_delivery)))
        if d.delivered_at is not None:
            rows.append((self.tr("Delivered"), f.date_time(d.delivered_at)))
        if d.handled_at is not None:
            rows.append((self.tr("Marked handled"), f.date_time(d.handled_at)))
        return rows

    def _check_error(self, d: ShipmentDetail, f: Formatter, now: datetime) -> str:
        """Offline or refused: say so, and that what shows is the last known state."""
        if not d.check_error:
            return ""
        text = fill(self.tr("The last lookup failed: %1"), d.check_error)
        if d.checked_at is not None:
            text += " " + fill(self.tr("What shows here is the last known state, from %1."),
                               age_text(d.checked_at, now))
        return f'<p style="{ERROR_STYLE}">{h.escape(text)}</p>'

    def _parcel(self, d: ShipmentDetail, f: Formatter) -> list[tuple[str, str]]:
        rows = [(self.tr("Carrier"), d.carrier_name)]
        if d.service:
            rows.append((self.tr("Service"), d.service))
        rows.append((self.tr("Tracking number"), d.number))
        rows.append((self.tr("Label cost"), f.money(d.cost) if d.cost else "–"))
        rows.append((self.tr("Weight"), fill(self.tr("%1 g"), f.number(d.weight_grams))
                     if d.weight_grams else "–"))
        if not d.editable:
            rows.append((self.tr("From"), self.tr("Synced from the marketplace")))
        return rows

    def _no_events(self, d: ShipmentDetail) -> str:
        if d.checked_at is None:
            return self.tr("Not looked up yet: refresh the tracking (Ctrl+R) to see its scans.")
        return self.tr("The tracking service has no scans of this parcel yet.")
