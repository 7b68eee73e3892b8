"""The AfterShip client when things go wrong: key, quota, rate limits, 5xx, garbage, time-outs."""

from __future__ import annotations

import pytest

from seller_desk.domain.tracking import Registration, TrackingError
from seller_desk.integrations.http import HttpSession, RetryPolicy
from seller_desk.integrations.tracking import messages
from seller_desk.integrations.tracking.aftership import CREATE, FETCH, AfterShipClient
from tests.fakes.aftership_server import AfterShipFake, running_aftership_fake
from tests.integrations.conftest import FakeTime

NUMBER = "RR123456785CN"


def failure_of(call: object) -> TrackingError:
    with pytest.raises(TrackingError) as caught:
        call()  # type: ignore[operator]
    return caught.value


@pytest.fixture
def tracked(aftership_fake: AfterShipFake) -> list[Registration]:
    """One number AfterShip already tracks, as the read call gets it."""
    reference = aftership_fake.register_existing([NUMBER])[0]
    return [Registration(NUMBER, reference=reference)]


def test_a_wrong_key_is_fatal_and_never_shown(aftership_fake: AfterShipFake,
                                              session: HttpSession) -> None:
    client = AfterShipClient("wrong-key-123", aftership_fake.url, session=session)
    error = failure_of(lambda: client.register([Registration(NUMBER)]))
    assert (error.message, error.fatal) == (messages.BAD_KEY, True)
    assert "AfterShip" in str(error) and "Invalid API key." in str(error)
    assert "wrong-key-123" not in str(error)


def test_a_used_up_plan_is_fatal(aftership: AfterShipClient,
                                 aftership_fake: AfterShipFake) -> None:
    aftership_fake.fail("quota")
    error = failure_of(lambda: aftership.register([Registration(NUMBER)]))
    assert (error.message, error.fatal) == (messages.QUOTA, True)


def test_a_429_waits_for_the_rate_limit_reset_then_succeeds(
        aftership: AfterShipClient, aftership_fake: AfterShipFake, fake_time: FakeTime,
        tracked: list[Registration]) -> None:
    aftership_fake.fail("429", times=2)
    assert len(aftership.read(tracked).results) == 1
    assert aftership_fake.calls[FETCH] == 3 and aftership_fake.too_many == 2
    assert len(fake_time.sleeps) == 2
    assert all(0.2 <= wait <= 1.0 for wait in fake_time.sleeps)  # until the next second


def test_a_reset_far_ahead_is_waited_a_minute_at_most(
        aftership_fake: AfterShipFake, session: HttpSession, fake_time: FakeTime) -> None:
    client = AfterShipClient(aftership_fake.key, aftership_fake.url, session=session,
                             sleep=fake_time.sleep, clock=fake_time.clock,
                             wall_clock=lambda: 0.0)  # our clock in 1970: the reset is years off
    aftership_fake.fail("429", times=2, retry_after=None)
    assert client.register([Registration(NUMBER)]).registered
    assert fake_time.sleeps == [60.0, 60.0]


def test_five_429s_give_up_without_stopping_the_run(
        aftership: AfterShipClient, aftership_fake: AfterShipFake,
        tracked: list[Registration]) -> None:
    aftership_fake.fail("429")
    error = failure_of(lambda: aftership.read(tracked))
    assert (error.message, error.fatal) == (messages.RATE_LIMITED, False)
    assert aftership_fake.calls[FETCH] == 5


def test_the_last_call_of_a_window_holds_the_endpoint_until_its_reset(
        session: HttpSession, fake_time: FakeTime) -> None:
    with running_aftership_fake(limits={FETCH: 1}) as fake:
        reference = fake.register_existing([NUMBER])[0]
        client = AfterShipClient(fake.key, fake.url, session=session, sleep=fake_time.sleep,
                                 clock=fake_time.clock)
        client.read([Registration(NUMBER, reference=reference)])  # X-RateLimit-Remaining: 0
        assert fake_time.sleeps == []
        client.throttles[CREATE].wait()  # other endpoints keep their own windows
        assert fake_time.sleeps == []
        client.throttles[FETCH].wait()
    (held,) = fake_time.sleeps
    assert 0.2 <= held <= 1.0  # until the next whole second, at least 0.2 s
    assert fake.too_many == 0


def test_a_5xx_is_retried(aftership: AfterShipClient, aftership_fake: AfterShipFake,
                          fake_time: FakeTime, tracked: list[Registration]) -> None:
    aftership_fake.fail("503", times=2)
    assert len(aftership.read(tracked).results) == 1
    assert fake_time.sleeps == [1.0, 2.0]


def test_three_5xx_answers_give_up(aftership: AfterShipClient, aftership_fake: AfterShipFake,
                                   tracked: list[Registration]) -> None:
    aftership_fake.fail("500")
    error = failure_of(lambda: aftership.read(tracked))
    assert (error.message, error.fatal, error.params["status"]) == (
        messages.HTTP_STATUS, False, 500)
    assert aftership_fake.calls[FETCH] == 3


@pytest.mark.parametrize(("kind", "reason"), [
    ("malformed", "not JSON"), ("html", "web page"), ("not-envelope", "not an AfterShip")])
def test_an_answer_that_cannot_be_read(aftership: AfterShipClient,
                                       aftership_fake: AfterShipFake, kind: str, reason: str,
                                       tracked: list[Registration]) -> None:
    aftership_fake.fail(kind)
    error = failure_of(lambda: aftership.read(tracked))
    assert (error.message, error.fatal) == (messages.MALFORMED, False)
    assert reason in str(error.params["reason"])


def test_a_wrong_address_is_an_http_error(aftership_fake: AfterShipFake,
                                          session: HttpSession) -> None:
    client = AfterShipClient(aftership_fake.key, aftership_fake.url.replace("2025-07", "v4"),
                             session=session)
    error = failure_of(lambda: client.read([Registration(NUMBER, reference="x")]))
    assert (error.message, error.params["status"]) == (messages.HTTP_STATUS, 404)


def test_a_silent_service_times_out(aftership_fake: AfterShipFake,
                                    tracked: list[Registration]) -> None:
    aftership_fake.fail("slow", delay=1.0)
    with HttpSession(timeout=(1.0, 0.3), retry=RetryPolicy(attempts=1)) as session:
        client = AfterShipClient(aftership_fake.key, aftership_fake.url, session=session)
        error = failure_of(lambda: client.read(tracked))
    assert (error.message, error.fatal, error.params["seconds"]) == (
        messages.TIMED_OUT, False, 0.3)


@pytest.mark.parametrize("variant", ["null", "types"])
def test_a_garbled_tracking_is_refused_alone(aftership: AfterShipClient,
                                             aftership_fake: AfterShipFake,
                                             tracked: list[Registration], variant: str) -> None:
    aftership_fake.fail("garbled-item", variant=variant)
    outcome = aftership.read(tracked)
    assert outcome.results == []
    (rejection,) = outcome.rejected
    assert (rejection.number, rejection.code) == (NUMBER, "malformed")
    assert "AfterShip tag" in rejection.message
