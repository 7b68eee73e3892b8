"""The notes part of a detail panel (orders and customers alike), with their action links."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from seller_desk.services.notes import NoteView
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.text import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("notes", text)


def notes_html(notes: Sequence[NoteView], fmt: Formatter) -> str:
    if not notes:
        return f'<p class="muted">{h.escape(tr("No notes yet."))}</p>'
    parts = []
    for note in notes:
        when = fmt.date_time(note.updated_at)
        meta = fill(tr("%1, %2"), note.author or tr("someone"), when)
        if note.revisions:
            meta += " · " + fill(tr("edited (%1 earlier versions)"), note.revisions)
        if note.order_number:
            meta += " · " + fill(tr("order %1"), note.order_number)
        pin = tr("Unpin") if note.pinned else tr("Pin")
        links = " · ".join([
            h.link(f"note-edit:{note.id}", tr("Edit")),
            h.link(f"note-pin:{note.id}:{0 if note.pinned else 1}", pin),
            *([h.link(f"note-history:{note.id}", tr("History"))] if note.revisions else []),
            h.link(f"note-delete:{note.id}", tr("Delete")),
        ])
        extra = f'<br><span class="muted">{"📌 " if note.pinned else ""}{h.escape(meta)}' \
                f" · {links}</span>"
        parts.append(h.paragraph(note.body, "note pinned" if note.pinned else "note", extra))
    return "".join(parts)
