"""What can be done to parcels, for the detail panel's buttons and the table's menu and keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.carriers import tracking_link
from seller_desk.services.shipment_view import ShipmentDetail, ShipmentRow
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.reply import ReplyDialog
from seller_desk.ui.dialogs.shipment_editor import ShipmentDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill

Parcel = ShipmentRow | ShipmentDetail
KEYS = ("new", "edit", "delete", "refresh", "handled", "not_handled", "reply", "order",
        "customer", "copy", "track")
ONE = frozenset({"edit", "delete", "reply", "order", "customer", "track"})  # exactly one
MENU = (("new",), ("edit", "delete"), ("refresh", "handled", "not_handled"),
        ("reply", "order", "customer"), ("copy", "track"))


class WismoReplyDialog(ReplyDialog):
    """The "Where is my order?" reply about one parcel: its carrier, number and link filled in."""

    def __init__(self, runner: TaskRunner, ws: Workspace, shipment_id: int,
                 parent: QWidget | None = None) -> None:
        # Set before the base class asks for its first draft.
        self._shipments, self._shipment_id = ws.shipments, shipment_id
        super().__init__(runner, ws.replies, customer_id=None, order_id=None, parent=parent)
        self.setObjectName("wismoReplyDialog")
        self.kind.setEnabled(False)  # index 0: "Where is my order?"

    def refresh(self) -> None:
        language = self.language.currentData() or None
        self.runner.run(self._shipments.wismo_reply, self._shipment_id, language,
                        on_done=self._show, on_error=self.messages.show_error)


class ShipmentActions(QObject):
    """The actions on the parcels `chosen()` returns (the table's selection, or the one in the
    panel); results go out as signals for the page to show."""

    done = Signal(str)  # shipments changed: what happened, for the message bar
    told = Signal(str)  # a notice that changed nothing (copied)
    failed = Signal(object)  # a KnownError or a text, for the message bar
    saved = Signal(int)  # a shipment was added or changed
    deleted = Signal(int)
    refresh_requested = Signal(list)  # shipment ids to look up now
    open_order = Signal(int)
    open_customer = Signal(int)

    def __init__(self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
                 chosen: Callable[[], Sequence[Parcel]], parent: QWidget) -> None:
        super().__init__(parent)
        self.runner, self.ws, self.fmt, self._chosen, self._owner = runner, ws, fmt, chosen, parent
        self.dialog: QDialog | None = None  # the dialog open now (tests look at it)
        self.acts: dict[str, QAction] = {}
        for key in KEYS:
            action = QAction(parent, objectName=f"shipment_{key}")
            action.triggered.connect(lambda _c=False, k=key: self.trigger(k))
            self.acts[key] = action
        self.retranslate()

    def use_keys(self, table: QWidget, page: QWidget) -> None:
        """New shipment and Refresh tracking anywhere on the page; the rest while the table has
        the focus (F5 stays the window's: reload the page)."""
        self.acts["new"].setShortcut(QKeySequence("Ctrl+Shift+S"))
        page.addAction(self.acts["new"])
        self.acts["refresh"].setShortcut(QKeySequence("Ctrl+R"))
        self.acts["refresh"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(self.acts["refresh"])
        for key, keys in (("edit", QKeySequence("Ctrl+E")),
                          ("delete", QKeySequence(QKeySequence.StandardKey.Delete)),
                          ("copy", QKeySequence(QKeySequence.StandardKey.Copy))):
            self.acts[key].setShortcut(keys)
            self.acts[key].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            table.addAction(self.acts[key])

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("New shipment…"), "edit": self.tr("Edit…"),
            "delete": self.tr("Delete…"), "refresh": self.tr("Refresh tracking"),
            "handled": self.tr("Mark handled"), "not_handled": self.tr("Not handled"),
            "reply": self.tr("“Where is my order?” reply…"), "order": self.tr("Open order"),
            "customer": self.tr("Open customer"), "copy": self.tr("Copy tracking number"),
            "track": self.tr("Open tracking page"),
        }
        for key, text in texts.items():
            self.acts[key].setText(text)
        self.acts["refresh"].setToolTip(self.tr("Look the parcel up with the tracking service "
                                                "now (Ctrl+R)"))
        self.acts["handled"].setToolTip(self.tr("Hide its flags until the parcel's next scan"))
        self.acts["not_handled"].setToolTip(self.tr("Show its flags again"))

    def update_state(self) -> None:
        parcels = self._chosen()
        for key, action in self.acts.items():
            action.setEnabled(key == "new" or (len(parcels) == 1 if key in ONE else
                                               bool(parcels)))
        details = [p for p in parcels if isinstance(p, ShipmentDetail)]
        if any(not d.editable for d in details):
            self.acts["edit"].setEnabled(False)
            self.acts["delete"].setEnabled(False)
        self.acts["handled"].setEnabled(any(p.flags for p in parcels))
        if details and len(details) == len(parcels):
            self.acts["not_handled"].setEnabled(any(d.handled_at for d in details))

    def menu(self, parent: QWidget) -> QMenu:
        self.update_state()
        menu = QMenu(parent)
        for group in MENU:
            if not menu.isEmpty():
                menu.addSeparator()
            menu.addActions([self.acts[key] for key in group])
        return menu

    # -- the actions ---------------------------------------------------------------------
    def trigger(self, key: str) -> None:
        if key == "new":
            self.new_shipment()
            return
        parcels = list(self._chosen())
        if not parcels or (key in ONE and len(parcels) != 1):
            self.failed.emit(self.tr("Select one shipment first.") if key in ONE
                             else self.tr("Select the shipments first."))
            return
        first = parcels[0]
        if key in ("handled", "not_handled"):
            self.mark_handled([p.id for p in parcels], key == "handled")
        elif key == "refresh":
            self.refresh_requested.emit([p.id for p in parcels])
        elif key == "copy":
            numbers = [p.number for p in parcels]
            QGuiApplication.clipboard().setText("\n".join(numbers))
            self.told.emit(fill(self.tr("Copied: %1"), ", ".join(numbers)))
        elif key == "order":
            self.open_order.emit(first.order_id)
        elif key == "customer":
            self._customer(first)
        elif key == "track":
            link = (first.link if isinstance(first, ShipmentDetail)
                    else tracking_link(first.carrier, first.number))
            QDesktopServices.openUrl(QUrl(link))
        else:
            {"edit": self.edit, "delete": self.delete, "reply": self.reply}[key](first)

    def new_shipment(self, order_id: int | None = None) -> None:
        self._open_editor(ShipmentDialog(self.ws, self.fmt, self._owner, order_id=order_id,
                                         runner=self.runner))

    def edit(self, parcel: Parcel) -> None:
        self._open_editor(ShipmentDialog(self.ws, self.fmt, self._owner, shipment_id=parcel.id,
                                         runner=self.runner))

    def _open_editor(self, dialog: ShipmentDialog) -> None:
        dialog.accepted.connect(lambda: (self.saved.emit(dialog.result_value),
                                         self.done.emit(self.tr("Shipment saved."))))
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _closed(self, _result: int) -> None:
        self.dialog = None

    def delete(self, parcel: Parcel) -> None:
        answer = QMessageBox.question(
            self._owner, self.tr("Delete shipment"),
            fill(self.tr("Delete shipment %1 of order %2? Its tracking history goes with it."),
                 parcel.number, parcel.order_number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.run(self.ws.shipment_editor.delete, parcel.id, lane=Lane.WRITE,
                        on_done=lambda _none: self._deleted(parcel), on_error=self.failed.emit)

    def _deleted(self, parcel: Parcel) -> None:
        self.deleted.emit(parcel.id)
        self.done.emit(fill(self.tr("Shipment %1 deleted."), parcel.number))

    def mark_handled(self, ids: list[int], handled: bool) -> None:
        def said(count: int) -> None:
            self.done.emit(fill(self.tr("Marked handled: %1.") if handled
                                else self.tr("Flags shown again: %1."), count))

        self.runner.run(self.ws.shipment_editor.mark_handled, ids, handled, lane=Lane.WRITE,
                        on_done=said, on_error=self.failed.emit)

    def reply(self, parcel: Parcel) -> None:
        self._open(WismoReplyDialog(self.runner, self.ws, parcel.id, self._owner))

    def _customer(self, parcel: Parcel) -> None:
        if isinstance(parcel, ShipmentDetail):
            if parcel.customer_id is None:
                self.failed.emit(fill(self.tr("Order %1 has no customer record (a guest "
                                              "order)."), parcel.order_number))
            else:
                self.open_customer.emit(parcel.customer_id)
            return
        self.runner.run(self.ws.shipments.detail, parcel.id, on_done=self._customer,
                        on_error=self.failed.emit)


class ActionButtons(QWidget):
    """Rows of buttons for some of the actions; "Mark handled" and "Not handled" show only
    when they apply."""

    def __init__(self, actions: ShipmentActions, rows: Sequence[Sequence[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.buttons: dict[str, QToolButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        for keys in rows:
            line = QHBoxLayout()
            for key in keys:
                button = QToolButton(objectName=f"button_{key}")
                button.setDefaultAction(actions.acts[key])
                line.addWidget(button)
                self.buttons[key] = button
            line.addStretch(1)
            layout.addLayout(line)

    def update_state(self) -> None:
        self.actions.update_state()
        for key in ("handled", "not_handled"):
            if key in self.buttons:
                self.buttons[key].setVisible(self.actions.acts[key].isEnabled())
