"""Pulling one account: orders page by page (each committed with the cursor it reached), then
the store's variants; every run logged with its counts and errors."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from seller_desk.domain.errors import KnownError
from seller_desk.domain.imports import ImportedOrder
from seller_desk.domain.orders import MARKETPLACE_LABELS
from seller_desk.domain.sync import Page, RemoteOrder, SyncError
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.imports.writer import RateBook
from seller_desk.services.progress import Cancelled, Job
from seller_desk.services.sync.accounts import AccountsService, AccountView
from seller_desk.services.sync.after_sale import AfterSaleWriter
from seller_desk.services.sync.log import RunLog, RunProblem
from seller_desk.services.sync.orders import SyncedOrderWriter
from seller_desk.services.sync.variants import VariantWriter
from seller_desk.services.tracking_setup import rules_in
from seller_desk.store.customer_stats import refresh_customer_stats
from seller_desk.store.database import Database
from seller_desk.store.models import MarketplaceAccount
from seller_desk.store.queries.settings import base_currency

log = logging.getLogger(__name__)
# Each run starts this much before the last one's cursor: a store's clock and ours differ,
# and an order written while the last run read may carry an earlier updated-at.
OVERLAP = timedelta(minutes=10)
# Customers' totals are worked out again once this many were touched, and at the end: a
# buyer with hundreds of orders is not summed again for every page.
STATS_EVERY = 2000
NO_RATE = QT_TRANSLATE_NOOP(
    "sync", "No exchange rate from {currency} to {base} is known for {day}; fetch rates, then "
    "sync again.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "sync", "An unexpected error ({error}) stopped this account's sync; the log file has the "
    "details. The other accounts sync as usual.")
READING = QT_TRANSLATE_NOOP("sync", "Reading orders…")
PRODUCTS = QT_TRANSLATE_NOOP("sync", "Reading products…")


class _DryRun(Exception):
    """Raised inside a dry run's page transaction so nothing it wrote is kept."""


@dataclass
class SyncOutcome:
    """What one account's run did (or, dry, would do)."""

    account_id: int
    account: str
    state: str = "running"  # "ok", "failed", "cancelled"
    dry_run: bool = False
    pages: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    products: int = 0
    unmatched: int = 0
    conflicts: int = 0
    returns_added: int = 0
    shipments_added: int = 0
    problems: list[RunProblem] = field(default_factory=list)
    # The latest remote updated-at read: the store's clock, not ours, moves the cursor.
    newest: datetime | None = None
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    finished_at: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.state == "ok"


