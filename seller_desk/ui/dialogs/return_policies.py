"""The seller's return policies: which window, fee and return shipping apply where."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.domain.orders import Marketplace
from seller_desk.domain.price_rule_input import plain as pct_text  # 12.50 as 12.5, 10 as 10
from seller_desk.domain.return_policy import DEFAULT_POLICY, ReturnPolicy, validate_policy
from seller_desk.services.return_policies import PolicyRow, ReturnPolicies
from seller_desk.ui.pages.labels import country_label, marketplace_label
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar, error_text

ERROR_STYLE = "color:#b00020;"
FIELDS = ("country", "window_days", "restocking_fee_pct")
_COUNTRY = re.compile(r"[A-Za-z]{2}")


class ReturnPoliciesDialog(QDialog):
    changed = Signal()  # a policy was saved or removed

    def __init__(self, runner: TaskRunner, policies: ReturnPolicies,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnPoliciesDialog")
        self.setWindowTitle(self.tr("Return policies"))
        self.runner, self._policies = runner, policies
        self.rows: list[PolicyRow] = []
        self._filling = False
        self.messages = MessageBar()
        intro = QLabel(self.tr(
            "A policy says how many days after delivery (or after the order, when the delivery "
            "is not known) a buyer may ask to return, the restocking fee you keep, and who pays "
            "the way back. The most specific policy applies: marketplace and country, then "
            "marketplace, then country, then any. Without one of yours, Seller Desk uses "
            "14 days for buyers in the EU (their right of withdrawal) and 30 days everywhere "
            "else; the buyer pays the return shipping and there is no restocking fee."),
            wordWrap=True, objectName="policiesIntro")
        self.table = QTableWidget(0, 5, objectName="returnPolicies")
        self.table.setHorizontalHeaderLabels([
            self.tr("Marketplace"), self.tr("Country"), self.tr("Return window"),
            self.tr("Restocking fee"), self.tr("Return shipping paid by")])
        view = QAbstractItemView
        self.table.setSelectionBehavior(view.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(view.SelectionMode.SingleSelection)
        self.table.setEditTriggers(view.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._row_chosen)

        self.form_box = QGroupBox(objectName="policyForm")
        form = QFormLayout(self.form_box)
        self.marketplace = QComboBox(objectName="policy_marketplace")
        self.marketplace.addItem(self.tr("Any marketplace"), "")
        for market in Marketplace:
            self.marketplace.addItem(marketplace_label(market.value), market.value)
        form.addRow(self.tr("&Marketplace"), self.marketplace)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key, label, hint in (
            ("country", self.tr("&Country"), self.tr("Any country, or a code such as DE")),
            ("window_days", self.tr("Return &window (days)"), "30"),
            ("restocking_fee_pct", self.tr("Restocking &fee (%)"), "0"),
        ):
            self._add_field(form, key, label, hint)
        self.edits["country"].setMaxLength(2)
        self.payer = QComboBox(objectName="policy_payer")
        self.payer.addItem(self.tr("The buyer"), True)
        self.payer.addItem(self.tr("You (the shop)"), False)
        form.addRow(self.tr("Return shipping &paid by"), self.payer)
        self.new_button = QPushButton(self.tr("&New policy"), objectName="newPolicy")
        self.new_button.clicked.connect(self.new_policy)
        self.save_button = QPushButton(self.tr("&Save policy"), objectName="savePolicy")
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("&Remove policy"), objectName="removePolicy")
        self.remove_button.clicked.connect(self.remove)
        row_buttons = QDialogButtonBox()
        for button in (self.new_button, self.remove_button, self.save_button):
            row_buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        form.addRow(row_buttons)

        columns = QHBoxLayout()
        columns.addWidget(self.table, 3)
        columns.addWidget(self.form_box, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(940, 520)
        self.new_policy()
        self.load()

    def _add_field(self, form: QFormLayout, key: str, label: str, hint: str) -> None:
        edit = QLineEdit(objectName=f"policy_{key}")
        edit.setPlaceholderText(hint)
        edit.textEdited.connect(self._check)
        self.edits[key] = edit
        self.errors[key] = error = QLabel(objectName=f"policy_{key}_error", wordWrap=True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(edit)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(edit)
        form.addRow(caption, cell)

    # -- the list ------------------------------------------------------------------------
    def load(self, keep: tuple[str, str] | None = None) -> None:
        self.runner.run(self._policies.rows, on_done=lambda rows: self.show_rows(rows, keep),
                        on_error=self.messages.show_error)

    def show_rows(self, rows: tuple[PolicyRow, ...], keep: tuple[str, str] | None = None
                  ) -> None:
        self.rows = list(rows)
        self._filling = True
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            policy = row.policy
            cells = (marketplace_label(row.marketplace) if row.marketplace else self.tr("Any"),
                     country_label(row.country) if row.country else self.tr("Any"),
                     fill(self.tr("%1 days"), policy.window_days),
                     fill(self.tr("%1 %"), pct_text(policy.restocking_fee_pct)),
                     self.tr("Buyer") if policy.buyer_pays_return_shipping else self.tr("Shop"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, column, item)
        self._filling = False
        keys = [(row.marketplace, row.country) for row in rows]
        if keep in keys:
            self.table.selectRow(keys.index(keep))
        self.remove_button.setEnabled(self.current() is not None)

    def current(self) -> PolicyRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.rows[chosen[0].row()] if chosen else None

    def _row_chosen(self) -> None:
        if self._filling:
            return
        row = self.current()
        self.remove_button.setEnabled(row is not None)
        if row is not None:
            self._fill_form(row.marketplace, row.country, row.policy)
            self.form_box.setTitle(self.tr("Edit policy"))

    def new_policy(self) -> None:
        self.table.clearSelection()
        self._fill_form("", "", DEFAULT_POLICY)
        self.form_box.setTitle(self.tr("New policy"))
        self.remove_button.setEnabled(False)
        self.edits["country"].setFocus()

    def _fill_form(self, marketplace: str, country: str, policy: ReturnPolicy) -> None:
        if self.marketplace.findData(marketplace) < 0:  # one synced from a marketplace not listed
            self.marketplace.addItem(marketplace_label(marketplace), marketplace)
        self.marketplace.setCurrentIndex(self.marketplace.findData(marketplace))
        self.edits["country"].setText(country)
        self.edits["window_days"].setText(str(policy.window_days))
        self.edits["restocking_fee_pct"].setText(pct_text(policy.restocking_fee_pct))
        self.payer.setCurrentIndex(0 if policy.buyer_pays_return_shipping else 1)
        self._show_errors({})

    # -- checking and saving -------------------------------------------------------------
    def policy(self) -> tuple[dict[str, str], ReturnPolicy | None]:
        """The form as (problems by field, policy); the policy is None while any is left."""
        problems: dict[str, str] = {}
        country = self.edits["country"].text().strip()
        if country and not _COUNTRY.fullmatch(country):
            problems["country"] = self.tr(
                "A country is a two-letter code such as DE; leave it empty for any country.")
        try:
            days = int(self.edits["window_days"].text().strip())
        except ValueError:
            days = None
            problems["window_days"] = self.tr("Type a whole number of days, such as 30.")
        text = self.edits["restocking_fee_pct"].text().strip().replace(",", ".") or "0"
        try:
            pct: Decimal | None = Decimal(text)
        except InvalidOperation:
            pct = None
            problems["restocking_fee_pct"] = self.tr("Type a percentage, such as 10 or 12.5.")
        if days is not None and pct is not None:
            try:
                validate_policy(days, pct)
            except KnownError as error:
                problems[error.item or "window_days"] = error_text(error)
        if problems or days is None or pct is None:
            return problems, None
        return problems, ReturnPolicy(days, pct, bool(self.payer.currentData()))

    def _check(self) -> bool:
        problems, _policy = self.policy()
        self._show_errors(problems)
        return not problems

    def _show_errors(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)

    def save(self) -> None:
        problems, policy = self.policy()
        self._show_errors(problems)
        if policy is None:
            self.messages.show_error(self.tr("Fix the field marked in red first."))
            return
        marketplace = str(self.marketplace.currentData())
        country = self.edits["country"].text().strip().upper()
        self._write(marketplace, country, policy,
                    fill(self.tr("Saved the return policy for %1."),
                         self._where(marketplace, country)))

    def _write(self, marketplace: str, country: str, policy: ReturnPolicy, done: str) -> None:
        self.save_button.setEnabled(False)

        def saved(_id: int) -> None:
            self.save_button.setEnabled(True)
            self.messages.show_info(done)
            self.changed.emit()
            self.load((marketplace, country))

        self.runner.run(self._policies.save, marketplace, country, policy, lane=Lane.WRITE,
                        on_done=saved, on_error=self._refused)

    def _refused(self, error: KnownError) -> None:
        self.save_button.setEnabled(True)
        if error.item in self.errors:
            self._show_errors({error.item: error_text(error)})
        self.messages.show_error(error)

    def _where(self, marketplace: str, country: str) -> str:
        market = marketplace_label(marketplace) if marketplace else self.tr("any marketplace")
        land = country_label(country) if country else self.tr("any country")
        return fill(self.tr("%1, %2"), market, land)

    def remove(self) -> None:
        row = self.current()
        if row is None:
            return
        where = self._where(row.marketplace, row.country)

        def undo() -> None:
            self._write(row.marketplace, row.country, row.policy,
                        fill(self.tr("Restored the return policy for %1."), where))

        def removed(_none: None) -> None:
            self.messages.show_info(fill(self.tr("Removed the return policy for %1."), where),
                                    self.tr("Undo"), undo)
            self.changed.emit()
            self.new_policy()
            self.load()

        self.runner.run(self._policies.remove, row.id, lane=Lane.WRITE, on_done=removed,
                        on_error=self._refused)
