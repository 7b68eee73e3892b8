"""Each demo return's way through its states: which steps, when, and where it stands today."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from seller_desk.domain.returns import ReturnOutcome, ReturnReason, ReturnState
from seller_desk.services.demo.return_picks import OUTCOMES, REASONS, Picks
from seller_desk.services.demo.window import DAY_S

STATES = tuple(ReturnState)  # a step's state is its index here
S, OUT = ReturnState, ReturnOutcome
_FULL = (S.REQUESTED, S.APPROVED, S.AWAITING_ITEM, S.RECEIVED, S.INSPECTED)
# Every way a request goes, as the domain's moves allow; the first four end early.
TEMPLATES: tuple[tuple[ReturnState, ...], ...] = (
    (S.REQUESTED, S.REJECTED, S.CLOSED),
    (S.REQUESTED, S.APPROVED, S.CLOSED),  # the customer withdrew
    (S.REQUESTED, S.APPROVED, S.AWAITING_ITEM, S.CLOSED),  # the item never came back
    (S.REQUESTED, S.APPROVED, S.REFUNDED, S.CLOSED),  # refund without return
    (*_FULL, S.REFUNDED, S.CLOSED),
    (*_FULL, S.REPLACED, S.CLOSED),
    (*_FULL, S.EXCHANGED, S.CLOSED),
    (*_FULL, S.CREDITED, S.CLOSED),
)
REJECT, WITHDRAWN, NEVER_SENT, NO_RETURN = range(4)
_FULL_PATH = {OUT.REFUND: 4, OUT.REPLACEMENT: 5, OUT.EXCHANGE: 6, OUT.STORE_CREDIT: 7,
              OUT.REFUND_WITHOUT_RETURN: NO_RETURN}
STEPS = max(len(path) for path in TEMPLATES)
# Days a step takes after the one before, (least, most), by the state it reaches: each within
# that state's deadline (domain STEP_DAYS), so only the stuck ones below run late.
_DAYS = {S.APPROVED: (0.1, 1.8), S.REJECTED: (0.1, 1.5), S.AWAITING_ITEM: (0.05, 1.0),
         S.RECEIVED: (5.0, 18.0), S.INSPECTED: (0.1, 1.6), S.REFUNDED: (0.05, 1.2),
         S.REPLACED: (0.2, 1.5), S.EXCHANGED: (0.2, 1.5), S.CREDITED: (0.05, 1.0),
         S.CLOSED: (1.0, 6.0)}
_CLOSING_AFTER = {S.APPROVED: (1.0, 4.0), S.AWAITING_ITEM: (22.0, 35.0)}
STUCK_SHARE = 0.05  # one step took far longer than it should (overdue while it lasted)
LEFT_OPEN_SHARE = 0.006  # settled, but nobody closed it (each one shows as overdue)
_NEVER = np.iinfo(np.int64).max // 4


def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    codes = np.full((len(TEMPLATES), STEPS), -1, dtype=np.int64)
    low = np.zeros((len(TEMPLATES), STEPS))
    high = np.zeros((len(TEMPLATES), STEPS))
    for t, path in enumerate(TEMPLATES):
        for k, state in enumerate(path):
            codes[t, k] = STATES.index(state)
            if k:
                days = (_CLOSING_AFTER.get(path[k - 1], _DAYS[state]) if state is S.CLOSED
                        else _DAYS[state])
                low[t, k], high[t, k] = days
    return codes, low, high


_CODES, _LOW, _HIGH = _tables()


@dataclass(frozen=True)
class Paths:
    """Per request: its steps' states (codes into STATES, -1 past its path's end), when each
    was taken (seconds into the window) and the index of the last one taken by now."""

    states: np.ndarray
    times: np.ndarray
    last: np.ndarray

    def current(self) -> np.ndarray:
        return self.states[np.arange(self.last.size), self.last]

    def since(self) -> np.ndarray:
        return self.times[np.arange(self.last.size), self.last]

    def reached(self, state: ReturnState) -> np.ndarray:
        """Per request: the step index where it reached `state`, -1 if it has not (yet)."""
        hit = (self.states == STATES.index(state)) & (
            np.arange(STEPS)[None, :] <= self.last[:, None])
        return np.where(hit.any(axis=1), hit.argmax(axis=1), -1)

    def time_of(self, step: np.ndarray) -> np.ndarray:
        return self.times[np.arange(step.size), np.maximum(step, 0)]


def _templates(picks: Picks, rng: np.random.Generator) -> np.ndarray:
    """Too late: mostly rejected; a few others rejected, withdrawn or never sent back."""
    size = picks.count
    template = np.array([_FULL_PATH[OUTCOMES[o]] for o in picks.outcome.tolist()],
                        dtype=np.int64)
    fate = rng.random(size)
    fussy = picks.reason == REASONS.index(ReturnReason.CHANGED_MIND)
    reject = np.where(picks.out_of_window, fate < 0.75, fate < np.where(fussy, 0.08, 0.035))
    withdrawn = ~reject & (rng.random(size) < 0.03)
    never = ~reject & ~withdrawn & (template != NO_RETURN) & (rng.random(size) < 0.025)
    return np.select([reject, withdrawn, never], [REJECT, WITHDRAWN, NEVER_SENT], template)


def plan_paths(picks: Picks, now: int, rng: np.random.Generator) -> Paths:
    """Steps at believable intervals from the request on; today's state is the last one taken.
    Where a small shop would lack a state altogether, its most recent request that passed
    through that state stops there, so every state shows in the Returns page."""
    template = _templates(picks, rng)
    size = picks.count
    states = _CODES[template]
    days = _LOW[template] + (_HIGH[template] - _LOW[template]) * rng.random((size, STEPS))
    length = (states >= 0).sum(axis=1)
    stuck = np.flatnonzero(rng.random(size) < STUCK_SHARE)
    step = 1 + (rng.random(stuck.size) * (length[stuck] - 1)).astype(np.int64)
    days[stuck, step] *= rng.uniform(2.5, 5.0, stuck.size)
    times = picks.requested[:, None] + np.cumsum((days * DAY_S).astype(np.int64), axis=1)
    open_end = rng.random(size) < LEFT_OPEN_SHARE
    settled = np.isin(states[np.arange(size), np.maximum(length - 2, 0)],
                      [STATES.index(s) for s in (S.REJECTED, S.REFUNDED, S.REPLACED,
                                                 S.EXCHANGED, S.CREDITED)])
    times[np.flatnonzero(open_end & settled), (length - 1)[open_end & settled]] = _NEVER
    times[states < 0] = _NEVER
    taken = times < now
    last = taken.sum(axis=1) - 1
    paths = Paths(states, times, last)
    _show_every_state(paths, now)
    return paths


def _show_every_state(paths: Paths, now: int) -> None:
    rows = np.arange(paths.last.size)
    for code in range(len(STATES)):
        current = paths.current()
        if not rows.size or (current == code).any():
            continue
        at = np.where((paths.states == code).any(axis=1), (paths.states == code).argmax(axis=1),
                      0)
        spare = np.bincount(current, minlength=len(STATES))[current] > 1
        able = (paths.states[rows, at] == code) & (paths.time_of(at) < now) & spare & (
            at <= paths.last)
        if able.any():
            chosen = int(np.flatnonzero(able)[np.argmax(paths.time_of(at)[able])])
            paths.last[chosen] = at[chosen]
