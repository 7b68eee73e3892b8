"""Delivery times in a window: a period, then tabs by carrier, destination and route."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seller_desk.services.delivery_insight import DeliveryInsight, DeliveryReport
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
from seller_desk.ui.pages.retention_layout import ChartRows
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.period_insight import InsightWindow, PeriodInsightView

if TYPE_CHECKING:
    from seller_desk.reports.charts.base import ChartStyle

TABLE_ROWS = 10  # a table shows this many rows before it scrolls
TAB_CHARTS = {"carrier": (("deliveryDaysByCarrier",), ("deliveryReliability",)),
              "country": (("deliveryDaysByCountry",),), "route": (("deliveryDaysByRoute",),)}


class DeliveryInsightView(PeriodInsightView):
    """The period's tables and charts by carrier, destination and route."""

    def __init__(self, runner: TaskRunner, insight: DeliveryInsight, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, fmt, "delivery", CHARTS, parent)
        self.setObjectName("deliveryInsight")
        self.insight = insight
        self.summary = self.status
        self.summary.setObjectName("deliverySummary")
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.period_row())
        layout.addWidget(self.summary)
        layout.addWidget(self.messages)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def compute(self, since: datetime, until: datetime, style: ChartStyle) -> InsightView:
        return compute_insight(self.insight, since, until, style)

    def rebuild(self, view: InsightView, style: ChartStyle) -> InsightView:
        return rebuild(view, style)

    def working_text(self) -> str:
        return self.tr("Working out the delivery times…")

    def show_view(self, view: InsightView) -> None:
        for name, model in self.models.items():
            model.show_table(view.tables[name])
            self._fit(self.tables[name])
        self._show_summary(view.report)

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
        names = {"carrier": (self.tr("By carrier"), self.tr("Carrier")),
                 "country": (self.tr("By destination"), self.tr("Destination")),
                 "route": (self.tr("Routes"), self.tr("Route"))}
        for index, name in enumerate(TABLES):
            self.tabs.setTabText(index, names[name][0])
            self.models[name].set_name_header(names[name][1])
        super().retranslate()


class DeliveryInsightWindow(InsightWindow):
    """The delivery-time insight beside the Shipments page, sized as last left."""

    geometry_key = "shipments/deliveryInsightGeometry"

    def __init__(self, runner: TaskRunner, insight: DeliveryInsight, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(DeliveryInsightView(runner, insight, fmt), parent)
        self.setObjectName("deliveryInsightWindow")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Delivery times"))
        self.view.retranslate()
