"""Customer value charts: the distribution of lifetime value and the model's tracking chart."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, MaxNLocator

from seller_desk.domain.retention.history import Floats
from seller_desk.domain.retention.holdout import Tracking
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.reports.charts.base import (
    BLUE,
    FAINT,
    GRID,
    INK,
    MUTED,
    ORANGE,
    Chart,
    ChartStyle,
    drawing,
    empty,
    finish,
    heading,
    nearest,
    new_figure,
    tidy,
)
from seller_desk.reports.charts.ticks import number_axis

CLV_TITLE = QT_TRANSLATE_NOOP("charts", "Customer lifetime value")
CLV_NOTE = QT_TRANSLATE_NOOP("charts", "{count} customers by predicted value.")
CLV_NOTE_CUT = QT_TRANSLATE_NOOP(
    "charts", "{count} customers by predicted value; {beyond} above {amount} are not shown.")
CLV_AXIS = QT_TRANSLATE_NOOP("charts", "Predicted value per customer ({currency})")
CUSTOMERS_AXIS = QT_TRANSLATE_NOOP("charts", "Customers")
MEDIAN = QT_TRANSLATE_NOOP("charts", "Median {amount}")
MEAN = QT_TRANSLATE_NOOP("charts", "Mean {amount}")
CLV_HOVER = QT_TRANSLATE_NOOP("charts", "{low} to {high}: {count} customers ({percent})")
TRACKING_TITLE = QT_TRANSLATE_NOOP("charts", "Model check: repeat purchases, actual and predicted")
TRACKING_NOTE = QT_TRANSLATE_NOOP(
    "charts", "Cumulative repeat purchase days of the customers known at the calibration end.")
TRACKING_AXIS = QT_TRANSLATE_NOOP("charts", "Repeat purchases (cumulative)")
WEEKS_AXIS = QT_TRANSLATE_NOOP("charts", "Weeks since the first purchase in the data")
ACTUAL = QT_TRANSLATE_NOOP("charts", "Actual")
PREDICTED = QT_TRANSLATE_NOOP("charts", "Predicted by the model")
CALIBRATION = QT_TRANSLATE_NOOP("charts", "Calibration")
HOLDOUT = QT_TRANSLATE_NOOP("charts", "Holdout")
TRACKING_HOVER = QT_TRANSLATE_NOOP(
    "charts", "Week {week}: {actual} actual, {predicted} predicted")


def _nice_width(span: float, bins: int) -> float:
    """A bin width of 1, 2, 2.5 or 5 times a power of ten giving about `bins` bins."""
    raw = span / bins
    power = 10.0 ** np.floor(np.log10(raw))
    return float(next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw))


def clv_distribution(clv: Floats, style: ChartStyle) -> Chart:
    """Histogram of customer lifetime values (major units) with the median and mean marked; the
    top 1% (the long tail) is counted in the note rather than stretching the axis."""
    title = style.text(CLV_TITLE)
    values = np.asarray(clv, dtype=np.float64)
    values = values[np.isfinite(values)]
    if not values.size:
        return empty(style, title)
    low = min(0.0, float(values.min()))
    high = float(np.percentile(values, 99))
    width = _nice_width(max(high - low, 1e-9), 30)
    edges = np.arange(np.floor(low / width) * width, high + width, width)
    if edges.size < 2:
        edges = np.array([edges[0], edges[0] + width])
    counts, edges = np.histogram(values, bins=edges)
    beyond = int(np.count_nonzero(values > edges[-1]))
    total = int(values.size)
    decimals = 0 if width >= 1 else style.minor_digits
    with drawing(style):
        figure = new_figure(8.0, 4.4)
        ax = figure.add_subplot()
        note = (style.text(CLV_NOTE_CUT, count=style.count(total), beyond=style.count(beyond),
                           amount=style.money(edges[-1], decimals)) if beyond
                else style.text(CLV_NOTE, count=style.count(total)))
        heading(ax, style, title, note)
        tidy(ax)
        ax.bar(edges[:-1], counts, width=width, align="edge", color=BLUE, alpha=0.85,
               edgecolor="white", linewidth=0.6)
        ax.set_xlim(edges[0], edges[-1])
        ax.set_ylim(0, max(1, int(counts.max())) * 1.08)
        median, mean = float(np.median(values)), float(values.mean())
        # Named in a legend, not beside the lines: median and mean often sit close together.
        ax.axvline(median, color=INK, linewidth=1.2, linestyle=(0, (4, 2)),
                   label=style.text(MEDIAN, amount=style.money(median, decimals)))
        ax.axvline(mean, color=ORANGE, linewidth=1.2, linestyle=(0, (4, 2)),
                   label=style.text(MEAN, amount=style.money(mean, decimals)))
        ax.legend(loc="upper right", handlelength=2.4)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=8, steps=[1, 2, 2.5, 5, 10]))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: style.number(v, 0)))
        number_axis(ax.yaxis, style, integer=True)
        ax.set_xlabel(style.text(CLV_AXIS, currency=style.currency))
        ax.set_ylabel(style.text(CUSTOMERS_AXIS))

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            i = int(np.searchsorted(edges, x, side="right")) - 1 if ax_ is ax else -1
            if not 0 <= i < counts.size or not 0 <= y <= max(counts[i], 0.05 * ax.get_ylim()[1]):
                return None
            return style.text(CLV_HOVER, low=style.money(edges[i], decimals),
                              high=style.money(edges[i + 1], decimals),
                              count=style.count(counts[i]),
                              percent=style.percent(counts[i] / total))

        return finish(figure, style, hover=hover)


def tracking_chart(tracking: Tracking, style: ChartStyle) -> Chart:
    """Cumulative repeat purchases, actual (solid) and predicted (dashed), by week, with the
    calibration end marked and the holdout period shaded."""
    title = style.text(TRACKING_TITLE)
    weeks = np.asarray(tracking.week, dtype=np.float64)
    if not weeks.size:
        return empty(style, title)
    with drawing(style):
        figure = new_figure(8.0, 4.4)
        ax = figure.add_subplot()
        heading(ax, style, title, style.text(TRACKING_NOTE))
        tidy(ax)
        split = float(tracking.calibration_week)
        if split < weeks[-1]:
            ax.axvspan(split, weeks[-1], color=GRID, alpha=0.45, linewidth=0)
        ax.axvline(split, color=FAINT, linewidth=1.0)
        for text, x, ha, offset in ((CALIBRATION, split, "right", -5),
                                    (HOLDOUT, split, "left", 5)):
            ax.annotate(style.text(text), (x, 1.0), xycoords=("data", "axes fraction"),
                        xytext=(offset, -4), textcoords="offset points", ha=ha, va="top",
                        fontsize=8, color=MUTED)
        ax.plot(weeks, tracking.actual, color=INK, linewidth=1.8, label=style.text(ACTUAL))
        ax.plot(weeks, tracking.predicted, color=ORANGE, linewidth=1.8, linestyle=(0, (5, 2.5)),
                label=style.text(PREDICTED))
        top = float(max(np.max(tracking.actual), np.max(tracking.predicted)))
        ax.set_ylim(0, max(top, 1.0) * 1.12)
        ax.set_xlim(0, weeks[-1])
        number_axis(ax.xaxis, style, integer=True)
        number_axis(ax.yaxis, style, integer=True)
        ax.set_xlabel(style.text(WEEKS_AXIS))
        ax.set_ylabel(style.text(TRACKING_AXIS))
        ax.legend(loc="upper left", bbox_to_anchor=(0.0, 0.94))

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            if ax_ is not ax or not weeks[0] - 0.5 <= x <= weeks[-1] + 0.5:
                return None
            i = nearest(weeks, x)
            return style.text(TRACKING_HOVER, week=style.number(weeks[i], 0),
                              actual=style.count(tracking.actual[i]),
                              predicted=style.count(tracking.predicted[i]))

        return finish(figure, style, hover=hover)
