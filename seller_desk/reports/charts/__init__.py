"""Retention charts as matplotlib Figures (no pyplot, no Qt): they render headless and in the
window alike, with what to show under the mouse and what a click selects."""

from __future__ import annotations

from seller_desk.reports.charts.base import Chart, ChartStyle, Pick
from seller_desk.reports.charts.behaviour import (
    repeat_rate_chart,
    second_order_histogram,
    second_order_survival,
)
from seller_desk.reports.charts.cohorts import VARIANTS, cohort_heatmap, retention_curves
from seller_desk.reports.charts.segments import rfm_grid
from seller_desk.reports.charts.stages import lifecycle_chart, stage_flows_chart
from seller_desk.reports.charts.value import clv_distribution, tracking_chart

__all__ = [
    "VARIANTS",
    "Chart",
    "ChartStyle",
    "Pick",
    "clv_distribution",
    "cohort_heatmap",
    "lifecycle_chart",
    "repeat_rate_chart",
    "retention_curves",
    "rfm_grid",
    "second_order_histogram",
    "second_order_survival",
    "stage_flows_chart",
    "tracking_chart",
]
