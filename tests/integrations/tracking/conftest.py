"""Fixtures of the tracking-client tests: both fakes, a clock that never really waits."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from seller_desk.integrations.http import HttpSession, RetryPolicy
from seller_desk.integrations.tracking.aftership import AfterShipClient
from seller_desk.integrations.tracking.seventeen import SeventeenTrackClient
from tests.fakes.aftership_server import AfterShipFake, running_aftership_fake
from tests.fakes.seventeen_server import SeventeenFake, running_seventeen_fake


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


@pytest.fixture
def seventeen_fake() -> Iterator[SeventeenFake]:
    with running_seventeen_fake() as fake:
        yield fake


@pytest.fixture
def seventeen(seventeen_fake: SeventeenFake, session: HttpSession,
              fake_time: FakeTime) -> SeventeenTrackClient:
    return SeventeenTrackClient(seventeen_fake.key, seventeen_fake.url, session=session,
                                sleep=fake_time.sleep, clock=fake_time.clock)


@pytest.fixture
def aftership_fake() -> Iterator[AfterShipFake]:
    """Without rate limits: the fake clock lets the client go faster than real AfterShip."""
    with running_aftership_fake(limits=None) as fake:
        yield fake


@pytest.fixture
def aftership(aftership_fake: AfterShipFake, session: HttpSession,
              fake_time: FakeTime) -> AfterShipClient:
    return AfterShipClient(aftership_fake.key, aftership_fake.url, session=session,
                           sleep=fake_time.sleep, clock=fake_time.clock, wall_clock=time.time)
