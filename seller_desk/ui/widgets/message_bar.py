"""A thin bar above a page's content that shows known problems and notices, and can be closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from seller_desk.domain.errors import KnownError

STYLES = {
    "error": "background:#fdecea; border:1px solid #f5c2bd; color:#611a15;",
    "info": "background:#e8f1fb; border:1px solid #b9d3f0; color:#0b3a66;",
}


def error_text(error: KnownError) -> str:
    """A known error's message in the window's language, with its placeholders filled."""
    return error.render(
        QCoreApplication.translate(error.context, error.message), QCoreApplication.translate
    )


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(self._label.textInteractionFlags())
        self._action = QPushButton(objectName="messageAction")
        self._action.hide()
        self._on_action: Callable[[], None] | None = None
        self._action.clicked.connect(self._act)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._action)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, interval=8000)
        self._timer.timeout.connect(self.hide)
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    def show_error(self, error: KnownError | str) -> None:
        self._action.hide()
        text = error if isinstance(error, str) else error_text(error)
        self._show(text, "error")
        self._timer.stop()

    def show_info(
        self, text: str, action: str = "", on_action: Callable[[], None] | None = None
    ) -> None:
        """An information line; with `action`, a button (Undo) that runs `on_action` once."""
        self._show(text, "info")
        self._on_action = on_action
        self._action.setText(action)
        self._action.setVisible(bool(action and on_action))
        self._timer.start(20_000 if action else 8000)

    def _act(self) -> None:
        action, self._on_action = self._on_action, None
        self._action.hide()
        self.hide()
        if action is not None:
            action()

    def _show(self, text: str, kind: str) -> None:
        self.setStyleSheet(f"MessageBar {{ {STYLES[kind]} border-radius:4px; }}")
        self._label.setText(text)
        self.show()
