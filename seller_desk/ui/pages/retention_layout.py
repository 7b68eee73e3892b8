"""A scrolling column of rows: the charts of a row side by side where they fit at nearly their
designed size, one under the other where they do not."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from seller_desk.ui.widgets.chart_view import ChartView

SIDE_BY_SIDE = 0.86  # a row stays side by side while each chart keeps this share of its size
GAP = 16


def natural_width(widget: QWidget) -> int:
    if isinstance(widget, ChartView):
        return widget.natural_width
    return max(widget.minimumSizeHint().width(), widget.minimumWidth(), 260)


class ChartRows(QScrollArea):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.content = QWidget(objectName=f"{name}Content")
        self._column = QVBoxLayout(self.content)
        self._column.setContentsMargins(4, 8, 12, 12)
        self._column.setSpacing(GAP)
        self.setWidget(self.content)
        self._rows: list[tuple[QGridLayout, tuple[QWidget, ...], tuple[int, ...]]] = []
        self._wide: list[bool | None] = []

    def add_row(self, *widgets: QWidget, stretches: Sequence[int] = ()) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(GAP)
        grid.setVerticalSpacing(GAP)
        self._column.addLayout(grid)
        self._rows.append((grid, widgets, tuple(stretches) or (1,) * len(widgets)))
        self._wide.append(None)
        self._arrange()

    def add_widget(self, widget: QWidget) -> None:
        """A full-width line (a heading, a note, a box) between rows."""
        self._column.addWidget(widget)

    def finish(self) -> None:
        self._column.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        room = self.viewport().width() - 16
        for number, (grid, widgets, stretches) in enumerate(self._rows):
            need = sum(natural_width(w) for w in widgets) * SIDE_BY_SIDE + GAP * (len(widgets) - 1)
            wide = len(widgets) == 1 or need <= room
            if wide == self._wide[number]:
                continue
            self._wide[number] = wide
            for widget in widgets:
                grid.removeWidget(widget)
            for column in range(grid.columnCount()):
                grid.setColumnStretch(column, 0)
            for place, widget in enumerate(widgets):
                align = Qt.AlignmentFlag.AlignTop
                if wide:
                    grid.addWidget(widget, 0, place, align)
                    grid.setColumnStretch(place, stretches[place])
                else:
                    grid.addWidget(widget, place, 0, align)
            if not wide:
                grid.setColumnStretch(0, 1)


def section_title(name: str = "sectionTitle") -> QLabel:
    return QLabel(objectName=name)


def note(name: str = "") -> QLabel:
    label = QLabel(objectName=name or "retentionNote", wordWrap=True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
