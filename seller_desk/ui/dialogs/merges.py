"""Customers who look like one person across marketplaces, merged with one click each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.identity import MatchReason
from seller_desk.services.merges import MergeService, MergeSuggestion
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.labels import country_label, marketplace_label
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
REASONS = {
    MatchReason.EMAIL: QT_TRANSLATE_NOOP("merge", "same email"),
    MatchReason.PHONE: QT_TRANSLATE_NOOP("merge", "same phone"),
    MatchReason.NAME_POSTCODE: QT_TRANSLATE_NOOP("merge", "same name and postcode"),
}


class DuplicatesDialog(QDialog):
    merged = Signal(list, str)  # merge ids, names merged

    def __init__(self, runner: TaskRunner, merges: MergeService, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.runner, self._merges, self._fmt = runner, merges, fmt
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.messages = MessageBar()
        self.intro = QLabel(wordWrap=True)
        self.intro.setText(self.tr(
            "These customers share an email, a phone number, or a name and postcode. Merging "
            "keeps the first one and moves the others' orders, notes and feedback to it; you "
            "can undo a merge from the customer's panel. Buyers a marketplace hides are never "
            "suggested."))
        self.tree = QTreeWidget(objectName="duplicates")
        self.tree.setHeaderLabels([self.tr("Customer"), self.tr("Email"), self.tr("Phone"),
                                   self.tr("Country"), self.tr("Orders"), self.tr("Spent"),
                                   self.tr("Store")])
        self.tree.setRootIsDecorated(True)
        self.merge_button = QPushButton(self.tr("Merge selected group"), objectName="merge")
        self.merge_button.clicked.connect(self.merge_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.messages)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(1180, 560)
        self.suggestions: list[MergeSuggestion] = []
        self.load()

    def load(self) -> None:
        self.tree.clear()
        self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("Looking for duplicates…")]))
        self.runner.run(self._merges.suggestions, on_done=self._show,
                        on_error=self.messages.show_error)

    def _show(self, suggestions: list[MergeSuggestion]) -> None:
        self.suggestions = suggestions
        self.tree.clear()
        for number, s in enumerate(suggestions):
            reasons = ", ".join(QCoreApplication.translate("merge", REASONS[r])
                                for r in s.reasons)
            group = QTreeWidgetItem([fill(self.tr("%1 customers: %2"), len(s.customers),
                                          reasons)])
            group.setData(0, 256, number)
            for c in s.customers:
                item = QTreeWidgetItem([
                    c.name, c.email, c.phone, country_label(c.country),
                    self._fmt.number(c.orders), self._fmt.money(c.spent), c.account])
                item.setToolTip(6, marketplace_label(c.marketplace))
                item.setData(0, 256, number)
                for column in (4, 5):
                    item.setTextAlignment(column, RIGHT)
                group.addChild(item)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
        if not suggestions:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No duplicates found.")]))
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        # Group titles span the row; the names under them set the first column's width.
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), 220))
        self.merge_button.setEnabled(bool(suggestions))

    def merge_current(self) -> None:
        item = self.tree.currentItem()
        number = item.data(0, 256) if item is not None else None
        if number is None:
            self.messages.show_error(self.tr("Select a group to merge first."))
            return
        group = self.suggestions[int(number)]
        keep, *others = group.ids
        names = ", ".join(c.name or c.email for c in group.customers[1:])
        reason = group.reasons[0].value if group.reasons else ""
        self.runner.run(
            self._merges.merge, keep, others, reason, lane=Lane.WRITE,
            on_done=lambda ids: self._done(ids, names), on_error=self.messages.show_error)

    def _done(self, merge_ids: list[int], names: str) -> None:
        self.merged.emit(merge_ids, names)
        self.messages.show_info(fill(self.tr("Merged %1."), names))
        self.load()

