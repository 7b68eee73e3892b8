"""What customers said: CSAT and NPS answers, their monthly scores, and complaints."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from seller_desk.domain.errors import NotFoundError, ValidationError
from seller_desk.domain.feedback import ComplaintStatus, FeedbackChannel, FeedbackKind
from seller_desk.services.feedback import FeedbackService
from seller_desk.services.shop import ShopService
from seller_desk.store.models import Complaint, Feedback
from tests.factories import make_shop

CSAT, NPS = FeedbackKind.CSAT, FeedbackKind.NPS
C = ComplaintStatus


def at(month: int, day: int, hour: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def test_answers_are_recorded_with_their_customer(database):
    shop = make_shop(database)
    ShopService(database).set("your_name", "Mei")
    feedback = FeedbackService(database)
    direct = feedback.record(shop.customers["anna"], NPS, 10, comment="  Lovely lamp ",
                             channel=FeedbackChannel.REVIEW, received_at=at(11, 1))
    via_order = feedback.record(None, CSAT, 2, order_id=shop.orders["E-2001"])
    guest = feedback.record(None, CSAT, 5, order_id=shop.orders["#1004"])
    with database.read_session() as s:
        rows = {r.id: r for r in s.scalars(select(Feedback))}
    assert (rows[direct].customer_id, rows[direct].comment, rows[direct].channel,
            rows[direct].author, rows[direct].received_at) == (
        shop.customers["anna"], "Lovely lamp", "review", "Mei", at(11, 1))
    assert (rows[via_order].customer_id, rows[via_order].order_id, rows[via_order].kind) == (
        shop.customers["bob"], shop.orders["E-2001"], "csat")
    assert rows[via_order].channel == "email"
    assert rows[guest].customer_id is None


def test_scores_outside_their_scale_are_refused(database):
    shop = make_shop(database)
    feedback = FeedbackService(database)
    bob = shop.customers["bob"]
    for kind, score in ((CSAT, 0), (CSAT, 6), (NPS, -1), (NPS, 11), (NPS, True)):
        with pytest.raises(ValidationError) as caught:
            feedback.record(bob, kind, score)
        assert caught.value.item == "score"
    with pytest.raises(ValidationError, match="A CSAT score is a whole number from 1 to 5, not 9"):
        feedback.record(bob, CSAT, 9)
    with pytest.raises(NotFoundError, match="Customer 999"):
        feedback.record(999, NPS, 5)
    with pytest.raises(NotFoundError, match="Order 999"):
        feedback.record(None, NPS, 5, order_id=999)
    feedback.record(bob, CSAT, 1)
    feedback.record(bob, NPS, 0)
    with database.read_session() as s:
        assert s.scalar(select(func.count(Feedback.id))) == 2


def test_monthly_nps_and_csat(database):
    shop = make_shop(database)
    feedback = FeedbackService(database)
    anna = shop.customers["anna"]
    answers = [
        (NPS, 10, at(9, 30)),  # before the months asked for
        (NPS, 10, at(10, 1, 0)), (NPS, 9, at(10, 10)), (NPS, 8, at(10, 20)),
        (NPS, 3, at(10, 31, 23)), (CSAT, 5, at(10, 2)), (CSAT, 4, at(10, 3)),
        (CSAT, 2, at(10, 4)),
        (NPS, 0, at(11, 5)),
        (CSAT, 3, at(12, 1)), (CSAT, 4, at(12, 2)),
    ]
    for kind, score, when in answers:
        feedback.record(anna, kind, score, received_at=when)
    months = feedback.monthly(date(2026, 10, 15))
    assert [(m.month, m.nps, m.nps_count, m.csat, m.csat_count) for m in months] == [
        (date(2026, 10, 1), Decimal("25.0"), 4, Decimal("66.7"), 3),
        (date(2026, 11, 1), Decimal("-100.0"), 1, None, 0),
        (date(2026, 12, 1), None, 0, Decimal("50.0"), 2),
    ]
    assert months[0].small_sample(NPS) and not months[1].small_sample(CSAT)
    assert feedback.monthly(date(2027, 1, 1)) == []
    assert feedback.monthly(date(2026, 9, 30))[0].month == date(2026, 9, 1)


def test_complaints_move_through_their_workflow(database):
    shop = make_shop(database)
    feedback = FeedbackService(database)
    late = feedback.open_complaint(None, "  Parcel   late ", order_id=shop.orders["E-2001"],
                                   opened_at=at(11, 1), details=" Tracking stuck ")
    broken = feedback.open_complaint(shop.customers["anna"], "Broken mug",
                                     channel=FeedbackChannel.PHONE, opened_at=at(10, 1))
    assert [(c.id, c.subject, c.status, c.customer, c.order_number)
            for c in feedback.open_complaints()] == [
        (broken, "Broken mug", C.OPEN, "Anna Müller", ""),
        (late, "Parcel late", C.OPEN, "Bob Smith", "E-2001")]
    feedback.move_complaint(late, C.IN_PROGRESS)
    with pytest.raises(ValidationError, match="cannot go back to open"):
        feedback.move_complaint(late, C.OPEN)
    with pytest.raises(ValidationError, match="already being worked on"):
        feedback.move_complaint(late, C.IN_PROGRESS)
    feedback.move_complaint(late, C.RESOLVED)
    with database.read_session() as s:
        row = s.get(Complaint, late)
        assert (row.status, row.details, row.channel) == ("resolved", "Tracking stuck", "email")
        assert row.resolved_at is not None
    assert [c.id for c in feedback.open_complaints()] == [broken]
    with pytest.raises(ValidationError, match="has to be reopened"):
        feedback.move_complaint(late, C.IN_PROGRESS)
    feedback.move_complaint(late, C.OPEN)
    with database.read_session() as s:
        assert s.get(Complaint, late).resolved_at is None
    assert [c.id for c in feedback.open_complaints(limit=1)] == [broken]
    with pytest.raises(ValidationError, match="Say what the complaint is about"):
        feedback.open_complaint(shop.customers["bob"], "  ")
    with pytest.raises(NotFoundError):
        feedback.move_complaint(999, C.RESOLVED)
