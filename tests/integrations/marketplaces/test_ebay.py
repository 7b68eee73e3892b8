"""The eBay client against its fake: order paging and mapping, inventory, stock, price and
tracking pushes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests

from seller_desk.domain.imports import ImportedCustomer
from seller_desk.domain.money import Money
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.sync import (
    Credentials,
    RefundedLine,
    RemoteFulfillment,
    RemoteLine,
    RemoteOrder,
    RemoteRefund,
    RemoteVariant,
    SyncError,
    TrackingPush,
)
from seller_desk.integrations.http import HttpSession
from seller_desk.integrations.marketplaces.ebay import EbayClient
from seller_desk.integrations.marketplaces.ebay_parse import (
    carrier_code,
)
from tests.fakes.ebay_payloads import (
    fake_id_of,
    legacy_item_id,
    offer_id_of,
    order_id_of,
    username_of,
)
from tests.fakes.ebay_server import (
    BULK,
    ITEMS,
    ORDER,
    ORDERS,
    PARCELS,
    SHIP,
    USER,
    EbayFake,
)
from tests.fakes.loopback import running
from tests.fakes.shop_data import FakeOrder, FakeShop
from tests.integrations.conftest import FakeTime

ORDER_COUNT = 60


@pytest.fixture
def shop() -> FakeShop:
    return FakeShop(ORDER_COUNT)


@pytest.fixture
def fake(shop: FakeShop) -> Iterator[EbayFake]:
    with running(EbayFake(shop)) as server:
        yield server


def credentials(fake: EbayFake, **changes: str) -> Credentials:
    return Credentials({"client_id": fake.client_id, "client_secret": fake.client_secret,
                        "refresh_token": fake.refresh_token, **changes})


def client_of(fake: EbayFake, session: requests.Session, fake_time: FakeTime,
              page_size: int | None = None, **changes: str) -> EbayClient:
    return EbayClient(fake.base, credentials(fake, **changes), session=session,
                      sleep=fake_time.sleep, clock=fake_time.clock, page_size=page_size)


@pytest.fixture
def client(fake: EbayFake, session: HttpSession, fake_time: FakeTime) -> EbayClient:
    return client_of(fake, session, fake_time)


def every_order(client: EbayClient, since: datetime | None = None) -> list[RemoteOrder]:
    return [order for page in client.orders(since) for order in page.items]


def fake_order(shop: FakeShop, index: int) -> FakeOrder:
    return next(order for order in shop.orders() if order.number == 1001 + index)


# --- Orders: paging, filter, mapping ---

@pytest.mark.parametrize(("page_size", "sizes"), [(None, [200, 200, 50]),
                                                  (100, [100, 100, 100, 100, 50])])
def test_every_order_once_across_pages(session: HttpSession, fake_time: FakeTime,
                                       page_size: int | None, sizes: list[int]) -> None:
    shop = FakeShop(450, products=3)
    with running(EbayFake(shop)) as fake:
        pages = list(client_of(fake, session, fake_time, page_size).orders(None))
        assert [len(page.items) for page in pages] == sizes
        assert {page.total for page in pages} == {450}
        assert {page.checkpoint for page in pages} == {None}  # eBay can't sort by update
        ids = [order.external_id for page in pages for order in page.items]
        assert sorted(ids) == sorted(order_id_of(order) for order in shop.orders())
        assert len(set(ids)) == 450
        assert all("filter" not in query for query in fake.raw_queries)
        assert fake.calls[PARCELS] == sum(1 for order in shop.orders() if order.fulfillments)


def test_orders_changed_or_added_while_paging_are_not_missed(session: HttpSession,
                                                             fake_time: FakeTime) -> None:
    shop = FakeShop(450, products=3)
    wanted = {order_id_of(order) for order in shop.orders()}
    with running(EbayFake(shop)) as fake:
        pages = client_of(fake, session, fake_time).orders(None)
        seen = {order.external_id for order in next(pages).items}
        newest = shop.newest_update()
        shop.touch(fake_id_of(next(iter(seen))) or 0, newest + timedelta(minutes=1),
                   status="refunded")
        wanted.add(order_id_of(shop.add(newest + timedelta(minutes=2))))
        seen |= {order.external_id for page in pages for order in page.items}
    assert wanted - seen == {max(wanted)}  # only the new one, which a later sync reads


def test_since_is_sent_as_an_encoded_lastmodifieddate_filter(client: EbayClient,
                                                             fake: EbayFake,
                                                             shop: FakeShop) -> None:
    since = shop.orders()[40].updated
    orders = every_order(client, since)
    assert sorted(o.external_id for o in orders) == \
        sorted(order_id_of(o) for o in shop.updated_since(since))
    assert all(order.updated_at >= since for order in orders)
    assert fake.raw_queries[0].startswith(
        f"filter=lastmodifieddate:%5B{since:%Y-%m-%dT%H:%M:%S}.000Z..%5D&limit=200")


def test_no_orders_is_one_empty_page(session: HttpSession, fake_time: FakeTime) -> None:
    with running(EbayFake(FakeShop(0))) as fake:
        pages = list(client_of(fake, session, fake_time).orders(None))
    assert [(page.items, page.total) for page in pages] == [((), 0)]


def test_without_since_ebay_shows_its_recent_window(shop: FakeShop, session: HttpSession,
                                                    fake_time: FakeTime) -> None:
    with running(EbayFake(shop, recent_days=0)) as fake:
        orders = every_order(client_of(fake, session, fake_time))
    cutoff = shop.newest_update()
    assert sorted(o.external_id for o in orders) == \
        sorted(order_id_of(o) for o in shop.orders() if o.created >= cutoff)


def test_a_foreign_buyer_order_with_a_refund_and_a_parcel(client: EbayClient,
                                                          shop: FakeShop) -> None:
    remote = fake_order(shop, 28)  # AUD buyer, two lines, part refunded, sent with UPS
    assert (remote.currency, remote.status, len(remote.lines)) == \
        ("AUD", "partially_refunded", 2)
    order = next(o for o in every_order(client) if o.external_id == order_id_of(remote))
    first, second = remote.lines
    parcel, refund = remote.fulfillments[0], remote.refunds[0]

    def aud(amount: object) -> int:
        return Money.of(str(amount), "AUD").minor

    assert order == RemoteOrder(
        external_id=order_id_of(remote), number=order_id_of(remote),
        placed_at=remote.created, updated_at=remote.updated,
        status=OrderStatus.PARTIALLY_REFUNDED, currency="AUD",
        subtotal_minor=aud(remote.subtotal), shipping_minor=490, tax_minor=0,
        discount_minor=0, total_minor=aud(remote.total),
        customer=ImportedCustomer(
            external_id=username_of(remote), email=remote.email or "",
            name=f"{remote.first_name} Example", phone="555 0100", country="AU",
            city="Springfield", postcode=remote.postcode),
        shop_currency="USD", shop_total_minor=Money.of(remote.shop_total, "USD").minor,
        ship_country="AU", ship_address=f"{remote.address1}, Springfield, {remote.postcode}, AU",
        lines=tuple(RemoteLine(str(line.line_id), line.sku, line.title, line.quantity,
                               aud(line.price), legacy_item_id(line.sku), line.sku)
                    for line in (first, second)),
        refunds=(RemoteRefund(str(refund.refund_id), refund.created, aud(refund.amount), "",
                              (RefundedLine(str(first.line_id), 1),)),),
        fulfillments=(RemoteFulfillment(
            str(parcel.fulfillment_id), parcel.created, "UPS", (parcel.number,), "",
            tuple(RefundedLine(str(line_id), quantity) for line_id, quantity in parcel.lines)),))
    assert second.quantity == 2 and order.shop_total_minor != order.total_minor


def test_yen_orders_have_no_minor_digits(client: EbayClient, shop: FakeShop) -> None:
    remote = fake_order(shop, 6)
    order = next(o for o in every_order(client) if o.external_id == order_id_of(remote))
    assert (order.currency, order.total_minor) == ("JPY", int(remote.total))


def test_masked_and_guest_buyers(client: EbayClient, shop: FakeShop) -> None:
    orders = {order.external_id: order for order in every_order(client)}
    masked, guest = orders[order_id_of(fake_order(shop, 8))], \
        orders[order_id_of(fake_order(shop, 6))]
    assert (masked.customer.email, masked.customer.name) == ("", "")
    assert masked.customer.external_id.startswith("buyer_")
    assert masked.customer.country == "US" and masked.ship_address
    assert guest.customer.external_id == "" and guest.customer.email


def test_each_status(client: EbayClient, shop: FakeShop) -> None:
    expected = {"pending": OrderStatus.PENDING, "paid": OrderStatus.PAID,
                "shipped": OrderStatus.SHIPPED, "delivered": OrderStatus.SHIPPED,
                "cancelled": OrderStatus.CANCELLED, "refunded": OrderStatus.REFUNDED,
                "partially_refunded": OrderStatus.PARTIALLY_REFUNDED}
    statuses = {order.external_id: order.status for order in every_order(client)}
    for remote in shop.orders():
        assert statuses[order_id_of(remote)] is expected[remote.status], remote.status
    assert set(statuses.values()) == set(expected.values())


@pytest.mark.parametrize(("variant", "reason"), [
    ("null", "no 'total'"), ("types", "not an amount"), ("currency", "XXX")])
def test_an_unreadable_order_is_a_problem_naming_it(client: EbayClient, fake: EbayFake,
                                                    shop: FakeShop, variant: str,
                                                    reason: str) -> None:
    bad = order_id_of(fake_order(shop, 12))
    fake.fail("garbled-item", prefix=ORDERS, number=bad, variant=variant)
    (page,) = list(client.orders(None))
    assert len(page.items) == ORDER_COUNT - 1 and bad not in {o.external_id for o in page.items}
    (problem,) = page.problems
    assert bad in str(problem) and reason in str(problem) and not problem.fatal


# --- Inventory ---

def test_variants_with_their_offers(shop: FakeShop, fake: EbayFake, session: HttpSession,
                                    fake_time: FakeTime) -> None:
    unlisted = shop.variants[3]
    fake.unlisted.add(unlisted.sku)
    pages = list(client_of(fake, session, fake_time, page_size=4).variants())
    assert [(len(page.items), page.total) for page in pages] == [(4, 10), (4, 10), (2, 10)]
    found = {variant.sku: variant for page in pages for variant in page.items}
    first = shop.variants[0]
    assert found[first.sku] == RemoteVariant(
        first.sku, first.sku, first.sku, first.title, "USD",
        Money.of(first.price, "USD").minor, first.stock, offer_id_of(first))
    assert (found[unlisted.sku].price_minor, found[unlisted.sku].ref,
            found[unlisted.sku].currency) == (None, "", "USD")
    assert fake.calls[ITEMS] == 3 and fake.calls[USER] == 1


def test_stock_and_price_pushes(client: EbayClient, fake: EbayFake, shop: FakeShop) -> None:
    variant = next(v for page in client.variants() for v in page.items)
    client.push_stock(variant, 7)
    client.push_price(variant, 3150)
    assert fake.pushed_stock == [(variant.sku, 7)]
    assert fake.pushed_price == [(variant.sku, "31.50", "USD")]
    assert (shop.variants[0].stock, str(shop.variants[0].price)) == (7, "31.50")


def test_pushes_eBay_refuses(client: EbayClient, fake: EbayFake) -> None:
    variant = next(v for page in client.variants() for v in page.items)
    fake.fail("reject", prefix=BULK, code=25001)
    with pytest.raises(SyncError, match=f"{variant.sku}: A system error") as refused:
        client.push_stock(variant, 3)
    assert not refused.value.fatal
    with pytest.raises(SyncError, match="not listed"):
        client.push_price(RemoteVariant("X-1", "X-1", "X-1", "X", "USD"), 100)
    assert fake.calls[BULK] == 1


# --- Tracking ---

def test_tracking_for_the_whole_order(client: EbayClient, fake: EbayFake,
                                      shop: FakeShop) -> None:
    remote = fake_order(shop, 1)  # paid, not sent yet
    shipped = datetime(2026, 2, 1, 9, 30, tzinfo=UTC)
    parcel = client.push_tracking(TrackingPush(order_id_of(remote), "RR123456785CN",
                                               "China Post", shipped_at=shipped))
    (pushed,) = fake.pushed_tracking
    assert pushed == {"orderId": order_id_of(remote), "trackingNumber": "RR123456785CN",
                      "shippingCarrierCode": "ChinaPost",
                      "shippedDate": "2026-02-01T09:30:00.000Z",
                      "lineItems": [{"lineItemId": str(line.line_id),
                                     "quantity": line.quantity} for line in remote.lines]}
    assert fake.calls[ORDER] == 1
    since = shop.newest_update() - timedelta(seconds=1)
    (order,) = every_order(client, since)
    assert order.status is OrderStatus.SHIPPED
    assert [(f.external_id, f.carrier, f.tracking_numbers) for f in order.fulfillments] == \
        [(parcel, "ChinaPost", ("RR123456785CN",))]


def test_tracking_for_some_lines_and_refusals(client: EbayClient, fake: EbayFake,
                                              shop: FakeShop) -> None:
    remote = fake_order(shop, 10)  # paid, two lines
    line = remote.lines[1]
    client.push_tracking(TrackingPush(order_id_of(remote), "1Z999AA10123456784", "UPS",
                                      lines=(RefundedLine(str(line.line_id), 1),)))
    assert fake.pushed_tracking[0]["lineItems"] == [{"lineItemId": str(line.line_id),
                                                     "quantity": 1}]
    assert fake.calls[ORDER] == 0
    with pytest.raises(SyncError, match="Invalid line item") as refused:
        client.push_tracking(TrackingPush(order_id_of(remote), "1Z999AA10123456784", "UPS",
                                          lines=(RefundedLine("999", 1),)))
    assert not refused.value.fatal
    with pytest.raises(SyncError, match="Invalid order ID") as unknown:
        client.push_tracking(TrackingPush("11-11111-11111", "1Z999AA10123456784", "UPS"))
    assert not unknown.value.fatal and fake.calls[SHIP] == 2


@pytest.mark.parametrize(("name", "code"), [
    ("UPS", "UPS"), ("usps", "USPS"), ("FedEx", "FEDEX"), ("DHL", "DHL"),
    ("China Post", "ChinaPost"), ("Royal  Mail", "RoyalMail"), ("La Poste", "LaPoste")])
def test_carrier_codes(name: str, code: str) -> None:
    assert carrier_code(name) == code
