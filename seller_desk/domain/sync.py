"""What a marketplace says about a store, its orders and its products, once read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from seller_desk.domain.errors import KnownError
from seller_desk.domain.imports import ImportedCustomer, ImportedLine, ImportedOrder
from seller_desk.domain.orders import MARKETPLACE_LABELS, Marketplace, OrderStatus
from seller_desk.domain.text import QT_TRANSLATE_NOOP

T = TypeVar("T")
RESPONSE_KEPT = 2000  # characters of a remote answer kept for the sync log


class SyncError(KnownError):
    """A call to a marketplace failed: network, refused credentials, rate limit, garbled answer.

    `fatal`: nothing more can succeed on this account in this run (bad credentials, missing
    permission), so the run stops. `http_status` (kept as `status`) is the HTTP status when
    there was one; `response` the start of the remote answer (secrets scrubbed) for the log."""

    context = "sync"

    def __init__(self, marketplace: str, message: str, *, fatal: bool = False,
                 http_status: int | None = None, response: str = "",
                 item: str | None = None, **params: object) -> None:
        self.marketplace = marketplace
        self.fatal = fatal
        self.status = http_status
        self.response = response[:RESPONSE_KEPT]
        name = MARKETPLACE_LABELS.get(Marketplace(marketplace), marketplace) \
            if marketplace in set(Marketplace) else marketplace
        super().__init__(message, item=item, marketplace=name, **params)


@dataclass(frozen=True, slots=True)
class CredentialField:
    """One value an account needs to sign in: `key` as stored, `label` as shown."""

    key: str
    label: str
    secret: bool = True


CREDENTIAL_FIELDS: dict[Marketplace, tuple[CredentialField, ...]] = {
    Marketplace.SHOPIFY: (
        CredentialField("access_token", QT_TRANSLATE_NOOP("sync", "Admin API access token")),
    ),
    Marketplace.WOOCOMMERCE: (
        CredentialField("consumer_key", QT_TRANSLATE_NOOP("sync", "Consumer key"), False),
        CredentialField("consumer_secret", QT_TRANSLATE_NOOP("sync", "Consumer secret")),
    ),
    Marketplace.ETSY: (
        CredentialField("keystring", QT_TRANSLATE_NOOP("sync", "App keystring"), False),
        CredentialField("shared_secret", QT_TRANSLATE_NOOP("sync", "Shared secret")),
        CredentialField("refresh_token", QT_TRANSLATE_NOOP("sync", "OAuth refresh token")),
    ),
    Marketplace.EBAY: (
        CredentialField("client_id", QT_TRANSLATE_NOOP("sync", "App ID (client id)"), False),
        CredentialField("client_secret", QT_TRANSLATE_NOOP("sync", "Cert ID (client secret)")),
        CredentialField("refresh_token", QT_TRANSLATE_NOOP("sync", "User refresh token")),
    ),
}
SYNCED_MARKETPLACES: tuple[Marketplace, ...] = tuple(CREDENTIAL_FIELDS)


class ShopifyApi(StrEnum):
    GRAPHQL = "graphql"
    REST = "rest"


@dataclass(frozen=True, slots=True)
class Credentials:
    """The values of CREDENTIAL_FIELDS for one account (never stored outside the keyring)."""

    values: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "")

    def __repr__(self) -> str:  # a credential never shows up in a log or a traceback
        return f"Credentials({sorted(self.values)})"


@dataclass(frozen=True, slots=True)
class ShopInfo:
    """Who the credentials reach: the store's name and currency, what they may do, and the
    permissions the sync would like but lacks (each a short untranslated English text)."""

    name: str
    currency: str
    permissions: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RemoteLine:
    """One line of a remote order; `external_id` is the marketplace's line id."""

    external_id: str
    sku: str
    title: str
    quantity: int
    unit_price_minor: int  # in the order's (presentment) currency
    product_id: str = ""
    variant_id: str = ""


