"""A matplotlib chart in the window: drawn as designed, with its hover text, its click and a save.

Charts are built off the UI thread at a size in inches meant for 100 pixels per inch. Where the
view is narrower the whole chart shrinks evenly (fonts too), so nothing wraps or clips; where it
is wider the chart widens up to STRETCH, so its text keeps the size it was designed at.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QCursor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolButton,
    QToolTip,
    QWidget,
)

from seller_desk.reports.charts.kinds import Pick
from seller_desk.ui.text import fill

if TYPE_CHECKING:
    from matplotlib.backend_bases import LocationEvent, MouseEvent
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from seller_desk.reports.charts import Chart

DESIGN_DPI = 100.0
STRETCH = 1.6  # at most this much wider than designed
SMALLEST = 0.55  # never shrunk below this share of its designed size
FORMATS = {"png": "*.png", "svg": "*.svg"}


@cache
def _canvas_class() -> type[FigureCanvasQTAgg]:
    """matplotlib's Qt canvas, imported when the first chart is shown rather than at start-up
    (it costs a third of a second the window does not need to appear)."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class Canvas(FigureCanvasQTAgg):
        """Draws only while shown: the charts of a tab the seller has not opened wait until
        then (matplotlib would otherwise draw every one on the UI thread at each refresh)."""

        _waiting = False

        def draw_idle(self) -> None:
            if self.isVisible():
                super().draw_idle()
            else:
                self._waiting = True

        def showEvent(self, event: QShowEvent) -> None:
            super().showEvent(event)
            if self._waiting:
                self._waiting = False
                super().draw_idle()

    return Canvas


class ChartView(QWidget):
    """Shows one Chart. `picked` carries the Pick of a click; `failed` a save that went wrong."""

    picked = Signal(object)
    failed = Signal(str)
    saved = Signal(str)

    def __init__(self, name: str = "chart", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.chart: Chart | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self._natural = QSize(800, 480)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._save = QToolButton(self, objectName="saveChart", autoRaise=True)
        self._save.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self._save.clicked.connect(self.save_as)
        self._save.hide()
        self._tip = ""
        self.retranslate()

    def retranslate(self) -> None:
        self._save.setToolTip(self.tr("Save chart as PNG or SVG…"))

    # -- the chart -----------------------------------------------------------------------
    def set_chart(self, chart: Chart) -> None:
        old = self.canvas
        self.chart = chart
        width, height = chart.figure.get_size_inches()
        self._natural = QSize(round(width * DESIGN_DPI), round(height * DESIGN_DPI))
        self.canvas = _canvas_class()(chart.figure)
        self.canvas.setParent(self)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("button_press_event", self._click)
        self.canvas.mpl_connect("figure_leave_event", self._leave)
        if old is not None:
            old.hide()
            old.deleteLater()
        self._place()
        self.canvas.show()
        self._save.show()
        self._save.raise_()
        self.updateGeometry()

    def _place(self) -> None:
        if self.canvas is None or self.chart is None:
            return
        nat_w, nat_h = self._natural.width(), self._natural.height()
        room_w = max(self.width(), 1)
        scale = max(min(1.0, room_w / nat_w), SMALLEST)
        if scale < 1.0:
            width, height = round(nat_w * scale), round(nat_h * scale)
        else:
            width, height = min(room_w, round(nat_w * STRETCH)), nat_h
        dpi = DESIGN_DPI * scale
        figure = self.chart.figure
        ratio = self.canvas.device_pixel_ratio
        # matplotlib multiplies the figure's "original" dpi by the screen's pixel ratio when a
        # window moves between screens; keep it at the scale chosen here.
        figure._original_dpi = dpi  # type: ignore[attr-defined]
        figure.set_dpi(dpi * ratio)
        figure.set_size_inches(width / dpi, height / dpi, forward=False)
        self.canvas.setGeometry((room_w - width) // 2, 0, width, height)
        self.canvas.draw_idle()
        hint = self._save.sizeHint()
        self._save.setGeometry(self.canvas.geometry().right() - hint.width() - 2, 2,
                               hint.width(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        scale = max(min(1.0, width / max(self._natural.width(), 1)), SMALLEST)
        return round(self._natural.height() * scale)

    def sizeHint(self) -> QSize:
        return self._natural

    def minimumSizeHint(self) -> QSize:
        return QSize(round(self._natural.width() * SMALLEST),
                     round(self._natural.height() * SMALLEST))

    @property
    def natural_width(self) -> int:
        return self._natural.width()

    # -- hover and click -----------------------------------------------------------------
    def _hover(self, event: LocationEvent) -> None:
        chart, canvas = self.chart, self.canvas
        if chart is None or canvas is None:
            return
        ax = event.inaxes
        text = pick = None
        if ax is not None and event.xdata is not None and event.ydata is not None:
            text = chart.hover(ax, event.xdata, event.ydata)
            pick = chart.pick(ax, event.xdata, event.ydata)
        canvas.setCursor(Qt.CursorShape.PointingHandCursor if pick is not None
                         else Qt.CursorShape.ArrowCursor)
        if text:
            if text != self._tip or not QToolTip.isVisible():
                QToolTip.showText(QCursor.pos() + QPoint(12, 16), text, canvas)
        elif self._tip:
            QToolTip.hideText()
        self._tip = text or ""

    def _leave(self, _event: LocationEvent) -> None:
        if self._tip:
            QToolTip.hideText()
            self._tip = ""

    def _click(self, event: MouseEvent) -> None:
        chart = self.chart
        if (chart is None or event.button != 1 or event.inaxes is None or event.xdata is None
                or event.ydata is None):
            return
        pick = chart.pick(event.inaxes, event.xdata, event.ydata)
        if pick is not None:
            self.choose(pick)

    def choose(self, pick: Pick) -> None:
        """What a click on a pickable part of the chart does."""
        self.picked.emit(pick)

    # -- saving --------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.chart is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Save chart as PNG or SVG…"), self.save_as)
        menu.exec(event.globalPos())

    def save_as(self) -> None:
        if self.chart is None:
            return
        settings = QSettings()
        folder = str(settings.value("charts/folder", str(Path.home())))
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG image (*.svg)")
        name = str(Path(folder) / f"{self.objectName()}.png")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), name, f"{png};;{svg}")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower().lstrip(".") not in FORMATS:
            target = target.with_name(target.name + (".svg" if chosen == svg else ".png"))
        settings.setValue("charts/folder", str(target.parent))
        self.save_to(target)

    def save_to(self, path: Path) -> bool:
        """Write the chart to `path` as PNG or SVG (by its suffix); say so, or say why not."""
        fmt = path.suffix.lower().lstrip(".")
        if self.chart is None or fmt not in FORMATS:
            self.failed.emit(fill(self.tr("Charts are saved as PNG or SVG, not “%1”."),
                                  path.suffix or path.name))
            return False
        try:
            self.chart.save(path, fmt)
        except OSError as error:
            self.failed.emit(fill(self.tr("Could not save the chart to %1: %2"), str(path),
                                  error.strerror or str(error)))
            return False
        finally:
            if self.canvas is not None:
                self.canvas.draw_idle()
        self.saved.emit(str(path))
        return True
