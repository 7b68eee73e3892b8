"""Fixtures of the tracking-client tests: both fakes, a clock that never really waits."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from seller_desk.integrations.http import HttpSession
from seller_desk.integrations.tracking.aftership import AfterShipClient
from seller_desk.integrations.tracking.seventeen import SeventeenTrackClient
from tests.fakes.aftership_server import AfterShipFake, running_aftership_fake
from tests.fakes.seventeen_server import SeventeenFake, running_seventeen_fake
from tests.integrations.conftest import FakeTime


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
