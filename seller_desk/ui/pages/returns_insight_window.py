"""The returns insight in a window of its own beside the Returns page, sized as last left."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from seller_desk.services.return_insight import ReturnInsight
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.returns_insight import ReturnsInsightView
from seller_desk.ui.tasks import TaskRunner

GEOMETRY_KEY = "returns/insightGeometry"


class ReturnsInsightWindow(QDialog):
    def __init__(self, runner: TaskRunner, insight: ReturnInsight, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnsInsightWindow")
        self.view = ReturnsInsightView(runner, insight, fmt, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)
        self.resize(1200, 820)
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Returns insight"))
        self.view.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
