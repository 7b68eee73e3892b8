"""The window's sync tests: a WooCommerce fake with a few orders, and an account connected to it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from seller_desk.domain.orders import Marketplace
from seller_desk.domain.sync import Credentials
from seller_desk.services.sync.accounts import AccountDraft
from seller_desk.services.workspace import Workspace
from tests.fakes.loopback import running
from tests.fakes.shop_data import FakeShop
from tests.fakes.woocommerce_server import CONSUMER_KEY, CONSUMER_SECRET, WooCommerceFake

WAIT = 20_000
WOO = {"consumer_key": CONSUMER_KEY, "consumer_secret": CONSUMER_SECRET}
STORE = "Lantern & Loom"  # the fake's name for itself


@contextmanager
def woo_store(orders: int = 8) -> Iterator[WooCommerceFake]:
    """A store selling in USD only (the test shop's base currency: no rates needed)."""
    with running(WooCommerceFake(FakeShop(orders, products=2, single_currency=True))) as fake:
        yield fake


def connect(ws: Workspace, fake: WooCommerceFake, name: str = "Woo shop",
            credentials: dict[str, str] | None = None, auto_sync: bool = True) -> int:
    return ws.accounts.add(
        AccountDraft(Marketplace.WOOCOMMERCE, name, fake.store_url, auto_sync=auto_sync),
        Credentials(credentials or WOO))
