"""The shipment dialog's compound fields: the number checked as typed, lines, promise, cost."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.carriers import CARRIERS
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.money import Money
from seller_desk.domain.tracking_numbers import check
from seller_desk.ui.dialogs.return_money import typed_minor
from seller_desk.ui.pages.settings import currency_box
from seller_desk.ui.pages.shipment_labels import carrier_choices, check_message, formats_text
from seller_desk.ui.text import fill

STYLES = {"ok": "color: #1e7d32;", "bad": "color: #b3261e;", "unknown": "color: #6b6b6b;"}


def field_error(key: str) -> QLabel:
    """A red line under a field, hidden until the field is refused."""
    label = QLabel(objectName=f"error_{key}", wordWrap=True)
    label.setStyleSheet(STYLES["bad"])
    label.hide()
    return label


def carrier_box() -> QComboBox:
    """Every carrier the app knows by its brand name; another one may be typed in."""
    box = QComboBox(objectName="shipmentCarrier", editable=True)
    for code, name in carrier_choices():
        box.addItem(name, code)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setCurrentIndex(-1)
    return box


def local_day(value: datetime) -> QDate:
    local = value.astimezone()
    return QDate(local.year, local.month, local.day)


def ship_time(day: QDate, kept: datetime | None) -> datetime:
    """When a parcel left on `day`: the time it had (`kept`) if the day is unchanged, now if it
    is today, else midday local time (its age counts from here until the first scan)."""
    if kept is not None and day == local_day(kept):
        return kept
    if day == QDate.currentDate():
        return datetime.now(UTC)
    noon = QDateTime(day, QTime(12, 0), QTimeZone.systemTimeZone())
    return datetime.fromtimestamp(noon.toSecsSinceEpoch(), UTC)


class PromiseField(QWidget):
    """The delivery promise: the shop's usual one for the destination, or a date of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.usual = QCheckBox(self.tr("The shop's usual promise"), checked=True,
                               objectName="shipmentPromisedDefault")
        self.day = QDateEdit(QDate.currentDate().addDays(14), calendarPopup=True,
                             objectName="shipmentPromised", enabled=False)
        self.usual.toggled.connect(lambda on: self.day.setEnabled(not on))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.usual)
        layout.addWidget(self.day)
        layout.addStretch(1)

    def value(self) -> date | None:
        return None if self.usual.isChecked() else self.day.date().toPython()

    def set_value(self, day: date | None) -> None:
        self.usual.setChecked(day is None)
        if day is not None:
            self.day.setDate(QDate(day.year, day.month, day.day))


