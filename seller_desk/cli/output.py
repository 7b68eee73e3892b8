"""What every command prints the same way: JSON, and progress on standard error."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from seller_desk.services.progress import Job


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def stderr_job() -> Job:
    """A job that prints its progress to standard error at most twice a second."""
    last = [0.0]

    def progress(done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.5 or done == total:
            last[0] = now
            counted = f"{done:,}/{total:,}" if total else f"{done:,}"
            print(f"{text}: {counted}", file=sys.stderr, flush=True)

    return Job(progress)
