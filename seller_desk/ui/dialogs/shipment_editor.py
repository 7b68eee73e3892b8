"""The shipment dialog: an order's parcel with carrier, checked tracking number, lines and costs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from seller_desk.domain.errors import KnownError, ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.shipment_editing import NumberTypo, ShipmentDraft
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.form import FormDialog
from seller_desk.ui.dialogs.shipment_fields import (
    CostField,
    LinesTable,
    NumberField,
    PromiseField,
    carrier_box,
    field_error,
    local_day,
    ship_time,
)
from seller_desk.ui.dialogs.shipment_order import OrderField, ShipmentStart, load_start
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.shipment_labels import carrier_code
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import error_text

TYPE_ORDER = QT_TRANSLATE_NOOP("shipments", "Type the number of the order this parcel is for.")
EMPTY_PARCEL = QT_TRANSLATE_NOOP("shipments", "Put at least one item in the parcel.")
FIELDS = ("order", "carrier", "tracking_number", "promised_by", "cost", "weight", "lines")


class ShipmentDialog(FormDialog):
    """A new parcel (of `order_id`, or of an order typed in) or a change to `shipment_id`;
    `result_value` is the shipment's id once saved."""

    def __init__(self, ws: Workspace, fmt: Formatter, parent: QWidget | None = None,
                 order_id: int | None = None, shipment_id: int | None = None, *,
                 runner: TaskRunner) -> None:
        super().__init__(runner, parent)
        self.setObjectName("shipmentDialog")
        self.ws, self._fmt, self._shipment_id = ws, fmt, shipment_id
        self.start: ShipmentStart | None = None
        self.accept_unchecked = False
        self._save_when_found = False
        self.setWindowTitle(self.tr("Edit shipment") if shipment_id else self.tr("New shipment"))
        self.setMinimumWidth(620)
        self.order = OrderField(runner, ws, order_id is not None or shipment_id is not None, self)
        self.carrier = carrier_box()
        self.carrier.lineEdit().setPlaceholderText(self.tr("Choose or type the carrier"))
        self.number = NumberField(self.carrier_code, self)
        self.service = QLineEdit(objectName="shipmentService")
        self.service.setPlaceholderText(self.tr("e.g. Standard, Express (optional)"))
        self.shipped = QDateEdit(QDate.currentDate(), calendarPopup=True,
                                 objectName="shipmentShipped")
        self.promised = PromiseField(self)
        self.cost = CostField(self)
        self.weight = QSpinBox(objectName="shipmentWeight", maximum=1_000_000, suffix=" g")
        self.weight.setSpecialValueText(self.tr("Unknown"))
        self.lines = LinesTable(self)
        self.note = QPlainTextEdit(objectName="shipmentNote")
        self.note.setFixedHeight(60)
        self.errors = {key: field_error(key) for key in FIELDS}
        self._lay_out()
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.number.save_anyway.clicked.connect(self.save_anyway)
        self.number.suggestion_used.connect(self.use_carrier)
        self.carrier.currentTextChanged.connect(self.number.recheck)
        self.order.found.connect(self._found)
        self.order.not_found.connect(self._not_found)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.buttons.setEnabled(False)
        runner.run(load_start, ws, order_id, shipment_id, on_done=self._loaded,
                   on_error=self.messages.show_error)

    def _lay_out(self) -> None:
        rows: list[tuple[str, Any, str | None]] = [
            (self.tr("Order"), self.order, "order"),
            (self.tr("Carrier"), self.carrier, "carrier"),
            (self.tr("Tracking number"), self.number, "tracking_number"),
            (self.tr("Service"), self.service, None), (self.tr("Shipped on"), self.shipped, None),
            (self.tr("Promised by"), self.promised, "promised_by"),
            (self.tr("Label cost"), self.cost, "cost"), (self.tr("Weight"), self.weight, "weight"),
        ]
        for label, widget, error in rows:
            self.form.addRow(label, widget)
            if error is not None:
                self.form.addRow("", self.errors[error])
        self.form.addRow(self.lines)
        self.form.addRow(self.errors["lines"])
        self.form.addRow(self.tr("Note"), self.note)

    # -- loading -------------------------------------------------------------------------
    def _loaded(self, start: ShipmentStart) -> None:
        self.cost.currency.setCurrentText(start.base_currency)
        self._show_order(start)
        detail = start.detail
        if detail is not None:
            self.setWindowTitle(fill(self.tr("Edit shipment %1"), detail.number))
            self.carrier.setCurrentText(detail.carrier_name)
            self.number.edit.setText(detail.number)
            self.service.setText(detail.service)
            self.shipped.setDate(local_day(detail.shipped_at))
            self.promised.set_value(detail.promised_by)
            self.cost.set_value(detail.cost)
            self.weight.setValue(detail.weight_grams or 0)
            self.note.setPlainText(detail.note)
            self.lines.set_quantities({ln.order_line_id: ln.quantity for ln in detail.lines})
            if not detail.editable:
                self.messages.show_error(self.tr("This shipment came from a marketplace: "
                                                 "change it there and sync again."))
                return
        self.buttons.setEnabled(True)
        (self.carrier if self.order.fixed else self.order.edit).setFocus()

    def _show_order(self, start: ShipmentStart) -> None:
        self.start = start
        if start.order_id is not None:
            self.order.show_order(start)
            self.errors["order"].hide()
        self.lines.show_lines(start.lines)

    def _found(self, found: ShipmentStart) -> None:
        base = self.start.base_currency if self.start else ""
        self._show_order(ShipmentStart(base, found.order_id, found.order_number,
                                       found.order_text, found.lines))
        if self._save_when_found:
            self._save_when_found = False
            self.save()

    def _not_found(self, error: KnownError) -> None:
        self._save_when_found = False
        self.start = ShipmentStart(self.start.base_currency if self.start else "")
        self.lines.show_lines(())
        self.show_field_error("order", error_text(error))

    # -- saving --------------------------------------------------------------------------
    def carrier_code(self) -> str:
        return carrier_code(self.carrier.currentText())

    def use_carrier(self, code: str) -> None:
        """Take the carrier the number looks like (the seller clicked the suggestion)."""
        index = self.carrier.findData(code)
        if index >= 0:
            self.carrier.setCurrentIndex(index)

    def save(self) -> None:
        if not self.buttons.isEnabled():
            return  # still loading, or saving already
        if self.order.pending():
            self._save_when_found = True  # typed, not looked up yet: saved once it is found
            self.order.look_up()
            return
        try:
            call = self.submission()
        except KnownError as error:
            self._refused(error)  # beside its field, like the service's refusals
            return
        self.buttons.setEnabled(False)
        self.runner.run(call, on_done=self._saved, on_error=self._refused, lane=Lane.WRITE)

    def save_anyway(self) -> None:
        """The seller read why the number looks mistyped and keeps it as typed."""
        self.accept_unchecked = True
        self.save()

    def submission(self) -> Callable[[], Any]:
        self.clear_errors()
        start = self.start
        if start is None or start.order_id is None:
            raise ValidationError(TYPE_ORDER, item="order")
        lines = self.lines.chosen()
        if self.lines.has_left() and not lines:
            raise ValidationError(EMPTY_PARCEL, item="lines")
        cost, currency = self.cost.value()
        draft = ShipmentDraft(
            start.order_id, self.carrier_code(), self.number.edit.text(),
            ship_time(self.shipped.date(), start.detail.shipped_at if start.detail else None),
            service=self.service.text(), lines=lines, cost_minor=cost, cost_currency=currency,
            weight_grams=self.weight.value() or None, promised_by=self.promised.value(),
            note=self.note.toPlainText())
        editor, shipment_id = self.ws.shipment_editor, self._shipment_id
        anyway = self.accept_unchecked
        if shipment_id is None:
            return lambda: editor.add(draft, accept_unchecked=anyway)
        return lambda: editor.update(shipment_id, draft, accept_unchecked=anyway) or shipment_id

    # -- refusals ------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.messages.hide()

    def show_field_error(self, key: str, text: str) -> None:
        self.errors[key].setText(text)
        self.errors[key].show()

    def _refused(self, error: KnownError) -> None:
        """Next to the field it is about (the error's item), else above the form."""
        self.buttons.setEnabled(True)
        self.accept_unchecked = False
        key = self._field_of(error.item)
        if key is None:
            self.messages.show_error(error)
        else:
            self.show_field_error(key, error_text(error))
        self.number.save_anyway.setVisible(isinstance(error, NumberTypo))

    def _field_of(self, item: str | None) -> str | None:
        if item in FIELDS:
            return item
        if self.start is not None and item == self.start.order_number:
            return "order"
        if item is not None and self.lines.names(item):
            return "lines"
        return None
