"""Tables of retention customers (a segment, the churn ranking, the most valuable), sortable by
value, with a double-click that opens the customer."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from seller_desk.domain.errors import fill_params
from seller_desk.domain.money import Money
from seller_desk.domain.retention.churn import Reason
from seller_desk.domain.retention.lifecycle import STAGE_LABELS, Stage
from seller_desk.domain.retention.rfm import SEGMENT_LABELS, Segment
from seller_desk.services.retention.lists import RetentionCustomer
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.labels import country_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def segment_label(segment: Segment) -> str:
    return QCoreApplication.translate("retention", SEGMENT_LABELS[segment])


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate("retention", STAGE_LABELS[stage])


def reason_text(reason: Reason) -> str:
    """Why a customer's risk is what it is, in the window's language."""
    template = QCoreApplication.translate("retention", reason.template)
    return fill_params(template, reason.params, QCoreApplication.translate)


def day_text(fmt: Formatter, day: date) -> str:
    return fmt.locale.toString(QDate(day.year, day.month, day.day),
                               QLocale.FormatType.ShortFormat)


def share_text(fmt: Formatter, share: float) -> str:
    return "–" if math.isnan(share) else fmt.percent(share)


class SortItem(QTableWidgetItem):
    """Sorts by the value behind the text (money, dates, percentages), not the text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return bool(mine < theirs)


# Column key → (header, text, sort value, right-aligned)
Cell = Callable[[RetentionCustomer, Formatter, str], tuple[str, object]]


def _money(minor: int | None, currency: str, fmt: Formatter) -> str:
    return fmt.money(Money(minor, currency)) if minor is not None else "–"


CELLS: dict[str, tuple[Cell, bool]] = {
    "name": (lambda r, f, c: (r.name or f"#{r.id}", r.name.casefold()), False),
    "email": (lambda r, f, c: (r.email, r.email.casefold()), False),
    "country": (lambda r, f, c: (r.country, r.country), False),
    "orders": (lambda r, f, c: (f.number(r.orders), r.orders), True),
    "spend": (lambda r, f, c: (_money(r.spend_minor, c, f), r.spend_minor), True),
    "last_order": (lambda r, f, c: (day_text(f, r.last_order), r.last_order.toordinal()), True),
    "segment": (lambda r, f, c: (segment_label(r.segment), segment_label(r.segment)), False),
    "stage": (lambda r, f, c: (stage_label(r.stage), stage_label(r.stage)), False),
    "risk": (lambda r, f, c: (share_text(f, r.risk), -1.0 if math.isnan(r.risk) else r.risk),
             True),
    "come_back": (lambda r, f, c: (share_text(f, r.come_back),
                                   -1.0 if math.isnan(r.come_back) else r.come_back), True),
    "clv": (lambda r, f, c: (_money(r.clv_minor, c, f), -1 if r.clv_minor is None
                             else r.clv_minor), True),
    "reason": (lambda r, f, c: (reason_text(r.reason), reason_text(r.reason)), False),
}


class CustomerTable(QTableWidget):
    """Retention customers in the given columns; `open_customer` carries a double-clicked id."""

    open_customer = Signal(int)

    def __init__(self, columns: Sequence[str], name: str, stretch: str = "name",
                 parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.setObjectName(name)
        self.columns = tuple(columns)
        self.stretch = stretch
        self.rows: tuple[RetentionCustomer, ...] = ()
        self._currency = ""
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.columns.index(stretch), QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorClearable(True)
        header.sectionClicked.connect(self._sorted_by_user)
        self._user_sorted = False
        self.doubleClicked.connect(self._open)

    def headers(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"), "email": self.tr("Email"), "country": self.tr("Country"),
            "orders": self.tr("Orders"), "spend": self.tr("Spend"),
            "last_order": self.tr("Last order"), "segment": self.tr("Segment"),
            "stage": self.tr("Stage"), "risk": self.tr("Churn risk"),
            "come_back": self.tr("Come-back chance"), "clv": self.tr("Predicted value"),
            "reason": self.tr("Why"),
        }

    def retranslate(self, fmt: Formatter) -> None:
        names = self.headers()
        self.setHorizontalHeaderLabels([names[key] for key in self.columns])
        if self.rows:
            self.show_rows(self.rows, self._currency, fmt)

    def show_rows(self, rows: Sequence[RetentionCustomer], currency: str, fmt: Formatter) -> None:
        self.rows, self._currency = tuple(rows), currency
        header = self.horizontalHeader()
        self.setSortingEnabled(False)
        self.clearContents()
        self.setRowCount(len(self.rows))
        for row, customer in enumerate(self.rows):
            for col, key in enumerate(self.columns):
                cell, right = CELLS[key]
                text, value = cell(customer, fmt, currency)
                item = SortItem(text)
                item.setData(SORT_ROLE, value)
                item.setData(ID_ROLE, customer.id)
                if right:
                    item.setTextAlignment(RIGHT)
                if key == "country":
                    item.setToolTip(country_label(customer.country))
                elif key in ("reason", "email", "name"):
                    item.setToolTip(text)
                self.setItem(row, col, item)
        self._fit_columns()
        if not self._user_sorted:
            # Until the seller clicks a header the rows keep the order the service gave them.
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def _sorted_by_user(self, _section: int = 0) -> None:
        self._user_sorted = True

    def _fit_columns(self) -> None:
        """Content width for each column but the stretching one, capped, so that one gets room."""
        widths = {"name": 220, "email": 260, "country": 70, "segment": 150, "stage": 100}
        metrics = self.fontMetrics()
        for col, key in enumerate(self.columns):
            if key == self.stretch:
                continue
            self.resizeColumnToContents(col)
            header_width = metrics.horizontalAdvance(
                self.horizontalHeaderItem(col).text() if self.horizontalHeaderItem(col) else ""
            ) + 28
            cap = widths.get(key, 160)
            self.setColumnWidth(col, max(min(self.columnWidth(col) + 12, cap), header_width))

    def _open(self, index: QModelIndex) -> None:
        item = self.item(index.row(), 0)
        if item is not None:
            self.open_customer.emit(int(item.data(ID_ROLE)))
