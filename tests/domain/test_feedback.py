from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.feedback import (
    CHANNEL_LABELS,
    COMPLAINT_MOVES,
    COMPLAINT_STATUS_LABELS,
    FEEDBACK_KIND_LABELS,
    SMALL_SAMPLE,
    ComplaintStatus,
    FeedbackChannel,
    FeedbackKind,
    MonthScore,
    check_complaint_move,
    csat,
    monthly_scores,
    nps,
    resolution_time,
    validate_score,
)

stable = settings(derandomize=True)
OPEN, IN_PROGRESS, RESOLVED = list(ComplaintStatus)
nps_scores = st.lists(st.integers(0, 10), max_size=300)
csat_scores = st.lists(st.integers(1, 5), max_size=300)


def test_labels_cover_every_member():
    assert set(FEEDBACK_KIND_LABELS) == set(FeedbackKind)
    assert set(CHANNEL_LABELS) == set(FeedbackChannel)
    assert set(COMPLAINT_STATUS_LABELS) == set(ComplaintStatus)
    assert [c.value for c in FeedbackChannel] == [
        "email", "marketplace_message", "review", "phone", "chat", "survey", "other"]


@pytest.mark.parametrize(("kind", "score"), [
    (FeedbackKind.CSAT, 1), (FeedbackKind.CSAT, 5), (FeedbackKind.NPS, 0), (FeedbackKind.NPS, 10),
    ("nps", 7),
])
def test_validate_score_accepts_the_scale(kind, score):
    validate_score(kind, score)


@pytest.mark.parametrize(("kind", "score", "message"), [
    (FeedbackKind.CSAT, 0, "A CSAT score is a whole number from 1 to 5, not 0."),
    (FeedbackKind.CSAT, 6, "A CSAT score is a whole number from 1 to 5, not 6."),
    (FeedbackKind.NPS, -1, "A NPS score is a whole number from 0 to 10, not -1."),
    (FeedbackKind.NPS, 11, "A NPS score is a whole number from 0 to 10, not 11."),
    (FeedbackKind.NPS, 7.5, "A NPS score is a whole number from 0 to 10, not 7.5."),
    (FeedbackKind.CSAT, True, "A CSAT score is a whole number from 1 to 5, not True."),
])
def test_validate_score_refuses_with_a_clear_message(kind, score, message):
    with pytest.raises(ValidationError) as caught:
        validate_score(kind, score)
    assert str(caught.value) == message
    assert caught.value.item == "score"


def test_nps_examples():
    assert nps([]) is None
    assert nps([10, 9, 10]) == Decimal("100.0")
    assert nps([0, 6, 3]) == Decimal("-100.0")
    assert nps([7, 8]) == Decimal("0.0")
    assert nps([10, 10, 6]) == Decimal("33.3")
    assert nps([10, 9, 8, 7, 6, 0]) == Decimal("0.0")
    assert nps([10, 0, 0]) == Decimal("-33.3")
    assert nps(iter([9, 8, 8])) == Decimal("33.3")


def test_nps_rounds_half_up_away_from_zero():
    assert nps([10] + [8] * 15) == Decimal("6.3")  # 6.25
    assert nps([0] + [8] * 15) == Decimal("-6.3")
    assert nps([10] * 3 + [8] * 37) == Decimal("7.5")


def test_csat_examples():
    assert csat([]) is None
    assert csat([5, 4, 3]) == Decimal("66.7")
    assert csat([1, 2, 3]) == Decimal("0.0")
    assert csat([5] + [3] * 15) == Decimal("6.3")
    assert str(csat([4, 5])) == "100.0"


def test_scores_off_the_scale_are_refused_not_counted():
    with pytest.raises(ValidationError):
        nps([10, 11])
    with pytest.raises(ValidationError):
        csat([0, 5])


def _reference(part: int, whole: int) -> Decimal:
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


@stable
@given(nps_scores)
def test_nps_matches_its_definition(scores):
    value = nps(scores)
    if not scores:
        assert value is None
        return
    promoters = sum(s >= 9 for s in scores)
    detractors = sum(s <= 6 for s in scores)
    assert value == _reference(promoters - detractors, len(scores))
    assert Decimal(-100) <= value <= Decimal(100)
    assert value.as_tuple().exponent == -1
    assert nps(reversed(scores)) == value


@stable
@given(csat_scores)
def test_csat_matches_its_definition(scores):
    value = csat(scores)
    if not scores:
        assert value is None
        return
    assert value == _reference(sum(s >= 4 for s in scores), len(scores))
    assert Decimal(0) <= value <= Decimal(100)


