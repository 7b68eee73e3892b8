"""The task runner: service calls run off the UI thread; results come back on it via signals.

Writes go through one worker (SQLite serialises them anyway); reads and network calls share a
small pool. A task is a plain callable that gets a Job (progress, cancel) and returns plain data.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from seller_desk.domain.errors import KnownError
from seller_desk.services.progress import Cancelled, Job

log = logging.getLogger(__name__)


class Lane(Enum):
    READ = "read"
    WRITE = "write"


@dataclass
class TaskHandle:
    """What the caller keeps: cancel the task, and see whether it is still running."""

    id: int
    job: Job
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[KnownError], None] | None = None
    on_progress: Callable[[int, int, str], None] | None = None
    finished: bool = field(default=False)

    def cancel(self) -> None:
        self.job.cancel()


class TaskRunner(QObject):
    """Runs callables in background threads and reports back on the UI thread."""

    # id, outcome kind ("done", "known", "bug"), value
    _finished = Signal(int, str, object)
    _progress = Signal(int, int, int, str)
    busy_changed = Signal(bool)
    known_error = Signal(object)  # a KnownError nobody handled: for the message bar
    bug = Signal(object)  # an unexpected exception: for the crash dialog

    def __init__(self, read_workers: int = 3, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[Lane, Executor] = {
            Lane.READ: ThreadPoolExecutor(read_workers, thread_name_prefix="read"),
            Lane.WRITE: ThreadPoolExecutor(1, thread_name_prefix="write"),
        }
        self._tasks: dict[int, TaskHandle] = {}
        self._closed = False
        self._next_id = 0
        self._lock = threading.Lock()
        # Always through the event loop: a task that finishes before run() returns would
        # otherwise be delivered inside run(), before the caller holds its handle.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[KnownError], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        lane: Lane = Lane.READ,
        with_job: bool = False,
    ) -> TaskHandle:
        """Run `fn(*args)` (or `fn(job, *args)` with `with_job`) in the background."""
        with self._lock:
            self._next_id += 1
            task_id = self._next_id
        if self._closed:  # the app is closing: nothing new starts, nothing comes back
            dead = TaskHandle(task_id, Job())
            dead.cancel()
            dead.finished = True
            return dead
        job = Job(lambda done, total, text: self._progress.emit(task_id, done, total, text))
        handle = TaskHandle(task_id, job, on_done, on_error, on_progress)
        was_busy = self.busy
        self._tasks[task_id] = handle
        if not was_busy:
            self.busy_changed.emit(True)
        call_args = (job, *args) if with_job else args
        future = self._lanes[lane].submit(fn, *call_args)
        future.add_done_callback(lambda f: self._settle(task_id, f))
        return handle

    def _settle(self, task_id: int, future: Future[Any]) -> None:
        if future.cancelled():
            self._finished.emit(task_id, "known", Cancelled())
            return
        error = future.exception()
        if error is None:
            self._finished.emit(task_id, "done", future.result())
        elif isinstance(error, KnownError):
            self._finished.emit(task_id, "known", error)
        else:
            log.error("task failed", exc_info=error)
            self._finished.emit(task_id, "bug", error)

    def _deliver(self, task_id: int, kind: str, value: object) -> None:
        handle = self._tasks.pop(task_id, None)
        if not self._tasks:
            self.busy_changed.emit(False)
        if handle is None:
            return
        handle.finished = True
        if not _receiver_alive(handle.on_done) or not _receiver_alive(handle.on_error):
            return  # the widget that asked is gone (a closed dialog): nobody to tell
        if kind == "done":
            if handle.on_done is not None and not handle.job.cancelled:
                handle.on_done(value)
        elif kind == "known":
            assert isinstance(value, KnownError)
            if handle.on_error is not None:
                handle.on_error(value)
            elif not isinstance(value, Cancelled):
                self.known_error.emit(value)
        else:
            self.bug.emit(value)

    def _deliver_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        handle = self._tasks.get(task_id)
        if handle is not None and handle.on_progress is not None:
            handle.on_progress(done, total, text)

    def wait_idle(self, timeout_s: float = 10.0) -> None:
        """Block until every queued task has run (for shutdown and tests), not on the UI path."""
        for lane in self._lanes.values():
            lane.submit(lambda: None).result(timeout=timeout_s)

    def shutdown(self) -> None:
        self._closed = True
        for handle in list(self._tasks.values()):
            handle.cancel()
        for lane in self._lanes.values():
            lane.shutdown(wait=True, cancel_futures=True)


def _receiver_alive(callback: Callable[..., Any] | None) -> bool:
    """False when `callback` is a method of a Qt object whose C++ side was deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
