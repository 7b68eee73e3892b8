"""Return requests (RMA): states, reasons, outcomes, the moves between states and deadlines."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label


class ReturnState(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    AWAITING_ITEM = "awaiting_item"
    RECEIVED = "received"
    INSPECTED = "inspected"
    REFUNDED = "refunded"
    REPLACED = "replaced"
    EXCHANGED = "exchanged"
    CREDITED = "credited"
    CLOSED = "closed"


class ReturnReason(StrEnum):
    DAMAGED = "damaged"
    WRONG_ITEM = "wrong_item"
    NOT_AS_DESCRIBED = "not_as_described"
    SIZE_FIT = "size_fit"
    CHANGED_MIND = "changed_mind"
    ARRIVED_LATE = "arrived_late"
    LOST_IN_TRANSIT = "lost_in_transit"
    OTHER = "other"


class ReturnOutcome(StrEnum):
    REFUND = "refund"
    REPLACEMENT = "replacement"
    EXCHANGE = "exchange"
    STORE_CREDIT = "store_credit"
    REFUND_WITHOUT_RETURN = "refund_without_return"


class Disposition(StrEnum):
    """What happens to a returned item after inspection."""

    RESTOCK = "restock"
    WRITE_OFF = "write_off"


S = ReturnState
STATE_LABELS: dict[ReturnState, str] = {
    S.REQUESTED: QT_TRANSLATE_NOOP("returns", "Requested"),
    S.APPROVED: QT_TRANSLATE_NOOP("returns", "Approved"),
    S.REJECTED: QT_TRANSLATE_NOOP("returns", "Rejected"),
    S.AWAITING_ITEM: QT_TRANSLATE_NOOP("returns", "Awaiting item"),
    S.RECEIVED: QT_TRANSLATE_NOOP("returns", "Received"),
    S.INSPECTED: QT_TRANSLATE_NOOP("returns", "Inspected"),
    S.REFUNDED: QT_TRANSLATE_NOOP("returns", "Refunded"),
    S.REPLACED: QT_TRANSLATE_NOOP("returns", "Replaced"),
    S.EXCHANGED: QT_TRANSLATE_NOOP("returns", "Exchanged"),
    S.CREDITED: QT_TRANSLATE_NOOP("returns", "Credited"),
    S.CLOSED: QT_TRANSLATE_NOOP("returns", "Closed"),
}
REASON_LABELS: dict[ReturnReason, str] = {
    ReturnReason.DAMAGED: QT_TRANSLATE_NOOP("returns", "Damaged"),
    ReturnReason.WRONG_ITEM: QT_TRANSLATE_NOOP("returns", "Wrong item"),
    ReturnReason.NOT_AS_DESCRIBED: QT_TRANSLATE_NOOP("returns", "Not as described"),
    ReturnReason.SIZE_FIT: QT_TRANSLATE_NOOP("returns", "Size or fit"),
    ReturnReason.CHANGED_MIND: QT_TRANSLATE_NOOP("returns", "Changed mind"),
    ReturnReason.ARRIVED_LATE: QT_TRANSLATE_NOOP("returns", "Arrived late"),
    ReturnReason.LOST_IN_TRANSIT: QT_TRANSLATE_NOOP("returns", "Lost in transit"),
    ReturnReason.OTHER: QT_TRANSLATE_NOOP("returns", "Other"),
}
OUTCOME_LABELS: dict[ReturnOutcome, str] = {
    ReturnOutcome.REFUND: QT_TRANSLATE_NOOP("returns", "Refund"),
    ReturnOutcome.REPLACEMENT: QT_TRANSLATE_NOOP("returns", "Replacement"),
    ReturnOutcome.EXCHANGE: QT_TRANSLATE_NOOP("returns", "Exchange"),
    ReturnOutcome.STORE_CREDIT: QT_TRANSLATE_NOOP("returns", "Store credit"),
    ReturnOutcome.REFUND_WITHOUT_RETURN: QT_TRANSLATE_NOOP("returns", "Refund without return"),
}
DISPOSITION_LABELS: dict[Disposition, str] = {
    Disposition.RESTOCK: QT_TRANSLATE_NOOP("returns", "Restock"),
    Disposition.WRITE_OFF: QT_TRANSLATE_NOOP("returns", "Write off"),
}

FINAL_STEPS: frozenset[ReturnState] = frozenset({S.REFUNDED, S.REPLACED, S.EXCHANGED, S.CREDITED})
OPEN_STATES: frozenset[ReturnState] = frozenset(s for s in ReturnState if s is not S.CLOSED)

# The step that settles a request once its item has been inspected; a refund without return
# settles straight from approved, so it has no entry here.
FINAL_STEP_OF: dict[ReturnOutcome, ReturnState] = {
    ReturnOutcome.REFUND: S.REFUNDED,
    ReturnOutcome.REPLACEMENT: S.REPLACED,
    ReturnOutcome.EXCHANGE: S.EXCHANGED,
    ReturnOutcome.STORE_CREDIT: S.CREDITED,
}

# Days a request may sit in a state before it is overdue; a closed request is never overdue.
STEP_DAYS: dict[ReturnState, int] = {
    S.REQUESTED: 2, S.APPROVED: 3, S.AWAITING_ITEM: 21, S.RECEIVED: 2, S.INSPECTED: 2,
    S.REJECTED: 7, S.REFUNDED: 7, S.REPLACED: 7, S.EXCHANGED: 7, S.CREDITED: 7,
}

_CANNOT_MOVE = QT_TRANSLATE_NOOP("returns", "A return that is {state} cannot become {target}.")


def state_label(state: ReturnState) -> Label:
    """The state's name as a message parameter, translated under "returns" when shown."""
    return Label("returns", STATE_LABELS[ReturnState(state)])


def allowed_moves(state: ReturnState, outcome: ReturnOutcome) -> tuple[ReturnState, ...]:
    """The states a request in `state` heading for `outcome` may move to, in display order."""
    state, outcome = ReturnState(state), ReturnOutcome(outcome)
    if state is S.REQUESTED:
        return (S.APPROVED, S.REJECTED)
    if state is S.APPROVED:
        # Nothing is shipped back for a refund without return, so waiting for an item would
        # lead to an inspection with no step after it.
        if outcome is ReturnOutcome.REFUND_WITHOUT_RETURN:
            return (S.REFUNDED, S.CLOSED)
        return (S.AWAITING_ITEM, S.CLOSED)
    if state is S.AWAITING_ITEM:
        return (S.RECEIVED, S.CLOSED)
    if state is S.RECEIVED:
        return (S.INSPECTED,)
    if state is S.INSPECTED:
        final = FINAL_STEP_OF.get(outcome)
        return (final,) if final is not None else ()
    if state is S.REJECTED or state in FINAL_STEPS:
        return (S.CLOSED,)
    return ()


def check_move(state: ReturnState, outcome: ReturnOutcome, target: ReturnState) -> None:
    """Refuse any move `allowed_moves` does not list (staying put included)."""
    if ReturnState(target) in allowed_moves(state, outcome):
        return
    raise ValidationError(
        _CANNOT_MOVE, item="state", state=state_label(state), target=state_label(target))


def overdue(state: ReturnState, since: datetime, now: datetime) -> bool:
    """True once a request has sat in `state` (entered at `since`) longer than STEP_DAYS allows."""
    days = STEP_DAYS.get(ReturnState(state))
    if days is None:
        return False
    return now - since > timedelta(days=days)


def days_open(requested_at: datetime, now: datetime) -> int:
    """Whole days since the request was made; 0 when clocks disagree and it seems in the future."""
    return max(0, (now - requested_at) // timedelta(days=1))