@pytest.mark.parametrize(("old", "new"), [
    (OPEN, IN_PROGRESS), (IN_PROGRESS, RESOLVED), (OPEN, RESOLVED), (RESOLVED, OPEN),
    ("open", "in_progress"),
])
def test_allowed_complaint_moves(old, new):
    check_complaint_move(old, new)


@pytest.mark.parametrize(("old", "new", "message"), [
    (IN_PROGRESS, OPEN, "A complaint being worked on cannot go back to open; "
                        "keep it in progress or mark it resolved."),
    (RESOLVED, IN_PROGRESS, "A resolved complaint has to be reopened before work on it "
                            "continues."),
    (OPEN, OPEN, "This complaint is already open."),
    (IN_PROGRESS, IN_PROGRESS, "This complaint is already being worked on."),
    (RESOLVED, RESOLVED, "This complaint is already resolved."),
    ("open", "closed", "Unknown complaint status: closed"),
])
def test_refused_complaint_moves_say_why(old, new, message):
    with pytest.raises(ValidationError) as caught:
        check_complaint_move(old, new)
    assert str(caught.value) == message


def test_every_pair_of_statuses_is_either_allowed_or_explained():
    for old in ComplaintStatus:
        for new in ComplaintStatus:
            if new in COMPLAINT_MOVES[old]:
                check_complaint_move(old, new)
            else:
                with pytest.raises(ValidationError):
                    check_complaint_move(old, new)


def test_resolution_time():
    opened = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    assert resolution_time(opened, None) is None
    assert resolution_time(opened, opened + timedelta(hours=26)) == timedelta(hours=26)
    assert resolution_time(opened, opened) == timedelta(0)
    with pytest.raises(ValidationError, match="resolved before it was opened"):
        resolution_time(opened, opened - timedelta(seconds=1))


def test_monthly_scores():
    answers = [
        (date(2025, 3, 31), FeedbackKind.NPS, 10),
        (date(2025, 1, 15), FeedbackKind.CSAT, 5),
        (datetime(2025, 3, 1, 23, 59, tzinfo=UTC), FeedbackKind.NPS, 0),
        (date(2025, 1, 2), FeedbackKind.CSAT, 2),
        (date(2025, 3, 4), "csat", 4),
    ]
    assert monthly_scores(answers) == [
        MonthScore(date(2025, 1, 1), None, 0, Decimal("50.0"), 2),
        MonthScore(date(2025, 3, 1), Decimal("0.0"), 2, Decimal("100.0"), 1),
    ]
    assert monthly_scores([]) == []


def test_small_samples_are_flagged():
    month = MonthScore(date(2025, 1, 1), Decimal("10.0"), SMALL_SAMPLE - 1, None, 0)
    assert SMALL_SAMPLE == 30
    assert month.small_sample(FeedbackKind.NPS)
    assert not month.small_sample(FeedbackKind.CSAT)  # no answers: nothing to warn about
    enough = MonthScore(date(2025, 1, 1), Decimal("10.0"), SMALL_SAMPLE, Decimal("80.0"), 31)
    assert not enough.small_sample(FeedbackKind.NPS)
    assert not enough.small_sample(FeedbackKind.CSAT)


def test_monthly_scores_refuse_off_scale_answers():
    with pytest.raises(ValidationError):
        monthly_scores([(date(2025, 1, 1), FeedbackKind.CSAT, 0)])


answers = st.lists(st.one_of(
    st.tuples(st.dates(date(2023, 1, 1), date(2025, 12, 31)), st.just(FeedbackKind.NPS),
              st.integers(0, 10)),
    st.tuples(st.dates(date(2023, 1, 1), date(2025, 12, 31)), st.just(FeedbackKind.CSAT),
              st.integers(1, 5)),
), max_size=60)


@stable
@given(answers, st.randoms(use_true_random=False))
def test_monthly_scores_properties(rows, rng):
    result = monthly_scores(rows)
    shuffled = rows[:]
    rng.shuffle(shuffled)
    assert monthly_scores(shuffled) == result
    months = [m.month for m in result]
    assert months == sorted(set(months)) and all(m.day == 1 for m in months)
    assert sum(m.nps_count + m.csat_count for m in result) == len(rows)
    for m in result:
        key = (m.month.year, m.month.month)
        in_month = [(k, s) for d, k, s in rows if (d.year, d.month) == key]
        assert m.nps == nps(s for k, s in in_month if k is FeedbackKind.NPS)
        assert m.csat == csat(s for k, s in in_month if k is FeedbackKind.CSAT)
