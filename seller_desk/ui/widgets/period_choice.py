"""A period to report on: this month, last month, … or custom dates, as UTC bounds."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from seller_desk.ui.pages.profit_period import PERIODS, period_bounds


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodChoice(QObject):
    """The period combo and the two custom dates (shown only for "Custom dates"); the page
    lays the widgets out and listens to `changed`."""

    changed = Signal()

    def __init__(self, name: str, default: str, custom_days: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.period = QComboBox(objectName=f"{name}Period")
        for kind in PERIODS:
            self.period.addItem("", kind)
        self.period.setCurrentIndex(PERIODS.index(default))
        self.first = QDateEdit(calendarPopup=True, objectName=f"{name}From")
        self.last = QDateEdit(calendarPopup=True, objectName=f"{name}To")
        today = QDate.currentDate()
        self.first.setDate(today.addDays(-custom_days))
        self.last.setDate(today)
        self._show_dates()
        self.period.currentIndexChanged.connect(self._kind_changed)
        self.first.dateChanged.connect(self.changed)
        self.last.dateChanged.connect(self.changed)
        self.retranslate()

    def widgets(self) -> tuple[QWidget, ...]:
        return self.period, self.first, self.last

    def bounds(self) -> tuple[datetime, datetime]:
        return period_bounds(str(self.period.currentData()), _day(QDate.currentDate()),
                             _day(self.first.date()), _day(self.last.date()))

    def retranslate(self) -> None:
        names = [self.tr("This month"), self.tr("Last month"), self.tr("Last 90 days"),
                 self.tr("This year"), self.tr("Last year"), self.tr("Custom dates")]
        for index, name in enumerate(names):
            self.period.setItemText(index, name)

    def _show_dates(self) -> None:
        custom = self.period.currentData() == "custom"
        self.first.setVisible(custom)
        self.last.setVisible(custom)

    def _kind_changed(self, _index: int = 0) -> None:
        self._show_dates()
        self.changed.emit()
