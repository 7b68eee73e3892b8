"""Retention charts: they build and save headless, hover and pick say what is under the mouse,
blank cells stay blank, and every text goes through the translator (CJK included)."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
from matplotlib.text import Text

from seller_desk.domain.retention.cohorts import cohort_matrix
from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.retention.holdout import Tracking
from seller_desk.domain.retention.lifecycle import (
    NOT_YET,
    STAGES,
    LifecycleRules,
    Stage,
    StageFlows,
    lifecycle_stages,
    stage_flows,
)
from seller_desk.domain.retention.repeat import repeat_rate_over_time, second_order_times
from seller_desk.domain.retention.rfm import (
    SEGMENTS,
    Segment,
    SegmentTotal,
    grid_counts,
    rfm_scores,
    segment_totals,
)
from seller_desk.domain.retention.survival import kaplan_meier
from seller_desk.reports.charts import (
    Chart,
    ChartStyle,
    Pick,
    clv_distribution,
    cohort_heatmap,
    lifecycle_chart,
    repeat_rate_chart,
    retention_curves,
    rfm_grid,
    second_order_histogram,
    second_order_survival,
    stage_flows_chart,
    tracking_chart,
)
from seller_desk.reports.charts.base import installed_fonts, iso_month


def day(text: str) -> int:
    return int(np.datetime64(text, "D").astype(np.int64))


def month(text: str) -> int:
    return int(np.datetime64(text, "M").astype(np.int64))


AS_OF = day("2026-03-15")
# Cohort 2026-01 = {1, 2, 3}, cohort 2026-02 = {4, 5}; nobody's first order is in March.
SHOP = PurchaseHistory.of(
    customer=[1, 1, 1, 2, 3, 3, 4, 5, 5],
    day=[day("2026-01-05"), day("2026-02-10"), day("2026-03-01"),
         day("2026-01-20"),
         day("2026-01-25"), day("2026-03-03"),
         day("2026-02-14"),
         day("2026-02-20"), day("2026-02-25")],
    value=[1000, 2000, 3000, 4000, 500, 1500, 2500, 800, 1200],
)
STYLE = ChartStyle()


def texts(chart: Chart) -> list[str]:
    """Every text of the figure as drawn (tick labels exist only after a draw)."""
    chart.figure.canvas.draw()
    return [t.get_text() for t in chart.figure.findobj(Text) if t.get_text()]


def main_axes(chart: Chart):
    return chart.figure.axes[0]


def saves(chart: Chart, tmp_path: Path) -> None:
    chart.save(tmp_path / "chart.png", "png")
    chart.save(tmp_path / "chart.svg", "svg")
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "chart.svg").read_bytes()[:500]


def test_style_formats_months_percentages_and_money_with_the_currency_code():
    assert iso_month(month("2026-03")) == "2026-03"
    assert iso_month(month("1969-12")) == "1969-12"
    assert STYLE.percent(0.345) == "34.5%"
    assert STYLE.money(1234.5) == "1,234.50 USD"
    assert ChartStyle(currency="JPY", minor_digits=0).money(1234.5) == "1,234 JPY"


def test_cohort_heatmap_hover_pick_and_blank_future_cells(tmp_path):
    matrix = cohort_matrix(SHOP, AS_OF)
    chart = cohort_heatmap(matrix, "customers", STYLE)
    ax = main_axes(chart)
    # Row 0 = cohort 2026-01 (3 customers); month 1 = February: customer 1 only -> 1/3.
    assert chart.hover(ax, 1.2, -0.1) == "Cohort 2026-01, month 1: 33.3% (1 of 3 customers)"
    # Month 2 = March: customers 1 and 3 -> 2/3.
    assert chart.hover(ax, 2.0, 0.0) == "Cohort 2026-01, month 2: 66.7% (2 of 3 customers)"
    assert chart.pick(ax, 2.0, 0.0) == Pick("cohort", (month("2026-01"), 2))
    # Cohort 2026-02 in month 1 (March): nobody came back -> a real 0%, not a blank.
    assert chart.hover(ax, 1.0, 1.0) == "Cohort 2026-02, month 1: 0.0% (0 of 2 customers)"
    # ... and its month 2 (April) has not happened: blank, nothing to hover or pick.
    assert chart.hover(ax, 2.0, 1.0) is None
    assert chart.pick(ax, 2.0, 1.0) is None
    assert chart.hover(ax, 5.0, 0.0) is None
    assert chart.hover(chart.figure.axes[1], 1.0, 0.0) is None  # the colour bar
    image = ax.images[0].get_array()
    assert image.mask[1, 2] and not image.mask[1, 1]
    assert ax.images[0].get_cmap().get_bad()[3] == 0  # transparent: the background shows
    cells = {(round(t.get_position()[0]), round(t.get_position()[1])): t.get_text()
             for t in ax.texts}
    assert cells[(1, 1)] == "0%" and cells[(0, 0)] == "100%" and (2, 1) not in cells
    saves(chart, tmp_path)


@pytest.mark.parametrize("variant", ["revenue", "cumulative"])
def test_cohort_heatmap_revenue_variants_show_money_per_customer(variant, tmp_path):
    chart = cohort_heatmap(cohort_matrix(SHOP, AS_OF), variant, STYLE)
    ax = main_axes(chart)
    # Cohort 2026-01 in February: customer 1 spent 20.00 over 3 customers -> 6.67 each;
    # cumulative adds January's 10.00 + 40.00 + 5.00 -> (55.00 + 20.00) / 3 = 25.00.
    expected = {"revenue": "Cohort 2026-01, month 1: 6.67 USD per customer (3 customers)",
                "cumulative": "Cohort 2026-01, months 0–1: 25.00 USD per customer (3 customers)"}
    assert chart.hover(ax, 1.0, 0.0) == expected[variant]
    assert chart.hover(ax, 2.0, 1.0) is None
    assert "Per customer (USD)" in texts(chart)
    saves(chart, tmp_path)


def test_cohort_labels_thin_out_in_a_smaller_window_instead_of_overlapping():
    # One new customer a month for three years, each ordering again the month after.
    months = np.arange(np.datetime64("2023-03"), np.datetime64("2026-03"))  # 36 months
    days = months.astype("datetime64[D]").astype(np.int64) + 9
    ids = np.arange(days.size)
    shop = PurchaseHistory.of(np.r_[ids, ids], np.r_[days, days + 31], np.ones(2 * days.size))
    chart = cohort_heatmap(cohort_matrix(shop, AS_OF), "customers", STYLE)
    ax = main_axes(chart)

    def labelled_months() -> list[str]:
        chart.figure.canvas.draw()
        return [t.get_text() for t in ax.get_yticklabels()]

    roomy = labelled_months()
    chart.figure.set_size_inches(6, 3)
    cramped = labelled_months()
    assert len(roomy) == 36 > len(cramped) >= 4
    # A coarser step keeps calendar rhythm: quarters, half years or Januaries.
    assert {int(label[-2:]) for label in cramped} <= {1, 4, 7, 10}


def test_cohort_heatmap_refuses_an_unknown_variant():
    with pytest.raises(ValueError):
        cohort_heatmap(cohort_matrix(SHOP, AS_OF), "orders", STYLE)


def test_retention_curves_hover_the_nearest_line(tmp_path):
    chart = retention_curves(cohort_matrix(SHOP, AS_OF), STYLE)
    ax = main_axes(chart)
    # Month 1: 2026-01 at 1/3, 2026-02 at 0/2; all cohorts pooled (1 + 0) / (3 + 2) = 20%.
    assert chart.hover(ax, 1.1, 0.33) == "Cohort 2026-01, month 1: 33.3%"
    assert chart.hover(ax, 0.9, 0.2) == "All cohorts, month 1: 20.0%"
    assert chart.pick(ax, 1.0, 0.01) == Pick("cohort", (month("2026-02"), 1))
    assert chart.pick(ax, 1.0, 0.2) is None  # the average is no cohort
    assert chart.hover(ax, 1.0, 0.5) is None  # far from every line
    saves(chart, tmp_path)


def test_repeat_rate_chart_hover(tmp_path):
    chart = repeat_rate_chart(repeat_rate_over_time(SHOP, AS_OF), STYLE)
    # End of February: buyers 1-5; second orders by then: customers 1 (Feb 10) and 5 (Feb 25).
    x = month("2026-02") + 0.3
    assert chart.hover(main_axes(chart), x, 0.1) == "2026-02: 40.0% (2 of 5 customers)"
    assert "60.0%" in texts(chart)  # the latest figure (customer 3 came back on March 3)
    saves(chart, tmp_path)


def test_second_order_histogram_bins_the_customers_who_came_back(tmp_path):
    times = second_order_times(SHOP, AS_OF)
    chart = second_order_histogram(times, STYLE)
    ax = main_axes(chart)
    # Came back after 36 (customer 1), 37 (3) and 5 (5) days; 15-day bins.
    assert chart.hover(ax, 40.0, 1.0) == "30–44 days: 2 customers (66.7%)"
    assert chart.hover(ax, 3.0, 0.5) == "0–14 days: 1 customers (33.3%)"
    assert chart.hover(ax, 20.0, 1.5) is None  # above an empty bin
    saves(chart, tmp_path)


def test_second_order_survival_marks_the_median(tmp_path):
    times = second_order_times(SHOP, AS_OF)
    chart = second_order_survival(kaplan_meier(times.days, times.came_back), STYLE)
    # Durations 5, 29 (censored), 36, 37, 54 (censored): S(5) = 4/5, S(36) = 0.8 * 2/3,
    # S(37) = 0.533 * 1/2 = 0.267 -> the median is day 37.
    assert chart.hover(main_axes(chart), 36.5, 0.5) == (
        "Day 36: 53.3% not ordered again yet (3 customers still followed)")
    assert chart.hover(main_axes(chart), 2.0, 0.5) == (
        "Day 2: 100.0% not ordered again yet (5 customers still followed)")
    shown = texts(chart)
    assert "Half have ordered again by day 37" in shown
    assert not any(t.startswith("Long-run level") for t in shown)  # < 20 customers at risk
    saves(chart, tmp_path)


SYNTHETIC_GRID = np.arange(25, dtype=np.int64).reshape(5, 5)
SYNTHETIC_TOTALS = tuple(
    SegmentTotal(s, 10 if s is Segment.CHAMPIONS else 1, 123456 if s is Segment.CHAMPIONS else 0)
    for s in SEGMENTS)


def test_rfm_grid_hover_and_pick_name_the_segment(tmp_path):
    chart = rfm_grid(SYNTHETIC_GRID, SYNTHETIC_TOTALS, STYLE)
    ax = main_axes(chart)
    assert chart.hover(ax, 5.2, 4.9) == (
        "Champions (R 5, FM 5): 24 customers in this cell\n"
        "Segment: 10 customers, 1,234.56 USD spent")
    assert chart.pick(ax, 5.0, 5.0) == Pick("segment", (SEGMENTS.index(Segment.CHAMPIONS),))
    assert chart.pick(ax, 1.0, 5.0) == Pick("segment", (SEGMENTS.index(Segment.CANT_LOSE),))
    assert chart.pick(ax, 1.0, 1.0) == Pick("segment", (SEGMENTS.index(Segment.LOST),))
    assert chart.pick(ax, 2.0, 1.0) == Pick("segment", (SEGMENTS.index(Segment.HIBERNATING),))
    assert chart.hover(ax, 5.6, 3.0) is None
    shown = texts(chart)
    assert "10 customers\n100% of revenue" in shown
    # Every segment named once, each on its own block.
    assert sum(t == "Hibernating" for t in shown) == 1
    saves(chart, tmp_path)


def test_rfm_grid_from_real_scores(tmp_path):
    scores = rfm_scores(SHOP, AS_OF)
    chart = rfm_grid(grid_counts(scores), segment_totals(scores), STYLE)
    shown = texts(chart)
    assert all(name in shown for name in ("Champions", "Lost", "Can't lose them"))
    empty_segments = len(SEGMENTS) - len(set(scores.segment.tolist()))
    assert shown.count("0 customers\n0% of revenue") == empty_segments
    saves(chart, tmp_path)


def test_lifecycle_chart_hover_and_pick_a_stage(tmp_path):
    chart = lifecycle_chart(np.array([3, 2, 0, 1, 4]), STYLE)
    ax = main_axes(chart)
    assert chart.hover(ax, 0.5, 1.1) == "Growing: 2 customers (20.0%)"
    assert chart.pick(ax, 3.0, 4.0) == Pick("stage", (STAGES.index(Stage.CHURNED),))
    assert chart.pick(ax, 1.0, 1.5) is None  # between two bars
    assert "4 (40.0%)" in texts(chart)
    real = lifecycle_chart(lifecycle_stages(SHOP, AS_OF, LifecycleRules()).counts(), STYLE)
    saves(real, tmp_path)


def test_stage_flows_chart_draws_the_largest_moves_between_stages(tmp_path):
    n = len(STAGES)
    counts = np.zeros((3, n + 1, n), dtype=np.int64)
    new, growing, declining = (STAGES.index(s) for s in (Stage.NEW, Stage.GROWING,
                                                         Stage.DECLINING))
    counts[:, new, growing] = [5, 7, 9]
    counts[:, growing, declining] = [1, 0, 2]
    counts[:, growing, growing] = 50  # staying put is no move
    counts[:, NOT_YET, new] = 100  # a first order is an acquisition, not a move
    ends = np.array([day("2026-01-31"), day("2026-02-28"), day("2026-03-31")])
    chart = stage_flows_chart(StageFlows(ends, counts), STYLE)
    ax = main_axes(chart)
    assert [t.get_text() for t in chart.figure.legends[0].get_texts()] == [
        "New → Growing", "Growing → Declining"]
    assert chart.hover(ax, month("2026-02") + 0.2, 7.2) == "2026-02: New → Growing, 7 customers"
    assert chart.hover(ax, month("2026-02"), 30.0) is None
    assert "The last month is not over yet" not in " ".join(texts(chart))
    real = stage_flows_chart(stage_flows(SHOP, AS_OF, LifecycleRules(), months=3), STYLE)
    assert "The last month is not over yet (dashed)." in " ".join(texts(real))
    saves(real, tmp_path)


def test_clv_distribution_marks_median_and_mean(tmp_path):
    chart = clv_distribution(np.array([0.0, 10, 10, 20, 30, 100]), STYLE)
    ax = main_axes(chart)
    # 99th percentile 96.5 over ~30 bins -> 5-wide bins; median 15, mean 170 / 6 = 28.3.
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Median 15 USD", "Mean 28 USD"]
    assert chart.hover(ax, 12.0, 1.0) == "10 USD to 15 USD: 2 customers (33.3%)"
    assert chart.hover(ax, 12.0, 5.0) is None
    saves(chart, tmp_path)


def test_tracking_chart_hover(tmp_path):
    tracking = Tracking(week=np.arange(5.0), actual=np.array([0.0, 1, 3, 6, 10]),
                        predicted=np.array([0.0, 1.2, 2.9, 6.1, 9.5]), calibration_week=2.5)
    chart = tracking_chart(tracking, STYLE)
    assert chart.hover(main_axes(chart), 3.2, 5.0) == "Week 3: 6 actual, 6 predicted"
    assert chart.hover(main_axes(chart), 9.0, 5.0) is None
    assert {"Calibration", "Holdout", "Actual"} <= set(texts(chart))
    saves(chart, tmp_path)


EMPTY_SHOP = PurchaseHistory.of([], [], [])


@pytest.mark.parametrize("build", [
    lambda: cohort_heatmap(cohort_matrix(EMPTY_SHOP, AS_OF), "customers", STYLE),
    lambda: retention_curves(cohort_matrix(EMPTY_SHOP, AS_OF), STYLE),
    lambda: repeat_rate_chart(repeat_rate_over_time(EMPTY_SHOP, AS_OF), STYLE),
    lambda: second_order_histogram(second_order_times(EMPTY_SHOP, AS_OF), STYLE),
    lambda: second_order_survival(kaplan_meier(np.zeros(0, np.int64), np.zeros(0, bool)), STYLE),
    lambda: rfm_grid(np.zeros((5, 5), np.int64), segment_totals(rfm_scores(EMPTY_SHOP, AS_OF)),
                     STYLE),
    lambda: lifecycle_chart(np.zeros(len(STAGES), np.int64), STYLE),
    lambda: stage_flows_chart(stage_flows(EMPTY_SHOP, AS_OF, LifecycleRules(), months=2), STYLE),
    lambda: clv_distribution(np.zeros(0), STYLE),
    lambda: tracking_chart(Tracking(np.zeros(0), np.zeros(0), np.zeros(0), 0.0), STYLE),
])
def test_empty_input_draws_an_empty_axis_saying_so(build, tmp_path):
    chart = build()
    assert "No data yet" in texts(chart)
    assert chart.hover(main_axes(chart), 0.5, 0.5) is None
    assert chart.pick(main_axes(chart), 0.5, 0.5) is None
    saves(chart, tmp_path)


def test_save_to_a_missing_folder_raises_oserror(tmp_path):
    chart = lifecycle_chart(np.array([1, 1, 1, 1, 1]), STYLE)
    with pytest.raises(OSError):
        chart.save(tmp_path / "missing" / "chart.png", "png")


CJK = "Noto Sans CJK SC" in installed_fonts(ChartStyle().fonts)


def every_chart(style: ChartStyle) -> list[Chart]:
    matrix = cohort_matrix(SHOP, AS_OF)
    times = second_order_times(SHOP, AS_OF)
    return [
        cohort_heatmap(matrix, "customers", style),
        retention_curves(matrix, style),
        repeat_rate_chart(repeat_rate_over_time(SHOP, AS_OF), style),
        second_order_histogram(times, style),
        second_order_survival(kaplan_meier(times.days, times.came_back), style),
        rfm_grid(SYNTHETIC_GRID, SYNTHETIC_TOTALS, style),
        lifecycle_chart(np.array([3, 2, 0, 1, 4]), style),
        stage_flows_chart(stage_flows(SHOP, AS_OF, LifecycleRules(), months=3), style),
        clv_distribution(np.array([0.0, 10, 10, 20, 30, 100]), style),
        tracking_chart(Tracking(np.arange(3.0), np.arange(3.0), np.arange(3.0), 1.0), style),
    ]


def test_every_text_goes_through_the_translator(tmp_path):
    asked: set[tuple[str, str]] = set()

    def translate(context: str, text: str) -> str:
        asked.add((context, text))
        return f"«{text}»"

    for chart in every_chart(ChartStyle(translate=translate)):
        shown = texts(chart)
        assert shown[0].startswith("«") or any(t.startswith("«") for t in shown)
        title = chart.figure.axes[0].get_title(loc="left")
        assert title.startswith("«") and title.endswith("»"), title
    # Domain names are translated under the context the domain marked them with.
    assert ("retention", "Champions") in asked and ("retention", "Declining") in asked
    assert ("charts", "Customers ordering again, by month since first order") in asked


def test_a_dollar_sign_is_text_not_a_formula(tmp_path):
    # Parsed as mathtext, the unclosed "{" is a syntax error and would fail the draw.
    style = ChartStyle(translate=lambda context, text: "Save $5 {on orders over $50")
    chart = lifecycle_chart(np.array([1, 2, 3, 4, 5]), style)
    chart.save(tmp_path / "chart.png", "png")
    assert chart.figure.axes[0].get_title(loc="left") == "Save $5 {on orders over $50"


@pytest.mark.skipif(not CJK, reason="no CJK font installed (fonts-noto-cjk)")
def test_chinese_texts_render_without_missing_glyphs(tmp_path):
    def translate(context: str, text: str) -> str:
        return "中文标签：" + text

    style = ChartStyle(translate=translate, month=lambda m: f"{1970 + m // 12}年{m % 12 + 1}月")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" is a UserWarning
        for i, chart in enumerate(every_chart(style)):
            # SVG draws text as paths through the same font fallback: one is enough here.
            fmt = "svg" if i == 5 else "png"
            chart.save(tmp_path / f"chart{i}.{fmt}", fmt)
            # Ticks created while drawing, outside the builder, still carry the CJK fallback.
            tick = chart.figure.axes[0].xaxis.get_major_ticks()[-1].label1
            assert "Noto Sans CJK SC" in tick.get_fontfamily()
