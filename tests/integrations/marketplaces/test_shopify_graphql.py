"""The Shopify GraphQL client against the loopback fake: paging, mapping, scopes, cost
throttling, failures, variants and the three pushes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
import requests

from seller_desk.domain.money import Money
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.sync import Credentials, RefundedLine, SyncError, TrackingPush
from seller_desk.integrations.http import HttpSession, RetryPolicy, make_session
from seller_desk.integrations.marketplaces import messages
from seller_desk.integrations.marketplaces import shopify_queries as q
from seller_desk.integrations.marketplaces.shopify_graphql import ShopifyGraphqlClient
from tests.fakes.loopback import running
from tests.fakes.shop_data import FakeLine, FakeShop
from tests.fakes.shopify_payloads import ALL_SCOPES, LOCATION_ID
from tests.fakes.shopify_server import ShopifyFake
from tests.integrations.conftest import FakeTime

TOKEN = "shpat_0123456789abcdef"
ORDERS = "graphql.json Orders"


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def shop() -> FakeShop:
    return FakeShop(60)


@pytest.fixture
def fake(shop: FakeShop) -> Iterator[ShopifyFake]:
    with running(ShopifyFake(shop, token=TOKEN)) as served:
        yield served


def client_of(fake: ShopifyFake, session: requests.Session, fake_time: FakeTime,
              token: str = TOKEN, **options: object) -> ShopifyGraphqlClient:
    return ShopifyGraphqlClient(fake.url, Credentials({"access_token": token}),
                                session=session, sleep=fake_time.sleep, clock=fake_time.clock,
                                **options)  # type: ignore[arg-type]


@pytest.fixture
def client(fake: ShopifyFake, session: HttpSession,
           fake_time: FakeTime) -> ShopifyGraphqlClient:
    return client_of(fake, session, fake_time)


def failure_of(call: object) -> SyncError:
    with pytest.raises(SyncError) as caught:
        call()  # type: ignore[operator]
    return caught.value


def all_orders(client: ShopifyGraphqlClient, since: object = None) -> list:
    return [order for page in client.orders(since) for order in page.items]  # type: ignore[arg-type]


# --- the shop and its scopes ---

def test_the_shop_names_itself_its_currency_and_scopes(client: ShopifyGraphqlClient) -> None:
    info = client.shop()
    assert (info.name, info.currency, info.missing) == ("Lantern & Loom", "USD", ())
    assert set(info.permissions) == set(ALL_SCOPES)


def test_without_read_all_orders_only_sixty_days_show(session: HttpSession,
                                                      fake_time: FakeTime) -> None:
    shop = FakeShop(15_000)  # 7 minutes apart: about 73 days of orders
    oldest = shop.orders()[0]
    newest = shop.newest_update()
    shop.touch(oldest.order_id, newest + timedelta(minutes=1))  # old, but updated just now
    since = newest - timedelta(days=1)
    scopes = tuple(s for s in ALL_SCOPES if s != "read_all_orders")
    with running(ShopifyFake(shop, token=TOKEN, scopes=scopes)) as fake:
        client = client_of(fake, session, fake_time)
        assert client.shop().missing == (
            "read_all_orders: only the last 60 days of orders are visible",)
        recent = {o.external_id for o in all_orders(client, since)}
    with running(ShopifyFake(shop, token=TOKEN)) as fake:
        every = {o.external_id for o in all_orders(client_of(fake, session, fake_time), since)}
    assert every - recent == {str(oldest.order_id)}
    assert len(every) == len(shop.updated_since(since))


def test_without_read_orders_the_run_stops(session: HttpSession, fake_time: FakeTime,
                                           shop: FakeShop) -> None:
    scopes = ("read_products", "write_inventory")
    with running(ShopifyFake(shop, token=TOKEN, scopes=scopes)) as fake:
        client = client_of(fake, session, fake_time)
        error = failure_of(client.shop)
        assert (error.message, error.fatal) == (messages.FORBIDDEN, True)
        assert "read_orders" in str(error)
        listing = failure_of(lambda: all_orders(client))
    assert (listing.message, listing.fatal) == (messages.FORBIDDEN, True)
    assert "Access denied for orders field" in str(listing)


def test_a_wrong_token_is_fatal_and_never_shown(fake: ShopifyFake, session: HttpSession,
                                               fake_time: FakeTime) -> None:
    wrong = "shpat_wrong_token_999"
    client = client_of(fake, session, fake_time, token=wrong)
    error = failure_of(client.shop)
    assert (error.message, error.fatal, error.status) == (messages.BAD_CREDENTIALS, True, 401)
    assert "Invalid API key or access token" in str(error)
    assert wrong not in str(error) and wrong not in error.response
    assert TOKEN not in repr(client_of(fake, session, fake_time)) and wrong not in repr(client)


# --- orders ---

def test_every_order_comes_once_in_pages_that_fit_the_cost_cap(
        client: ShopifyGraphqlClient, fake: ShopifyFake, shop: FakeShop) -> None:
    pages = list(client.orders(None))
    ids = [order.external_id for page in pages for order in page.items]
    assert sorted(ids) == sorted(str(o.order_id) for o in shop.orders())
    assert len(ids) == len(set(ids)) == 60
    assert [len(p.items) for p in pages] == [q.ORDER_PAGE] * 4 + [60 - 4 * q.ORDER_PAGE]
    for page in pages:
        assert page.checkpoint == max(order.updated_at for order in page.items)
        assert not page.problems and page.total is None
    checkpoints = [page.checkpoint for page in pages]
    assert checkpoints == sorted(checkpoints)
    assert client.bucket.maximum == 2000.0
    asked = [variables for endpoint, variables in fake.requests if endpoint == ORDERS]
    assert [v["first"] for v in asked] == [q.ORDER_PAGE] * 5
    assert client._expected["Orders"] <= q.MAX_QUERY_COST


def test_since_gives_orders_updated_at_or_after_it(client: ShopifyGraphqlClient,
                                                    fake: ShopifyFake, shop: FakeShop) -> None:
    since = shop.orders()[25].updated
    found = all_orders(client, since)
    assert {o.external_id for o in found} == {str(o.order_id)
                                              for o in shop.updated_since(since)}
    assert min(o.updated_at for o in found) == since
    searches = {v["query"] for endpoint, v in fake.requests if endpoint == ORDERS}
    assert searches == {f"updated_at:>='{since:%Y-%m-%dT%H:%M:%SZ}'"}


def test_a_page_size_is_honoured(fake: ShopifyFake, session: HttpSession,
                                 fake_time: FakeTime) -> None:
    client = client_of(fake, session, fake_time, page_size=10)
    assert [len(p.items) for p in client.orders(None)] == [10] * 6
    larger = client_of(fake, session, fake_time, page_size=100)  # the cost cap still rules
    assert next(len(p.items) for p in larger.orders(None)) == q.ORDER_PAGE


def test_a_page_too_dear_for_shopify_is_made_smaller(fake: ShopifyFake, session: HttpSession,
                                                    fake_time: FakeTime) -> None:
    client = client_of(fake, session, fake_time)
    client.order_page = 250  # as if the cost model had changed under us
    assert len(all_orders(client)) == 60
    asked = [v["first"] for endpoint, v in fake.requests if endpoint == ORDERS]
    assert asked[0] == 250 and asked[1] <= q.ORDER_PAGE


def test_a_multi_currency_order_with_refund_and_parcel_reads_whole(
        client: ShopifyGraphqlClient, shop: FakeShop) -> None:
    fake_order = next(o for o in shop.orders()
                      if o.status == "partially_refunded" and o.currency == "EUR")
    order = next(o for o in all_orders(client) if o.external_id == str(fake_order.order_id))
    eur = lambda amount: Money.of(amount, "EUR").minor  # noqa: E731
    assert (order.number, order.currency, order.shop_currency) == (
        f"#{fake_order.number}", "EUR", "USD")
    assert (order.placed_at, order.updated_at) == (fake_order.created, fake_order.updated)
    assert order.status is OrderStatus.PARTIALLY_REFUNDED
    assert (order.subtotal_minor, order.shipping_minor, order.tax_minor, order.discount_minor,
            order.total_minor) == (eur(fake_order.subtotal), 490, 0, 0, eur(fake_order.total))
    assert order.shop_total_minor == Money.of(fake_order.shop_total, "USD").minor
    assert order.customer.external_id == str(fake_order.customer_id)
    assert order.customer.email == fake_order.email
    assert order.customer.name == f"{fake_order.first_name} {fake_order.last_name}"
    assert (order.customer.country, order.customer.city, order.customer.postcode) == (
        fake_order.country, "Springfield", fake_order.postcode)
    assert order.ship_country == fake_order.country
    assert order.ship_address == f"{fake_order.address1}, Springfield, {fake_order.postcode}, " \
                                 f"{fake_order.country}"
    assert [(li.external_id, li.sku, li.quantity, li.unit_price_minor) for li in order.lines] \
        == [(str(li.line_id), li.sku, li.quantity, eur(li.price)) for li in fake_order.lines]
    assert order.lines[0].variant_id and order.lines[0].product_id
    (refund,) = order.refunds
    assert (refund.amount_minor, refund.reason) == (eur(fake_order.refunds[0].amount), "damaged")
    assert refund.lines == (RefundedLine(str(fake_order.lines[0].line_id), 1),)
    (parcel,) = order.fulfillments
    fake_parcel = fake_order.fulfillments[0]
    assert (parcel.carrier, parcel.tracking_numbers) == (fake_parcel.carrier,
                                                         (fake_parcel.number,))
    assert parcel.tracking_url.endswith(fake_parcel.number)
    assert len(parcel.lines) == len(fake_order.lines)


def test_masked_and_guest_buyers_come_with_empty_texts(client: ShopifyGraphqlClient,
                                                        shop: FakeShop) -> None:
    orders = {o.external_id: o for o in all_orders(client)}
    masked = next(o for o in shop.orders() if o.email is None and o.customer_id is not None)
    guest = next(o for o in shop.orders() if o.customer_id is None and o.email is not None)
    hidden = orders[str(masked.order_id)].customer
    assert (hidden.external_id, hidden.email, hidden.name) == (str(masked.customer_id), "", "")
    assert hidden.country == masked.country
    assert orders[str(masked.order_id)].ship_address.startswith("Springfield")
    alone = orders[str(guest.order_id)].customer
    assert (alone.external_id, alone.email) == ("", guest.email)


@pytest.mark.parametrize("status", list(OrderStatus))
def test_each_status_is_read(client: ShopifyGraphqlClient, shop: FakeShop,
                             status: OrderStatus) -> None:
    wanted = {str(o.order_id) for o in shop.orders() if o.status == status.value}
    read = {o.external_id: o.status for o in all_orders(client)}
    assert wanted and {read[i] for i in wanted} == {status}


def test_an_order_with_many_lines_is_read_again_on_its_own(
        client: ShopifyGraphqlClient, fake: ShopifyFake, shop: FakeShop) -> None:
    target = shop.orders()[3]
    lines = [FakeLine(15_000_000_000_000 + n, f"SKU-{n}", f"Item {n}", 1, Decimal("2.50"))
             for n in range(2 * q.LINES + 1)]
    shop.touch(target.order_id, target.updated, lines=lines, fulfillments=[], refunds=[],
               status="paid")
    order = next(o for o in all_orders(client) if o.external_id == str(target.order_id))
    assert [li.external_id for li in order.lines] == [str(li.line_id) for li in lines]
    assert fake.calls["graphql.json OrderDetail"] == 1


def test_an_order_that_cannot_be_read_is_named_and_the_page_goes_on(
        client: ShopifyGraphqlClient, fake: ShopifyFake, shop: FakeShop) -> None:
    broken = shop.orders()[2].order_id
    fake.fail("garbled-item", prefix=ORDERS, number=str(broken), times=1, variant="types")
    first = next(iter(client.orders(None)))
    assert len(first.items) == q.ORDER_PAGE - 1
    (problem,) = first.problems
    assert problem.message == messages.BAD_ITEM and str(broken) in str(problem)
    assert "twelve" in str(problem)


@pytest.mark.parametrize("variant", ["null", "currency"])
def test_a_missing_amount_or_unknown_currency_spoils_only_its_order(
        client: ShopifyGraphqlClient, fake: ShopifyFake, variant: str) -> None:
    fake.fail("garbled-item", prefix=ORDERS, times=1, variant=variant)
    pages = list(client.orders(None))
    assert sum(len(p.items) for p in pages) == 59
    assert len([p for page in pages for p in page.problems]) == 1


# --- rate limits and failures ---

@pytest.mark.parametrize("kind", ["429", "throttled"])
def test_a_throttled_query_waits_for_its_points(client: ShopifyGraphqlClient,
                                                fake: ShopifyFake, fake_time: FakeTime,
                                                kind: str) -> None:
    fake.fail(kind, prefix=ORDERS, times=2)  # THROTTLED with HTTP 429, then with HTTP 200
    assert len(all_orders(client)) == 60
    assert fake_time.sleeps == [2.0, 2.0]  # (requested - available) / restore rate
    assert fake.calls[ORDERS] == 5 + 2


@pytest.mark.parametrize("kind", ["429", "throttled"])
def test_throttled_five_times_gives_up_without_stopping_the_run(
        client: ShopifyGraphqlClient, fake: ShopifyFake, kind: str) -> None:
    fake.fail(kind, prefix=ORDERS)
    error = failure_of(lambda: all_orders(client))
    assert (error.message, error.fatal) == (messages.RATE_LIMITED, False)
    assert fake.calls[ORDERS] == 5


def test_the_real_bucket_is_paced_before_it_throttles(session: HttpSession,
                                                      shop: FakeShop) -> None:
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    # A bucket a little larger than one page, refilling fast: the client must wait for it.
    with running(ShopifyFake(shop, token=TOKEN, limit=True, bucket=(1200.0, 20000.0),
                             throttled_status=429)) as fake:
        client = ShopifyGraphqlClient(fake.url, Credentials({"access_token": TOKEN}),
                                      session=session, sleep=sleep)
        assert len(all_orders(client)) == 60
    assert waits and all(0 < wait < 0.1 for wait in waits)
    assert fake.throttled <= 1


def test_a_5xx_is_retried(client: ShopifyGraphqlClient, fake: ShopifyFake,
                          fake_time: FakeTime) -> None:
    fake.fail("503", prefix=ORDERS, times=2)
    assert len(all_orders(client)) == 60
    assert fake_time.sleeps == [1.0, 2.0]


def test_three_5xx_answers_give_up_with_the_status(client: ShopifyGraphqlClient,
                                                   fake: ShopifyFake) -> None:
    fake.fail("500", prefix=ORDERS)
    error = failure_of(lambda: all_orders(client))
    assert (error.message, error.status, error.fatal) == (messages.HTTP_STATUS, 500, False)
    assert fake.calls[ORDERS] == 3


@pytest.mark.parametrize(("kind", "reason"), [
    ("html", "web page"), ("malformed", "not JSON"), ("not-envelope", "without data")])
def test_an_answer_that_cannot_be_read(client: ShopifyGraphqlClient, fake: ShopifyFake,
                                       kind: str, reason: str) -> None:
    fake.fail(kind, prefix=ORDERS)
    error = failure_of(lambda: all_orders(client))
    assert error.message == messages.MALFORMED and reason in str(error)


def test_a_graphql_error_is_refused_with_its_message(client: ShopifyGraphqlClient) -> None:
    error = failure_of(lambda: client._call("Broken", "query Broken { shop { nickname } }", {}))
    assert error.message == messages.REFUSED
    assert "Field 'nickname' doesn't exist on type 'Shop'" in str(error)


def test_a_query_too_dear_elsewhere_than_the_listing_is_refused(
        client: ShopifyGraphqlClient) -> None:
    dear = "query Dear { productVariants(first: 250) { nodes { id metafields(first: 10) { " \
           "nodes { id } } } } }"
    error = failure_of(lambda: client._call("Dear", dear, {}))
    assert (error.message, error.fatal) == (messages.REFUSED, False)
    assert "exceeds the single query max cost limit (1000)" in str(error)


def test_a_silent_store_times_out(fake: ShopifyFake, fake_time: FakeTime) -> None:
    fake.fail("slow", prefix=ORDERS, delay=1.0)
    client = client_of(fake, make_session(timeout=(1, 0.2), retry=RetryPolicy(attempts=1)),
                       fake_time)
    error = failure_of(lambda: all_orders(client))
    assert error.message == messages.TIMED_OUT and "0.2" in str(error)


# --- variants and pushes ---

def test_variants_carry_price_stock_and_inventory_item(client: ShopifyGraphqlClient,
                                                       shop: FakeShop) -> None:
    (page,) = list(client.variants())
    assert len(page.items) == len(shop.variants) == 10
    first, fake_first = page.items[0], shop.variants[0]
    assert (first.external_id, first.product_id, first.sku, first.title) == (
        str(fake_first.variant_id), str(fake_first.product_id), fake_first.sku,
        fake_first.title)
    assert (first.currency, first.price_minor, first.stock) == ("USD", 2495, 10)
    assert first.ref == str(fake_first.variant_id + 5_000_000_000_000)


def test_stock_is_set_at_the_first_location(client: ShopifyGraphqlClient, fake: ShopifyFake,
                                            shop: FakeShop) -> None:
    variant = next(iter(client.variants())).items[3]
    client.push_stock(variant, 7)
    assert fake.pushed_stock == [(int(variant.external_id), 7)]
    assert shop.variants[3].stock == 7
    (_, sent), = [r for r in fake.requests if r[0] == "graphql.json InventorySet"]
    given = sent["input"]
    assert (given["name"], given["reason"]) == ("available", "correction")
    assert given["quantities"][0]["locationId"] == f"gid://shopify/Location/{LOCATION_ID}"


def test_stock_without_an_inventory_item_looks_it_up(client: ShopifyGraphqlClient,
                                                     fake: ShopifyFake) -> None:
    variant = next(iter(client.variants())).items[0]
    client.push_stock(replace(variant, ref=""), 3)
    assert fake.pushed_stock == [(int(variant.external_id), 3)]
    assert fake.calls["graphql.json VariantItem"] == 1


def test_a_price_is_set_in_the_shop_currency(client: ShopifyGraphqlClient, fake: ShopifyFake,
                                             shop: FakeShop) -> None:
    variant = next(iter(client.variants())).items[1]
    client.push_price(variant, 3150)
    assert fake.pushed_price == [(int(variant.external_id), Decimal("31.50"))]
    assert next(iter(client.variants())).items[1].price_minor == 3150


def test_tracking_fulfils_what_is_left_and_the_order_ships(
        client: ShopifyGraphqlClient, fake: ShopifyFake, shop: FakeShop) -> None:
    paid = next(o for o in shop.orders() if o.status == "paid" and len(o.lines) > 1)
    reference = client.push_tracking(TrackingPush(str(paid.order_id), "RR123456785CN",
                                                  "China Post"))
    (pushed,) = fake.pushed_tracking
    assert (pushed["company"], pushed["number"], pushed["notify"]) == (
        "China Post", "RR123456785CN", True)
    assert pushed["lines"] == [(li.line_id, li.quantity) for li in paid.lines]
    assert reference == str(pushed["fulfillment_id"])
    order = next(o for o in all_orders(client) if o.external_id == str(paid.order_id))
    assert order.status is OrderStatus.SHIPPED
    assert order.fulfillments[-1].tracking_numbers == ("RR123456785CN",)
    again = failure_of(lambda: client.push_tracking(
        TrackingPush(str(paid.order_id), "RR2", "China Post")))
    assert again.message == messages.REFUSED and "nothing left to ship" in str(again)


def test_tracking_can_name_the_lines_of_a_parcel(client: ShopifyGraphqlClient,
                                                 fake: ShopifyFake, shop: FakeShop) -> None:
    paid = next(o for o in shop.orders() if o.status == "paid" and len(o.lines) > 1)
    line = paid.lines[0]
    client.push_tracking(TrackingPush(str(paid.order_id), "1Z999", "UPS",
                                      tracking_url="https://ups.example/1Z999",
                                      lines=(RefundedLine(str(line.line_id), 1),)))
    assert fake.pushed_tracking[0]["lines"] == [(line.line_id, 1)]
    assert fake.pushed_tracking[0]["url"] == "https://ups.example/1Z999"
    order = next(o for o in all_orders(client) if o.external_id == str(paid.order_id))
    assert order.status is OrderStatus.PAID  # partly shipped


def test_a_push_without_its_scope_stops_the_run(session: HttpSession, fake_time: FakeTime,
                                                shop: FakeShop) -> None:
    with running(ShopifyFake(shop, token=TOKEN, scopes=("read_orders",
                                                        "read_products"))) as fake:
        client = client_of(fake, session, fake_time)
        assert "write_inventory: stock levels cannot be sent to Shopify" in client.shop().missing
        variant = next(iter(client.variants())).items[0]
        error = failure_of(lambda: client.push_stock(variant, 1))
    assert (error.message, error.fatal) == (messages.FORBIDDEN, True)
    assert "write_inventory" in str(error)

