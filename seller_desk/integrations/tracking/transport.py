"""The shared caller (integrations/calls.py) set up for tracking services: TrackingError."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import requests

from seller_desk.domain.tracking import Provider, TrackingError
from seller_desk.integrations import calls
from seller_desk.integrations.calls import (
    MAX_WAIT,
    OWN_RETRIES,
    Texts,
    backoff,
    join,
    retry_after,
    scrub,
)
from seller_desk.integrations.throttle import Throttle
from seller_desk.integrations.tracking import messages

__all__ = ["MAX_WAIT", "OWN_RETRIES", "Caller", "backoff", "join", "json_object", "retry_after",
           "scrub"]
TEXTS = Texts(unreachable=messages.UNREACHABLE, timed_out=messages.TIMED_OUT,
              http_status=messages.HTTP_STATUS, malformed=messages.MALFORMED,
              rate_limited=messages.RATE_LIMITED)


def failing(provider: Provider) -> calls.Fail:
    def fail(message: str, response: requests.Response | None = None,
             **params: object) -> TrackingError:
        return TrackingError(provider, message, **params)

    return fail


def Caller(
    provider: Provider,
    session: requests.Session,
    sleep: Callable[[float], None],
    rate_wait: Callable[[requests.Response, int], float] = retry_after,
    observe: Callable[[requests.Response, Throttle], None] | None = None,
) -> calls.Caller:
    return calls.Caller(failing(provider), TEXTS, session, sleep, rate_wait, observe)


def json_object(response: requests.Response, provider: Provider) -> dict[str, Any]:
    """The answer's JSON object; a web page, non-JSON or a non-object → TrackingError."""
    return calls.json_object(response, failing(provider), messages.MALFORMED)
