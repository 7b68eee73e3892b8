"""Price rules per market: pick a market, edit its fees, margins, VAT and price ending."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from seller_desk.domain.price_rule_input import RuleFields
from seller_desk.services.pricing import MarketView, PricingService, RuleView
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.labels import marketplace_label
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar, error_text
from seller_desk.ui.widgets.price_endings_box import PriceEndingsBox

ERROR_STYLE = "color:#b00020;"
TEXT_FIELDS = ("marketplace_fee_pct", "payment_fee_pct", "fixed_fee", "shipping",
               "target_margin_pct", "min_margin_pct", "vat_pct", "rounding")


class PriceRulesDialog(QDialog):
    changed = Signal()  # a rule or the endings were saved or deleted

    def __init__(self, runner: TaskRunner, pricing: PricingService, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priceRulesDialog")
        self.setWindowTitle(self.tr("Price rules"))
        self.runner, self._pricing, self.fmt = runner, pricing, fmt
        self.markets: list[MarketView] = []
        self.view: RuleView | None = None
        self._loading = 0  # which market's rule the form waits for
        self._filling = False
        self.messages = MessageBar()
        intro = QLabel(self.tr(
            "A market is one account selling in one currency. Its rule turns a listing's cost "
            "into a price: (cost + shipping + fixed fee) ÷ (1 − fees − target margin), rounded "
            "to the currency's price ending and raised if the margin would fall below the "
            "minimum."), wordWrap=True)
        self.table = QTableWidget(0, 4, objectName="ruleMarkets")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Market"), self.tr("Marketplace"), self.tr("Offers"), self.tr("Rule")])
        view = QAbstractItemView
        self.table.setSelectionBehavior(view.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(view.SelectionMode.SingleSelection)
        self.table.setEditTriggers(view.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._market_chosen)
        self.new_account = QComboBox(objectName="newMarketAccount")
        self.new_currency = QLineEdit(objectName="newMarketCurrency", maxLength=3)
        self.new_currency.setPlaceholderText(self.tr("e.g. GBP"))
        self.new_currency.setMaximumWidth(70)
        add = QPushButton(self.tr("A&dd market"), objectName="addMarket")
        add.clicked.connect(self.add_market)
        new_row = QHBoxLayout()
        for widget, stretch in ((self.new_account, 1), (self.new_currency, 0), (add, 0)):
            new_row.addWidget(widget, stretch)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(new_row)

        self.rule_box = QGroupBox(objectName="ruleBox")
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self.rule_box)
        for key, label, hint in (
            ("marketplace_fee_pct", self.tr("&Marketplace fee (%)"), self.tr("e.g. 6.5")),
            ("payment_fee_pct", self.tr("Pa&yment fee (%)"), self.tr("e.g. 2.9")),
            ("fixed_fee", self.tr("Fixed &fee per order"), self.tr("e.g. 0.30")),
            ("shipping", self.tr("&Shipping you pay"), self.tr("e.g. 4.99")),
            ("target_margin_pct", self.tr("&Target margin (%)"), "30"),
            ("min_margin_pct", self.tr("M&inimum margin (%)"), "10"),
            ("vat_pct", self.tr("&VAT (%)"), "0"),
        ):
            self._add_field(form, key, label, hint)
        self.include_vat = QCheckBox(self.tr("Shelf prices &include VAT"),
                                     objectName="rule_prices_include_vat")
        self.include_vat.toggled.connect(self._check)
        form.addRow("", self.include_vat)
        self._add_field(form, "rounding", self.tr("Price &ending"), "")
        self.edits["rounding"].setToolTip(self.tr(
            ".99 ends prices in .99; 10 makes them whole tens; empty uses the Price endings "
            "setting below."))
        self.save_button = QPushButton(self.tr("Save rule"), objectName="saveRule")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete rule"), objectName="deleteRule")
        self.delete_button.clicked.connect(self.delete)
        rule_buttons = QDialogButtonBox()
        for button in (self.delete_button, self.save_button):
            rule_buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        form.addRow(rule_buttons)

        self.endings_box = PriceEndingsBox(runner, pricing)
        self.endings_box.saved.connect(self._endings_saved)
        self.endings, self.endings_error = self.endings_box.endings, self.endings_box.error

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.rule_box, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.endings_box)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.delete)
        self._set_form_enabled(False)
        self.resize(980, 620)
        self.load()
        self.endings_box.load(self.messages.show_error)

    def _add_field(self, form: QFormLayout, key: str, label: str, hint: str) -> None:
        edit = QLineEdit(objectName=f"rule_{key}")
        edit.setPlaceholderText(hint)
        edit.textEdited.connect(self._check)
        self.edits[key] = edit
        self.errors[key] = error = QLabel(objectName=f"rule_{key}_error", wordWrap=True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(edit)
        column.addWidget(self.errors[key])
        caption = QLabel(label)
        caption.setBuddy(edit)
        form.addRow(caption, cell)

    # -- markets -------------------------------------------------------------------------
    def load(self, keep: tuple[int, str] | None = None) -> None:
        self.runner.run(self._pricing.markets, on_done=lambda m: self.show_markets(m, keep),
                        on_error=self.messages.show_error)

    def show_markets(self, markets: tuple[MarketView, ...],
                     keep: tuple[int, str] | None = None) -> None:
        self.markets = list(markets)
        self._fill_table(keep)
        accounts = {m.account_id: m.account_name for m in markets}
        self.new_account.clear()
        for account_id, name in sorted(accounts.items(), key=lambda pair: pair[1]):
            self.new_account.addItem(name, account_id)

    def _fill_table(self, keep: tuple[int, str] | None) -> None:
        self._filling = True
        # Selecting afresh below always reloads the rule (it may have just been saved).
        self.table.clearSelection()
        self.table.setRowCount(len(self.markets))
        for row, m in enumerate(self.markets):
            cells = (m.label, marketplace_label(m.marketplace), self.fmt.number(m.offer_count),
                     self.tr("yes") if m.has_rule else self.tr("none yet"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._filling = False
        keys = [m.key for m in self.markets]
        if self.markets:
            self.table.selectRow(keys.index(keep) if keep in keys else 0)

    def add_market(self) -> None:
        account_id = self.new_account.currentData()
        currency = self.new_currency.text().strip().upper()
        if account_id is None or len(currency) != 3:
            self.messages.show_error(self.tr("Choose an account and type a currency code."))
            self.new_currency.setFocus()
            return
        key = (int(account_id), currency)
        if key not in [m.key for m in self.markets]:
            self.markets.append(MarketView(key[0], self.new_account.currentText(), next(
                m.marketplace for m in self.markets if m.account_id == key[0]), currency,
                False, 0))
        self._fill_table(key)
        self.new_currency.clear()

    def current_market(self) -> MarketView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.markets[rows[0].row()] if rows else None

    def _market_chosen(self) -> None:
        if self._filling:
            return
        market = self.current_market()
        self._set_form_enabled(False)
        if market is None:
            return
        self._loading += 1
        waiting = self._loading
        self.runner.run(self._pricing.rule, market.account_id, market.currency,
                        on_done=lambda view: self.show_rule(view) if waiting == self._loading
                        else None, on_error=self._refused)

    # -- the form ------------------------------------------------------------------------
    def show_rule(self, view: RuleView) -> None:
        self.view = view
        self.rule_box.setTitle(fill(self.tr("Rule for %1"), view.market.label) + (
            "" if view.exists else " — " + self.tr("not saved yet")))
        for key in TEXT_FIELDS:
            self.edits[key].setText(str(getattr(view.fields, key)))
        self.include_vat.setChecked(view.fields.prices_include_vat)
        self.edits["rounding"].setPlaceholderText(fill(
            self.tr("From the setting: %1"), view.setting_ending or self.tr("the cent")))
        self._set_form_enabled(True)
        self.delete_button.setEnabled(view.exists)
        self._check()

    def fields(self) -> RuleFields:
        texts = {key: self.edits[key].text() for key in TEXT_FIELDS}
        return RuleFields(prices_include_vat=self.include_vat.isChecked(), **texts)

    def _check(self) -> bool:
        """Check the form as the seller types: the first problem shows under its field."""
        self._show_field_error(None)
        if self.view is None:
            return False
        try:
            self._pricing.check_rule(self.view.market.currency, self.fields())
        except KnownError as error:
            self._show_field_error(error)
            return False
        return True

    def _show_field_error(self, error: KnownError | None) -> None:
        for key, label in self.errors.items():
            shown = error is not None and error.item == key
            label.setText(error_text(error) if shown and error is not None else "")
            label.setVisible(shown)

    def _set_form_enabled(self, on: bool) -> None:
        for widget in (*self.edits.values(), self.include_vat, self.save_button):
            widget.setEnabled(on)
        self.delete_button.setEnabled(on and self.view is not None and self.view.exists)

    def save(self) -> None:
        view = self.view
        if view is None or not self.save_button.isEnabled():
            return
        if not self._check():
            self.messages.show_error(self.tr("Fix the field marked in red first."))
            return
        market, fields = view.market, self.fields()
        self.save_button.setEnabled(False)
        self.runner.run(self._pricing.save_rule, market.account_id, market.currency, fields,
                        lane=Lane.WRITE, on_done=self._saved, on_error=self._refused)

    def _saved(self, view: RuleView) -> None:
        self.messages.show_info(fill(self.tr("Saved the rule for %1."), view.market.label))
        self.changed.emit()
        self.load(view.market.key)

    def _refused(self, error: KnownError) -> None:
        self.save_button.setEnabled(self.view is not None)
        self._show_field_error(error)
        self.messages.show_error(error)

    def delete(self) -> None:
        view = self.view
        if view is None or not view.exists:
            return
        market, fields = view.market, self.fields()

        def undo() -> None:
            self.runner.run(self._pricing.save_rule, market.account_id, market.currency,
                            fields, lane=Lane.WRITE, on_done=self._saved,
                            on_error=self._refused)

        def deleted(_gone: bool) -> None:
            self.messages.show_info(fill(self.tr("Deleted the rule for %1."), market.label),
                                    self.tr("Undo"), undo)
            self.changed.emit()
            self.load(market.key)

        self.runner.run(self._pricing.delete_rule, market.account_id, market.currency,
                        lane=Lane.WRITE, on_done=deleted, on_error=self._refused)

    # -- endings -------------------------------------------------------------------------
    def save_endings(self) -> None:
        self.endings_box.save()

    def _endings_saved(self, _text: str) -> None:
        self.messages.show_info(self.tr("Saved the price endings."))
        self.changed.emit()
        market = self.current_market()
        self.load(market.key if market else None)
