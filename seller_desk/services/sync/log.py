"""The sync log: each run of each account with its counts and errors, written as it goes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from seller_desk.domain.errors import KnownError, fill_params
from seller_desk.domain.sync import SyncError
from seller_desk.store.database import Database
from seller_desk.store.models import MarketplaceAccount, SyncProblem, SyncRun

if TYPE_CHECKING:
    from seller_desk.services.sync.pull import SyncOutcome

RUNS_SHOWN = 200  # runs per account the log keeps showing


@dataclass(frozen=True)
class RunProblem:
    """One error of a run: `message` untranslated (marked under `context`), its params, the
    item it concerns, and what the marketplace answered."""

    at: datetime
    item: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    status: int | None = None
    response: str = ""
    context: str = "sync"

    @classmethod
    def of(cls, error: KnownError, item: object, at: datetime) -> RunProblem:
        params = {k: v if isinstance(v, int | float) else str(v)
                  for k, v in error.params.items()}
        status = error.status if isinstance(error, SyncError) else None
        response = error.response if isinstance(error, SyncError) else ""
        return cls(at, str(item or error.item or "")[:120], error.message, params, status,
                   response, error.context)

    def render(self) -> str:
        """In English (the CLI and the log file); the window translates `message` itself."""
        return fill_params(self.message, self.params)


@dataclass(frozen=True)
class RunView:
    id: int
    account_id: int
    kind: str
    dry_run: bool
    started_at: datetime
    finished_at: datetime | None
    state: str
    new: int
    updated: int
    unchanged: int
    failed: int
    products: int
    returns_added: int
    shipments_added: int
    message: str

    @property
    def seconds(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


class RunLog:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._written: dict[int, int] = {}  # run id → problems of its outcome already saved

    def start(self, account_id: int, kind: str, dry_run: bool, at: datetime,
              since: datetime | None) -> int:
        with self._db.session() as session:
            # A run still "running" was cut short (the app closed or was killed) before it
            # could say how it ended: it is a cancelled one.
            session.execute(update(SyncRun).where(
                SyncRun.account_id == account_id, SyncRun.state == "running",
                SyncRun.finished_at.is_(None)).values(state="cancelled"))
            run = SyncRun(account_id=account_id, kind=kind, dry_run=dry_run, started_at=at,
                          state="running", since=since, pages=0, new=0, updated=0,
                          unchanged=0, failed=0, products=0, returns_added=0,
                          shipments_added=0, message="")
            session.add(run)
            account = session.get(MarketplaceAccount, account_id)
            if account is not None and not dry_run:
                account.last_sync_state = "running"
            session.flush()
            return run.id

    def progress(self, run_id: int, outcome: SyncOutcome) -> None:
        """Counts so far and the new problems, committed: a killed run leaves its trace."""
        with self._db.session() as session:
            run = session.get(SyncRun, run_id)
            if run is None:
                return
            for name in ("pages", "new", "updated", "unchanged", "failed", "products",
                         "returns_added", "shipments_added"):
                setattr(run, name, getattr(outcome, name))
            written = self._written.get(run_id, 0)
            session.add_all(_rows(run_id, outcome.problems[written:]))
            self._written[run_id] = len(outcome.problems)

    def finish(self, run_id: int, outcome: SyncOutcome) -> None:
        self.progress(run_id, outcome)
        self._written.pop(run_id, None)
        with self._db.session() as session:
            run = session.get(SyncRun, run_id)
            if run is None:
                return
            run.state = outcome.state
            run.finished_at = outcome.finished_at
            first = next((p for p in outcome.problems), None)
            run.message = first.render()[:500] if first else ""
            account = session.get(MarketplaceAccount, run.account_id)
            if account is not None and not outcome.dry_run:
                account.last_sync_at = outcome.finished_at
                account.last_sync_state = outcome.state
                account.last_sync_message = run.message

    def runs(self, account_id: int | None = None, limit: int = RUNS_SHOWN) -> list[RunView]:
        with self._db.read_session() as session:
            query = select(SyncRun).order_by(SyncRun.started_at.desc(), SyncRun.id.desc())
            if account_id is not None:
                query = query.where(SyncRun.account_id == account_id)
            return [RunView(r.id, r.account_id, r.kind, r.dry_run, r.started_at, r.finished_at,
                            r.state, r.new, r.updated, r.unchanged, r.failed, r.products,
                            r.returns_added, r.shipments_added, r.message)
                    for r in session.scalars(query.limit(limit))]

    def problems(self, run_id: int) -> list[RunProblem]:
        with self._db.read_session() as session:
            return [RunProblem(p.at, p.item, p.message, json.loads(p.params or "{}"), p.status,
                               p.response)
                    for p in session.scalars(select(SyncProblem).where(
                        SyncProblem.run_id == run_id).order_by(SyncProblem.id))]


def _rows(run_id: int, problems: Sequence[RunProblem]) -> list[SyncProblem]:
    return [SyncProblem(run_id=run_id, at=p.at, item=p.item, message=p.message,
                        params=json.dumps(p.params, ensure_ascii=False, default=str),
                        status=p.status, response=p.response) for p in problems]
