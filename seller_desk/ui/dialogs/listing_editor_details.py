"""The editor's Details tab: every field of a listing, each with its problem shown under it."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.services.listing_editing import VariantView
from seller_desk.ui.pages.settings import currency_box

PROBLEM_STYLE = "color: #b3261e;"


def _problem_label(name: str) -> QLabel:
    label = QLabel(objectName=f"problem_{name}", wordWrap=True)
    label.setStyleSheet(PROBLEM_STYLE)
    label.hide()
    return label


class DetailsTab(QWidget):
    """The inputs are public so the editor can wire them to undo and validation."""

    def __init__(self, countries: Collection[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sku = QLineEdit(objectName="sku")
        self.title_edit = QLineEdit(objectName="title")
        self.description = QPlainTextEdit(objectName="description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.parent_sku = QLineEdit(objectName="parentSku")
        self.cost = QLineEdit(objectName="cost")
        self.cost_currency = currency_box()
        self.cost_currency.setObjectName("costCurrency")
        self.weight = QLineEdit(objectName="weight")
        self.hs_code = QLineEdit(objectName="hsCode")
        self.origin = QLineEdit(objectName="origin")
        completer = QCompleter(sorted(countries), self.origin)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.origin.setCompleter(completer)
        self.stock = QLineEdit(objectName="stock")
        self.tags = QLineEdit(objectName="tags")
        self.variants = QListWidget(objectName="variants")
        self.variants.setMaximumHeight(96)
        self.variant_button = QPushButton(objectName="addVariant")
        self.problems: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.cost, 1)
        cost_row.addWidget(self.cost_currency)
        variant_row = QHBoxLayout()
        variant_row.addWidget(self.parent_sku, 1)
        variant_row.addWidget(self.variant_button)
        for name, field in (
            ("sku", self.sku), ("title", self.title_edit), ("description", self.description),
            ("parent_sku", variant_row), ("variants", self.variants), ("cost", cost_row),
            ("weight", self.weight), ("hs_code", self.hs_code), ("origin", self.origin),
            ("stock", self.stock), ("tags", self.tags),
        ):
            self._add_row(name, field)
        self.retranslate()

    def _add_row(self, name: str, field: QWidget | QHBoxLayout) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(field, QWidget):
            box.addWidget(field)
        else:
            box.addLayout(field)
        if name != "variants":
            self.problems[name] = _problem_label(name)
            box.addWidget(self.problems[name])
        self.labels[name] = QLabel()
        self.form.addRow(self.labels[name], box)

    def retranslate(self) -> None:
        for name, text in (
            ("sku", self.tr("SKU")), ("title", self.tr("Title")),
            ("description", self.tr("Description")), ("parent_sku", self.tr("Variant of")),
            ("variants", self.tr("Variant group")), ("cost", self.tr("Cost")),
            ("weight", self.tr("Weight (g)")), ("hs_code", self.tr("HS code")),
            ("origin", self.tr("Country of origin")), ("stock", self.tr("Stock on hand")),
            ("tags", self.tr("Tags")),
        ):
            self.labels[name].setText(text)
        self.sku.setPlaceholderText(self.tr("Letters, digits and - _ . /, like LAMP-RED-L"))
        self.parent_sku.setPlaceholderText(self.tr("The SKU variants share; empty if none"))
        self.variant_button.setText(self.tr("Add variant…"))
        self.variant_button.setToolTip(self.tr("Start a new listing in this variant group"))
        self.cost.setPlaceholderText(self.tr("What one unit costs you, like 15.50"))
        self.hs_code.setPlaceholderText(self.tr("6 to 10 digits, like 9405.50"))
        self.origin.setPlaceholderText(self.tr("Two letters, like CN"))
        self.tags.setPlaceholderText(self.tr("Separated by commas"))

    def show_problems(self, texts: dict[str, list[str]]) -> None:
        """Each field's problems under it (the cost row shows its currency's too)."""
        for name, label in self.problems.items():
            lines = texts.get(name, [])
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))

    def show_variants(self, variants: tuple[VariantView, ...]) -> None:
        self.variants.clear()
        for variant in variants:
            role = self.tr("parent") if variant.role == "parent" else self.tr("variant")
            text = f"{variant.sku} — {variant.title} ({role})"
            if variant.archived:
                text += " · " + self.tr("archived")
            self.variants.addItem(QListWidgetItem(text))
        if not variants:
            self.variants.addItem(QListWidgetItem(self.tr("No other variants")))
