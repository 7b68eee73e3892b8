"""Tick placement and labels: percentages, numbers and months that never crowd each other."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.axis import Axis
from matplotlib.ticker import FuncFormatter, Locator, MaxNLocator

from seller_desk.reports.charts.base import ChartStyle, text_width

MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)


def percent_axis(axis: Axis, style: ChartStyle) -> None:
    """Shares (0..1) shown as percentages; one decimal only where ticks are under 1% apart."""
    axis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    axis.set_major_formatter(
        FuncFormatter(lambda v, _: style.percent(v, min(1, _decimals(axis, 100))))
    )


def number_axis(axis: Axis, style: ChartStyle, integer: bool = False) -> None:
    axis.set_major_locator(MaxNLocator(nbins=6, integer=integer, steps=[1, 2, 2.5, 5, 10]))
    axis.set_major_formatter(FuncFormatter(lambda v, _: style.number(v, _decimals(axis))))


def _decimals(axis: Axis, scale: float = 1.0) -> int:
    """Decimals the tick step needs (0 for steps of 1 and more)."""
    ticks = axis.get_majorticklocs() * scale
    step = float(np.min(np.diff(ticks))) if len(ticks) > 1 else 1.0
    return 0 if step >= 1 or step <= 0 else min(3, int(np.ceil(-np.log10(step))))


def tick_step(count: int, most: int) -> int:
    """A step of 1, 2, 3, 6, 12... that labels at most `most` of `count` positions."""
    return next((s for s in MONTH_STEPS if count / s <= most), MONTH_STEPS[-1])


class SpacedLocator(Locator):
    """Ticks on whole positions whose value (a month number, or a count of months) is a
    multiple of 1, 2, 3, 6, 12...: the smallest step that keeps labels `spacing` points apart
    at the axis' size when drawn, so a smaller window gets fewer labels, never overlapping ones.
    `values[i]` is the value at position i (default: the position itself)."""

    def __init__(self, spacing: float, values: Sequence[int] | None = None) -> None:
        self.spacing = spacing
        self.values = values

    def __call__(self) -> list[int]:
        low, high = sorted(self.axis.get_view_interval())
        positions = range(int(np.ceil(low)), int(np.floor(high)) + 1)
        if self.values is not None:
            positions = range(max(positions.start, 0), min(positions.stop, len(self.values)))
        ax = self.axis.axes
        box = ax.bbox
        pixels = box.height if self.axis.axis_name == "y" else box.width
        most = max(1, int(pixels * 72 / ax.figure.dpi / self.spacing))
        step = tick_step(len(positions), most)
        value = (lambda p: p) if self.values is None else self.values.__getitem__
        return [p for p in positions if int(value(p)) % step == 0] or list(positions[:1])

    def tick_values(self, vmin: float, vmax: float) -> list[int]:
        return self()


def month_axis(axis: Axis, style: ChartStyle, first: int, last: int) -> None:
    """Month numbers on `axis` labelled like "2026-03": every month, quarter, half year or
    January, as many as fit without overlapping."""
    widest = max(text_width(style.month(m), 8) for m in (first, last, first - first % 12 + 11))
    axis.set_major_locator(SpacedLocator(widest + 14))
    axis.set_major_formatter(FuncFormatter(lambda v, _: style.month(round(v))))
