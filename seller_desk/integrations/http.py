"""One requests.Session for every outside service: User-Agent, timeouts, bounded retries."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from seller_desk import __version__

USER_AGENT = f"SellerDesk/{__version__}"
# (connect, read) seconds: a server that accepts but never answers must not hold a worker forever.
DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 20.0)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Only requests that change nothing are repeated on their own.
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait before asking again after a 429 or a 5xx."""

    attempts: int = 3
    backoff: float = 0.5  # seconds before the second attempt, doubled for each one after
    max_wait: float = 30.0  # a Retry-After longer than this ends the retries instead
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    def wait_before(self, attempt: int, retry_after: str | None) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None to stop asking."""
        if attempt >= self.attempts:
            return None
        wait = parse_retry_after(retry_after)
        if wait is None:
            wait = self.backoff * 2 ** (attempt - 1)
        return wait if wait <= self.max_wait else None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: delta seconds ("2.0") or an HTTP date; None if absent."""
    if not value:
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class HttpSession(requests.Session):
    """A Session that puts a timeout on every call and repeats idempotent calls on 429/5xx."""

    def __init__(
        self,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
    ) -> None:
        super().__init__()
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.headers["User-Agent"] = USER_AGENT

    def request(  # type: ignore[override]
        self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any
    ) -> requests.Response:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        verb = method.decode() if isinstance(method, bytes) else method
        attempt = 1
        while True:
            response = super().request(method, url, *args, **kwargs)
            if response.status_code not in RETRY_STATUSES or verb.upper() not in IDEMPOTENT:
                return response
            wait = self.retry.wait_before(attempt, response.headers.get("Retry-After"))
            if wait is None:
                return response
            response.close()
            self.retry.sleep(wait)
            attempt += 1


def make_session(
    timeout: tuple[float, float] = DEFAULT_TIMEOUT, retry: RetryPolicy | None = None
) -> HttpSession:
    """The session the app builds once and hands to every integration."""
    return HttpSession(timeout=timeout, retry=retry)


def get(
    session: requests.Session,
    url: str,
    *,
    on_failure: Callable[[requests.RequestException], Exception],
    **kwargs: Any,
) -> requests.Response:
    """GET `url`; a network failure (refused, reset, timed out) becomes `on_failure(error)`,
    which should be a KnownError naming the service. Any HTTP status is returned as is."""
    try:
        return session.get(url, **kwargs)
    except requests.RequestException as error:
        raise on_failure(error) from error