@dataclass(frozen=True, slots=True)
class RefundedLine:
    line_external_id: str
    quantity: int


@dataclass(frozen=True, slots=True)
class RemoteRefund:
    """Money given back on an order: `amount_minor` positive, in the order's currency."""

    external_id: str
    created_at: datetime
    amount_minor: int
    reason: str = ""
    lines: tuple[RefundedLine, ...] = ()


@dataclass(frozen=True, slots=True)
class RemoteFulfillment:
    """A parcel the marketplace knows was sent: carrier as the marketplace names it."""

    external_id: str
    created_at: datetime
    carrier: str
    tracking_numbers: tuple[str, ...]
    tracking_url: str = ""
    lines: tuple[RefundedLine, ...] = ()  # (line id, quantity) shipped in this parcel


@dataclass(frozen=True, slots=True)
class RemoteOrder:
    """One order as the marketplace has it now.

    Amounts are in `currency`, what the buyer paid in (Shopify's presentment currency);
    `shop_currency`/`shop_total_minor` are the store's own (the settlement), equal to the
    buyer's for a single-currency store. Times are timezone-aware UTC."""

    external_id: str
    number: str
    placed_at: datetime
    updated_at: datetime
    status: OrderStatus
    currency: str
    subtotal_minor: int
    shipping_minor: int
    tax_minor: int
    discount_minor: int
    total_minor: int
    customer: ImportedCustomer
    shop_currency: str = ""
    shop_total_minor: int | None = None
    ship_country: str = ""
    ship_address: str = ""
    tags: tuple[str, ...] = ()
    lines: tuple[RemoteLine, ...] = ()
    refunds: tuple[RemoteRefund, ...] = ()
    fulfillments: tuple[RemoteFulfillment, ...] = ()
    test: bool = False

    def imported(self) -> ImportedOrder:
        """The order as the import writer takes it."""
        return ImportedOrder(
            external_id=self.external_id, number=self.number, placed_at=self.placed_at,
            status=self.status, currency=self.currency, subtotal_minor=self.subtotal_minor,
            shipping_minor=self.shipping_minor, tax_minor=self.tax_minor,
            discount_minor=self.discount_minor, total_minor=self.total_minor,
            customer=self.customer, ship_country=self.ship_country,
            ship_address=self.ship_address, tags=self.tags,
            lines=tuple(ImportedLine(line.sku, line.title, line.quantity, line.unit_price_minor)
                        for line in self.lines))


@dataclass(frozen=True, slots=True)
class RemoteVariant:
    """One sellable item of the store (a product's variant); `ref` holds what pushing to it
    needs beyond its id (Shopify's inventory item, WooCommerce's parent product), as text."""

    external_id: str
    product_id: str
    sku: str
    title: str
    currency: str
    price_minor: int | None = None
    stock: int | None = None  # None: the marketplace doesn't track stock for it
    ref: str = ""


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a listing. `checkpoint`: every item updated before it has been served
    (the marketplace returns items in updated-at order), so a sync stopped after this page may
    start again from there; None when the order of items doesn't allow that. `total` is the
    number of items the whole listing has, when the marketplace says. `problems`: the items of
    this page that could not be read, each a SyncError naming it (left out of `items`)."""

    items: tuple[T, ...]
    checkpoint: datetime | None = None
    total: int | None = None
    problems: tuple[SyncError, ...] = ()


class PushKind(StrEnum):
    STOCK = "stock"
    PRICE = "price"
    TRACKING = "tracking"


@dataclass(frozen=True, slots=True)
class TrackingPush:
    """A parcel to tell the marketplace about, for one of its orders."""

    order_external_id: str
    tracking_number: str
    carrier: str  # the carrier's name as people write it ("UPS", "China Post")
    tracking_url: str = ""
    shipped_at: datetime | None = None
    lines: tuple[RefundedLine, ...] = field(default=())  # (line id, quantity); empty: all
