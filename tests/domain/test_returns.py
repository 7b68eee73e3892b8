"""The return-request state machine, its labels and its deadlines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from seller_desk.domain import returns
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.returns import (
    DISPOSITION_LABELS,
    FINAL_STEPS,
    OPEN_STATES,
    OUTCOME_LABELS,
    REASON_LABELS,
    STATE_LABELS,
    STEP_DAYS,
    Disposition,
    ReturnOutcome,
    ReturnReason,
    ReturnState,
    allowed_moves,
    check_move,
    days_open,
    overdue,
)
from seller_desk.domain.text import CONTEXT_OF, Label

S, OUT = ReturnState, ReturnOutcome
NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def test_values_are_what_the_store_keeps():
    assert [s.value for s in S] == [
        "requested", "approved", "rejected", "awaiting_item", "received", "inspected",
        "refunded", "replaced", "exchanged", "credited", "closed"]
    assert ReturnReason("size_fit") is ReturnReason.SIZE_FIT
    assert OUT("refund_without_return") is OUT.REFUND_WITHOUT_RETURN
    assert [d.value for d in Disposition] == ["restock", "write_off"]


@pytest.mark.parametrize(("labels", "enum"), [
    (STATE_LABELS, ReturnState), (REASON_LABELS, ReturnReason),
    (OUTCOME_LABELS, ReturnOutcome), (DISPOSITION_LABELS, Disposition),
])
def test_every_member_has_a_label_marked_for_translation(labels, enum):
    assert set(labels) == set(enum)
    # Marked under "returns" (a text another module marked first keeps that one's context).
    source = Path(returns.__file__).read_text(encoding="utf-8")
    assert all(f'QT_TRANSLATE_NOOP("returns", "{text}")' in source for text in labels.values())


def test_labels_read_as_the_seller_says_them():
    assert STATE_LABELS[S.AWAITING_ITEM] == "Awaiting item"
    assert REASON_LABELS[ReturnReason.SIZE_FIT] == "Size or fit"
    assert OUTCOME_LABELS[OUT.REFUND_WITHOUT_RETURN] == "Refund without return"


def test_the_usual_path_of_each_outcome():
    for outcome, final in ((OUT.REFUND, S.REFUNDED), (OUT.REPLACEMENT, S.REPLACED),
                           (OUT.EXCHANGE, S.EXCHANGED), (OUT.STORE_CREDIT, S.CREDITED)):
        path = [S.REQUESTED, S.APPROVED, S.AWAITING_ITEM, S.RECEIVED, S.INSPECTED, final,
                S.CLOSED]
        for here, there in pairwise(path):
            check_move(here, outcome, there)
        assert allowed_moves(S.INSPECTED, outcome) == (final,)


def test_moves_are_listed_in_display_order():
    assert allowed_moves(S.REQUESTED, OUT.REFUND) == (S.APPROVED, S.REJECTED)
    assert allowed_moves(S.APPROVED, OUT.REFUND) == (S.AWAITING_ITEM, S.CLOSED)
    assert allowed_moves(S.AWAITING_ITEM, OUT.EXCHANGE) == (S.RECEIVED, S.CLOSED)
    assert allowed_moves(S.RECEIVED, OUT.STORE_CREDIT) == (S.INSPECTED,)
    assert allowed_moves(S.REJECTED, OUT.REFUND) == (S.CLOSED,)
    assert allowed_moves(S.CLOSED, OUT.REFUND) == ()


def test_a_refund_without_return_skips_the_item_entirely():
    rwr = OUT.REFUND_WITHOUT_RETURN
    assert allowed_moves(S.APPROVED, rwr) == (S.REFUNDED, S.CLOSED)
    assert allowed_moves(S.INSPECTED, rwr) == ()
    with pytest.raises(ValidationError):
        check_move(S.APPROVED, rwr, S.AWAITING_ITEM)
    # Only this outcome may jump to refunded without the item coming back.
    with pytest.raises(ValidationError):
        check_move(S.APPROVED, OUT.REFUND, S.REFUNDED)


def test_plain_strings_from_the_store_are_understood():
    moves = allowed_moves("approved", "refund_without_return")  # type: ignore[arg-type]
    assert moves == (S.REFUNDED, S.CLOSED)
    check_move("requested", "refund", "approved")  # type: ignore[arg-type]


def test_a_refused_move_names_both_states_as_translatable_labels():
    with pytest.raises(ValidationError) as caught:
        check_move(S.REQUESTED, OUT.REFUND, S.REFUNDED)
    error = caught.value
    assert str(error) == "A return that is Requested cannot become Refunded."
    assert CONTEXT_OF[error.message] == "returns" and error.context == "returns"
    for name in ("state", "target"):
        assert isinstance(error.params[name], Label)
        assert error.params[name].context == "returns"
    shown = error.render(error.message, lambda context, text: f"[{context}:{text}]")
    assert shown == "A return that is [returns:Requested] cannot become [returns:Refunded]."


@pytest.mark.parametrize("outcome", list(OUT))
@pytest.mark.parametrize("state", list(S))
def test_check_move_agrees_with_allowed_moves_everywhere(state, outcome):
    allowed = allowed_moves(state, outcome)
    assert state not in allowed  # staying put is never a move
    for target in S:
        if target in allowed:
            check_move(state, outcome, target)
        else:
            with pytest.raises(ValidationError):
                check_move(state, outcome, target)


def test_every_open_request_can_reach_closed():
    for outcome in OUT:
        reached, todo = {S.REQUESTED}, [S.REQUESTED]
        while todo:
            for nxt in allowed_moves(todo.pop(), outcome):
                if nxt not in reached:
                    reached.add(nxt)
                    todo.append(nxt)
        assert S.CLOSED in reached
        # Dead ends are only closed, and inspected for the outcome that never gets there.
        dead = {s for s in reached if not allowed_moves(s, outcome)}
        assert dead == {S.CLOSED}


def test_state_groups():
    assert {S.REFUNDED, S.REPLACED, S.EXCHANGED, S.CREDITED} == FINAL_STEPS
    assert set(S) - {S.CLOSED} == OPEN_STATES
    assert set(STEP_DAYS) == OPEN_STATES


def test_step_deadlines():
    assert (STEP_DAYS[S.REQUESTED], STEP_DAYS[S.APPROVED], STEP_DAYS[S.AWAITING_ITEM]) == (
        2, 3, 21)
    assert {STEP_DAYS[s] for s in FINAL_STEPS | {S.REJECTED}} == {7}


def test_overdue_only_after_the_full_allowance():
    since = NOW - timedelta(days=2)
    assert not overdue(S.REQUESTED, since, NOW)
    assert overdue(S.REQUESTED, since - timedelta(seconds=1), NOW)
    assert not overdue(S.AWAITING_ITEM, NOW - timedelta(days=20, hours=23), NOW)
    assert overdue(S.AWAITING_ITEM, NOW - timedelta(days=22), NOW)
    assert not overdue(S.CLOSED, NOW - timedelta(days=3650), NOW)
    assert not overdue("inspected", NOW, NOW)  # type: ignore[arg-type]


def test_days_open_counts_whole_days():
    assert days_open(NOW, NOW) == 0
    assert days_open(NOW - timedelta(hours=23, minutes=59), NOW) == 0
    assert days_open(NOW - timedelta(days=1), NOW) == 1
    assert days_open(NOW - timedelta(days=9, hours=20), NOW) == 9
    assert days_open(NOW + timedelta(hours=5), NOW) == 0
