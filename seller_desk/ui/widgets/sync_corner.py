"""The status bar's sync corner: when the stores were last synced, Sync now with progress and
Cancel, and the automatic sync every N minutes while the window is open."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from seller_desk.domain.errors import KnownError
from seller_desk.services.progress import Cancelled, Job
from seller_desk.services.sync.accounts import AccountView
from seller_desk.services.sync.pull import SyncOutcome
from seller_desk.services.workspace import Workspace
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.sync_texts import step_text
from seller_desk.ui.tasks import TaskHandle, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.rates_label import ClickableLabel
from seller_desk.ui.widgets.task_progress import TaskProgress

FLAG_STYLE = "color:#c62828; font-weight:600;"
STATUS_AFTER_MS = 2_000
MINUTE_MS = 60_000
# A sync due at start waits until start-up work (counts, loyalty, costing) has settled.
DUE_AT_START_MS = 90_000


class SyncCorner(QWidget):
    """Put it in the status bar; `sync_all()` pulls every account, `synced` says it is done."""

    synced = Signal(object)  # list[SyncOutcome], after every sync (asked or automatic)
    failed = Signal(object)  # KnownError of a sync the seller asked for
    open_log = Signal(object)  # the account to show (None: all)
    no_accounts = Signal()  # Sync now with no store connected

    def __init__(self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.ws, self.fmt = runner, ws, fmt
        self.label = ClickableLabel(objectName="syncLabel")
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.clicked.connect(lambda: self.open_log.emit(self._failed_id()))
        self.button = QToolButton(objectName="syncNow", autoRaise=True)
        self.button.clicked.connect(self.sync_all)
        self.progress = TaskProgress()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.accounts: list[AccountView] | None = None
        self.outcomes: list[SyncOutcome] = []
        self._queue: list[AccountView] = []
        self._current: AccountView | None = None
        self._handle: TaskHandle | None = None
        self._stopped = self._quiet = False
        self._minutes = 0
        self._first_status = True
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_AFTER_MS)
        self._status_timer.timeout.connect(self.load_status)
        self._status_timer.start()
        self._auto = QTimer(self)
        self._auto.timeout.connect(self.sync_quietly)
        self._due = QTimer(self, singleShot=True, interval=DUE_AT_START_MS)
        self._due.timeout.connect(self.sync_quietly)
        self.retranslate()

    @property
    def running(self) -> bool:
        return self.progress.running

    def set_interval(self, minutes: int) -> None:
        """Sync the automatic accounts every `minutes` while the window is open (0: never)."""
        self._auto.stop()
        self._minutes = minutes
        if minutes > 0:
            self._auto.start(minutes * MINUTE_MS)
        else:
            self._due.stop()

    def stop(self) -> None:
        for timer in (self._auto, self._due, self._status_timer):
            timer.stop()
        if self._handle is not None:
            self._stopped = True
            self._handle.cancel()

    # -- status ------------------------------------------------------------------------
    def load_status(self) -> None:
        self.runner.run(self.ws.accounts.list, on_done=self._got_accounts,
                        on_error=lambda _e: None)

    def _got_accounts(self, accounts: list[AccountView]) -> None:
        self.accounts = accounts
        self.show_status()
        if self._first_status:  # the app just opened: sync soon if one is overdue
            self._first_status = False
            due = datetime.now(UTC) - timedelta(minutes=self._minutes)
            if self._minutes > 0 and any(a.auto_sync and (a.last_sync_at is None
                                                          or a.last_sync_at < due)
                                         for a in accounts):
                self._due.start()

    def _failed_id(self) -> int | None:
        failed = [a for a in self.accounts or () if a.last_sync_state == "failed"]
        return failed[0].id if failed else None

    def show_status(self) -> None:
        accounts = self.accounts
        if accounts is None:
            self.label.setText(self.tr("Sync: …"))
            return
        failed = [a for a in accounts if a.last_sync_state == "failed"]
        times = [a.last_sync_at for a in accounts if a.last_sync_at is not None]
        if failed:
            names = ", ".join(a.name for a in failed)
            self.label.setText(f'<span style="{FLAG_STYLE}">'
                               + fill(self.tr("Sync failed: %1"), names) + "</span>")
            tip = fill(self.tr("%1: %2\nClick to see the sync log."), failed[0].name,
                       failed[0].last_sync_message)
        elif times:
            self.label.setText(fill(self.tr("Synced %1"), self.fmt.age(max(times))))
            tip = fill(self.tr("Last sync: %1. Click to see the sync log."),
                       self.fmt.date_time(max(times)))
        else:
            self.label.setText(self.tr("Never synced"))
            tip = self.tr("Connect a store in Marketplaces → Accounts…") if not accounts \
                else self.tr("Click Sync now to read the stores' orders.")
        self.label.setToolTip(tip)

    # -- syncing -----------------------------------------------------------------------
    def sync_all(self) -> None:
        """The seller asked: every connected account, progress and Cancel here."""
        self._start(None, quiet=False)

    def sync_account(self, account_id: int) -> None:
        self._start([account_id], quiet=False)

    def sync_quietly(self) -> None:
        """The timer's sync: only accounts set to sync automatically; failures only show in
        the corner and the log."""
        self._start(None, quiet=True)

    def _start(self, ids: Sequence[int] | None, *, quiet: bool) -> None:
        if self.running:
            return
        self._queue, self.outcomes, self._quiet, self._stopped = [], [], quiet, False
        self.button.hide()
        self.progress.start(self.tr("Syncing…"), self._cancel)
        self.runner.run(self.ws.accounts.list, on_error=self._one_failed,
                        on_done=lambda accounts: self._begin(accounts, ids, quiet))

    def _begin(self, accounts: list[AccountView], ids: Sequence[int] | None,
               quiet: bool) -> None:
        self.accounts = accounts
        if ids is not None:
            accounts = [a for a in accounts if a.id in ids]
        elif quiet:
            accounts = [a for a in accounts if a.auto_sync]
        if not accounts:
            self.progress.finish()
            self.button.show()
            self.show_status()
            if not quiet and ids is None:
                self.no_accounts.emit()
            return
        self._queue = list(accounts)
        self._next()

    def _next(self) -> None:
        if not self._queue or self._stopped:
            self._finish()
            return
        account = self._current = self._queue.pop(0)
        sync = self.ws.sync

        def run(job: Job) -> SyncOutcome:
            outcome = sync.run(account.id, job=job)
            if job.cancelled:  # the runner only reports a cancelled task as an error
                raise Cancelled()
            return outcome

        self.progress.text.setText(fill(self.tr("%1: connecting…"), account.name))
        self._handle = self.runner.run(run, with_job=True, on_progress=self._report,
                                       on_done=self._one_done, on_error=self._one_failed)

    def _report(self, done: int, total: int, text: str) -> None:
        self.progress.report(done, total, "")
        if text and self._current is not None and not self._stopped:
            self.progress.text.setText(step_text(text, self._current.name))

    def _cancel(self) -> None:
        self._stopped = True
        if self._handle is not None:
            self._handle.cancel()

    def _one_done(self, outcome: SyncOutcome) -> None:
        self.outcomes.append(outcome)
        self._next()

    def _one_failed(self, error: KnownError) -> None:
        if isinstance(error, Cancelled):
            self._stopped = True
        elif not self._quiet:
            self.failed.emit(error)
        self._next()

    def _finish(self) -> None:
        self._handle = self._current = None
        self.progress.finish()
        self.button.show()
        self.synced.emit(self.outcomes)
        self.load_status()

    def outcome_text(self, outcomes: Sequence[SyncOutcome]) -> str:
        """One line for the status bar: each account's counts, or that the sync stopped."""
        parts = []
        for outcome in outcomes:
            text = fill(self.tr("%1: %2 new, %3 updated, %4 failed"), outcome.account,
                        outcome.new, outcome.updated, outcome.failed)
            if outcome.state == "failed":
                text += " " + self.tr("(see the sync log)")
            parts.append(text)
        if self._stopped:
            parts.append(self.tr("Sync cancelled; what was read so far is kept."))
        return "; ".join(parts) if parts else self.tr("Nothing was synced.")

    def retranslate(self) -> None:
        self.button.setText(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Read new and changed orders from every connected "
                                       "store (Ctrl+Shift+Y)"))
        self.progress.retranslate()
        self.show_status()
