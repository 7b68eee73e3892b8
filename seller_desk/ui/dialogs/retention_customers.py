"""The customers behind a retention figure (a cohort cell, a segment, a stage): who they are,
open one, export them for a win-back mail or record a campaign sent to them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.services.retention.campaigns import CampaignService, CampaignView
from seller_desk.services.retention.lists import CustomerList
from seller_desk.services.retention.report import RetentionReport
from seller_desk.services.retention.winback import WinbackExport, WinbackService
from seller_desk.ui.dialogs.campaign import CampaignDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.retention_table import CustomerTable
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar

COLUMNS = ("name", "email", "country", "orders", "spend", "last_order", "segment", "stage",
           "risk", "clv")


class RetentionCustomersDialog(QDialog):
    """Loads its list with `load` (a service call run off the UI thread) when it opens."""

    open_customer = Signal(int)
    campaign_recorded = Signal(object)

    def __init__(
        self, runner: TaskRunner, load: Callable[[], CustomerList], *, title: str,
        audience: str, report: RetentionReport, fmt: Formatter, winback: WinbackService,
        campaigns: CampaignService, today: date, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retentionCustomers")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.runner, self.fmt = runner, fmt
        self.audience, self.report, self.today = audience, report, today
        self.currency = report.base_currency
        self._winback, self._campaigns = winback, campaigns
        self.customers: CustomerList | None = None
        self.heading = QLabel(title, objectName="sectionTitle")
        self.count = QLabel(objectName="customerCount")
        self.messages = MessageBar()
        self.table = CustomerTable(COLUMNS, "retentionCustomerTable", stretch="email")
        self.table.open_customer.connect(self.open_customer.emit)
        self.export = QPushButton(objectName="exportWinback")
        self.record = QPushButton(objectName="recordCampaign")
        self.export.clicked.connect(self.export_csv)
        self.record.clicked.connect(self.record_campaign)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count)
        self.hint = QLabel(objectName="openHint")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        bottom = QHBoxLayout()
        bottom.addWidget(self.export)
        bottom.addWidget(self.record)
        bottom.addSpacing(12)
        bottom.addWidget(self.hint)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if audience != title:
            layout.addWidget(QLabel(audience, objectName="audience"))
        layout.addWidget(self.messages)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(1180, 640)
        self.retranslate()
        self._set_loaded(False)
        self.runner.run(load, on_done=self.show_list, on_error=self.messages.show_error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Double-click a customer to open them in Customers."))
        self.setWindowTitle(fill(self.tr("Customers: %1"), self.heading.text()))
        self.export.setText(self.tr("Export win-back CSV…"))
        self.export.setToolTip(self.tr(
            "Every customer of this list with an email who has not refused marketing, as a "
            "CSV file for your mailing tool"))
        self.record.setText(self.tr("Record campaign…"))
        self.record.setToolTip(self.tr(
            "Note that you sent these customers a message or an offer, so the app can tell "
            "whether it made them come back"))
        self.table.retranslate(self.fmt)
        if self.customers is None:
            self.count.setText(self.tr("Loading…"))
        else:
            self._show_count(self.customers)

    def _set_loaded(self, loaded: bool) -> None:
        has_rows = loaded and self.customers is not None and self.customers.total > 0
        self.export.setEnabled(has_rows)
        self.record.setEnabled(has_rows)

    def show_list(self, customers: CustomerList) -> None:
        self.customers = customers
        self.table.show_rows(customers.rows, self.currency, self.fmt)
        self._show_count(customers)
        self._set_loaded(True)

    def _show_count(self, customers: CustomerList) -> None:
        shown, total = self.fmt.number(len(customers.rows)), self.fmt.number(customers.total)
        self.count.setText(fill(self.tr("Showing %1 of %2 customers, by spend"), shown, total)
                           if len(customers.rows) < customers.total
                           else fill(self.tr("%1 customers, by spend"), total))

    def ids(self) -> list[int]:
        return [] if self.customers is None else [int(i) for i in self.customers.ids]

    # -- win-back export -----------------------------------------------------------------
    def export_csv(self) -> None:
        settings = QSettings()
        folder = Path(str(settings.value("retention/export_folder", str(Path.home()))))
        safe = "".join(c if c.isalnum() else "-" for c in self.heading.text()).strip("-")
        suggested = folder / f"win-back-{safe.lower() or 'customers'}-{self.today}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export win-back list"),
                                              str(suggested), self.tr("CSV files (*.csv)"))
        if path:
            settings.setValue("retention/export_folder", str(Path(path).parent))
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self.export.setEnabled(False)
        self.runner.run(self._winback.export_csv, self.ids(), path, self.audience, self.report,
                        on_done=lambda done: self._exported(done, path),
                        on_error=self._export_failed, lane=Lane.WRITE)

    def _exported(self, export: WinbackExport, path: Path) -> None:
        self.export.setEnabled(True)
        self.messages.show_info(fill(self.tr(
            "Wrote %1 customers to %2. Left out: %3 without an email, %4 who did not agree "
            "to marketing."), self.fmt.number(export.written), path.name,
            self.fmt.number(export.skipped_no_email), self.fmt.number(export.skipped_no_consent)))

    def _export_failed(self, error: KnownError) -> None:
        self.export.setEnabled(True)
        self.messages.show_error(error)

    # -- campaigns -----------------------------------------------------------------------
    def record_campaign(self) -> None:
        dialog = CampaignDialog(self.runner, self._campaigns, self.ids(), self.audience,
                                self.heading.text(), self.today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            self.campaign_recorded.emit(dialog.result_value)
            view: CampaignView = dialog.result_value
            self.messages.show_info(fill(self.tr(
                "Recorded “%1”: %2 customers targeted, %3 held out for comparison."),
                view.name, self.fmt.number(view.targeted), self.fmt.number(view.held_out)))
