"""The Orders page: every order across marketplaces, with its detail, editing and bulk actions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QMenu, QPushButton, QWidget

from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.services.order_editing import BulkOutcome
from seller_desk.services.orders import OrderDetail, OrderRow
from seller_desk.services.return_drafts import ReturnDrafts
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.new_return import start_new_return
from seller_desk.ui.dialogs.notes import FollowUpDialog, NoteDialog, TagDialog
from seller_desk.ui.dialogs.order_editor import OrderEditorDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.paged_table import Column
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.pages.labels import country_label, marketplace_label, status_label
from seller_desk.ui.pages.note_actions import handle_note_link
from seller_desk.ui.pages.notes_block import notes_html
from seller_desk.ui.pages.order_margin import margin_color, margin_text, margin_tip
from seller_desk.ui.pages.order_shipments import shipments_html
from seller_desk.ui.pages.profit_section import ProfitSection
from seller_desk.ui.pages.table_page import TablePage
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import error_text


def order_columns(fmt: Formatter) -> list[Column[OrderRow]]:
    return [
        Column("number", QT_TRANSLATE_NOOP("columns", "Order"), lambda r: r.number, "number"),
        Column("placed", QT_TRANSLATE_NOOP("columns", "Date"),
               lambda r: fmt.date_time(r.placed_at), "placed_at"),
        Column("customer", QT_TRANSLATE_NOOP("columns", "Customer"),
               lambda r: r.customer, "customer"),
        Column("email", QT_TRANSLATE_NOOP("columns", "Email"), lambda r: r.email, "email"),
        Column("marketplace", QT_TRANSLATE_NOOP("columns", "Marketplace"),
               lambda r: r.account, "marketplace", tip=lambda r: marketplace_label(r.marketplace)),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r: r.country,
               "country", tip=lambda r: country_label(r.country)),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"),
               lambda r: status_label(r.status), "status"),
        Column("total", QT_TRANSLATE_NOOP("columns", "Total"),
               lambda r: fmt.money(r.total), "total", numeric=True),
        Column("total_base", QT_TRANSLATE_NOOP("columns", "Total (base)"),
               lambda r: fmt.money(r.total_base), "total_base", numeric=True),
        Column("margin", QT_TRANSLATE_NOOP("columns", "Margin"),
               lambda r: margin_text(fmt, r), "margin", numeric=True, tip=margin_tip,
               color=margin_color),
    ]


class OrdersPage(TablePage):
    open_customer = Signal(int)
    import_requested = Signal()
    reply_requested = Signal(int, int)  # customer id (0: none), order id
    orders_changed = Signal()  # an order's figures changed: it needs costing again
    return_opened = Signal(int)  # a new return request's id
    shipment_requested = Signal(int)  # order id: add a parcel to it
    open_shipment = Signal(int)

    def __init__(
        self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner, ws.orders.table, order_columns(fmt),
            PageRequest(sort="placed_at", descending=True),
            ("status", "marketplace", "country", "currency", "period"),
            ws.orders.detail, fmt, parent,
        )
        self.ws = ws
        self.new_button = QPushButton(objectName="newOrder")
        self.new_button.clicked.connect(self.new_order)
        self.import_button = QPushButton(objectName="importOrders")
        self.import_button.clicked.connect(self.import_requested)
        self.status_button = QPushButton(objectName="changeStatus")
        self.status_menu = QMenu(self)
        for status in OrderStatus:
            action = self.status_menu.addAction("")
            action.setData(status.value)
            action.triggered.connect(lambda _=False, s=status: self.change_status(s))
        self.status_button.setMenu(self.status_menu)
        self.tag_button = QPushButton(objectName="addTag")
        self.tag_button.clicked.connect(self.add_tag)
        self.return_button = QPushButton(objectName="newReturn")
        self.return_button.clicked.connect(lambda: self.new_return())
        for button in (self.new_button, self.import_button, self.status_button,
                       self.tag_button, self.return_button):
            self.actions_bar.addWidget(button)
        # Beside the actions rather than in the filter row, which must fit a small screen.
        self.losses = QCheckBox(objectName="negativeMargin")
        self.losses.toggled.connect(lambda _on: self._filter_changed(self.filters.value()))
        self.actions_bar.insertWidget(0, self.losses)
        # Room for the actions on a 1024 px screen: the search still grows when there is space.
        self.search.setMinimumWidth(160)
        self.filters.changed.disconnect(self.model.set_filter)
        self.filters.changed.connect(self._filter_changed)
        self.profit_section = ProfitSection(self)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_order)
        self._translate_buttons()

    # -- actions -------------------------------------------------------------------------
    def _filter_changed(self, table_filter: TableFilter) -> None:
        losses = True if self.losses.isChecked() else None
        self.model.set_filter(replace(table_filter, negative_margin=losses))

    def _base(self) -> str:
        return self.ws.shop.profile().base_currency

    def new_order(self, customer_id: int | None = None) -> None:
        dialog = OrderEditorDialog(self.runner, self.ws.order_editor, self._base(),
                                   customer_id=customer_id, parent=self)
        if dialog.exec():
            self.changed(self.tr("Order saved."))
            self.open_detail(dialog.result_value)
            self.orders_changed.emit()

    def edit_order(self) -> None:
        detail = self.current_detail
        if isinstance(detail, OrderDetail):
            dialog = OrderEditorDialog(self.runner, self.ws.order_editor, self._base(),
                                       detail=detail, parent=self)
            if dialog.exec():
                self.changed(self.tr("Order saved."))
                self.orders_changed.emit()

    def change_status(self, status: OrderStatus) -> None:
        ids = self.selected_ids()
        if not ids:
            self.messages.show_error(self.tr("Select the orders to change first."))
            return
        self.runner.run(self.ws.order_editor.change_status, ids, status, lane=Lane.WRITE,
                        on_done=self._status_changed, on_error=self.messages.show_error)

    def _status_changed(self, outcome: BulkOutcome) -> None:
        text = fill(self.tr("Orders changed: %1."), len(outcome.changed))
        if outcome.refused:
            reasons = " ".join(error_text(e) for e in outcome.refused[:3])
            more = len(outcome.refused) - 3
            text += " " + fill(self.tr("Refused: %1."), len(outcome.refused)) + " " + reasons
            if more > 0:
                text += " " + fill(self.tr("(and %1 more)"), more)
            self.model.reload()
            self.messages.show_error(text)
            if self.detail_id is not None:
                self.open_detail(self.detail_id)
            return
        self.changed(text)

    def add_tag(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.messages.show_error(self.tr("Select the orders to tag first."))
            return
        dialog = TagDialog(self.runner, lambda tag: self.ws.order_editor.add_tag(ids, tag),
                           len(ids), self)
        if dialog.exec():
            self.changed(fill(self.tr("Orders tagged: %1."), dialog.result_value))

    def new_return(self, order_id: int | None = None) -> None:
        """A return request on `order_id`, else the order selected, else the one shown."""
        ids, shown = [order_id] if order_id else self.selected_ids(), self.current_detail
        if len(ids) != 1 and isinstance(shown, OrderDetail) and not self._panel.isHidden():
            ids = [shown.row.id]
        if len(ids) != 1:
            self.messages.show_error(self.tr("Select one order to open a return on."))
            return
        start_new_return(self, self.runner, ReturnDrafts(self.ws.database), self.ws.returns,
                         ids[0], self.fmt, self.return_opened.emit)

    def on_link(self, link: str) -> None:
        detail = self.current_detail
        if not isinstance(detail, OrderDetail) or handle_note_link(self, self.ws.notes, link):
            return
        order_id = detail.row.id
        if link == "edit":
            self.edit_order()
        elif link == "note":
            if NoteDialog(self.runner, self.ws.notes, order_id=order_id, parent=self).exec():
                self.changed(self.tr("Note added."))
        elif link == "follow-up":
            if FollowUpDialog(self.runner, self.ws.notes, order_id=order_id, parent=self).exec():
                self.changed(self.tr("Follow-up added; it shows on the Dashboard when due."))
        elif link == "new-return":
            self.new_return(order_id)
        elif link == "new-shipment":
            self.shipment_requested.emit(order_id)
        elif link.startswith("shipment:"):
            self.open_shipment.emit(int(link.partition(":")[2]))
        elif link == "reply":
            self.reply_requested.emit(detail.customer_id or 0, order_id)
        elif link == "customer" and detail.customer_id is not None:
            self.open_customer.emit(detail.customer_id)

    def show_losses(self) -> None:
        """Only the orders that lost money (the Dashboard's link lands here)."""
        self.losses.setChecked(True)

    def retranslate(self) -> None:
        if hasattr(self, "tag_button"):  # the base class translates before the buttons exist
            self._translate_buttons()
        self.title.setText(self.tr("Orders"))

    def _translate_buttons(self) -> None:
        self.new_button.setText(self.tr("New order"))
        self.new_button.setToolTip(self.tr("Type in an email or phone order (Ctrl+Shift+N)"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import an order file from a marketplace (Ctrl+I)"))
        self.status_button.setText(self.tr("Status"))
        self.status_button.setToolTip(self.tr("Change the status of the selected orders"))
        for action in self.status_menu.actions():
            action.setText(status_label(action.data()))
        self.tag_button.setText(self.tr("Add tag…"))
        self.tag_button.setToolTip(self.tr("Add a tag to the selected orders"))
        self.return_button.setText(self.tr("New return…"))
        self.return_button.setToolTip(self.tr("Open a return request on the order shown or "
                                              "selected"))
        self.losses.setText(self.tr("Losses only"))
        self.losses.setToolTip(self.tr("Negative margin only: the orders that lost money once "
                                       "fees, goods and shipping are counted"))
        self.search.setPlaceholderText(self.tr("Order number, email, name or SKU…"))
        self.search.setToolTip(self.tr("Finds orders whose number, buyer email, buyer name or "
                                       "a line's SKU starts with what you type."))
        super().retranslate()

    def count_text(self, total: int) -> str:
        return fill(self.tr("Orders: %1"), self.fmt.number(total))

    def render_detail(self, d: OrderDetail) -> str:
        f, r = self.fmt, d.row
        parts = [
            h.heading(fill(self.tr("Order %1"), r.number),
                      f"{r.account} · {marketplace_label(r.marketplace)}"),
            h.actions([
                *([("edit", self.tr("Edit"))] if d.editable else []),
                ("note", self.tr("Add note")), ("follow-up", self.tr("Follow up")),
                ("reply", self.tr("Reply…")), ("new-shipment", self.tr("Add shipment…")),
                ("new-return", self.tr("New return…")),
                *([("customer", self.tr("Open customer"))] if d.customer_id else []),
            ]),
            h.fields([
                (self.tr("Placed"), f.date_time(r.placed_at)),
                (self.tr("Status"), status_label(r.status)),
                (self.tr("Customer"), f"{r.customer} <{r.email}>" if r.email else r.customer),
                (self.tr("Ship to"), ship_to(d)),
                *([(self.tr("Billing address"), d.billing_address)]
                  if d.billing_address else []),
                *([(self.tr("Tags"), d.tags)] if d.tags else []),
                (self.tr("Marketplace order id"), d.external_id),
                (self.tr("Last change"), f.date_time(d.updated_at)),
            ]),
            h.section(self.tr("Lines")),
            h.table(
                [self.tr("SKU"), self.tr("Item"), self.tr("Qty"), self.tr("Price"),
                 self.tr("Line total")],
                [(ln.sku, ln.title, f.number(ln.quantity), f.money(ln.unit_price),
                  f.money(ln.total)) for ln in d.lines],
                numeric={2, 3, 4},
            ),
            shipments_html(d.shipments, f) if d.shipments else "",
            h.section(self.tr("Totals")),
            h.fields([
                (self.tr("Subtotal"), f.money(d.subtotal)),
                (self.tr("Shipping"), f.money(d.shipping)),
                (self.tr("Tax"), f.money(d.tax)),
                (self.tr("Discount"), f.money(-d.discount)),
                (self.tr("Total"), f.money(r.total)),
                (self.tr("In base currency"),
                 fill(self.tr("%1 (rate %2 on the order date)"),
                     f.money(r.total_base), str(d.rate_to_base))),
            ]),
            self.profit_section.html(d.profit, f) if d.profit is not None else "",
            h.section(self.tr("Status history")),
            h.table(
                [self.tr("When"), self.tr("Status"), self.tr("By"), self.tr("Note")],
                [(f.date_time(c.at), status_label(c.new), c.author, c.note)
                 for c in reversed(d.history)],
                numeric=set(),
            ) if d.history else "",
            h.section(self.tr("Notes")),
            notes_html(d.notes, f),
        ]
        return "".join(parts)


def ship_to(d: OrderDetail) -> str:
    """Name, address, and the postcode and country where the address lacks them."""
    lines = [d.ship_name] if d.ship_name and d.ship_name not in d.address else []
    lines.append(d.address)
    if d.ship_postcode and d.ship_postcode not in d.address:
        lines.append(d.ship_postcode)
    lines.append(country_label(d.row.country))
    return "\n".join(line for line in lines if line)
