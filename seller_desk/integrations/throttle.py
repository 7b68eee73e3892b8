"""A sliding-window pace keeper: at most `calls` request starts in any `per` seconds."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class Throttle:
    """Blocks each caller of `wait()` until a request may start without passing the limit.

    Keeps the last `calls` start times; a new start must come `per + margin` seconds after the
    oldest of them. The margin absorbs the jitter between our clock and the arrival time the
    server counts. Safe to share between threads.
    """

    def __init__(
        self,
        calls: int,
        per: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        margin: float = 0.05,
    ) -> None:
        if calls < 1 or per <= 0:
            raise ValueError("a throttle needs at least one call per a positive period")
        self.calls = calls
        self.per = per
        self.margin = margin
        self.clock = clock
        self.sleep = sleep
        self._starts: deque[float] = deque(maxlen=calls)
        self._held_until = float("-inf")
        self._lock = threading.Lock()

    def wait(self) -> None:
        """Return when a call may start now; the start is counted before returning."""
        while True:
            with self._lock:
                now = self.clock()
                ready = self._held_until
                if len(self._starts) == self.calls:
                    ready = max(ready, self._starts[0] + self.per + self.margin)
                if ready <= now:
                    self._starts.append(now)
                    return
                delay = ready - now
            # Sleep outside the lock so other threads can hold() or queue meanwhile; after
            # waking, check again: another waiter may have taken the freed slot first.
            self.sleep(delay)

    def hold(self, seconds: float) -> None:
        """Make every caller of wait() wait until at least `seconds` from now."""
        with self._lock:
            self._held_until = max(self._held_until, self.clock() + max(0.0, seconds))
