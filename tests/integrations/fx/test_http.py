"""The shared HTTP session: User-Agent, default timeout, bounded retries honouring Retry-After."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import requests

from seller_desk import __version__
from seller_desk.integrations import http
from seller_desk.integrations.http import HttpSession, RetryPolicy, parse_retry_after
from tests.fakes.fx_server import FxFake


def test_every_call_has_our_user_agent_and_a_timeout(fake: FxFake, monkeypatch) -> None:
    seen: dict[str, object] = {}
    original = requests.Session.request

    def spy(self, method, url, *args, **kwargs):
        seen.update(kwargs)
        return original(self, method, url, *args, **kwargs)

    monkeypatch.setattr(requests.Session, "request", spy)
    with http.make_session() as session:
        response = session.get(fake.ecb_url + "eurofxref-daily.xml")
    assert response.request.headers["User-Agent"] == f"SellerDesk/{__version__}"
    assert seen["timeout"] == http.DEFAULT_TIMEOUT


def test_a_429_is_retried_after_the_servers_wait(fake: FxFake) -> None:
    slept: list[float] = []
    fake.fail("429", times=2, retry_after="2.0")
    with HttpSession(retry=RetryPolicy(attempts=3, sleep=slept.append)) as session:
        response = session.get(fake.ecb_url + "eurofxref-daily.xml")
    assert response.status_code == 200
    assert slept == [2.0, 2.0]


def test_5xx_backs_off_and_gives_up_after_the_last_attempt(fake: FxFake) -> None:
    slept: list[float] = []
    fake.fail("504")
    policy = RetryPolicy(attempts=3, backoff=0.5, sleep=slept.append)
    with HttpSession(retry=policy) as session:
        assert session.get(fake.ecb_url + "eurofxref-daily.xml").status_code == 504
    assert slept == [0.5, 1.0]
    assert len(fake.seen) == 3


def test_a_retry_after_beyond_the_bound_stops_retrying(fake: FxFake) -> None:
    slept: list[float] = []
    fake.fail("429", retry_after="3600")
    with HttpSession(retry=RetryPolicy(sleep=slept.append)) as session:
        assert session.get(fake.ecb_url + "eurofxref-daily.xml").status_code == 429
    assert slept == [] and len(fake.seen) == 1


def test_a_post_is_never_repeated(fake: FxFake) -> None:
    slept: list[float] = []
    with HttpSession(retry=RetryPolicy(sleep=slept.append)) as session:
        assert session.post(fake.ecb_url + "eurofxref-daily.xml").status_code == 501
    assert slept == []


@pytest.mark.parametrize(("header", "seconds"), [
    (None, None), ("", None), ("2.0", 2.0), ("-3", 0.0), ("soon", None),
    ("Wed, 21 Oct 2026 07:28:30 GMT", 30.0),
])
def test_retry_after_forms(header: str | None, seconds: float | None) -> None:
    now = datetime(2026, 10, 21, 7, 28, tzinfo=UTC)
    assert parse_retry_after(header, now) == seconds


def test_get_turns_network_failures_into_the_callers_error(session) -> None:
    class Down(Exception):
        pass

    with pytest.raises(Down):
        http.get(session, "http://127.0.0.1:9/", on_failure=lambda error: Down(str(error)))
