"""Fixtures of the rate-provider tests: the loopback fake and a session that never sleeps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from seller_desk.integrations.http import HttpSession, RetryPolicy
from tests.fakes.fx_server import FxFake, running_fx_fake


@pytest.fixture
def fake() -> Iterator[FxFake]:
    with running_fx_fake() as server:
        yield server


@pytest.fixture
def slept() -> list[float]:
    """The waits the session would have slept between retries."""
    return []


@pytest.fixture
def session(slept: list[float]) -> Iterator[HttpSession]:
    with HttpSession(timeout=(2.0, 2.0), retry=RetryPolicy(attempts=2, sleep=slept.append)) as http:
        yield http
