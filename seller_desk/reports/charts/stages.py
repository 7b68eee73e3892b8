"""Lifecycle charts: customers per stage, and the month-over-month moves between stages."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes

from seller_desk.domain.retention.history import Ints, month_of
from seller_desk.domain.retention.lifecycle import STAGE_LABELS, STAGES, Stage, StageFlows
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.reports.charts.base import (
    INK,
    MUTED,
    SERIES,
    Chart,
    ChartStyle,
    Pick,
    drawing,
    empty,
    finish,
    heading,
    nearest,
    new_figure,
    tidy,
)
from seller_desk.reports.charts.ticks import month_axis, number_axis

STAGES_TITLE = QT_TRANSLATE_NOOP("charts", "Customers by lifecycle stage")
STAGE_BAR = QT_TRANSLATE_NOOP("charts", "{count} ({percent})")
STAGE_HOVER = QT_TRANSLATE_NOOP("charts", "{stage}: {count} customers ({percent})")
CUSTOMERS_AXIS = QT_TRANSLATE_NOOP("charts", "Customers")
FLOWS_TITLE = QT_TRANSLATE_NOOP("charts", "Moves between lifecycle stages")
FLOWS_NOTE = QT_TRANSLATE_NOOP(
    "charts", "Customers changing stage during each month; the {count} largest moves.")
FLOWS_NOTE_PARTIAL = QT_TRANSLATE_NOOP(
    "charts", "Customers changing stage during each month; the {count} largest moves. "
    "The last month is not over yet (dashed).")
MOVE = QT_TRANSLATE_NOOP("charts", "{source} → {target}")
FLOW_HOVER = QT_TRANSLATE_NOOP("charts", "{month}: {move}, {count} customers")

# New in blue, the kept in greens, the slipping in amber, the gone in grey.
STAGE_COLOURS: dict[Stage, str] = {
    Stage.NEW: "#4a90d9",
    Stage.GROWING: "#3fa06b",
    Stage.MATURE: "#1b7f5a",
    Stage.DECLINING: "#f4a261",
    Stage.CHURNED: "#9aa5b1",
}


def lifecycle_chart(counts: Ints, style: ChartStyle) -> Chart:
    """Customers per stage (STAGES order, top to bottom) as bars; a click picks the stage."""
    title = style.text(STAGES_TITLE)
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return empty(style, title, 8.0, 3.6)
    names = [style.label(STAGE_LABELS[s]) for s in STAGES]
    rows = np.arange(len(STAGES))
    with drawing(style):
        figure = new_figure(8.0, 3.6)
        ax = figure.add_subplot()
        heading(ax, style, title)
        tidy(ax, grid="x")
        ax.barh(rows, counts, height=0.62, color=[STAGE_COLOURS[s] for s in STAGES])
        for i, value in enumerate(counts):
            ax.annotate(style.text(STAGE_BAR, count=style.count(value),
                                   percent=style.percent(value / total)),
                        (value, i), xytext=(5, 0), textcoords="offset points", va="center",
                        fontsize=8, color=INK)
        ax.set_yticks(rows, names)
        ax.tick_params(axis="y", length=0, labelsize=9, labelcolor=INK)
        ax.invert_yaxis()
        # Room on the right for the longest bar's label.
        ax.set_xlim(0, counts.max() * 1.22)
        number_axis(ax.xaxis, style, integer=True)
        ax.spines["left"].set_visible(False)
        ax.set_xlabel(style.text(CUSTOMERS_AXIS))

        def stage(ax_: Axes, x: float, y: float) -> int | None:
            i = round(y)
            return i if ax_ is ax and 0 <= i < len(STAGES) and abs(y - i) <= 0.4 else None

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            i = stage(ax_, x, y)
            if i is None:
                return None
            return style.text(STAGE_HOVER, stage=names[i], count=style.count(counts[i]),
                              percent=style.percent(counts[i] / total))

        def pick(ax_: Axes, x: float, y: float) -> Pick | None:
            i = stage(ax_, x, y)
            return None if i is None else Pick("stage", (i,))

        return finish(figure, style, hover=hover, pick=pick)


def stage_flows_chart(flows: StageFlows, style: ChartStyle, largest: int = 6) -> Chart:
    """The `largest` moves between two different stages (summed over the months), one line
    each over the months. First orders (not a customer yet → New) are acquisitions, not moves,
    and are left out."""
    title = style.text(FLOWS_TITLE)
    n = len(STAGES)
    counts = np.asarray(flows.counts, dtype=np.int64)[:, :n, :n]
    moved = counts.sum(axis=0) * (1 - np.eye(n, dtype=np.int64))
    order = [int(i) for i in np.argsort(-moved, axis=None, kind="stable")[:largest]
             if moved.flat[i] > 0]
    if not order or not flows.month_ends.size:
        return empty(style, title)
    months = month_of(flows.month_ends).astype(np.float64)
    moves = [divmod(i, n) for i in order]
    labels = [style.text(MOVE, source=style.label(STAGE_LABELS[STAGES[a]]),
                         target=style.label(STAGE_LABELS[STAGES[b]]))
              for a, b in moves]
    series = np.array([counts[:, a, b] for a, b in moves], dtype=np.float64)
    with drawing(style):
        figure = new_figure(8.8, 4.4)
        ax = figure.add_subplot()
        # A month cut short by the as-of date has fewer moves: dashed, so it is not read as a fall.
        partial = months.size > 1 and int(month_of(flows.month_ends[-1:] + 1)[0]) == months[-1]
        heading(ax, style, title,
                style.text(FLOWS_NOTE_PARTIAL if partial else FLOWS_NOTE, count=len(moves)))
        tidy(ax)
        full = months.size - 1 if partial else months.size
        for i, label in enumerate(labels):
            colour = SERIES[i % len(SERIES)]
            ax.plot(months[:full], series[i, :full], color=colour, linewidth=2.0, marker="o",
                    markersize=3.5, label=label)
            if partial:
                ax.plot(months[-2:], series[i, -2:], color=colour, linewidth=1.4,
                        linestyle=(0, (3, 2)))
                ax.plot(months[-1:], series[i, -1:], color=colour, marker="o", markersize=3.5,
                        markerfacecolor="white", linestyle="none")
        ax.set_ylim(0, max(1.0, float(series.max())) * 1.12)
        ax.set_xlim(months[0] - 0.4, months[-1] + 0.4)
        month_axis(ax.xaxis, style, int(months[0]), int(months[-1]))
        number_axis(ax.yaxis, style, integer=True)
        ax.set_ylabel(style.text(CUSTOMERS_AXIS))
        # Under the chart, three to a row: the lines keep the full width at any window size.
        figure.legend(loc="outside lower center", ncols=3, labelcolor=MUTED, handlelength=1.8,
                      columnspacing=2.0)

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            if ax_ is not ax:
                return None
            i = nearest(months, x)
            gaps = np.abs(series[:, i] - y)
            line = int(np.argmin(gaps))
            if abs(months[i] - x) > 0.5 or gaps[line] > 0.06 * ax.get_ylim()[1]:
                return None
            return style.text(FLOW_HOVER, month=style.month(int(months[i])), move=labels[line],
                              count=style.count(series[line, i]))

        return finish(figure, style, hover=hover)

