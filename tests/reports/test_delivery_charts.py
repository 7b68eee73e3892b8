"""Delivery charts build and save headless, show hover texts and translate every text."""

from __future__ import annotations

import pytest
from matplotlib.patches import Rectangle

from seller_desk.reports.charts.base import ChartStyle
from seller_desk.reports.charts.delivery import (
    DeliveryBar,
    carrier_days_chart,
    country_days_chart,
    days_chart,
    reliability_chart,
)
from tests.reports.test_charts import main_axes, saves, texts

STYLE = ChartStyle()
CARRIERS = [
    DeliveryBar("China Post", 120, 100, 14.5, 22.4, 0.82, 0.06),
    DeliveryBar("UPS", 40, 38, 4.0, 6.5, 0.975, 0.025),
    DeliveryBar("Yanwen", 3, 0, None, None, None, 0.0),  # nothing delivered yet
    DeliveryBar("DHL Express", 2, 2, 3.0, 3.5, None, 0.5),  # nothing promised
]


def bars(chart) -> list[tuple[float, float]]:
    return [(round(p.get_y() + p.get_height() / 2, 2), round(p.get_width(), 2))
            for p in main_axes(chart).patches
            if isinstance(p, Rectangle) and p.get_width() > 0 and p.get_height() > 0]


def test_carrier_days_median_over_the_90th_percentile(tmp_path):
    chart = carrier_days_chart(CARRIERS, STYLE)
    ax = main_axes(chart)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["China Post", "UPS", "DHL Express"]
    # Light 90th percentile bars first, the medians drawn over them.
    assert bars(chart) == [(0, 22.4), (1, 6.5), (2, 3.5), (0, 14.5), (1, 4.0), (2, 3.0)]
    shown = texts(chart)
    assert ax.get_title(loc="left") == "Delivery time by carrier"
    assert "14.5 · 22.4 days" in shown and "4.0 · 6.5 days" in shown
    assert "Median" in shown and "90th percentile" in shown and "Days in transit" in shown
    assert chart.hover(ax, 3.0, 1.1) == (
        "UPS: median 4.0 days, 9 in 10 within 6.5 days; 38 of 40 parcels delivered")
    assert chart.hover(ax, 3.0, 1.5) is None  # between two bars
    saves(chart, tmp_path)


def test_country_days_top_by_volume_with_the_count_in_the_note(tmp_path):
    countries = [DeliveryBar(f"C{i:02d}", 100 - i, 90 - i, 5.0 + i, 9.0 + i) for i in range(20)]
    chart = country_days_chart(countries, STYLE)
    ax = main_axes(chart)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names == [f"C{i:02d}" for i in range(15)]
    assert ax.get_title(loc="left") == "Delivery time by destination"
    assert any("The 15 destinations with the most parcels" in t for t in texts(chart))
    saves(chart, tmp_path)


def test_on_time_and_exceptions_side_by_side(tmp_path):
    chart = reliability_chart(CARRIERS, STYLE)
    ax = main_axes(chart)
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "China Post", "UPS", "Yanwen", "DHL Express"]
    shown = texts(chart)
    assert "82.0%" in shown and "6.0%" in shown and "no promised dates" in shown
    assert "On time" in shown and "Exceptions" in shown
    assert [t.get_text() for t in ax.get_xticklabels()][-1] == "100%"
    assert chart.hover(ax, 0.5, 0.8) == (
        "UPS: 97.5% of delivered parcels arrived by the promised day")
    assert chart.hover(ax, 0.5, 1.2) == (
        "UPS: 2.5% of 40 parcels had an exception or a failed delivery")
    assert chart.hover(ax, 0.5, 2.8) == "DHL Express: no delivered parcel had a promised day"
    assert chart.hover(ax, 0.5, 4.0) is None
    saves(chart, tmp_path)


@pytest.mark.parametrize("build", [
    lambda s: carrier_days_chart([], s),
    lambda s: carrier_days_chart([DeliveryBar("Yanwen", 3, 0, None, None)], s),
    lambda s: country_days_chart([], s),
    lambda s: reliability_chart([], s),
    lambda s: days_chart([], s, "Routes", ""),
])
def test_nothing_to_draw_says_so(build, tmp_path):
    chart = build(STYLE)
    assert "No data yet" in texts(chart)
    saves(chart, tmp_path)


def test_every_text_goes_through_the_translator():
    asked: set[tuple[str, str]] = set()

    def translate(context: str, text: str) -> str:
        asked.add((context, text))
        return f"«{text}»"

    style = ChartStyle(translate=translate)
    for chart in (carrier_days_chart(CARRIERS, style), country_days_chart(CARRIERS, style),
                  reliability_chart(CARRIERS, style)):
        title = main_axes(chart).get_title(loc="left")
        assert title.startswith("«") and title.endswith("»"), title
        assert all(t.startswith("«") or not t[0].isalpha() for t in texts(chart)
                   if t not in {b.name for b in CARRIERS}), texts(chart)
    assert ("charts", "90th percentile") in asked
    assert ("charts", "no promised dates") in asked
