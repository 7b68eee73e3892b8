"""Return insight in the window: a period, the shop's average return rate, the listings far
above it, and the charts (rates by listing, marketplace and country, reasons, costs)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.returns import REASON_LABELS, ReturnReason
from seller_desk.services.return_insight import (
    ReturnInsight,
    ReturnInsightReport,
    ReturnRateRow,
)
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.labels import country_label
from seller_desk.ui.pages.retention_layout import ChartRows, note, section_title
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.period_insight import PeriodInsightView

if TYPE_CHECKING:
    from seller_desk.reports.charts.base import Chart, ChartStyle

CHARTS = ("returnRatesByListing", "returnRatesByMarketplace", "returnRatesByCountry",
          "returnReasons", "returnCosts")
TABLE_ROWS = 8  # the flagged table shows this many rows before it scrolls


@dataclass(frozen=True)
class InsightView:
    report: ReturnInsightReport
    charts: dict[str, Chart]


def reason_label(reason: str) -> str:
    try:
        return QCoreApplication.translate("returns", REASON_LABELS[ReturnReason(reason)])
    except ValueError:
        return reason


def listing_label(key: str, label: str) -> str:
    """A listing's "SKU · title"; items of no listing under their translated name."""
    return label if key else QCoreApplication.translate("returns", label)


def build_charts(report: ReturnInsightReport, style: ChartStyle) -> dict[str, Chart]:
    """Every chart of the report, names translated (thread-safe: builders take a lock)."""
    from seller_desk.reports.charts import returns as charts  # loads matplotlib

    style = replace(style, currency=report.currency, minor_digits=minor_digits(report.currency))
    average = report.shop_rate

    def bars(rows: Sequence[ReturnRateRow], name: Callable[[ReturnRateRow], str]
             ) -> list[charts.RateBar]:
        return [charts.RateBar(name(r), r.returned, r.sold, r.flagged) for r in rows]

    return {
        "returnRatesByListing": charts.listing_rates_chart(
            bars(report.by_listing, lambda r: listing_label(r.key, r.label)), average, style),
        "returnRatesByMarketplace": charts.marketplace_rates_chart(
            bars(report.by_account, lambda r: r.label), average, style),
        "returnRatesByCountry": charts.country_rates_chart(
            bars(report.by_country, lambda r: country_label(r.key) or r.key or "–"), average,
            style),
        "returnReasons": charts.reasons_chart(
            [charts.ReasonBar(reason_label(r.reason), r.requests) for r in report.by_reason],
            style),
        "returnCosts": charts.costs_chart(
            [charts.MonthCostBar(m.month, m.refunds.minor, m.return_shipping.minor, m.requests)
             for m in report.costs], style),
    }


def compute_insight(insight: ReturnInsight, since: datetime, until: datetime,
                    style: ChartStyle) -> InsightView:
    report = insight.report(since, until)
    return InsightView(report, build_charts(report, style))


def rebuild_charts(view: InsightView, style: ChartStyle) -> InsightView:
    return InsightView(view.report, build_charts(view.report, style))


class ReturnsInsightView(PeriodInsightView):
    """The shop's return rate, the listings far above it and the charts, for a period."""

    def __init__(self, runner: TaskRunner, insight: ReturnInsight, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, fmt, "insight", CHARTS, parent)
        self.setObjectName("returnsInsight")
        self.insight = insight
        self.average = self.status
        self.average.setObjectName("insightAverage")
        self.flagged_title = section_title("flaggedTitle")
        self.flagged = QTableWidget(0, 5, objectName="flaggedListings")
        self._set_up_table()
        self.flagged_note = note("flaggedNote")
        self.rows = ChartRows("insightCharts")
        for widget in (self.average, self.flagged_title, self.flagged, self.flagged_note):
            self.rows.add_widget(widget)
        self.rows.add_row(self.charts["returnRatesByListing"])
        self.rows.add_row(self.charts["returnRatesByMarketplace"],
                          self.charts["returnRatesByCountry"])
        self.rows.add_row(self.charts["returnReasons"], self.charts["returnCosts"])
        self.rows.finish()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.period_row())
        layout.addWidget(self.messages)
        layout.addWidget(self.rows, 1)
        self.retranslate()

    def compute(self, since: datetime, until: datetime, style: ChartStyle) -> InsightView:
        return compute_insight(self.insight, since, until, style)

    def rebuild(self, view: InsightView, style: ChartStyle) -> InsightView:
        return rebuild_charts(view, style)

    def working_text(self) -> str:
        return self.tr("Working out the return rates…")

    def show_view(self, view: InsightView) -> None:
        self._show_figures()

    def _set_up_table(self) -> None:
        table = self.flagged
        view = QAbstractItemView
        table.setSelectionBehavior(view.SelectionBehavior.SelectRows)
        table.setEditTriggers(view.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- figures -------------------------------------------------------------------------
    def _show_figures(self) -> None:
        if self.view is None:
            return
        report, f = self.view.report, self.fmt
        if report.shop_rate is None:
            self.average.setText(fill(self.tr(
                "No units sold in this period, so there is no return rate yet; %1 return "
                "requests were made."), f.number(report.requests)))
        else:
            self.average.setText(fill(self.tr(
                "Shop average return rate: <b>%1</b> (%2 of %3 units sold asked back) · %4 "
                "requests · returns cost %5"), f.percent(report.shop_rate),
                f.number(report.returned_units), f.number(report.sold_units),
                f.number(report.requests), f.money(report.total_cost)))
        self._fill_table(report)

    def _fill_table(self, report: ReturnInsightReport) -> None:
        rows = report.flagged
        self.flagged.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, row in enumerate(rows):
            times = (row.rate or 0.0) / report.shop_rate if report.shop_rate else 0.0
            cells = (listing_label(row.key, row.label), self.fmt.number(row.sold),
                     self.fmt.number(row.returned), self.fmt.percent(row.rate),
                     fill(self.tr("%1×"), self.fmt.locale.toString(times, "f", 1)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)
                self.flagged.setItem(i, column, item)
        header = self.flagged.horizontalHeader().height()
        shown = max(1, min(len(rows), TABLE_ROWS))
        self.flagged.setFixedHeight(header + shown * self.flagged.verticalHeader()
                                    .defaultSectionSize() + 4)
        self.flagged.setVisible(bool(rows))
        self.flagged_note.setText(self.tr(
            "Flagged: at least twice the shop's average, 3 or more units asked back, and more "
            "than chance would explain (one-sided binomial test, p < 0.05).") if rows else
            self.tr("No listing comes back far more often than the shop's average."))

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.flagged_title.setText(self.tr("Listings returned far more often than the others"))
        self.flagged.setHorizontalHeaderLabels([
            self.tr("Listing"), self.tr("Units sold"), self.tr("Units back"),
            self.tr("Return rate"), self.tr("Times the average")])
        super().retranslate()
