"""What the note links in a detail panel do: edit, pin, show history, delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from seller_desk.services.notes import NotesService, Revision
from seller_desk.ui.dialogs.notes import NoteDialog
from seller_desk.ui.pages.table_page import TablePage
from seller_desk.ui.tasks import Lane
from seller_desk.ui.text import fill


def handle_note_link(page: TablePage, notes: NotesService, link: str) -> bool:
    """Act on a note-… link; False when the link is not about notes."""
    kind, _, rest = link.partition(":")
    if not kind.startswith("note-"):
        return False
    note_id = int(rest.split(":")[0])
    if kind == "note-edit":
        current = next(
            (n for n in getattr(page.current_detail, "notes", ()) if n.id == note_id), None
        )
        dialog = NoteDialog(
            page.runner, notes, note_id=note_id, text=current.body if current else "", parent=page
        )
        if dialog.exec():
            page.changed(
                QCoreApplication.translate(
                    "notes", "Note saved; the earlier text is kept in its history."
                )
            )
    elif kind == "note-pin":
        pinned = rest.endswith(":1")
        page.runner.run(
            notes.set_pinned,
            note_id,
            pinned,
            lane=Lane.WRITE,
            on_done=lambda _: page.changed(),
            on_error=page.messages.show_error,
        )
    elif kind == "note-history":
        page.runner.run(
            notes.history,
            note_id,
            on_error=page.messages.show_error,
            on_done=lambda revisions: _show_history(page, revisions),
        )
    elif kind == "note-delete":
        answer = QMessageBox.question(
            page,
            QCoreApplication.translate("notes", "Delete note"),
            QCoreApplication.translate("notes", "Delete this note and its history?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            page.runner.run(
                notes.delete,
                note_id,
                lane=Lane.WRITE,
                on_done=lambda _: page.changed(
                    QCoreApplication.translate("notes", "Note deleted.")
                ),
                on_error=page.messages.show_error,
            )
    return True


def _show_history(page: TablePage, revisions: tuple[Revision, ...]) -> None:
    text = "\n\n".join(
        fill(
            QCoreApplication.translate("notes", "%1, %2:"),
            r.author or QCoreApplication.translate("notes", "someone"),
            page.fmt.date_time(r.edited_at),
        )
        + "\n"
        + r.body
        for r in revisions
    ) or QCoreApplication.translate("notes", "This note was never edited.")
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        QCoreApplication.translate("notes", "Earlier versions"),
        text,
        QMessageBox.StandardButton.Close,
        page,
    )
    box.exec()
