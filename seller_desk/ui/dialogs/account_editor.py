"""Adding or changing a marketplace account: store, API, credentials (never shown once stored)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.domain.orders import Marketplace
from seller_desk.domain.sync import CREDENTIAL_FIELDS, SYNCED_MARKETPLACES, Credentials, ShopInfo
from seller_desk.services.sync.accounts import AccountDraft, AccountView
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.account_texts import (
    API_ADDRESSES,
    address_placeholder,
    credential_help,
    source_text,
)
from seller_desk.ui.sync_texts import marketplace_name
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar, error_text

HINT_STYLE = "color: palette(placeholder-text);"
MISSING_STYLE = "color:#c62828;"


class AccountEditor(QDialog):
    """Save writes the account (and any credentials typed) and closes; Test connection saves
    first, then asks the store who the credentials are, and stays open."""

    saved = Signal(int, str)  # account id, a notice for the seller ("" when none)

    def __init__(self, runner: TaskRunner, ws: Workspace, parent: QWidget | None = None, *,
                 account: AccountView | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountEditor")
        self.setMinimumWidth(600)
        self.runner, self.accounts = runner, ws.accounts
        self.account_id = account.id if account is not None else None
        self.source = ""  # where the stored credentials come from ("keyring", "session", …)
        self.messages = MessageBar()
        self.marketplace = QComboBox(objectName="accountMarketplace")
        for marketplace in SYNCED_MARKETPLACES:
            self.marketplace.addItem(marketplace_name(marketplace), marketplace.value)
        self.name = QLineEdit(objectName="accountName", maxLength=80)
        self.url = QLineEdit(objectName="storeAddress")
        self.url_hint = QLabel(objectName="storeAddressHint", wordWrap=True)
        self.url_hint.setStyleSheet(HINT_STYLE)
        self.api = QComboBox(objectName="shopifyApi")
        self.api.addItems(["", ""])
        self.api.setItemData(0, "graphql")
        self.api.setItemData(1, "rest")
        self.auto_sync = QCheckBox(objectName="autoSync", checked=True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        self.form.addRow(self.labels[0], self.marketplace)
        self.form.addRow(self.labels[1], self.name)
        self.form.addRow(self.labels[2], self.url)
        self.form.addRow("", self.url_hint)
        self.form.addRow(self.labels[3], self.api)
        self.form.addRow("", self.auto_sync)
        self.credentials_box = QGroupBox(objectName="credentialsBox")
        self.help = QLabel(objectName="credentialHelp", wordWrap=True)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: dict[str, QLineEdit] = {}
        self.field_form = QFormLayout()
        self.stored = QLabel(objectName="credentialSource", wordWrap=True)
        self.keyring_note = QLabel(objectName="keyringNote", wordWrap=True, visible=False)
        box = QVBoxLayout(self.credentials_box)
        box.addWidget(self.help)
        box.addLayout(self.field_form)
        box.addWidget(self.stored)
        box.addWidget(self.keyring_note)
        self.test_button = QPushButton(objectName="testConnection", autoDefault=False)
        self.test_button.clicked.connect(lambda: self.save(then_test=True))
        self.test_result = QLabel(objectName="testResult", wordWrap=True)
        self.test_result.setTextFormat(Qt.TextFormat.RichText)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveAccount")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(self.form)
        layout.addWidget(self.credentials_box)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if account is not None:
            self.marketplace.setCurrentIndex(self.marketplace.findData(account.marketplace.value))
            self.name.setText(account.name)
            self.url.setText(account.url)
            self.api.setCurrentIndex(max(0, self.api.findData(account.api)))
            self.auto_sync.setChecked(account.auto_sync)
        self.marketplace.setEnabled(account is None)  # its orders belong to that marketplace
        self.marketplace.currentIndexChanged.connect(lambda _i: self._marketplace_changed())
        self._marketplace_changed()
        self.retranslate()
        self._load_source()
        self.name.setFocus()

    def chosen(self) -> Marketplace:
        return Marketplace(self.marketplace.currentData())

    def _marketplace_changed(self) -> None:
        while self.field_form.rowCount():
            self.field_form.removeRow(0)
        self.fields = {}
        for spec in CREDENTIAL_FIELDS[self.chosen()]:
            field = QLineEdit(objectName=f"credential_{spec.key}")
            if spec.secret:
                field.setEchoMode(QLineEdit.EchoMode.Password)
            self.fields[spec.key] = field
            self.field_form.addRow(QCoreApplication.translate("sync", spec.label), field)
        self.form.setRowVisible(self.api, self.chosen() is Marketplace.SHOPIFY)
        self.test_result.clear()
        self.retranslate()
        self.fit()

    def fit(self) -> None:
        """Grow to show what changed (a marketplace's fields, a message) once laid out:
        wrapped texts would otherwise squeeze the fields."""
        QTimer.singleShot(0, self._grow)

    def _grow(self) -> None:
        layout = self.layout()
        width = self.width()
        needed = layout.heightForWidth(width) if layout.hasHeightForWidth() \
            else layout.sizeHint().height()
        if needed > self.height():
            self.resize(width, needed)

    def show_error(self, error: KnownError | str) -> None:
        self.messages.show_error(error)
        self.fit()

    # -- texts -------------------------------------------------------------------------
    def retranslate(self) -> None:
        editing = self.account_id is not None
        self.setWindowTitle(self.tr("Edit account") if editing else self.tr("Connect a store"))
        for label, text in zip(self.labels, (self.tr("Marketplace"), self.tr("Account name"),
                                             self.tr("Store address"), self.tr("API")),
                               strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("How the account is called here, e.g. Main shop"))
        self.api.setItemText(0, self.tr("GraphQL Admin API (recommended)"))
        self.api.setItemText(1, self.tr("REST Admin API (older custom apps)"))
        self.auto_sync.setText(self.tr("Sync automatically while Seller Desk is open"))
        self.credentials_box.setTitle(self.tr("Credentials"))
        self.test_button.setText(self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("Saves the account, then asks the store who these "
                                            "credentials are"))
        self.keyring_note.setText(self.tr(
            "This computer has no keyring: the credentials are kept only until Seller Desk "
            "closes; enter them again after a restart."))
        marketplace = self.chosen()
        self.url.setPlaceholderText(address_placeholder(marketplace))
        optional = marketplace in API_ADDRESSES
        self.url_hint.setText(self.tr("The address of the marketplace's API; usually left "
                                      "empty.") if optional else "")
        self.form.setRowVisible(self.url_hint, optional)
        self.help.setText(credential_help(marketplace))
        keep = self.tr("Empty: keep the stored one")
        for field in self.fields.values():
            field.setPlaceholderText(keep if editing and self.source else "")
        self.stored.setText(source_text(self.source))
        self.stored.setVisible(editing)

    # -- where the credentials come from (a keyring can answer slowly) -------------------
    def _load_source(self) -> None:
        accounts, account_id = self.accounts, self.account_id

        def ask() -> tuple[bool, str]:
            source = accounts.credentials(account_id)[1] if account_id is not None else ""
            return accounts.secrets.persistent, source  # the values stay in the worker

        self.runner.run(ask, on_done=self._show_source, on_error=self.show_error)

    def _show_source(self, answer: tuple[bool, str]) -> None:
        persistent, self.source = answer
        self.keyring_note.setVisible(not persistent)
        self.retranslate()
        self.fit()

    # -- saving and testing ------------------------------------------------------------
    def draft(self) -> AccountDraft:
        return AccountDraft(self.chosen(), self.name.text(), self.url.text(),
                            self.api.currentData() if self.chosen() is Marketplace.SHOPIFY
                            else "", self.auto_sync.isChecked())

    def save(self, then_test: bool = False) -> None:
        typed = {key: field.text().strip() for key, field in self.fields.items()
                 if field.text().strip()}
        # Editing: an empty field keeps the stored value, so only a stored set can fill gaps.
        merge = self.account_id is not None and self.source in ("keyring", "session")
        if typed and not merge:
            for spec in CREDENTIAL_FIELDS[self.chosen()]:
                if spec.key not in typed:
                    label = QCoreApplication.translate("sync", spec.label)
                    self.show_error(fill(self.tr("Fill in %1 as well."), label))
                    self.fields[spec.key].setFocus()
                    return
        accounts, account_id, draft = self.accounts, self.account_id, self.draft()

        def write() -> tuple[int, bool | None]:
            new_id = account_id if account_id is not None else accounts.add(draft)
            if account_id is not None:
                accounts.edit(account_id, draft)
            if not typed:
                return new_id, None
            stored = accounts.credentials(new_id)[0] if merge else None
            values = {**(stored.values if stored is not None else {}), **typed}
            return new_id, accounts.set_credentials(new_id, Credentials(values))

        self._busy(True)
        self.runner.run(write, lane=Lane.WRITE, on_error=self._refused,
                        on_done=lambda answer: self._saved(*answer, then_test=then_test))

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.test_button.setEnabled(not busy)

    def _saved(self, account_id: int, kept: bool | None, *, then_test: bool) -> None:
        self.account_id = account_id
        self.marketplace.setEnabled(False)
        for field in self.fields.values():
            field.clear()  # a stored credential never shows again
        notice = ""
        if kept is False:
            notice = self.tr("This computer has no keyring: the credentials are kept only "
                             "until Seller Desk closes.")
        self.saved.emit(account_id, notice)
        if not then_test:
            self._busy(False)
            self.accept()
            return
        if notice:
            self.messages.show_info(notice)
            self.fit()
        self._load_source()
        self.test_result.setText(self.tr("Asking the store…"))
        self.runner.run(self.accounts.test, account_id, on_done=self._tested,
                        on_error=self._test_failed)

    def _refused(self, error: KnownError) -> None:
        self._busy(False)
        self.show_error(error)
        widgets = {"name": self.name, "url": self.url, "marketplace": self.marketplace,
                   **self.fields}
        widget = widgets.get(error.item or "")
        if widget is not None:
            widget.setFocus()

    def _tested(self, info: ShopInfo) -> None:
        self._busy(False)
        lines = ["<b>" + html.escape(fill(self.tr("Connected to %1 (%2)"), info.name,
                                          info.currency or "?")) + "</b>"]
        if info.permissions:
            lines.append(html.escape(fill(self.tr("Permissions: %1"),
                                          ", ".join(info.permissions))))
        if info.missing:
            lines.append(f'<span style="{MISSING_STYLE}">' + html.escape(fill(
                self.tr("Missing: %1"), "; ".join(info.missing))) + "</span>")
        self.test_result.setText("<br>".join(lines))
        self.fit()

    def _test_failed(self, error: KnownError) -> None:
        self._busy(False)
        self.test_result.setText(f'<span style="{MISSING_STYLE}">'
                            + html.escape(error_text(error)) + "</span>")
        self.fit()
