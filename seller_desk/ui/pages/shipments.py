"""The Shipments page: every parcel with its tracking state, flagged ones marked, its detail."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.services.shipment_view import ShipmentDetail
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.shipment_import import ShipmentFileImport
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.delivery_insight_window import DeliveryInsightWindow
from seller_desk.ui.pages.shipment_actions import ActionButtons, Parcel, ShipmentActions
from seller_desk.ui.pages.shipment_detail import CUSTOMER, ORDER, TRACK, ShipmentDetailHtml
from seller_desk.ui.pages.shipment_rows import ShipmentFilters, shipment_columns
from seller_desk.ui.pages.table_page import TablePage
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill

PANEL_BUTTONS = (("refresh", "handled", "not_handled", "reply"), ("edit", "delete", "copy",
                                                                   "track"))


class ShipmentsPage(TablePage):
    open_order = Signal(int)
    open_customer = Signal(int)
    refresh_requested = Signal(list)  # shipment ids to look up; the window calls reload() after

    def __init__(self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
                 parent: QWidget | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._now = now
        super().__init__(
            runner, ws.shipments, shipment_columns(fmt, now),
            PageRequest(sort="shipped_at", descending=True, filter=TableFilter(open_only=True)),
            ("country", "period"), ws.shipments.detail, fmt, parent,
        )
        self.ws = ws
        self._html = ShipmentDetailHtml(self)
        self._wanted: int | None = None  # show_shipment's parcel, selected once loaded
        self._build_filters()
        self._build_actions()
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.keep_sort_indicator)
        self.model.loaded.connect(self._select_wanted)
        self._translate_widgets()

    # -- construction --------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.own_filters = ShipmentFilters(self._now, self)
        self.own_filters.changed.connect(self._apply_filter)
        bar = self.filters.layout()
        bar.insertWidget(0, self.own_filters.status_button)
        bar.insertWidget(1, self.own_filters.carrier)
        # In the filter row rather than beside the actions: the page must fit a 1024 px screen.
        bar.addWidget(self.own_filters.not_delivered)
        bar.addWidget(self.own_filters.flagged_only)
        self.search.setMinimumWidth(160)
        self.filters.changed.disconnect(self.model.set_filter)
        self.filters.changed.connect(self._apply_filter)

    def _build_actions(self) -> None:
        self.table_actions = ShipmentActions(self.runner, self.ws, self.fmt, self.selected,
                                             self)
        self.table_actions.use_keys(self.table, self)
        self.panel_actions = ShipmentActions(self.runner, self.ws, self.fmt, self.shown, self)
        self.panel_buttons = ActionButtons(self.panel_actions, PANEL_BUTTONS)
        self._panel.layout().addWidget(self.panel_buttons)
        for actions in (self.table_actions, self.panel_actions):
            actions.done.connect(self.changed)
            actions.told.connect(self.messages.show_info)
            actions.failed.connect(self.messages.show_error)
            actions.saved.connect(self.open_detail)
            actions.deleted.connect(self._deleted)
            actions.refresh_requested.connect(self.refresh_requested)
            actions.open_order.connect(self.open_order)
            actions.open_customer.connect(self.open_customer)
        self.new_button = QPushButton(objectName="newShipment")
        self.new_button.clicked.connect(lambda: self.table_actions.new_shipment())
        self.actions_bar.addWidget(self.new_button)
        self.import_button = QPushButton(objectName="importShipments")
        self.import_button.clicked.connect(self.import_file)
        self.insight_button = QPushButton(objectName="deliveryInsight")
        self.insight_button.clicked.connect(self.show_insight)
        for button in (self.import_button, self.insight_button):
            self.actions_bar.addWidget(button)
        self.insight: DeliveryInsightWindow | None = None
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.context_menu: Any = None

    def import_file(self) -> None:
        ShipmentFileImport(self, self.runner, self.ws.shipment_import, self.changed,
                           self.messages.show_error).start()

    def show_insight(self) -> None:
        """Delivery times, on-time rate and exceptions per carrier and country, in a window."""
        if self.insight is None:
            self.insight = DeliveryInsightWindow(self.runner, self.ws.delivery_insight,
                                                 self.fmt, self)
        self.insight.show()
        self.insight.raise_()
        self.insight.activateWindow()

    def _context_menu(self, pos: QPoint) -> None:
        self.context_menu = self.table_actions.menu(self.table)
        self.context_menu.aboutToHide.connect(self.context_menu.deleteLater)
        self.context_menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- what the actions work on --------------------------------------------------------
    def selected(self) -> list[Parcel]:
        """The rows selected in the table, else the parcel open in the panel."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if rows:
            return [self.model.row_at(row) for row in rows]
        return self.shown()

    def shown(self) -> list[Parcel]:
        detail = self.current_detail
        if isinstance(detail, ShipmentDetail) and not self._panel.isHidden():
            return [detail]
        return []

    def new_shipment(self, order_id: int | None = None) -> None:
        """The New shipment dialog (of `order_id` when given)."""
        self.table_actions.new_shipment(order_id)

    def refresh_selected(self) -> None:
        self.table_actions.trigger("refresh")

    # -- showing -------------------------------------------------------------------------
    def show_shipment(self, shipment_id: int) -> None:
        """Open a parcel in the panel, and select its row once the table shows it."""
        self.activate()
        self._wanted = shipment_id
        self._select_wanted()
        self.open_detail(shipment_id)

    def _select_wanted(self, *_args: object) -> None:
        if self._wanted is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == self._wanted:
                # Kept wanted until the seller picks another row: a reload that lands after
                # this (a filter applied late, a refresh) selects it again.
                index = self.model.index(row, 1)
                # An explicit command: the view's own would follow whatever modifier keys it
                # believes are held, and Ctrl would toggle the row off again.
                flag = QItemSelectionModel.SelectionFlag
                self.table.selectionModel().setCurrentIndex(
                    index, flag.ClearAndSelect | flag.Rows)
                self.table.scrollTo(index)
                return
        if not self.model.loading and not self.model.canFetchMore():
            self._wanted = None  # not among the rows the filters let through

    def _selection_changed(self, *_args: object) -> None:
        self.table_actions.update_state()
        chosen = self.table.selectionModel().selectedRows()
        if chosen and self.model.row_at(chosen[0].row()).id != self._wanted:
            self._wanted = None

    def reload(self) -> None:
        """Show what changed (a tracking refresh, an edit): the table, and the open parcel;
        "Flagged only" is judged again at this moment."""
        if not self._started:
            return
        table_filter = self.current_filter()
        if table_filter != self.model.request.filter:
            self.model.set_filter(table_filter)
        else:
            self.model.reload()
        if self.detail_id is not None and not self._panel.isHidden():
            self.open_detail(self.detail_id)

    def refresh(self) -> None:
        self.reload()

    def changed(self, text: str = "") -> None:
        if text:
            self.messages.show_info(text)
        self.reload()

    def _deleted(self, shipment_id: int) -> None:
        if self.detail_id == shipment_id:
            self._close_detail()
            self.detail_id = self.current_detail = None

    def render_detail(self, detail: ShipmentDetail) -> str:
        return self._html.html(detail, self.fmt, self._now())

    def _show_detail(self, detail: Any) -> None:
        super()._show_detail(detail)
        self.panel_buttons.update_state()
        self.table_actions.update_state()

    def on_link(self, link: str) -> None:
        detail = self.current_detail
        if not isinstance(detail, ShipmentDetail):
            return
        if link == ORDER:
            self.open_order.emit(detail.order_id)
        elif link == CUSTOMER and detail.customer_id is not None:
            self.open_customer.emit(detail.customer_id)
        elif link == TRACK:
            QDesktopServices.openUrl(QUrl(detail.link))

    # -- filters -------------------------------------------------------------------------
    def current_filter(self) -> TableFilter:
        return self.own_filters.value(self.filters.value())

    def _apply_filter(self, *_args: object) -> None:
        if hasattr(self, "own_filters"):
            self.model.set_filter(self.current_filter())

    def show_flagged(self) -> None:
        """Only the parcels with a flag now (the Dashboard's link)."""
        self.own_filters.flagged_only.setChecked(True)

    # -- state ---------------------------------------------------------------------------
    def save_state(self, settings: QSettings, key: str) -> None:
        super().save_state(settings, key)
        self.own_filters.save(settings, key)

    def restore_state(self, settings: QSettings, key: str) -> None:
        super().restore_state(settings, key)
        self.own_filters.restore(settings, key)
        self._apply_filter()

    # -- texts ---------------------------------------------------------------------------
    def count_text(self, total: int) -> str:
        return fill(self.tr("Shipments: %1"), self.fmt.number(total))

    def retranslate(self) -> None:
        if hasattr(self, "panel_buttons"):  # the base class translates before the widgets exist
            self._translate_widgets()
        self.title.setText(self.tr("Shipments"))

    def _translate_widgets(self) -> None:
        self.own_filters.retranslate()
        self.new_button.setText(self.tr("New shipment…"))
        self.new_button.setToolTip(self.tr("Record a parcel of an order (Ctrl+Shift+S)"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr(
            "Add shipments from a shipping tool's CSV or Excel file: order number, tracking "
            "number, carrier and ship date (service, cost, currency and weight optional)"))
        self.insight_button.setText(self.tr("Delivery times…"))
        self.insight_button.setToolTip(self.tr(
            "How long parcels take per carrier and destination, how many arrive on time, and "
            "how many run into trouble"))
        if self.insight is not None:
            self.insight.retranslate()
        for actions in (self.table_actions, self.panel_actions):
            actions.retranslate()
        self.search.setPlaceholderText(self.tr("Tracking number or order number…"))
        self.search.setToolTip(self.tr("Finds parcels whose tracking number or order number "
                                       "starts with what you type."))
        super().retranslate()
