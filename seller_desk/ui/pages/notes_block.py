"""The notes part of a detail panel (orders and customers alike), with their action links."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from seller_desk.services.notes import NoteView
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.text import fill


def notes_html(notes: Sequence[NoteView], fmt: Formatter) -> str:
    if not notes:
        empty = QCoreApplication.translate("notes", "No notes yet.")
        return f'<p class="muted">{h.escape(empty)}</p>'
    parts = []
    for note in notes:
        when = fmt.date_time(note.updated_at)
        meta = fill(
            QCoreApplication.translate("notes", "%1, %2"),
            note.author or QCoreApplication.translate("notes", "someone"),
            when,
        )
        if note.revisions:
            meta += " · " + fill(
                QCoreApplication.translate("notes", "edited (%1 earlier versions)"), note.revisions
            )
        if note.order_number:
            meta += " · " + fill(QCoreApplication.translate("notes", "order %1"), note.order_number)
        if note.pinned:
            meta = QCoreApplication.translate("notes", "Pinned") + " · " + meta
        pin = (
            QCoreApplication.translate("notes", "Unpin")
            if note.pinned
            else QCoreApplication.translate("notes", "Pin")
        )
        links = " · ".join(
            [
                h.link(f"note-edit:{note.id}", QCoreApplication.translate("notes", "Edit")),
                h.link(f"note-pin:{note.id}:{0 if note.pinned else 1}", pin),
                *(
                    [
                        h.link(
                            f"note-history:{note.id}",
                            QCoreApplication.translate("notes", "History"),
                        )
                    ]
                    if note.revisions
                    else []
                ),
                h.link(f"note-delete:{note.id}", QCoreApplication.translate("notes", "Delete")),
            ]
        )
        extra = (
            f'<br><span class="muted">{h.escape(meta)}'
            f" · {links}</span>"
        )
        parts.append(h.paragraph(note.body, "note pinned" if note.pinned else "note", extra))
    return "".join(parts)
