"""The eBay client's account and tokens against its fake, and every way a call can fail:
refused credentials, missing scopes, expired tokens, rate limits, server errors, garbled and
slow answers, and the rules of eBay the fake enforces."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
import requests

from seller_desk.domain.sync import SyncError
from seller_desk.integrations.http import HttpSession, RetryPolicy, make_session
from seller_desk.integrations.marketplaces.ebay import EbayClient
from seller_desk.integrations.marketplaces.ebay_parse import (
    FULFILLMENT_SCOPE,
    IDENTITY_SCOPE,
    INVENTORY_SCOPE,
    LACKING,
)
from tests.fakes.ebay_server import ORDERS, TOKEN, USER, EbayFake
from tests.fakes.loopback import running
from tests.fakes.shop_data import FakeShop
from tests.integrations.conftest import FakeTime
from tests.integrations.marketplaces.test_ebay import ORDER_COUNT, client_of, every_order


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def shop() -> FakeShop:
    return FakeShop(ORDER_COUNT)


@pytest.fixture
def fake(shop: FakeShop) -> Iterator[EbayFake]:
    with running(EbayFake(shop)) as server:
        yield server


@pytest.fixture
def client(fake: EbayFake, session: HttpSession, fake_time: FakeTime) -> EbayClient:
    return client_of(fake, session, fake_time)


# --- The account and its tokens ---

def test_shop_names_the_seller_and_the_currency_of_its_site(client: EbayClient,
                                                           fake: EbayFake) -> None:
    info = client.shop()
    assert (info.name, info.currency, info.missing) == ("fake_mug_seller", "USD", ())
    assert info.permissions == ("sell.fulfillment", "sell.inventory",
                                "commerce.identity.readonly")
    assert fake.asked_scopes == [{FULFILLMENT_SCOPE, INVENTORY_SCOPE, IDENTITY_SCOPE}]


def test_a_british_seller_is_paid_in_pounds(session: HttpSession, fake_time: FakeTime) -> None:
    with running(EbayFake(FakeShop(3, shop_currency="GBP"))) as fake:
        assert client_of(fake, session, fake_time).shop().currency == "GBP"


def test_without_the_identity_scope_the_currency_comes_from_the_orders(
        shop: FakeShop, session: HttpSession, fake_time: FakeTime) -> None:
    with running(EbayFake(shop, granted=frozenset({FULFILLMENT_SCOPE, INVENTORY_SCOPE}))) \
            as fake:
        client = client_of(fake, session, fake_time)
        info = client.shop()
        assert (info.name, info.currency) == ("", "USD")
        assert info.missing == (LACKING[IDENTITY_SCOPE],)
        assert fake.asked_scopes[-1] == {FULFILLMENT_SCOPE, INVENTORY_SCOPE}
        assert fake.calls[USER] == 0
        fake_time.now += 7200  # the next token asks for what worked at once
        client.shop()
        assert fake.calls[TOKEN] == 3


def test_with_orders_only_the_inventory_is_refused(shop: FakeShop, session: HttpSession,
                                                   fake_time: FakeTime) -> None:
    with running(EbayFake(shop, granted=frozenset({FULFILLMENT_SCOPE}))) as fake:
        client = client_of(fake, session, fake_time)
        assert client.shop().missing == (LACKING[IDENTITY_SCOPE], LACKING[INVENTORY_SCOPE])
        assert len(every_order(client)) == ORDER_COUNT
        with pytest.raises(SyncError, match="Access denied") as refused:
            next(client.variants())
        assert refused.value.fatal and refused.value.status == 403


def test_a_refresh_token_with_no_usable_scope_is_fatal(shop: FakeShop, session: HttpSession,
                                                       fake_time: FakeTime) -> None:
    with running(EbayFake(shop, granted=frozenset({INVENTORY_SCOPE}))) as fake, \
            pytest.raises(SyncError, match="exceeds the scope granted") as refused:
        client_of(fake, session, fake_time).shop()
    assert refused.value.fatal


@pytest.mark.parametrize(("change", "reason"), [
    ({"refresh_token": "v^1.1#i^1#r^1#stale"}, "issued to another client"),
    ({"client_secret": "PRD-wrong-secret"}, "client authentication failed"),
])
def test_refused_credentials_are_fatal_and_never_shown(
        fake: EbayFake, session: HttpSession, fake_time: FakeTime, change: dict[str, str],
        reason: str) -> None:
    client = client_of(fake, session, fake_time, **change)
    with pytest.raises(SyncError, match=reason) as refused:
        client.shop()
    error = refused.value
    assert error.fatal and error.status in {400, 401}
    for secret in (*change.values(), fake.client_secret, fake.refresh_token):
        assert secret not in str(error) and secret not in error.response
    assert "secret" not in repr(client).lower() and fake.refresh_token not in repr(client)


def test_an_expired_token_is_replaced_before_the_call(client: EbayClient, fake: EbayFake,
                                                      fake_time: FakeTime) -> None:
    client.shop()
    fake_time.now += 7200
    client.shop()
    assert fake.calls[TOKEN] == 2


def test_a_revoked_token_is_replaced_once(client: EbayClient, fake: EbayFake) -> None:
    client.shop()
    fake.expire_tokens()
    assert len(every_order(client)) == ORDER_COUNT
    assert fake.calls[TOKEN] == 2


def test_a_token_refused_again_after_renewal_is_fatal(client: EbayClient,
                                                      fake: EbayFake) -> None:
    fake.fail("401", prefix=ORDERS)
    with pytest.raises(SyncError, match="Invalid access token") as refused:
        every_order(client)
    assert refused.value.fatal and refused.value.status == 401
    assert (fake.calls[TOKEN], fake.calls[ORDERS]) == (2, 2)


# --- Failures of whole calls ---

def test_429_waits_as_long_as_retry_after_says(client: EbayClient, fake: EbayFake,
                                               fake_time: FakeTime) -> None:
    fake.fail("429", prefix=ORDERS, times=2, retry_after="3")
    assert len(every_order(client)) == ORDER_COUNT
    assert fake_time.sleeps[:2] == [3.0, 3.0] and fake.too_many == 2


def test_429_without_a_hint_backs_off_then_gives_up(shop: FakeShop, session: HttpSession,
                                                    fake_time: FakeTime) -> None:
    with running(EbayFake(shop, limit=True)) as fake:
        assert fake.quotas is not None
        fake.quotas[ORDERS] = 0  # the day's calls are used up
        with pytest.raises(SyncError, match="too frequent") as refused:
            every_order(client_of(fake, session, fake_time))
    assert refused.value.status == 429 and "Too many requests" in refused.value.response
    assert fake_time.sleeps == [1.0, 2.0, 4.0, 8.0]


def test_server_errors_are_retried_then_reported(client: EbayClient, fake: EbayFake) -> None:
    fake.fail("503", prefix=ORDERS, times=2)
    assert len(every_order(client)) == ORDER_COUNT
    fake.fail("500", prefix=ORDERS)
    with pytest.raises(SyncError, match="HTTP 500") as failed:
        every_order(client)
    assert failed.value.status == 500 and not failed.value.fatal


@pytest.mark.parametrize(("kind", "reason"), [
    ("html", "a web page"), ("malformed", "not JSON"), ("not-envelope", "without orders")])
def test_garbled_answers_fail_the_call(client: EbayClient, fake: EbayFake, kind: str,
                                       reason: str) -> None:
    fake.fail(kind, prefix=ORDERS)
    with pytest.raises(SyncError, match=reason):
        every_order(client)


def test_a_slow_answer_times_out(fake: EbayFake, fake_time: FakeTime) -> None:
    fake.fail("slow", prefix=ORDERS, delay=1.0)
    with make_session(timeout=(1, 0.2), retry=RetryPolicy(attempts=1)) as slow, \
            pytest.raises(SyncError, match=r"within 0\.2 seconds"):
        every_order(client_of(fake, slow, fake_time))


def test_the_fake_keeps_ebays_rules(fake: EbayFake) -> None:
    keys = (fake.client_id, fake.client_secret)
    token = requests.post(fake.base + "/identity/v1/oauth2/token", auth=keys, data={
        "grant_type": "refresh_token", "refresh_token": fake.refresh_token}).json()
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    orders = fake.base + "/sell/fulfillment/v1/order"

    def refusal(url: str, auth: dict[str, str] = headers) -> tuple[int, int]:
        # http.client sends the address as written (requests would encode the brackets)
        parts = urlsplit(url)
        connection = http.client.HTTPConnection(parts.netloc, timeout=2)
        try:
            connection.request("GET", f"{parts.path}?{parts.query}", headers=auth)
            answer = connection.getresponse()
            return answer.status, json.loads(answer.read())["errors"][0]["errorId"]
        finally:
            connection.close()

    assert refusal(orders + "?filter=lastmodifieddate:[2026-01-01T00:00:00.000Z..]") == \
        (400, 30700)
    assert refusal(orders + "?filter=lastmodifieddate:%5B2026-01-01..%5D") == (400, 30700)
    assert refusal(orders + "?limit=201") == (400, 32100)
    assert refusal(orders + "?filter=lastmodifieddate:%5B2026-01-01T00:00:00.000Z%5D") == \
        (400, 30700)
    assert refusal(orders, {"Authorization": "Bearer nope"}) == (401, 1001)
    assert requests.get(orders + "?limit=200&filter=orderfulfillmentstatus:"
                        "%7BNOT_STARTED%7CIN_PROGRESS%7D", headers=headers).status_code == 200
