"""The Exchange rates window: every currency's rate on a day, refresh, type in, import a CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.services.progress import Cancelled
from seller_desk.services.rates import RateAnswer, RatesService, UpdateOutcome
from seller_desk.services.rates_status import RatesTable
from seller_desk.ui.dialogs.rate_form import RateForm
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.rates_table import SORT_ROLE, RatesModel, day_text, rate_text
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar
from seller_desk.ui.widgets.rates_refresh import outcome_text, refresh_rates
from seller_desk.ui.widgets.task_progress import TaskProgress

GEOMETRY_KEY = "dialogs/rates/geometry"


class RatesDialog(QDialog):
    rates_changed = Signal()

    def __init__(self, runner: TaskRunner, rates: RatesService, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratesDialog")
        self.runner, self.rates, self.fmt = runner, rates, fmt
        self.messages = MessageBar()
        self.summary = QLabel(objectName="ratesSummary", wordWrap=True)
        self.day_label = QLabel()
        self.day = QDateEdit(calendarPopup=True, objectName="ratesDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.load())
        self.today_button = QPushButton()
        self.today_button.clicked.connect(self.show_today)
        self.model = RatesModel(fmt, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="ratesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Until a header is clicked: the service's order, the shop's own currencies first.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.set_rate())
        self.progress = TaskProgress()
        self.refresh_button = QPushButton(objectName="refreshRates")
        self.refresh_button.clicked.connect(self.refresh)
        self.set_button = QPushButton(objectName="setRate")
        self.set_button.clicked.connect(self.set_rate)
        self.import_button = QPushButton(objectName="importRates")
        self.import_button.clicked.connect(self.choose_csv)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.refresh_button, self.set_button, self.import_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addWidget(self.today_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.data: RatesTable | None = None
        self.rate_form: RateForm | None = None
        self._loading = 0
        self.retranslate()
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(980, 560)
        self.load(first=True)

    # -- loading -----------------------------------------------------------------------
    def chosen_day(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    def load(self, first: bool = False) -> None:
        """The table for the chosen day (today's on first opening)."""
        self._loading += 1
        ticket = self._loading
        self.runner.run(self.rates.table, None if first else self.chosen_day(),
                        on_done=lambda table: self._show(table, ticket),
                        on_error=self.messages.show_error)

    def show_today(self) -> None:
        if self.data is not None:
            self._set_day(self.data.status.today)
        self.load()

    def _set_day(self, day: date) -> None:
        self.day.blockSignals(True)  # a date set by the app is not a new choice to load
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.blockSignals(False)

    def _show(self, table: RatesTable, ticket: int) -> None:
        if ticket != self._loading:
            return  # a newer choice of day is on its way
        self.data = table
        self._set_day(table.day)
        self.model.show_lines(table.lines, table.base, table.status.stale_after)
        self.summary.setText(self._summary(table))

    def _summary(self, table: RatesTable) -> str:
        status = table.status
        parts = [fill(self.tr("Units of each currency per 1 %1 (the base currency) and per "
                              "1 EUR, as on %2."), table.base, day_text(self.fmt, table.day))]
        if not status.has_rates:
            parts.append(self.tr("No rates are stored yet: refresh rates."))
        elif status.stale:
            parts.append(fill(self.tr("The newest rates, of %1, are stale (%2 business days "
                                      "old)."), day_text(self.fmt, status.newest_day),
                              status.age_business_days))
        if status.needs_manual:
            parts.append(fill(self.tr("Needs a manual rate (no provider publishes it): %1."),
                              ", ".join(status.needs_manual)))
        waiting = [code for code in status.missing if code not in status.needs_manual]
        if waiting:
            parts.append(fill(self.tr("No rate yet for %1."), ", ".join(waiting)))
        return " ".join(parts)

    # -- refresh -----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.progress.running:
            return
        self.refresh_button.setEnabled(False)
        stop = refresh_rates(self.runner, self.rates, on_done=self._refreshed,
                             on_error=self._refresh_failed, on_progress=self.progress.report)
        self.progress.start(self.tr("Refreshing rates…"), stop.cancel)

    def _refreshed(self, outcome: UpdateOutcome | None) -> None:
        self.progress.finish()
        self.refresh_button.setEnabled(True)
        if outcome is None:
            return
        self.messages.show_info(outcome_text(self.fmt, outcome))
        self._changed(outcome.new + outcome.changed > 0, today=True)

    def _refresh_failed(self, error: KnownError) -> None:
        self.progress.finish()
        self.refresh_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self.messages.show_info(self.tr("Refresh cancelled; the stored rates are "
                                            "unchanged."))
        else:
            self.messages.show_error(error)

    def _changed(self, changed: bool = True, today: bool = False) -> None:
        """Tell the window; a refresh shows today's rates, a typed or imported rate the day
        being looked at."""
        if changed:
            self.rates_changed.emit()
        if today:
            self.show_today()
        else:
            self.load()

    # -- typed-in rates ----------------------------------------------------------------
    def set_rate(self) -> RateForm:
        """The Set rate form, for the selected currency or the first that needs one."""
        currency = self._suggested_currency()
        base = self.data.base if self.data is not None else "EUR"
        per = "EUR" if currency == base else base
        self.rate_form = RateForm(self.runner, self.rates, currency, per, self.chosen_day(),
                                  self)
        self.rate_form.accepted.connect(self._rate_set)
        self.rate_form.open()
        return self.rate_form

    def _suggested_currency(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.lines[self.proxy.mapToSource(rows[0]).row()].currency
        if self.data is not None and self.data.status.needs_manual:
            return self.data.status.needs_manual[0]
        return "USD"

    def _rate_set(self) -> None:
        answer = self.rate_form.result_value if self.rate_form is not None else None
        if isinstance(answer, RateAnswer):
            self.messages.show_info(fill(self.tr("Saved: 1 EUR = %1 on %2 (manual)."),
                                         rate_text(self.fmt, answer.rate, 12),
                                         day_text(self.fmt, answer.day_used)))
        self._changed()

    def choose_csv(self) -> None:
        settings = QSettings()
        folder = str(settings.value("dialogs/rates/folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import rates"), folder, self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            settings.setValue("dialogs/rates/folder", str(Path(path).parent))
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        """Rows of date,currency,rate[,base]; a refusal names the row and what is wrong."""
        self.import_button.setEnabled(False)
        self.runner.run(self.rates.import_manual, path, lane=Lane.WRITE,
                        on_done=self._imported, on_error=self._import_failed)

    def _imported(self, outcome: UpdateOutcome) -> None:
        self.import_button.setEnabled(True)
        self.messages.show_info(outcome_text(self.fmt, outcome))
        self._changed(outcome.new + outcome.changed > 0)

    def _import_failed(self, error: KnownError) -> None:
        self.import_button.setEnabled(True)
        self.messages.show_error(error)

    # -- language and size -------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exchange rates"))
        self.day_label.setText(self.tr("Rates on"))
        self.today_button.setText(self.tr("Today"))
        self.refresh_button.setText(self.tr("Refresh rates"))
        self.refresh_button.setToolTip(self.tr("Fetch the newest rates down the provider "
                                               "chain"))
        self.set_button.setText(self.tr("Set rate…"))
        self.set_button.setToolTip(self.tr("Type in a rate, for a currency no provider "
                                           "publishes or a rate you were charged"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr("A file with the columns date,currency,rate "
                                              "and optionally base (default EUR)"))
        self.progress.retranslate()
        if self.data is not None:
            self.summary.setText(self._summary(self.data))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
