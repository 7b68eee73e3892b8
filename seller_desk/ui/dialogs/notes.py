"""Dialogs for writing things down: a note, a follow-up reminder, an order tag."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from seller_desk.services.notes import NotesService
from seller_desk.ui.dialogs.form import FormDialog
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill


class NoteDialog(FormDialog):
    """Add a note to a customer or an order, or edit one (the old text is kept as history)."""

    def __init__(self, runner: TaskRunner, notes: NotesService, *, customer_id: int | None = None,
                 order_id: int | None = None, note_id: int | None = None, text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("noteDialog")
        self._notes, self._note_id = notes, note_id
        self._customer_id, self._order_id = customer_id, order_id
        self.setWindowTitle(self.tr("Edit note") if note_id else self.tr("New note"))
        self.body = QPlainTextEdit(text, objectName="noteBody")
        self.body.setMinimumSize(420, 160)
        self.pinned = QCheckBox(self.tr("Pin to the top"), objectName="notePinned")
        self.form.addRow(self.body)
        if note_id is None:
            self.form.addRow(self.pinned)

    def submission(self) -> Callable[[], Any]:
        text = self.body.toPlainText()
        if self._note_id is not None:
            note_id = self._note_id
            return lambda: self._notes.edit(note_id, text)
        pinned = self.pinned.isChecked()
        return lambda: self._notes.add(text, customer_id=self._customer_id,
                                       order_id=self._order_id, pinned=pinned)


class FollowUpDialog(FormDialog):
    def __init__(self, runner: TaskRunner, notes: NotesService, *, customer_id: int | None = None,
                 order_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("followUpDialog")
        self._notes, self._customer_id, self._order_id = notes, customer_id, order_id
        self.setWindowTitle(self.tr("Follow up"))
        self.title = QLineEdit(objectName="followUpTitle")
        self.title.setPlaceholderText(self.tr("e.g. Check the parcel arrived"))
        self.title.setMinimumWidth(360)
        self.due = QDateEdit(objectName="followUpDue", calendarPopup=True)
        tomorrow = date.today() + timedelta(days=3)
        self.due.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.form.addRow(self.tr("What"), self.title)
        self.form.addRow(self.tr("Due on"), self.due)

    def submission(self) -> Callable[[], Any]:
        title, due = self.title.text(), self.due.date().toPython()
        assert isinstance(due, date)
        return lambda: self._notes.add_follow_up(title, due, customer_id=self._customer_id,
                                                 order_id=self._order_id)


class TagDialog(FormDialog):
    """Add a tag to the selected orders."""

    def __init__(self, runner: TaskRunner, add: Callable[[str], int], count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("tagDialog")
        self._add = add
        self.setWindowTitle(fill(self.tr("Add a tag to the selected orders (%1)"), count))
        self.tag = QLineEdit(objectName="tagText")
        self.tag.setPlaceholderText(self.tr("e.g. gift, priority"))
        self.form.addRow(self.tr("Tag"), self.tag)

    def submission(self) -> Callable[[], Any]:
        tag = self.tag.text()
        return lambda: self._add(tag)
