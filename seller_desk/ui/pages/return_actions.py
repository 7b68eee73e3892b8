"""The buttons under a return's detail: exactly its allowed next steps, each with its dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from seller_desk.domain.money import Money
from seller_desk.domain.returns import ReturnState
from seller_desk.services.return_view import ReturnView
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.return_money import CreditDialog, RefundDialog, ReturnShippingDialog
from seller_desk.ui.dialogs.return_slip import ReturnSlipDialog
from seller_desk.ui.dialogs.return_steps import InspectDialog, ReturnStepDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.return_labels import state_label
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill

S = ReturnState
LABEL_COST = "label_cost"  # the buttons that are not moves
SLIP = "slip"
# A slip goes with an item on its way back: not for refusals or refunds without return.
NO_SLIP = frozenset({"rejected", "refund_without_return"})
# Steps that change an order's money, stock or costs: the order needs costing again.
TOUCH_ORDERS = frozenset({S.INSPECTED, S.REFUNDED, S.REPLACED, S.EXCHANGED, LABEL_COST})


class ReturnActions(QWidget):
    done = Signal(str)  # what happened, for the page's message bar
    failed = Signal(object)  # a KnownError outside any dialog
    orders_changed = Signal()  # an order's refund, stock or return cost changed

    def __init__(self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.ws, self.fmt = runner, ws, fmt
        self.view: ReturnView | None = None
        self.dialog: QDialog | None = None  # the step dialog open now (tests look at it)
        self.buttons: dict[str, QPushButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 0)

    # -- buttons -------------------------------------------------------------------------
    def show_for(self, view: ReturnView) -> None:
        """One button per allowed move (the first one is the default), and the label cost."""
        self.view = view
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # its shortcut must not clash with the new button's meanwhile
                widget.deleteLater()
        self.buttons = {}
        keys = list(view.moves) + ([LABEL_COST] if view.state != S.CLOSED else [])
        if view.state not in NO_SLIP and view.outcome not in NO_SLIP:
            keys.append(SLIP)
        for number, key in enumerate(keys):
            button = QPushButton(self._button_text(key), objectName=f"step_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.start(k))
            if number == 0 and key != LABEL_COST:
                # The usual next step: Ctrl+Enter walks a return along without the mouse.
                button.setShortcut(QKeySequence("Ctrl+Return"))
                button.setToolTip(fill(self.tr("%1 (Ctrl+Enter)"), self._button_text(key)))
                button.setDefault(True)
            self._layout.addWidget(button)
            button.show()  # at once, not when the layout gets round to it: its shortcut works
            self.buttons[key] = button
        self._layout.addStretch(1)

    def _button_text(self, key: str) -> str:
        return {
            S.APPROVED: self.tr("Approve…"), S.REJECTED: self.tr("Reject…"),
            S.AWAITING_ITEM: self.tr("Awaiting item…"), S.RECEIVED: self.tr("Item received…"),
            S.INSPECTED: self.tr("Inspect…"), S.REFUNDED: self.tr("Refund…"),
            S.REPLACED: self.tr("Ship replacement…"), S.EXCHANGED: self.tr("Ship exchange…"),
            S.CREDITED: self.tr("Store credit…"), S.CLOSED: self.tr("Close…"),
            LABEL_COST: self.tr("Return label cost…"),
            SLIP: self.tr("Return slip (PDF)…"),
        }.get(key, key)

    def retranslate(self) -> None:
        for key, button in self.buttons.items():
            button.setText(self._button_text(key))

    # -- steps ---------------------------------------------------------------------------
    def start(self, key: str) -> None:
        """Open the dialog of step `key` for the request shown (refunds ask for the
        suggested amounts first, in the background)."""
        view = self.view
        if view is None or (self.dialog is not None and self.dialog.isVisible()):
            return  # one step at a time
        title = fill(self.tr("%1 — %2"), view.rma_number, self._button_text(key).rstrip("…"))
        if key == SLIP:
            self.runner.run(self.ws.shop.settings, on_done=lambda s: self._slip(view, s),
                            on_error=self.failed.emit)
            return
        if key in (S.REFUNDED, S.CREDITED):
            self.runner.run(self.ws.return_steps.suggested_refund, view.id,
                            on_done=lambda s: self._money_dialog(key, view, s, title),
                            on_error=self.failed.emit)
            return
        steps = self.ws.return_steps
        if key == S.INSPECTED:
            dialog: QDialog = InspectDialog(self.runner, steps, view, title, self)
        elif key == LABEL_COST:
            dialog = ReturnShippingDialog(self.runner, steps, view, title, self)
        elif key in (S.REPLACED, S.EXCHANGED):
            dialog = self._ship_dialog(view, key, title)
        else:
            returns = self.ws.returns
            step = self._step_dialog(view, key, title,
                                     lambda note: returns.move(view.id, key, note))
            step.add_note()
            dialog = step
        self._open(dialog, key, view)

    def _slip(self, view: ReturnView, settings: dict[str, str]) -> None:
        dialog = ReturnSlipDialog(view, settings.get("shop_name", ""), self)
        dialog.saved.connect(lambda path: self.done.emit(
            fill(self.tr("Return slip saved to %1."), path)))
        self.dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _money_dialog(self, key: str, view: ReturnView, suggested: tuple[Money, Money],
                      title: str) -> None:
        steps = self.ws.return_steps
        if key == S.REFUNDED:
            dialog: QDialog = RefundDialog(self.runner, steps, view, suggested, self.fmt,
                                           title, self)
        else:
            dialog = CreditDialog(self.runner, steps, view, suggested[0] + suggested[1],
                                  title, self)
        self._open(dialog, key, view)

    def _ship_dialog(self, view: ReturnView, key: str, title: str) -> ReturnStepDialog:
        steps = self.ws.return_steps
        if key == S.EXCHANGED:
            what = fill(self.tr("Send %1 to %2 in exchange?"), view.exchange_sku, view.buyer_name)
        else:
            items = ", ".join(f"{line.quantity} × {line.sku}" for line in view.lines)
            what = fill(self.tr("Send %1 again to %2?"), items, view.buyer_name)
        text = what + " " + self.tr("A new order is made for the shipment; it is not counted "
                                    "as a sale, and what it costs counts against this return.")
        dialog = self._step_dialog(view, key, title,
                                   lambda note: steps.ship_replacement(view.id, note))
        dialog.explanation.setText(text)
        dialog.add_note()
        return dialog

    def _step_dialog(self, view: ReturnView, key: str, title: str,
                     call: Callable[[str], Any]) -> ReturnStepDialog:
        explanations = {
            S.APPROVED: self.tr("Approve the return: the customer may send the items back "
                                "(or, for a refund without return, be refunded next)."),
            S.REJECTED: self.tr("Refuse the return. Say why in the note: the customer will "
                                "ask."),
            S.AWAITING_ITEM: self.tr("The customer has the address or label; the return now "
                                     "waits for the parcel."),
            S.RECEIVED: self.tr("The parcel is here. Inspect the items next."),
            S.CLOSED: self.tr("Close the return: nothing more happens to it."),
        }
        ok = {S.REPLACED: self.tr("Ship"), S.EXCHANGED: self.tr("Ship")}.get(
            key, self._button_text(key).rstrip("…"))
        return ReturnStepDialog(self.runner, title, explanations.get(key, ""), ok, call, self)

    def _open(self, dialog: QDialog, key: str, view: ReturnView) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._stepped(key, view))
        dialog.finished.connect(self._closed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _closed(self, _result: int) -> None:
        self.dialog = None

    def _stepped(self, key: str, view: ReturnView) -> None:
        if key == LABEL_COST:
            self.done.emit(fill(self.tr("%1: return label cost saved."), view.rma_number))
        else:
            self.done.emit(fill(self.tr("%1 is now %2."), view.rma_number, state_label(key)))
        if key in TOUCH_ORDERS:
            self.orders_changed.emit()
