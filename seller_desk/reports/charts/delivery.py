"""Delivery charts: days in transit (median, 90th percentile), on time and exceptions."""

# Names of bars (carrier brands, countries) come in as they are to be shown; titles and axis
# texts are marked here and translated through the style, as in the other charts.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator

from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.reports.charts.base import (
    BLUE,
    GREEN,
    INK,
    MUTED,
    RED,
    Chart,
    ChartStyle,
    drawing,
    empty,
    finish,
    heading,
    new_figure,
    tidy,
)
from seller_desk.reports.charts.returns import short
from seller_desk.reports.charts.ticks import number_axis, percent_axis

CARRIER_TITLE = QT_TRANSLATE_NOOP("charts", "Delivery time by carrier")
COUNTRY_TITLE = QT_TRANSLATE_NOOP("charts", "Delivery time by destination")
DAYS_NOTE = QT_TRANSLATE_NOOP(
    "charts", "Days from shipping to delivery: half the parcels arrive within the dark bar, "
    "nine in ten within the light one.")
COUNTRY_NOTE = QT_TRANSLATE_NOOP(
    "charts", "The {count} destinations with the most parcels. Days from shipping to delivery: "
    "half the parcels arrive within the dark bar, nine in ten within the light one.")
ROUTE_TITLE = QT_TRANSLATE_NOOP("charts", "Delivery time by route")
ROUTE_NOTE = QT_TRANSLATE_NOOP(
    "charts", "The {count} busiest pairs of carrier and destination. Half the parcels arrive "
    "within the dark bar, nine in ten within the light one.")
DAYS_AXIS = QT_TRANSLATE_NOOP("charts", "Days in transit")
MEDIAN = QT_TRANSLATE_NOOP("charts", "Median")
P90 = QT_TRANSLATE_NOOP("charts", "90th percentile")
DAYS_BAR = QT_TRANSLATE_NOOP("charts", "{median} · {p90} days")
DAYS_HOVER = QT_TRANSLATE_NOOP(
    "charts", "{name}: median {median} days, 9 in 10 within {p90} days; {delivered} of "
    "{shipped} parcels delivered")
RELIABILITY_TITLE = QT_TRANSLATE_NOOP("charts", "On time and exceptions by carrier")
RELIABILITY_NOTE = QT_TRANSLATE_NOOP(
    "charts", "On time: delivered parcels that arrived by their promised day. Exceptions: "
    "parcels that ever had an exception or a failed delivery attempt.")
ON_TIME = QT_TRANSLATE_NOOP("charts", "On time")
EXCEPTIONS = QT_TRANSLATE_NOOP("charts", "Exceptions")
SHARE_AXIS = QT_TRANSLATE_NOOP("charts", "Share of parcels")
NO_PROMISE = QT_TRANSLATE_NOOP("charts", "no promised dates")
ON_TIME_HOVER = QT_TRANSLATE_NOOP(
    "charts", "{name}: {percent} of delivered parcels arrived by the promised day")
NO_PROMISE_HOVER = QT_TRANSLATE_NOOP("charts", "{name}: no delivered parcel had a promised day")
EXCEPTION_HOVER = QT_TRANSLATE_NOOP(
    "charts", "{name}: {percent} of {shipped} parcels had an exception or a failed delivery")

LIGHT_BLUE = "#a9c6e8"  # the 90th percentile behind the median's BLUE


@dataclass(frozen=True)
class DeliveryBar:
    """One carrier or destination: its name as shown and its figures (None: not known)."""

    name: str
    shipped: int
    delivered: int
    median_days: float | None
    p90_days: float | None
    on_time_rate: float | None = None
    exception_share: float | None = None


def _bar_height(count: int) -> float:
    return max(2.8, 1.6 + 0.36 * count)


def _row(ax_: Axes, ax: Axes, y: float, rows: int, slack: float = 0.4) -> int | None:
    """The bar row under the mouse, if it is over one."""
    i = round(y)
    if ax_ is not ax or not 0 <= i < rows or abs(y - i) > slack:
        return None
    return i


def _legend_below(ax: Axes, *keys: tuple[str, str]) -> None:
    """A legend of (colour, text) under the axis on the right."""
    # Beside the axis title rather than inside: there it would cover a long bar.
    ax.legend(handles=[Patch(color=colour, label=text) for colour, text in keys],
              loc="upper right", bbox_to_anchor=(1.0, -0.06), ncols=len(keys),
              borderaxespad=0.0)