class CostField(QWidget):
    """The label's cost: empty when not known, in any currency (the shop's by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QLineEdit(objectName="shipmentCost")
        self.amount.setPlaceholderText(self.tr("Unknown"))
        self.amount.setMaximumWidth(140)
        self.currency = currency_box()
        self.currency.setObjectName("shipmentCurrency")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.currency)
        layout.addStretch(1)

    def set_value(self, cost: Money | None) -> None:
        if cost is not None:
            self.amount.setText(str(cost.amount))
            self.currency.setCurrentText(cost.currency)

    def value(self) -> tuple[int | None, str]:
        """(minor units or None, currency); a refusal names the field "cost"."""
        text, currency = self.amount.text().strip(), self.currency.currentText().strip().upper()
        if not text:
            return None, ""
        try:
            return typed_minor(text, currency, self.tr("Label cost")), currency
        except ValidationError as error:
            error.item = "cost"
            raise


class NumberField(QWidget):
    """The number, what the offline check says of it, and which carrier it looks like when
    that is not the one chosen (a suggestion: the carrier never changes by itself)."""

    suggestion_used = Signal(str)  # the suggested carrier's code

    def __init__(self, chosen_carrier: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen = chosen_carrier
        self._suggested = ""
        self.edit = QLineEdit(objectName="trackingNumber")
        self.edit.setPlaceholderText(self.tr("As printed on the label"))
        self.verdict = QLabel(objectName="numberCheck", wordWrap=True)
        self.hint = QLabel(objectName="carrierHint", wordWrap=True)
        self.use_hint = QPushButton(objectName="useSuggestedCarrier", autoDefault=False)
        self.use_hint.clicked.connect(lambda: self.suggestion_used.emit(self._suggested))
        self.save_anyway = QPushButton(self.tr("Save anyway"), objectName="saveAnyway",
                                       autoDefault=False)
        self.save_anyway.setToolTip(self.tr("Keep the number exactly as typed, although its "
                                            "check digit does not fit"))
        hint = QHBoxLayout()
        hint.addWidget(self.hint, 1)
        hint.addWidget(self.use_hint)
        hint.addWidget(self.save_anyway)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.verdict)
        layout.addLayout(hint)
        self.edit.textChanged.connect(self._typed)
        self.save_anyway.hide()  # only after a save was refused for the check digit
        self.recheck()

    def _typed(self) -> None:
        self.save_anyway.hide()  # a changed number is checked again before it can be kept
        self.recheck()

    def recheck(self) -> None:
        text = self.edit.text()
        result = check(text) if text.strip() else None
        if result is None:
            self.verdict.setText("")
        elif result.valid:
            self._say(fill(self.tr("%1 ✓"), formats_text(result)), "ok")
        elif result.checkable:
            self._say(check_message(result), "bad")
        else:
            self._say(check_message(result), "unknown")
        codes = list(dict.fromkeys(g.carrier.value for g in result.candidates)) if result else []
        if codes and self._chosen() not in codes:
            names = list(dict.fromkeys(CARRIERS[g.carrier].name for g in result.candidates))
            self._suggested = codes[0]
            self.hint.setText(fill(self.tr("Looks like: %1"), ", ".join(names)))
            self.use_hint.setText(fill(self.tr("Use %1"), names[0]))
            self.hint.show()
            self.use_hint.show()
        else:
            self._suggested = ""
            self.hint.hide()
            self.use_hint.hide()
        if not self.save_anyway.isHidden() and result is not None and result.valid:
            self.save_anyway.hide()

    def _say(self, text: str, kind: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(STYLES[kind])
        self.verdict.setProperty("verdict", kind)


class LinesTable(QTableWidget):
    """An order's lines, each with how many go in this parcel (at most what is not shipped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("shipmentLines")
        self.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Item"), self.tr("Bought"),
                                        self.tr("Not shipped yet"), self.tr("In this parcel")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setFixedHeight(120)
        self.spins: list[QSpinBox] = []
        self._lines: Sequence[tuple[int, str, str, int, int]] = ()

    def show_lines(self, lines: Sequence[tuple[int, str, str, int, int]]) -> None:
        """(line id, sku, title, bought, not shipped yet); every item left goes by default."""
        self._lines, self.spins = lines, []
        self.setRowCount(len(lines))
        for row, (line_id, sku, title, bought, left) in enumerate(lines):
            for column, value in enumerate((sku, title, str(bought), str(left))):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
            spin = QSpinBox(objectName=f"shipQuantity_{line_id}", maximum=left, value=left)
            spin.setEnabled(left > 0)
            spin.setToolTip(fill(self.tr("Up to %1 (bought %2)"), left, bought))
            self.setCellWidget(row, 4, spin)
            self.spins.append(spin)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def set_quantities(self, quantities: dict[int, int]) -> None:
        for (line_id, *_rest), spin in zip(self._lines, self.spins, strict=True):
            spin.setValue(quantities.get(line_id, 0))

    def chosen(self) -> tuple[tuple[int, int], ...]:
        return tuple((line[0], spin.value()) for line, spin in zip(self._lines, self.spins,
                                                                   strict=True) if spin.value())

    def has_left(self) -> bool:
        return any(line[4] > 0 for line in self._lines)

    def names(self, item: str) -> bool:
        """Whether a refusal's item is one of these lines (its SKU or id)."""
        return any(item in (line[1], str(line[0])) for line in self._lines)
