"""Typing in a rate: currency, rate, per which currency, and on which day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from seller_desk.domain.currencies import MINOR_DIGITS, normalise_currency
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.rates import RateAnswer, RatesService
from seller_desk.ui.dialogs.form import FormDialog
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill

NO_RATE = QT_TRANSLATE_NOOP("errors", "Type the rate, like 32.5.")
SAME = QT_TRANSLATE_NOOP("errors", "Give {currency}'s rate against another currency.")


def currency_box(current: str) -> QComboBox:
    box = QComboBox(editable=True)
    box.addItems(sorted(MINOR_DIGITS))
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setCurrentText(current)
    return box


class RateForm(FormDialog):
    """`rate` units of the currency per 1 of the other, on a day; saved as a manual rate."""

    result_value: RateAnswer | None

    def __init__(self, runner: TaskRunner, rates: RatesService, currency: str, per: str,
                 day: date, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("rateForm")
        self._rates = rates
        self.setWindowTitle(self.tr("Set a rate"))
        self.currency = currency_box(currency)
        self.rate = QLineEdit(objectName="rate")
        self.rate.setPlaceholderText("32.5")
        self.per = currency_box(per)
        self.day = QDateEdit(QDate(day.year, day.month, day.day), calendarPopup=True)
        self.preview = QLabel(objectName="ratePreview")
        self.form.addRow(self.tr("Currency"), self.currency)
        self.form.addRow(self.tr("Rate"), self.rate)
        self.form.addRow(self.tr("Per 1"), self.per)
        self.form.addRow(self.tr("On"), self.day)
        self.form.addRow("", self.preview)
        for box in (self.currency, self.per):
            box.currentTextChanged.connect(self._preview)
        self.rate.textChanged.connect(self._preview)
        self._preview()
        self.rate.setFocus()

    def _preview(self) -> None:
        self.preview.setText(fill(self.tr("1 %1 = %2 %3; it wins over the providers' rate of "
                                          "that day."), self.per.currentText().strip().upper(),
                                  self.rate.text().strip() or "…",
                                  self.currency.currentText().strip().upper()))

    def submission(self) -> Callable[[], RateAnswer]:
        currency = normalise_currency(self.currency.currentText())
        per = normalise_currency(self.per.currentText())
        rate = self.rate.text().strip()
        if not rate:
            raise ValidationError(NO_RATE, item="rate")
        if currency == per:
            raise ValidationError(SAME, item=currency, currency=currency)
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())
        return lambda: self._rates.set_manual(currency, rate, day, per)
