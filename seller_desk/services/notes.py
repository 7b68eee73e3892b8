"""Notes on customers and orders (pinned, edited with history) and follow-up reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from seller_desk.domain.errors import NotFoundError, ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.authors import author_name
from seller_desk.services.lookups import filed_under
from seller_desk.store.database import Database
from seller_desk.store.models import Customer, FollowUp, Note, NoteRevision, Order

NOTE_LIMIT = 10_000


@dataclass(frozen=True)
class NoteView:
    id: int
    body: str
    author: str
    pinned: bool
    created_at: datetime
    updated_at: datetime
    order_id: int | None
    order_number: str
    revisions: int


@dataclass(frozen=True)
class Revision:
    body: str
    author: str
    edited_at: datetime


@dataclass(frozen=True)
class FollowUpView:
    id: int
    title: str
    due_on: date
    done: bool
    customer_id: int | None
    customer: str
    order_id: int | None
    order_number: str


def _body(text: str) -> str:
    body = text.strip()
    if not body:
        raise ValidationError(QT_TRANSLATE_NOOP("notes", "A note cannot be empty."), item="note")
    if len(body) > NOTE_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("notes", "A note can hold at most {limit} characters."),
            item="note", limit=NOTE_LIMIT)
    return body


class NotesService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, text: str, *, customer_id: int | None = None, order_id: int | None = None,
            pinned: bool = False) -> int:
        body = _body(text)
        with self._db.session() as session:
            now = datetime.now(UTC)
            owner = filed_under(session, customer_id, order_id, required=True)
            note = Note(customer_id=owner, order_id=order_id, body=body,
                        author=author_name(session), pinned=pinned, created_at=now,
                        updated_at=now)
            session.add(note)
            session.flush()
            return note.id

    def edit(self, note_id: int, text: str) -> None:
        """Change a note's text; what it said before is kept as a revision."""
        body = _body(text)
        with self._db.session() as session:
            note = self._note(session, note_id)
            if note.body == body:
                return
            session.add(NoteRevision(note_id=note.id, body=note.body, author=note.author,
                                     edited_at=note.updated_at))
            note.body = body
            note.author = author_name(session)
            note.updated_at = datetime.now(UTC)

    def set_pinned(self, note_id: int, pinned: bool) -> None:
        with self._db.session() as session:
            self._note(session, note_id).pinned = pinned

    def delete(self, note_id: int) -> None:
        with self._db.session() as session:
            session.delete(self._note(session, note_id))

    def history(self, note_id: int) -> tuple[Revision, ...]:
        """Earlier versions of a note, newest first."""
        with self._db.read_session() as session:
            rows = session.execute(
                select(NoteRevision.body, NoteRevision.author, NoteRevision.edited_at)
                .where(NoteRevision.note_id == note_id).order_by(NoteRevision.edited_at.desc(),
                                                                 NoteRevision.id.desc()))
            return tuple(Revision(*row) for row in rows)

    def notes_of_order(self, order_id: int) -> tuple[NoteView, ...]:
        with self._db.read_session() as session:
            return note_views(session, Note.order_id == order_id)

    @staticmethod
    def _note(session: Session, note_id: int) -> Note:
        note = session.get(Note, note_id)
        if note is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("notes", "This note no longer exists."), id=note_id)
        return note

    # Follow-ups
    def add_follow_up(self, title: str, due_on: date, *, customer_id: int | None = None,
                      order_id: int | None = None) -> int:
        text = " ".join(title.split())
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("notes", "Say what to follow up on."), item="title")
        with self._db.session() as session:
            owner = filed_under(session, customer_id, order_id, required=True)
            item = FollowUp(customer_id=owner,
                            order_id=order_id, title=text[:200], due_on=due_on,
                            author=author_name(session), created_at=datetime.now(UTC))
            session.add(item)
            session.flush()
            return item.id

    def set_done(self, follow_up_id: int, done: bool = True) -> None:
        with self._db.session() as session:
            item = session.get(FollowUp, follow_up_id)
            if item is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("notes", "This follow-up no longer exists."),
                    id=follow_up_id)
            item.done_at = datetime.now(UTC) if done else None

    def due(self, on: date, limit: int = 50) -> tuple[FollowUpView, ...]:
        """Open follow-ups due on or before `on`, the most overdue first."""
        with self._db.read_session() as session:
            return follow_up_views(
                session, (FollowUp.done_at.is_(None)) & (FollowUp.due_on <= on), limit)


def note_views(
    session: Session, where: ColumnElement[bool], limit: int = 500
) -> tuple[NoteView, ...]:
    revisions = (select(func.count(NoteRevision.id)).where(NoteRevision.note_id == Note.id)
                 .scalar_subquery())
    rows = session.execute(
        select(Note.id, Note.body, Note.author, Note.pinned, Note.created_at, Note.updated_at,
               Note.order_id, func.coalesce(Order.number, ""), revisions)
        .outerjoin(Order, Order.id == Note.order_id)
        .where(where)
        .order_by(Note.pinned.desc(), Note.created_at.desc(), Note.id.desc())
        .limit(limit))
    return tuple(NoteView(*row) for row in rows)


def follow_up_views(
    session: Session, where: ColumnElement[bool], limit: int
) -> tuple[FollowUpView, ...]:
    rows = session.execute(
        select(FollowUp.id, FollowUp.title, FollowUp.due_on, FollowUp.done_at.is_not(None),
               FollowUp.customer_id, func.coalesce(Customer.name, ""), FollowUp.order_id,
               func.coalesce(Order.number, ""))
        .outerjoin(Customer, Customer.id == FollowUp.customer_id)
        .outerjoin(Order, Order.id == FollowUp.order_id)
        .where(where)
        .order_by(FollowUp.due_on, FollowUp.id)
        .limit(limit))
    return tuple(FollowUpView(*row) for row in rows)
