"""Cohort charts: the retention/revenue heatmap and the retention curves of recent cohorts."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap, Normalize
from matplotlib.ticker import FuncFormatter

from seller_desk.domain.retention.cohorts import CohortMatrix
from seller_desk.domain.retention.history import Floats
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.reports.charts.base import (
    BLUE,
    ORANGE,
    Chart,
    ChartStyle,
    Pick,
    contrast,
    drawing,
    empty,
    finish,
    heading,
    new_figure,
    tidy,
)
from seller_desk.reports.charts.kinds import VARIANTS
from seller_desk.reports.charts.ticks import SpacedLocator, number_axis, percent_axis

TITLES = {
    "customers": QT_TRANSLATE_NOOP(
        "charts", "Customers ordering again, by month since first order"),
    "revenue": QT_TRANSLATE_NOOP(
        "charts", "Revenue per cohort customer, by month since first order"),
    "cumulative": QT_TRANSLATE_NOOP("charts", "Cumulative revenue per cohort customer"),
}
SCALES = {
    "customers": QT_TRANSLATE_NOOP("charts", "Share of the cohort"),
    "revenue": QT_TRANSLATE_NOOP("charts", "Per customer ({currency})"),
    "cumulative": QT_TRANSLATE_NOOP("charts", "Per customer ({currency})"),
}
HOVERS = {
    "customers": QT_TRANSLATE_NOOP(
        "charts", "Cohort {cohort}, month {month}: {percent} ({active} of {size} customers)"),
    "revenue": QT_TRANSLATE_NOOP(
        "charts", "Cohort {cohort}, month {month}: {amount} per customer ({size} customers)"),
    "cumulative": QT_TRANSLATE_NOOP(
        "charts", "Cohort {cohort}, months 0–{month}: {amount} per customer ({size} customers)"),
}
COHORT_AXIS = QT_TRANSLATE_NOOP("charts", "Cohort (month of first order)")
MONTH_AXIS = QT_TRANSLATE_NOOP("charts", "Months since first order")
BLANK_NOTE = QT_TRANSLATE_NOOP("charts", "Blank cells: months that have not happened yet.")
CURVES_TITLE = QT_TRANSLATE_NOOP("charts", "Retention curves of recent cohorts")
CURVES_NOTE = QT_TRANSLATE_NOOP(
    "charts", "Month 0, the month of the first order (100%), is left out.")
CURVES_AXIS = QT_TRANSLATE_NOOP("charts", "Customers ordering in the month")
COHORT_LINES = QT_TRANSLATE_NOOP("charts", "Each of the last {count} cohorts")
AVERAGE_LINE = QT_TRANSLATE_NOOP("charts", "All cohorts, weighted by size")
CURVE_HOVER = QT_TRANSLATE_NOOP("charts", "Cohort {cohort}, month {month}: {percent}")
AVERAGE_HOVER = QT_TRANSLATE_NOOP("charts", "All cohorts, month {month}: {percent}")

SHADES = LinearSegmentedColormap.from_list("cohorts", ["#f3f7fc", "#9cc0e6", BLUE, "#15345e"])
assert tuple(TITLES) == VARIANTS  # one title per variant, in the same order


def _values(matrix: CohortMatrix, variant: str, style: ChartStyle) -> Floats:
    if variant == "customers":
        return matrix.retention()
    per_customer = (matrix.revenue_per_customer() if variant == "revenue"
                    else matrix.cumulative_revenue_per_customer())
    return per_customer / 10**style.minor_digits


def _colour_top(values: Floats, variant: str) -> float:
    """The value shown darkest. Month 0 (everyone buys) would wash out the months that matter,
    so the scale follows the later months and month 0 simply shows the darkest colour."""
    if variant == "cumulative":
        top = float(np.nanmax(values))
        return top if top > 0 else 1.0
    later = values[:, 1:]
    seen = later[~np.isnan(later)]
    if not seen.size:
        seen = values[~np.isnan(values)]
    # The 99th percentile: one tiny cohort's lucky month must not pale every other cell.
    top = float(np.percentile(seen, 99))
    return top if top > 0 else 1.0


def cohort_heatmap(matrix: CohortMatrix, variant: str, style: ChartStyle) -> Chart:
    """Cohorts (rows, oldest on top) by months since first order; variant "customers" (share
    ordering in the month), "revenue" (per cohort customer) or "cumulative"."""
    if variant not in TITLES:
        raise ValueError(variant)
    title = style.text(TITLES[variant])
    rows = int(matrix.months.size)
    if not rows:
        return empty(style, title)
    values = _values(matrix, variant, style)
    cols = values.shape[1]
    height = float(np.clip(1.7 + 0.22 * rows, 4.2, 9.5))
    with drawing(style):
        figure = new_figure(9.0, height)
        ax = figure.add_subplot()
        heading(ax, style, title, style.text(BLANK_NOTE))
        norm = Normalize(0.0, _colour_top(values, variant), clip=False)
        image = ax.imshow(np.ma.masked_invalid(values), cmap=SHADES.with_extremes(bad=(0, 0, 0, 0)),
                          norm=norm, aspect="auto", interpolation="nearest")
        for spine in ax.spines.values():
            spine.set_visible(False)
        # Thin white seams between cells read as a table, not as a blur.
        ax.hlines(np.arange(0.5, rows - 1), -0.5, cols - 0.5, color="white", linewidth=0.6)
        ax.vlines(np.arange(0.5, cols - 1), -0.5, rows - 0.5, color="white", linewidth=0.6)
        ax.tick_params(length=0, pad=4)
        _ticks(ax, matrix, style)
        ax.set_xlabel(style.text(MONTH_AXIS))
        ax.set_ylabel(style.text(COHORT_AXIS))
        # The arrow on top says that some cells lie beyond the scale (shown darkest).
        bar = figure.colorbar(image, ax=ax, fraction=0.035, pad=0.015, aspect=25, shrink=0.8,
                              extend="max" if np.nanmax(values) > norm.vmax else "neither",
                              extendfrac=0.03)
        bar.outline.set_visible(False)
        bar.ax.tick_params(length=0)
        (percent_axis if variant == "customers" else number_axis)(bar.ax.yaxis, style)
        bar.set_label(style.text(SCALES[variant], currency=style.currency))
        if rows <= 24:
            _annotate(ax, values, variant, norm, style, 9.0, height)

        def cell(ax_: Axes, x: float, y: float) -> tuple[int, int] | None:
            if ax_ is not ax:
                return None
            c, k = round(y), round(x)
            if not (0 <= c < rows and 0 <= k < cols) or np.isnan(values[c, k]):
                return None
            return c, k

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            found = cell(ax_, x, y)
            if found is None:
                return None
            c, k = found
            return style.text(
                HOVERS[variant], cohort=style.month(int(matrix.months[c])), month=k,
                percent=style.percent(values[c, k]), active=style.count(matrix.active[c, k]),
                size=style.count(matrix.sizes[c]), amount=style.money(values[c, k]))

        def pick(ax_: Axes, x: float, y: float) -> Pick | None:
            found = cell(ax_, x, y)
            return None if found is None else Pick("cohort", (int(matrix.months[found[0]]),
                                                              found[1]))

        return finish(figure, style, hover=hover, pick=pick)


def _ticks(ax: Axes, matrix: CohortMatrix, style: ChartStyle) -> None:
    months = [int(m) for m in matrix.months]
    ax.yaxis.set_major_locator(SpacedLocator(12, months))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: style.month(months[round(v)])))
    ax.xaxis.set_major_locator(SpacedLocator(22))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: style.count(v)))


def _annotate(ax: Axes, values: Floats, variant: str, norm: Normalize, style: ChartStyle,
              width: float, height: float) -> None:
    """Write each cell's value when cells are large enough to hold it legibly."""
    rows, cols = values.shape
    cells = np.argwhere(~np.isnan(values))
    if variant == "customers":
        texts = {(c, k): style.percent(values[c, k], 0) for c, k in cells}
    else:
        decimals = 0 if np.nanmax(values) >= 100 else 1
        texts = {(c, k): style.number(values[c, k], decimals) for c, k in cells}
    longest = max((len(t) for t in texts.values()), default=1)
    cell_w = (width - 2.2) * 72 / cols
    cell_h = (height - 1.6) * 72 / rows
    size = min(8.0, cell_w / (0.62 * longest), cell_h * 0.62)
    if size < 5.5:
        return
    for (c, k), text in texts.items():
        ax.text(k, c, text, ha="center", va="center", fontsize=size,
                color=contrast(SHADES(norm(values[c, k]))))


