"""Parcel tracking services (17TRACK, AfterShip) behind one client shape, built by make_client."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import requests

from seller_desk.domain.tracking import (
    PROVIDER_NAMES,
    Provider,
    ReadOutcome,
    RegisterOutcome,
    Registration,
    TrackingError,
)
from seller_desk.integrations.throttle import Throttle
from seller_desk.integrations.tracking import messages
from seller_desk.integrations.tracking.aftership import AFTERSHIP_URL, LIMITS, AfterShipClient
from seller_desk.integrations.tracking.seventeen import SEVENTEEN_URL, SeventeenTrackClient

DEFAULT_URLS: dict[Provider, str] = {Provider.SEVENTEEN: SEVENTEEN_URL,
                                     Provider.AFTERSHIP: AFTERSHIP_URL}

__all__ = ["DEFAULT_URLS", "AfterShipClient", "SeventeenTrackClient", "Throttle",
           "TrackingClient", "make_client"]


class TrackingClient(Protocol):
    """What the tracking refresh needs of a provider: register numbers, read their tracks.

    `register_batch`/`read_batch` are the most items one call takes (a longer sequence is a
    ValueError). Per-number refusals come back in the outcome; a failure of the whole call
    raises TrackingError, with `fatal` set when no later call can succeed (key, quota)."""

    provider: Provider
    register_batch: int
    read_batch: int

    def register(self, items: Sequence[Registration]) -> RegisterOutcome: ...

    def read(self, items: Sequence[Registration]) -> ReadOutcome: ...


def make_client(
    provider: Provider | str,
    key: str,
    base_url: str,
    *,
    session: requests.Session | None = None,
    throttle: Throttle | None = None,
) -> TrackingClient:
    """A client of `provider` at `base_url` ("" → its public URL). `throttle` paces every call
    (for AfterShip, every endpoint at once); by default each client keeps the documented
    pace of its key: 3/s for 17TRACK, 20/5/6 per second per AfterShip endpoint."""
    try:
        chosen = Provider(provider)
    except ValueError:
        names = tuple(PROVIDER_NAMES.values())
        raise TrackingError(str(provider), messages.UNKNOWN_PROVIDER, fatal=True,
                            names=names) from None
    url = base_url or DEFAULT_URLS[chosen]
    if chosen is Provider.SEVENTEEN:
        return SeventeenTrackClient(key, url, session=session, throttle=throttle)
    throttles = dict.fromkeys(LIMITS, throttle) if throttle is not None else None
    return AfterShipClient(key, url, session=session, throttles=throttles)
