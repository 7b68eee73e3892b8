"""The tracking service's API key: paste it once (kept in the keyring), see where it comes from."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.domain.tracking import PROVIDER_NAMES, Provider
from seller_desk.domain.tracking_settings import KEY_ENV
from seller_desk.services.tracking_setup import TrackingConfig
from seller_desk.services.workspace import Workspace
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar


class TrackingKeyDialog(QDialog):
    """Save or forget the key of 17TRACK or AfterShip. A key once saved is never shown again:
    the field is only for pasting a new one."""

    changed = Signal()  # a key was saved or forgotten

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 runner: TaskRunner) -> None:
        super().__init__(parent)
        self.setObjectName("trackingKeyDialog")
        self.setWindowTitle(self.tr("Tracking service key"))
        self.setMinimumWidth(520)
        self.runner, self._tracking = runner, ws.tracking
        self.config: TrackingConfig | None = None
        self._asked: Provider | None = None
        self.messages = MessageBar()
        self.provider = QComboBox(objectName="trackingProvider")
        for provider in Provider:
            self.provider.addItem(PROVIDER_NAMES[provider], provider.value)
        self.key = QLineEdit(objectName="trackingKey", echoMode=QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("Paste the API key from your account page"))
        self.show_key = QToolButton(objectName="showKey", checkable=True, text=self.tr("Show"))
        self.show_key.setToolTip(self.tr("Show what you pasted, to check it"))
        self.show_key.toggled.connect(self._show_typed)
        self.source = QLabel(objectName="keySource", wordWrap=True)
        self.url = QLabel(objectName="trackingUrl", wordWrap=True)
        self.save_button = QPushButton(self.tr("Save key"), objectName="saveKey", enabled=False)
        self.save_button.setDefault(True)
        self.forget_button = QPushButton(self.tr("Forget key"), objectName="forgetKey",
                                         autoDefault=False)
        self._lay_out()
        self.key.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.save_button.clicked.connect(self.save)
        self.forget_button.clicked.connect(self.forget)
        self.provider.currentIndexChanged.connect(lambda _index: self.load(self.chosen()))
        self.load(None)  # the service the shop uses now

    def _lay_out(self) -> None:
        key = QHBoxLayout()
        key.addWidget(self.key, 1)
        key.addWidget(self.show_key)
        form = QFormLayout()
        form.addRow(self.tr("Service"), self.provider)
        form.addRow(self.tr("API key"), key)
        form.addRow(self.tr("Key in use"), self.source)
        form.addRow(self.tr("Address"), self.url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> Provider:
        return Provider(self.provider.currentData())

    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode
        self.key.setEchoMode(mode.Normal if shown else mode.Password)
        self.show_key.setText(self.tr("Hide") if shown else self.tr("Show"))

    # -- where the key comes from --------------------------------------------------------
    def load(self, provider: Provider | None) -> None:
        self._asked = provider
        self.runner.run(self._tracking.config, provider, on_done=self._show_config,
                        on_error=self.messages.show_error)

    def _show_config(self, config: TrackingConfig) -> None:
        if self._asked is not None and config.provider != self._asked:
            return  # an answer for the service shown before
        self.config = config
        index = self.provider.findData(config.provider.value)
        if index != self.provider.currentIndex():
            self.provider.blockSignals(True)
            self.provider.setCurrentIndex(index)
            self.provider.blockSignals(False)
        self.source.setText(self._source_text(config))
        self.url.setText(config.url)
        self.forget_button.setEnabled(config.key_from in ("keyring", "session"))

    def _source_text(self, config: TrackingConfig) -> str:
        variable = KEY_ENV[config.provider]
        if config.key_from == "environment":
            return fill(self.tr("From the environment variable %1 (it wins over a saved key)."),
                        variable)
        if config.key_from == "keyring":
            return self.tr("Saved in this computer's keyring.")
        if config.key_from == "session":
            return self.tr("Kept for this session only: this computer has no keyring, so paste "
                           "it again after Seller Desk restarts.")
        return fill(self.tr("None yet: paste one above, or set %1."), variable)

    # -- saving and forgetting -----------------------------------------------------------
    def save(self) -> None:
        key, provider = self.key.text(), self.chosen()
        if not key.strip():
            return
        self.save_button.setEnabled(False)
        self.runner.run(self._tracking.set_key, provider, key, lane=Lane.WRITE,
                        on_done=lambda kept: self._saved(provider, kept),
                        on_error=self._refused)

    def _saved(self, provider: Provider, persisted: bool) -> None:
        self.key.clear()  # a saved key never shows again
        self.show_key.setChecked(False)
        if persisted:
            self.messages.show_info(fill(self.tr("The %1 key is saved in this computer's "
                                                 "keyring."), PROVIDER_NAMES[provider]))
        else:
            self.messages.show_info(fill(self.tr(
                "This computer has no keyring: the %1 key is kept only until Seller Desk "
                "closes."), PROVIDER_NAMES[provider]))
        self.load(provider)
        self.changed.emit()

    def _refused(self, error: KnownError) -> None:
        self.save_button.setEnabled(bool(self.key.text().strip()))
        self.messages.show_error(error)

    def forget(self) -> None:
        provider = self.chosen()
        self.runner.run(self._tracking.forget_key, provider, lane=Lane.WRITE,
                        on_done=lambda _none: self._forgotten(provider),
                        on_error=self.messages.show_error)

    def _forgotten(self, provider: Provider) -> None:
        self.messages.show_info(fill(self.tr("The saved %1 key is forgotten."),
                                     PROVIDER_NAMES[provider]))
        self.load(provider)
        self.changed.emit()
