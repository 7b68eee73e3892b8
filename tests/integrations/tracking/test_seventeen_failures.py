"""The 17TRACK client when things go wrong: keys, quota, 429s, 5xx, garbage, time-outs."""

from __future__ import annotations

import socket
import time

import pytest

from seller_desk.domain.tracking import Registration, TrackingError
from seller_desk.integrations.http import HttpSession, RetryPolicy
from seller_desk.integrations.tracking import messages
from seller_desk.integrations.tracking.seventeen import SeventeenTrackClient
from tests.fakes.seventeen_server import SeventeenFake, running_seventeen_fake
from tests.integrations.conftest import FakeTime

NUMBER = "RR123456785CN"
ITEMS = [Registration(NUMBER)]


def failure_of(call: object) -> TrackingError:
    with pytest.raises(TrackingError) as caught:
        call()  # type: ignore[operator]
    return caught.value


def test_a_wrong_key_is_fatal_and_never_shown(seventeen_fake: SeventeenFake,
                                              session: HttpSession) -> None:
    client = SeventeenTrackClient("wrong-key-123", seventeen_fake.url, session=session)
    error = failure_of(lambda: client.read(ITEMS))
    assert error.fatal and error.message == messages.BAD_KEY
    assert "17TRACK" in str(error) and "The security key is invalid." in str(error)
    assert "wrong-key-123" not in str(error) and "wrong-key-123" not in repr(error.params)


@pytest.mark.parametrize(("code", "message", "fatal"), [
    (-18010001, messages.IP_NOT_ALLOWED, True),
    (-18010002, messages.BAD_KEY, True),
    (-18010004, messages.ACCOUNT_DISABLED, True),
    (-18019908, messages.QUOTA, True),
    (-18010012, messages.REFUSED, False),
])
def test_whole_call_refusals_name_their_cause(seventeen: SeventeenTrackClient,
                                              seventeen_fake: SeventeenFake, code: int,
                                              message: str, fatal: bool) -> None:
    seventeen_fake.fail("refuse", code=code)
    error = failure_of(lambda: seventeen.register(ITEMS))
    assert (error.message, error.fatal) == (message, fatal)
    assert "17TRACK" in str(error)


def test_a_401_is_fatal(seventeen: SeventeenTrackClient, seventeen_fake: SeventeenFake) -> None:
    seventeen_fake.fail("401")
    error = failure_of(lambda: seventeen.read(ITEMS))
    assert error.fatal and error.message == messages.BAD_KEY


def test_a_used_up_quota_stops_the_run(seventeen: SeventeenTrackClient,
                                       seventeen_fake: SeventeenFake) -> None:
    seventeen_fake.fail("quota", prefix="register")
    error = failure_of(lambda: seventeen.register([Registration(NUMBER)]))
    assert error.fatal and error.message == messages.QUOTA


def test_a_429_backs_off_exponentially_then_succeeds(
        seventeen: SeventeenTrackClient, seventeen_fake: SeventeenFake,
        fake_time: FakeTime) -> None:
    seventeen_fake.register_existing([NUMBER])
    seventeen_fake.fail("429", times=2, retry_after=None)
    assert len(seventeen.read(ITEMS).results) == 1
    assert fake_time.sleeps == [1.0, 2.0]
    assert seventeen_fake.calls["gettrackinfo"] == 3 and seventeen_fake.too_many == 2


def test_a_429_waits_what_retry_after_says(seventeen: SeventeenTrackClient,
                                           seventeen_fake: SeventeenFake,
                                           fake_time: FakeTime) -> None:
    seventeen_fake.fail("429", times=1, retry_after="2.5")
    assert seventeen.register(ITEMS).registered == {NUMBER: ""}
    assert fake_time.sleeps == [2.5]


def test_five_429s_give_up_without_stopping_the_run(seventeen: SeventeenTrackClient,
                                                    seventeen_fake: SeventeenFake) -> None:
    seventeen_fake.fail("429")  # Retry-After: 0, every time
    error = failure_of(lambda: seventeen.read(ITEMS))
    assert (error.message, error.fatal, error.params["attempts"]) == (
        messages.RATE_LIMITED, False, 5)
    assert seventeen_fake.calls["gettrackinfo"] == 5 and seventeen_fake.too_many == 5


