"""Pushing to the WooCommerce fake with a preview first, and price conflicts settled by hand."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from seller_desk.domain.orders import Marketplace
from seller_desk.domain.sync import PushKind
from seller_desk.services.sync.conflicts import Conflicts
from seller_desk.store.models import ChannelOffer, Listing, SyncConflict
from tests.fakes.loopback import running
from tests.fakes.shop_data import FakeShop
from tests.fakes.woocommerce_server import WooCommerceFake
from tests.services.sync_shop import connect, prepare
from tests.services.test_sync_pull import WOO


def test_the_preview_lists_stock_to_send_and_sending_changes_the_store(database) -> None:
    remote = FakeShop(20)
    prepare(database, remote)
    with running(WooCommerceFake(remote)) as fake:
        shop = connect(database, Marketplace.WOOCOMMERCE, fake.store_url, WOO)
        shop.run()
        changes = shop.push.preview(shop.account_id)
        # Every listing has 50 here; the store has its own counts.
        assert {c.kind for c in changes} == {PushKind.STOCK}
        assert len(changes) == len(remote.variants) and all(c.local == "50" for c in changes)
        outcome = shop.push.apply(shop.account_id, changes)
        assert (outcome.pushed, outcome.failed) == (len(changes), 0)
        assert {v.stock for v in remote.variants} == {50}
        assert shop.push.preview(shop.account_id) == []
        assert shop.sync.log.runs(shop.account_id)[0].kind == "push"


def test_a_price_changed_on_both_sides_keeps_ours_until_the_seller_takes_the_stores(
        database) -> None:
    remote = FakeShop(5)
    prepare(database, remote)
    with running(WooCommerceFake(remote)) as fake:
        shop = connect(database, Marketplace.WOOCOMMERCE, fake.store_url, WOO)
        shop.run()
        variant = remote.variants[0]
        with database.session() as s:
            offer = s.scalar(select(ChannelOffer).join(Listing).where(
                Listing.sku == variant.sku))
            offer.price_minor = 3100
            offer.price_set_at = offer.price_set_at + timedelta(minutes=5)
        variant.price = Decimal("29.50")
        assert shop.run().conflicts == 1
    conflicts = Conflicts(database)
    [shown] = conflicts.list()
    assert (shown.kind, shown.local_value, shown.remote_value, shown.winner, shown.currency) \
        == ("price", "3100", "2950", "local", "USD")
    conflicts.settle(shown.id, take_remote=True)
    with database.read_session() as s:
        assert s.scalar(select(ChannelOffer.price_minor).join(Listing).where(
            Listing.sku == variant.sku)) == 2950
        assert s.scalar(select(SyncConflict.resolution)) == "took_remote"
    assert conflicts.open_count() == 0
