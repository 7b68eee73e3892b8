"""Customer satisfaction (CSAT, NPS) and complaints: scores, their rules and monthly figures."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP


class FeedbackKind(StrEnum):
    CSAT = "csat"  # "How satisfied were you?" 1 (very unsatisfied) to 5 (very satisfied)
    NPS = "nps"  # "How likely are you to recommend us?" 0 to 10


FEEDBACK_KIND_LABELS: dict[FeedbackKind, str] = {
    FeedbackKind.CSAT: QT_TRANSLATE_NOOP("feedback", "Satisfaction (CSAT, 1–5)"),
    FeedbackKind.NPS: QT_TRANSLATE_NOOP("feedback", "Recommendation (NPS, 0–10)"),
}

SCORE_RANGES: dict[FeedbackKind, tuple[int, int]] = {
    FeedbackKind.CSAT: (1, 5),
    FeedbackKind.NPS: (0, 10),
}


class FeedbackChannel(StrEnum):
    EMAIL = "email"
    MARKETPLACE_MESSAGE = "marketplace_message"
    REVIEW = "review"
    PHONE = "phone"
    CHAT = "chat"
    SURVEY = "survey"
    OTHER = "other"


CHANNEL_LABELS: dict[FeedbackChannel, str] = {
    FeedbackChannel.EMAIL: QT_TRANSLATE_NOOP("feedback", "Email"),
    FeedbackChannel.MARKETPLACE_MESSAGE: QT_TRANSLATE_NOOP("feedback", "Marketplace message"),
    FeedbackChannel.REVIEW: QT_TRANSLATE_NOOP("feedback", "Review"),
    FeedbackChannel.PHONE: QT_TRANSLATE_NOOP("feedback", "Phone"),
    FeedbackChannel.CHAT: QT_TRANSLATE_NOOP("feedback", "Chat"),
    FeedbackChannel.SURVEY: QT_TRANSLATE_NOOP("feedback", "Survey"),
    FeedbackChannel.OTHER: QT_TRANSLATE_NOOP("feedback", "Other"),
}

# Fewer answers than this in a month make its NPS or CSAT swing on a handful of people: the
# figure is shown with a warning rather than hidden.
SMALL_SAMPLE = 30


def validate_score(kind: FeedbackKind, score: int) -> None:
    """Refuse a score outside the scale of `kind` (or not a whole number)."""
    low, high = SCORE_RANGES[FeedbackKind(kind)]
    if type(score) is not int or not low <= score <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "feedback", "A {kind} score is a whole number from {low} to {high}, not {score}."),
            item="score", kind=FeedbackKind(kind).name, low=low, high=high, score=score,
        )


def nps(scores: Iterable[int]) -> Decimal | None:
    """Net Promoter Score: % promoters (9-10) minus % detractors (0-6), to 0.1; None if none."""
    counted = _checked(FeedbackKind.NPS, scores)
    if not counted:
        return None
    promoters = sum(1 for s in counted if s >= 9)
    detractors = sum(1 for s in counted if s <= 6)
    return _percent(promoters - detractors, len(counted))


def csat(scores: Iterable[int]) -> Decimal | None:
    """Share of satisfied answers (4-5 of 5) in %, to 0.1; None if there are none."""
    counted = _checked(FeedbackKind.CSAT, scores)
    if not counted:
        return None
    return _percent(sum(1 for s in counted if s >= 4), len(counted))


class ComplaintStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"


COMPLAINT_STATUS_LABELS: dict[ComplaintStatus, str] = {
    ComplaintStatus.OPEN: QT_TRANSLATE_NOOP("feedback", "Open"),
    ComplaintStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("feedback", "In progress"),
    ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("feedback", "Resolved"),
}

COMPLAINT_MOVES: dict[ComplaintStatus, frozenset[ComplaintStatus]] = {
    ComplaintStatus.OPEN: frozenset({ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED}),
    ComplaintStatus.IN_PROGRESS: frozenset({ComplaintStatus.RESOLVED}),
    ComplaintStatus.RESOLVED: frozenset({ComplaintStatus.OPEN}),  # reopened
}

_REFUSALS: dict[tuple[ComplaintStatus, ComplaintStatus], str] = {
    (ComplaintStatus.OPEN, ComplaintStatus.OPEN):
        QT_TRANSLATE_NOOP("feedback", "This complaint is already open."),
    (ComplaintStatus.IN_PROGRESS, ComplaintStatus.IN_PROGRESS):
        QT_TRANSLATE_NOOP("feedback", "This complaint is already being worked on."),
    (ComplaintStatus.RESOLVED, ComplaintStatus.RESOLVED):
        QT_TRANSLATE_NOOP("feedback", "This complaint is already resolved."),
    (ComplaintStatus.IN_PROGRESS, ComplaintStatus.OPEN): QT_TRANSLATE_NOOP(
        "feedback", "A complaint being worked on cannot go back to open; "
        "keep it in progress or mark it resolved."),
    (ComplaintStatus.RESOLVED, ComplaintStatus.IN_PROGRESS): QT_TRANSLATE_NOOP(
        "feedback", "A resolved complaint has to be reopened before work on it continues."),
}


def check_complaint_move(old: ComplaintStatus | str, new: ComplaintStatus | str) -> None:
    """Refuse a status change the complaint workflow does not allow, saying why.

    Setting the status it already has is refused too: in a shared database it means the
    seller saw a stale view, and resolving twice would overwrite when it was resolved.
    """
    before, after = _status(old), _status(new)
    if after not in COMPLAINT_MOVES[before]:
        raise ValidationError(_REFUSALS[before, after], item=after.value)


def resolution_time(opened_at: datetime, resolved_at: datetime | None) -> timedelta | None:
    """How long a complaint took to resolve (to its latest resolution); None while unresolved."""
    if resolved_at is None:
        return None
    if resolved_at < opened_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("feedback", "A complaint cannot be resolved before it was opened."),
            item="resolved_at",
        )
    return resolved_at - opened_at


@dataclass(frozen=True, slots=True)
class MonthScore:
    """NPS and CSAT of one calendar month (`month` is its first day), with answer counts."""

    month: date
    nps: Decimal | None
    nps_count: int
    csat: Decimal | None
    csat_count: int

    def small_sample(self, kind: FeedbackKind) -> bool:
        """Whether the month's figure of `kind` rests on too few answers to trust (but some)."""
        count = self.nps_count if kind is FeedbackKind.NPS else self.csat_count
        return 0 < count < SMALL_SAMPLE


