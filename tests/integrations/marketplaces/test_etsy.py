"""The Etsy client against its fake: OAuth refresh, receipts paged by update, inventory, pushes."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
import requests

from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.sync import Credentials, SyncError, TrackingPush
from seller_desk.integrations.http import HttpSession, RetryPolicy
from seller_desk.integrations.marketplaces import messages
from seller_desk.integrations.marketplaces.etsy import EtsyClient
from seller_desk.integrations.marketplaces.etsy_parse import order_status
from tests.fakes.etsy_server import (
    BAD_FORMAT,
    INVENTORY,
    LISTINGS,
    ME,
    NO_SECRET,
    RECEIPTS,
    TOKEN,
    UPDATE,
    EtsyFake,
)
from tests.fakes.loopback import running
from tests.fakes.shop_data import FakeOrder, FakeShop
from tests.integrations.conftest import FakeTime

EXPECTED_STATUS = {
    "pending": OrderStatus.PENDING, "paid": OrderStatus.PAID, "shipped": OrderStatus.SHIPPED,
    "delivered": OrderStatus.SHIPPED,  # Etsy can only say shipped
    "cancelled": OrderStatus.CANCELLED, "refunded": OrderStatus.REFUNDED,
    "partially_refunded": OrderStatus.PARTIALLY_REFUNDED}


@pytest.fixture
def shop() -> FakeShop:
    return FakeShop(30)


@pytest.fixture
def fake(shop: FakeShop) -> Iterator[EtsyFake]:
    with running(EtsyFake(shop)) as started:
        yield started


@pytest.fixture
def make(fake: EtsyFake, session: HttpSession, fake_time: FakeTime
         ) -> Callable[..., EtsyClient]:
    def client(credentials: Credentials | None = None, **options: object) -> EtsyClient:
        return EtsyClient(fake.url.rstrip("/"), credentials or fake.credentials(),
                          session=session, sleep=fake_time.sleep, clock=fake_time.clock,
                          **options)  # type: ignore[arg-type]
    return client


@pytest.fixture
def etsy(make: Callable[..., EtsyClient]) -> EtsyClient:
    return make()


def failure_of(action: Callable[[], object]) -> SyncError:
    with pytest.raises(SyncError) as caught:
        action()
    return caught.value


def all_orders(client: EtsyClient, since: object = None) -> list:
    return [order for page in client.orders(since) for order in page.items]  # type: ignore


# --- the shop ---

def test_the_shop_name_currency_and_scopes(etsy: EtsyClient, fake: EtsyFake) -> None:
    info = etsy.shop()
    assert (info.name, info.currency, info.missing) == ("MugsByMona", "USD", ())
    assert "transactions_r" in info.permissions
    assert (fake.calls[TOKEN], fake.calls[ME]) == (1, 1)


def test_scopes_the_sync_lacks_are_named(shop: FakeShop, session: HttpSession) -> None:
    with running(EtsyFake(shop, scopes=("transactions_r",))) as fake:
        info = EtsyClient(fake.url, fake.credentials(), session=session).shop()
    assert [phrase.split(":")[0] for phrase in info.missing] == [
        "listings_r", "listings_w", "transactions_w"]


def test_no_order_scope_ends_the_run(shop: FakeShop, session: HttpSession) -> None:
    with running(EtsyFake(shop, scopes=("listings_r",))) as fake:
        error = failure_of(EtsyClient(fake.url, fake.credentials(), session=session).shop)
    assert (error.message, error.fatal) == (messages.FORBIDDEN, True)
    assert "transactions_r" in str(error)


def test_scopes_unknown_when_the_token_answer_does_not_say(shop: FakeShop,
                                                           session: HttpSession) -> None:
    with running(EtsyFake(shop, tell_scope=False)) as fake:
        info = EtsyClient(fake.url, fake.credentials(), session=session).shop()
    assert (info.permissions, info.missing) == ((), ())


# --- orders ---

def test_pages_cover_every_order_once_in_update_order(make: Callable[..., EtsyClient],
                                                      shop: FakeShop, fake: EtsyFake) -> None:
    for _ in range(220):
        shop.add()
    pages = list(make().orders(None))
    assert [len(page.items) for page in pages] == [100, 100, 50]
    assert {page.total for page in pages} == {250}
    ids = [order.external_id for page in pages for order in page.items]
    assert ids == [str(order.order_id) for order in shop.orders()]
    for page in pages:
        assert page.checkpoint == max(order.updated_at for order in page.items)
    assert fake.calls[RECEIPTS] == 3
    small = list(make(page_size=7).orders(None))
    assert len(small) == 36
    assert sum(len(page.items) for page in small) == 250


def test_since_gives_the_orders_updated_from_then(etsy: EtsyClient, shop: FakeShop) -> None:
    since = shop.orders()[12].updated
    expected = [str(order.order_id) for order in shop.updated_since(since)]
    assert [order.external_id for order in all_orders(etsy, since)] == expected
    # A since within a second still includes that second (Etsy takes whole seconds).
    assert len(all_orders(etsy, since + timedelta(microseconds=999_999))) == len(expected)
    assert all_orders(etsy, shop.newest_update() + timedelta(seconds=1)) == []


def test_a_changed_order_comes_again(etsy: EtsyClient, shop: FakeShop) -> None:
    first = shop.orders()[0]
    later = shop.newest_update() + timedelta(minutes=5)
    shop.touch(first.order_id, later, status="cancelled")
    (order,) = all_orders(etsy, later)
    assert (order.external_id, order.status, order.updated_at) == (
        str(first.order_id), OrderStatus.CANCELLED, later)


def test_a_refunded_foreign_currency_order_is_mapped_completely(etsy: EtsyClient,
                                                                shop: FakeShop) -> None:
    source = next(o for o in shop.orders() if o.status == "partially_refunded"
                  and o.currency not in {"USD", "JPY"} and len(o.lines) > 1)
    order = next(o for o in all_orders(etsy) if o.external_id == str(source.order_id))
    assert (order.number, order.placed_at, order.updated_at) == (
        str(source.order_id), source.created, source.updated)
    assert (order.status, order.currency, order.shop_currency) == (
        OrderStatus.PARTIALLY_REFUNDED, source.currency, source.currency)
    assert (order.subtotal_minor, order.shipping_minor, order.tax_minor, order.discount_minor,
            order.total_minor, order.shop_total_minor) == (
        cents(source.subtotal), cents(source.shipping), 0, 0, cents(source.total),
        cents(source.total))
    assert order.customer.external_id == str(source.customer_id)
    assert (order.customer.email, order.customer.name, order.customer.country,
            order.customer.city, order.customer.postcode) == (
        source.email, f"{source.first_name} {source.last_name}", source.country,
        source.city, source.postcode)
    assert order.ship_country == source.country
    assert order.ship_address == f"{source.address1}, {source.city}, {source.postcode}, " \
                                 f"{source.country}"
    assert [(li.external_id, li.sku, li.title, li.quantity, li.unit_price_minor)
            for li in order.lines] == [
        (str(li.line_id), li.sku, li.title, li.quantity, cents(li.price))
        for li in source.lines]
    variant = next(v for v in shop.variants if v.sku == source.lines[0].sku)
    assert (order.lines[0].product_id, order.lines[0].variant_id) == (
        str(variant.product_id), str(variant.variant_id))
    (refund,) = order.refunds
    assert (refund.external_id, refund.amount_minor, refund.reason, refund.created_at) == (
        f"{source.order_id}-1", cents(source.lines[0].price), "damaged", source.updated)
    (parcel,) = order.fulfillments
    shipped = source.fulfillments[0]
    assert (parcel.external_id, parcel.carrier, parcel.tracking_numbers, parcel.created_at) == (
        str(shipped.fulfillment_id), shipped.carrier, (shipped.number,), shipped.created)
    assert order.test is False


def cents(amount: Decimal) -> int:
    return int(amount * 100)


def test_masked_and_guest_buyers(etsy: EtsyClient, shop: FakeShop) -> None:
    orders = {o.external_id: o for o in all_orders(etsy)}
    masked = next(o for o in shop.orders() if o.email is None)
    guest = next(o for o in shop.orders() if o.customer_id is None)
    customer = orders[str(masked.order_id)].customer
    assert (customer.email, customer.name) == ("", "")
    assert customer.country == masked.country
    assert orders[str(guest.order_id)].customer.external_id == ""


def test_each_status(etsy: EtsyClient, shop: FakeShop) -> None:
    sources: dict[str, FakeOrder] = {str(o.order_id): o for o in shop.orders()}
    seen = {(sources[o.external_id].status, o.status) for o in all_orders(etsy)}
    assert seen == set(EXPECTED_STATUS.items())
    assert order_status("Completed", False) is OrderStatus.PAID  # as real answers write it
    assert order_status("payment processing", False) is OrderStatus.PENDING


@pytest.mark.parametrize("variant", ["null", "types"])
def test_an_unreadable_receipt_is_left_out_and_named(etsy: EtsyClient, fake: EtsyFake,
                                                     shop: FakeShop, variant: str) -> None:
    broken = str(shop.orders()[3].order_id)
    fake.fail("garbled-item", prefix=RECEIPTS, number=broken, variant=variant)
    (page,) = etsy.orders(None)
    assert len(page.items) == 29 and broken not in {o.external_id for o in page.items}
    (problem,) = page.problems
    assert (problem.message, problem.params["id"]) == (messages.BAD_ITEM, broken)
    assert ("grandtotal" if variant == "null" else "ZZZ") in str(problem)


# --- variants and pushes ---

def test_every_variant_with_price_stock_and_ref(make: Callable[..., EtsyClient],
                                                shop: FakeShop, fake: EtsyFake) -> None:
    pages = list(make(page_size=2).variants())
    assert len(pages) == 3 and fake.calls[LISTINGS] == 3 and fake.calls[INVENTORY] == 5
    found = [v for page in pages for v in page.items]
    assert [(v.external_id, v.product_id, v.ref, v.sku, v.title, v.price_minor, v.stock,
             v.currency) for v in found] == [
        (str(v.variant_id), str(v.product_id), str(v.product_id), v.sku, v.title,
         cents(v.price), v.stock, "USD") for v in shop.variants]


def test_stock_is_pushed_as_the_whole_inventory(etsy: EtsyClient, shop: FakeShop,
                                                fake: EtsyFake) -> None:
    first, second = [v for page in etsy.variants() for v in page.items][:2]
    etsy.push_stock(first, 3)
    assert fake.pushed_stock == [(int(first.external_id), 3)] and fake.pushed_price == []
    assert shop.variants[0].stock == 3
    ((listing_id, body),) = fake.pushed_inventory
    assert listing_id == int(first.ref) and len(body["products"]) == 2
    # Prices went back as exact JSON numbers, the product's other values untouched.
    assert [p["offerings"][0]["price"] for p in body["products"]] == [
        Decimal("24.95"), Decimal("24.95")]
    assert body["products"][1]["offerings"][0]["quantity"] == second.stock
    assert body["price_on_property"] == [513]


def test_a_price_is_pushed(etsy: EtsyClient, shop: FakeShop, fake: EtsyFake) -> None:
    variant = [v for page in etsy.variants() for v in page.items][3]
    etsy.push_price(variant, 1999)
    assert fake.pushed_price == [(int(variant.external_id), Decimal("19.99"))]
    assert shop.variants[3].price == Decimal("19.99") and fake.pushed_stock == []


def test_a_product_renumbered_by_etsy_is_found_by_sku(etsy: EtsyClient, fake: EtsyFake) -> None:
    variant = next(v for page in etsy.variants() for v in page.items)
    etsy.push_stock(replace(variant, external_id="1"), 4)
    assert fake.pushed_stock == [(int(variant.external_id), 4)]


def test_a_refused_inventory_fails_that_push_alone(etsy: EtsyClient, shop: FakeShop,
                                                   fake: EtsyFake) -> None:
    first = next(v for page in etsy.variants() for v in page.items)
    shop.variants[1].stock = 0
    error = failure_of(lambda: etsy.push_stock(first, 0))
    assert (error.message, error.fatal, error.status) == (messages.REFUSED, False, 400)
    assert "greater than 0" in str(error)
    error = failure_of(lambda: etsy.push_stock(replace(first, ref="999"), 1))
    assert (error.message, error.fatal, error.status) == (messages.REFUSED, False, 404)


def test_tracking_is_posted_and_its_shipment_id_returned(etsy: EtsyClient, shop: FakeShop,
                                                         fake: EtsyFake) -> None:
    source = next(o for o in shop.orders() if o.status == "paid")
    shipping_id = etsy.push_tracking(TrackingPush(str(source.order_id), "RR123456785CN",
                                                  "China Post"))
    assert fake.pushed_tracking == [(source.order_id, "RR123456785CN", "China Post")]
    changed = shop.get(source.order_id)
    assert changed is not None and changed.status == "shipped"
    assert shipping_id == str(changed.fulfillments[-1].fulfillment_id)
    (order,) = all_orders(etsy, changed.updated)
    assert order.status is OrderStatus.SHIPPED
    assert order.fulfillments[-1].tracking_numbers == ("RR123456785CN",)
    error = failure_of(lambda: etsy.push_tracking(TrackingPush("42", "X1", "UPS")))
    assert (error.message, error.fatal) == (messages.REFUSED, False)


def test_pushing_without_the_write_scope_ends_the_run(shop: FakeShop,
                                                      session: HttpSession) -> None:
    with running(EtsyFake(shop, scopes=("transactions_r", "listings_r"))) as fake:
        client = EtsyClient(fake.url, fake.credentials(), session=session)
        variant = next(iter(client.variants())).items[0]
        error = failure_of(lambda: client.push_stock(variant, 2))
        assert fake.calls[UPDATE] == 1
    assert (error.message, error.fatal) == (messages.FORBIDDEN, True)
    assert "listings_w" in str(error)


# --- credentials and tokens ---

@pytest.mark.parametrize(("change", "message", "reason"), [
    ({"refresh_token": "48151623.stolen"}, messages.BAD_CREDENTIALS, "refresh token"),
    ({"keystring": "someoneelse"}, messages.BAD_CREDENTIALS, "client_id"),
    ({"shared_secret": "wrong-secret"}, messages.FORBIDDEN, "Invalid API key"),
    ({"shared_secret": "a:b"}, messages.FORBIDDEN, "keystring:shared_secret"),
])
def test_refused_credentials_end_the_run_without_showing_them(
        make: Callable[..., EtsyClient], fake: EtsyFake, change: dict[str, str],
        message: str, reason: str) -> None:
    credentials = Credentials({**fake.credentials().values, **change})
    client = make(credentials)
    error = failure_of(client.shop)
    assert (error.message, error.fatal) == (message, True)
    assert reason in str(error)
    for secret in (credentials["shared_secret"], credentials["refresh_token"]):
        assert secret not in str(error) and secret not in error.response
        assert secret not in repr(client)


def test_the_fake_refuses_an_api_key_without_the_secret(fake: EtsyFake) -> None:
    url = f"{fake.url}v3/application/users/me"
    for key, expected in ((fake.key, NO_SECRET), (f"{fake.key}:a:b", BAD_FORMAT)):
        answer = requests.get(url, headers={"x-api-key": key}, timeout=2)
        assert (answer.status_code, answer.json()) == (403, {"error": expected})


def test_an_expired_token_is_renewed_once_with_the_rotated_refresh_token(
        etsy: EtsyClient, fake: EtsyFake, fake_time: FakeTime) -> None:
    etsy.shop()
    first_refresh = etsy.refresh_token
    assert first_refresh == fake.refresh_token != "48151623.fake-refresh-0"
    fake.expire_tokens()  # Etsy says 401 invalid_token: renewed, then the call is repeated
    assert len(all_orders(etsy)) == 30
    assert fake.calls[TOKEN] == 2 and etsy.refresh_token == fake.refresh_token
    fake_time.now += 3600  # an hour on: renewed before calling, without a 401
    assert len(all_orders(etsy)) == 30
    assert fake.calls[TOKEN] == 3 and fake.calls[RECEIPTS] == 3


def test_a_token_refused_again_after_renewal_ends_the_run(etsy: EtsyClient,
                                                          fake: EtsyFake) -> None:
    fake.fail("401", prefix=RECEIPTS)
    error = failure_of(lambda: all_orders(etsy))
    assert (error.message, error.fatal, error.status) == (messages.BAD_CREDENTIALS, True, 401)
    assert fake.calls[TOKEN] == 2 and fake.calls[RECEIPTS] == 2
    assert fake.refresh_token not in error.response


# --- rate limits and failures ---

@pytest.mark.parametrize(("retry_after", "waits"), [("3", [3.0, 3.0]), (None, [1.0, 2.0])])
def test_a_429_waits_as_told_else_backs_off(etsy: EtsyClient, fake: EtsyFake,
                                            fake_time: FakeTime, retry_after: str | None,
                                            waits: list[float]) -> None:
    fake.fail("429", prefix=RECEIPTS, times=2, retry_after=retry_after)
    assert len(all_orders(etsy)) == 30
    assert [wait for wait in fake_time.sleeps if wait >= 1.0] == waits
    assert fake.calls[RECEIPTS] == 3


def test_the_daily_quota_used_up_ends_the_run_after_that_answer(
        make: Callable[..., EtsyClient], fake: EtsyFake) -> None:
    fake.fail("quota", prefix=RECEIPTS, times=1)
    pages = make(page_size=10).orders(None)
    assert len(next(pages).items) == 10
    error = failure_of(lambda: next(pages))
    assert (error.message, error.fatal) == (messages.REFUSED, True)
    assert "daily quota used up" in str(error)
    assert fake.calls[RECEIPTS] == 1


def test_the_client_keeps_to_ten_calls_a_second(shop: FakeShop, session: HttpSession) -> None:
    with running(EtsyFake(shop, limit=True)) as fake:
        client = EtsyClient(fake.url, fake.credentials(), session=session, page_size=2)
        started = time.monotonic()
        assert len(all_orders(client)) == 30  # 17 calls
        assert time.monotonic() - started >= 1.0 and fake.too_many == 0
        # Without pacing, Etsy answers the eleventh call of a second 429, without headers.
        headers = {"x-api-key": f"{fake.key}:{fake.shared_secret}",
                   "Authorization": f"Bearer {client._access}"}
        if time.time() % 1 > 0.5:  # the twelve calls fall within one of the fake's seconds
            time.sleep(1.01 - time.time() % 1)
        answers = [session.get(f"{fake.url}v3/application/users/me", headers=headers)
                   for _ in range(12)]
    refused = [a for a in answers if a.status_code == 429]
    assert refused and all("x-remaining-today" not in a.headers for a in refused)
    assert answers[0].headers["x-limit-per-second"] == "10"


def test_server_errors_are_retried_then_fail_with_the_status(etsy: EtsyClient,
                                                             fake: EtsyFake) -> None:
    fake.fail("503", prefix=RECEIPTS, times=2)
    assert len(all_orders(etsy)) == 30
    fake.fail("500", prefix=RECEIPTS)
    error = failure_of(lambda: all_orders(etsy))
    assert (error.message, error.fatal, error.params["status"]) == (
        messages.HTTP_STATUS, False, 500)
    assert fake.calls[RECEIPTS] == 6


@pytest.mark.parametrize(("kind", "reason"), [
    ("html", "web page"), ("malformed", "not JSON"), ("not-envelope", "count and results")])
def test_an_unreadable_answer(etsy: EtsyClient, fake: EtsyFake, kind: str, reason: str) -> None:
    fake.fail(kind, prefix=RECEIPTS)
    error = failure_of(lambda: all_orders(etsy))
    assert (error.message, error.fatal) == (messages.MALFORMED, False)
    assert reason in str(error)


def test_a_silent_etsy_times_out(fake: EtsyFake) -> None:
    fake.fail("slow", prefix=RECEIPTS, delay=1.0)
    with HttpSession(timeout=(1.0, 0.2), retry=RetryPolicy(attempts=1)) as session:
        client = EtsyClient(fake.url, fake.credentials(), session=session)
        error = failure_of(lambda: all_orders(client))
    assert (error.message, error.fatal, error.params["seconds"]) == (
        messages.TIMED_OUT, False, 0.2)


def test_the_fake_checks_limits_like_etsy(etsy: EtsyClient, fake: EtsyFake) -> None:
    etsy.shop()
    headers = {"x-api-key": f"{fake.key}:{fake.shared_secret}",
               "Authorization": f"Bearer {etsy._access}"}
    url = f"{fake.url}v3/application/shops/{fake.shop_id}/receipts"
    for params in ({"limit": "101"}, {"limit": "0"}, {"min_last_modified": "5"}):
        assert requests.get(url, headers=headers, params=params, timeout=2).status_code == 400
    answer = requests.get(url, headers=headers, timeout=2)
    assert answer.json()["count"] == 30 and len(answer.json()["results"]) == 25
    assert answer.json()["results"][0]["buyer_email"] is not None
    assert EtsyClient(fake.url, fake.credentials(), page_size=500).page_size == 100
