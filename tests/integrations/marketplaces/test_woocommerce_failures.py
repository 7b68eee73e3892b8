"""The WooCommerce client when keys are refused or stripped, hosts limit or fail, answers
are garbled or late."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import requests

from seller_desk.domain.sync import Credentials, SyncError
from seller_desk.integrations.http import HttpSession, RetryPolicy
from seller_desk.integrations.marketplaces import messages
from seller_desk.integrations.marketplaces.woocommerce import WooCommerceClient
from tests.fakes.loopback import running
from tests.fakes.shop_data import FakeShop
from tests.fakes.woocommerce_server import CONSUMER_KEY, CONSUMER_SECRET, WooCommerceFake
from tests.integrations.conftest import FakeTime

KEYS = {"consumer_key": CONSUMER_KEY, "consumer_secret": CONSUMER_SECRET}
ORDERS = "GET orders"


@pytest.fixture
def shop() -> FakeShop:
    return FakeShop(30)


@pytest.fixture
def fake(shop: FakeShop) -> Iterator[WooCommerceFake]:
    with running(WooCommerceFake(shop)) as started:
        yield started


@pytest.fixture
def make(session: HttpSession, fake_time: FakeTime) -> Callable[..., WooCommerceClient]:
    def build(fake: WooCommerceFake, *, keys: dict[str, str] = KEYS,
              http: requests.Session | None = None, page_size: int | None = None
              ) -> WooCommerceClient:
        return WooCommerceClient(fake.url, Credentials(keys), session=http or session,
                                 sleep=fake_time.sleep, clock=fake_time.clock,
                                 page_size=page_size)
    return build


@pytest.fixture
def woo(fake: WooCommerceFake, make: Callable[..., WooCommerceClient]) -> WooCommerceClient:
    return make(fake)


def read_all(client: WooCommerceClient) -> int:
    return sum(len(page.items) for page in client.orders(None))


def assert_no_secret(error: SyncError) -> None:
    shown = f"{error} {error.response} {error.params} {error!r}"
    assert CONSUMER_SECRET not in shown
    assert error.__cause__ is None and error.__context__ is None


# --- keys ---
@pytest.mark.parametrize(("keys", "reason"), [
    ({**KEYS, "consumer_key": "ck_" + "0" * 40}, "Consumer key is invalid."),
    ({**KEYS, "consumer_secret": "cs_" + "0" * 40}, "Consumer secret is invalid."),
])
def test_bad_keys_end_the_run_with_the_stores_reason(
        fake: WooCommerceFake, make: Callable[..., WooCommerceClient], keys: dict[str, str],
        reason: str) -> None:
    client = make(fake, keys=keys)
    with pytest.raises(SyncError) as refused:
        client.shop()
    error = refused.value
    assert error.fatal and error.status == 401 and error.message == messages.BAD_CREDENTIALS
    assert reason in str(error) and "woocommerce_rest_authentication_error" in str(error)
    assert keys["consumer_secret"] not in f"{error} {error.response} {client!r}"
    assert not client.query_auth  # a refused key is no sign of a stripped header


def test_a_stripped_authorization_header_moves_the_key_to_the_query(
        shop: FakeShop, make: Callable[..., WooCommerceClient]) -> None:
    with running(WooCommerceFake(shop, strip_authorization=True)) as fake:
        client = make(fake, page_size=10)
        assert read_all(client) == 30
        assert client.query_auth
        assert client.shop().currency == "USD"
        # One refusal of what looked anonymous, then every API call with the keys in the query.
        assert fake.auth_seen["none"] == 1 and fake.auth_seen["basic"] == 0
        assert fake.auth_seen["query"] == sum(fake.calls.values()) - 1


def test_a_refused_key_in_the_query_is_not_shown(shop: FakeShop,
                                                 make: Callable[..., WooCommerceClient]
                                                 ) -> None:
    with running(WooCommerceFake(shop, strip_authorization=True)) as fake:
        client = make(fake, keys={**KEYS, "consumer_secret": CONSUMER_SECRET[:-1] + "x"})
        with pytest.raises(SyncError, match="Consumer secret is invalid") as refused:
            read_all(client)
    assert refused.value.fatal
    assert CONSUMER_SECRET[:-1] + "x" not in f"{refused.value} {refused.value.response}"


def test_an_unknown_key_seen_as_no_key_is_tried_once_in_the_query(
        shop: FakeShop, make: Callable[..., WooCommerceClient]) -> None:
    """Real WooCommerce over HTTPS answers a key it doesn't know as if none were sent."""
    with running(WooCommerceFake(shop, silent_unknown_key=True)) as fake:
        client = make(fake, keys={**KEYS, "consumer_key": "ck_unknown"})
        with pytest.raises(SyncError, match="you cannot list resources") as refused:
            read_all(client)
        assert refused.value.fatal and refused.value.status == 401
        assert (fake.auth_seen["basic"], fake.auth_seen["query"]) == (1, 1)


