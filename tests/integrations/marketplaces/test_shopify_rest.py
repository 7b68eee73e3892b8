"""The Shopify REST client against the loopback fake: Link cursors, status=any, the call
bucket, failures, products and the pushes; and the same records as the GraphQL client."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
import requests

from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.sync import Credentials, RefundedLine, SyncError, TrackingPush
from seller_desk.integrations.http import HttpSession, RetryPolicy, make_session
from seller_desk.integrations.marketplaces import messages
from seller_desk.integrations.marketplaces.shopify_graphql import ShopifyGraphqlClient
from seller_desk.integrations.marketplaces.shopify_rest import ShopifyRestClient
from seller_desk.integrations.throttle import Throttle
from tests.fakes.loopback import running
from tests.fakes.shop_data import FakeShop
from tests.fakes.shopify_payloads import ALL_SCOPES, LOCATION_ID
from tests.fakes.shopify_server import ShopifyFake
from tests.integrations.conftest import FakeTime

TOKEN = "shpat_rest_0123456789"
API = "/admin/api/2026-01/"


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def shop() -> FakeShop:
    return FakeShop(600)


@pytest.fixture
def fake(shop: FakeShop) -> Iterator[ShopifyFake]:
    with running(ShopifyFake(shop, token=TOKEN)) as served:
        yield served


def client_of(fake: ShopifyFake, session: requests.Session, fake_time: FakeTime,
              token: str = TOKEN, **options: object) -> ShopifyRestClient:
    return ShopifyRestClient(fake.url, Credentials({"access_token": token}), session=session,
                             sleep=fake_time.sleep, clock=fake_time.clock,
                             **options)  # type: ignore[arg-type]


@pytest.fixture
def client(fake: ShopifyFake, session: HttpSession, fake_time: FakeTime) -> ShopifyRestClient:
    return client_of(fake, session, fake_time)


def failure_of(call: object) -> SyncError:
    with pytest.raises(SyncError) as caught:
        call()  # type: ignore[operator]
    return caught.value


def all_orders(client: ShopifyRestClient | ShopifyGraphqlClient, since: object = None) -> list:
    return [order for page in client.orders(since) for order in page.items]  # type: ignore[arg-type]




# --- the shop ---

def test_the_shop_and_its_scopes_come_from_two_calls(client: ShopifyRestClient,
                                                     fake: ShopifyFake) -> None:
    info = client.shop()
    assert (info.name, info.currency, info.missing) == ("Lantern & Loom", "USD", ())
    assert set(info.permissions) == set(ALL_SCOPES)
    assert (fake.calls["shop.json"], fake.calls["oauth/access_scopes.json"]) == (1, 1)


def test_missing_scopes_are_named(shop: FakeShop, session: HttpSession,
                                  fake_time: FakeTime) -> None:
    with running(ShopifyFake(shop, token=TOKEN, scopes=("read_orders", "write_products"))
                 ) as fake:
        info = client_of(fake, session, fake_time).shop()
    assert info.missing == (
        "read_all_orders: only the last 60 days of orders are visible",
        "write_inventory: stock levels cannot be sent to Shopify",
        "write_fulfillments: tracking numbers cannot be sent to Shopify")


def test_a_wrong_token_is_fatal_and_never_shown(fake: ShopifyFake, session: HttpSession,
                                               fake_time: FakeTime) -> None:
    wrong = "shpat_not_this_one"
    client = client_of(fake, session, fake_time, token=wrong)
    error = failure_of(lambda: all_orders(client))
    assert (error.message, error.fatal, error.status) == (messages.BAD_CREDENTIALS, True, 401)
    assert "[API] Invalid API key or access token" in str(error)
    assert wrong not in str(error) + error.response + repr(client)


def test_a_missing_read_scope_stops_the_run_with_shopify_words(
        shop: FakeShop, session: HttpSession, fake_time: FakeTime) -> None:
    with running(ShopifyFake(shop, token=TOKEN, scopes=("read_products",))) as fake:
        error = failure_of(lambda: all_orders(client_of(fake, session, fake_time)))
    assert (error.message, error.fatal, error.status) == (messages.FORBIDDEN, True, 403)
    assert "requires merchant approval for read_orders scope" in str(error)


# --- orders ---

def test_every_order_comes_once_following_the_link_cursor(
        client: ShopifyRestClient, fake: ShopifyFake, shop: FakeShop) -> None:
    pages = list(client.orders(None))
    assert [len(p.items) for p in pages] == [250, 250, 100]
    ids = [o.external_id for page in pages for o in page.items]
    assert len(set(ids)) == 600 and set(ids) == {str(o.order_id) for o in shop.orders()}
    for page in pages:
        assert page.checkpoint == max(o.updated_at for o in page.items)
    first, *rest = [params for endpoint, params in fake.requests if endpoint == "orders.json"]
    assert first == {"status": "any", "limit": "250", "order": "updated_at asc"}
    assert [set(params) for params in rest] == [{"limit", "page_info"}] * 2


def test_since_is_sent_with_the_first_page_only(client: ShopifyRestClient, fake: ShopifyFake,
                                                shop: FakeShop) -> None:
    since = shop.orders()[100].updated
    found = all_orders(client, since)
    assert {o.external_id for o in found} == {str(o.order_id)
                                              for o in shop.updated_since(since)}
    first = next(params for endpoint, params in fake.requests if endpoint == "orders.json")
    assert first["updated_at_min"] == since.isoformat()


def test_a_page_size_is_honoured(fake: ShopifyFake, session: HttpSession,
                                 fake_time: FakeTime) -> None:
    client = client_of(fake, session, fake_time, page_size=100)
    assert [len(p.items) for p in client.orders(None)] == [100] * 6


def test_rest_and_graphql_read_every_order_alike(client: ShopifyRestClient,
                                                 fake: ShopifyFake, session: HttpSession,
                                                 fake_time: FakeTime) -> None:
    graphql = ShopifyGraphqlClient(fake.url, Credentials({"access_token": TOKEN}),
                                   session=session, sleep=fake_time.sleep,
                                   clock=fake_time.clock)
    by_rest = {o.external_id: o for o in all_orders(client)}
    by_graphql = {o.external_id: o for o in all_orders(graphql)}
    assert by_rest == by_graphql
    kinds = {(o.status, o.currency != o.shop_currency, bool(o.refunds), bool(o.fulfillments),
              o.customer.email == "", o.customer.external_id == "") for o in by_rest.values()}
    assert len({k[0] for k in kinds}) == len(OrderStatus)
    assert {k[1] for k in kinds} == {k[4] for k in kinds} == {k[5] for k in kinds} == {
        True, False}


def test_an_order_that_cannot_be_read_is_named(client: ShopifyRestClient, fake: ShopifyFake,
                                               shop: FakeShop) -> None:
    broken = shop.orders()[7].order_id
    fake.fail("garbled-item", prefix="orders.json", number=str(broken), times=1)
    first = next(iter(client.orders(None)))
    assert len(first.items) == 249
    (problem,) = first.problems
    assert problem.message == messages.BAD_ITEM and str(broken) in str(problem)


# --- rate limits and failures ---

def test_a_429_waits_as_retry_after_says(client: ShopifyRestClient, fake: ShopifyFake,
                                         fake_time: FakeTime) -> None:
    fake.fail("429", prefix="orders.json", times=2)
    assert len(all_orders(client)) == 600
    assert fake_time.sleeps == [2.0, 2.0]


def test_five_429s_give_up_without_stopping_the_run(client: ShopifyRestClient,
                                                    fake: ShopifyFake) -> None:
    fake.fail("429", prefix="orders.json")
    error = failure_of(lambda: all_orders(client))
    assert (error.message, error.fatal, error.status) == (messages.RATE_LIMITED, False, 429)


def test_a_nearly_full_bucket_holds_the_next_call() -> None:
    fake_time = FakeTime()
    throttle = Throttle(40, 1.0, clock=fake_time.clock, sleep=fake_time.sleep)
    client = ShopifyRestClient("https://shop.example", Credentials({"access_token": TOKEN}))
    for header, wait in (("20/40", 0.0), ("39/40", 0.5), ("40/40", 1.0), ("79/80", 0.25)):
        response = requests.Response()
        response.headers["X-Shopify-Shop-Api-Call-Limit"] = header
        client._observe(response, throttle)
        throttle.wait()
        assert fake_time.sleeps[-1:] == ([wait] if wait else []), header
        fake_time.sleeps.clear()


def test_the_real_bucket_is_never_overrun(session: HttpSession) -> None:
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    shop = FakeShop(0, products=6)
    # A Plus plan's bucket (400 calls leaking 20 a second), all but full when the sync starts.
    with running(ShopifyFake(shop, token=TOKEN, limit=True, calls_bucket=(400, 20.0))) as fake:
        fake.used_calls = 399.0
        client = ShopifyRestClient(fake.url, Credentials({"access_token": TOKEN}),
                                   session=session, sleep=sleep, page_size=1)
        assert sum(len(p.items) for p in client.variants()) == 12
    assert fake.too_many == 0 and fake.calls["products.json"] == 6
    assert len(waits) >= 6 and all(0 < wait <= 0.1 for wait in waits)


def test_a_5xx_is_retried_then_given_up(client: ShopifyRestClient, fake: ShopifyFake,
                                        fake_time: FakeTime) -> None:
    fake.fail("503", prefix="orders.json", times=2)
    assert len(all_orders(client)) == 600
    assert fake_time.sleeps == [1.0, 2.0]
    fake.fail("500", prefix="orders.json")
    error = failure_of(lambda: all_orders(client))
    assert (error.message, error.status) == (messages.HTTP_STATUS, 500)


@pytest.mark.parametrize(("kind", "reason"), [
    ("html", "web page"), ("malformed", "not JSON"), ("not-envelope", "no orders list")])
def test_an_answer_that_cannot_be_read(client: ShopifyRestClient, fake: ShopifyFake,
                                       kind: str, reason: str) -> None:
    fake.fail(kind, prefix="orders.json")
    error = failure_of(lambda: all_orders(client))
    assert error.message == messages.MALFORMED and reason in str(error)


def test_a_silent_store_times_out(fake: ShopifyFake, fake_time: FakeTime) -> None:
    fake.fail("slow", prefix="orders.json", delay=1.0)
    client = client_of(fake, make_session(timeout=(1, 0.2), retry=RetryPolicy(attempts=1)),
                       fake_time)
    error = failure_of(lambda: all_orders(client))
    assert error.message == messages.TIMED_OUT


# --- products and pushes ---

def test_variants_come_from_paged_products(fake: ShopifyFake, session: HttpSession,
                                           fake_time: FakeTime, shop: FakeShop) -> None:
    client = client_of(fake, session, fake_time, page_size=2)
    pages = list(client.variants())
    assert [len(p.items) for p in pages] == [4, 4, 2]
    variants = [v for p in pages for v in p.items]
    assert [v.sku for v in variants] == [v.sku for v in shop.variants]
    first = variants[0]
    assert (first.title, first.currency, first.price_minor, first.stock) == (
        "Ceramic mug 0 / S", "USD", 2495, 10)
    assert first.ref == str(shop.variants[0].variant_id + 5_000_000_000_000)


def test_stock_price_and_tracking_reach_the_store(client: ShopifyRestClient,
                                                  fake: ShopifyFake, shop: FakeShop) -> None:
    variants = [v for p in client.variants() for v in p.items]
    client.push_stock(variants[2], 42)
    client.push_price(variants[2], 1999)
    assert fake.pushed_stock == [(shop.variants[2].variant_id, 42)]
    assert fake.pushed_price == [(shop.variants[2].variant_id, Decimal("19.99"))]
    (_, level), = [r for r in fake.requests if r[0] == "inventory_levels/set.json"]
    assert level == {"location_id": LOCATION_ID, "available": 42,
                     "inventory_item_id": shop.variants[2].variant_id + 5_000_000_000_000}
    (_, price), = [r for r in fake.requests if r[0].startswith("variants/")]
    assert price == {"variant": {"id": shop.variants[2].variant_id, "price": "19.99"}}
    assert (shop.variants[2].stock, shop.variants[2].price) == (42, Decimal("19.99"))
    paid = next(o for o in shop.orders() if o.status == "paid" and len(o.lines) > 1)
    line = paid.lines[1]
    reference = client.push_tracking(TrackingPush(
        str(paid.order_id), "RR123456785CN", "China Post",
        lines=(RefundedLine(str(line.line_id), line.quantity),)))
    (pushed,) = fake.pushed_tracking
    assert (pushed["api"], pushed["lines"], reference) == (
        "rest", [(line.line_id, line.quantity)], str(pushed["fulfillment_id"]))
    order = next(o for o in all_orders(client) if o.external_id == str(paid.order_id))
    assert order.fulfillments[-1].tracking_numbers == ("RR123456785CN",)
    assert order.fulfillments[-1].lines == (RefundedLine(str(line.line_id), line.quantity),)


def test_stock_sent_to_the_location_the_store_names(client: ShopifyRestClient,
                                                    fake: ShopifyFake) -> None:
    variant = next(iter(client.variants())).items[0]
    client.push_stock(variant, 5)
    client.push_stock(variant, 6)
    assert fake.calls["locations.json"] == 1  # looked up once
    assert fake.pushed_stock[-1] == (int(variant.external_id), 6)


def test_old_orders_stay_hidden_without_read_all_orders(session: HttpSession,
                                                        fake_time: FakeTime) -> None:
    shop = FakeShop(15_000)
    oldest = shop.orders()[0]
    shop.touch(oldest.order_id, shop.newest_update() + timedelta(minutes=1))
    scopes = tuple(s for s in ALL_SCOPES if s != "read_all_orders")
    with running(ShopifyFake(shop, token=TOKEN, scopes=scopes)) as fake:
        client = client_of(fake, session, fake_time)
        recent = all_orders(client, shop.newest_update() - timedelta(hours=2))
        hidden = requests.get(f"{fake.url}{API}orders/{oldest.order_id}.json", timeout=5,
                              headers={"X-Shopify-Access-Token": TOKEN})
    assert str(oldest.order_id) not in {o.external_id for o in recent} and recent
    assert hidden.status_code == 404
