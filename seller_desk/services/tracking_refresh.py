"""Looking parcels up: register new numbers once, read the moving ones in batches, store changes."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from seller_desk.domain.carriers import CARRIERS, Carrier
from seller_desk.domain.errors import KnownError
from seller_desk.domain.shipments import could_flag
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.domain.tracking import (
    PROVIDER_NAMES,
    TROUBLE_STATUSES,
    Provider,
    Registration,
    Rejection,
    TrackingError,
    TrackResult,
    is_final,
    is_returning,
)
from seller_desk.integrations.tracking import TrackingClient
from seller_desk.services.progress import Job
from seller_desk.store.database import Database
from seller_desk.store.queries.shipments import due_for_lookup
from seller_desk.store.queries.tracking_writes import (
    ParcelUpdate,
    StoredParcel,
    deliver_orders,
    mark_checked,
    mark_failed,
    mark_registered,
    stored_parcels,
    write_updates,
)

LOOKING_UP = QT_TRANSLATE_NOOP("progress", "Looking parcels up")
REGISTERING = QT_TRANSLATE_NOOP("progress", "Registering new tracking numbers")
REJECTED = QT_TRANSLATE_NOOP("errors", "{provider} refused {number}: {reason} ({code}).")
GARBLED = QT_TRANSLATE_NOOP("errors", "{provider} sent an answer for {number} that this app "
                            "cannot read: {reason}.")
NOT_ANSWERED = QT_TRANSLATE_NOOP("errors", "{provider} gave no answer for {number}.")
# 17TRACK: "not registered yet"; AfterShip: "does not exist". Register again next time.
FORGOTTEN_CODES = frozenset({"-18019902", "4004", "no-reference"})
# After this many batches in a row fail on the network, the service is down: stop asking.
NETWORK_GIVE_UP = 2


@dataclass
class RefreshOutcome:
    """What a refresh did: counts, the numbers that failed and why, and why it stopped early."""

    provider: str
    looked_up: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    registered: int = 0
    delivered_orders: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (number, message)
    stopped: KnownError | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and self.stopped is None


@dataclass(frozen=True, slots=True)
class _Due:
    id: int
    number: str
    carrier: str
    provider: str
    reference: str


def carrier_key(provider: Provider, carrier: str) -> str:
    """The service's own code for our carrier, as text ("" lets the service detect it)."""
    try:
        info = CARRIERS[Carrier(carrier)]
    except ValueError:
        return ""
    code = info.seventeen if provider is Provider.SEVENTEEN else info.aftership
    return "" if code is None else str(code)


def digest(result: TrackResult) -> str:
    text = "\x1f".join([result.status.value, result.sub_status, result.raw_status] + [
        f"{e.time.isoformat()}|{e.description}|{e.location}|{e.status or ''}|{e.sub_status}"
        for e in result.events])
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def parcel_update(stored: StoredParcel, result: TrackResult, now: datetime) -> ParcelUpdate:
    """The shipment's tracking columns and timeline as `result` says they are now."""
    newest = result.events[0] if result.events else None
    delivered = result.delivered_at
    late = bool(delivered and stored.promised_by and delivered.date() > stored.promised_by)
    trouble = result.status in TROUBLE_STATUSES or any(
        event.status in TROUBLE_STATUSES for event in result.events)
    values = {
        "status": result.status.value, "sub_status": result.sub_status[:60],
        "raw_status": result.raw_status[:120],
        "final": is_final(result.status, result.sub_status),
        "going_back": is_returning(result.sub_status),
        "had_trouble": stored.had_trouble or trouble,
        "quiet_since": max(newest.time, stored.shipped_at) if newest else stored.shipped_at,
        "last_event": newest.description[:300] if newest else "",
        "last_location": newest.location[:120] if newest else "",
        "delivered_at": delivered,
        "delivered_late": late,
        "watch": could_flag(result.status, result.sub_status, late),
        "estimated_delivery": result.estimated_delivery,
        "checked_at": now, "check_error": "", "events_digest": digest(result),
        "updated_at": now,
    }
    events = [{"position": n, "at": e.time, "description": e.description[:300],
               "location": e.location[:120], "status": e.status.value if e.status else "",
               "sub_status": e.sub_status[:60]} for n, e in enumerate(result.events)]
    return ParcelUpdate(stored.id, values, events)


