"""Sync conflicts: where an edit here met a change on the store, settled by the seller."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.money import Money
from seller_desk.services.sync.conflicts import ConflictView
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.sync_log import table
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.sync_rows import Column, RowsModel
from seller_desk.ui.sync_texts import KINDS, RESOLUTIONS, WINNERS, word
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar

# Only a price or a stock count can be taken over from the store; an order's changes already
# came from it (the store won).
TAKEABLE = ("price", "stock")


class ConflictsDialog(QDialog):
    settled = Signal()  # some conflict was settled (listings may have changed)

    def __init__(self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflicts")
        self.runner, self.conflicts = runner, ws.conflicts
        self.messages = MessageBar()
        self.intro = QLabel(wordWrap=True)
        self.show_settled = QCheckBox(objectName="showSettled")
        self.show_settled.toggled.connect(lambda _on: self.load())
        self.model = RowsModel([
            Column(lambda: self.tr("Account"), lambda c: c.account),
            Column(lambda: self.tr("Kind"), lambda c: word(KINDS, c.kind)),
            Column(lambda: self.tr("Item"), lambda c: c.item),
            Column(lambda: self.tr("Here"), lambda c: self._value(c, c.local_value),
                   tip=lambda c: self._value(c, c.local_value)),
            Column(lambda: self.tr("On the store"), lambda c: self._value(c, c.remote_value),
                   tip=lambda c: self._value(c, c.remote_value)),
            Column(lambda: self.tr("Who won"), lambda c: word(WINNERS, c.winner)),
            Column(lambda: self.tr("When"), lambda c: fmt.date_time(c.detected_at)),
            Column(lambda: self.tr("Settled"), lambda c: word(RESOLUTIONS, c.resolution)),
        ], self)
        self.fmt = fmt
        self.view = table("conflictsTable", self.model, stretch=3)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.take_button = QPushButton(objectName="takeRemote", autoDefault=False)
        self.take_button.clicked.connect(lambda: self.settle(take_remote=True))
        self.accept_button = QPushButton(objectName="acceptConflict", autoDefault=False)
        self.accept_button.clicked.connect(lambda: self.settle(take_remote=False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.show_settled)
        actions.addStretch(1)
        actions.addWidget(self.take_button)
        actions.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.retranslate()
        self.resize(960, 480)
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.intro.setText(self.tr(
            "An edit made here met a change made on the store since the last sync. A price or "
            "stock count you changed here won and is sent with the next push; an order takes "
            "the store's changes. Accept keeps what won; for a price or stock count you can "
            "take the store's value instead."))
        self.show_settled.setText(self.tr("Show settled"))
        self.take_button.setText(self.tr("Take the store's value"))
        self.accept_button.setText(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Keep what won"))
        self.model.retranslate()
        self.view.setColumnHidden(7, not self.show_settled.isChecked())

    def chosen(self) -> list[ConflictView]:
        return [self.model.row(index.row())
                for index in self.view.selectionModel().selectedRows()]

    def _enable(self) -> None:
        open_ones = [c for c in self.chosen() if not c.resolution]
        self.accept_button.setEnabled(bool(open_ones))
        self.take_button.setEnabled(bool(open_ones)
                                    and all(c.kind in TAKEABLE for c in open_ones))

    def load(self) -> None:
        self.view.setColumnHidden(7, not self.show_settled.isChecked())
        self.runner.run(self.conflicts.list, not self.show_settled.isChecked(),
                        on_done=self._show, on_error=self.messages.show_error)

    def _show(self, conflicts: list[ConflictView]) -> None:
        self.model.set_rows(conflicts)
        if conflicts:
            self.view.selectRow(0)
        self._enable()

    def _value(self, conflict: ConflictView, value: str) -> str:
        """A price in its currency; stock and order values as they are."""
        if conflict.kind == "price" and conflict.currency and value.lstrip("-").isdigit():
            return self.fmt.money(Money(int(value), conflict.currency))
        return value

    def settle(self, take_remote: bool) -> None:
        chosen = [c for c in self.chosen() if not c.resolution
                  and (not take_remote or c.kind in TAKEABLE)]
        if not chosen:
            return
        conflicts = self.conflicts

        def run() -> int:
            for conflict in chosen:
                conflicts.settle(conflict.id, take_remote=take_remote)
            return len(chosen)

        self.runner.run(run, lane=Lane.WRITE, on_done=self._settled,
                        on_error=lambda error: (self.messages.show_error(error), self.load()))

    def _settled(self, count: int) -> None:
        self.messages.show_info(fill(self.tr("%1 settled."), count))
        self.settled.emit()
        self.load()
