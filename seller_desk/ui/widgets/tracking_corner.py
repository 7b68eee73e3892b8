"""The status bar's tracking corner: parcels moving and flagged, the last lookup's age, a refresh
with progress and Cancel, and the automatic refresh every N minutes while the window is open."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from seller_desk.domain.errors import KnownError
from seller_desk.domain.tracking import PROVIDER_NAMES
from seller_desk.services.progress import Job
from seller_desk.services.shipments import TrackingStatus
from seller_desk.services.tracking_refresh import RefreshOutcome
from seller_desk.services.workspace import Workspace
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import error_text
from seller_desk.ui.widgets.rates_label import ClickableLabel
from seller_desk.ui.widgets.task_progress import TaskProgress

FLAG_STYLE = "color:#c62828; font-weight:600;"
STATUS_AFTER_MS = 2_000
MINUTE_MS = 60_000
# A refresh due at start waits until start-up work (counts, loyalty, costing) has settled.
DUE_AT_START_MS = 90_000


class TrackingCorner(QWidget):
    """Put it in the status bar; `refresh()` looks parcels up, `refreshed` says it is done."""

    refreshed = Signal(object)  # RefreshOutcome
    failed = Signal(object)  # KnownError of a refresh the seller asked for
    clicked = Signal()

    def __init__(self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.ws, self.fmt = runner, ws, fmt
        self.label = ClickableLabel(objectName="trackingLabel")
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.clicked.connect(self.clicked)
        self.progress = TaskProgress()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.label)
        self.status: TrackingStatus | None = None
        self.problem: tuple[datetime, str] | None = None  # the last refresh's trouble
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_AFTER_MS)
        self._status_timer.timeout.connect(self.load_status)
        self._status_timer.start()
        self._auto = QTimer(self)
        self._auto.timeout.connect(self.refresh_quietly)
        self._due = QTimer(self, singleShot=True, interval=DUE_AT_START_MS)
        self._due.timeout.connect(self.refresh_quietly)
        self._minutes = 0
        self._first_status = True
        self.show_status()

    def set_interval(self, minutes: int) -> None:
        """Refresh every `minutes` while the window is open (0: only when asked)."""
        self._auto.stop()
        self._minutes = minutes
        if minutes > 0:
            self._auto.start(minutes * MINUTE_MS)

    def stop(self) -> None:
        self._auto.stop()
        self._due.stop()
        self._status_timer.stop()

    # -- status ------------------------------------------------------------------------
    def load_status(self) -> None:
        self.runner.run(self.ws.shipments.status, on_done=self._got_status,
                        on_error=lambda _e: None)

    def _got_status(self, status: TrackingStatus) -> None:
        self.status = status
        self.show_status()
        if self._first_status:  # the app just opened: look up soon if a refresh is overdue
            self._first_status = False
            last, minutes = status.last_checked, self._minutes
            overdue = last is None or datetime.now(UTC) - last > timedelta(minutes=minutes)
            if minutes > 0 and status.moving and overdue:
                self._due.start()

    def show_status(self) -> None:
        status = self.status
        if status is None:
            self.label.setText(self.tr("Tracking: …"))
            return
        parts = [fill(self.tr("%1 on their way"), self.fmt.number(status.moving))]
        if status.flagged:
            parts.append(f'<span style="{FLAG_STYLE}">'
                         + fill(self.tr("%1 flagged"), self.fmt.number(status.flagged))
                         + "</span>")
        if status.last_checked is not None:
            parts.append(fill(self.tr("checked %1"), self.fmt.age(status.last_checked)))
        if self.problem is not None:
            parts.append(f'<span style="{FLAG_STYLE}">{self.tr("last refresh failed")}</span>')
        self.label.setText(fill(self.tr("Tracking: %1"), " · ".join(parts)))
        tips = [self.tr("Click to see the shipments. F5 on the Shipments page refreshes the "
                        "selected parcels; View → Refresh tracking refreshes them all.")]
        if status.last_checked is not None:
            tips.insert(0, fill(self.tr("Last lookup: %1. Without a connection the app shows "
                                        "what tracking said then."),
                                self.fmt.date_time(status.last_checked)))
        if self.problem is not None:
            when, text = self.problem
            tips.insert(0, fill(self.tr("The refresh at %1: %2"), self.fmt.date_time(when), text))
        self.label.setToolTip("\n".join(tips))

    # -- refreshing --------------------------------------------------------------------
    def refresh(self, shipment_ids: Sequence[int] | None = None) -> None:
        """The seller asked: progress and Cancel here, failures reported."""
        self._start(list(shipment_ids) if shipment_ids else None, quiet=False)

    def refresh_quietly(self) -> None:
        """The timer's refresh: skipped without a key, failures only in the tooltip. Whether
        there is a key is asked on a worker: a keyring can answer slowly."""
        self.runner.run(lambda: self.ws.tracking.config().has_key, on_error=lambda _e: None,
                        on_done=lambda has_key: self._start(None, quiet=True) if has_key
                        else None)

    def _start(self, ids: list[int] | None, *, quiet: bool) -> None:
        if self.progress.running:
            return
        ws = self.ws

        def run(job: Job) -> RefreshOutcome:
            return ws.tracking_refresh.run(ws.tracking.client(), job, shipment_ids=ids)

        handle = self.runner.run(
            run, with_job=True, on_progress=self.progress.report,
            on_done=lambda outcome: self._done(outcome, quiet),
            on_error=lambda error: self._error(error, quiet))
        self.progress.start(self.tr("Looking parcels up…"), handle.cancel)

    def _done(self, outcome: RefreshOutcome, quiet: bool) -> None:
        self.progress.finish()
        now = datetime.now(UTC)
        self.problem = None
        if outcome.stopped is not None:
            self.problem = (now, error_text(outcome.stopped))
            if not quiet:
                self.failed.emit(outcome.stopped)
        elif outcome.failed:
            self.problem = (now, fill(self.tr("%1 parcels could not be looked up; the "
                                              "Shipments page shows why."), outcome.failed))
        self.refreshed.emit(outcome)
        self.load_status()

    def _error(self, error: KnownError, quiet: bool) -> None:
        self.progress.finish()
        self.problem = (datetime.now(UTC), error_text(error))
        self.show_status()
        if not quiet:
            self.failed.emit(error)

    def outcome_text(self, outcome: RefreshOutcome) -> str:
        name = PROVIDER_NAMES.get(outcome.provider, outcome.provider)  # type: ignore[call-overload]
        text = fill(self.tr("%1: %2 updated, %3 unchanged, %4 failed."), name, outcome.updated,
                    outcome.unchanged, outcome.failed)
        if outcome.cancelled:
            text += " " + self.tr("Cancelled; the parcels looked up so far are kept.")
        return text

    def retranslate(self) -> None:
        self.progress.retranslate()
        self.show_status()