def days_chart(bars: Sequence[DeliveryBar], style: ChartStyle, title: str, note: str,
               top: int = 15) -> Chart:
    """Days in transit per bar, in the given order: the 90th percentile light, the median dark."""
    # Bars of nothing delivered have no time to draw: the table still lists them.
    shown = [b for b in bars if b.delivered > 0 and b.median_days is not None][:top]
    if not shown:
        return empty(style, title, 8.0, 3.2)
    median = np.array([b.median_days for b in shown], dtype=np.float64)
    p90 = np.array([b.p90_days if b.p90_days is not None else b.median_days for b in shown],
                   dtype=np.float64)
    rows = np.arange(len(shown))
    with drawing(style):
        figure = new_figure(8.0, _bar_height(len(shown)))
        ax = figure.add_subplot()
        heading(ax, style, title, note)
        tidy(ax, grid="x")
        ax.barh(rows, p90, height=0.62, color=LIGHT_BLUE)
        ax.barh(rows, median, height=0.62, color=BLUE)
        for i in range(len(shown)):
            ax.annotate(style.text(DAYS_BAR, median=style.number(median[i], 1),
                                   p90=style.number(p90[i], 1)),
                        (p90[i], i), xytext=(5, 0), textcoords="offset points", va="center",
                        fontsize=8, color=INK)
        ax.set_yticks(rows, [short(b.name) for b in shown])
        ax.tick_params(axis="y", length=0, labelsize=8.5, labelcolor=INK)
        ax.invert_yaxis()
        ax.set_xlim(0, max(float(p90.max()), 1.0) * 1.3)  # room for the longest bar's label
        number_axis(ax.xaxis, style)
        ax.spines["left"].set_visible(False)
        ax.set_xlabel(style.text(DAYS_AXIS))
        _legend_below(ax, (BLUE, style.text(MEDIAN)), (LIGHT_BLUE, style.text(P90)))

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            i = _row(ax_, ax, y, len(shown))
            if i is None:
                return None
            bar = shown[i]
            return style.text(DAYS_HOVER, name=bar.name, median=style.number(median[i], 1),
                              p90=style.number(p90[i], 1), delivered=style.count(bar.delivered),
                              shipped=style.count(bar.shipped))

        return finish(figure, style, hover=hover)


def carrier_days_chart(bars: Sequence[DeliveryBar], style: ChartStyle, top: int = 15) -> Chart:
    return days_chart(bars, style, style.text(CARRIER_TITLE), style.text(DAYS_NOTE), top)


def country_days_chart(bars: Sequence[DeliveryBar], style: ChartStyle, top: int = 15) -> Chart:
    """The `top` destinations by parcels shipped (bars come busiest first)."""
    count = min(top, sum(1 for b in bars if b.delivered > 0 and b.median_days is not None))
    return days_chart(bars, style, style.text(COUNTRY_TITLE),
                      style.text(COUNTRY_NOTE, count=count), top)


def route_days_chart(bars: Sequence[DeliveryBar], style: ChartStyle, top: int = 15) -> Chart:
    """The `top` busiest routes (carrier → country; bars come busiest first)."""
    count = min(top, sum(1 for b in bars if b.delivered > 0 and b.median_days is not None))
    return days_chart(bars, style, style.text(ROUTE_TITLE), style.text(ROUTE_NOTE, count=count),
                      top)


def reliability_chart(bars: Sequence[DeliveryBar], style: ChartStyle, top: int = 15) -> Chart:
    """Two bars per carrier on one percentage scale: on time (green), exceptions (red)."""
    title = style.text(RELIABILITY_TITLE)
    shown = [b for b in bars if b.shipped > 0][:top]
    if not shown:
        return empty(style, title, 8.0, 3.2)
    on_time = np.array([b.on_time_rate or 0.0 for b in shown], dtype=np.float64)
    trouble = np.array([b.exception_share or 0.0 for b in shown], dtype=np.float64)
    rows = np.arange(len(shown))
    with drawing(style):
        figure = new_figure(8.0, _bar_height(len(shown)) + 0.4)
        ax = figure.add_subplot()
        heading(ax, style, title, style.text(RELIABILITY_NOTE))
        tidy(ax, grid="x")
        ax.barh(rows - 0.2, on_time, height=0.38, color=GREEN)
        ax.barh(rows + 0.2, trouble, height=0.38, color=RED)
        for i, bar in enumerate(shown):
            label = (style.percent(on_time[i]) if bar.on_time_rate is not None
                     else style.text(NO_PROMISE))
            ax.annotate(label, (on_time[i], i - 0.2), xytext=(4, 0), textcoords="offset points",
                        va="center", fontsize=7.5,
                        color=INK if bar.on_time_rate is not None else MUTED)
            ax.annotate(style.percent(trouble[i]), (trouble[i], i + 0.2), xytext=(4, 0),
                        textcoords="offset points", va="center", fontsize=7.5, color=INK)
        ax.set_yticks(rows, [short(b.name) for b in shown])
        ax.tick_params(axis="y", length=0, labelsize=8.5, labelcolor=INK)
        ax.invert_yaxis()
        ax.set_xlim(0, 1.18)  # room for a label after a full bar
        percent_axis(ax.xaxis, style)
        ax.xaxis.set_major_locator(FixedLocator(np.linspace(0, 1, 6)))  # no tick past 100 %
        ax.spines["left"].set_visible(False)
        ax.set_xlabel(style.text(SHARE_AXIS))
        _legend_below(ax, (GREEN, style.text(ON_TIME)), (RED, style.text(EXCEPTIONS)))

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            i = _row(ax_, ax, y, len(shown), slack=0.45)
            if i is None:
                return None
            bar = shown[i]
            if y < i:  # the upper bar of the pair: on time
                if bar.on_time_rate is None:
                    return style.text(NO_PROMISE_HOVER, name=bar.name)
                return style.text(ON_TIME_HOVER, name=bar.name,
                                  percent=style.percent(bar.on_time_rate))
            return style.text(EXCEPTION_HOVER, name=bar.name, percent=style.percent(trouble[i]),
                              shipped=style.count(bar.shipped))

        return finish(figure, style, hover=hover)


__all__ = ["DeliveryBar", "carrier_days_chart", "country_days_chart", "days_chart",
           "reliability_chart", "route_days_chart"]
