"""Return charts: return rates by listing, marketplace and country, reasons, costs per month.

Names of bars (listings, marketplaces, countries, reasons) come in already translated; titles and
axis texts are marked here and translated through the style, as in the other charts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.reports.charts.base import (
    BLUE,
    INK,
    MUTED,
    ORANGE,
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
from seller_desk.reports.charts.ticks import month_axis, number_axis, percent_axis

LISTING_TITLE = QT_TRANSLATE_NOOP("charts", "Return rate by listing")
LISTING_NOTE = QT_TRANSLATE_NOOP(
    "charts", "The {count} listings with the highest share of units sold that were asked "
    "back; red: far above the shop's average.")
MARKET_TITLE = QT_TRANSLATE_NOOP("charts", "Return rate by marketplace")
COUNTRY_TITLE = QT_TRANSLATE_NOOP("charts", "Return rate by country")
RATE_NOTE = QT_TRANSLATE_NOOP("charts", "Units asked back out of units sold.")
RATE_AXIS = QT_TRANSLATE_NOOP("charts", "Return rate")
RATE_BAR = QT_TRANSLATE_NOOP("charts", "{percent} ({returned} of {sold})")
RATE_HOVER = QT_TRANSLATE_NOOP("charts", "{name}: {percent}, {returned} of {sold} units")
AVERAGE = QT_TRANSLATE_NOOP("charts", "Shop average {percent}")
FAR_ABOVE = QT_TRANSLATE_NOOP("charts", "Far above the average")
REASONS_TITLE = QT_TRANSLATE_NOOP("charts", "Return requests by reason")
REQUESTS_AXIS = QT_TRANSLATE_NOOP("charts", "Requests")
REASON_BAR = QT_TRANSLATE_NOOP("charts", "{count} ({percent})")
REASON_HOVER = QT_TRANSLATE_NOOP("charts", "{reason}: {count} requests ({percent})")
COSTS_TITLE = QT_TRANSLATE_NOOP("charts", "What returns cost per month")
COSTS_NOTE = QT_TRANSLATE_NOOP(
    "charts", "Refunds and return labels the shop paid, by the month the requests were made.")
COSTS_AXIS = QT_TRANSLATE_NOOP("charts", "Cost ({currency})")
REFUNDS = QT_TRANSLATE_NOOP("charts", "Refunds")
SHIPPING = QT_TRANSLATE_NOOP("charts", "Return shipping")
COSTS_HOVER = QT_TRANSLATE_NOOP(
    "charts", "{month}: {total} ({refunds} refunds, {shipping} return shipping), "
    "{count} requests")

LONGEST_NAME = 38  # characters of a bar's name before it is cut with "…"


@dataclass(frozen=True)
class RateBar:
    """One listing, marketplace or country: its name as shown, units back and units sold."""

    name: str
    returned: int
    sold: int
    flagged: bool = False

    @property
    def rate(self) -> float:
        return self.returned / self.sold if self.sold else 0.0


@dataclass(frozen=True)
class ReasonBar:
    name: str
    requests: int


@dataclass(frozen=True)
class MonthCostBar:
    month: str  # "YYYY-MM"
    refunds_minor: int  # base currency (the style's)
    shipping_minor: int
    requests: int


def short(name: str) -> str:
    return name if len(name) <= LONGEST_NAME else name[:LONGEST_NAME - 1].rstrip() + "…"


def _bar_height(count: int) -> float:
    return max(2.8, 1.5 + 0.34 * count)


def rate_chart(bars: Sequence[RateBar], average: float | None, style: ChartStyle, title: str,
               note: str, top: int = 15) -> Chart:
    """Horizontal bars of return rates, highest at the top (the `top` highest of those with
    sales), the shop's average as a dashed line, flagged bars in red."""
    shown = sorted((b for b in bars if b.sold > 0), key=lambda b: (-b.rate, -b.returned))[:top]
    if not shown:
        return empty(style, title, 8.0, 3.2)
    rates = np.array([b.rate for b in shown], dtype=np.float64)
    names = [b.name for b in shown]
    rows = np.arange(len(shown))
    with drawing(style):
        figure = new_figure(8.0, _bar_height(len(shown)))
        ax = figure.add_subplot()
        heading(ax, style, title, note)
        tidy(ax, grid="x")
        ax.barh(rows, rates, height=0.62, color=[RED if b.flagged else BLUE for b in shown])
        for i, bar in enumerate(shown):
            ax.annotate(style.text(RATE_BAR, percent=style.percent(bar.rate),
                                   returned=style.count(bar.returned),
                                   sold=style.count(bar.sold)),
                        (bar.rate, i), xytext=(5, 0), textcoords="offset points", va="center",
                        fontsize=8, color=INK)
        ax.set_yticks(rows, [short(n) for n in names])
        ax.tick_params(axis="y", length=0, labelsize=8.5, labelcolor=INK)
        ax.invert_yaxis()
        handles = []
        if average is not None:
            handles.append(ax.axvline(average, color=MUTED, linewidth=1.1, linestyle=(0, (4, 2)),
                                      label=style.text(AVERAGE, percent=style.percent(average))))
        if any(b.flagged for b in shown):
            handles.append(Patch(color=RED, label=style.text(FAR_ABOVE)))
        high = max(float(rates.max()), average or 0.0, 0.01)
        ax.set_xlim(0, high * 1.35)  # room for the longest bar's label
        percent_axis(ax.xaxis, style)
        ax.spines["left"].set_visible(False)
        ax.set_xlabel(style.text(RATE_AXIS))
        if handles:
            ax.legend(handles=handles, loc="lower right")

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            i = round(y)
            if ax_ is not ax or not 0 <= i < len(shown) or abs(y - i) > 0.4:
                return None
            bar = shown[i]
            return style.text(RATE_HOVER, name=bar.name, percent=style.percent(bar.rate),
                              returned=style.count(bar.returned), sold=style.count(bar.sold))

        return finish(figure, style, hover=hover)