class TrackingRefresh:
    """One refresh run against one service; each batch is committed on its own, so a cancel or
    a failure keeps what was already looked up."""

    def __init__(self, database: Database, clock: Callable[[], datetime] | None = None) -> None:
        self._db = database
        self._clock = clock or (lambda: datetime.now(UTC))

    def run(self, client: TrackingClient, job: Job | None = None, *, everything: bool = False,
            shipment_ids: Sequence[int] | None = None) -> RefreshOutcome:
        job = job or Job()
        provider = Provider(client.provider)
        outcome = RefreshOutcome(provider.value)
        with self._db.read_session() as session:
            due = [_Due(*row) for row in due_for_lookup(session, everything=everything,
                                                        ids=shipment_ids)]
        total = len(due)
        fresh = [d for d in due if d.provider != provider.value]
        registered = {d.id: d for d in due if d.provider == provider.value}
        network_failures = 0
        try:
            for start in range(0, len(fresh), client.register_batch):
                job.report(start, len(fresh), REGISTERING)
                if job.cancelled:
                    outcome.cancelled = True
                    return outcome
                batch = fresh[start:start + client.register_batch]
                try:
                    registered.update(self._register(client, provider, batch, outcome))
                    network_failures = 0
                except TrackingError as error:
                    network_failures = self._batch_failed(error, batch, outcome,
                                                          network_failures)
            order = {d.id: n for n, d in enumerate(due)}
            ready = sorted(registered.values(), key=lambda d: order[d.id])
            for start in range(0, len(ready), client.read_batch):
                job.report(start, total, LOOKING_UP)
                if job.cancelled:
                    outcome.cancelled = True
                    return outcome
                batch = ready[start:start + client.read_batch]
                try:
                    self._read(client, provider, batch, outcome)
                    network_failures = 0
                except TrackingError as error:
                    network_failures = self._batch_failed(error, batch, outcome,
                                                          network_failures)
        except _Stop as stop:
            outcome.stopped = stop.error
        job.report(total, total, LOOKING_UP)
        return outcome

    def _batch_failed(self, error: TrackingError, batch: Sequence[_Due],
                      outcome: RefreshOutcome, failures_in_row: int) -> int:
        """Note the failure on each parcel of the batch; stop the run when no later call can
        work (bad key, quota) or the service stayed unreachable."""
        with self._db.session() as session:
            mark_failed(session, [(d.id, str(error)) for d in batch], self._clock())
        outcome.failed += len(batch)
        outcome.failures.extend((d.number, str(error)) for d in batch)
        failures_in_row += 1
        if error.fatal or failures_in_row >= NETWORK_GIVE_UP:
            raise _Stop(error)
        return failures_in_row

    def _register(self, client: TrackingClient, provider: Provider, batch: Sequence[_Due],
                  outcome: RefreshOutcome) -> dict[int, _Due]:
        by_number = {d.number: d for d in batch}
        answer = client.register([
            Registration(d.number, carrier_key(provider, d.carrier), tag=f"shipment-{d.id}")
            for d in batch])
        done = {by_number[number].id: _Due(by_number[number].id, number,
                                           by_number[number].carrier, provider.value, ref)
                for number, ref in answer.registered.items() if number in by_number}
        with self._db.session() as session:
            mark_registered(session, [(sid, d.reference) for sid, d in done.items()],
                            provider.value)
            self._note_rejections(session, provider, by_number, answer.rejected, outcome)
        outcome.registered += len(done)
        return done

    def _read(self, client: TrackingClient, provider: Provider, batch: Sequence[_Due],
              outcome: RefreshOutcome) -> None:
        by_number = {d.number: d for d in batch}
        answer = client.read([Registration(d.number, carrier_key(provider, d.carrier),
                                           reference=d.reference) for d in batch])
        now = self._clock()
        answered = {r.number: r for r in answer.results if r.number in by_number}
        rejected = {r.number for r in answer.rejected}
        silent = [(by_number[n].id, n) for n in by_number
                  if n not in answered and n not in rejected]
        with self._db.session() as session:
            stored = stored_parcels(session, (d.id for d in batch))
            updates, same, newly_delivered = [], [], []
            for number, result in answered.items():
                parcel = stored[by_number[number].id]
                if parcel.digest == digest(result):
                    same.append(parcel.id)
                    continue
                updates.append(parcel_update(parcel, result, now))
                if result.delivered_at is not None and parcel.status != "Delivered":
                    newly_delivered.append(parcel.order_id)
            write_updates(session, updates)
            mark_checked(session, same, now)
            self._note_rejections(session, provider, by_number, answer.rejected, outcome)
            messages = [(sid, KnownError(NOT_ANSWERED, provider=PROVIDER_NAMES[provider],
                                         number=number)) for sid, number in silent]
            mark_failed(session, [(sid, str(error)) for sid, error in messages], now)
            outcome.failures.extend((number, str(error)) for (_, number), (_, error)
                                    in zip(silent, messages, strict=True))
            outcome.failed += len(silent)
            outcome.delivered_orders += len(deliver_orders(
                session, newly_delivered, now, PROVIDER_NAMES[provider]))
        outcome.looked_up += len(batch)
        outcome.updated += len(updates)
        outcome.unchanged += len(same)

    def _note_rejections(self, session: Session, provider: Provider, by_number: dict[str, _Due],
                         rejected: Sequence[Rejection], outcome: RefreshOutcome) -> None:
        now = self._clock()
        gone, refused = [], []
        for rejection in rejected:
            parcel = by_number.get(rejection.number)
            if parcel is None:
                continue
            message = str(KnownError(
                GARBLED if rejection.code == "malformed" else REJECTED,
                provider=PROVIDER_NAMES[provider], number=rejection.number,
                reason=rejection.message, code=rejection.code))
            (gone if rejection.code in FORGOTTEN_CODES else refused).append((parcel.id, message))
            outcome.failures.append((rejection.number, message))
        mark_failed(session, refused, now)
        mark_failed(session, gone, now, unregister=True)
        outcome.failed += len(gone) + len(refused)


class _Stop(Exception):
    def __init__(self, error: TrackingError) -> None:
        super().__init__(str(error))
        self.error = error
