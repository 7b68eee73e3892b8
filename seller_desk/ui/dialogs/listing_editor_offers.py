"""The editor's Offers tab: one row per market (account and currency) the listing is sold in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.currencies import MINOR_DIGITS
from seller_desk.domain.listing_rules import OfferDraft
from seller_desk.domain.money import Money
from seller_desk.services.listing_editing import MarketAccount

AnyIndex = QModelIndex | QPersistentModelIndex
# Column keys double as the field names the domain check uses ("offers.0.price").
COLUMNS = ("account", "currency", "external_id", "title_override", "price", "quantity_buffer")
TITLES = (
    QT_TRANSLATE_NOOP("offers", "Account"), QT_TRANSLATE_NOOP("offers", "Currency"),
    QT_TRANSLATE_NOOP("offers", "Marketplace id"),
    QT_TRANSLATE_NOOP("offers", "Title there (if different)"),
    QT_TRANSLATE_NOOP("offers", "Price"), QT_TRANSLATE_NOOP("offers", "Keep back (qty)"),
)
PROBLEM_BACKGROUND = QColor("#fdecea")


@dataclass(frozen=True)
class OfferItem:
    """One offer as typed: amounts are kept as text until the draft is built."""

    account_id: int
    currency: str
    external_id: str = ""
    title_override: str = ""
    price: str = ""
    quantity_buffer: str = "0"

    @classmethod
    def of(cls, offer: OfferDraft) -> OfferItem:
        amount = (str(Money(offer.price_minor, offer.currency).amount)
                  if offer.currency in MINOR_DIGITS else str(offer.price_minor))
        return cls(offer.account_id, offer.currency, offer.external_id, offer.title_override,
                   amount, str(offer.quantity_buffer))

    def value(self, key: str) -> str | int:
        return getattr(self, key)  # type: ignore[no-any-return]


class OffersModel(QAbstractTableModel):
    """The offers being edited. An edit from the view goes to `on_edit` (which records it
    for undo and calls `apply`); the problems found are shown on their cells."""

    CONTEXT = "offers"

    def __init__(self, accounts: tuple[MarketAccount, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self._names = {a.id: a.name for a in accounts}
        self.items: list[OfferItem] = []
        self.problems: dict[tuple[int, str], str] = {}
        self.on_edit: Callable[[int, str, Any], None] | None = None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item, key = self.items[index.row()], COLUMNS[index.column()]
        problem = self.problems.get((index.row(), key))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "account" and role == Qt.ItemDataRole.DisplayRole:
                return self._names.get(item.account_id, f"#{item.account_id}")
            return item.value(key)
        if role == Qt.ItemDataRole.ToolTipRole and problem:
            return problem
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("price", "quantity_buffer"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, TITLES[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.items):
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = COLUMNS[index.column()]
        value = int(value) if key == "account" else str(value).strip()
        if key == "currency":
            value = str(value).upper()
        if self.items[index.row()].value(key) == value:
            return True
        if self.on_edit is not None:
            self.on_edit(index.row(), key, value)
        else:
            self.apply(index.row(), key, value)
        return True

    # -- changes (each is one undo step, made by the editor) -----------------------------
    def apply(self, row: int, key: str, value: Any) -> None:
        self.items[row] = replace(self.items[row], **{key: value})
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def insert(self, row: int, item: OfferItem) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, item)
        self.endInsertRows()

    def remove(self, row: int) -> OfferItem:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self.items.pop(row)
        self.endRemoveRows()
        return item

    def set_problems(self, problems: dict[tuple[int, str], str]) -> None:
        if problems != self.problems:
            self.problems = problems
            if self.items:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.items) - 1, len(COLUMNS) - 1))

    def next_market(self) -> OfferItem | None:
        """A market not offered yet: each account in its own currency first."""
        taken = {(i.account_id, i.currency) for i in self.items}
        for account in self.accounts:
            if (account.id, account.currency) not in taken:
                return OfferItem(account.id, account.currency)
        return OfferItem(self.accounts[0].id, "") if self.accounts else None


class AccountDelegate(QStyledItemDelegate):
    """The Account column is picked from the shop's marketplace accounts."""

    def __init__(self, accounts: tuple[MarketAccount, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        box = QComboBox(parent)
        for account in self._accounts:
            box.addItem(account.name, account.id)
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OffersTab(QWidget):
    def __init__(self, model: OffersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(objectName="offersTable")
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(0, AccountDelegate(model.accounts, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(objectName="addOffer")
        self.remove_button = QPushButton(objectName="removeOffer")
        self.problems = QLabel(objectName="offerProblems", wordWrap=True)
        self.problems.setStyleSheet("color: #b3261e;")
        self.problems.hide()
        self.empty = QLabel(objectName="noAccounts", wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.empty.setVisible(not model.accounts)
        self.add_button.setEnabled(bool(model.accounts))
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add offer"))
        self.add_button.setToolTip(self.tr("Offer this listing on another account or currency"))
        self.remove_button.setText(self.tr("Remove offer"))
        self.empty.setText(self.tr("The shop has no marketplace accounts yet; import orders or "
                                   "connect a marketplace to offer listings there."))

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def show_problems(self, texts: list[str]) -> None:
        self.problems.setText("\n".join(texts))
        self.problems.setVisible(bool(texts))
