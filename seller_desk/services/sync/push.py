"""Pushing to a store: stock and prices of linked listings, and parcels typed here, always
shown first as a preview of exactly what would change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from seller_desk.domain.carriers import carrier_name, tracking_link
from seller_desk.domain.errors import KnownError
from seller_desk.domain.money import Money
from seller_desk.domain.sync import PushKind, RemoteVariant, SyncError, TrackingPush
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.integrations.marketplaces import client_class
from seller_desk.services.progress import Cancelled, Job
from seller_desk.services.sync.accounts import AccountsService
from seller_desk.services.sync.log import RunLog, RunProblem
from seller_desk.services.sync.pull import SyncOutcome
from seller_desk.store.database import Database
from seller_desk.store.models import ChannelOffer, Listing, Order, Shipment
from seller_desk.store.models import RemoteVariant as StoredVariant

PUSHING = QT_TRANSLATE_NOOP("sync", "Sending changes…")


@dataclass(frozen=True)
class PushChange:
    """One change a push would make: `key` is the stored variant's id (stock, price) or the
    shipment's id (tracking); `remote` and `local` are shown side by side."""

    kind: PushKind
    key: int
    item: str
    remote: str
    local: str
    value: int = 0  # the quantity or price (minor units) to send


@dataclass
class PushOutcome:
    pushed: int = 0
    failed: int = 0
    problems: list[RunProblem] = field(default_factory=list)


class PushService:
    def __init__(self, database: Database, accounts: AccountsService,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db = database
        self.accounts = accounts
        self._clock = clock
        self.log = RunLog(database)

    def allowed(self, account_id: int) -> frozenset[PushKind]:
        """What the account's marketplace lets an app change (no credentials needed)."""
        account = self.accounts.get(account_id)
        return client_class(account.marketplace, account.api).can_push

    def preview(self, account_id: int, kinds: Sequence[PushKind] = tuple(PushKind)
                ) -> list[PushChange]:
        """What a push would change, only of the kinds the marketplace lets an app change."""
        allowed = self.allowed(account_id)
        changes: list[PushChange] = []
        with self._db.read_session() as session:
            if PushKind.STOCK in kinds and PushKind.STOCK in allowed:
                changes += _stock(session, account_id)
            if PushKind.PRICE in kinds and PushKind.PRICE in allowed:
                changes += _prices(session, account_id)
            if PushKind.TRACKING in kinds and PushKind.TRACKING in allowed:
                changes += _parcels(session, account_id)
        return changes

    def apply(self, account_id: int, changes: Sequence[PushChange], job: Job | None = None
              ) -> PushOutcome:
        """Send `changes`; each that succeeds is remembered (the next preview no longer shows
        it). A refused credential stops the rest; other failures are counted and logged."""
        job = job or Job()
        account = self.accounts.get(account_id)
        client = self.accounts.client(account_id)
        outcome = PushOutcome()
        log = SyncOutcome(account_id, account.name, started_at=self._clock())
        run_id = self.log.start(account_id, "push", False, log.started_at, None)
        try:
            for done, change in enumerate(changes):
                job.check()
                job.report(done, len(changes), PUSHING)
                try:
                    self._send(client, account_id, change)
                    outcome.pushed += 1
                except SyncError as error:
                    outcome.failed += 1
                    outcome.problems.append(RunProblem.of(error, change.item, self._clock()))
                    if error.fatal:
                        break
            log.state = "failed" if outcome.failed else "ok"
        except Cancelled:
            log.state = "cancelled"
        except KnownError as error:
            log.state = "failed"
            outcome.problems.append(RunProblem.of(error, "", self._clock()))
        finally:
            log.updated, log.failed, log.problems = outcome.pushed, outcome.failed, \
                outcome.problems
            log.finished_at = self._clock()
            self.log.finish(run_id, log)
        return outcome

    def _send(self, client: object, account_id: int, change: PushChange) -> None:
        with self._db.session() as session:
            if change.kind is PushKind.TRACKING:
                shipment = session.get(Shipment, change.key)
                if shipment is None or shipment.external_id:
                    return
                order = session.get(Order, shipment.order_id)
                assert order is not None
                remote_id = client.push_tracking(TrackingPush(  # type: ignore[attr-defined]
                    order.external_id, shipment.tracking_number,
                    carrier_name(shipment.carrier),
                    tracking_link(shipment.carrier, shipment.tracking_number),
                    shipment.shipped_at))
                shipment.external_id = str(remote_id or f"pushed:{shipment.id}")[:64]
                return
            row = session.get(StoredVariant, change.key)
            if row is None:
                return
            variant = RemoteVariant(row.external_id, row.product_id, row.sku, row.title,
                                    row.currency, row.price_minor, row.stock, row.ref)
            if change.kind is PushKind.STOCK:
                client.push_stock(variant, change.value)  # type: ignore[attr-defined]
                row.stock = change.value
            else:
                client.push_price(variant, change.value)  # type: ignore[attr-defined]
                row.price_minor = change.value
            row.seen_at = self._clock()


def _stock(session: Session, account_id: int) -> list[PushChange]:
    buffer = func.coalesce(ChannelOffer.quantity_buffer, 0)
    rows = session.execute(
        select(StoredVariant.id, StoredVariant.sku, StoredVariant.stock,
               Listing.stock_on_hand - buffer)
        .join(Listing, Listing.id == StoredVariant.listing_id)
        .outerjoin(ChannelOffer, (ChannelOffer.listing_id == Listing.id)
                   & (ChannelOffer.account_id == account_id)
                   & (ChannelOffer.currency == StoredVariant.currency))
        .where(StoredVariant.account_id == account_id, StoredVariant.stock.is_not(None))
        .order_by(StoredVariant.sku))
    return [PushChange(PushKind.STOCK, vid, sku, str(remote), str(max(0, want)), max(0, want))
            for vid, sku, remote, want in rows if remote != max(0, want)]


def _prices(session: Session, account_id: int) -> list[PushChange]:
    rows = session.execute(
        select(StoredVariant.id, StoredVariant.sku, StoredVariant.price_minor,
               ChannelOffer.price_minor, StoredVariant.currency)
        .join(ChannelOffer, (ChannelOffer.listing_id == StoredVariant.listing_id)
              & (ChannelOffer.account_id == account_id)
              & (ChannelOffer.currency == StoredVariant.currency))
        .where(StoredVariant.account_id == account_id,
               StoredVariant.price_minor.is_not(None),
               StoredVariant.price_minor != ChannelOffer.price_minor)
        .order_by(StoredVariant.sku))
    return [PushChange(PushKind.PRICE, vid, sku, str(Money(remote, currency)),
                       str(Money(local, currency)), local)
            for vid, sku, remote, local, currency in rows]


def _parcels(session: Session, account_id: int) -> list[PushChange]:
    rows = session.execute(
        select(Shipment.id, Order.number, Shipment.carrier, Shipment.tracking_number)
        .join(Order, Order.id == Shipment.order_id)
        .where(Order.account_id == account_id, Order.source == "sync",
               Shipment.source != "sync", Shipment.external_id.is_(None))
        .order_by(Shipment.shipped_at, Shipment.id))
    return [PushChange(PushKind.TRACKING, sid, number, "",
                       f"{carrier_name(carrier)} {tracking}")
            for sid, number, carrier, tracking in rows]
