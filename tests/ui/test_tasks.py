"""The task runner delivers on the UI thread, after run() has returned, whatever the timing."""

import threading

from seller_desk.domain.errors import KnownError
from seller_desk.services.progress import Cancelled
from seller_desk.ui.tasks import Lane


def test_results_arrive_after_run_returns_even_for_instant_tasks(qtbot, runner):
    events = []
    for _ in range(50):
        handle = runner.run(lambda: 1, on_done=lambda v: events.append(("done", v)))
        events.append(("returned", handle.id))
    qtbot.waitUntil(lambda: len(events) == 100, timeout=20_000)
    assert all(kind == "returned" for kind, _ in events[:50])


def test_known_errors_and_bugs_are_routed(qtbot, runner):
    seen = []
    runner.known_error.connect(lambda e: seen.append(("known", str(e))))
    runner.bug.connect(lambda e: seen.append(("bug", type(e).__name__)))

    def refuse():
        raise KnownError("Nope {x}", x=1)

    runner.run(refuse)
    runner.run(lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20_000)
    assert sorted(seen) == [("bug", "ZeroDivisionError"), ("known", "Nope 1")]


def test_progress_and_cancel_reach_the_job(qtbot, runner):
    started, progress, errors = threading.Event(), [], []

    def work(job):
        job.report(1, 3, "step")
        started.set()
        while True:
            job.check()

    handle = runner.run(work, with_job=True, lane=Lane.WRITE,
                        on_progress=lambda *a: progress.append(a), on_error=errors.append)
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert isinstance(errors[0], Cancelled) and progress == [(1, 3, "step")]


def test_nothing_starts_after_shutdown(qtbot, runner):
    runner.shutdown()
    handle = runner.run(lambda: 1 / 0)
    assert handle.finished and handle.job.cancelled
