"""A small form dialog: fields, an inline error line, and a save that runs off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.widgets.message_bar import MessageBar


class FormDialog(QDialog):
    """Subclasses add rows to `form` and implement `submission()`; Save runs it as a write
    task, shows a refusal in place (nothing typed is lost) and closes on success."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result_value: Any = None
        self.messages = MessageBar()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def submission(self) -> Callable[[], Any]:
        """The service call to run; raise KnownError here for input the form can check."""
        raise NotImplementedError

    def save(self) -> None:
        try:
            call = self.submission()
        except KnownError as error:
            self.messages.show_error(error)
            return
        self.buttons.setEnabled(False)
        self.runner.run(call, on_done=self._saved, on_error=self._refused, lane=Lane.WRITE)

    def _saved(self, value: Any) -> None:
        self.result_value = value
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        self.messages.show_error(error)
