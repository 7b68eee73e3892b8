"""How long work reports progress and learns it was cancelled, without knowing about Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable

from seller_desk.domain.errors import KnownError
from seller_desk.domain.text import QT_TRANSLATE_NOOP

# done, total (0 when unknown), and a short untranslated text marked with QT_TRANSLATE_NOOP.
ProgressCallback = Callable[[int, int, str], None]


class Cancelled(KnownError):
    """The user cancelled the work; whatever it was writing was rolled back."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cancelled; nothing was changed."))


class Job:
    """The handle a service call gets: report progress, and check whether to stop."""

    def __init__(self, progress: ProgressCallback | None = None) -> None:
        self._progress = progress
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        if self._progress is not None:
            self._progress(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop; call it between units of work."""
        if self._cancel.is_set():
            raise Cancelled()

