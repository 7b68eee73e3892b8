"""The Retention Churn risk tab: customers from the most likely to stay away, with the reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.retention_compute import RetentionView
from seller_desk.ui.pages.retention_layout import note
from seller_desk.ui.pages.retention_table import CustomerTable
from seller_desk.ui.text import fill

COLUMNS = ("name", "risk", "come_back", "last_order", "orders", "spend", "stage", "reason")


class ChurnTab(QWidget):
    open_customer = Signal(int)

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionChurn")
        self.fmt = fmt
        self.view: RetentionView | None = None
        self.note = note("churnNote")
        self.count = QLabel(objectName="churnCount")
        self.table = CustomerTable(COLUMNS, "churnTable", stretch="reason")
        self.table.open_customer.connect(self.open_customer.emit)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr(
            "Churn risk: the chance a customer does not order again. Repeat buyers are judged "
            "by the BG/NBD model, one-time buyers by how many buyers like them came back. "
            "Customers already churned are left out (see Lifecycle). Double-click a customer "
            "to open them."))
        self.table.retranslate(self.fmt)
        if self.view is not None:
            self._count(self.view)

    def show_view(self, view: RetentionView) -> None:
        self.view = view
        self.table.show_rows(view.churn.rows, view.report.base_currency, self.fmt)
        self._count(view)

    def _count(self, view: RetentionView) -> None:
        self.count.setText(fill(self.tr("Showing %1 of %2 customers"),
                                self.fmt.number(len(view.churn.rows)),
                                self.fmt.number(view.churn.total)))
