"""The Retention page's filters: where customers were won, their country and first product, the
months they were won in and the as-of date; with Refresh and a busy sign."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from seller_desk.services.retention.filters import RetentionFilter
from seller_desk.services.retention.service import FilterChoices
from seller_desk.ui.pages.labels import country_label, marketplace_label
from seller_desk.ui.text import fill

SETTLE_MS = 350  # a burst of changes (typing a date) computes once


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _combo(name: str, chars: int) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def _fit_popup(combo: QComboBox) -> None:
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                 default=0)
    combo.view().setMinimumWidth(widest + 32)


def _month_edit(name: str) -> QDateEdit:
    edit = QDateEdit(objectName=name)
    edit.setDisplayFormat(month_format())
    edit.setCurrentSection(QDateEdit.Section.MonthSection)
    return edit


def month_format() -> str:
    """A month as Formatter.month shows it: "Nov 2026", "2026年11月"."""
    cjk = QLocale().language() in (QLocale.Language.Chinese, QLocale.Language.Japanese,
                                   QLocale.Language.Korean)
    return "yyyy年M月" if cjk else "MMM yyyy"


class RetentionFilterBar(QWidget):
    """Emits `changed` (settled) when the seller picks something; `refresh` on the button."""

    changed = Signal()
    refresh = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marketplace = _combo("retentionMarketplace", 14)
        self.country = _combo("retentionCountry", 14)
        self.product = _combo("retentionProduct", 22)
        self.won_label = QLabel()
        self.cohort_from = _month_edit("cohortFrom")
        self.cohort_to = _month_edit("cohortTo")
        self.as_of_label = QLabel()
        self.as_of = QDateEdit(calendarPopup=True, objectName="asOf")
        self.as_of.setDate(QDate.currentDate())
        self.refresh_button = QPushButton(objectName="refreshRetention")
        self.busy = QProgressBar(objectName="retentionBusy", textVisible=False)
        self.busy.setRange(0, 0)
        self.busy.setFixedSize(70, 8)
        self.busy.hide()
        # Who (the combos) and when (the dates): side by side, or in two lines on a narrow window.
        self._who, self._when = QWidget(), QWidget()
        who, when = QHBoxLayout(self._who), QHBoxLayout(self._when)
        for line in (who, when):
            line.setContentsMargins(0, 0, 0, 0)
        for widget in (self.marketplace, self.country, self.product):
            who.addWidget(widget)
        for widget in (self.won_label, self.cohort_from, QLabel("–"), self.cohort_to):
            when.addWidget(widget)
        when.addSpacing(10)
        when.addWidget(self.as_of_label)
        when.addWidget(self.as_of)
        when.addStretch(1)
        when.addWidget(self.busy)
        when.addWidget(self.refresh_button)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._wide: bool | None = None
        self._arrange(True)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.changed.emit)
        for combo in (self.marketplace, self.country, self.product):
            combo.currentIndexChanged.connect(self._touched)
        for edit in (self.cohort_from, self.cohort_to, self.as_of):
            edit.dateChanged.connect(self._touched)
        self.refresh_button.clicked.connect(self.refresh.emit)
        self._choices: FilterChoices | None = None
        self._filling = False
        self.set_choices(FilterChoices((), (), (), None, None), QDate.currentDate())
        self.retranslate()

    def _arrange(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        self._grid.removeWidget(self._who)
        self._grid.removeWidget(self._when)
        self._grid.addWidget(self._who, 0, 0)
        self._grid.addWidget(self._when, 0 if wide else 1, 1 if wide else 0)
        self._grid.setColumnStretch(1 if wide else 0, 1)
        self._grid.setColumnStretch(0 if wide else 1, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        need = (self._who.sizeHint().width() + self._when.minimumSizeHint().width()
                + self._grid.horizontalSpacing())
        self._arrange(event.size().width() >= need)
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider of the two lines: on a small screen they wrap."""
        hint = super().minimumSizeHint()
        width = max(self._who.minimumSizeHint().width(), self._when.minimumSizeHint().width())
        return QSize(width, hint.height())

    def _touched(self) -> None:
        if not self._filling:
            self._settle.start()

    def retranslate(self) -> None:
        for edit in (self.cohort_from, self.cohort_to):
            edit.setLocale(QLocale())
            edit.setDisplayFormat(month_format())
        self.as_of.setLocale(QLocale())
        self.won_label.setText(self.tr("Won"))
        self.won_label.setToolTip(self.tr("Months of the customers' first orders (cohorts)"))
        self.as_of_label.setText(self.tr("As of"))
        self.as_of.setToolTip(self.tr("Every figure is computed as of this day"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute again (F5)"))
        self.marketplace.setToolTip(self.tr("Marketplace of the customer's first order"))
        self.country.setToolTip(self.tr("Customer's country"))
        self.product.setToolTip(self.tr("A product in the customer's first order"))
        self.busy.setToolTip(self.tr("Computing…"))
        if self._choices is not None:
            self._fill_combos(self._choices)

    def set_choices(self, choices: FilterChoices, today: QDate | date) -> None:
        """Offer what the shop has; keep what was picked where it still exists."""
        self._filling = True
        self._choices = choices
        self._fill_combos(choices)
        first = qdate(choices.first_day) if choices.first_day else QDate.currentDate()
        last = qdate(choices.last_day) if choices.last_day else QDate.currentDate()
        first, last = QDate(first.year(), first.month(), 1), QDate(last.year(), last.month(), 1)
        for edit in (self.cohort_from, self.cohort_to):
            edit.setDateRange(first, max(first, last))
        self.cohort_from.setDate(first)
        self.cohort_to.setDate(max(first, last))
        self.as_of.setDate(today if isinstance(today, QDate) else qdate(today))
        self._filling = False

    def _fill_combos(self, choices: FilterChoices) -> None:
        filling, self._filling = self._filling, True
        for combo, everything, items in (
            (self.marketplace, self.tr("All marketplaces"),
             [(code, marketplace_label(code)) for code in choices.marketplaces]),
            (self.country, self.tr("All countries"),
             [(code, country_label(code)) for code in choices.countries]),
            (self.product, self.tr("Any first product"),
             [(sku, fill(self.tr("%1 · %2"), sku, title)) for sku, title in choices.products]),
        ):
            keep = combo.currentData()
            combo.clear()
            combo.addItem(everything, "")
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            _fit_popup(combo)
        self._filling = filling

    def pick_country(self, code: str) -> None:
        self.country.setCurrentIndex(max(self.country.findData(code), 0))

    def value(self) -> tuple[RetentionFilter, date]:
        def picked(combo: QComboBox) -> tuple[str, ...]:
            data = combo.currentData()
            return (str(data),) if data else ()

        start, end = self.cohort_from.date(), self.cohort_to.date()
        return RetentionFilter(
            marketplaces=picked(self.marketplace),
            countries=picked(self.country),
            first_skus=picked(self.product),
            cohort_from=None if start <= self.cohort_from.minimumDate() else pydate(start),
            cohort_to=None if end >= self.cohort_to.maximumDate() else pydate(end),
        ), pydate(self.as_of.date())

    def describe(self) -> str:
        """The filters in force, in words, for a campaign's audience ("DE · Etsy")."""
        parts = [combo.currentText() for combo in (self.marketplace, self.country, self.product)
                 if combo.currentData()]
        chosen, _ = self.value()
        if chosen.cohort_from or chosen.cohort_to:
            parts.append(fill(self.tr("won %1–%2"), self.cohort_from.text(),
                              self.cohort_to.text()))
        return " · ".join(parts)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
