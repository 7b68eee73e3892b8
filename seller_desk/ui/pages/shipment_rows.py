"""The Shipments table: its columns (flagged parcels marked, ages from `now()`), its filters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from seller_desk.domain.paging import TableFilter
from seller_desk.domain.tracking import TrackStatus
from seller_desk.services.shipment_view import ShipmentRow
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.paged_table import Column
from seller_desk.ui.pages.labels import country_label
from seller_desk.ui.pages.returns import TickMenu
from seller_desk.ui.pages.shipment_labels import (
    DONE_STATUSES,
    WARNING,
    carrier_choices,
    day_text,
    days_ago,
    flag_colour,
    flags_text,
    status_label,
)
from seller_desk.ui.text import fill


def _status_tip(row: ShipmentRow) -> str:
    parts = []
    if row.sub_status:
        parts.append(fill(QCoreApplication.translate("ShipmentsPage", "Tracking service says: %1"),
                          row.sub_status))
    if row.check_error:
        parts.append(fill(QCoreApplication.translate("ShipmentsPage", "Last lookup failed: %1"),
                          row.check_error))
    return "\n".join(parts)


def _scan_tip(row: ShipmentRow) -> str:
    if row.last_event:
        return row.last_event
    return QCoreApplication.translate("ShipmentsPage", "No scan yet: counted from the ship date.")


def shipment_columns(fmt: Formatter, now: Callable[[], datetime]) -> list[Column[ShipmentRow]]:
    def flag_tip(row: ShipmentRow) -> str:
        return flags_text(row.flags, "\n")

    return [
        Column("flag", QT_TRANSLATE_NOOP("columns", "⚠"),
               lambda r: WARNING if r.flags else "", None, tip=flag_tip,
               color=lambda r: flag_colour(r.flags)),
        Column("number", QT_TRANSLATE_NOOP("columns", "Tracking number"),
               lambda r: r.number, "number", tip=flag_tip, color=lambda r: flag_colour(r.flags)),
        Column("carrier", QT_TRANSLATE_NOOP("columns", "Carrier"),
               lambda r: r.carrier_name, "carrier"),
        Column("shipped", QT_TRANSLATE_NOOP("columns", "Shipped"),
               lambda r: fmt.date(r.shipped_at), "shipped_at"),
        Column("order", QT_TRANSLATE_NOOP("columns", "Order"), lambda r: r.order_number),
        Column("customer", QT_TRANSLATE_NOOP("columns", "Customer"), lambda r: r.buyer_name),
        Column("marketplace", QT_TRANSLATE_NOOP("columns", "Marketplace"),
               lambda r: r.marketplace),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r: r.country,
               "country", tip=lambda r: country_label(r.country)),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"),
               lambda r: status_label(r.status), "status", tip=_status_tip),
        Column("last_scan", QT_TRANSLATE_NOOP("columns", "Last scan"),
               lambda r: days_ago(r.quiet_since, now()), "quiet_since", numeric=True,
               tip=_scan_tip),
        Column("promised", QT_TRANSLATE_NOOP("columns", "Promised by"),
               lambda r: day_text(fmt, r.promised_by)),
        Column("delivered", QT_TRANSLATE_NOOP("columns", "Delivered"),
               lambda r: fmt.date(r.delivered_at) if r.delivered_at else ""),
    ]


class ShipmentFilters(QObject):
    """The page's own filters: tracking statuses (several at once), the carrier, "Not delivered
    yet" and "Flagged only" (flagged at the moment the filter is applied)."""

    changed = Signal()

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.status_button = QPushButton(objectName="filter_statuses")
        self.status_button.setMinimumWidth(130)
        self.status_menu = TickMenu(self.status_button)
        for status in TrackStatus:
            action = self.status_menu.addAction("")
            action.setCheckable(True)
            action.setData(status.value)
            action.toggled.connect(self._statuses_toggled)
        self.status_button.setMenu(self.status_menu)
        self.carrier = QComboBox(objectName="filter_carrier")
        self.carrier.addItem("", "")
        for code, name in carrier_choices():
            self.carrier.addItem(name, code)
        self.carrier.currentIndexChanged.connect(self.changed)
        self.not_delivered = QCheckBox(objectName="notDelivered", checked=True)
        self.flagged_only = QCheckBox(objectName="flaggedOnly")
        for box in (self.not_delivered, self.flagged_only):
            box.toggled.connect(self.changed)

    def statuses(self) -> frozenset[str]:
        return frozenset(a.data() for a in self.status_menu.actions() if a.isChecked())

    def _statuses_toggled(self, _on: bool) -> None:
        # Asking for delivered parcels while "Not delivered yet" hides them would show nothing.
        if self.statuses() & DONE_STATUSES and self.not_delivered.isChecked():
            self.not_delivered.setChecked(False)  # emits `changed` itself
        else:
            self.changed.emit()
        self._show_statuses()

    def value(self, common: TableFilter) -> TableFilter:
        """`common` (country, period) with this page's own filters."""
        carrier = self.carrier.currentData()
        return replace(
            common, statuses=self.statuses(), carriers=frozenset([carrier] if carrier else []),
            open_only=True if self.not_delivered.isChecked() else None,
            flagged_at=self._now() if self.flagged_only.isChecked() else None)

    def save(self, settings: QSettings, key: str) -> None:
        settings.setValue(f"{key}/statuses", ",".join(sorted(self.statuses())))
        settings.setValue(f"{key}/carrier", self.carrier.currentData() or "")
        settings.setValue(f"{key}/not_delivered", self.not_delivered.isChecked())
        settings.setValue(f"{key}/flagged_only", self.flagged_only.isChecked())

    def restore(self, settings: QSettings, key: str) -> None:
        """Set the filters as saved without emitting `changed` (the caller applies them)."""
        statuses = set(str(settings.value(f"{key}/statuses", "")).split(","))
        widgets: list[QObject] = [*self.status_menu.actions(), self.carrier,
                                  self.not_delivered, self.flagged_only]
        for widget in widgets:
            widget.blockSignals(True)
        for action in self.status_menu.actions():
            action.setChecked(action.data() in statuses)
        self.carrier.setCurrentIndex(max(self.carrier.findData(
            str(settings.value(f"{key}/carrier", ""))), 0))
        self.not_delivered.setChecked(settings.value(f"{key}/not_delivered", True, type=bool))
        self.flagged_only.setChecked(settings.value(f"{key}/flagged_only", False, type=bool))
        for widget in widgets:
            widget.blockSignals(False)
        self._show_statuses()

    def retranslate(self) -> None:
        for action in self.status_menu.actions():
            action.setText(status_label(action.data()))
        self._show_statuses()
        self.carrier.setItemText(0, self.tr("All carriers"))
        self.not_delivered.setText(self.tr("Not delivered yet"))
        self.not_delivered.setToolTip(self.tr("Hide parcels that arrived or whose tracking "
                                              "ended"))
        self.flagged_only.setText(self.tr("Flagged only"))
        self.flagged_only.setToolTip(self.tr("Only parcels stuck, in trouble, going back or "
                                             "late, and not marked handled"))

    def _show_statuses(self) -> None:
        chosen = [a.text() for a in self.status_menu.actions() if a.isChecked()]
        if not chosen:
            text = self.tr("All statuses")
        elif len(chosen) == 1:
            text = chosen[0]
        else:
            text = fill(self.tr("Statuses: %1"), len(chosen))
        self.status_button.setText(text)
        self.status_button.setToolTip(", ".join(chosen) or text)