class SyncService:
    def __init__(self, database: Database, accounts: AccountsService,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db = database
        self.accounts = accounts
        self._clock = clock
        self.log = RunLog(database)

    def run_all(self, *, since: datetime | None = None, dry_run: bool = False,
                job: Job | None = None, only_auto: bool = False) -> list[SyncOutcome]:
        """Every connected account in turn; one that fails never stops the next."""
        job = job or Job()
        outcomes = []
        for account in self.accounts.list():
            if only_auto and not account.auto_sync:
                continue
            if job.cancelled:
                break
            outcomes.append(self.run(account.id, since=since, dry_run=dry_run, job=job))
        return outcomes

    def run(self, account_id: int, *, since: datetime | None = None, dry_run: bool = False,
            job: Job | None = None) -> SyncOutcome:
        """Pull one account. Never raises for the account's own trouble (bad credentials, a
        refused call, cancel): the outcome and the sync log say what happened."""
        job = job or Job()
        account = self.accounts.get(account_id)
        outcome = SyncOutcome(account.id, account.name, dry_run=dry_run,
                              started_at=self._clock())
        run_id = self.log.start(account.id, "pull", dry_run, outcome.started_at, since)
        try:
            client = self.accounts.client(account.id)
            start = since or (account.orders_cursor - OVERLAP if account.orders_cursor else None)
            blocked = self._orders(account, client.orders(start), outcome, run_id, job)
            self._variants(account, client.variants(), outcome, job)
            self.accounts.keep_rotated(account.id, client)
            outcome.state = "failed" if outcome.failed else "ok"
            if not dry_run and not blocked and outcome.newest is not None:
                self._advance(account.id, outcome.newest)
        except Cancelled:
            outcome.state = "cancelled"
        except KnownError as error:
            outcome.state = "failed"
            outcome.problems.append(RunProblem.of(error, "", self._clock()))
        except Exception as error:  # a bug: logged in full, and the next account still syncs
            log.exception("sync of account %s stopped", account.id)
            outcome.state = "failed"
            outcome.problems.append(RunProblem.of(
                KnownError(UNEXPECTED, error=type(error).__name__), "", self._clock()))
        finally:
            outcome.finished_at = self._clock()
            self.log.finish(run_id, outcome)
        return outcome

    def _orders(self, account: AccountView, pages: Iterable[Page[RemoteOrder]],
                outcome: SyncOutcome, run_id: int, job: Job) -> bool:
        """Write every page; True when some order failed (the cursor then stays put, so the
        next run reads it again)."""
        blocked = False
        touched: set[int] = set()  # customers whose totals are due
        job.report(0, 0, READING)
        label = MARKETPLACE_LABELS[account.marketplace]
        for page in pages:
            job.check()
            problems = [RunProblem.of(p, p.params.get("id", ""), self._clock())
                        for p in page.problems]
            try:
                with self._db.session() as session:
                    base = base_currency(session)
                    # The store's name signs the status changes it made.
                    writer = SyncedOrderWriter(session, account.id, account.marketplace,
                                               RateBook(session, base, {}), label)
                    good, unpriced = writer.writable(page.items)
                    problems += [self._unpriced(o.imported(), base) for o in unpriced]
                    writer.write_remote(good)
                    after = AfterSaleWriter(session, account.id, label, rules_in(session),
                                            writer.now)
                    after.write(good)
                    touched |= writer.touched
                    if len(touched) >= STATS_EVERY:
                        refresh_customer_stats(session, touched)
                        touched = set()
                    blocked = blocked or bool(problems)
                    if page.checkpoint is not None and not blocked and not outcome.dry_run:
                        _move_cursor(session, account.id, page.checkpoint)
                    counts = (writer.counts, after.counts, writer.conflicts)
                    if outcome.dry_run:
                        raise _DryRun
            except _DryRun:
                pass
            outcome.pages += 1
            if page.items:
                latest = max(order.updated_at for order in page.items)
                outcome.newest = latest if outcome.newest is None else max(outcome.newest,
                                                                           latest)
            outcome.new += counts[0].new
            outcome.updated += counts[0].updated
            outcome.unchanged += counts[0].unchanged
            outcome.returns_added += counts[1].returns_added
            outcome.shipments_added += counts[1].shipments_added
            outcome.conflicts += counts[2]
            outcome.failed += len(problems)
            outcome.problems += problems
            self.log.progress(run_id, outcome)
            done = outcome.new + outcome.updated + outcome.unchanged + outcome.failed
            job.report(done, page.total or 0, READING)
        if touched and not outcome.dry_run:
            with self._db.session() as session:
                refresh_customer_stats(session, touched)
        return blocked

    def _variants(self, account: AccountView, pages: Iterable[Page], outcome: SyncOutcome,
                  job: Job) -> None:
        job.report(0, 0, PRODUCTS)
        for page in pages:
            job.check()
            try:
                with self._db.session() as session:
                    writer = VariantWriter(session, account.id, self._clock())
                    writer.write(page.items)
                    if outcome.dry_run:
                        raise _DryRun
            except _DryRun:
                pass
            outcome.products += writer.counts.seen
            outcome.unmatched += writer.counts.unmatched
            outcome.conflicts += writer.counts.conflicts
            outcome.problems += [RunProblem.of(p, p.params.get("id", ""), self._clock())
                                 for p in page.problems]
            outcome.failed += len(page.problems)
            job.report(outcome.products, page.total or 0, PRODUCTS)

    def _unpriced(self, order: ImportedOrder, base: str) -> RunProblem:
        error = SyncError("", NO_RATE, currency=order.currency, base=base,
                          day=order.placed_at.date().isoformat())
        return RunProblem.of(error, f"order {order.number}", self._clock())

    def _advance(self, account_id: int, to: datetime) -> None:
        with self._db.session() as session:
            _move_cursor(session, account_id, to)


def _move_cursor(session: Session, account_id: int, to: datetime) -> None:
    row = session.get(MarketplaceAccount, account_id)
    if row is not None and (row.orders_cursor is None or row.orders_cursor < to):
        row.orders_cursor = to
