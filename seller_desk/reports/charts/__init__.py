"""Retention charts as matplotlib Figures (no pyplot, no Qt): they render headless and in the
window alike, with what to show under the mouse and what a click selects."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from seller_desk.reports.charts.kinds import VARIANTS, Pick

# Builders load matplotlib; they are imported when first used, so the window starts without it.
_HOME = {
    "Chart": "base", "ChartStyle": "base",
    "repeat_rate_chart": "behaviour", "second_order_histogram": "behaviour",
    "second_order_survival": "behaviour",
    "cohort_heatmap": "cohorts", "retention_curves": "cohorts",
    "rfm_grid": "segments",
    "lifecycle_chart": "stages", "stage_flows_chart": "stages",
    "clv_distribution": "value", "tracking_chart": "value",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(name)
    return getattr(import_module(f"seller_desk.reports.charts.{home}"), name)


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
