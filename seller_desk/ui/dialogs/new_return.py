"""The New return dialog: which items of an order come back, why, what the customer wants."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError, ValidationError
from seller_desk.domain.returns import ReturnOutcome, ReturnReason
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.return_drafts import ReturnableOrder, ReturnDrafts
from seller_desk.services.returns import ReturnDraft, ReturnsService
from seller_desk.ui.dialogs.form import FormDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.return_labels import outcome_label, reason_label
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.photo_strip import PhotoStrip

NO_REASON = QT_TRANSLATE_NOOP("returns", "Choose why the customer returns the items.")
PICTURES = "*.png *.jpg *.jpeg *.jpe *.gif *.webp *.bmp"


class NewReturnDialog(FormDialog):
    """Opens a request on an order; `result_value` is the new request's id."""

    def __init__(self, runner: TaskRunner, drafts: ReturnDrafts, returns: ReturnsService,
                 order_id: int, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("newReturnDialog")
        self._returns, self._order_id, self._fmt = returns, order_id, fmt
        self.order: ReturnableOrder | None = None
        self.setWindowTitle(self.tr("New return"))
        self.setMinimumWidth(640)
        self.summary = QLabel(self.tr("Loading the order…"), objectName="returnSummary",
                              wordWrap=True)
        self.late = QLabel(self.tr("⚠ The return window has closed: the request will be "
                                   "marked as late."), objectName="lateWarning", wordWrap=True)
        self.late.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.late.hide()
        self.lines = QTableWidget(0, 5, objectName="returnLines")
        self.lines.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Item"), self.tr("Bought"),
                                              self.tr("In returns"), self.tr("Return")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.quantities: list[QSpinBox] = []
        self.reason = QComboBox(objectName="returnReason")
        self.reason.addItem(self.tr("Choose…"), "")
        for reason in ReturnReason:
            self.reason.addItem(reason_label(reason.value), reason.value)
        self.outcome = QComboBox(objectName="returnOutcome")
        for outcome in ReturnOutcome:
            self.outcome.addItem(outcome_label(outcome.value), outcome.value)
        self.exchange_sku = QLineEdit(objectName="exchangeSku", enabled=False)
        self.exchange_sku.setPlaceholderText(self.tr("The SKU the customer gets instead"))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.reason_text = QPlainTextEdit(objectName="returnText")
        self.reason_text.setPlaceholderText(self.tr("What the customer wrote (optional)"))
        self.reason_text.setFixedHeight(70)
        self.photos = PhotoStrip(runner, 72, open_on_click=False)
        self.photos.setObjectName("returnPhotoList")
        self.add_photo = QPushButton(self.tr("Add photos…"), objectName="addReturnPhoto")
        self.add_photo.clicked.connect(self._choose_photos)
        self.remove_photo = QPushButton(self.tr("Remove"), objectName="removeReturnPhoto")
        self.remove_photo.clicked.connect(self.photos.remove_current)
        self._lay_out()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Open return"))
        self.buttons.setEnabled(False)  # until the order's lines are here
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        runner.run(drafts.returnable, order_id, on_done=self._loaded, on_error=self._not_loaded)

    def _lay_out(self) -> None:
        self.form.addRow(self.summary)
        self.form.addRow(self.late)
        self.form.addRow(self.lines)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Customer wants"), self.outcome)
        self.form.addRow(self.tr("Exchange for"), self.exchange_sku)
        self.form.addRow(self.tr("In their words"), self.reason_text)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_photo)
        buttons.addWidget(self.remove_photo)
        buttons.addStretch(1)
        photos = QHBoxLayout()
        photos.addWidget(self.photos, 1)
        photos.addLayout(buttons)
        self.form.addRow(self.tr("Photos"), photos)

    # -- loading -------------------------------------------------------------------------
    def _loaded(self, order: ReturnableOrder) -> None:
        self.order = order
        f, start = self._fmt, order.window_start
        text = fill(self.tr("Order %1 · %2 · return window %3 days from %4"), order.number,
                    order.buyer_name, f.number(order.policy.window_days),
                    f.locale.toString(QDate(start.year, start.month, start.day),
                                      f.locale.FormatType.ShortFormat))
        self.summary.setText(text)
        self.late.setVisible(order.out_of_window)
        self.lines.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            for column, value in enumerate((line.sku, line.title, f.number(line.bought),
                                            f.number(line.returned))):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, column, item)
            spin = QSpinBox(objectName=f"returnQuantity_{line.id}", maximum=line.left)
            spin.setEnabled(line.left > 0)
            spin.setToolTip(fill(self.tr("Up to %1 (bought %2, already in returns %3)"),
                                 line.left, line.bought, line.returned))
            self.lines.setCellWidget(row, 4, spin)
            self.quantities.append(spin)
        if len(order.lines) == 1:  # the usual case: the one item comes back
            self.quantities[0].setValue(order.lines[0].left)
        self.lines.resizeColumnsToContents()
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.setFixedHeight(self.lines.horizontalHeader().height() + 4
                                  + 30 * min(max(len(order.lines), 1), 6))
        self.buttons.setEnabled(True)

    def _not_loaded(self, error: KnownError) -> None:
        self.summary.setText("")
        self.messages.show_error(error)

    # -- editing -------------------------------------------------------------------------
    def _outcome_changed(self) -> None:
        exchange = self.outcome.currentData() == ReturnOutcome.EXCHANGE.value
        self.exchange_sku.setEnabled(exchange)
        if exchange:
            self.exchange_sku.setFocus()

    def _choose_photos(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Photos of the returned items"), "",
            fill(self.tr("Pictures (%1)"), PICTURES))
        self.add_photos([Path(name) for name in names])

    def add_photos(self, paths: list[Path]) -> None:
        shown = set(self.photos.paths())
        for path in paths:
            if path not in shown:
                shown.add(path)
                self.photos.add_photo(path, path.name)

    def submission(self) -> Callable[[], Any]:
        order = self.order
        assert order is not None
        if not self.reason.currentData():
            raise ValidationError(NO_REASON, item="reason")
        exchange = self.outcome.currentData() == ReturnOutcome.EXCHANGE.value
        draft = ReturnDraft(
            order.order_id,
            tuple((line.id, spin.value()) for line, spin in zip(order.lines, self.quantities,
                                                                strict=True) if spin.value()),
            self.reason.currentData(), self.outcome.currentData(),
            reason_text=self.reason_text.toPlainText().strip(),
            exchange_sku=self.exchange_sku.text().strip() if exchange else "",
            photos=tuple(self.photos.paths()))
        returns = self._returns
        return lambda: returns.open_request(draft)


def start_new_return(parent: QWidget, runner: TaskRunner, drafts: ReturnDrafts,
                     returns: ReturnsService, order_id: int, fmt: Formatter,
                     opened: Callable[[int], None]) -> NewReturnDialog:
    """Show the dialog (window-modal, not blocking); `opened(id)` runs once it is saved."""
    dialog = NewReturnDialog(runner, drafts, returns, order_id, fmt, parent)
    dialog.accepted.connect(lambda: opened(dialog.result_value))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
