"""One call to an outside API: paced, retried on 429/5xx, failures raised as the caller's error."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import requests

from seller_desk.domain.errors import KnownError
from seller_desk.integrations.http import RetryPolicy, parse_retry_after
from seller_desk.integrations.throttle import Throttle

RATE_ATTEMPTS = 5  # calls refused with 429 before giving up
SERVER_ATTEMPTS = 3  # calls answered with a 5xx before giving up
MAX_WAIT = 60.0
# A session a client makes for itself leaves 429s and 5xx to the client, which reads the
# vendor's hints (Retry-After, X-RateLimit-Reset, cost buckets) and paces the whole key.
OWN_RETRIES = RetryPolicy(attempts=1)
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


class Fail(Protocol):
    """Builds the error to raise: `message` is one of the caller's Texts; `response` the
    answer that failed, when there was one."""

    def __call__(self, message: str, response: requests.Response | None = None,
                 **params: object) -> KnownError: ...


@dataclass(frozen=True)
class Texts:
    """The seller-facing messages of a service's failures (QT_TRANSLATE_NOOP-marked)."""

    unreachable: str  # {url} {reason}
    timed_out: str  # {seconds}
    http_status: str  # {status} {url}
    malformed: str  # {reason}
    rate_limited: str  # {attempts}


def join(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + "/" + path.lstrip("/")


def backoff(attempt: int) -> float:
    """Seconds before retrying after the `attempt`-th refusal when the server gave no hint."""
    return min(MAX_WAIT, 2.0 ** (attempt - 1))


def retry_after(response: requests.Response, attempt: int) -> float:
    """The server's Retry-After, else exponential back-off from 1 s; never above a minute."""
    wait = parse_retry_after(response.headers.get("Retry-After"))
    return min(MAX_WAIT, backoff(attempt) if wait is None else wait)


@dataclass
class Caller:
    """Sends a service's requests; `rate_wait(response, attempt)` says how long a 429 waits and
    `observe(response, throttle)` sees every answer (to read a vendor's rate headers)."""

    fail: Fail
    texts: Texts
    session: requests.Session
    sleep: Callable[[float], None]
    rate_wait: Callable[[requests.Response, int], float] = retry_after
    observe: Callable[[requests.Response, Throttle], None] | None = None

    def send(
        self,
        method: str,
        url: str,
        throttle: Throttle,
        *,
        headers: Mapping[str, str],
        body: object = None,
        params: Mapping[str, str] | None = None,
        form: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """The first answer that is neither a 429 nor a 5xx; those are retried a few times."""
        refused = failed = 0
        while True:
            throttle.wait()
            response = self._request(method, url, headers, body, params, form)
            if self.observe is not None:
                self.observe(response, throttle)
            if response.status_code == 429:
                refused += 1
                if refused >= RATE_ATTEMPTS:
                    raise self.fail(self.texts.rate_limited, response, attempts=refused)
                # Held on the shared throttle: every call on this key waits, not just this one.
                throttle.hold(self.rate_wait(response, refused))
            elif response.status_code >= 500:
                failed += 1
                if failed >= SERVER_ATTEMPTS:
                    raise self.fail(self.texts.http_status, response,
                                    status=response.status_code, url=url)
                self.sleep(retry_after(response, failed))
            else:
                return response
            response.close()

    def _request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: object,
        params: Mapping[str, str] | None,
        form: Mapping[str, str] | None,
    ) -> requests.Response:
        # Headers go on each call, never on the shared session: the key stays with this client.
        try:
            return self.session.request(method, url, headers=dict(headers), json=body,
                                        params=params, data=form)
        except requests.Timeout as error:
            connecting = isinstance(error, requests.ConnectTimeout)
            raise self.fail(self.texts.timed_out, None, url=url, reason=type(error).__name__,
                            seconds=timeout_seconds(self.session, connecting)) from None
        except requests.RequestException as error:
            raise self.fail(self.texts.unreachable, None, url=url,
                            reason=type(error).__name__) from None


def scrub(message: str, *secrets: str) -> str:
    """A server's text with our secrets blotted out, should it ever echo one back."""
    for secret in secrets:
        if secret:
            message = message.replace(secret, "***")
    return message


def timeout_seconds(session: requests.Session, connecting: bool = False) -> object:
    """The session's connect or read timeout, for the message ("?" when it has none)."""
    timeout = getattr(session, "timeout", None)
    if isinstance(timeout, tuple):
        return timeout[0] if connecting else timeout[-1]
    return timeout or "?"


def json_body(response: requests.Response, fail: Fail, malformed: str) -> Any:
    """The answer's JSON; a web page or non-JSON → `fail(malformed, response, reason=...)`."""
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    start = response.content[:200].lstrip().lower()
    if kind in {"text/html", "application/xhtml+xml"} or start.startswith(HTML_STARTS):
        raise fail(malformed, response,
                   reason=f"a web page instead of data (HTTP {response.status_code})")
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as error:
        raise fail(malformed, response, reason=f"not JSON ({error})") from None


def json_object(response: requests.Response, fail: Fail, malformed: str) -> dict[str, Any]:
    """The answer's JSON object; anything else → `fail(malformed, ...)`."""
    body = json_body(response, fail, malformed)
    if not isinstance(body, dict):
        raise fail(malformed, response, reason="the answer is not an object")
    return body
