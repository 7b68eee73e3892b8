"""The RFM segment grid: customers by recency and frequency-and-spend scores, by segment."""

from __future__ import annotations

import textwrap

import numpy as np
from matplotlib.axes import Axes
from matplotlib.patches import Rectangle

from seller_desk.domain.retention.history import Ints
from seller_desk.domain.retention.rfm import (
    SEGMENT_LABELS,
    SEGMENTS,
    Segment,
    SegmentTotal,
    segment_of,
)
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.reports.charts.base import (
    Chart,
    ChartStyle,
    Pick,
    contrast,
    drawing,
    empty,
    finish,
    heading,
    new_figure,
    text_width,
)

GRID_TITLE = QT_TRANSLATE_NOOP("charts", "Customer segments (RFM)")
GRID_NOTE = QT_TRANSLATE_NOOP(
    "charts", "Scores 1 to 5 against the other customers; 5 is the most recent, most orders "
    "and highest spend.")
R_AXIS = QT_TRANSLATE_NOOP("charts", "Recency score")
FM_AXIS = QT_TRANSLATE_NOOP("charts", "Frequency and spend score")
SEGMENT_COUNT = QT_TRANSLATE_NOOP("charts", "{count} customers")
SEGMENT_REVENUE = QT_TRANSLATE_NOOP("charts", "{percent} of revenue")
GRID_HOVER = QT_TRANSLATE_NOOP(
    "charts", "{segment} (R {r}, FM {fm}): {cell} customers in this cell\n"
    "Segment: {count} customers, {revenue} spent")
# Greens for customers to keep, blues for new ones, ambers for those slipping, reds for those at
# risk, greys for the gone: the grid reads at a glance.
SEGMENT_COLOURS: dict[Segment, str] = {
    Segment.CHAMPIONS: "#1b7f5a",
    Segment.LOYAL: "#3fa06b",
    Segment.POTENTIAL_LOYALIST: "#93cc97",
    Segment.NEW_CUSTOMERS: "#4a90d9",
    Segment.PROMISING: "#a7cbee",
    Segment.NEED_ATTENTION: "#f2c14e",
    Segment.ABOUT_TO_SLEEP: "#f4a261",
    Segment.AT_RISK: "#e76f51",
    Segment.CANT_LOSE: "#b8323f",
    Segment.HIBERNATING: "#b9c2cc",
    Segment.LOST: "#7b8794",
}


def _cells() -> Ints:
    """Segment code of every grid cell, [fm - 1, r - 1]."""
    fm, r = np.meshgrid(np.arange(1, 6), np.arange(1, 6), indexing="ij")
    return segment_of(r.ravel(), fm.ravel()).reshape(5, 5)


def _label_block(mine: np.ndarray) -> tuple[float, float, float]:
    """Centre (r, fm) and width in cells of the largest rectangle of a segment's cells: the
    place for its name (an L-shaped segment gets it on its long arm)."""
    best = (0, 0.0, 0.0, 0.0)
    for top in range(5):
        for bottom in range(top, 5):
            for left in range(5):
                for right in range(left, 5):
                    area = (bottom - top + 1) * (right - left + 1)
                    if area > best[0] and mine[top : bottom + 1, left : right + 1].all():
                        best = (area, (left + right) / 2 + 1, (top + bottom) / 2 + 1,
                                float(right - left + 1))
    return best[1], best[2], best[3]


def _fit(text: str, width_pt: float, size: float) -> tuple[str, float]:
    """A name broken between words to fit its block, and the font size that makes its longest
    line fit (a long single word is shrunk, never split)."""
    if text_width(text, size) > width_pt:
        chars = max(4, int(len(text) * width_pt / text_width(text, size)))
        text = textwrap.fill(text, chars, break_long_words=False, break_on_hyphens=False)
    widest = max(text_width(line, size) for line in text.splitlines())
    return text, max(6.5, min(size, size * width_pt / widest))


