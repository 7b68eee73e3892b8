"""The Customers page: everyone who bought, with their orders and spend, and a profile panel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from seller_desk.domain.feedback import ComplaintStatus
from seller_desk.domain.paging import PageRequest
from seller_desk.services.customer_profile import CustomerFile
from seller_desk.services.customers import CustomerRow
from seller_desk.services.loyalty import LedgerUpdate
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.customer_forms import FeedbackDialog, ProfileDialog
from seller_desk.ui.dialogs.loyalty import GrantPointsDialog
from seller_desk.ui.dialogs.merges import DuplicatesDialog
from seller_desk.ui.dialogs.notes import FollowUpDialog, NoteDialog
from seller_desk.ui.dialogs.privacy import erase_customer, export_customer
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.paged_table import Column
from seller_desk.ui.pages.customer_panel import render_customer
from seller_desk.ui.pages.labels import country_label
from seller_desk.ui.pages.note_actions import handle_note_link
from seller_desk.ui.pages.table_page import TablePage
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill


def customer_columns(fmt: Formatter) -> list[Column[CustomerRow]]:
    return [
        Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, "name"),
        Column("email", QT_TRANSLATE_NOOP("columns", "Email"), lambda r: r.email, "email"),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r: r.country,
               "country", tip=lambda r: country_label(r.country)),
        Column("language", QT_TRANSLATE_NOOP("columns", "Language"), lambda r: r.language,
               "language"),
        Column("orders", QT_TRANSLATE_NOOP("columns", "Orders"),
               lambda r: fmt.number(r.orders), "orders", numeric=True),
        Column("spent", QT_TRANSLATE_NOOP("columns", "Spent (base)"),
               lambda r: fmt.money(r.spent), "spent", numeric=True),
        Column("first", QT_TRANSLATE_NOOP("columns", "First order"),
               lambda r: fmt.date(r.first_order), "first_order"),
        Column("last", QT_TRANSLATE_NOOP("columns", "Last order"),
               lambda r: fmt.date(r.last_order), "last_order"),
    ]


class CustomersPage(TablePage):
    open_order = Signal(int)
    open_return = Signal(int)
    new_order = Signal(int)
    reply_requested = Signal(int, int)  # customer id, order id (0: none)

    def __init__(
        self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner, ws.customers.table, customer_columns(fmt),
            PageRequest(sort="last_order", descending=True),
            ("marketplace", "country", "currency", "period"),
            ws.profiles.file, fmt, parent,
        )
        self.ws = ws
        self.duplicates_button = QPushButton(objectName="duplicates")
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.actions_bar.addWidget(self.duplicates_button)
        self._translate_buttons()

    def show_duplicates(self) -> None:
        dialog = DuplicatesDialog(self.runner, self.ws.merges, self.fmt, self)
        dialog.merged.connect(self._merged)
        dialog.exec()

    def _merged(self, merge_ids: list[int], names: str) -> None:
        def undo() -> None:
            for merge_id in reversed(merge_ids):
                self.runner.run(self.ws.merges.undo, merge_id, lane=Lane.WRITE,
                                on_done=lambda _: self.changed(self.tr("Merge undone.")),
                                on_error=self.messages.show_error)

        self.model.reload()
        self.messages.show_info(fill(self.tr("Merged %1."), names), self.tr("Undo"), undo)

    def open_detail(self, row_id: int) -> None:
        """Show the customer as the ledger has them while their points are brought up to date
        (a write, queued behind the others), then again if that posted anything."""
        super().open_detail(row_id)
        self.runner.run(self.ws.loyalty.bring_up_to_date, None, None, [row_id], lane=Lane.WRITE,
                        on_done=lambda update: self._loyalty_updated(row_id, update),
                        on_error=self.messages.show_error)

    def _loyalty_updated(self, row_id: int, update: LedgerUpdate) -> None:
        if update.posted and self.detail_id == row_id:
            super().open_detail(row_id)

    def on_link(self, link: str) -> None:
        file = self.current_detail
        if not isinstance(file, CustomerFile) or handle_note_link(self, self.ws.notes, link):
            return
        cid = file.profile.id
        kind, _, arg = link.partition(":")
        if kind == "edit":
            if ProfileDialog(self.runner, self.ws.profiles, file.profile, self).exec():
                self.changed(self.tr("Customer saved."))
        elif kind == "note":
            if NoteDialog(self.runner, self.ws.notes, customer_id=cid, parent=self).exec():
                self.changed(self.tr("Note added."))
        elif kind == "follow-up":
            if FollowUpDialog(self.runner, self.ws.notes, customer_id=cid, parent=self).exec():
                self.changed(self.tr("Follow-up added; it shows on the Dashboard when due."))
        elif kind == "follow-up-done":
            self.runner.run(self.ws.notes.set_done, int(arg), lane=Lane.WRITE,
                            on_done=lambda _: self.changed(self.tr("Follow-up done.")),
                            on_error=self.messages.show_error)
        elif kind in ("feedback", "complaint"):
            dialog = FeedbackDialog(self.runner, self.ws.feedback, cid,
                                    complaint=kind == "complaint", parent=self)
            if dialog.exec():
                self.changed(self.tr("Saved."))
        elif kind == "complaint-move":
            complaint, _, status = arg.partition(":")
            self.runner.run(self.ws.feedback.move_complaint, int(complaint),
                            ComplaintStatus(status), lane=Lane.WRITE,
                            on_done=lambda _: self.changed(self.tr("Complaint updated.")),
                            on_error=self.messages.show_error)
        elif kind == "loyalty-grant":
            if GrantPointsDialog(self.runner, self.ws.loyalty, cid, parent=self).exec():
                self.changed(self.tr("Points granted."))
        elif kind == "order":
            self.open_order.emit(int(arg))
        elif kind == "return":
            self.open_return.emit(int(arg))
        elif kind == "new-order":
            self.new_order.emit(cid)
        elif kind == "reply":
            self.reply_requested.emit(cid, 0)
        elif kind == "undo-merge":
            self.runner.run(self.ws.merges.undo, int(arg), lane=Lane.WRITE,
                            on_done=lambda _: self.changed(self.tr("Merge undone.")),
                            on_error=self.messages.show_error)
        elif kind == "export":
            export_customer(self, self.ws.privacy, cid)
        elif kind == "erase":
            erase_customer(self, self.ws.privacy, file.profile)

    def _translate_buttons(self) -> None:
        self.duplicates_button.setText(self.tr("Duplicates…"))
        self.duplicates_button.setToolTip(
            self.tr("Customers who look like one person across marketplaces; merge them"))

    def retranslate(self) -> None:
        if hasattr(self, "duplicates_button"):  # the base class translates before it exists
            self._translate_buttons()
        self.title.setText(self.tr("Customers"))
        self.search.setPlaceholderText(self.tr("Name, email or phone…"))
        self.search.setToolTip(self.tr("Finds customers whose name, email or phone number "
                                       "starts with what you type. The period filter is the "
                                       "date of their first order; the currency filter, the "
                                       "currency they pay in."))
        super().retranslate()

    def count_text(self, total: int) -> str:
        return fill(self.tr("Customers: %1"), self.fmt.number(total))

    def render_detail(self, file: CustomerFile) -> str:
        return render_customer(file, self.fmt)
