"""What the Retention page computes off the UI thread: the report, its headline figures, the
customer lists and every chart, handed back together as plain data."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale

from seller_desk.domain.retention.history import Ints
from seller_desk.domain.retention.lifecycle import STAGES, Stage
from seller_desk.reports import charts as builders
from seller_desk.reports.charts.kinds import VARIANTS, Pick
from seller_desk.services.progress import Job
from seller_desk.services.retention.filters import RetentionFilter
from seller_desk.services.retention.lists import CustomerList
from seller_desk.services.retention.report import RetentionReport
from seller_desk.services.retention.service import (
    ModelQuality,
    RetentionService,
    cohort_cell,
    segment_members,
    stage_members,
)
from seller_desk.ui.formatting import Formatter

if TYPE_CHECKING:
    from seller_desk.reports.charts.base import Chart, ChartStyle

CHURN_ROWS = 1000
TOP_VALUE_ROWS = 100


@dataclass(frozen=True)
class Headline:
    """The Overview's cards."""

    customers: int
    orders: int
    repeaters: int
    repeat_rate: float | None
    median_days_to_second: float | None  # among customers who came back
    revenue_minor: int
    unknown_revenue_minor: int
    average_clv_minor: int | None
    clv_months: int
    margin: float
    margin_measured: bool


@dataclass(frozen=True)
class RetentionView:
    report: RetentionReport
    headline: Headline
    charts: dict[str, Chart]
    churn: CustomerList
    top_value: CustomerList


def chart_style(locale: QLocale) -> ChartStyle:
    """Texts through the window's translator; numbers and months in `locale` (a copy, so the
    worker thread formats with it alone)."""
    fmt = Formatter(QLocale(locale))

    def number(value: float, decimals: int) -> str:
        if not math.isfinite(value):
            return "–"
        return fmt.locale.toString(float(value), "f", decimals)

    def month(index: int) -> str:
        year, month0 = divmod(int(index), 12)
        return fmt.month(date(1970 + year, month0 + 1, 1))

    return builders.ChartStyle(translate=QCoreApplication.translate, number=number, month=month)


def build_charts(report: RetentionReport, style: ChartStyle) -> dict[str, Chart]:
    """Every chart of the report (thread-safe: the builders take their own lock)."""
    style = replace(style, currency=report.base_currency, minor_digits=report.minor_digits)
    charts = {f"cohorts_{v}": builders.cohort_heatmap(report.cohorts, v, style) for v in VARIANTS}
    charts.update(
        curves=builders.retention_curves(report.cohorts, style),
        repeat=builders.repeat_rate_chart(report.repeat, style),
        gaps=builders.second_order_histogram(report.second_order, style),
        survival=builders.second_order_survival(report.survival, style),
        rfm=builders.rfm_grid(report.grid, report.segments, style),
        stages=builders.lifecycle_chart(report.lifecycle.counts(), style),
        flows=builders.stage_flows_chart(report.flows, style),
        clv=builders.clv_distribution(report.fit.clv, style),
        # A figure draws in one view only: the Overview has its own copies.
        overview_repeat=builders.repeat_rate_chart(report.repeat, style),
        overview_curves=builders.retention_curves(report.cohorts, style),
    )
    return charts


def headline(report: RetentionReport) -> Headline:
    second = report.second_order
    back = second.days[second.came_back]
    clv = report.fit.clv
    known = clv[~np.isnan(clv)] if clv.size else clv
    scale = 10**report.minor_digits
    return Headline(
        customers=report.customers,
        orders=report.orders,
        repeaters=report.repeaters,
        repeat_rate=report.repeat_rate if report.customers else None,
        median_days_to_second=float(np.median(back)) if back.size else None,
        revenue_minor=report.revenue_minor,
        unknown_revenue_minor=report.unknown_revenue_minor,
        average_clv_minor=round(float(known.mean()) * scale) if known.size else None,
        clv_months=report.fit.terms.months,
        margin=report.fit.terms.margin,
        margin_measured=report.margin_measured,
    )


def compute_view(job: Job, service: RetentionService, chosen: RetentionFilter, as_of: date,
                 style: ChartStyle) -> RetentionView:
    report = service.report(chosen, as_of, job)
    job.check()
    everyone = report.summary.customer
    # Customers still to be won back, riskiest first: those already churned would fill the list
    # with people gone for years (Lifecycle → Churned lists them).
    churned = STAGES.index(Stage.CHURNED)
    churn = service.customer_list(report, everyone[report.lifecycle.stage != churned], "risk",
                                  CHURN_ROWS)
    top_value = service.customer_list(report, everyone, "clv", TOP_VALUE_ROWS)
    job.check()
    return RetentionView(report, headline(report), build_charts(report, style), churn, top_value)


def rebuild(view: RetentionView, style: ChartStyle) -> RetentionView:
    """The same figures with charts in the current language."""
    return replace(view, charts=build_charts(view.report, style))


@dataclass(frozen=True)
class QualityView:
    quality: ModelQuality
    chart: Chart | None


def compute_quality(job: Job, service: RetentionService, calibration_end: date,
                    chosen: RetentionFilter, as_of: date, style: ChartStyle,
                    currency: str, minor_digits: int) -> QualityView:
    quality = service.quality(calibration_end, chosen, as_of, job)
    chart = None
    if quality.holdout is not None:
        chart = builders.tracking_chart(quality.holdout.tracking,
                               replace(style, currency=currency, minor_digits=minor_digits))
    return QualityView(quality, chart)


def members(report: RetentionReport, pick: Pick) -> Ints:
    """The customers behind a clicked cohort cell, segment or stage."""
    if pick.kind == "cohort":
        month, k = pick.key
        return cohort_cell(report, month, k)
    if pick.kind == "segment":
        return segment_members(report, pick.key[0])
    if pick.kind == "stage":
        return stage_members(report, pick.key[0])
    raise ValueError(pick.kind)


def members_list(service: RetentionService, report: RetentionReport, pick: Pick,
                 limit: int) -> CustomerList:
    return service.customer_list(report, members(report, pick), "spend", limit)
