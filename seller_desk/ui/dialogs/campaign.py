"""Record a campaign: what was sent to a customer list, when, and how many were held out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QSpinBox, QWidget

from seller_desk.services.retention.campaigns import CampaignService, CampaignView
from seller_desk.ui.dialogs.form import FormDialog
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill

DEFAULT_WINDOW_DAYS = 30
DEFAULT_HOLDOUT = 10


class CampaignDialog(FormDialog):
    def __init__(
        self, runner: TaskRunner, campaigns: CampaignService, customer_ids: Sequence[int],
        audience: str,
        list_name: str, today: date, parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("campaignDialog")
        self.setWindowTitle(self.tr("Record campaign"))
        self._campaigns, self._ids, self._audience = campaigns, list(customer_ids), audience
        self.who = QLabel(fill(self.tr("%1 customers: %2"), len(self._ids), audience),
                          wordWrap=True)
        self.name = QLineEdit(objectName="campaignName")
        self.name.setText(fill(self.tr("Win-back: %1"), list_name))
        self.name.setMaxLength(120)
        self.offer = QLineEdit(objectName="campaignOffer")
        self.offer.setPlaceholderText(self.tr("e.g. 10% off the next order"))
        self.offer.setMaxLength(200)
        self.sent_on = QDateEdit(calendarPopup=True, objectName="campaignSent")
        self.sent_on.setDate(QDate(today.year, today.month, today.day))
        self.window = QSpinBox(objectName="campaignWindow", minimum=1, maximum=365)
        self.window.setValue(DEFAULT_WINDOW_DAYS)
        self.window.setSuffix(self.tr(" days"))
        self.holdout = QSpinBox(objectName="campaignHoldout", minimum=0, maximum=50)
        self.holdout.setValue(DEFAULT_HOLDOUT)
        self.holdout.setSuffix(" %")
        self.holdout.setToolTip(self.tr(
            "Customers left out at random and not sent anything: comparing them with those "
            "targeted shows whether the campaign made a difference."))
        self.form.addRow(self.who)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Offer"), self.offer)
        self.form.addRow(self.tr("Sent on"), self.sent_on)
        self.form.addRow(self.tr("Count orders within"), self.window)
        self.form.addRow(self.tr("Hold out"), self.holdout)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        if not self.name.text().strip():
            self.messages.show_error(self.tr("Give the campaign a name."))
            self.name.setFocus()
            return
        super().save()

    def submission(self) -> Callable[[], CampaignView]:
        day = self.sent_on.date()
        name, offer = self.name.text().strip(), self.offer.text().strip()
        sent_on = date(day.year(), day.month(), day.day())
        window, holdout = self.window.value(), self.holdout.value()
        ids, audience, campaigns = self._ids, self._audience, self._campaigns
        return lambda: campaigns.record(name, offer, sent_on, ids, holdout, window, audience)
