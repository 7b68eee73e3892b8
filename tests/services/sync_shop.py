"""A shop ready to sync: base USD, a listing per fake SKU, rates for every fake currency, and
a connected account with its credentials in the (memory) keyring."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from seller_desk.domain.orders import Marketplace
from seller_desk.domain.sync import Credentials
from seller_desk.services.progress import Job
from seller_desk.services.secrets import SecretStore
from seller_desk.services.sync.accounts import AccountDraft, AccountsService
from seller_desk.services.sync.pull import SyncService
from seller_desk.services.sync.push import PushService
from seller_desk.store.database import Database
from seller_desk.store.models import ExchangeRate, Listing, Setting
from seller_desk.store.types import fold
from tests.fakes.shop_data import RATE_TO_USD, FakeShop

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@dataclass
class SyncShop:
    accounts: AccountsService
    sync: SyncService
    push: PushService
    account_id: int

    def run(self, **options: object) -> object:
        return self.sync.run(self.account_id, job=Job(), **options)  # type: ignore[arg-type]


def prepare(database: Database, remote: FakeShop, skus: int | None = None) -> None:
    """Base USD; stored rates (per EUR) for every currency FakeShop uses; listings for the
    first `skus` remote variants (all when None)."""
    per_usd_eur = Decimal("1.08")  # USD per EUR as FakeShop's book says
    with database.session() as session:
        session.add_all([Setting(key="shop_name", value="Sync Shop"),
                         Setting(key="base_currency", value="USD")])
        for code, usd in RATE_TO_USD.items():
            if code == "EUR":
                continue
            session.add(ExchangeRate(day=date(2025, 12, 31), currency=code,
                                     per_eur=(per_usd_eur / usd).quantize(Decimal("0.0001")),
                                     source="ecb", fetched_at=NOW))
        for variant in remote.variants[:skus]:
            session.add(Listing(sku=variant.sku, sku_key=fold(variant.sku), title=variant.title,
                                title_key=fold(variant.title), cost_minor=500,
                                cost_currency="USD", stock_on_hand=50, created_at=NOW,
                                updated_at=NOW))


def connect(database: Database, marketplace: Marketplace, url: str,
            credentials: Credentials, api: str = "") -> SyncShop:
    accounts = AccountsService(database, SecretStore(), environ={})
    account_id = accounts.add(AccountDraft(marketplace, f"My {marketplace.value}", url, api),
                              credentials)
    return SyncShop(accounts, SyncService(database, accounts), PushService(database, accounts),
                    account_id)
