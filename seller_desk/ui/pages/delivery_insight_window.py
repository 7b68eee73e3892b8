"""Delivery times in a window: a period, then tabs by carrier, destination and route."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.services.delivery_insight import DeliveryInsight, DeliveryReport
from seller_desk.services.progress import Cancelled
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.delivery_insight import (
    CHARTS,
    SHIPPED,
    SORT_ROLE,
    TABLES,
    DeliveryTableModel,
    InsightView,
    compute_insight,
    rebuild,
)
from seller_desk.ui.pages.retention_compute import chart_style
from seller_desk.ui.pages.retention_layout import ChartRows
from seller_desk.ui.tasks import TaskHandle, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.chart_view import ChartView
from seller_desk.ui.widgets.message_bar import MessageBar
from seller_desk.ui.widgets.period_choice import PeriodChoice

GEOMETRY_KEY = "shipments/deliveryInsightGeometry"
TABLE_ROWS = 10  # a table shows this many rows before it scrolls
TAB_CHARTS = {"carrier": (("deliveryDaysByCarrier",), ("deliveryReliability",)),
              "country": (("deliveryDaysByCountry",),), "route": (("deliveryDaysByRoute",),)}


class DeliveryInsightView(QWidget):
    """The period's tables and charts, worked out off the UI thread; stale answers dropped."""
    # Worked out when first shown and whenever the period changes; each question gets a
    # generation number, and an answer to an older one is thrown away.

    def __init__(self, runner: TaskRunner, insight: DeliveryInsight, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryInsight")
        self.runner, self.insight, self.fmt = runner, insight, fmt
        self.view: InsightView | None = None
        self.loading = False
        self._generation = 0
        self._pending: TaskHandle | None = None
        self._started = False
        self.period_label = QLabel()
        self.choice = PeriodChoice("delivery", "last_90", 89, self)
        self.period, self.first, self.last = self.choice.widgets()
        self.summary = QLabel(objectName="deliverySummary", wordWrap=True)
        self.messages = MessageBar()
        self.charts = {key: ChartView(key) for key in CHARTS}
        for chart in self.charts.values():
            chart.failed.connect(self.messages.show_error)
            chart.saved.connect(self._chart_saved)
        self.models = {name: DeliveryTableModel(fmt, self) for name in TABLES}
        self.tables = {name: self._table(name) for name in TABLES}
        self.tabs = QTabWidget(objectName="deliveryTabs")
        for name in TABLES:
            rows = ChartRows(f"{name}Rows")
            rows.add_widget(self.tables[name])
            for row in TAB_CHARTS[name]:
                rows.add_row(*(self.charts[key] for key in row))
            rows.finish()
            self.tabs.addTab(rows, "")
        top = QHBoxLayout()
        for widget in (self.period_label, *self.choice.widgets()):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.messages)
        layout.addWidget(self.tabs, 1)
        self.choice.changed.connect(self.refresh)
        self.retranslate()

    def _table(self, name: str) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.models[name])
        proxy.setSortRole(SORT_ROLE)
        table = QTableView(objectName=f"{name}Table")
        table.setModel(proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setSortingEnabled(True)
        table.sortByColumn(SHIPPED, Qt.SortOrder.DescendingOrder)
        return table

    # -- life cycle ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:  # nothing is worked out before the window opens
            self._started = True
            self.refresh()

    def bounds(self) -> tuple[datetime, datetime]:
        return self.choice.bounds()

    def refresh(self) -> None:
        if not self._started:
            return
        self._generation += 1
        generation = self._generation
        if self._pending is not None:
            self._pending.cancel()
        self.loading = True
        self.summary.setText(self.tr("Working out the delivery times…"))
        since, until = self.bounds()
        self._pending = self.runner.run(
            compute_insight, self.insight, since, until, chart_style(self.fmt.locale),
            on_done=lambda view: self._arrived(generation, view),
            on_error=lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, view: InsightView) -> None:
        if generation != self._generation:
            return
        self._pending, self.loading, self.view = None, False, view
        for key, chart in self.charts.items():
            chart.set_chart(view.charts[key])
        for name, model in self.models.items():
            model.show_table(view.tables[name])
            self._fit(self.tables[name])
        self._show_summary(view.report)

    def _failed(self, generation: int, error: KnownError) -> None:
        if generation != self._generation:
            return
        self._pending, self.loading = None, False
        self.summary.setText("")
        if not isinstance(error, Cancelled):
            self.messages.show_error(error)

    def _chart_saved(self, path: str) -> None:
        self.messages.show_info(fill(self.tr("Saved the chart to %1."), path))

    # -- figures -------------------------------------------------------------------------
    def _fit(self, table: QTableView) -> None:
        shown = max(1, min(table.model().rowCount(), TABLE_ROWS))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + shown * table.verticalHeader().defaultSectionSize() + 4)

    def _show_summary(self, report: DeliveryReport) -> None:
        total, f = report.overall, self.fmt
        if not total.shipped:
            self.summary.setText(self.tr("No parcels were shipped in this period."))
            return
        days = (self.tr("none delivered yet") if total.median_days is None else fill(
            self.tr("median <b>%1</b> days, nine in ten within %2 days"),
            f.locale.toString(total.median_days, "f", 1),
            f.locale.toString(total.p90_days or 0.0, "f", 1)))
        self.summary.setText(fill(self.tr(
            "%1 parcels shipped, %2 delivered · %3 · %4 on time · %5 had an exception"),
            f.number(total.shipped), f.number(total.delivered), days,
            f.percent(total.on_time_rate), f.percent(total.exception_share)))

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Period"))
        self.choice.retranslate()
        names = {"carrier": (self.tr("By carrier"), self.tr("Carrier")),
                 "country": (self.tr("By destination"), self.tr("Destination")),
                 "route": (self.tr("Routes"), self.tr("Route"))}
        for index, name in enumerate(TABLES):
            self.tabs.setTabText(index, names[name][0])
            self.models[name].set_name_header(names[name][1])
        for chart in self.charts.values():
            chart.retranslate()
        if self.view is not None:
            self._show_summary(self.view.report)
            generation = self._generation
            self.runner.run(rebuild, self.view, chart_style(self.fmt.locale),
                            on_done=lambda view: self._arrived(generation, view),
                            on_error=lambda error: self._failed(generation, error))


class DeliveryInsightWindow(QDialog):
    """The delivery-time insight beside the Shipments page, sized as last left."""

    def __init__(self, runner: TaskRunner, insight: DeliveryInsight, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryInsightWindow")
        self.view = DeliveryInsightView(runner, insight, fmt, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)
        self.resize(1200, 820)
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Delivery times"))
        self.view.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
