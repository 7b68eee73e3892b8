"""Pulling a store against the loopback WooCommerce and Etsy fakes: every remote order exactly
once, incremental runs, refunds and parcels, masked buyers, the log, failures losing nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from seller_desk.domain.orders import Marketplace
from seller_desk.domain.sync import Credentials
from seller_desk.services.sync.accounts import AccountDraft
from seller_desk.store.models import (
    ChannelOffer,
    Customer,
    MarketplaceAccount,
    Order,
    OrderLine,
    RemoteVariant,
    ReturnRequest,
    Shipment,
    SyncConflict,
    SyncRun,
)
from tests.fakes.etsy_server import running_etsy_fake
from tests.fakes.loopback import running
from tests.fakes.shop_data import FakeShop
from tests.fakes.shopify_server import running_shopify_fake
from tests.fakes.woocommerce_server import CONSUMER_KEY, CONSUMER_SECRET, WooCommerceFake
from tests.services.sync_shop import connect, prepare

WOO = Credentials({"consumer_key": CONSUMER_KEY, "consumer_secret": CONSUMER_SECRET})


@pytest.fixture
def remote() -> FakeShop:
    return FakeShop(230, single_currency=False)


@pytest.fixture
def woo(remote: FakeShop):
    with running(WooCommerceFake(remote)) as fake:
        yield fake


def external_ids(database) -> list[str]:
    with database.read_session() as s:
        return sorted(s.scalars(select(Order.external_id)))


def test_a_first_sync_brings_every_order_once_with_its_buyer_lines_refunds_and_parcels(
        database, remote, woo) -> None:
    prepare(database, remote)
    shop = connect(database, Marketplace.WOOCOMMERCE, woo.store_url, WOO)
    outcome = shop.run()
    assert outcome.state == "ok", [p.render() for p in outcome.problems]
    assert outcome.new == 230 and outcome.updated == 0 and outcome.failed == 0
    assert external_ids(database) == sorted(str(o.order_id) for o in remote.orders())
    with database.read_session() as s:
        assert s.scalar(select(func.count(OrderLine.id))) == sum(
            len(o.lines) for o in remote.orders())
        refunds = sum(len(o.refunds) for o in remote.orders())
        assert s.scalar(select(func.count(ReturnRequest.id))) == refunds > 0
        assert s.scalar(select(func.count(Shipment.id))) == sum(
            len(o.fulfillments) for o in remote.orders()) > 0
        assert set(s.scalars(select(Order.source))) == {"sync"}
        # A masked buyer (no email, no name) is known by the store's customer id only, and
        # with neither the order belongs to no one: strangers are never merged.
        customer_of = dict(s.execute(select(Order.external_id, Order.customer_id)).all())
        by_remote: dict[int | None, set[int | None]] = {}
        for o in remote.orders():
            by_remote.setdefault(o.customer_id, set()).add(customer_of[str(o.order_id)])
        assert all(len(ours) == 1 for key, ours in by_remote.items() if key is not None)
        anonymous = [o for o in remote.orders() if o.email is None and o.customer_id is None]
        assert all(customer_of[str(o.order_id)] is None for o in anonymous)
        assert s.scalar(select(func.count(Customer.id))) == len(by_remote) - (None in by_remote)
        # Every remote SKU matched a listing: linked, offered, none unmatched.
        assert outcome.products == len(remote.variants) and outcome.unmatched == 0
        assert s.scalar(select(func.count(RemoteVariant.id)).where(
            RemoteVariant.listing_id.is_(None))) == 0
        assert s.scalar(select(func.count(ChannelOffer.id))) == len(remote.variants)
        account = s.get(MarketplaceAccount, shop.account_id)
        assert account.last_sync_state == "ok" and account.orders_cursor is not None
        run = s.scalar(select(SyncRun))
        assert (run.state, run.new, run.failed) == ("ok", 230, 0)


def test_the_next_sync_reads_only_what_changed_and_writes_only_real_changes(
        database, remote, woo) -> None:
    prepare(database, remote)
    shop = connect(database, Marketplace.WOOCOMMERCE, woo.store_url, WOO)
    shop.run()
    again = shop.run()
    # Only the overlap window is read again, and nothing in it changed.
    assert again.new == 0 and again.updated == 0 and again.unchanged < 230
    later = remote.newest_update() + timedelta(hours=1)
    changed = remote.orders()[3]
    remote.touch(changed.order_id, later, status="cancelled")
    added = remote.add(at=later + timedelta(minutes=5))
    third = shop.run()
    assert (third.new, third.updated) == (1, 1), [p.render() for p in third.problems]
    with database.read_session() as s:
        status = s.scalar(select(Order.status).where(
            Order.external_id == str(changed.order_id)))
        assert status == "cancelled"
        assert s.scalar(select(func.count(Order.id))) == 231
    assert str(added.order_id) in external_ids(database)


def test_a_dry_run_counts_and_writes_nothing(database, remote, woo) -> None:
    prepare(database, remote)
    shop = connect(database, Marketplace.WOOCOMMERCE, woo.store_url, WOO)
    outcome = shop.run(dry_run=True)
    assert outcome.new == 230 and outcome.dry_run
    with database.read_session() as s:
        assert s.scalar(select(func.count(Order.id))) == 0
        assert s.get(MarketplaceAccount, shop.account_id).orders_cursor is None


def test_bad_credentials_fail_the_run_with_the_stores_reason_and_keep_no_secret(
        database, remote, woo) -> None:
    prepare(database, remote)
    shop = connect(database, Marketplace.WOOCOMMERCE, woo.store_url,
                   Credentials({"consumer_key": "ck_wrong", "consumer_secret": "cs_wrong"}))
    outcome = shop.run()
    assert outcome.state == "failed" and outcome.new == 0
    problem = outcome.problems[0]
    assert problem.status == 401 and "cs_wrong" not in problem.response + problem.render()
    runs = shop.sync.log.runs(shop.account_id)
    assert runs[0].state == "failed" and runs[0].message
    logged = shop.sync.log.problems(runs[0].id)
    assert logged[0].status == 401 and "woocommerce_rest_authentication_error" in \
        logged[0].response


def test_a_failure_midway_keeps_the_pages_already_written_and_the_next_run_completes(
        database, remote, woo) -> None:
    prepare(database, remote)
    shop = connect(database, Marketplace.WOOCOMMERCE, woo.store_url, WOO)
    woo.fail("500", prefix="GET orders", times=None)
    first = shop.run()
    assert first.state == "failed" and first.new == 0
    woo.failures.clear()
    woo.fail("html", prefix="GET orders", times=1)
    assert shop.run().state == "failed"
    woo.failures.clear()
    assert shop.run().state == "ok"
    assert external_ids(database) == sorted(str(o.order_id) for o in remote.orders())


def test_an_order_in_an_unknown_currency_is_failed_and_read_again_next_time(
        database, woo, remote) -> None:
    prepare(database, remote)
    with database.session() as s:  # forget the yen: orders in JPY cannot be converted
        from seller_desk.store.models import ExchangeRate

        s.execute(ExchangeRate.__table__.delete().where(ExchangeRate.currency == "JPY"))
    shop = connect(database, Marketplace.WOOCOMMERCE, woo.store_url, WOO)
    outcome = shop.run()
    yen = [o for o in remote.orders() if o.currency == "JPY"]
    assert outcome.failed == len(yen) > 0 and outcome.state == "failed"
    assert "JPY" in outcome.problems[0].render()
    with database.read_session() as s:
        # The cursor stays where it was, so the next run reads them again.
        assert s.get(MarketplaceAccount, shop.account_id).orders_cursor is None


def test_a_local_edit_meeting_a_remote_change_is_noted_and_the_store_wins(
        database, remote, woo) -> None:
    prepare(database, remote)
    shop = connect(database, Marketplace.WOOCOMMERCE, woo.store_url, WOO)
    shop.run()
    target = remote.orders()[5]
    with database.session() as s:
        order = s.scalar(select(Order).where(Order.external_id == str(target.order_id)))
        order.ship_address = "Typed here, 1 Local Road"
        order.updated_at = order.synced_at + timedelta(minutes=5)
    remote.touch(target.order_id, remote.newest_update() + timedelta(hours=1),
                 address1="99 Remote Avenue")
    assert shop.run().conflicts == 1
    with database.read_session() as s:
        conflict = s.scalar(select(SyncConflict))
        assert conflict.kind == "order" and conflict.winner == "remote"
        assert "Typed here" in conflict.local_value and "99 Remote Avenue" in \
            conflict.remote_value
        assert "99 Remote Avenue" in s.scalar(select(Order.ship_address).where(
            Order.external_id == str(target.order_id)))


def test_etsy_receipts_sync_with_their_money_objects_and_shipments(database) -> None:
    remote = FakeShop(120)
    prepare(database, remote)
    with running_etsy_fake(remote) as fake:
        shop = connect(database, Marketplace.ETSY, fake.url.rstrip("/"), fake.credentials())
        outcome = shop.run()
        assert outcome.state == "ok", [p.render() for p in outcome.problems]
        assert outcome.new == 120 and outcome.shipments_added > 0
        assert external_ids(database) == sorted(str(o.order_id) for o in remote.orders())


@pytest.mark.parametrize("api", ["graphql", "rest"])
def test_shopify_orders_keep_the_buyers_and_the_stores_money(database, api) -> None:
    remote = FakeShop(60)
    prepare(database, remote)
    with running_shopify_fake(remote) as fake:
        shop = connect(database, Marketplace.SHOPIFY, fake.url.rstrip("/"),
                       Credentials({"access_token": "shpat_test_token"}), api=api)
        outcome = shop.run()
        assert outcome.state == "ok", [p.render() for p in outcome.problems]
        assert outcome.new == 60 and outcome.returns_added == sum(
            len(o.refunds) for o in remote.orders())
    euro = next(o for o in remote.orders() if o.currency == "EUR")
    with database.read_session() as s:
        stored = s.scalar(select(Order).where(Order.external_id == str(euro.order_id)))
        # The buyer paid euros; the store settled dollars, and that is the base total.
        assert stored.currency == "EUR" and stored.shop_currency == "USD"
        assert stored.total_base_minor == stored.shop_total_minor == int(euro.shop_total * 100)


def test_one_failing_account_never_stops_the_next(database, remote, woo, monkeypatch) -> None:
    prepare(database, remote)
    shop = connect(database, Marketplace.WOOCOMMERCE, woo.store_url, WOO)
    broken = shop.accounts.add(AccountDraft(Marketplace.WOOCOMMERCE, "A broken store",
                                            woo.store_url), WOO)
    make = shop.accounts.client

    def client(account_id: int):
        if account_id == broken:
            raise RuntimeError("a bug")
        return make(account_id)

    monkeypatch.setattr(shop.accounts, "client", client)
    first, second = shop.sync.run_all()
    assert (first.account, first.state) == ("A broken store", "failed")
    assert "RuntimeError" in first.problems[0].render()
    assert (second.state, second.new) == ("ok", 230)
