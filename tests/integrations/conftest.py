"""Fixtures every client test shares: a clock that never really waits, and the app's session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from seller_desk.integrations.http import HttpSession, RetryPolicy


class FakeTime:
    """A monotonic clock that moves only when something sleeps; the sleeps are kept."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def session() -> Iterator[HttpSession]:
    """The app's kind of session, with its own retries off: the clients do their own."""
    with HttpSession(timeout=(2.0, 2.0), retry=RetryPolicy(attempts=1)) as http:
        yield http