def monthly_scores(answers: Iterable[tuple[date, FeedbackKind, int]]) -> list[MonthScore]:
    """NPS and CSAT per month of the (day, kind, score) answers; only months with answers."""
    by_month: dict[date, dict[FeedbackKind, list[int]]] = {}
    for day, kind, score in answers:
        month = date(day.year, day.month, 1)
        by_month.setdefault(month, {k: [] for k in FeedbackKind})[FeedbackKind(kind)].append(score)
    return [
        MonthScore(
            month, nps(scores[FeedbackKind.NPS]), len(scores[FeedbackKind.NPS]),
            csat(scores[FeedbackKind.CSAT]), len(scores[FeedbackKind.CSAT]),
        )
        for month, scores in sorted(by_month.items())
    ]


def _checked(kind: FeedbackKind, scores: Iterable[int]) -> list[int]:
    counted = list(scores)
    for score in counted:
        validate_score(kind, score)
    return counted


def _percent(part: int, whole: int) -> Decimal:
    """100 * part / whole to one decimal, halves away from zero (ROUND_HALF_UP), exactly."""
    tenths = Fraction(1000 * abs(part), whole) + Fraction(1, 2)
    return Decimal(int(tenths) * (-1 if part < 0 else 1)).scaleb(-1)


def _status(value: ComplaintStatus | str) -> ComplaintStatus:
    try:
        return ComplaintStatus(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("feedback", "Unknown complaint status: {status}"),
            item=str(value), status=value,
        ) from None