def test_a_key_without_read_permission(shop: FakeShop, make: Callable[..., WooCommerceClient]
                                       ) -> None:
    with (running(WooCommerceFake(shop, permissions="write")) as fake,
          pytest.raises(SyncError, match="read permissions") as refused):
        make(fake).shop()
    assert refused.value.fatal and refused.value.message == messages.FORBIDDEN


def test_a_401_in_the_middle_ends_the_run(fake: WooCommerceFake, woo: WooCommerceClient
                                          ) -> None:
    fake.fail("401", prefix=ORDERS)
    with pytest.raises(SyncError, match="Consumer key is invalid") as refused:
        read_all(woo)
    assert refused.value.fatal


# --- hosts' limits and failures ---
def test_429_waits_as_long_as_retry_after_says(fake: WooCommerceFake, woo: WooCommerceClient,
                                               fake_time: FakeTime) -> None:
    fake.fail("429", prefix=ORDERS, times=2, retry_after="3")
    assert read_all(woo) == 30
    assert fake_time.sleeps.count(3.0) == 2
    assert fake.calls[ORDERS] == 3


def test_429_without_retry_after_backs_off(fake: WooCommerceFake, woo: WooCommerceClient,
                                           fake_time: FakeTime) -> None:
    fake.fail("429", prefix=ORDERS, times=2, retry_after=None)
    assert read_all(woo) == 30
    assert fake_time.sleeps[:2] == [1.0, 2.0]


def test_a_host_that_keeps_refusing_gives_up(fake: WooCommerceFake, woo: WooCommerceClient
                                             ) -> None:
    fake.fail("429", prefix=ORDERS, retry_after="1")
    with pytest.raises(SyncError, match="too frequent") as refused:
        read_all(woo)
    assert refused.value.status == 429 and not refused.value.fatal
    assert fake.calls[ORDERS] == 5


def test_the_default_pace_keeps_under_five_calls_a_second(
        fake: WooCommerceFake, make: Callable[..., WooCommerceClient],
        fake_time: FakeTime) -> None:
    assert read_all(make(fake, page_size=2)) == 30  # 15 calls
    assert fake_time.now - 1000.0 >= 2.0


def test_a_host_limit_is_met_with_its_retry_after(
        shop: FakeShop, session: HttpSession) -> None:
    """Real time: three calls inside a second meet a host allowing one a second."""
    with running(WooCommerceFake(shop, limit=1)) as fake:
        client = WooCommerceClient(fake.url, Credentials(KEYS), session=session,
                                   page_size=10)
        assert read_all(client) == 30
        assert fake.too_many >= 1 and fake.calls[ORDERS] == 3 + fake.too_many


@pytest.mark.parametrize("kind", ["500", "503"])
def test_server_errors_are_retried(fake: WooCommerceFake, woo: WooCommerceClient,
                                   fake_time: FakeTime, kind: str) -> None:
    fake.fail(kind, prefix=ORDERS, times=2)
    assert read_all(woo) == 30
    assert fake_time.sleeps[:2] == [1.0, 2.0]


