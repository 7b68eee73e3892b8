"""Settings → Marketplace accounts: the connected stores, added, changed, tested, removed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from seller_desk.domain.errors import KnownError
from seller_desk.domain.sync import ShopInfo
from seller_desk.services.sync.accounts import AccountView
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.account_editor import AccountEditor
from seller_desk.ui.dialogs.sync_log import table
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.sync_rows import Column, RowsModel
from seller_desk.ui.sync_texts import last_sync_text, marketplace_name
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar


class AccountsSection(QWidget):
    """The accounts table with its buttons; Sync now and Push changes are done by the window."""

    sync_requested = Signal(int)
    push_requested = Signal(int)
    changed = Signal()  # an account was added, changed or removed

    def __init__(self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsSection")
        self.runner, self.ws, self.fmt = runner, ws, fmt
        self.messages = MessageBar()
        self.model = RowsModel([
            Column(lambda: self.tr("Account name"), lambda a: a.name),
            Column(lambda: self.tr("Marketplace"), lambda a: marketplace_name(a.marketplace)),
            Column(lambda: self.tr("Store address"), lambda a: a.url or "–"),
            Column(lambda: self.tr("Last sync"),
                   lambda a: last_sync_text(fmt, a.last_sync_state, a.last_sync_at),
                   tip=lambda a: a.last_sync_message, warn=lambda a: a.last_sync_state
                   == "failed"),
        ], self)
        self.table = table("accountsTable", self.model)
        self.table.setMinimumHeight(130)
        self.table.doubleClicked.connect(lambda _i: self.edit_account())
        self.add_button = QPushButton(objectName="addAccount", autoDefault=False)
        self.edit_button = QPushButton(objectName="editAccount", autoDefault=False)
        self.remove_button = QPushButton(objectName="removeAccount", autoDefault=False)
        self.test_button = QPushButton(objectName="testAccount", autoDefault=False)
        self.sync_button = QPushButton(objectName="syncAccount", autoDefault=False)
        self.push_button = QPushButton(objectName="pushAccount", autoDefault=False)
        self.add_button.clicked.connect(lambda: self.add_account())
        self.edit_button.clicked.connect(self.edit_account)
        self.remove_button.clicked.connect(self.remove_account)
        self.test_button.clicked.connect(self.test_account)
        self.sync_button.clicked.connect(lambda: self._with_chosen(self.sync_requested.emit))
        self.push_button.clicked.connect(lambda: self._with_chosen(self.push_requested.emit))
        self.chosen_buttons = (self.edit_button, self.remove_button, self.test_button,
                               self.sync_button, self.push_button)
        first, second = QHBoxLayout(), QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            first.addWidget(button)
        first.addStretch(1)
        for button in (self.test_button, self.sync_button, self.push_button):
            second.addWidget(button)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.messages)
        layout.addWidget(self.table)
        layout.addLayout(first)
        layout.addLayout(second)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Connect a Shopify, WooCommerce, Etsy or eBay store"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.test_button.setText(self.tr("Test connection"))
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Read this store's new and changed orders"))
        self.push_button.setText(self.tr("Push changes…"))
        self.push_button.setToolTip(self.tr("Send stock, prices and parcels to this store, "
                                            "after a preview"))
        self.model.retranslate()

    def chosen(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        for button in self.chosen_buttons:
            button.setEnabled(self.chosen() is not None)

    def _with_chosen(self, act: Callable[[int], object]) -> None:
        account = self.chosen()
        if account is not None:
            act(account.id)

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.runner.run(self.ws.accounts.list, on_done=self._show,
                        on_error=self.messages.show_error)

    def _show(self, accounts: list[AccountView]) -> None:
        chosen = self.chosen()
        self.model.set_rows(accounts)
        keep = next((n for n, a in enumerate(accounts) if chosen and a.id == chosen.id), -1)
        if keep < 0 and accounts:
            keep = 0
        if keep >= 0:
            self.select(accounts[keep].id)
        self._enable()

    def select(self, account_id: int) -> None:
        for number, account in enumerate(self.model.rows):
            if account.id == account_id:
                flags = QItemSelectionModel.SelectionFlag
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(number, 0), flags.ClearAndSelect | flags.Rows)

    # -- changing ----------------------------------------------------------------------
    def add_account(self) -> AccountEditor:
        return self._open(AccountEditor(self.runner, self.ws, self.window()))

    def edit_account(self) -> AccountEditor | None:
        account = self.chosen()
        if account is None:
            return None
        return self._open(AccountEditor(self.runner, self.ws, self.window(), account=account))

    def _open(self, dialog: AccountEditor) -> AccountEditor:
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, account_id: int, notice: str) -> None:
        if notice:
            self.messages.show_info(notice)
        self.runner.run(self.ws.accounts.list, on_error=self.messages.show_error,
                        on_done=lambda accounts: (self._show(accounts), self.select(account_id)))
        self.changed.emit()

    def remove_account(self) -> None:
        account = self.chosen()
        if account is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove account"),
            fill(self.tr("Remove %1? Its orders stay in Seller Desk, filed under %1 like "
                         "imported ones; its credentials, sync log and conflicts are "
                         "forgotten."), account.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.run(self.ws.accounts.remove, account.id, lane=Lane.WRITE,
                        on_done=lambda _none: self._removed(account.name),
                        on_error=self.messages.show_error)

    def _removed(self, name: str) -> None:
        self.messages.show_info(fill(self.tr("%1 is removed; its orders stay."), name))
        self.refresh()
        self.changed.emit()

    def test_account(self) -> None:
        account = self.chosen()
        if account is None:
            return
        self.test_button.setEnabled(False)
        self.messages.show_info(fill(self.tr("Asking %1…"), account.name))
        self.runner.run(self.ws.accounts.test, account.id, on_done=self._tested,
                        on_error=self._test_failed)

    def _tested(self, info: ShopInfo) -> None:
        self._enable()
        text = fill(self.tr("Connected to %1 (%2)"), info.name, info.currency or "?")
        if info.missing:
            text += " " + fill(self.tr("Missing: %1"), "; ".join(info.missing))
        self.messages.show_info(text)

    def _test_failed(self, error: KnownError) -> None:
        self._enable()
        self.messages.show_error(error)
