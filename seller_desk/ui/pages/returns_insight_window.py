"""The returns insight in a window of its own beside the Returns page, sized as last left."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from seller_desk.services.return_insight import ReturnInsight
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.returns_insight import ReturnsInsightView
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.widgets.period_insight import InsightWindow


class ReturnsInsightWindow(InsightWindow):
    geometry_key = "returns/insightGeometry"

    def __init__(self, runner: TaskRunner, insight: ReturnInsight, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(ReturnsInsightView(runner, insight, fmt), parent)
        self.setObjectName("returnsInsightWindow")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Returns insight"))
        self.view.retranslate()
