"""Delivery times in the window: what is worked out off the UI thread, and the tables' model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from seller_desk.domain.delivery_stats import DeliveryGroup
from seller_desk.services.delivery_insight import DeliveryInsight, DeliveryReport
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.labels import country_label

if TYPE_CHECKING:
    from seller_desk.reports.charts.base import Chart, ChartStyle

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TABLES = ("carrier", "country", "route")
CHARTS = ("deliveryDaysByCarrier", "deliveryReliability", "deliveryDaysByCountry",
          "deliveryDaysByRoute")
NAME, SHIPPED, DELIVERED, MEDIAN, P90, ON_TIME, EXCEPTIONS = range(7)


@dataclass(frozen=True)
class Table:
    """One tab's rows and the name shown for each."""

    groups: tuple[DeliveryGroup, ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class InsightView:
    report: DeliveryReport
    tables: dict[str, Table]
    charts: dict[str, Chart]


def country_name(code: str) -> str:
    # Under the view's tr() context: lupdate files it with the window's other texts.
    return country_label(code) or QCoreApplication.translate("DeliveryInsightView",
                                                             "Unknown country")


def tables_of(report: DeliveryReport) -> dict[str, Table]:
    """The three tables with carriers, countries and routes named in the window's language."""
    def route(key: tuple[str, str]) -> str:
        return f"{report.carrier_name(key[0])} → {country_name(key[1])}"

    return {
        "carrier": Table(report.by_carrier, tuple(report.carrier_name(g.key)
                                                  for g in report.by_carrier)),
        "country": Table(report.by_country, tuple(country_name(g.key)
                                                  for g in report.by_country)),
        "route": Table(report.by_route, tuple(route(g.key) for g in report.by_route)),
    }


def build_charts(tables: dict[str, Table], style: ChartStyle) -> dict[str, Chart]:
    """Every chart of the tables (thread-safe: the builders take a lock)."""
    from seller_desk.reports.charts import delivery as charts  # loads matplotlib

    def bars(table: Table) -> list[charts.DeliveryBar]:
        return [charts.DeliveryBar(name, g.shipped, g.delivered, g.median_days, g.p90_days,
                                   g.on_time_rate, g.exception_share)
                for g, name in zip(table.groups, table.names, strict=True)]

    carriers = bars(tables["carrier"])
    return {
        "deliveryDaysByCarrier": charts.carrier_days_chart(carriers, style),
        "deliveryReliability": charts.reliability_chart(carriers, style),
        "deliveryDaysByCountry": charts.country_days_chart(bars(tables["country"]), style),
        "deliveryDaysByRoute": charts.route_days_chart(bars(tables["route"]), style),
    }


def compute_insight(insight: DeliveryInsight, since: datetime, until: datetime,
                    style: ChartStyle) -> InsightView:
    report = insight.compute(since, until)
    tables = tables_of(report)
    return InsightView(report, tables, build_charts(tables, style))


def rebuild(view: InsightView, style: ChartStyle) -> InsightView:
    """The same figures named and drawn again in the window's (new) language."""
    tables = tables_of(view.report)
    return InsightView(view.report, tables, build_charts(tables, style))


class DeliveryTableModel(QAbstractTableModel):
    """Rows of DeliveryGroup, busiest first; the view sorts through a proxy on SORT_ROLE."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.name_header = ""
        self.table = Table((), ())

    def show_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def set_name_header(self, text: str) -> None:
        self.name_header = text
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.groups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def _days(self, days: float | None) -> str:
        return "–" if days is None else self.fmt.locale.toString(days, "f", 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group, column = self.table.groups[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if column == NAME else RIGHT
        values: Sequence[Any] = (
            self.table.names[index.row()], group.shipped, group.delivered, group.median_days,
            group.p90_days, group.on_time_rate, group.exception_share)
        value = values[column]
        if role == SORT_ROLE:
            return value if value is not None else -1.0  # unknown figures sort below zero
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NAME:
            return value
        if column in (SHIPPED, DELIVERED):
            return self.fmt.number(value)
        if column in (MEDIAN, P90):
            return self._days(value)
        return self.fmt.percent(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                MEDIAN: self.tr("Half the delivered parcels took at most this many days"),
                P90: self.tr("Nine in ten delivered parcels took at most this many days"),
                ON_TIME: self.tr("Delivered parcels that arrived by their promised day"),
                EXCEPTIONS: self.tr("Parcels that ever had an exception or a failed delivery"),
            }.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.name_header, self.tr("Shipped"), self.tr("Delivered"),
                self.tr("Median days"), self.tr("90th percentile"), self.tr("On time"),
                self.tr("Exceptions"))[section]
