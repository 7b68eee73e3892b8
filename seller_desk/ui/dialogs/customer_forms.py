"""Customer dialogs: edit the profile; record a satisfaction answer or a complaint."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from seller_desk.domain.feedback import (
    CHANNEL_LABELS,
    FEEDBACK_KIND_LABELS,
    SCORE_RANGES,
    FeedbackChannel,
    FeedbackKind,
)
from seller_desk.services.customer_profile import CustomerProfile, CustomerProfiles, ProfileEdit
from seller_desk.services.feedback import FeedbackService
from seller_desk.ui.dialogs.form import FormDialog
from seller_desk.ui.tasks import TaskRunner


class ProfileDialog(FormDialog):
    def __init__(self, runner: TaskRunner, profiles: CustomerProfiles, profile: CustomerProfile,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Edit customer"))
        self._profiles, self._id = profiles, profile.id
        self.fields: dict[str, QLineEdit] = {}
        for key, label, value in (
            ("name", self.tr("Name"), profile.name), ("email", self.tr("Email"), profile.email),
            ("phone", self.tr("Phone"), profile.phone),
            ("country", self.tr("Country (2 letters)"), profile.country),
            ("language", self.tr("Language (e.g. de, ja, zh_TW)"), profile.language),
            ("city", self.tr("City"), profile.city),
            ("postcode", self.tr("Postcode"), profile.postcode),
            ("tags", self.tr("Tags"), profile.tags),
        ):
            edit = QLineEdit(value, objectName=f"profile_{key}")
            edit.setMinimumWidth(320)
            self.fields[key] = edit
            self.form.addRow(label, edit)
        self.consent = QComboBox(objectName="profileConsent")
        for code, label in (("", self.tr("Not asked")), ("yes", self.tr("Yes")),
                            ("no", self.tr("No"))):
            self.consent.addItem(label, code)
        self.consent.setCurrentIndex(max(self.consent.findData(profile.consent), 0))
        self.form.addRow(self.tr("Marketing consent"), self.consent)

    def submission(self) -> Callable[[], Any]:
        values = {key: edit.text() for key, edit in self.fields.items()}
        edit = ProfileEdit(consent=self.consent.currentData(), **values)
        return lambda: self._profiles.update(self._id, edit)


class FeedbackDialog(FormDialog):
    """A CSAT or NPS answer, or (with `complaint`) a complaint to follow through."""

    def __init__(self, runner: TaskRunner, feedback: FeedbackService, customer_id: int, *,
                 complaint: bool = False, order_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("complaintDialog" if complaint else "feedbackDialog")
        self._service, self._customer_id, self._order_id = feedback, customer_id, order_id
        self._complaint = complaint
        self.setWindowTitle(self.tr("New complaint") if complaint else self.tr("Feedback"))
        self.kind = QComboBox(objectName="feedbackKind")
        for kind in FeedbackKind:
            self.kind.addItem(QCoreApplication.translate("feedback", FEEDBACK_KIND_LABELS[kind]),
                              kind.value)
        self.score = QSpinBox(objectName="feedbackScore")
        self.kind.currentIndexChanged.connect(self._score_range)
        self.channel = QComboBox(objectName="feedbackChannel")
        for channel in FeedbackChannel:
            self.channel.addItem(QCoreApplication.translate("feedback", CHANNEL_LABELS[channel]),
                                 channel.value)
        self.received = QDateEdit(QDate.currentDate(), objectName="feedbackDate",
                                  calendarPopup=True)
        self.received.setMaximumDate(QDate.currentDate())
        self.subject = QLineEdit(objectName="complaintSubject")
        self.comment = QPlainTextEdit(objectName="feedbackComment")
        self.comment.setMinimumSize(380, 100)
        if complaint:
            self.form.addRow(self.tr("About"), self.subject)
        else:
            self.form.addRow(self.tr("Kind"), self.kind)
            self.form.addRow(self.tr("Score"), self.score)
        self.form.addRow(self.tr("Received on") if not complaint else self.tr("Opened on"),
                         self.received)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Details") if complaint else self.tr("Comment"), self.comment)
        self._score_range()

    def _score_range(self) -> None:
        low, high = SCORE_RANGES[FeedbackKind(self.kind.currentData())]
        self.score.setRange(low, high)
        self.score.setValue(high)

    def _when(self) -> datetime:
        """The chosen day at this time of day (today: now), in UTC."""
        day = self.received.date().toPython()
        assert isinstance(day, date)
        now = datetime.now().astimezone()
        return datetime.combine(day, now.time(), now.tzinfo).astimezone(UTC)

    def submission(self) -> Callable[[], Any]:
        channel = FeedbackChannel(self.channel.currentData())
        text, when = self.comment.toPlainText(), self._when()
        if self._complaint:
            subject = self.subject.text()
            return lambda: self._service.open_complaint(
                self._customer_id, subject, details=text, channel=channel,
                order_id=self._order_id, opened_at=when)
        kind, score = FeedbackKind(self.kind.currentData()), self.score.value()
        return lambda: self._service.record(self._customer_id, kind, score, channel=channel,
                                            comment=text, order_id=self._order_id,
                                            received_at=when)
