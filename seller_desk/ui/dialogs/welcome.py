"""First start on an empty database: shop name, base currency, language; demo or own shop."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.settings import setting_spec
from seller_desk.ui.pages.settings import currency_box, language_box
from seller_desk.ui.widgets.message_bar import MessageBar


class WelcomeChoice(Enum):
    OWN_SHOP = "own"
    DEMO = "demo"
    CONNECT = "connect"  # the own shop, then straight to connecting a store


class WelcomeDialog(QDialog):
    """Asks what the shop needs before anything else; validates before it closes."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.choice: WelcomeChoice | None = None
        self.heading = QLabel(objectName="welcomeHeading")
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.intro = QLabel(wordWrap=True)
        self.messages = MessageBar()
        self.name = QLineEdit(objectName="shopName")
        self.currency = currency_box()
        self.currency.setObjectName("baseCurrency")
        self.currency.setCurrentText("USD")
        self.language = language_box()
        self.language.setObjectName("language")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.form = QFormLayout()
        self.name_label, self.currency_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.currency_label, self.currency)
        self.form.addRow(self.language_label, self.language)
        self.start = QPushButton(objectName="startShop", default=True)
        self.demo = QPushButton(objectName="openDemo")
        self.connect_store = QPushButton(objectName="connectMarketplace")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo)
        buttons.addWidget(self.connect_store)
        buttons.addWidget(self.start)
        self.start.clicked.connect(lambda: self._choose(WelcomeChoice.OWN_SHOP))
        self.demo.clicked.connect(lambda: self._choose(WelcomeChoice.DEMO))
        self.connect_store.clicked.connect(lambda: self._choose(WelcomeChoice.CONNECT))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.messages)
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.name.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Seller Desk"))
        self.heading.setText(self.tr("Welcome to Seller Desk"))
        self.intro.setText(self.tr(
            "Tell Seller Desk about your shop. The base currency is the one you keep your "
            "books in: every total is shown in it. Or look around the demo shop first: it is "
            "kept in a separate file, so your own shop stays empty."))
        self.name_label.setText(self.tr("Shop name"))
        self.currency_label.setText(self.tr("Base currency"))
        self.language_label.setText(self.tr("Language"))
        self.start.setText(self.tr("Start my shop"))
        self.demo.setText(self.tr("Open the demo shop"))
        self.connect_store.setText(self.tr("Connect a marketplace…"))
        self.connect_store.setToolTip(self.tr(
            "Start my shop, then connect a Shopify, WooCommerce, Etsy or eBay store"))

    def values(self) -> tuple[str, str, str]:
        return self.name.text(), self.currency.currentText(), self.language.currentData()

    def _choose(self, choice: WelcomeChoice) -> None:
        name, currency, _language = self.values()
        try:
            setting_spec("base_currency").clean(currency)
            if choice is not WelcomeChoice.DEMO:
                setting_spec("shop_name").clean(name)
        except ValidationError as error:
            self.messages.show_error(error)
            (self.currency if error.item == "base_currency" else self.name).setFocus()
            return
        self.choice = choice
        self.accept()
