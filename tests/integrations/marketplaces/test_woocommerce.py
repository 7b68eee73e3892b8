"""The WooCommerce client against its fake: key auth and its fallback, paged orders, products,
pushes, and every way a store or its host can fail."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
import requests

from seller_desk.domain.imports import ImportedCustomer
from seller_desk.domain.orders import Marketplace, OrderStatus
from seller_desk.domain.sync import (
    Credentials,
    RemoteFulfillment,
    RemoteLine,
    RemoteOrder,
    RemoteRefund,
    SyncError,
    TrackingPush,
)
from seller_desk.integrations.http import HttpSession
from seller_desk.integrations.marketplaces import make_client, messages
from seller_desk.integrations.marketplaces.woocommerce import WooCommerceClient
from seller_desk.integrations.marketplaces.woocommerce_parse import order_of, status_of
from tests.fakes import woocommerce_server
from tests.fakes.loopback import running
from tests.fakes.shop_data import FakeOrder, FakeShop
from tests.fakes.woocommerce_server import CONSUMER_KEY, CONSUMER_SECRET, WooCommerceFake
from tests.integrations.conftest import FakeTime

KEYS = {"consumer_key": CONSUMER_KEY, "consumer_secret": CONSUMER_SECRET}
ORDERS, VARIATIONS = "GET orders", "GET products/:id/variations"
EXPECTED_STATUS = {
    "pending": OrderStatus.PENDING, "paid": OrderStatus.PAID, "shipped": OrderStatus.SHIPPED,
    "delivered": OrderStatus.SHIPPED,  # WooCommerce has no delivered: it stays completed
    "cancelled": OrderStatus.CANCELLED, "refunded": OrderStatus.REFUNDED,
    "partially_refunded": OrderStatus.PARTIALLY_REFUNDED}


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


def every_order(client: WooCommerceClient, since: datetime | None = None) -> list[RemoteOrder]:
    return [order for page in client.orders(since) for order in page.items]


def fake_order(shop: FakeShop, number: int) -> FakeOrder:
    return next(order for order in shop.orders() if order.number == number)


# --- orders ---
def test_orders_come_page_by_page_with_nothing_missed_or_twice(
        fake: WooCommerceFake, make: Callable[..., WooCommerceClient], shop: FakeShop) -> None:
    pages = list(make(fake, page_size=7).orders(None))
    assert [len(page.items) for page in pages] == [7, 7, 7, 7, 2]
    assert {page.total for page in pages} == {30}
    assert all(page.checkpoint is None and not page.problems for page in pages)
    ids = [order.external_id for page in pages for order in page.items]
    assert sorted(ids) == sorted(str(order.order_id) for order in shop.orders())
    assert fake.calls[ORDERS] == 5
    query = fake.queries[-1][1]
    assert query == {"per_page": "7", "page": "5", "status": "any", "dates_are_gmt": "true",
                     "orderby": "id", "order": "asc"}


def test_the_largest_page_is_asked_for_and_pages_are_streamed(
        make: Callable[..., WooCommerceClient]) -> None:
    with running(WooCommerceFake(FakeShop(230))) as fake:
        pages = make(fake, page_size=500).orders(None)
        first = next(pages)
        assert (len(first.items), first.total, fake.calls[ORDERS]) == (100, 230, 1)
        assert fake.queries[-1][1]["per_page"] == "100"
        assert [len(page.items) for page in pages] == [100, 30]


def test_orders_updated_since_a_moment_only(fake: WooCommerceFake, woo: WooCommerceClient,
                                            shop: FakeShop) -> None:
    since = shop.orders()[12].updated + timedelta(microseconds=500)
    wanted = {str(order.order_id) for order in shop.updated_since(since)}
    pages = list(woo.orders(since))
    assert {order.external_id for page in pages for order in page.items} == wanted
    # A second early, in whole seconds: the store may compare strictly and keeps no fractions.
    floor = (since - timedelta(seconds=1)).replace(microsecond=0)
    assert fake.queries[-1][1]["modified_after"] == floor.strftime("%Y-%m-%dT%H:%M:%S")
    assert not woo.modified_filter_ignored


def test_a_store_that_ignores_modified_after_is_filtered_here(
        shop: FakeShop, make: Callable[..., WooCommerceClient]) -> None:
    since = shop.orders()[20].updated
    with running(WooCommerceFake(shop, old_store=True)) as fake:
        client = make(fake, page_size=10)
        pages = list(client.orders(since))
    assert client.modified_filter_ignored
    assert sorted(order.external_id for page in pages for order in page.items) == \
        sorted(str(order.order_id) for order in shop.updated_since(since))
    assert fake.calls[ORDERS] == 3  # every order read: nothing else can tell what changed
    assert {page.total for page in pages} == {None}  # X-WP-Total counts the whole store


def test_a_multi_currency_order_with_a_refund_and_a_parcel(woo: WooCommerceClient,
                                                           shop: FakeShop) -> None:
    remote = fake_order(shop, 1019)  # German buyer, partly refunded, sent with China Post
    assert (remote.currency, remote.shop_currency, remote.status) == \
        ("EUR", "USD", "partially_refunded")
    (order,) = [o for o in every_order(woo) if o.number == "1019"]
    (line,) = remote.lines
    (refund,) = remote.refunds
    (parcel,) = remote.fulfillments
    variant = next(v for v in shop.variants if v.sku == line.sku)
    cents = int(line.price * 100)
    assert order == RemoteOrder(
        external_id=str(remote.order_id), number="1019", placed_at=remote.created,
        updated_at=remote.updated, status=OrderStatus.PARTIALLY_REFUNDED, currency="EUR",
        subtotal_minor=cents, shipping_minor=490, tax_minor=0, discount_minor=0,
        total_minor=cents + 490,
        customer=ImportedCustomer(str(remote.customer_id), "buyer18@example.com",
                                  "Buyer18 Example", "", "DE", "Springfield", "10018"),
        shop_currency="EUR", shop_total_minor=cents + 490, ship_country="DE",
        ship_address="18 Main Street, Springfield, 10018, DE",
        lines=(RemoteLine(str(line.line_id), line.sku, line.title, 1, cents,
                          str(variant.product_id), str(variant.variant_id)),),
        refunds=(RemoteRefund(str(refund.refund_id), remote.updated, cents, "damaged"),),
        fulfillments=(RemoteFulfillment(
            order.fulfillments[0].external_id, parcel.created, "china-post",
            ("RR00000018CN",)),))
    assert len(order.fulfillments[0].external_id) == 32  # the plugin's tracking_id


def test_a_coupon_is_the_discount_and_lines_keep_their_prices(
        woo: WooCommerceClient, shop: FakeShop) -> None:
    remote = fake_order(shop, 1001)  # a US order of one line
    shop.touch(remote.order_id, shop.newest_update(), discount=Decimal("2.00"))
    (order,) = [o for o in every_order(woo) if o.number == "1001"]
    (line,) = remote.lines
    assert (order.discount_minor, order.subtotal_minor) == (200, int(line.price * 100))
    assert order.lines[0].unit_price_minor == int(line.price * 100)  # before the coupon
    assert order.total_minor == order.subtotal_minor + order.shipping_minor - 200


def test_masked_and_guest_buyers(woo: WooCommerceClient, shop: FakeShop) -> None:
    orders = {order.number: order for order in every_order(woo)}
    masked, guest = orders["1009"], orders["1007"]  # the 9th order hides its buyer, 7th a guest
    assert (masked.customer.email, masked.customer.name) == ("", "")
    assert masked.customer.external_id == str(fake_order(shop, 1009).customer_id)
    assert masked.customer.country == "US" and masked.ship_address
    assert guest.customer.external_id == ""
    assert guest.customer.email == "buyer6@example.com"


def test_each_status(fake: WooCommerceFake, woo: WooCommerceClient, shop: FakeShop) -> None:
    later = shop.newest_update() + timedelta(hours=1)
    shop.touch(fake_order(shop, 1001).order_id, later, status="on-hold")
    shop.touch(fake_order(shop, 1002).order_id, later, status="failed")
    shop.touch(fake_order(shop, 1003).order_id, later, status="trash")
    orders = {order.number: order.status for order in every_order(woo)}
    for remote in shop.orders():
        if remote.number > 1003:
            assert orders[str(remote.number)] is EXPECTED_STATUS[remote.status], remote.number
    assert [orders[n] for n in ("1001", "1002")] == [OrderStatus.PENDING, OrderStatus.PENDING]
    assert "1003" not in orders  # status=any leaves the trash out, as WordPress does


@pytest.mark.parametrize(("status", "refunded", "expected"), [
    ("pending", False, OrderStatus.PENDING), ("on-hold", False, OrderStatus.PENDING),
    ("failed", False, OrderStatus.PENDING), ("processing", False, OrderStatus.PAID),
    ("completed", False, OrderStatus.SHIPPED), ("cancelled", False, OrderStatus.CANCELLED),
    ("trash", False, OrderStatus.CANCELLED), ("refunded", True, OrderStatus.REFUNDED),
    ("processing", True, OrderStatus.PARTIALLY_REFUNDED),
    ("completed", True, OrderStatus.PARTIALLY_REFUNDED),
    ("cancelled", True, OrderStatus.CANCELLED), ("delivered", False, OrderStatus.DELIVERED),
    ("some-plugin-status", False, OrderStatus.PENDING),
])
def test_status_words(status: str, refunded: bool, expected: OrderStatus) -> None:
    assert status_of(status, refunded) is expected


def test_the_documented_order_shape() -> None:
    """API notes §2's order: numeric price, negative refund, guest, GMT without Z, plus a fee
    and a tracking plugin entry dated by day with a custom provider."""
    order = order_of({
        "id": 727, "number": "727", "status": "processing", "currency": "GBP",
        "date_created_gmt": "2025-03-02T02:15:00", "date_modified_gmt": "2025-03-04T11:00:09",
        "total": "33.50", "total_tax": "5.25", "shipping_total": "0.00", "customer_id": 0,
        "billing": {"email": "buyer@example.co.uk", "country": "GB"},
        "line_items": [{"id": 315, "product_id": 93, "variation_id": 0, "sku": "TEE-M",
                        "quantity": 2, "subtotal": "21.00", "total": "21.00", "price": 10.5},
                       {"id": 316, "product_id": 94, "variation_id": 95, "quantity": 1,
                        "price": 5}],
        "fee_lines": [{"id": 9, "total": "2.25"}],
        "refunds": [{"id": 731, "reason": "late", "total": "-5.00"}],
        "meta_data": [{"id": 1, "key": "_wc_shipment_tracking_items", "value": [
            {"tracking_provider": "", "custom_tracking_provider": "Evri",
             "custom_tracking_link": "https://evri.example/T1", "tracking_number": "T1",
             "date_shipped": "2025-03-03"}]}]})
    assert order.updated_at == datetime(2025, 3, 4, 11, 0, 9, tzinfo=UTC)
    assert order.status is OrderStatus.PARTIALLY_REFUNDED
    assert (order.subtotal_minor, order.tax_minor, order.total_minor) == (2825, 525, 3350)
    assert [(line.unit_price_minor, line.variant_id) for line in order.lines] == \
        [(1050, "93"), (500, "95")]
    assert [(r.amount_minor, r.reason) for r in order.refunds] == [(500, "late")]
    assert order.customer == ImportedCustomer("", "buyer@example.co.uk", "", "", "GB")
    assert order.fulfillments == (RemoteFulfillment(
        "727-1", datetime(2025, 3, 3, tzinfo=UTC), "Evri", ("T1",), "https://evri.example/T1"),)


# --- products ---
def test_variants_of_variable_and_simple_products(
        make: Callable[..., WooCommerceClient]) -> None:
    shop = FakeShop(0, products=3, shop_currency="JPY")
    del shop.variants[5]  # product 2 keeps one variant: a simple product
    with running(WooCommerceFake(shop)) as fake:
        fake.untracked.add(shop.variants[1].variant_id)
        pages = list(make(fake, page_size=2).variants())
    assert [len(page.items) for page in pages] == [4, 1]
    variants = [v for page in pages for v in page.items]
    assert [(v.external_id, v.product_id, v.ref) for v in variants] == [
        ("44000000000001", "9000000000001", "9000000000001"),
        ("44000000000002", "9000000000001", "9000000000001"),
        ("44000000000003", "9000000000002", "9000000000002"),
        ("44000000000004", "9000000000002", "9000000000002"),
        ("9000000000003", "9000000000003", "")]
    assert variants[0].title == "Ceramic mug 0 / S"
    assert variants[4].title == "Ceramic mug 2 / S"  # a simple product's own name
    assert [v.stock for v in variants] == [10, None, 12, 13, 14]
    assert {(v.currency, v.sku) for v in variants[:1]} == {("JPY", "MUG-000-S")}
    assert [v.price_minor for v in variants] == [25, 25, 26, 26, 27]  # "24.95" yen, rounded
    assert fake.calls[VARIATIONS] == 2


# --- pushes ---
def test_stock_and_price_go_to_the_variation_or_the_simple_product(
        fake: WooCommerceFake, woo: WooCommerceClient, shop: FakeShop) -> None:
    fake.untracked.add(shop.variants[0].variant_id)
    first = next(page for page in woo.variants()).items[0]
    assert first.stock is None
    woo.push_stock(first, 7)
    woo.push_price(first, 1250)
    assert fake.pushed_stock == [(44000000000001, 7)]
    assert fake.pushed_price == [(44000000000001, "12.50")]
    assert fake.calls["PUT products/:id/variations/:id"] == 2
    again = next(page for page in woo.variants()).items[0]
    assert (again.stock, again.price_minor) == (7, 1250)  # now managed by the store
    del shop.variants[1]
    simple = next(v for page in woo.variants() for v in page.items)
    woo.push_stock(simple, 3)
    assert fake.pushed_stock[-1] == (9000000000001, 3)
    assert fake.calls["PUT products/:id"] == 1
    assert "read_write" in woo.shop().permissions


def test_tracking_becomes_a_customer_note(fake: WooCommerceFake, woo: WooCommerceClient,
                                          shop: FakeShop) -> None:
    order = shop.orders()[0]
    note_id = woo.push_tracking(TrackingPush(
        str(order.order_id), "RR123456785CN", "China Post",
        "https://t.17track.net/en#nums=RR123456785CN"))
    assert fake.pushed_tracking == [{
        "order_id": order.order_id, "id": int(note_id), "customer_note": True,
        "note": "Your order has been shipped with China Post: RR123456785CN "
                "https://t.17track.net/en#nums=RR123456785CN"}]
    with pytest.raises(SyncError, match="Invalid ID") as refused:
        woo.push_tracking(TrackingPush("999", "RR123456785CN", "China Post"))
    assert not refused.value.fatal  # an unknown order, not a wrong store address
    with pytest.raises(SyncError, match="is a number"):
        woo.push_tracking(TrackingPush("../products/1", "RR123456785CN", "China Post"))


def test_a_read_only_key_cannot_push(shop: FakeShop, make: Callable[..., WooCommerceClient]
                                     ) -> None:
    with running(WooCommerceFake(shop, permissions="read")) as fake:
        client = make(fake)
        variant = next(page for page in client.variants()).items[0]
        with pytest.raises(SyncError, match="write permissions") as refused:
            client.push_stock(variant, 1)
        assert refused.value.fatal and refused.value.message == messages.FORBIDDEN
        assert "write: the key is read-only" in client.shop().missing[0]
        assert fake.pushed_stock == []


# --- the store ---
def test_shop_name_currency_and_permissions(fake: WooCommerceFake, woo: WooCommerceClient
                                            ) -> None:
    info = woo.shop()
    assert (info.name, info.currency) == ("Lantern & Loom", "USD")
    assert info.permissions == ("read_orders", "read_products", "read")
    assert info.missing == ()
    assert fake.calls["GET settings/general"] == 1


def test_currency_from_system_status_or_an_order_when_settings_are_closed(
        make: Callable[..., WooCommerceClient]) -> None:
    shop = FakeShop(3, shop_currency="EUR", single_currency=True)
    with running(WooCommerceFake(shop)) as fake:
        fake.forbidden |= {"settings", "products"}
        info = make(fake).shop()
        assert (info.currency, fake.calls["GET system_status"]) == ("EUR", 1)
        assert info.permissions == ("read_orders", "read")
        assert info.missing == ("read_products: the key's user may not read products",)
        fake.forbidden.add("system_status")
        assert make(fake).shop().currency == "EUR"  # from the newest order


def test_a_site_without_woocommerce_is_not_a_store(
        fake: WooCommerceFake, woo: WooCommerceClient, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = woocommerce_server.index_json
    monkeypatch.setattr(woocommerce_server, "index_json", lambda *args: {
        **plain(*args), "namespaces": ["oembed/1.0", "wp/v2"]})
    with pytest.raises(SyncError, match="no such address") as refused:
        woo.shop()
    assert refused.value.fatal


def test_a_wrong_address_is_not_found(fake: WooCommerceFake,
                                      make: Callable[..., WooCommerceClient]) -> None:
    client = WooCommerceClient(fake.url + "shop", Credentials(KEYS),
                               session=make(fake).caller.session, sleep=lambda _: None)
    with pytest.raises(SyncError, match="no such address") as refused:
        client.shop()
    assert refused.value.fatal and refused.value.status == 404


def test_made_by_make_client_and_never_shows_its_key(fake: WooCommerceFake,
                                                     session: HttpSession) -> None:
    client = make_client(Marketplace.WOOCOMMERCE, fake.url, Credentials(KEYS), session=session)
    assert isinstance(client, WooCommerceClient)
    assert CONSUMER_SECRET not in repr(client) and CONSUMER_KEY not in repr(client)
    with pytest.raises(SyncError, match="https"):
        WooCommerceClient("http://shop.example", Credentials(KEYS))
    with pytest.raises(SyncError, match="No credentials"):
        WooCommerceClient(fake.url, Credentials({"consumer_key": CONSUMER_KEY}))


def test_the_fake_keeps_wordpress_paging_rules(fake: WooCommerceFake, session: HttpSession
                                               ) -> None:
    api = fake.url + "wp-json/wc/v3/"
    answer = session.get(api + "orders", params={"per_page": "101"}, auth=tuple(KEYS.values()))
    assert (answer.status_code, answer.json()["code"]) == (400, "rest_invalid_param")
    answer = session.get(api + "orders", params={"per_page": "10", "page": "2"},
                         auth=(CONSUMER_KEY, CONSUMER_SECRET))
    assert (answer.headers["X-WP-Total"], answer.headers["X-WP-TotalPages"]) == ("30", "3")
    assert {link.split('rel="')[1][:-1] for link in answer.headers["Link"].split(", ")} == \
        {"prev", "next", "first", "last"}
    assert isinstance(answer.json()[0]["line_items"][0]["price"], int | float)
    assert not answer.json()[0]["date_created_gmt"].endswith("Z")
    answer = session.get(api + "nothing", auth=(CONSUMER_KEY, CONSUMER_SECRET))
    assert (answer.status_code, answer.json()["code"]) == (404, "rest_no_route")
