"""Return charts: rates with the shop average and flagged bars, reasons, costs per month; they
build and save headless, say what is under the mouse and translate every text."""

from __future__ import annotations

import warnings

import pytest
from matplotlib.patches import Rectangle

from seller_desk.reports.charts.base import ChartStyle, installed_fonts
from seller_desk.reports.charts.returns import (
    MonthCostBar,
    RateBar,
    ReasonBar,
    costs_chart,
    country_rates_chart,
    listing_rates_chart,
    marketplace_rates_chart,
    month_number,
    reasons_chart,
    short,
)
from tests.reports.test_charts import main_axes, saves, texts

STYLE = ChartStyle()
LISTINGS = [
    RateBar("CARD · Card set", 1, 100),
    RateBar("VASE · Blue vase", 8, 30, flagged=True),
    RateBar("LAMP-RED · Red paper lamp", 2, 4),
    RateBar("MUG-01 · Celadon mug", 0, 2),
    RateBar("GONE · Sold before the period", 2, 0),  # no sales: no rate to draw
]
REASONS = [ReasonBar("Changed mind", 1), ReasonBar("Damaged", 8), ReasonBar("Other", 0),
           ReasonBar("Size or fit", 2)]
COSTS = [MonthCostBar("2026-09", 0, 0, 1), MonthCostBar("2026-10", 0, 0, 0),
         MonthCostBar("2026-11", 2000, 450, 10)]


def bar_colours(chart) -> list[str]:
    from matplotlib.colors import to_hex

    return [to_hex(p.get_facecolor()) for p in main_axes(chart).patches
            if isinstance(p, Rectangle) and p.get_width() > 0 and p.get_height() > 0]


def test_listing_rates_highest_first_flagged_in_red_with_the_average(tmp_path):
    chart = listing_rates_chart(LISTINGS, 11 / 136, STYLE, top=3)
    ax = main_axes(chart)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names == ["LAMP-RED · Red paper lamp", "VASE · Blue vase", "CARD · Card set"]
    assert bar_colours(chart)[:3] == ["#2f6fb5", "#c8414b", "#2f6fb5"]
    shown = texts(chart)
    assert "26.7% (8 of 30)" in shown and "50.0% (2 of 4)" in shown
    assert "Shop average 8.1%" in shown and "Far above the average" in shown
    assert any("The 3 listings with the highest" in t for t in shown)
    assert chart.hover(ax, 0.1, 1.1) == "VASE · Blue vase: 26.7%, 8 of 30 units"
    assert chart.hover(ax, 0.1, 1.5) is None  # between two bars
    saves(chart, tmp_path)


def test_market_and_country_rates_keep_zero_rates_and_long_names_are_cut(tmp_path):
    long_name = "A very long marketplace account name that goes on and on"
    chart = marketplace_rates_chart([RateBar(long_name, 0, 10), RateBar("Etsy", 9, 32)], None,
                                    STYLE)
    names = [t.get_text() for t in main_axes(chart).get_yticklabels()]
    assert names == ["Etsy", short(long_name)] and names[1].endswith("…")
    assert len(names[1]) <= 38
    assert not any(t.startswith("Shop average") for t in texts(chart))
    saves(chart, tmp_path)
    country = country_rates_chart([RateBar("DE · Germany", 1, 3), RateBar("US", 9, 32)], 0.1,
                                  STYLE)
    assert main_axes(country).get_title(loc="left") == "Return rate by country"
    saves(country, tmp_path)


def test_reasons_most_first_with_shares(tmp_path):
    chart = reasons_chart(REASONS, STYLE)
    ax = main_axes(chart)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Damaged", "Size or fit",
                                                            "Changed mind"]
    assert "8 (72.7%)" in texts(chart)
    assert chart.hover(ax, 1.0, 2.0) == "Changed mind: 1 requests (9.1%)"
    saves(chart, tmp_path)


def test_costs_stack_refunds_and_shipping_per_month(tmp_path):
    chart = costs_chart(COSTS, STYLE)
    ax = main_axes(chart)
    november = month_number("2026-11")
    bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_height() > 0]
    assert [(round(p.get_y(), 2), round(p.get_height(), 2)) for p in bars] == [
        (0.0, 20.0), (20.0, 4.5)]
    assert chart.hover(ax, november + 0.1, 3.0) == (
        "2026-11: 24.50 USD (20.00 USD refunds, 4.50 USD return shipping), 10 requests")
    assert chart.hover(ax, november - 0.5, 3.0) is None
    shown = texts(chart)
    assert "Refunds" in shown and "Return shipping" in shown and "Cost (USD)" in shown
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2026-09", "2026-10", "2026-11"]
    yen = costs_chart([MonthCostBar("2026-11", 1500, 0, 2)],
                      ChartStyle(currency="JPY", minor_digits=0))
    assert yen.hover(main_axes(yen), month_number("2026-11"), 1.0).startswith(
        "2026-11: 1,500 JPY")
    saves(chart, tmp_path)


@pytest.mark.parametrize("build", [
    lambda s: listing_rates_chart([RateBar("X", 3, 0)], 0.1, s),
    lambda s: marketplace_rates_chart([], None, s),
    lambda s: reasons_chart([ReasonBar("Damaged", 0)], s),
    lambda s: costs_chart([], s),
])
def test_nothing_to_draw_says_so(build, tmp_path):
    chart = build(STYLE)
    assert "No data yet" in texts(chart)
    saves(chart, tmp_path)


def every_chart(style: ChartStyle) -> list:
    return [listing_rates_chart(LISTINGS, 0.08, style),
            marketplace_rates_chart(LISTINGS[:2], 0.08, style),
            country_rates_chart(LISTINGS[:3], None, style),
            reasons_chart(REASONS, style), costs_chart(COSTS, style)]


def test_every_text_goes_through_the_translator():
    asked: set[tuple[str, str]] = set()

    def translate(context: str, text: str) -> str:
        asked.add((context, text))
        return f"«{text}»"

    for chart in every_chart(ChartStyle(translate=translate)):
        title = main_axes(chart).get_title(loc="left")
        assert title.startswith("«") and title.endswith("»"), title
    assert ("charts", "Far above the average") in asked
    assert ("charts", "Return shipping") in asked


@pytest.mark.skipif("Noto Sans CJK SC" not in installed_fonts(ChartStyle().fonts),
                    reason="no CJK font installed (fonts-noto-cjk)")
def test_chinese_names_render_without_missing_glyphs(tmp_path):
    style = ChartStyle(translate=lambda context, text: "退货：" + text,
                       month=lambda m: f"{1970 + m // 12}年{m % 12 + 1}月")
    names = [RateBar("花瓶 · 青瓷花瓶", 8, 30, True), RateBar("台灯", 1, 10)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" is a UserWarning
        charts = [listing_rates_chart(names, 0.1, style),
                  reasons_chart([ReasonBar("损坏", 3)], style), costs_chart(COSTS, style)]
        for i, chart in enumerate(charts):
            chart.save(tmp_path / f"chart{i}.png", "png")
