"""Typing in an email or phone order, or correcting a hand-made one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from seller_desk.domain.currencies import normalise_currency
from seller_desk.domain.errors import KnownError, ValidationError
from seller_desk.domain.money import Money
from seller_desk.domain.order_rules import NEXT_STATUSES, LineDraft, order_totals
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.order_editing import NewBuyer, OrderDraft, OrderEditor
from seller_desk.services.orders import OrderDetail
from seller_desk.ui.dialogs.form import FormDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.labels import status_label
from seller_desk.ui.pages.settings import currency_box
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import error_text

_NOT_AMOUNT = QT_TRANSLATE_NOOP("orders", "{field}: {text} is not an amount.")


def _minor(text: str, currency: str, field: str) -> int:
    cleaned = text.strip().replace(" ", "").replace(",", ".") or "0"
    try:
        return Money.of(cleaned, currency).minor
    except ValidationError:
        raise ValidationError(_NOT_AMOUNT, item=field, field=field, text=text) from None


class OrderEditorDialog(FormDialog):
    def __init__(self, runner: TaskRunner, editor: OrderEditor, base_currency: str,
                 detail: OrderDetail | None = None, customer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("orderEditor")
        self._editor, self._detail, self._customer_id = editor, detail, customer_id
        self._fmt = Formatter()
        self.setWindowTitle(self.tr("Edit order %1").replace("%1", detail.row.number)
                            if detail else self.tr("New order"))
        self.number = QLineEdit(objectName="orderNumber")
        self.number.setPlaceholderText(self.tr("Automatic (M-00001…)"))
        self.placed = QDateTimeEdit(QDateTime.currentDateTime(), calendarPopup=True)
        self.status = QComboBox(objectName="orderStatus")
        self.currency = currency_box()
        self.currency.setObjectName("orderCurrency")
        self.currency.setCurrentText(base_currency)
        self.buyer_name = QLineEdit(objectName="buyerName")
        self.buyer_email = QLineEdit(objectName="buyerEmail")
        self.buyer_phone = QLineEdit(objectName="buyerPhone")
        self.lines = QTableWidget(0, 4, objectName="orderLines")
        self.lines.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Item"), self.tr("Qty"), self.tr("Unit price")])
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setMinimumHeight(140)
        add, remove = QPushButton(self.tr("Add line")), QPushButton(self.tr("Remove line"))
        add.clicked.connect(lambda: self._add_line())
        remove.clicked.connect(self._remove_line)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(add)
        line_buttons.addWidget(remove)
        line_buttons.addStretch(1)
        self.shipping, self.tax, self.discount = QLineEdit("0"), QLineEdit("0"), QLineEdit("0")
        self.rate = QLineEdit(objectName="orderRate")
        self.ship_name, self.ship_postcode = QLineEdit(), QLineEdit()
        self.ship_country = QLineEdit(maxLength=2)
        self.ship_address = QPlainTextEdit()
        self.ship_address.setFixedHeight(60)
        self.tags = QLineEdit(objectName="orderTags")
        self.total = QLabel(objectName="orderTotal")
        self.total.setStyleSheet("font-weight: 600;")
        rows: list[tuple[str, Any]] = [
            (self.tr("Order number"), self.number), (self.tr("Placed"), self.placed),
            (self.tr("Status"), self.status), (self.tr("Currency"), self.currency),
        ]
        if customer_id is None and detail is None:
            rows += [(self.tr("Buyer name"), self.buyer_name),
                     (self.tr("Buyer email"), self.buyer_email),
                     (self.tr("Buyer phone"), self.buyer_phone)]
        for label, widget in rows:
            self.form.addRow(label, widget)
        self.form.addRow(self.lines)
        self.form.addRow(line_buttons)
        for label, widget in ((self.tr("Shipping"), self.shipping), (self.tr("Tax"), self.tax),
                              (self.tr("Discount"), self.discount),
                              (self.tr("Total"), self.total),
                              (self.tr("Rate to base currency"), self.rate),
                              (self.tr("Ship to (name)"), self.ship_name),
                              (self.tr("Address"), self.ship_address),
                              (self.tr("Postcode"), self.ship_postcode),
                              (self.tr("Country (2 letters)"), self.ship_country),
                              (self.tr("Tags"), self.tags)):
            self.form.addRow(label, widget)
        self._fill_statuses(OrderStatus(detail.row.status) if detail else None)
        if detail is not None:
            self._load(detail)
        else:
            self._add_line()
        self.lines.itemChanged.connect(self._show_total)
        for edit in (self.shipping, self.tax, self.discount):
            edit.textChanged.connect(self._show_total)
        self.currency.currentTextChanged.connect(self._show_total)
        self.currency.currentTextChanged.connect(self._look_up_rate)
        self.placed.dateTimeChanged.connect(self._look_up_rate)
        self._show_total()
        self._look_up_rate()
        self.resize(620, 740)

    def _look_up_rate(self) -> None:
        """Show, as the rate field's hint, the rate the order gets when it is left empty."""
        try:
            currency = normalise_currency(self.currency.currentText())
        except KnownError:
            return
        placed = self.placed.dateTime().toPython()
        assert isinstance(placed, datetime)
        self.runner.run(self._editor.rate_for, currency, placed.astimezone(UTC),
                        on_done=lambda rate: self._show_rate(currency, rate))

    def _show_rate(self, currency: str, rate: Decimal | None) -> None:
        if rate is None:
            self.rate.setPlaceholderText(
                fill(self.tr("No %1 rate known yet: type the rate you were paid at"), currency))
        else:
            self.rate.setPlaceholderText(fill(self.tr("Automatic: %1"), rate))

    def _show_total(self) -> None:
        """The order's total as typed so far, or what is still wrong with it."""
        try:
            draft = self.draft()
            totals = order_totals(draft.lines, draft.shipping_minor, draft.tax_minor,
                                  draft.discount_minor)
        except KnownError as error:
            self.total.setText(error_text(error))
            self.total.setStyleSheet("color: #8a5300;")
            return
        self.total.setStyleSheet("font-weight: 600;")
        self.total.setText(self._fmt.money(Money(totals.total_minor, draft.currency)))

    def _fill_statuses(self, current: OrderStatus | None) -> None:
        allowed = ([current, *sorted(NEXT_STATUSES[current])] if current
                   else [OrderStatus.PAID, OrderStatus.PENDING])
        for status in allowed:
            self.status.addItem(status_label(status), status.value)

    def _load(self, d: OrderDetail) -> None:
        self.number.setText(d.row.number)
        self.placed.setDateTime(QDateTime(d.row.placed_at.astimezone()))
        self.currency.setCurrentText(d.row.total.currency)
        for line in d.lines:
            self._add_line(line.sku, line.title, str(line.quantity), str(line.unit_price.amount))
        self.shipping.setText(str(d.shipping.amount))
        self.tax.setText(str(d.tax.amount))
        self.discount.setText(str(d.discount.amount))
        self.rate.setText(str(d.rate_to_base))
        self.ship_name.setText(d.ship_name)
        self.ship_address.setPlainText(d.address)
        self.ship_postcode.setText(d.ship_postcode)
        self.ship_country.setText(d.row.country)
        self.tags.setText(d.tags)

    def _add_line(self, *values: str) -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for column, text in enumerate(values or ("", "", "1", "")):
            self.lines.setItem(row, column, QTableWidgetItem(text))
        self.lines.setCurrentCell(row, 0)

    def _remove_line(self) -> None:
        for row in sorted({i.row() for i in self.lines.selectedIndexes()}, reverse=True):
            self.lines.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        return item.text().strip() if item is not None else ""

    def draft(self) -> OrderDraft:
        currency = normalise_currency(self.currency.currentText())
        lines = []
        for row in range(self.lines.rowCount()):
            sku, title, qty, price = (self._cell(row, c) for c in range(4))
            if not (sku or title or price):
                continue
            if not qty.isdigit():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("orders", "Line {line}: the quantity must be at least 1."),
                    item=f"line {row + 1}", line=row + 1)
            lines.append(LineDraft(sku, title, int(qty),
                                   _minor(price, currency, self.tr("Unit price"))))
        rate_text = self.rate.text().strip().replace(",", ".")
        try:
            rate = Decimal(rate_text) if rate_text else None
        except InvalidOperation:
            raise ValidationError(_NOT_AMOUNT, item="rate", field=self.tr("Rate"),
                                  text=rate_text) from None
        placed = self.placed.dateTime().toPython()
        assert isinstance(placed, datetime)
        buyer = NewBuyer(self.buyer_name.text(), self.buyer_email.text(),
                         self.buyer_phone.text(), self.ship_country.text(), "",
                         self.ship_postcode.text())
        return OrderDraft(
            placed_at=placed.astimezone(UTC), currency=currency, lines=tuple(lines),
            customer_id=self._customer_id or (self._detail.customer_id if self._detail else None),
            new_buyer=buyer, status=OrderStatus(self.status.currentData()),
            number=self.number.text(),
            shipping_minor=_minor(self.shipping.text(), currency, self.tr("Shipping")),
            tax_minor=_minor(self.tax.text(), currency, self.tr("Tax")),
            discount_minor=_minor(self.discount.text(), currency, self.tr("Discount")),
            ship_name=self.ship_name.text(), ship_address=self.ship_address.toPlainText(),
            ship_country=self.ship_country.text(), ship_postcode=self.ship_postcode.text(),
            tags=self.tags.text(), rate_to_base=rate,
        )

    def submission(self) -> Callable[[], Any]:
        draft = self.draft()
        order_id = self._detail.row.id if self._detail else None
        return lambda: self._editor.save(draft, order_id)