def listing_rates_chart(bars: Sequence[RateBar], average: float | None, style: ChartStyle,
                        top: int = 15) -> Chart:
    count = min(top, sum(1 for b in bars if b.sold > 0))
    return rate_chart(bars, average, style, style.text(LISTING_TITLE),
                      style.text(LISTING_NOTE, count=count), top)


def marketplace_rates_chart(bars: Sequence[RateBar], average: float | None,
                            style: ChartStyle) -> Chart:
    return rate_chart(bars, average, style, style.text(MARKET_TITLE), style.text(RATE_NOTE))


def country_rates_chart(bars: Sequence[RateBar], average: float | None, style: ChartStyle,
                        top: int = 15) -> Chart:
    return rate_chart(bars, average, style, style.text(COUNTRY_TITLE), style.text(RATE_NOTE),
                      top)


def reasons_chart(bars: Sequence[ReasonBar], style: ChartStyle) -> Chart:
    """Requests per reason, most first, with each one's share of all requests."""
    title = style.text(REASONS_TITLE)
    shown = sorted((b for b in bars if b.requests > 0), key=lambda b: -b.requests)
    total = sum(b.requests for b in shown)
    if not total:
        return empty(style, title, 8.0, 3.2)
    counts = np.array([b.requests for b in shown], dtype=np.int64)
    rows = np.arange(len(shown))
    with drawing(style):
        figure = new_figure(8.0, _bar_height(len(shown)))
        ax = figure.add_subplot()
        heading(ax, style, title)
        tidy(ax, grid="x")
        ax.barh(rows, counts, height=0.62, color=ORANGE)
        for i, value in enumerate(counts):
            ax.annotate(style.text(REASON_BAR, count=style.count(value),
                                   percent=style.percent(value / total)),
                        (value, i), xytext=(5, 0), textcoords="offset points", va="center",
                        fontsize=8, color=INK)
        ax.set_yticks(rows, [short(b.name) for b in shown])
        ax.tick_params(axis="y", length=0, labelsize=9, labelcolor=INK)
        ax.invert_yaxis()
        ax.set_xlim(0, counts.max() * 1.25)
        number_axis(ax.xaxis, style, integer=True)
        ax.spines["left"].set_visible(False)
        ax.set_xlabel(style.text(REQUESTS_AXIS))

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            i = round(y)
            if ax_ is not ax or not 0 <= i < len(shown) or abs(y - i) > 0.4:
                return None
            return style.text(REASON_HOVER, reason=shown[i].name, count=style.count(counts[i]),
                              percent=style.percent(counts[i] / total))

        return finish(figure, style, hover=hover)


def month_number(month: str) -> int:
    """ "2026-03" as months since January 1970 (the style's month numbering)."""
    return (int(month[:4]) - 1970) * 12 + int(month[5:7]) - 1


def costs_chart(months: Sequence[MonthCostBar], style: ChartStyle) -> Chart:
    """Refunds and return shipping (base currency) stacked per month of the requests."""
    title = style.text(COSTS_TITLE)
    if not months:
        return empty(style, title, 8.0, 4.2)
    scale = 10.0 ** style.minor_digits
    # Floats only to place the bars; the hover text shows the amounts from the same figures.
    x = np.array([month_number(m.month) for m in months], dtype=np.float64)
    refunds = np.array([m.refunds_minor for m in months], dtype=np.float64) / scale
    shipping = np.array([m.shipping_minor for m in months], dtype=np.float64) / scale
    with drawing(style):
        figure = new_figure(8.0, 4.2)
        ax = figure.add_subplot()
        heading(ax, style, title, style.text(COSTS_NOTE))
        tidy(ax)
        ax.bar(x, refunds, width=0.7, color=BLUE, label=style.text(REFUNDS))
        ax.bar(x, shipping, width=0.7, bottom=refunds, color=ORANGE, label=style.text(SHIPPING))
        top = float((refunds + shipping).max())
        ax.set_ylim(0, max(top, 1.0) * 1.12)
        ax.set_xlim(x[0] - 0.6, x[-1] + 0.6)
        month_axis(ax.xaxis, style, int(x[0]), int(x[-1]))
        number_axis(ax.yaxis, style)
        ax.set_ylabel(style.text(COSTS_AXIS, currency=style.currency))
        ax.legend(loc="upper left")

        def hover(ax_: Axes, px: float, py: float) -> str | None:
            i = int(np.argmin(np.abs(x - px))) if ax_ is ax else -1
            if i < 0 or abs(x[i] - px) > 0.4:
                return None
            m = months[i]
            return style.text(COSTS_HOVER, month=style.month(int(x[i])),
                              total=style.money((m.refunds_minor + m.shipping_minor) / scale),
                              refunds=style.money(refunds[i]), shipping=style.money(shipping[i]),
                              count=style.count(m.requests))

        return finish(figure, style, hover=hover)


__all__ = ["MonthCostBar", "RateBar", "ReasonBar", "costs_chart", "country_rates_chart",
           "listing_rates_chart", "marketplace_rates_chart", "rate_chart", "reasons_chart"]
