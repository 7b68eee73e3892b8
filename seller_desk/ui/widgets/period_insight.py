"""What both insight windows share: a period's figures worked out off the UI thread (stale
answers dropped, charts rebuilt on a language change) and a window that remembers its size."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from seller_desk.domain.errors import KnownError
from seller_desk.services.progress import Cancelled
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.retention_compute import chart_style
from seller_desk.ui.tasks import TaskHandle, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.chart_view import ChartView
from seller_desk.ui.widgets.message_bar import MessageBar
from seller_desk.ui.widgets.period_choice import PeriodChoice


class PeriodInsightView(QWidget):
    """Subclasses give `compute(since, until, style)` and `rebuild(view, style)` (both run on a
    worker), `working_text()`, and `show_view(view)`; `status` is the line that says "working"
    and the period's headline. Work starts when the view is first shown and whenever the
    period changes; each question gets a generation number and older answers are dropped."""

    def __init__(self, runner: TaskRunner, fmt: Formatter, period_key: str, charts: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.fmt = runner, fmt
        self.view: Any = None
        self.loading = False
        self._generation = 0
        self._pending: TaskHandle | None = None
        self._started = False
        self.period_label = QLabel()
        self.choice = PeriodChoice(period_key, "last_90", 89, self)
        self.period, self.first, self.last = self.choice.widgets()
        self.status = QLabel(wordWrap=True)
        self.messages = MessageBar()
        self.charts = {key: ChartView(key) for key in charts}
        for chart in self.charts.values():
            chart.failed.connect(self.messages.show_error)
            chart.saved.connect(self._chart_saved)
        self.choice.changed.connect(self.refresh)

    def period_row(self) -> QHBoxLayout:
        top = QHBoxLayout()
        for widget in (self.period_label, *self.choice.widgets()):
            top.addWidget(widget)
        top.addStretch(1)
        return top

    # -- for subclasses --------------------------------------------------------------------
    compute: Callable[..., Any]
    rebuild: Callable[..., Any]

    def working_text(self) -> str:
        raise NotImplementedError

    def show_view(self, view: Any) -> None:
        raise NotImplementedError

    # -- life cycle ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:  # nothing is worked out before the seller opens it
            self._started = True
            self.refresh()

    def bounds(self) -> tuple[datetime, datetime]:
        return self.choice.bounds()

    def refresh(self) -> None:
        if not self._started:
            return
        if self._pending is not None:
            self._pending.cancel()
        self.loading = True
        self.status.setText(self.working_text())
        since, until = self.bounds()
        self._pending = self._run(self.compute, since, until, chart_style(self.fmt.locale))

    def _run(self, fn: Callable[..., Any], *args: Any) -> TaskHandle:
        self._generation += 1
        generation = self._generation
        return self.runner.run(fn, *args, on_done=lambda view: self._arrived(generation, view),
                               on_error=lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, view: Any) -> None:
        if generation != self._generation:
            return
        self._pending, self.loading, self.view = None, False, view
        for key, chart in self.charts.items():
            chart.set_chart(view.charts[key])
        self.show_view(view)

    def _failed(self, generation: int, error: KnownError) -> None:
        if generation != self._generation:
            return
        self._pending, self.loading = None, False
        self.status.setText("")
        if not isinstance(error, Cancelled):
            self.messages.show_error(error)

    def _chart_saved(self, path: str) -> None:
        self.messages.show_info(fill(self.tr("Saved the chart to %1."), path))

    def retranslate(self) -> None:
        """Texts are the subclass's; charts are drawn again in the new language."""
        self.period_label.setText(self.tr("Period"))
        self.choice.retranslate()
        for chart in self.charts.values():
            chart.retranslate()
        if self.view is not None:
            self.show_view(self.view)
            self._run(self.rebuild, self.view, chart_style(self.fmt.locale))


class InsightWindow(QDialog):
    """An insight view in a window of its own beside its page, sized as last left."""

    geometry_key = ""

    def __init__(self, view: PeriodInsightView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        view.setParent(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(view)
        self.resize(1200, 820)
        geometry = QSettings().value(self.geometry_key)
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(self.geometry_key, self.saveGeometry())
        super().closeEvent(event)
