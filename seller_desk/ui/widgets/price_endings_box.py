"""The `price_endings` setting in a box of its own, editable where price rules are edited."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from seller_desk.domain.errors import KnownError
from seller_desk.services.pricing import PricingService
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.widgets.message_bar import error_text


class PriceEndingsBox(QGroupBox):
    saved = Signal(str)  # the stored form of the setting

    def __init__(self, runner: TaskRunner, pricing: PricingService) -> None:
        super().__init__()
        self.setTitle(self.tr("Price endings, every market"))
        self.runner, self._pricing = runner, pricing
        self.endings = QLineEdit(objectName="priceEndings")
        self.error = QLabel(objectName="priceEndingsError", wordWrap=True)
        self.error.setStyleSheet("color:#b00020;")
        self.error.hide()
        save = QPushButton(self.tr("Save e&ndings"), objectName="saveEndings")
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.endings, 1)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Per currency: USD=.99 ends prices in .99, JPY=10 makes them whole tens, CHF=0.05 "
            "multiples of 0.05. Currencies not listed round to the cent. Also in Settings."),
            wordWrap=True))
        layout.addLayout(row)
        layout.addWidget(self.error)

    def load(self, on_error: Callable[[KnownError], None]) -> None:
        self.runner.run(self._pricing.price_endings, on_done=self.endings.setText,
                        on_error=on_error)

    def save(self) -> None:
        self.runner.run(self._pricing.set_price_endings, self.endings.text(), lane=Lane.WRITE,
                        on_done=self._saved, on_error=self._refused)

    def _saved(self, text: str) -> None:
        self.endings.setText(text)
        self.error.hide()
        self.saved.emit(text)

    def _refused(self, error: KnownError) -> None:
        self.error.setText(error_text(error))
        self.error.show()
        self.endings.setFocus()
