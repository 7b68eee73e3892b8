"""The order panel's Shipments section: each parcel, its tracking status and flags, a link."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from seller_desk.domain.shipments import FLAG_LABELS
from seller_desk.domain.tracking import STATUS_LABELS
from seller_desk.services.shipment_view import ShipmentDetail
from seller_desk.ui import text
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages import detail_html as h

WARN = "#b3261e"


def shipments_html(parcels: Sequence[ShipmentDetail], f: Formatter) -> str:
    translate = QCoreApplication.translate
    rows = []
    for parcel in parcels:
        status = translate("tracking", STATUS_LABELS[parcel.status])
        flags = ", ".join(translate("tracking", FLAG_LABELS[flag]) for flag in parcel.flags)
        news = (text.fill(translate("OrdersPage", "%1, %2"), parcel.events[0].description,
                          f.age(parcel.quiet_since)) if parcel.events else "")
        warn = f' <span style="color:{WARN}">⚠ {h.escape(flags)}</span>' if flags else ""
        shipped = h.escape(f.date(parcel.shipped_at))
        rows.append(
            f"<tr><td nowrap>{h.link(f'shipment:{parcel.id}', parcel.number)}</td>"
            f"<td>{h.escape(parcel.carrier_name)}</td><td nowrap>{shipped}</td>"
            f"<td>{h.escape(status)}{warn}<br><span class=\"muted\">{h.escape(news)}</span>"
            "</td></tr>")
    titles = (translate("OrdersPage", "Tracking number"), translate("OrdersPage", "Carrier"),
              translate("OrdersPage", "Shipped"), translate("OrdersPage", "Status"))
    head = "".join(f"<th>{h.escape(title)}</th>" for title in titles)
    return (h.section(translate("OrdersPage", "Shipments"))
            + f'<table cellspacing="0" width="100%"><tr>{head}</tr>{"".join(rows)}</table>')