def retention_curves(matrix: CohortMatrix, style: ChartStyle, last: int = 12) -> Chart:
    """Share of each of the last `last` cohorts ordering in month k (thin lines) and the
    size-weighted average of all cohorts (bold), from month 1 to the oldest shown cohort's last."""
    title = style.text(CURVES_TITLE)
    retention = matrix.retention()
    rows = retention.shape[0]
    shown = [c for c in range(max(0, rows - last), rows)
             if retention.shape[1] > 1 and not np.all(np.isnan(retention[c, 1:]))]
    if not shown:
        return empty(style, title)
    # The chart is about recent cohorts: months beyond what they have lived through are left to
    # the heatmap (the average there rests on ever fewer, older cohorts).
    span = max(int(np.flatnonzero(~np.isnan(retention[c]))[-1]) for c in shown)
    ks = np.arange(1, span + 1)
    average = matrix.average_retention()[1 : span + 1]
    lines = retention[shown, 1 : span + 1]
    with drawing(style):
        figure = new_figure()
        ax = figure.add_subplot()
        heading(ax, style, title, style.text(CURVES_NOTE))
        tidy(ax)
        for i, row in enumerate(lines):
            label = style.text(COHORT_LINES, count=len(shown)) if i == 0 else None
            # Newer cohorts slightly darker, so the eye can follow the trend.
            ax.plot(ks, row, color=SHADES(0.35 + 0.45 * (i + 1) / len(shown)), linewidth=1.0,
                    alpha=0.9, label=label, marker="o", markersize=2.2)
        ax.plot(ks, average, color=ORANGE, linewidth=2.6, label=style.text(AVERAGE_LINE),
                solid_capstyle="round", zorder=5)
        top = float(np.nanmax([np.nanmax(lines), np.nanmax(average)]))
        ax.set_ylim(0, top * 1.15 if top > 0 else 0.1)
        ax.set_xlim(0.6, span + 0.4)
        percent_axis(ax.yaxis, style)
        ax.xaxis.set_major_locator(SpacedLocator(22))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: style.count(v)))
        ax.set_xlabel(style.text(MONTH_AXIS))
        ax.set_ylabel(style.text(CURVES_AXIS))
        ax.legend(loc="upper right", handlelength=2.2)

        def near(ax_: Axes, x: float, y: float) -> tuple[int | None, int] | None:
            """(row in `shown`, or None for the average; k) of the line nearest the mouse."""
            k = round(x)
            if ax_ is not ax or not 1 <= k <= span:
                return None
            gaps = np.abs(np.append(lines[:, k - 1], average[k - 1]) - y)
            if np.all(np.isnan(gaps)):
                return None
            best = int(np.nanargmin(gaps))
            if gaps[best] > 0.04 * ax.get_ylim()[1]:
                return None
            return (None if best == len(shown) else best), k

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            found = near(ax_, x, y)
            if found is None:
                return None
            i, k = found
            if i is None:
                return style.text(AVERAGE_HOVER, month=k, percent=style.percent(average[k - 1]))
            return style.text(CURVE_HOVER, cohort=style.month(int(matrix.months[shown[i]])),
                              month=k, percent=style.percent(lines[i, k - 1]))

        def pick(ax_: Axes, x: float, y: float) -> Pick | None:
            found = near(ax_, x, y)
            if found is None or found[0] is None:
                return None
            return Pick("cohort", (int(matrix.months[shown[found[0]]]), found[1]))

        return finish(figure, style, hover=hover, pick=pick)