def test_a_5xx_is_retried(seventeen: SeventeenTrackClient, seventeen_fake: SeventeenFake,
                          fake_time: FakeTime) -> None:
    seventeen_fake.register_existing([NUMBER])
    seventeen_fake.fail("500", times=2)
    assert len(seventeen.read(ITEMS).results) == 1
    assert fake_time.sleeps == [1.0, 2.0]


def test_three_5xx_answers_give_up(seventeen: SeventeenTrackClient,
                                   seventeen_fake: SeventeenFake) -> None:
    seventeen_fake.fail("503")
    error = failure_of(lambda: seventeen.read(ITEMS))
    assert (error.message, error.fatal, error.params["status"]) == (
        messages.HTTP_STATUS, False, 503)
    assert seventeen_fake.calls["gettrackinfo"] == 3


@pytest.mark.parametrize(("kind", "reason"), [
    ("malformed", "not JSON"), ("html", "web page"), ("not-envelope", "not a 17TRACK answer")])
def test_an_answer_that_cannot_be_read(seventeen: SeventeenTrackClient,
                                       seventeen_fake: SeventeenFake, kind: str,
                                       reason: str) -> None:
    seventeen_fake.register_existing([NUMBER])
    seventeen_fake.fail(kind)
    error = failure_of(lambda: seventeen.read(ITEMS))
    assert (error.message, error.fatal) == (messages.MALFORMED, False)
    assert reason in str(error.params["reason"])


def test_a_wrong_address_is_an_http_error(seventeen_fake: SeventeenFake,
                                          session: HttpSession) -> None:
    client = SeventeenTrackClient(seventeen_fake.key, seventeen_fake.url.replace("v2.2", "v9"),
                                  session=session)
    error = failure_of(lambda: client.read(ITEMS))
    assert (error.message, error.params["status"]) == (messages.HTTP_STATUS, 404)


def test_a_silent_service_times_out(seventeen_fake: SeventeenFake) -> None:
    seventeen_fake.fail("slow", delay=1.0)
    with HttpSession(timeout=(1.0, 0.3), retry=RetryPolicy(attempts=1)) as session:
        client = SeventeenTrackClient(seventeen_fake.key, seventeen_fake.url, session=session)
        error = failure_of(lambda: client.read(ITEMS))
    assert (error.message, error.fatal, error.params["seconds"]) == (
        messages.TIMED_OUT, False, 0.3)


def test_a_service_that_is_not_there(session: HttpSession) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = SeventeenTrackClient("key", f"http://127.0.0.1:{port}/track/v2.2/", session=session)
    error = failure_of(lambda: client.read(ITEMS))
    assert (error.message, error.fatal) == (messages.UNREACHABLE, False)
    assert error.params["reason"] == "ConnectionError"


@pytest.mark.parametrize("variant", ["null", "types"])
def test_one_garbled_item_is_refused_and_the_rest_are_read(
        seventeen: SeventeenTrackClient, seventeen_fake: SeventeenFake, variant: str) -> None:
    batch = ["LX000000001DE", "LX000000002DE", "LX000000003DE"]
    seventeen_fake.register_existing(batch)
    seventeen_fake.fail("garbled-item", number="LX000000002DE", variant=variant)
    outcome = seventeen.read([Registration(number) for number in batch])
    assert [result.number for result in outcome.results] == ["LX000000001DE", "LX000000003DE"]
    (rejection,) = outcome.rejected
    assert (rejection.number, rejection.code) == ("LX000000002DE", "malformed")
    assert "track_info" in rejection.message


def test_three_a_second_draws_no_429_from_a_limited_service(session: HttpSession) -> None:
    """Real time: 12 reads at the documented 3/s take a little over three seconds."""
    with running_seventeen_fake(limit_per_second=3) as fake:
        fake.register_existing([NUMBER])
        client = SeventeenTrackClient(fake.key, fake.url, session=session)
        started = time.monotonic()
        for _ in range(12):
            assert len(client.read(ITEMS).results) == 1
        took = time.monotonic() - started
    assert fake.too_many == 0 and fake.calls["gettrackinfo"] == 12
    assert took >= 3 * 1.0
