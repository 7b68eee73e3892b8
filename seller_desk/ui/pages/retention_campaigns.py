"""The Retention Campaigns tab: recorded campaigns and whether they made customers come back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desk.services.retention.campaigns import CampaignView
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.retention_layout import note
from seller_desk.ui.pages.retention_table import RIGHT, day_text
from seller_desk.ui.text import fill

COLUMNS = 9


class CampaignsTab(QWidget):
    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionCampaigns")
        self.fmt = fmt
        self.campaigns: tuple[CampaignView, ...] = ()
        self.note = note("campaignNote")
        self.empty = QLabel(objectName="noCampaigns", wordWrap=True)
        self.table = QTableWidget(0, COLUMNS, objectName="campaignTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr(
            "Record a campaign from any customer list (double-click a segment or a stage, or "
            "click a cohort cell). Conversion: customers with an order within the window after "
            "the send date; the effect compares those targeted with those held out."))
        self.empty.setText(self.tr("No campaigns recorded yet."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Campaign"), self.tr("Audience"), self.tr("Sent"), self.tr("Window"),
            self.tr("Targeted"), self.tr("Held out"), self.tr("Targeted converted"),
            self.tr("Held out converted"), self.tr("Effect")])
        self.show_campaigns(self.campaigns)

    def show_campaigns(self, campaigns: Sequence[CampaignView]) -> None:
        self.campaigns = tuple(campaigns)
        self.empty.setVisible(not self.campaigns)
        self.table.setRowCount(len(self.campaigns))
        for row, campaign in enumerate(self.campaigns):
            verdict, colour = self.readout(campaign)
            cells = (
                fill(self.tr("%1 (%2)"), campaign.name, campaign.offer) if campaign.offer
                else campaign.name,
                campaign.audience,
                day_text(self.fmt, campaign.sent_on),
                fill(self.tr("%1 days"), campaign.window_days),
                self.fmt.number(campaign.targeted),
                fill(self.tr("%1 (%2%)"), self.fmt.number(campaign.held_out),
                     campaign.holdout_percent),
                *self._rates(campaign),
                verdict,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 3 <= column <= 7:
                    item.setTextAlignment(RIGHT)
                if column == COLUMNS - 1:
                    item.setForeground(QColor(colour))
                    item.setToolTip(self._test_text(campaign) or text)
                self.table.setItem(row, column, item)
        for column in range(COLUMNS - 1):  # the last one stretches
            self.table.resizeColumnToContents(column)
            if column in (0, 1):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))

    def _test_text(self, campaign: CampaignView) -> str:
        effect = campaign.effect
        if effect is None or effect.p_value is None:
            return ""
        return fill(self.tr("Two-proportion z-test: z = %1, p = %2 (clear below 0.05)"),
                    self.fmt.locale.toString(effect.z or 0.0, "f", 2),
                    self.fmt.locale.toString(effect.p_value, "g", 2))

    def _rates(self, campaign: CampaignView) -> tuple[str, str]:
        effect = campaign.effect
        if effect is None:
            return "–", "–"
        targeted = fill(self.tr("%1 of %2 (%3)"), self.fmt.number(effect.targeted_converted),
                        self.fmt.number(effect.targeted), self.fmt.percent(effect.targeted_rate))
        if effect.holdout_rate is None:
            return targeted, "–"
        held = fill(self.tr("%1 of %2 (%3)"), self.fmt.number(effect.holdout_converted),
                    self.fmt.number(effect.holdout), self.fmt.percent(effect.holdout_rate))
        return targeted, held

    def readout(self, campaign: CampaignView) -> tuple[str, str]:
        """The verdict in words and its colour."""
        effect = campaign.effect
        ends = campaign.sent_on + timedelta(days=campaign.window_days)
        running = "" if campaign.window_over else " · " + fill(
            self.tr("counting orders until %1"), day_text(self.fmt, ends))
        if effect is None:
            return self.tr("Nothing to measure yet") + running, "#666"
        if effect.holdout == 0 or effect.effect is None:
            return self.tr("No holdout to compare with") + running, "#666"
        points = self.fmt.percent(effect.effect, signed=True)
        if not effect.clear:
            return fill(self.tr("No clear effect yet (%1)"), points) + running, "#666"
        colour = "#1b7f3b" if effect.effect > 0 else "#b3261e"
        return fill(self.tr("Clear effect: %1 conversion (95% confidence)"),
                    points) + running, colour
