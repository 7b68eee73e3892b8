"""Repeat behaviour charts: repeat purchase rate over time and the time to a second order."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, MultipleLocator

from seller_desk.domain.retention.repeat import RepeatRate, SecondOrderTimes
from seller_desk.domain.retention.survival import SurvivalCurve
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.reports.charts.base import (
    BLUE,
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
from seller_desk.reports.charts.ticks import month_axis, number_axis, percent_axis

RATE_TITLE = QT_TRANSLATE_NOOP("charts", "Repeat purchase rate")
RATE_NOTE = QT_TRANSLATE_NOOP(
    "charts", "Customers with 2 or more orders among all customers so far, at each month end.")
RATE_AXIS = QT_TRANSLATE_NOOP("charts", "Repeat customers")
RATE_HOVER = QT_TRANSLATE_NOOP("charts", "{month}: {percent} ({repeaters} of {buyers} customers)")
GAP_TITLE = QT_TRANSLATE_NOOP("charts", "Time to second order")
GAP_NOTE = QT_TRANSLATE_NOOP(
    "charts", "Customers who came back, by days between their first and second order.")
GAP_NOTE_CUT = QT_TRANSLATE_NOOP(
    "charts",
    "Customers who came back, by days between their first and second order; "
    "{count} who took longer than {days} days are not shown.")
GAP_AXIS = QT_TRANSLATE_NOOP("charts", "Days from first to second order")
CUSTOMERS_AXIS = QT_TRANSLATE_NOOP("charts", "Customers")
GAP_HOVER = QT_TRANSLATE_NOOP("charts", "{first}–{last} days: {count} customers ({percent})")
SURVIVAL_TITLE = QT_TRANSLATE_NOOP("charts", "Customers still waiting for a second order")
SURVIVAL_NOTE = QT_TRANSLATE_NOOP(
    "charts", "Kaplan–Meier estimate: customers who have not come back yet count until today.")
SURVIVAL_AXIS = QT_TRANSLATE_NOOP("charts", "Not ordered again yet")
DAYS_AXIS = QT_TRANSLATE_NOOP("charts", "Days since first order")
MEDIAN_LABEL = QT_TRANSLATE_NOOP("charts", "Half have ordered again by day {days}")
PLATEAU_LABEL = QT_TRANSLATE_NOOP("charts", "Long-run level: {percent}")
SURVIVAL_HOVER = QT_TRANSLATE_NOOP(
    "charts", "Day {days}: {percent} not ordered again yet ({count} customers still followed)")


def repeat_rate_chart(rate: RepeatRate, style: ChartStyle) -> Chart:
    """The repeat purchase rate at each month end, as a line over the months."""
    title = style.text(RATE_TITLE)
    if not rate.months.size:
        return empty(style, title)
    months = rate.months.astype(np.float64)
    with drawing(style):
        figure = new_figure(8.0, 4.2)
        ax = figure.add_subplot()
        heading(ax, style, title, style.text(RATE_NOTE))
        tidy(ax)
        ax.fill_between(months, rate.rate, color=BLUE, alpha=0.08, linewidth=0)
        ax.plot(months, rate.rate, color=BLUE, linewidth=2.0, marker="o", markersize=3)
        # The latest figure is the one a seller looks for: say it at the end of the line.
        ax.annotate(style.percent(rate.rate[-1]), (months[-1], rate.rate[-1]),
                    xytext=(0, 7), textcoords="offset points", ha="center", va="bottom",
                    fontsize=8, color=INK, fontweight="bold")
        top = float(np.max(rate.rate))
        ax.set_ylim(0, max(top * 1.2, 0.01))
        ax.set_xlim(months[0] - 0.5, months[-1] + 0.5)
        percent_axis(ax.yaxis, style)
        month_axis(ax.xaxis, style, int(rate.months[0]), int(rate.months[-1]))
        ax.set_ylabel(style.text(RATE_AXIS))

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            if ax_ is not ax:
                return None
            i = nearest(months, x)
            if abs(months[i] - x) > 0.5:
                return None
            return style.text(RATE_HOVER, month=style.month(int(rate.months[i])),
                              percent=style.percent(rate.rate[i]),
                              repeaters=style.count(rate.repeaters[i]),
                              buyers=style.count(rate.buyers[i]))

        return finish(figure, style, hover=hover)


def _day_step(span: float) -> int:
    """Ticks every 7, 14, 30, 60, 90, 180 or 365 days: units a seller counts in."""
    return next((s for s in (7, 14, 30, 60, 90, 180, 365) if span / s <= 10), 730)


def second_order_histogram(times: SecondOrderTimes, style: ChartStyle) -> Chart:
    """Days from first to second order of the customers who came back, in 15- or 30-day bins;
    the slowest 1% (beyond the 99th percentile) are counted in the note, not drawn."""
    title = style.text(GAP_TITLE)
    days = times.days[times.came_back]
    if not days.size:
        return empty(style, title)
    cut = float(np.percentile(days, 99))
    width = 15 if cut <= 180 else 30
    last = int(np.ceil((cut + 1) / width)) * width
    counts, edges = np.histogram(days, bins=np.arange(0, last + width, width))
    beyond = int(np.count_nonzero(days >= edges[-1]))
    total = int(days.size)
    with drawing(style):
        figure = new_figure(8.0, 4.2)
        ax = figure.add_subplot()
        note = (style.text(GAP_NOTE_CUT, count=style.count(beyond), days=style.count(edges[-1]))
                if beyond else style.text(GAP_NOTE))
        heading(ax, style, title, note)
        tidy(ax)
        ax.bar(edges[:-1], counts, width=width, align="edge", color=BLUE, edgecolor="white",
               linewidth=0.8)
        ax.set_xlim(0, edges[-1])
        ax.xaxis.set_major_locator(MultipleLocator(_day_step(edges[-1])))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: style.count(v)))
        ax.set_ylim(0, max(1, int(counts.max())) * 1.08)
        number_axis(ax.yaxis, style, integer=True)
        ax.set_xlabel(style.text(GAP_AXIS))
        ax.set_ylabel(style.text(CUSTOMERS_AXIS))

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            i = int(np.floor(x / width)) if ax_ is ax else -1
            if not 0 <= i < counts.size or not 0 <= y <= max(counts[i], 0.05 * ax.get_ylim()[1]):
                return None
            return style.text(GAP_HOVER, first=style.count(edges[i]),
                              last=style.count(edges[i + 1] - 1), count=style.count(counts[i]),
                              percent=style.percent(counts[i] / total))

        return finish(figure, style, hover=hover)


def second_order_survival(curve: SurvivalCurve, style: ChartStyle,
                          min_at_risk: int = 20) -> Chart:
    """Share of customers not yet back for a second order, by days since their first (a step
    curve); the median and the long-run level (S∞, RETENTION.md) are marked. Past the last day
    with `min_at_risk` customers still followed the line is faint: too few to trust."""
    title = style.text(SURVIVAL_TITLE)
    if not curve.time.size:
        return empty(style, title)
    time = np.concatenate(([0], curve.time)).astype(np.float64)
    survival = np.concatenate(([1.0], curve.survival))
    enough = np.flatnonzero(curve.at_risk >= min_at_risk)
    solid = int(enough[-1]) + 2 if enough.size else 1
    with drawing(style):
        figure = new_figure(8.0, 4.2)
        ax = figure.add_subplot()
        heading(ax, style, title, style.text(SURVIVAL_NOTE))
        tidy(ax, grid="both")
        ax.step(time[:solid], survival[:solid], where="post", color=BLUE, linewidth=2.0)
        if solid < time.size:
            ax.step(time[solid - 1 :], survival[solid - 1 :], where="post", color=BLUE,
                    linewidth=1.2, alpha=0.35)
        plateau = curve.plateau(min_at_risk)
        if not np.isnan(plateau):
            ax.axhline(plateau, color=ORANGE, linewidth=1.0, linestyle=(0, (4, 3)))
            # Below the line: the curve approaches the level from above.
            ax.annotate(style.text(PLATEAU_LABEL, percent=style.percent(plateau)),
                        (1.0, plateau), xycoords=("axes fraction", "data"), xytext=(-4, -4),
                        textcoords="offset points", ha="right", va="top", fontsize=8,
                        color=ORANGE)
        median = curve.median()
        if median is not None:
            ax.plot([median, median, 0], [0, 0.5, 0.5], color=MUTED, linewidth=0.9,
                    linestyle=(0, (2, 2)))
            ax.annotate(style.text(MEDIAN_LABEL, days=style.count(median)), (median, 0.5),
                        xytext=(5, 5), textcoords="offset points", fontsize=8, color=MUTED)
        ax.set_xlim(0, time[-1])
        ax.set_ylim(0, 1.02)
        ax.xaxis.set_major_locator(MultipleLocator(_day_step(time[-1])))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: style.count(v)))
        percent_axis(ax.yaxis, style)
        ax.set_xlabel(style.text(DAYS_AXIS))
        ax.set_ylabel(style.text(SURVIVAL_AXIS))

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            if ax_ is not ax or not 0 <= x <= time[-1]:
                return None
            days = int(np.floor(x))
            # Still followed on `days`: everybody whose duration reaches it.
            i = int(np.searchsorted(curve.time, days, side="left"))
            count = int(curve.at_risk[i]) if i < curve.time.size else 0
            return style.text(SURVIVAL_HOVER, days=style.count(days),
                              percent=style.percent(float(curve.at(days))),
                              count=style.count(count))

        return finish(figure, style, hover=hover)

