"""The order a parcel is for: given, or typed in and looked up; what the shipment dialog loads."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from seller_desk.domain.errors import KnownError
from seller_desk.services.shipment_editing import OrderToShip
from seller_desk.services.shipment_view import ShipmentDetail
from seller_desk.services.workspace import Workspace
from seller_desk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class ShipmentStart:
    """What the dialog fills itself with, read off the UI thread."""

    base_currency: str
    order_id: int | None = None
    order_number: str = ""
    order_text: str = ""
    lines: tuple[tuple[int, str, str, int, int], ...] = ()  # ShipmentEditor.lines_left
    detail: ShipmentDetail | None = None


def load_start(ws: Workspace, order_id: int | None, shipment_id: int | None) -> ShipmentStart:
    """The shop's currency, the parcel being changed (if any) and its order's lines."""
    base = ws.shop.profile().base_currency
    detail = ws.shipments.detail(shipment_id) if shipment_id is not None else None
    order_id = detail.order_id if detail is not None else order_id
    if order_id is None:
        return ShipmentStart(base)
    return _start(base, ws.shipment_editor.order_to_ship(order_id, but=shipment_id), detail)


def find_order(ws: Workspace, number: str) -> ShipmentStart:
    """The order whose number is `number` (any case), with its lines still to ship."""
    return _start("", ws.shipment_editor.order_to_ship(number=number))


def _start(base: str, order: OrderToShip, detail: ShipmentDetail | None = None
           ) -> ShipmentStart:
    return ShipmentStart(base, order.id, order.number, f"{order.buyer} · {order.country}",
                         order.lines, detail)


class OrderField(QWidget):
    """The order's number (read-only when the order is given) and who and where it goes to;
    a typed number is looked up a moment after typing stops, or on Enter."""

    found = Signal(object)  # ShipmentStart of the order typed
    not_found = Signal(object)  # KnownError

    def __init__(self, runner: TaskRunner, ws: Workspace, fixed: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._ws = runner, ws
        self.known = ""  # the number of the order found or given
        self._asking = ""  # the number being looked up now
        self.edit = QLineEdit(objectName="shipmentOrder", readOnly=fixed)
        self.edit.setPlaceholderText(self.tr("Order number, e.g. #1001"))
        self.summary = QLabel(objectName="shipmentOrderSummary", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.summary)
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.look_up)
        self.edit.textChanged.connect(self._typing)
        self.edit.editingFinished.connect(self.look_up)

    @property
    def fixed(self) -> bool:
        return self.edit.isReadOnly()

    def _typing(self) -> None:
        if not self.fixed:
            self._timer.start()

    def typed(self) -> str:
        return self.edit.text().strip()

    def pending(self) -> bool:
        """A number is typed that is not the order found (yet)."""
        return not self.fixed and bool(self.typed()) and self.typed() != self.known

    def show_order(self, start: ShipmentStart) -> None:
        self.known = start.order_number
        self.edit.setText(start.order_number)
        self.summary.setText(start.order_text)

    def look_up(self) -> None:
        text = self.typed()
        self._timer.stop()
        if not self.pending() or text == self._asking:
            return
        self._asking = text
        self.summary.setText(self.tr("Looking the order up…"))
        self._runner.run(find_order, self._ws, text, on_done=lambda s: self._found(text, s),
                         on_error=lambda e: self._not_found(text, e))

    def _found(self, typed: str, start: ShipmentStart) -> None:
        self._asking = ""
        if typed == self.typed():  # else typed on meanwhile: that lookup answers
            self.show_order(start)
            self.found.emit(start)

    def _not_found(self, typed: str, error: KnownError) -> None:
        self._asking = ""
        if typed == self.typed():
            self.known = ""
            self.summary.setText("")
            self.not_found.emit(error)
