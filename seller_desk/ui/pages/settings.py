"""The Settings page, built from the settings declared in domain.settings, plus database care."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.currencies import MINOR_DIGITS
from seller_desk.domain.errors import KnownError
from seller_desk.domain.setting_spec import GROUP_LABELS
from seller_desk.domain.settings import LANGUAGES, SETTINGS, SettingSpec
from seller_desk.domain.tracking import PROVIDER_NAMES
from seller_desk.services.maintenance import DatabaseInfo
from seller_desk.services.return_policies import ReturnPolicies
from seller_desk.services.shop import ShopService
from seller_desk.ui.dialogs.return_policies import ReturnPoliciesDialog
from seller_desk.ui.dialogs.sync_accounts import AccountsSection
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar


def currency_box() -> QComboBox:
    box = QComboBox(editable=True)
    box.addItems(sorted(MINOR_DIGITS))
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


def language_box() -> QComboBox:
    box = QComboBox()
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    return box


def choice_box(choices: tuple[str, ...], names: dict[str, str]) -> QComboBox:
    """A setting with a fixed set of values, each shown by its name (a brand: not translated)."""
    box = QComboBox()
    for value in choices:
        box.addItem(names.get(value, value), value)
    return box


class SettingsPage(QWidget):
    saved = Signal(dict)
    backup_requested = Signal()
    tracking_key_requested = Signal()

    def __init__(
        self, runner: TaskRunner, shop: ShopService, fmt: Formatter,
        parent: QWidget | None = None, policies: ReturnPolicies | None = None,
        accounts: AccountsSection | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._shop, self.fmt = runner, shop, fmt
        self._policies = policies
        self.accounts = accounts  # the connected stores, in the Marketplaces group
        self.title = QLabel(objectName="pageTitle")
        self.messages = MessageBar()
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        # One box per group (shop, retention, loyalty), in the order the settings declare them.
        self.group_boxes: dict[str, QGroupBox] = {}
        forms: dict[str, QFormLayout] = {}
        for spec in SETTINGS:
            if spec.group not in self.group_boxes:
                self.group_boxes[spec.group] = QGroupBox(objectName=f"settings_{spec.group}")
                forms[spec.group] = QFormLayout(self.group_boxes[spec.group])
            editor = self._editor(spec)
            editor.setObjectName(f"setting_{spec.key}")
            self.editors[spec.key] = editor
            self.labels[spec.key] = QLabel()
            forms[spec.group].addRow(self.labels[spec.key], editor)
        self.shop_box = self.group_boxes["shop"]
        # The tracking service's key is a secret: kept in the keyring by its own dialog.
        self.tracking_key = QPushButton(objectName="trackingKey")
        self.tracking_key.clicked.connect(self.tracking_key_requested)
        forms["tracking"].insertRow(1, "", self.tracking_key)
        if accounts is not None:
            forms["sync"].addRow(accounts)
        self.save = QPushButton(objectName="saveSettings")
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        self.db_box = QGroupBox()
        self.db_info = QLabel(objectName="databaseInfo")
        self.db_info.setTextInteractionFlags(self.db_info.textInteractionFlags())
        self.backup = QPushButton(objectName="backupNow")
        self.backup.clicked.connect(self.backup_requested.emit)
        db_layout = QVBoxLayout(self.db_box)
        db_layout.addWidget(self.db_info)
        db_layout.addWidget(self.backup)
        db_layout.setAlignment(self.backup, Qt.AlignmentFlag.AlignLeft)
        self.returns_box = QGroupBox(objectName="settings_returns")
        self.returns_info = QLabel(wordWrap=True)
        self.return_policies = QPushButton(objectName="returnPolicies")
        self.return_policies.clicked.connect(self._edit_policies)
        returns_layout = QVBoxLayout(self.returns_box)
        returns_layout.addWidget(self.returns_info)
        returns_layout.addWidget(self.return_policies)
        returns_layout.setAlignment(self.return_policies, Qt.AlignmentFlag.AlignLeft)
        self.returns_box.setVisible(policies is not None)
        body = QWidget()
        body.setMaximumWidth(640)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for box in self.group_boxes.values():
            column.addWidget(box)
        column.addLayout(buttons)
        column.addWidget(self.returns_box)
        column.addWidget(self.db_box)
        column.addStretch(1)
        self.scroll = QScrollArea(widgetResizable=True, objectName="settingsScroll")
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.messages)
        layout.addWidget(self.scroll, 1)
        self._started = False
        self.retranslate()

    def _edit_policies(self) -> None:
        if self._policies is not None:
            ReturnPoliciesDialog(self._runner, self._policies, self).exec()

    def _editor(self, spec: SettingSpec) -> QLineEdit | QComboBox:
        if spec.key == "base_currency":
            return currency_box()
        if spec.key == "language":
            return language_box()
        if spec.choices:
            return choice_box(spec.choices, {p.value: n for p, n in PROVIDER_NAMES.items()})
        return QLineEdit()

    def activate(self) -> None:
        if not self._started:
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        self._runner.run(self._shop.settings, on_done=self.show_values,
                         on_error=self.messages.show_error)
        if self.accounts is not None:
            self.accounts.refresh()

    def show_accounts(self) -> None:
        box = self.group_boxes["sync"]
        self.scroll.ensureWidgetVisible(box, 0, 0)
        self.scroll.verticalScrollBar().setValue(box.y())

    def focus_search(self) -> None:
        """Nothing to search on Settings."""

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        for group, box in self.group_boxes.items():
            box.setTitle(QCoreApplication.translate("settings", GROUP_LABELS.get(group, group)))
        self.db_box.setTitle(self.tr("Database"))
        self.save.setText(self.tr("Save"))
        self.backup.setText(self.tr("Back up now"))
        self.returns_box.setTitle(self.tr("Returns"))
        self.returns_info.setText(self.tr(
            "Return window, restocking fee and who pays the way back, per marketplace and "
            "country. Without a policy of your own: 14 days in the EU, 30 days elsewhere."))
        self.return_policies.setText(self.tr("Return policies…"))
        if self.accounts is not None:
            self.accounts.retranslate()
        self.tracking_key.setText(self.tr("API key…"))
        self.tracking_key.setToolTip(self.tr("The tracking service's API key, kept in your "
                                             "system's keyring"))
        for spec in SETTINGS:
            self.labels[spec.key].setText(QCoreApplication.translate("settings", spec.label))
            editor = self.editors[spec.key]
            editor.setToolTip(QCoreApplication.translate("settings", spec.help))
            if spec.placeholder and isinstance(editor, QLineEdit):
                editor.setPlaceholderText(
                    QCoreApplication.translate("settings", spec.placeholder))

    def show_values(self, values: dict[str, str]) -> None:
        for key, value in values.items():
            editor = self.editors.get(key)
            if isinstance(editor, QLineEdit):
                editor.setText(value)
            elif editor is not None:
                index = editor.findData(value)
                if index < 0:
                    index = editor.findText(value)
                editor.setCurrentIndex(index)

    def show_database(self, info: DatabaseInfo) -> None:
        f = self.fmt
        lines = [
            fill(self.tr("File: %1"), info.name),
            fill(self.tr("Size: %1"), f.size(info.size_bytes)),
            fill(self.tr("Schema: %1 (this version: %2)"), info.schema or "–", info.schema_head),
            fill(self.tr("%1 orders, %2 customers, %3 listings"),
                f.number(info.orders), f.number(info.customers), f.number(info.listings)),
        ]
        self.db_info.setText("\n".join(lines))

    def values(self) -> dict[str, str]:
        out = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QLineEdit):
                out[key] = editor.text()
            elif editor.isEditable():
                out[key] = editor.currentText()
            else:
                out[key] = editor.currentData()
        return out

    def _save(self) -> None:
        self._runner.run(
            self._shop.update, self.values(), lane=Lane.WRITE,
            on_done=self._saved, on_error=self._failed,
        )

    def _saved(self, values: dict[str, str]) -> None:
        self.show_values(values)
        self.messages.show_info(self.tr("Settings saved."))
        self.saved.emit(values)

    def _failed(self, error: KnownError) -> None:
        self.messages.show_error(error)
        editor = self.editors.get(error.item or "")
        if editor is not None:
            editor.setFocus()
