"""The Profit page: contribution margin by listing, market and country over a chosen period."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.services.profit import ProfitReport, ProfitRow, ProfitService
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.labels import country_label
from seller_desk.ui.pages.profit_model import CONTEXT, ProfitTableModel
from seller_desk.ui.tasks import TaskHandle, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar
from seller_desk.ui.widgets.period_choice import PeriodChoice

TABS = (
    ("listing", QT_TRANSLATE_NOOP(CONTEXT, "Listing")),
    ("market", QT_TRANSLATE_NOOP(CONTEXT, "Market")),
    ("country", QT_TRANSLATE_NOOP(CONTEXT, "Country")),
)


class ProfitPage(QWidget):
    def __init__(self, runner: TaskRunner, profit: ProfitService, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.profit, self.fmt = runner, profit, fmt
        self.title = QLabel(objectName="pageTitle")
        self.choice = PeriodChoice("profit", "this_month", 30, self)
        self.period, self.first, self.last = self.choice.widgets()
        self.messages = MessageBar()
        self.tabs = QTabWidget(objectName="profitTabs")
        labels = {"listing": lambda r: r.label, "market": lambda r: r.label,
                  "country": lambda r: country_label(r.key) or self.tr("(no country)")}
        self.models: dict[str, ProfitTableModel] = {}
        self.tables: dict[str, QTableView] = {}
        for key, title in TABS:
            model = ProfitTableModel(fmt, title, labels[key], self)
            self.models[key], self.tables[key] = model, self._table(key, model)
            self.tabs.addTab(self.tables[key], "")
        self.totals = QLabel(objectName="profitTotals")
        self.note = QLabel(objectName="profitNote", wordWrap=True)
        self.report: ProfitReport | None = None
        self.loading = False
        self._generation = 0
        self._pending: TaskHandle | None = None
        self._started = False
        self._build()
        self.choice.changed.connect(self.refresh)
        self.retranslate()

    def _table(self, key: str, model: ProfitTableModel) -> QTableView:
        table = QTableView(objectName=f"profitBy{key.title()}")
        table.setModel(model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(8, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        for widget in self.choice.widgets():
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.messages)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.note)

    # -- life cycle ----------------------------------------------------------------------
    def activate(self) -> None:
        """Work the figures out on first show, so start-up pays only for the page shown."""
        if not self._started:
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        """Ask for the period's figures; an answer to an older question is dropped."""
        if not self._started:
            return
        self._generation += 1
        generation = self._generation
        if self._pending is not None:
            self._pending.cancel()
        self.loading = True
        self.totals.setText(self.tr("Working out the margins…"))
        since, until = self.bounds()
        self._pending = self.runner.run(
            self.profit.report, since, until,
            on_done=lambda report: self._arrived(generation, report),
            on_error=lambda error: self._failed(generation, error))

    def bounds(self) -> tuple[datetime, datetime]:
        return self.choice.bounds()

    def _arrived(self, generation: int, report: ProfitReport) -> None:
        if generation != self._generation:
            return
        self._pending, self.loading, self.report = None, False, report
        self.models["listing"].set_rows(report.by_listing)
        self.models["market"].set_rows(report.by_market)
        self.models["country"].set_rows(report.by_country)
        self._show_totals()

    def _failed(self, generation: int, error: KnownError) -> None:
        if generation == self._generation:
            self._pending, self.loading = None, False
            self.totals.setText("")
            self.messages.show_error(error)

    def _show_totals(self) -> None:
        report = self.report
        if report is None:
            return
        t: ProfitRow = report.totals
        f = self.fmt
        self.totals.setText(fill(
            self.tr("Total: %1 orders · revenue %2 · fees %3 · product cost %4 · shipping %5 · "
                    "returns %6 · margin %7 (%8)"),
            f.number(t.orders), f.money(t.revenue),
            f.money(t.marketplace_fees + t.payment_fees), f.money(t.cost), f.money(t.shipping),
            f.money(t.returns), f.money(t.margin), f.percent(t.margin_ratio)))
        self.totals.setStyleSheet("color: #c62828;" if t.margin.minor < 0 else "")
        notes = []
        if report.uncosted_orders:
            notes.append(fill(self.tr("%1 orders are not costed yet and are left out; they are "
                                      "costed in the background."),
                              f.number(report.uncosted_orders)))
        if report.incomplete_orders:
            notes.append(fill(self.tr("%1 orders lack a product cost (a SKU without a listing, "
                                      "or no exchange rate): their margin counts only the "
                                      "known costs."), f.number(report.incomplete_orders)))
        self.note.setText(" ".join(notes))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Profit"))
        self.choice.retranslate()
        self.tabs.setTabText(0, self.tr("By listing"))
        self.tabs.setTabText(1, self.tr("By market"))
        self.tabs.setTabText(2, self.tr("By country"))
        for model in self.models.values():
            model.retranslate()
        self._show_totals()