def rfm_grid(grid_counts: Ints, totals: tuple[SegmentTotal, ...], style: ChartStyle) -> Chart:
    """R (columns 1..5) by FM (rows, 5 on top), cells coloured by segment, each segment named
    with its customers and share of revenue; a click picks the segment."""
    title = style.text(GRID_TITLE)
    counts = np.asarray(grid_counts, dtype=np.int64).reshape(5, 5)
    customers = sum(t.customers for t in totals)
    if customers == 0:
        return empty(style, title, 8.0, 6.0)
    revenue = sum(t.revenue for t in totals)
    by_segment = {t.segment: t for t in totals}
    codes = _cells()
    with drawing(style):
        figure = new_figure(8.0, 6.0)
        ax = figure.add_subplot()
        heading(ax, style, title, style.text(GRID_NOTE))
        for fm in range(5):
            for r in range(5):
                colour = SEGMENT_COLOURS[SEGMENTS[codes[fm, r]]]
                # An edge in the fill colour hides the anti-aliasing seam between two cells of
                # one segment (visible in SVG viewers).
                ax.add_patch(Rectangle((r + 0.5, fm + 0.5), 1, 1, linewidth=0.6,
                                       facecolor=colour, edgecolor=colour))
        # White gaps between segments only: a segment reads as one block, and no line runs
        # through its name.
        for i in range(5):
            for j in range(4):
                if codes[i, j] != codes[i, j + 1]:
                    ax.plot([j + 1.5, j + 1.5], [i + 0.5, i + 1.5], color="white",
                            linewidth=3.0, solid_capstyle="projecting")
                if codes[j, i] != codes[j + 1, i]:
                    ax.plot([i + 0.5, i + 1.5], [j + 1.5, j + 1.5], color="white",
                            linewidth=3.0, solid_capstyle="projecting")
        cell_pt = (8.0 - 1.4) * 72 / 5
        for code, segment in enumerate(SEGMENTS):
            r, fm, cells_wide = _label_block(codes == code)
            total = by_segment.get(segment, SegmentTotal(segment, 0, 0))
            colour = contrast(SEGMENT_COLOURS[segment])
            name = style.label(SEGMENT_LABELS[segment])
            name, size = _fit(name, cells_wide * cell_pt - 10, 9.5)
            ax.text(r, fm + 0.1, name, ha="center", va="bottom", fontsize=size,
                    fontweight="bold", color=colour, linespacing=1.1)
            share = total.revenue / revenue if revenue else 0.0
            detail = "\n".join((style.text(SEGMENT_COUNT, count=style.count(total.customers)),
                                style.text(SEGMENT_REVENUE, percent=style.percent(share, 0))))
            ax.text(r, fm + 0.02, detail, ha="center", va="top", fontsize=8, color=colour,
                    linespacing=1.3)
        ax.set_xlim(0.5, 5.5)
        ax.set_ylim(0.5, 5.5)
        ax.set_xticks(range(1, 6))
        ax.set_yticks(range(1, 6))
        ax.tick_params(length=0, pad=4)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_xlabel(style.text(R_AXIS))
        ax.set_ylabel(style.text(FM_AXIS))

        def cell(ax_: Axes, x: float, y: float) -> tuple[int, int] | None:
            r, fm = round(x), round(y)
            return (r, fm) if ax_ is ax and 1 <= r <= 5 and 1 <= fm <= 5 else None

        def hover(ax_: Axes, x: float, y: float) -> str | None:
            found = cell(ax_, x, y)
            if found is None:
                return None
            r, fm = found
            segment = SEGMENTS[codes[fm - 1, r - 1]]
            total = by_segment.get(segment, SegmentTotal(segment, 0, 0))
            return style.text(
                GRID_HOVER, segment=style.label(SEGMENT_LABELS[segment]),
                r=r, fm=fm, cell=style.count(counts[fm - 1, r - 1]),
                count=style.count(total.customers),
                revenue=style.money(total.revenue / 10**style.minor_digits))

        def pick(ax_: Axes, x: float, y: float) -> Pick | None:
            found = cell(ax_, x, y)
            return None if found is None else Pick("segment", (int(codes[found[1] - 1,
                                                                        found[0] - 1]),))

        return finish(figure, style, hover=hover, pick=pick)
