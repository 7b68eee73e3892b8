"""Fetching the rates in the background, cancellable, and saying in words what came back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from seller_desk.domain.errors import KnownError
from seller_desk.services.progress import Job
from seller_desk.services.rates import Fetched, RatesService, UpdateOutcome
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.rates_table import day_text, source_label
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill


def refresh_rates(
    runner: TaskRunner, rates: RatesService, *,
    on_done: Callable[[UpdateOutcome | None], None],
    on_error: Callable[[KnownError], None],
    on_progress: Callable[[int, int, str], None] | None = None,
    only_if_due: bool = False,
) -> Job:
    """Fetch on the read lane (it waits on the network), then store on the write lane (SQLite
    takes one writer at a time). Cancel through the returned Job: nothing is stored after it,
    and a cancel that comes too late still reports what was stored."""
    stop = Job()

    def fetch(job: Job) -> Fetched | None:
        # The runner's own job stays uncancelled so the outcome always comes back.
        inner = _Forwarding(job, stop)
        return rates.fetch_if_due(inner) if only_if_due else rates.fetch(job=inner)

    def store(fetched: Fetched | None) -> None:
        if fetched is None:
            on_done(None)
            return
        runner.run(lambda job: rates.store(fetched, _Forwarding(job, stop)), with_job=True,
                   lane=Lane.WRITE, on_done=on_done, on_error=on_error,
                   on_progress=on_progress)

    runner.run(fetch, with_job=True, lane=Lane.READ, on_done=store, on_error=on_error,
               on_progress=on_progress)
    return stop


class _Forwarding(Job):
    """Reports through the runner's job; cancelled by the UI's stop job."""

    def __init__(self, runner_job: Job, stop: Job) -> None:
        super().__init__(runner_job.report)
        self._stop = stop

    @property
    def cancelled(self) -> bool:
        return self._stop.cancelled

    def check(self) -> None:
        self._stop.check()


def outcome_text(fmt: Formatter, outcome: UpdateOutcome) -> str:
    """ "Rates of 6 Mar 2026 from ECB: 29 new, 0 changed, 0 unchanged." and who failed first."""
    days = outcome.days
    span = day_text(fmt, days[-1]) if len(days) == 1 else fill(
        QCoreApplication.translate("rates", "%1 to %2"), day_text(fmt, days[0]),
        day_text(fmt, days[-1]))
    text = fill(QCoreApplication.translate(
        "rates", "Rates of %1 from %2: %3 new, %4 changed, %5 unchanged."), span,
        source_label(outcome.provider), fmt.number(outcome.new), fmt.number(outcome.changed),
        fmt.number(outcome.unchanged))
    for failure in outcome.failures:
        text += " " + fill(QCoreApplication.translate("rates", "%1 failed first: %2"),
                           source_label(failure.provider), failure.reason)
    return text
