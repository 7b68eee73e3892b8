"""make_client, the shared texts, and the key kept off the shared session and messages."""

from __future__ import annotations

import re

import pytest

from seller_desk.domain.tracking import Provider, Registration, TrackingError
from seller_desk.integrations.http import HttpSession
from seller_desk.integrations.tracking import (
    DEFAULT_URLS,
    AfterShipClient,
    SeventeenTrackClient,
    Throttle,
    make_client,
    messages,
)
from seller_desk.integrations.tracking.aftership import LIMITS
from tests.fakes.aftership_server import AfterShipFake
from tests.fakes.seventeen_server import SeventeenFake


def test_default_urls() -> None:
    assert DEFAULT_URLS == {Provider.SEVENTEEN: "https://api.17track.net/track/v2.2/",
                            Provider.AFTERSHIP: "https://api.aftership.com/tracking/2025-07/"}


@pytest.mark.parametrize(("provider", "kind", "batches"), [
    (Provider.SEVENTEEN, SeventeenTrackClient, (40, 40)), ("17track", SeventeenTrackClient,
                                                            (40, 40)),
    (Provider.AFTERSHIP, AfterShipClient, (1, 1)), ("aftership", AfterShipClient, (1, 1))])
def test_make_client_builds_the_providers_client(provider: Provider | str, kind: type,
                                                 batches: tuple[int, int]) -> None:
    client = make_client(provider, "key", "")
    assert isinstance(client, kind)
    assert client.provider is Provider(provider)
    assert (client.register_batch, client.read_batch) == batches
    assert client.base_url == DEFAULT_URLS[Provider(provider)]  # type: ignore[attr-defined]


def test_each_client_keeps_its_keys_documented_pace_by_default() -> None:
    seventeen = make_client("17track", "key", "")
    assert (seventeen.throttle.calls, seventeen.throttle.per) == (3, 1.0)  # type: ignore
    aftership = make_client("aftership", "key", "")
    assert {e: t.calls for e, t in aftership.throttles.items()} == LIMITS  # type: ignore


def test_a_given_throttle_paces_every_call() -> None:
    shared = Throttle(2)
    assert make_client("17track", "key", "", throttle=shared).throttle is shared  # type: ignore
    aftership = make_client("aftership", "key", "", throttle=shared)
    assert set(map(id, aftership.throttles.values())) == {id(shared)}  # type: ignore


def test_an_unknown_provider_is_a_fatal_known_error() -> None:
    with pytest.raises(TrackingError) as caught:
        make_client("shiptrack", "key", "")
    assert caught.value.fatal and caught.value.message == messages.UNKNOWN_PROVIDER
    assert str(caught.value) == ("'shiptrack' is not a tracking service; choose one of "
                                 "17TRACK, AfterShip.")


@pytest.mark.parametrize("provider", list(Provider))
def test_no_key_is_a_fatal_known_error(provider: Provider) -> None:
    with pytest.raises(TrackingError) as caught:
        make_client(provider, "  ", "")
    assert caught.value.fatal and caught.value.message == messages.NO_KEY


TEXTS = {name: value for name, value in vars(messages).items()
         if name.isupper() and isinstance(value, str)}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_every_text_names_the_provider_and_is_marked_for_translation(name: str) -> None:
    from seller_desk.domain.text import CONTEXT_OF

    assert "{provider}" in TEXTS[name]
    assert CONTEXT_OF[TEXTS[name]] == "errors"


def test_every_text_is_filled_by_what_the_clients_pass() -> None:
    error = TrackingError("17track", messages.HTTP_STATUS, status=503, url="http://x/")
    assert str(error) == "The 17TRACK tracking service answered HTTP 503 for http://x/."
    placeholders = {p for text in TEXTS.values() for p in re.findall(r"{(\w+)}", text)}
    assert placeholders == {"provider", "url", "reason", "seconds", "status", "attempts",
                            "code", "names"}


def test_the_key_goes_with_each_call_never_onto_the_shared_session(
        seventeen_fake: SeventeenFake, aftership_fake: AfterShipFake,
        session: HttpSession) -> None:
    seventeen = make_client("17track", seventeen_fake.key, seventeen_fake.url, session=session)
    aftership = make_client("aftership", aftership_fake.key, aftership_fake.url,
                            session=session)
    assert seventeen.register([Registration("RR123456785CN")]).registered
    assert aftership.register([Registration("RR123456785CN")]).registered
    assert not {"17token", "as-api-key"} & {name.lower() for name in session.headers}
