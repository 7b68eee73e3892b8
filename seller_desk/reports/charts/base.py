"""What every retention chart shares: its style, palette, figure set-up, hover and pick."""

from __future__ import annotations

import functools
import textwrap
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from seller_desk.domain.errors import fill_params
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.reports.charts.kinds import Pick

NO_DATA = QT_TRANSLATE_NOOP("charts", "No data yet")
PERCENT = QT_TRANSLATE_NOOP("charts", "{value}%")
MONEY = QT_TRANSLATE_NOOP("charts", "{amount} {currency}")

# One palette for every chart: dark ink for text, muted greys for axes, a few calm series colours.
INK, MUTED, FAINT, GRID = "#1f2933", "#52606d", "#9aa5b1", "#e4e7eb"
BLUE, ORANGE, GREEN, RED = "#2f6fb5", "#e07b39", "#2e9e6a", "#c8414b"
PURPLE, TEAL, GOLD = "#7e5aa8", "#2a9d8f", "#c9971c"
SERIES = (BLUE, ORANGE, GREEN, RED, PURPLE, GOLD, TEAL, MUTED)

Translate = Callable[[str, str], str]
Hover = Callable[[Axes, float, float], "str | None"]


def identity(context: str, text: str) -> str:
    return text


def plain_number(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


def iso_month(month: int) -> str:
    """Month number (months since January 1970) as "2026-03"."""
    year, index = divmod(int(month), 12)
    return f"{1970 + year:04d}-{index + 1:02d}"


@dataclass(frozen=True)
class ChartStyle:
    """How texts, numbers and money are shown; the UI passes its translator and locale here."""

    translate: Translate = identity
    currency: str = "USD"
    minor_digits: int = 2
    number: Callable[[float, int], str] = plain_number
    month: Callable[[int], str] = iso_month
    # The CJK families after DejaVu are glyph fallbacks: Linux (Noto, WenQuanYi), then Windows
    # and macOS, so Chinese labels render wherever one of them is installed.
    fonts: tuple[str, ...] = (
        "DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK TC", "WenQuanYi Zen Hei",
        "Microsoft YaHei", "Microsoft JhengHei", "PingFang SC", "Heiti SC",
    )

    def text(self, source: str, /, **params: object) -> str:
        """`source` (marked under "charts") translated, its `{name}` placeholders filled."""
        return fill_params(self.translate("charts", source), params)

    def label(self, source: str) -> str:
        """A name the domain marked under "retention" (a segment, a stage), translated."""
        return self.translate("retention", source)

    def count(self, value: float) -> str:
        return self.number(float(value), 0)

    def percent(self, share: float, decimals: int = 1) -> str:
        return self.text(PERCENT, value=self.number(float(share) * 100, decimals))

    def money(self, major: float, decimals: int | None = None) -> str:
        digits = self.minor_digits if decimals is None else decimals
        return self.text(MONEY, amount=self.number(float(major), digits), currency=self.currency)


def nothing(ax: Axes, x: float, y: float) -> None:
    return None


@dataclass
class Chart:
    """A built figure with what to show under the mouse and what a click selects there."""

    figure: Figure
    hover: Hover = nothing
    pick: Callable[[Axes, float, float], Pick | None] = nothing
    fonts: tuple[str, ...] = field(default=ChartStyle.fonts)

    def save(self, path: Path, fmt: str) -> None:
        """Write the chart as "png" (150 dpi) or "svg"; a file that cannot be written raises
        OSError."""
        if fmt not in ("png", "svg"):
            raise ValueError(fmt)
        with _DRAWING, matplotlib.rc_context(_rc(self.fonts)):
            self.figure.savefig(path, format=fmt, dpi=150, facecolor="white")


# rc_context changes matplotlib's process-wide settings: charts are built one at a time, so a
# chart built on a worker thread cannot leak its fonts into one built on another.
_DRAWING = threading.RLock()


@functools.cache
def installed_fonts(fonts: tuple[str, ...]) -> list[str]:
    """The families of `fonts` that are installed (others would log a warning on every label)."""
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    return [name for name in fonts if name in known] or ["DejaVu Sans"]


def _rc(fonts: tuple[str, ...]) -> dict[str, object]:
    return {
        "font.family": list(installed_fonts(fonts)), "font.size": 9, "text.color": INK,
        "axes.titlesize": 11, "axes.titleweight": "bold", "axes.titlelocation": "left",
        "axes.titlepad": 10, "axes.labelsize": 9, "axes.labelcolor": MUTED,
        "axes.edgecolor": FAINT, "axes.linewidth": 0.8,
        "axes.spines.top": False, "axes.spines.right": False,
        "xtick.labelsize": 8, "ytick.labelsize": 8, "xtick.color": FAINT, "ytick.color": FAINT,
        "xtick.labelcolor": MUTED, "ytick.labelcolor": MUTED,
        "legend.fontsize": 8, "legend.frameon": False, "grid.color": GRID, "grid.linewidth": 0.8,
        # A "$" in a shop's text is a dollar sign, never the start of a formula.
        "text.parse_math": False,
        "svg.fonttype": "path",
    }


@contextmanager
def drawing(style: ChartStyle) -> Iterator[None]:
    """Build a chart inside this: the style's fonts (CJK fallbacks included) and text sizes."""
    with _DRAWING, matplotlib.rc_context(_rc(style.fonts)):
        yield


def new_figure(width: float = 8.0, height: float = 4.8) -> Figure:
    figure = Figure(figsize=(width, height), layout="constrained", facecolor="white")
    figure.get_layout_engine().set(w_pad=0.12, h_pad=0.1)
    return figure


def finish(figure: Figure, style: ChartStyle, hover: Hover = nothing,
           pick: Callable[[Axes, float, float], Pick | None] = nothing) -> Chart:
    """Create each axis' first tick inside the style's settings: the ticks matplotlib adds later
    (when the window draws) copy their fonts and sizes from it."""
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            axis.get_major_ticks(1)
            axis.get_minor_ticks(1)
    return Chart(figure, hover, pick, style.fonts)


def tidy(ax: Axes, grid: str = "y") -> None:
    """Light grid behind the data, no box: the data carries the ink."""
    ax.set_axisbelow(True)
    if grid:
        ax.grid(True, axis=grid)
    ax.tick_params(length=3, width=0.8)


def heading(ax: Axes, style: ChartStyle, title: str, subtitle: str | None = None) -> None:
    """Title on the left; a muted line under it says how to read the chart. The subtitle is
    wrapped to the figure's width here, where the layout can still make room for its lines."""
    lines = 0
    if subtitle:
        room = (ax.figure.get_figwidth() - 1.3) * 72
        chars = max(20, int(len(subtitle) * room / max(text_width(subtitle, 8), 1.0)))
        subtitle = textwrap.fill(subtitle, chars, break_long_words=True)
        lines = subtitle.count("\n") + 1
        ax.annotate(subtitle, xy=(0, 1), xycoords="axes fraction", xytext=(0, 8),
                    textcoords="offset points", ha="left", va="bottom", fontsize=8, color=MUTED,
                    linespacing=1.3)
    ax.set_title(title, pad=10 + 11 * lines + (2 if lines else 0))


def empty(style: ChartStyle, title: str, width: float = 8.0, height: float = 4.8) -> Chart:
    """An empty axis saying there is nothing to draw yet."""
    with drawing(style):
        figure = new_figure(width, height)
        ax = figure.add_subplot()
        heading(ax, style, title)
        ax.set_xticks([])
        ax.set_yticks([])
        ax.text(0.5, 0.5, style.text(NO_DATA), transform=ax.transAxes, ha="center",
                va="center", color=FAINT, fontsize=11)
        return finish(figure, style)


def text_width(text: str, size: float) -> float:
    """Rough width in points of a one-line label (CJK glyphs are about twice as wide)."""
    return size * 0.6 * sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def contrast(colour: str | tuple[float, ...]) -> str:
    """White or ink, whichever reads better on `colour` (relative luminance)."""
    r, g, b = matplotlib.colors.to_rgb(colour)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "white" if luminance < 0.55 else INK


def nearest(values: np.ndarray, x: float) -> int:
    """Index of the value closest to `x` in sorted `values`."""
    i = int(np.clip(np.searchsorted(values, x), 1, max(values.size - 1, 1)))
    if values.size < 2:
        return 0
    return i if values[i] - x < x - values[i - 1] else i - 1
