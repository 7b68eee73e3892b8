"""A compact progress bar with a Cancel button for one background task; hidden when idle."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget


class TaskProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(16)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton(objectName="cancelTask")
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.on_cancel: Callable[[], None] | None = None
        self.running = False
        self.retranslate()
        self.hide()

    def start(self, text: str, on_cancel: Callable[[], None]) -> None:
        """Show the task as started; Cancel calls `on_cancel` (once)."""
        self.on_cancel, self.running = on_cancel, True
        self.text.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.cancel.setEnabled(True)
        self.show()

    def report(self, done: int, total: int, text: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if text:
            self.text.setText(QCoreApplication.translate("progress", text))

    def finish(self) -> None:
        self.on_cancel, self.running = None, False
        self.hide()

    def _cancel(self) -> None:
        if self.on_cancel is not None:
            self.on_cancel()
            self.cancel.setEnabled(False)
            self.text.setText(self.tr("Cancelling…"))

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop; nothing is stored"))
