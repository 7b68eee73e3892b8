"""Granting loyalty points by hand (a review, a referral), or taking some back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from seller_desk.services.loyalty import MAX_GRANT, LoyaltyService
from seller_desk.ui.dialogs.form import FormDialog
from seller_desk.ui.tasks import TaskRunner


class GrantPointsDialog(FormDialog):
    def __init__(self, runner: TaskRunner, loyalty: LoyaltyService, customer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("grantPointsDialog")
        self._loyalty, self._customer_id = loyalty, customer_id
        self.setWindowTitle(self.tr("Grant points"))
        self.points = QSpinBox(objectName="grantPoints")
        self.points.setRange(-MAX_GRANT, MAX_GRANT)
        self.points.setGroupSeparatorShown(True)
        self.points.setToolTip(self.tr("Negative to take points back, for a correction"))
        self.reason = QLineEdit(objectName="grantReason", maxLength=300)
        self.reason.setPlaceholderText(self.tr("e.g. review, referral"))
        self.reason.setMinimumWidth(320)
        self.form.addRow(self.tr("Points"), self.points)
        self.form.addRow(self.tr("Reason"), self.reason)

    def submission(self) -> Callable[[], Any]:
        points, reason, customer_id = self.points.value(), self.reason.text(), self._customer_id
        return lambda: self._loyalty.grant(customer_id, points, reason)
