"""A card with one figure, its label and how it moved against the previous period."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class KpiCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.setStyleSheet(
            "#kpiCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        self.label = QLabel()
        self.label.setStyleSheet("color: palette(placeholder-text); font-size: 10pt;")
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.change = QLabel()
        self.change.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        for widget in (self.label, self.value, self.change):
            layout.addWidget(widget)

    def set_figure(self, value: str, change: str, good: bool | None) -> None:
        self.value.setText(value)
        colour = {True: "#1b7f3b", False: "#b3261e", None: "#666"}[good]
        self.change.setText(f'<span style="color:{colour}">{change}</span>')
