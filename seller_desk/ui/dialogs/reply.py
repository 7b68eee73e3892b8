"""A reply to a customer in their language, from a template; copied to the clipboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.replies import (
    LANGUAGE_NAMES,
    PLACEHOLDER_LABELS,
    REPLY_KIND_LABELS,
    ReplyKind,
)
from seller_desk.services.replies import RepliesService, ReplyDraft
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar


class ReplyDialog(QDialog):
    def __init__(self, runner: TaskRunner, replies: RepliesService, *,
                 customer_id: int | None, order_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyDialog")
        self.runner, self._replies = runner, replies
        self._customer_id, self._order_id = customer_id, order_id
        self.setWindowTitle(self.tr("Reply to the customer"))
        self.messages = MessageBar()
        self.kind = QComboBox(objectName="replyKind")
        for kind in ReplyKind:
            self.kind.addItem(QCoreApplication.translate("replies", REPLY_KIND_LABELS[kind]),
                              kind.value)
        self.language = QComboBox(objectName="replyLanguage")
        self.language.addItem(self.tr("The customer's language"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.subject = QLineEdit(objectName="replySubject")
        self.body = QPlainTextEdit(objectName="replyBody")
        self.body.setMinimumSize(520, 260)
        self.missing = QLabel(objectName="replyMissing", wordWrap=True)
        self.missing.setStyleSheet("color: #8a5300;")
        form = QFormLayout()
        form.addRow(self.tr("Reply"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Subject"), self.subject)
        self.copy = QPushButton(self.tr("Copy to clipboard"), objectName="copyReply")
        self.copy.clicked.connect(self.copy_reply)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.missing)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.draft: ReplyDraft | None = None
        self.refresh()

    def refresh(self) -> None:
        # Read the widgets here: the draft is made on a worker thread.
        kind, language = ReplyKind(self.kind.currentData()), self.language.currentData() or None
        customer_id, order_id = self._customer_id, self._order_id
        self.runner.run(
            lambda: self._replies.draft(kind, customer_id=customer_id, order_id=order_id,
                                        language=language),
            on_done=self._show, on_error=self.messages.show_error)

    def _show(self, draft: ReplyDraft) -> None:
        self.draft = draft
        self.subject.setText(draft.reply.subject)
        self.body.setPlainText(draft.reply.body)
        if draft.reply.missing:
            names = ", ".join(QCoreApplication.translate("replies", PLACEHOLDER_LABELS[m])
                              if m in PLACEHOLDER_LABELS else m for m in draft.reply.missing)
            self.missing.setText(fill(self.tr("Fill in before sending: %1"), names))
        else:
            self.missing.setText("")
        self.setWindowTitle(fill(self.tr("Reply to the customer (%1)"),
                                 LANGUAGE_NAMES.get(draft.language, draft.language)))

    def copy_reply(self) -> None:
        text = f"{self.subject.text()}\n\n{self.body.toPlainText()}"
        QGuiApplication.clipboard().setText(text)
        self.messages.show_info(self.tr("Copied; paste it into your email or the marketplace "
                                        "message."))
