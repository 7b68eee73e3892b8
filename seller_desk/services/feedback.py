"""Recording what customers said (CSAT, NPS, complaints) and the monthly scores over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from seller_desk.domain.errors import NotFoundError, ValidationError
from seller_desk.domain.feedback import (
    ComplaintStatus,
    FeedbackChannel,
    FeedbackKind,
    MonthScore,
    check_complaint_move,
    monthly_scores,
    resolution_time,
    validate_score,
)
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.authors import author_name
from seller_desk.services.lookups import filed_under
from seller_desk.store.database import Database
from seller_desk.store.models import Complaint, Customer, Feedback, Order


@dataclass(frozen=True)
class ComplaintView:
    id: int
    subject: str
    status: ComplaintStatus
    opened_at: datetime
    resolved_at: datetime | None
    customer: str
    order_number: str

    @property
    def resolution_time(self) -> timedelta | None:
        return resolution_time(self.opened_at, self.resolved_at)


class FeedbackService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def record(
        self, customer_id: int | None, kind: FeedbackKind, score: int, *,
        channel: FeedbackChannel = FeedbackChannel.EMAIL, comment: str = "",
        received_at: datetime | None = None, order_id: int | None = None,
    ) -> int:
        validate_score(kind, score)
        with self._db.session() as session:
            customer_id = filed_under(session, customer_id, order_id)
            row = Feedback(customer_id=customer_id, order_id=order_id, kind=kind.value,
                           score=score, comment=comment.strip(), channel=channel.value,
                           received_at=received_at or datetime.now(UTC),
                           author=author_name(session))
            session.add(row)
            session.flush()
            return row.id

    def open_complaint(
        self, customer_id: int | None, subject: str, *, details: str = "",
        channel: FeedbackChannel = FeedbackChannel.EMAIL, order_id: int | None = None,
        opened_at: datetime | None = None,
    ) -> int:
        text = " ".join(subject.split())
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("feedback", "Say what the complaint is about."), item="subject")
        with self._db.session() as session:
            customer_id = filed_under(session, customer_id, order_id)
            row = Complaint(customer_id=customer_id, order_id=order_id, subject=text[:200],
                            details=details.strip(), channel=channel.value,
                            status=ComplaintStatus.OPEN.value,
                            opened_at=opened_at or datetime.now(UTC),
                            author=author_name(session))
            session.add(row)
            session.flush()
            return row.id

    def move_complaint(self, complaint_id: int, status: ComplaintStatus) -> None:
        with self._db.session() as session:
            row = session.get(Complaint, complaint_id)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("feedback", "This complaint no longer exists."),
                    id=complaint_id)
            check_complaint_move(ComplaintStatus(row.status), status)
            row.status = status.value
            row.resolved_at = datetime.now(UTC) if status is ComplaintStatus.RESOLVED else None

    def open_complaints(self, limit: int = 50) -> tuple[ComplaintView, ...]:
        with self._db.read_session() as session:
            return complaint_views(
                session, Complaint.status != ComplaintStatus.RESOLVED.value,
                Complaint.opened_at, limit)

    def monthly(self, since: date) -> list[MonthScore]:
        """NPS and CSAT per month from `since` on (answers are few: read them all)."""
        start = datetime(since.year, since.month, 1, tzinfo=UTC)
        with self._db.read_session() as session:
            rows = session.execute(
                select(Feedback.received_at, Feedback.kind, Feedback.score)
                .where(Feedback.received_at >= start))
            return monthly_scores(
                (at.date().replace(day=1), FeedbackKind(kind), score) for at, kind, score in rows)


def complaint_views(
    session: Session, where: ColumnElement[bool], order: ColumnElement[Any], limit: int
) -> tuple[ComplaintView, ...]:
    rows = session.execute(
        select(Complaint.id, Complaint.subject, Complaint.status, Complaint.opened_at,
               Complaint.resolved_at, Customer.name, Order.number)
        .outerjoin(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(Order, Order.id == Complaint.order_id)
        .where(where).order_by(order, Complaint.id).limit(limit))
    return tuple(
        ComplaintView(i, s, ComplaintStatus(st), o, r, name or "", number or "")
        for i, s, st, o, r, name, number in rows)
