"""Undo in the listing editor: one stack for every field, offer and picture edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

FIELD_EDIT = 1001
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class TextField(QObject):
    """One text-like input of the editor; each change the seller makes becomes an undo step
    (typing in one field runs together into one step)."""

    def __init__(self, name: str, widget: QLineEdit | QPlainTextEdit | QComboBox,
                 stack: QUndoStack, on_change: Callable[[], None], label: str) -> None:
        super().__init__(widget)
        self.name, self.widget, self.label = name, widget, label
        self._stack, self._on_change = stack, on_change
        self._applying = False
        self._last = self.value()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(self._changed)
        else:
            widget.currentTextChanged.connect(self._changed)

    def value(self) -> str:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return w.currentText()

    def load(self, text: str) -> None:
        """Set the value the editor opens with (not an undo step)."""
        self._set(text)
        self._last = text

    def apply(self, text: str) -> None:
        """Show `text` (an undo or redo), without recording it again."""
        if self.value() != text:
            self._set(text)
        self._last = text
        self._on_change()

    def _set(self, text: str) -> None:
        self._applying = True
        try:
            w = self.widget
            if isinstance(w, QLineEdit):
                w.setText(text)
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(text)
            else:
                w.setCurrentText(text)
        finally:
            self._applying = False

    def _changed(self, *_args: object) -> None:
        new = self.value()
        if self._applying or new == self._last:
            return
        old, self._last = self._last, new
        self._stack.push(FieldEdit(self, old, new))


class FieldEdit(QUndoCommand):
    def __init__(self, field: TextField, old: str, new: str) -> None:
        super().__init__(field.label)
        self.field, self.old, self.new = field, old, new

    def id(self) -> int:
        return FIELD_EDIT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.field is not self.field:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.field.apply(self.new)

    def undo(self) -> None:
        self.field.apply(self.old)


class Change(QUndoCommand):
    """A change to the offers or the pictures, given as the two functions that make and
    unmake it (a list row added, moved, removed or edited)."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


def is_undo_key(event: QKeyEvent) -> str:
    """"undo", "redo" or "" for a key press."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    combo = QKeySequence(event.keyCombination())
    if event.matches(QKeySequence.StandardKey.Redo) or combo in REDO_KEYS:
        return "redo"
    return ""


class UndoKeys(QObject):
    """Text inputs keep Ctrl+Z for their own undo; in the editor it belongs to the editor's
    stack, so one Ctrl+Z steps back through every field, offer and picture alike."""

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self._stack = stack

    def watch(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox)):
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        which = is_undo_key(event)
        if not which:
            return False
        if kind == QEvent.Type.KeyPress:  # no shortcut took it (nothing to undo): swallow
            if which == "undo" and self._stack.canUndo():
                self._stack.undo()
            elif which == "redo" and self._stack.canRedo():
                self._stack.redo()
        # Left unaccepted, a ShortcutOverride lets the dialog's Undo/Redo actions fire.
        return True
