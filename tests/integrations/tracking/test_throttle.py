"""The sliding-window throttle on a fake clock: pacing, holds, and several threads at once."""

from __future__ import annotations

import threading
import time

import pytest

from seller_desk.integrations.throttle import Throttle
from tests.integrations.conftest import FakeTime


def starts_of(throttle: Throttle, clock: FakeTime, count: int) -> list[float]:
    starts = []
    for _ in range(count):
        throttle.wait()
        starts.append(clock.now)
    return starts


def test_the_first_calls_of_a_window_do_not_wait(fake_time: FakeTime) -> None:
    throttle = Throttle(3, 1.0, clock=fake_time.clock, sleep=fake_time.sleep)
    assert starts_of(throttle, fake_time, 3) == [1000.0] * 3
    assert fake_time.sleeps == []


def test_the_next_call_waits_for_the_oldest_start_plus_the_period_and_margin(
        fake_time: FakeTime) -> None:
    throttle = Throttle(3, 1.0, clock=fake_time.clock, sleep=fake_time.sleep)
    starts = starts_of(throttle, fake_time, 4)
    assert starts[3] == pytest.approx(1001.05)
    assert fake_time.sleeps == [1.05]


def test_no_window_ever_holds_more_than_the_limit(fake_time: FakeTime) -> None:
    throttle = Throttle(3, 1.0, clock=fake_time.clock, sleep=fake_time.sleep, margin=0.05)
    starts = starts_of(throttle, fake_time, 12)
    for first, fourth in zip(starts, starts[3:], strict=False):
        assert fourth - first >= 1.05 - 1e-9
    assert starts[-1] - starts[0] == pytest.approx(3 * 1.05)


def test_time_that_passed_on_its_own_is_not_waited_again(fake_time: FakeTime) -> None:
    throttle = Throttle(2, 1.0, clock=fake_time.clock, sleep=fake_time.sleep)
    starts_of(throttle, fake_time, 2)
    fake_time.now += 0.8  # the calls themselves took a while
    throttle.wait()
    assert fake_time.sleeps == [0.25]


def test_a_hold_delays_every_waiter_from_now(fake_time: FakeTime) -> None:
    throttle = Throttle(5, 1.0, clock=fake_time.clock, sleep=fake_time.sleep)
    throttle.wait()
    throttle.hold(2.5)
    throttle.hold(1.0)  # a shorter hold never shortens a longer one
    throttle.wait()
    assert fake_time.sleeps == [2.5]
    throttle.wait()
    assert fake_time.sleeps == [2.5]


def test_a_hold_of_nothing_is_no_wait(fake_time: FakeTime) -> None:
    throttle = Throttle(1, 1.0, clock=fake_time.clock, sleep=fake_time.sleep)
    throttle.hold(0)
    throttle.hold(-3)
    throttle.wait()
    assert fake_time.sleeps == []


@pytest.mark.parametrize(("calls", "per"), [(0, 1.0), (3, 0.0)])
def test_a_throttle_that_allows_nothing_is_refused(calls: int, per: float) -> None:
    with pytest.raises(ValueError):
        Throttle(calls, per)


def test_threads_sharing_a_throttle_keep_to_the_limit_together() -> None:
    throttle = Throttle(4, 0.05, margin=0.02)  # real clock, short period: about 0.4 s in all
    starts: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(6):
            throttle.wait()
            with lock:
                starts.append(time.monotonic())

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    starts.sort()
    assert len(starts) == 24
    for first, fifth in zip(starts, starts[4:], strict=False):
        assert fifth - first >= 0.05
