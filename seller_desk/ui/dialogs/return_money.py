"""Dialogs for the money steps of a return: refund, store credit and the return label's cost."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.money import Money
from seller_desk.domain.return_money import check_refund
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.return_steps import ReturnSteps
from seller_desk.services.return_view import ReturnView
from seller_desk.ui.dialogs.return_steps import ReturnStepDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill

NOT_AMOUNT = QT_TRANSLATE_NOOP("returns", "{field}: “{text}” is not an amount.")
TOO_PRECISE = QT_TRANSLATE_NOOP("returns", "{field}: {currency} amounts have {digits} "
                                "decimals at most, not “{text}”.")
NEGATIVE = QT_TRANSLATE_NOOP("returns", "{field} cannot be below zero.")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def typed_minor(text: str, currency: str, field: str) -> int:
    """An amount typed in `currency` ("12.50", "12,50", "1,234.50", "12.50 EUR") as minor units;
    more decimals than the currency has are refused rather than rounded away."""
    cleaned = re.sub(r"[^\d,.\-]", "", text.replace(currency, ""))
    if "," in cleaned and "." in cleaned:  # the later one separates the decimals
        thousands = "," if cleaned.rfind(".") > cleaned.rfind(",") else "."
        cleaned = cleaned.replace(thousands, "").replace(",", ".")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    if not _NUMBER.fullmatch(cleaned):
        raise ValidationError(NOT_AMOUNT, item=field, field=field, text=text.strip())
    digits = minor_digits(currency)
    if "." in cleaned and len(cleaned.split(".")[1]) > digits:
        raise ValidationError(TOO_PRECISE, item=field, field=field, currency=currency,
                              digits=digits, text=text.strip())
    return Money.of(cleaned, currency).minor


class AmountField(QWidget):
    """A line edit for an amount with its currency code beside it."""

    def __init__(self, money: Money, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = money.currency
        self.edit = QLineEdit(str(money.amount), objectName=name)
        self.edit.setMaximumWidth(160)
        self.code = QLabel(money.currency)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.code)
        layout.addStretch(1)

    def minor(self, field: str) -> int:
        return typed_minor(self.edit.text(), self.currency, field)


class RefundDialog(ReturnStepDialog):
    """The refund, pre-filled with what the shop suggests; both amounts may be changed."""

    def __init__(self, runner: TaskRunner, steps: ReturnSteps, view: ReturnView,
                 suggested: tuple[Money, Money], fmt: Formatter, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, title, "", "", parent=parent)
        self.setObjectName("refundDialog")
        self.ok_button.setText(self.tr("Refund"))
        self._steps, self._view = steps, view
        refund, fee = suggested
        self.explanation.setText(fill(
            self.tr("Suggested: the returned items' value less the restocking fee, within what "
                    "order %1 can still refund (%2 of %3 paid)."),
            view.order_number, fmt.money(view.refundable), fmt.money(view.paid)))
        self.amount = AmountField(refund, "refundAmount")
        self.fee = AmountField(fee, "restockingFee")
        self.fee.setToolTip(self.tr("What the shop keeps for taking the items back; it is only "
                                    "recorded, the refund above is what the customer gets."))
        self.form.addRow(self.tr("Refund"), self.amount)
        self.form.addRow(self.tr("Restocking fee kept"), self.fee)
        self.add_note()

    def submission(self) -> Callable[[], Any]:
        amount = self.amount.minor(self.tr("Refund"))
        fee = self.fee.minor(self.tr("Restocking fee kept"))
        if fee < 0:
            field = self.tr("Restocking fee kept")
            raise ValidationError(NEGATIVE, item=field, field=field)
        v = self._view
        check_refund(amount, v.paid.minor, v.paid.minor - v.refundable.minor, v.paid.currency)
        steps, note = self._steps, self.note_text()
        return lambda: steps.refund(v.id, amount, note, restocking_fee_minor=fee)


class CreditDialog(ReturnStepDialog):
    """Store credit instead of money back."""

    def __init__(self, runner: TaskRunner, steps: ReturnSteps, view: ReturnView,
                 suggested: Money, title: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, title, "", "", parent=parent)
        self.setObjectName("creditDialog")
        self.explanation.setText(self.tr(
            "The customer gets store credit instead of money back; nothing is refunded on the "
            "order."))
        self.ok_button.setText(self.tr("Give credit"))
        self._steps, self._view = steps, view
        self.amount = AmountField(suggested, "creditAmount")
        self.form.addRow(self.tr("Store credit"), self.amount)
        self.add_note()

    def submission(self) -> Callable[[], Any]:
        amount = self.amount.minor(self.tr("Store credit"))
        steps, request_id, note = self._steps, self._view.id, self.note_text()
        return lambda: steps.credit(request_id, amount, note)


class ReturnShippingDialog(ReturnStepDialog):
    """What the label for the way back cost the shop (0 when the buyer paid it)."""

    def __init__(self, runner: TaskRunner, steps: ReturnSteps, view: ReturnView,
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, title, "", "", parent=parent)
        self.setObjectName("returnShippingDialog")
        self.ok_button.setText(self.tr("Save"))
        self._steps, self._view = steps, view
        payer = (self.tr("Under its policy the buyer pays the way back; record a cost only if "
                         "the shop paid the label after all.")
                 if view.policy.buyer_pays_return_shipping
                 else self.tr("Under its policy the shop pays the way back."))
        self.explanation.setText(payer + " " + self.tr(
            "The cost counts against the order's profit; it replaces any cost recorded before."))
        shown = view.return_shipping_base
        self.amount = QLineEdit(str(shown.amount) if shown.minor else "",
                                objectName="labelCost")
        self.amount.setMaximumWidth(160)
        self.currency = QComboBox(objectName="labelCurrency")
        for code in dict.fromkeys((shown.currency, view.paid.currency)):
            self.currency.addItem(code)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.currency)
        layout.addStretch(1)
        self.form.addRow(self.tr("Label cost"), row)
        self.note.hide()  # the service keeps no note with a cost

    def submission(self) -> Callable[[], Any]:
        field, currency = self.tr("Label cost"), self.currency.currentText()
        cost = typed_minor(self.amount.text(), currency, field)
        if cost < 0:
            raise ValidationError(NEGATIVE, item=field, field=field)
        steps, request_id = self._steps, self._view.id
        return lambda: steps.set_return_shipping(request_id, cost, currency)
