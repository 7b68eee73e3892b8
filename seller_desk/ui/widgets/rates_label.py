"""The status bar's rates corner: how fresh the rates are, a refresh with progress, and a quiet
daily refresh while the window is open; a click opens the Exchange rates window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from seller_desk.domain.errors import KnownError
from seller_desk.services.progress import Cancelled
from seller_desk.services.rates import RatesService, UpdateOutcome
from seller_desk.services.rates_status import RatesStatus
from seller_desk.ui.dialogs.rates import RatesDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.rates_table import day_text, source_label
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import error_text
from seller_desk.ui.widgets.rates_refresh import outcome_text, refresh_rates
from seller_desk.ui.widgets.task_progress import TaskProgress

STALE_STYLE = "color:#c62828; font-weight:600;"
CHECK_EVERY_MS = 30 * 60_000
# The first look for due rates waits until start-up work (counts, loyalty) has settled.
FIRST_CHECK_MS = 60_000
STATUS_AFTER_MS = 1_500


def refresh_shortcut() -> QKeySequence:
    """Ctrl+Shift+R, unless the platform's Refresh already uses it (Cmd+Shift+R on macOS)."""
    wanted = QKeySequence("Ctrl+Shift+R")
    taken = QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)
    return QKeySequence("Ctrl+Alt+R") if wanted in taken else wanted


class ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class RatesCorner(QWidget):
    """Put it in the status bar; it loads the status, refreshes when asked and when due."""

    rates_changed = Signal()
    manual_failed = Signal(object)  # KnownError of a refresh the seller asked for

    def __init__(self, runner: TaskRunner, rates: RatesService, fmt: Formatter,
                 parent: QWidget | None = None, *, check_every_ms: int = CHECK_EVERY_MS,
                 first_check_ms: int = FIRST_CHECK_MS) -> None:
        super().__init__(parent)
        self.runner, self.rates, self.fmt = runner, rates, fmt
        self.label = ClickableLabel(objectName="ratesLabel")
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.clicked.connect(self.open_dialog)
        self.progress = TaskProgress()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.label)
        self.status: RatesStatus | None = None
        self.failure: tuple[datetime, str] | None = None  # the last background refresh's
        self.dialog: RatesDialog | None = None
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_AFTER_MS)
        self._status_timer.timeout.connect(self.load_status)
        self._first_check = QTimer(self, singleShot=True, interval=first_check_ms)
        self._first_check.timeout.connect(self.check_due)
        self._check_timer = QTimer(self, interval=check_every_ms)
        self._check_timer.timeout.connect(self.check_due)
        for timer in (self._status_timer, self._first_check, self._check_timer):
            timer.start()
        self.show_status()

    # -- status ------------------------------------------------------------------------
    def load_status(self) -> None:
        self.runner.run(self.rates.status, on_done=self._got_status, on_error=lambda _e: None)

    def _got_status(self, status: RatesStatus) -> None:
        self.status = status
        self.show_status()

    def show_status(self) -> None:
        status = self.status
        if status is None:
            self.label.setText(self.tr("Rates: …"))
        elif not status.has_rates:
            self.label.setText(self.tr("Rates: no rates yet"))
        else:
            parts = [day_text(self.fmt, status.newest_day),
                     source_label("+".join(status.sources))]
            if status.age_business_days:
                days = status.age_business_days
                parts.append(self.tr("1 business day old") if days == 1 else fill(
                    self.tr("%1 business days old"), days))
            text = fill(self.tr("Rates: %1"), " · ".join(parts))
            if status.stale:
                text += f' · <span style="{STALE_STYLE}">{self.tr("stale")}</span>'
            if status.missing:
                text += " · " + fill(self.tr("%1 without a rate"), ", ".join(status.missing))
            self.label.setText(text)
        self.label.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        lines: list[str] = []
        status = self.status
        if status is not None and status.has_rates:
            lines.append(fill(self.tr("Newest rates: %1 from %2."), day_text(
                self.fmt, status.newest_day), source_label("+".join(status.sources))))
            if status.stale:
                lines.append(fill(self.tr(
                    "These rates are stale: older than %1 business days. Refresh rates, or "
                    "type rates in if you are offline."), status.stale_after))
            if status.last_fetched is not None:
                lines.append(fill(self.tr("Last fetched: %1"),
                                  self.fmt.date_time(status.last_fetched)))
        elif status is not None:
            lines.append(self.tr("No exchange rates are stored yet: refresh rates."))
        if status is not None and status.needs_manual:
            lines.append(fill(self.tr("Needs a manual rate (no provider publishes it): %1"),
                              ", ".join(status.needs_manual)))
        if self.failure is not None:
            when, text = self.failure
            lines.append(fill(self.tr("The background refresh at %1 failed: %2"),
                              self.fmt.date_time(when), text))
        lines.append(self.tr("Click to see the exchange rates."))
        return "\n".join(lines)

    # -- refreshing --------------------------------------------------------------------
    def refresh(self) -> None:
        """The seller's "Refresh rates": progress and Cancel here, the outcome as a message."""
        if self.progress.running:
            return
        stop = refresh_rates(self.runner, self.rates, on_done=self._refreshed,
                             on_error=self._refresh_failed, on_progress=self.progress.report)
        self.progress.start(self.tr("Refreshing rates…"), stop.cancel)

    def _refreshed(self, outcome: UpdateOutcome | None) -> None:
        self.progress.finish()
        self.failure = None
        if outcome is not None:
            self._say(outcome_text(self.fmt, outcome))
            self._changed(outcome)
        self.load_status()

    def _refresh_failed(self, error: KnownError) -> None:
        self.progress.finish()
        if isinstance(error, Cancelled):
            self._say(self.tr("Refresh cancelled; the stored rates are unchanged."))
        else:
            self.manual_failed.emit(error)
            self._say(error_text(error))

    def check_due(self) -> None:
        """The quiet refresh: only when the day's rates should be out; a failure goes to the
        tooltip, never to a popup."""
        if self.progress.running:
            return
        refresh_rates(self.runner, self.rates, on_done=self._background_done,
                      on_error=self._background_failed, only_if_due=True)

    def _background_done(self, outcome: UpdateOutcome | None) -> None:
        if outcome is None:
            return
        self.failure = None
        self._changed(outcome)
        self.load_status()

    def _background_failed(self, error: KnownError) -> None:
        self.failure = (datetime.now().astimezone(), error_text(error))
        self.show_status()

    def _changed(self, outcome: UpdateOutcome) -> None:
        if outcome.new or outcome.changed:
            self.rates_changed.emit()
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.load()

    def _say(self, text: str) -> None:
        bar = self.parentWidget()
        if isinstance(bar, QStatusBar):
            bar.showMessage(text, 20_000)

    # -- the window --------------------------------------------------------------------
    def open_dialog(self) -> RatesDialog:
        if self.dialog is None:
            self.dialog = RatesDialog(self.runner, self.rates, self.fmt, self.window())
            self.dialog.rates_changed.connect(self.rates_changed)
            self.dialog.rates_changed.connect(self.load_status)
            self.dialog.finished.connect(self.load_status)
        elif self.dialog.isVisible():  # already open: bring it to the front
            self.dialog.load()
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        else:
            self.dialog.load()
        self.dialog.show()
        return self.dialog

    def stop(self) -> None:
        for timer in (self._status_timer, self._first_check, self._check_timer):
            timer.stop()
        if self.dialog is not None:
            self.dialog.close()

    def retranslate(self) -> None:
        self.progress.retranslate()
        self.show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
