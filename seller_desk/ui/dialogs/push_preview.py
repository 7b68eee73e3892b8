"""Push changes: exactly what would change on the store (stock, prices, parcels), ticked row by
row, then sent with progress and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.domain.sync import PushKind
from seller_desk.services.progress import Cancelled, Job
from seller_desk.services.sync.accounts import AccountView
from seller_desk.services.sync.push import PushChange, PushOutcome
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.sync_log import table
from seller_desk.ui.models.sync_rows import Column, RowsModel
from seller_desk.ui.sync_texts import KINDS, problem_text, step_text, word
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar
from seller_desk.ui.widgets.task_progress import TaskProgress


class PushPreviewDialog(QDialog):
    """Kept once made: `reopen()` shows it again for an account, with a fresh preview."""

    pushed = Signal(object)  # PushOutcome

    def __init__(self, runner: TaskRunner, ws: Workspace, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("pushPreview")
        self.runner, self.ws = runner, ws
        self.messages = MessageBar()
        self.account_label = QLabel()
        self.account = QComboBox(objectName="pushAccount")
        self.kinds = {PushKind.STOCK: QCheckBox(objectName="pushStock", checked=True),
                      PushKind.PRICE: QCheckBox(objectName="pushPrices", checked=True),
                      PushKind.TRACKING: QCheckBox(objectName="pushTracking", checked=True)}
        self.summary = QLabel(objectName="pushSummary", wordWrap=True)
        self.model = RowsModel([
            Column(lambda: self.tr("Kind"), lambda c: word(KINDS, c.kind.value)),
            Column(lambda: self.tr("Item"), lambda c: c.item),
            Column(lambda: self.tr("On the store"), lambda c: c.remote or "–"),
            Column(lambda: self.tr("Here"), lambda c: c.local),
        ], self, checkable=True)
        self.view = table("pushChanges", self.model)
        self.progress = TaskProgress()
        self.errors = QPlainTextEdit(objectName="pushErrors", readOnly=True, visible=False)
        self.errors.setMaximumHeight(110)
        self.send_button = QPushButton(objectName="sendChanges", enabled=False)
        self.send_button.clicked.connect(self.send)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.account_label)
        top.addWidget(self.account, 1)
        top.addSpacing(16)
        for box in self.kinds.values():
            top.addWidget(box)
            box.toggled.connect(lambda _on: self.load())
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.model.checked_changed.connect(self._count_changed)
        self.allowed: frozenset[PushKind] | None = None
        self._ticket = 0
        self._wanted: int | None = None
        self._name = ""  # the account being sent to
        self.account.currentIndexChanged.connect(lambda _i: self._account_changed())
        self.retranslate()
        self.resize(820, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Push changes"))
        self.account_label.setText(self.tr("Account"))
        self.kinds[PushKind.STOCK].setText(self.tr("Stock"))
        self.kinds[PushKind.PRICE].setText(self.tr("Prices"))
        self.kinds[PushKind.TRACKING].setText(self.tr("Tracking numbers"))
        self.model.retranslate()
        self._count_changed(self.model.checked_count)

    def reopen(self, account_id: int | None = None) -> None:
        """Preview the changes for `account_id` (None: the first account)."""
        self._wanted = account_id
        self.runner.run(self.ws.accounts.list, on_done=self._got_accounts,
                        on_error=self.messages.show_error)
        self.open()

    def _got_accounts(self, accounts: list[AccountView]) -> None:
        if self.progress.running:
            return  # still sending: the account stays the one being sent to
        self.account.blockSignals(True)
        self.account.clear()
        for account in accounts:
            self.account.addItem(account.name, account.id)
        index = self.account.findData(self._wanted) if self._wanted is not None else 0
        self.account.setCurrentIndex(max(index, 0))
        self.account.blockSignals(False)
        if not accounts:
            self.model.set_rows([])
            self.summary.setText(self.tr("No store is connected yet: add one in Settings → "
                                         "Marketplace accounts."))
            return
        self._account_changed()

    def _account_changed(self) -> None:
        self.allowed = None
        for box in self.kinds.values():
            box.blockSignals(True)
            box.setEnabled(True)
            box.setChecked(True)
            box.blockSignals(False)
        self.errors.hide()
        self.load()

    def account_id(self) -> int | None:
        data = self.account.currentData()
        return int(data) if data is not None else None

    # -- the preview -------------------------------------------------------------------
    def load(self) -> None:
        account_id = self.account_id()
        if account_id is None or self.progress.running:
            return
        push = self.ws.push
        kinds = [kind for kind, box in self.kinds.items() if box.isChecked()]
        self._ticket += 1
        ticket = self._ticket

        def ask() -> tuple[int, frozenset[PushKind], list[PushChange]]:
            allowed = push.allowed(account_id)
            return ticket, allowed, push.preview(account_id, [k for k in kinds if k in allowed])

        self.summary.setText(self.tr("Comparing with the store's last known state…"))
        self.runner.run(ask, on_done=self._show, on_error=self._refused)

    def _show(self, answer: tuple[int, frozenset[PushKind], list[PushChange]]) -> None:
        ticket, allowed, changes = answer
        if ticket != self._ticket:
            return  # the answer for an account or choice shown before
        self.allowed = allowed
        for kind, box in self.kinds.items():
            box.setEnabled(kind in allowed)
            box.setToolTip("" if kind in allowed else self.tr("This marketplace does not let "
                                                              "an app change it"))
        self.model.set_rows(changes)
        if changes:
            self.summary.setText(fill(self.tr("Changes to send to %1: %2. Untick what should "
                                              "stay as it is on the store."),
                                      self.account.currentText(), len(changes)))
        else:
            self.summary.setText(fill(self.tr("Nothing to send: %1 has what Seller Desk has, "
                                              "as far as the last sync saw."),
                                      self.account.currentText()))

    def _refused(self, error: KnownError) -> None:
        self.model.set_rows([])
        self.summary.setText("")
        self.messages.show_error(error)

    def _count_changed(self, count: int) -> None:
        self.send_button.setText(fill(self.tr("Send %1 changes"), count) if count != 1
                                 else self.tr("Send 1 change"))
        self.send_button.setEnabled(count > 0 and not self.progress.running)

    # -- sending -----------------------------------------------------------------------
    def send(self) -> None:
        account_id, changes = self.account_id(), self.model.checked_rows()
        if account_id is None or not changes or self.progress.running:
            return
        push = self.ws.push
        self._name = name = self.account.currentText()

        def run(job: Job) -> PushOutcome:
            outcome = push.apply(account_id, changes, job)
            if job.cancelled:  # the runner only reports a cancelled task as an error
                raise Cancelled()
            return outcome

        handle = self.runner.run(run, with_job=True, on_done=self._sent,
                                 on_error=self._send_failed, on_progress=self._report)
        self.progress.start(fill(self.tr("Sending to %1…"), name), handle.cancel)
        self._sending(True)

    def _report(self, done: int, total: int, text: str) -> None:
        self.progress.report(done, total, "")
        if text:
            self.progress.text.setText(step_text(text, self._name))

    def _sending(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy and self.model.checked_count > 0)
        self.account.setEnabled(not busy)
        self.view.setEnabled(not busy)

    def _sent(self, outcome: PushOutcome) -> None:
        self.progress.finish()
        self._sending(False)
        text = fill(self.tr("Changes sent: %1; failed: %2."), outcome.pushed, outcome.failed)
        if outcome.problems:
            self.messages.show_error(text)
            self.errors.setPlainText("\n".join(
                f"{p.item}: {problem_text(p)}" if p.item else problem_text(p)
                for p in outcome.problems))
            self.errors.show()
        else:
            self.messages.show_info(text)
            self.errors.hide()
        self.pushed.emit(outcome)
        self.load()

    def _send_failed(self, error: KnownError) -> None:
        self.progress.finish()
        self._sending(False)
        if isinstance(error, Cancelled):
            self.messages.show_info(self.tr("Stopped; the changes sent before stay sent."))
        else:
            self.messages.show_error(error)
        self.load()