def test_a_server_that_keeps_failing_names_the_status(fake: WooCommerceFake,
                                                      woo: WooCommerceClient) -> None:
    fake.fail("500", prefix=ORDERS)
    with pytest.raises(SyncError, match="HTTP 500") as failed:
        read_all(woo)
    assert failed.value.status == 500 and not failed.value.fatal
    assert "critical error" in failed.value.response
    assert fake.calls[ORDERS] == 3


@pytest.mark.parametrize(("kind", "reason"), [
    ("html", "a web page instead of data"), ("malformed", "not JSON"),
    ("not-envelope", "the orders are not a list")])
def test_garbled_answers(fake: WooCommerceFake, woo: WooCommerceClient, kind: str,
                         reason: str) -> None:
    fake.fail(kind, prefix=ORDERS, times=1)
    with pytest.raises(SyncError, match=reason) as failed:
        read_all(woo)
    assert not failed.value.fatal


@pytest.mark.parametrize("variant", ["null", "types"])
def test_an_unreadable_order_is_named_and_the_rest_kept(
        fake: WooCommerceFake, woo: WooCommerceClient, shop: FakeShop, variant: str) -> None:
    bad = shop.orders()[4].order_id
    fake.fail("garbled-item", prefix=ORDERS, number=str(bad), variant=variant)
    (page,) = list(woo.orders(None))
    assert len(page.items) == 29 and str(bad) not in {o.external_id for o in page.items}
    (problem,) = page.problems
    assert str(bad) in str(problem) and "order" in str(problem)


@pytest.mark.parametrize(("route", "variant"), [
    ("GET products/:id/variations", "types"), ("GET products", "types")])
def test_an_unreadable_variation_or_product_is_named(
        fake: WooCommerceFake, woo: WooCommerceClient, shop: FakeShop, route: str,
        variant: str) -> None:
    bad = shop.variants[3] if route.endswith("variations") else shop.variants[0]
    item = bad.variant_id if route.endswith("variations") else bad.product_id
    fake.fail("garbled-item", prefix=route, number=str(item), variant=variant)
    pages = list(woo.variants())
    read = [v.external_id for page in pages for v in page.items]
    assert str(bad.variant_id) not in read
    assert len(read) == (9 if route.endswith("variations") else 8)
    (problem,) = [p for page in pages for p in page.problems]
    assert str(item) in str(problem)


def test_blank_prices_and_stock_are_no_problem(fake: WooCommerceFake, woo: WooCommerceClient,
                                               shop: FakeShop) -> None:
    fake.fail("garbled-item", prefix="GET products/:id/variations",
              number=str(shop.variants[1].variant_id), variant="null")
    second = [v for page in woo.variants() for v in page.items][1]
    assert (second.price_minor, second.stock) == (None, None)


def test_a_slow_store_times_out(fake: WooCommerceFake, make: Callable[..., WooCommerceClient]
                                ) -> None:
    fake.fail("slow", prefix=ORDERS, delay=1.0)
    with (HttpSession(timeout=(1.0, 0.2), retry=RetryPolicy(attempts=1)) as impatient,
          pytest.raises(SyncError, match=r"0\.2 seconds") as late):
        read_all(make(fake, http=impatient))
    assert_no_secret(late.value)


def test_a_store_that_is_down(make: Callable[..., WooCommerceClient]) -> None:
    fake = WooCommerceFake(FakeShop(1), strip_authorization=True)
    fake.server.server_close()  # nothing listens at its address any more
    client = make(fake)
    client.query_auth = True  # the key travels in the URL: it must not reach the error
    with pytest.raises(SyncError, match="Could not reach") as down:
        read_all(client)
    assert_no_secret(down.value)


def test_a_wrong_address_with_query_keys_does_not_show_them(
        fake: WooCommerceFake, session: HttpSession) -> None:
    client = WooCommerceClient(fake.url + "shop", Credentials(KEYS), session=session,
                               sleep=lambda _: None)
    client.query_auth = True
    with pytest.raises(SyncError, match="no such address") as missing:
        read_all(client)
    assert "consumer_secret=***" in str(missing.value)
    assert_no_secret(missing.value)
