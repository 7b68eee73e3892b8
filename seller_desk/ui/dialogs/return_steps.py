"""Dialogs for the steps of a return that need no amount: a move with a note, and inspection."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from seller_desk.domain.returns import Disposition, ReturnReason
from seller_desk.services.return_steps import ReturnSteps
from seller_desk.services.return_view import ReturnView
from seller_desk.ui.dialogs.form import FormDialog
from seller_desk.ui.pages.return_labels import disposition_label
from seller_desk.ui.tasks import TaskRunner

# Items that came back broken rarely go back on the shelf: suggest writing them off.
WRITE_OFF_FIRST = frozenset({ReturnReason.DAMAGED.value})


class ReturnStepDialog(FormDialog):
    """A step of one request: a line saying what it does, an optional note, and a button named
    after the step. Subclasses add fields; `call(note)` is the service call for simple steps."""

    def __init__(self, runner: TaskRunner, title: str, explanation: str, ok_text: str,
                 call: Callable[[str], Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("returnStepDialog")
        self._call = call
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.explanation = QLabel(explanation, objectName="stepExplanation", wordWrap=True)
        self.form.addRow(self.explanation)
        self.note = QPlainTextEdit(objectName="stepNote")
        self.note.setPlaceholderText(self.tr("A note for the log (optional)"))
        self.note.setFixedHeight(80)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok_button.setText(ok_text)
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

    def add_note(self) -> None:
        """The note goes last, below whatever fields a subclass adds."""
        self.form.addRow(self.tr("Note"), self.note)

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def submission(self) -> Callable[[], Any]:
        assert self._call is not None
        call, note = self._call, self.note_text()
        return lambda: call(note)


class InspectDialog(ReturnStepDialog):
    """Each returned item back in stock or written off."""

    def __init__(self, runner: TaskRunner, steps: ReturnSteps, view: ReturnView,
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, title, "", "", parent=parent)
        self.setObjectName("inspectDialog")
        self._steps, self._view = steps, view
        self.explanation.setText(self.tr(
            "Say for each item whether it goes back in stock (its stock count rises and its "
            "cost comes off the return's cost) or is written off."))
        self.ok_button.setText(self.tr("Inspected"))
        self.lines = QTableWidget(len(view.lines), 4, objectName="inspectLines")
        self.lines.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Item"), self.tr("Qty"), self.tr("Goes")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.choices: list[QComboBox] = []
        first = (Disposition.WRITE_OFF if view.reason in WRITE_OFF_FIRST
                 else Disposition.RESTOCK)
        for row, line in enumerate(view.lines):
            self.lines.setItem(row, 0, QTableWidgetItem(line.sku))
            self.lines.setItem(row, 1, QTableWidgetItem(line.title))
            self.lines.setItem(row, 2, QTableWidgetItem(str(line.quantity)))
            combo = QComboBox(objectName=f"disposition_{line.id}")
            for choice in (Disposition.RESTOCK, Disposition.WRITE_OFF):
                combo.addItem(disposition_label(choice.value), choice.value)
            combo.setCurrentIndex(combo.findData(first.value))
            self.lines.setCellWidget(row, 3, combo)
            self.choices.append(combo)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.resizeColumnsToContents()
        self.lines.setMinimumWidth(520)
        rows = sum(self.lines.rowHeight(row) for row in range(min(len(view.lines), 6)))
        self.lines.setFixedHeight(self.lines.horizontalHeader().sizeHint().height() + rows + 4)
        self.form.addRow(self.lines)
        self.add_note()

    def submission(self) -> Callable[[], Any]:
        choices = {line.id: combo.currentData()
                   for line, combo in zip(self._view.lines, self.choices, strict=True)}
        steps, request_id, note = self._steps, self._view.id, self.note_text()
        return lambda: steps.inspect(request_id, choices, note)
