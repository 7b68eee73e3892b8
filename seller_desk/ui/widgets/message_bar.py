"""A thin bar above a page's content that shows known problems and notices, and can be closed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from seller_desk.domain.errors import KnownError

STYLES = {
    "error": "background:#fdecea; border:1px solid #f5c2bd; color:#611a15;",
    "info": "background:#e8f1fb; border:1px solid #b9d3f0; color:#0b3a66;",
}


def error_text(error: KnownError) -> str:
    """A known error's message in the window's language, with its placeholders filled."""
    return error.render(QCoreApplication.translate(error.context, error.message))


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(self._label.textInteractionFlags())
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, interval=8000)
        self._timer.timeout.connect(self.hide)
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    def show_error(self, error: KnownError | str) -> None:
        text = error if isinstance(error, str) else error_text(error)
        self._show(text, "error")
        self._timer.stop()

    def show_info(self, text: str) -> None:
        self._show(text, "info")
        self._timer.start()

    def _show(self, text: str, kind: str) -> None:
        self.setStyleSheet(f"MessageBar {{ {STYLES[kind]} border-radius:4px; }}")
        self._label.setText(text)
        self.show()
