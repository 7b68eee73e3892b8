"""Connected marketplace accounts: added, changed, removed, tested; credentials in the keyring."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import requests
from sqlalchemy import delete, exists, func, select

from seller_desk.domain.errors import NotFoundError, ValidationError
from seller_desk.domain.orders import Marketplace
from seller_desk.domain.sync import (
    CREDENTIAL_FIELDS,
    SYNCED_MARKETPLACES,
    Credentials,
    ShopifyApi,
    ShopInfo,
    SyncError,
)
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.integrations.marketplaces import DEFAULT_URLS, MarketplaceClient, make_client
from seller_desk.integrations.marketplaces.base import check_url
from seller_desk.services.secrets import SecretStore
from seller_desk.store.database import Database
from seller_desk.store.models import (
    MarketplaceAccount,
    Order,
    RemoteVariant,
    SyncConflict,
    SyncRun,
)
from seller_desk.store.queries.settings import base_currency

CREDENTIALS_ENV = "SELLER_DESK_CREDENTIALS"
NAME_TAKEN = QT_TRANSLATE_NOOP("sync", "There is already an account called {name}.")
NO_NAME = QT_TRANSLATE_NOOP("sync", "Give the account a name.")
NO_URL = QT_TRANSLATE_NOOP("sync", "Give the store's address (https://…).")
NOT_SYNCED = QT_TRANSLATE_NOOP(
    "sync", "{marketplace} cannot be synced; choose Shopify, WooCommerce, Etsy or eBay.")
MISSING_FIELD = QT_TRANSLATE_NOOP("sync", "The credentials lack {field}.")
BAD_CREDENTIALS_TEXT = QT_TRANSLATE_NOOP(
    "sync", "Cannot read the credentials: write them as key=value pairs separated by ';' "
    "({keys}).")
NO_ACCOUNT = QT_TRANSLATE_NOOP("sync", "There is no connected account called {name}.")
ACCOUNT_GONE = QT_TRANSLATE_NOOP("sync", "That account no longer exists.")


@dataclass(frozen=True)
class AccountDraft:
    marketplace: Marketplace
    name: str
    url: str = ""
    api: str = ""  # Shopify: "graphql" (default) or "rest"
    auto_sync: bool = True


@dataclass(frozen=True)
class AccountView:
    id: int
    name: str
    marketplace: Marketplace
    url: str
    api: str
    currency: str
    auto_sync: bool
    last_sync_at: datetime | None
    last_sync_state: str
    last_sync_message: str
    orders_cursor: datetime | None


def secret_name(account_id: int) -> str:
    return f"marketplace:{account_id}"


def credential_help() -> str:
    """The SELLER_DESK_CREDENTIALS format per marketplace (plain English, for --help)."""
    return "; ".join(
        f"{marketplace.value}: " + ";".join(f"{f.key}=…" for f in fields)
        for marketplace, fields in CREDENTIAL_FIELDS.items())


def parse_credentials(marketplace: Marketplace, text: str) -> Credentials:
    """'key=value;key=value' (the environment variable's form) as Credentials, every field the
    marketplace needs present; ValidationError otherwise."""
    keys = [f.key for f in CREDENTIAL_FIELDS[marketplace]]
    values: dict[str, str] = {}
    for part in text.replace("\n", ";").split(";"):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        if not sep or key.strip() not in keys:
            raise ValidationError(BAD_CREDENTIALS_TEXT, item="credentials", keys=", ".join(keys))
        values[key.strip()] = value.strip()
    return checked(marketplace, values)


def checked(marketplace: Marketplace, values: Mapping[str, str]) -> Credentials:
    for spec in CREDENTIAL_FIELDS[marketplace]:
        if not values.get(spec.key, "").strip():
            raise ValidationError(MISSING_FIELD, item=spec.key, field=spec.key)
    return Credentials({k: v.strip() for k, v in values.items()})


class AccountsService:
    def __init__(self, database: Database, secrets: SecretStore,
                 environ: Mapping[str, str] | None = None,
                 session_factory: Callable[[], requests.Session] | None = None) -> None:
        self._db = database
        self.secrets = secrets
        self._environ = os.environ if environ is None else environ
        self._session_factory = session_factory

    # --- reading ---
    def list(self) -> list[AccountView]:
        with self._db.read_session() as session:
            rows = session.scalars(select(MarketplaceAccount).where(
                MarketplaceAccount.connected.is_(True)).order_by(MarketplaceAccount.name))
            return [_view(row) for row in rows]

    def get(self, account_id: int) -> AccountView:
        with self._db.read_session() as session:
            row = session.get(MarketplaceAccount, account_id)
            if row is None or not row.connected:
                raise NotFoundError(ACCOUNT_GONE, item=str(account_id))
            return _view(row)

    def named(self, name: str) -> AccountView:
        with self._db.read_session() as session:
            row = session.scalar(select(MarketplaceAccount).where(
                func.lower(MarketplaceAccount.name) == " ".join(name.split()).lower(),
                MarketplaceAccount.connected.is_(True)))
            if row is None:
                raise NotFoundError(NO_ACCOUNT, item=name, name=name)
            return _view(row)

    # --- changing ---
    def add(self, draft: AccountDraft, credentials: Credentials | None = None) -> int:
        """Connect a store. An account of that name that only filed imported orders becomes
        this connected one (its orders stay with it). Returns the account's id."""
        name, url, api = self._checked(draft)
        with self._db.session() as session:
            row = session.scalar(select(MarketplaceAccount).where(
                func.lower(MarketplaceAccount.name) == name.lower()))
            if row is not None and (row.connected or row.marketplace != draft.marketplace):
                raise ValidationError(NAME_TAKEN, item="name", name=name)
            if row is None:
                row = MarketplaceAccount(marketplace=draft.marketplace.value, name=name,
                                         currency=base_currency(session),
                                         created_at=datetime.now(UTC))
                session.add(row)
            row.store_url, row.api, row.auto_sync, row.connected = url, api, draft.auto_sync, True
            session.flush()
            account_id = row.id
        if credentials is not None:
            self.set_credentials(account_id, credentials)
        return account_id

    def edit(self, account_id: int, draft: AccountDraft,
             credentials: Credentials | None = None) -> None:
        name, url, api = self._checked(draft)
        with self._db.session() as session:
            row = session.get(MarketplaceAccount, account_id)
            if row is None or not row.connected:
                raise NotFoundError(ACCOUNT_GONE, item=str(account_id))
            taken = session.scalar(select(exists().where(
                func.lower(MarketplaceAccount.name) == name.lower(),
                MarketplaceAccount.id != account_id)))
            if taken:
                raise ValidationError(NAME_TAKEN, item="name", name=name)
            row.name, row.store_url, row.api, row.auto_sync = name, url, api, draft.auto_sync
        if credentials is not None:
            self.set_credentials(account_id, credentials)

    def remove(self, account_id: int) -> None:
        """Disconnect: credentials forgotten, its sync history and variants gone. Its orders
        stay (filed under the account, as imported ones); without orders the account goes."""
        with self._db.session() as session:
            row = session.get(MarketplaceAccount, account_id)
            if row is None:
                raise NotFoundError(ACCOUNT_GONE, item=str(account_id))
            session.execute(delete(SyncRun).where(SyncRun.account_id == account_id))
            session.execute(delete(SyncConflict).where(SyncConflict.account_id == account_id))
            session.execute(delete(RemoteVariant).where(RemoteVariant.account_id == account_id))
            if session.scalar(select(exists().where(Order.account_id == account_id))):
                row.connected = False
                row.orders_cursor = row.last_sync_at = None
                row.last_sync_state = row.last_sync_message = ""
            else:
                session.delete(row)
        self.secrets.forget(secret_name(account_id))

    def set_credentials(self, account_id: int, credentials: Credentials) -> bool:
        """Keep them in the keyring; False when only for this session (no keyring here)."""
        account = self.get(account_id)
        checked(account.marketplace, credentials.values)
        return self.secrets.put(secret_name(account_id), json.dumps(dict(credentials.values)))

    # --- using ---
    def credentials(self, account_id: int) -> tuple[Credentials | None, str]:
        """The account's credentials and where they came from ("keyring", "session",
        "environment"), or (None, "")."""
        account = self.get(account_id)
        stored = self.secrets.get(secret_name(account_id))
        if stored:
            return Credentials(json.loads(stored)), \
                "keyring" if self.secrets.persistent else "session"
        text = self._environ.get(CREDENTIALS_ENV, "")
        if text.strip():
            return self._from_environment(account, text), "environment"
        return None, ""

    def client(self, account_id: int) -> MarketplaceClient:
        account = self.get(account_id)
        credentials, _ = self.credentials(account_id)
        session = self._session_factory() if self._session_factory else None
        return make_client(account.marketplace, account.url, credentials or Credentials({}),
                           api=account.api, session=session)

    def test(self, account_id: int) -> ShopInfo:
        """Ask the store who these credentials are (network: call it off the UI thread); the
        account takes the store's currency."""
        client = self.client(account_id)
        info = client.shop()
        self.keep_rotated(account_id, client)
        if info.currency:
            with self._db.session() as session:
                row = session.get(MarketplaceAccount, account_id)
                if row is not None:
                    row.currency = info.currency[:3]
        return info

    def keep_rotated(self, account_id: int, client: MarketplaceClient) -> None:
        """Etsy and eBay may hand out a new refresh token: keep it instead of the old one."""
        token = getattr(client, "refresh_token", None)
        credentials, source = self.credentials(account_id)
        if not token or credentials is None or source == "environment" \
                or credentials["refresh_token"] in ("", token):
            return
        self.secrets.put(secret_name(account_id),
                         json.dumps({**credentials.values, "refresh_token": token}))

    # --- helpers ---
    def _checked(self, draft: AccountDraft) -> tuple[str, str, str]:
        if draft.marketplace not in SYNCED_MARKETPLACES:
            raise ValidationError(NOT_SYNCED, item="marketplace", marketplace=draft.marketplace)
        name = " ".join(draft.name.split())[:80]
        if not name:
            raise ValidationError(NO_NAME, item="name")
        url = draft.url.strip()
        if not url and draft.marketplace not in DEFAULT_URLS:
            raise ValidationError(NO_URL, item="url")
        if url:
            if "://" not in url:
                url = "https://" + url
            try:
                url = check_url(url, draft.marketplace)
            except SyncError as error:
                raise ValidationError(error.message, item="url", **error.params) from None
        api = ""
        if draft.marketplace is Marketplace.SHOPIFY:
            api = ShopifyApi(draft.api or ShopifyApi.GRAPHQL).value
        return name, url[:255], api

    @staticmethod
    def _from_environment(account: AccountView, text: str) -> Credentials:
        """The variable holds 'key=value;…' for every account, or a JSON object of account
        name → 'key=value;…' when several accounts are synced."""
        if text.lstrip().startswith("{"):
            try:
                by_name = json.loads(text)
            except ValueError:
                by_name = None
            if not isinstance(by_name, dict):
                raise ValidationError(BAD_CREDENTIALS_TEXT, item=CREDENTIALS_ENV,
                                      keys=credential_help())
            text = next((str(v) for k, v in by_name.items()
                         if str(k).strip().lower() == account.name.lower()), "")
            if not text:
                return Credentials({})
        return parse_credentials(account.marketplace, text)


def _view(row: MarketplaceAccount) -> AccountView:
    return AccountView(row.id, row.name, Marketplace(row.marketplace), row.store_url, row.api,
                       row.currency, row.auto_sync, row.last_sync_at, row.last_sync_state,
                       row.last_sync_message, row.orders_cursor)
