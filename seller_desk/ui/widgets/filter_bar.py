"""The filters above a table: status, marketplace, country, currency and a period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from seller_desk.domain.orders import MARKETPLACE_LABELS, STATUS_LABELS, Marketplace, OrderStatus
from seller_desk.domain.paging import TableFilter
from seller_desk.services.choices import FilterChoices

COMBO_CHARS = {"marketplace": 18, "status": 14, "period": 13}
PERIODS = ("any", "7", "30", "90", "365", "this_year", "custom")


def _start_of(day: QDate) -> datetime:
    stamp = QDateTime(day, QTime(0, 0), QTimeZone.systemTimeZone())
    return datetime.fromtimestamp(stamp.toSecsSinceEpoch(), UTC)


def _fit_popup(combo: QComboBox) -> None:
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                 default=0)
    combo.view().setMinimumWidth(widest + 32)


class FilterBar(QWidget):
    """Emits `changed` with a TableFilter whenever the seller picks something."""

    changed = Signal(object)

    def __init__(self, kinds: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds = kinds
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._combos: dict[str, QComboBox] = {}
        for kind in kinds:
            combo = QComboBox()
            combo.setObjectName(f"filter_{kind}")
            # Bounded width (long store names must not widen the window); the list that drops
            # down is widened to its longest entry in _fit_popup.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_CHARS.get(kind, 12))
            combo.currentIndexChanged.connect(self._emit)
            self._combos[kind] = combo
            layout.addWidget(combo)
        self._from = QDateEdit(calendarPopup=True, objectName="filter_from")
        self._to = QDateEdit(calendarPopup=True, objectName="filter_to")
        today = QDate.currentDate()
        self._from.setDate(today.addDays(-30))
        self._to.setDate(today)
        self._dash = QLabel("–")
        for widget in (self._from, self._dash, self._to):
            layout.addWidget(widget)
            widget.setVisible(False)
        self._from.dateChanged.connect(self._emit)
        self._to.dateChanged.connect(self._emit)
        layout.addStretch(1)
        self._filling = False
        self.retranslate()

    def retranslate(self) -> None:
        self._filling = True
        if "status" in self._combos:
            self._fill("status", [("", self.tr("All statuses"))]
                       + [(s.value, self._status(s)) for s in OrderStatus])
        if "period" in self._combos:
            self._fill("period", list(zip(PERIODS, self._period_labels(), strict=True)))
        if "archived" in self._combos:
            self._fill("archived", [("active", self.tr("Active listings")),
                                    ("archived", self.tr("Archived")), ("", self.tr("All"))])
        for kind, label in (("marketplace", self.tr("All marketplaces")),
                            ("country", self.tr("All countries")),
                            ("currency", self.tr("All currencies"))):
            combo = self._combos.get(kind)
            if combo is not None:
                if combo.count() == 0:
                    combo.addItem(label, "")
                else:
                    combo.setItemText(0, label)
        self._filling = False

    def _status(self, status: OrderStatus) -> str:
        return QCoreApplication.translate("status", STATUS_LABELS[status])

    def _period_labels(self) -> list[str]:
        return [self.tr("Any time"), self.tr("Last 7 days"), self.tr("Last 30 days"),
                self.tr("Last 90 days"), self.tr("Last 12 months"), self.tr("This year"),
                self.tr("Custom dates")]

    def _fill(self, kind: str, items: list[tuple[str, str]]) -> None:
        combo = self._combos[kind]
        keep = combo.currentData()
        combo.clear()
        for value, label in items:
            combo.addItem(label, value)
        index = combo.findData(keep)
        combo.setCurrentIndex(max(index, 0))
        _fit_popup(combo)

    def set_choices(self, choices: FilterChoices) -> None:
        """Offer what the shop actually has: its accounts, countries and currencies."""
        self._filling = True
        for kind, items in (
            ("marketplace", [(str(a.id), f"{a.name} · {self._market(a.marketplace)}")
                             for a in choices.accounts]),
            ("country", [(c, c) for c in choices.countries]),
            ("currency", [(c, c) for c in choices.currencies]),
        ):
            combo = self._combos.get(kind)
            if combo is None:
                continue
            keep = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            _fit_popup(combo)
        self._filling = False

    @staticmethod
    def _market(code: str) -> str:
        try:
            return QCoreApplication.translate("marketplace", MARKETPLACE_LABELS[Marketplace(code)])
        except ValueError:
            return code

    def value(self) -> TableFilter:
        def picked(kind: str) -> frozenset[str]:
            combo = self._combos.get(kind)
            data = combo.currentData() if combo is not None else ""
            return frozenset([data]) if data else frozenset()

        since, until = self._period()
        archived = self._combos["archived"].currentData() if "archived" in self._combos else ""
        return TableFilter(
            statuses=picked("status"),
            account_ids=frozenset(int(a) for a in picked("marketplace")),
            countries=picked("country"),
            currencies=picked("currency"),
            since=since,
            until=until,
            archived={"active": False, "archived": True}.get(archived),
        )

    def _period(self) -> tuple[datetime | None, datetime | None]:
        combo = self._combos.get("period")
        period = combo.currentData() if combo is not None else "any"
        custom = period == "custom"
        for widget in (self._from, self._dash, self._to):
            widget.setVisible(custom)
        today = QDate.currentDate()
        if period in ("any", None, ""):
            return None, None
        if custom:
            return _start_of(self._from.date()), _start_of(self._to.date().addDays(1))
        if period == "this_year":
            return _start_of(QDate(today.year(), 1, 1)), None
        return datetime.now(UTC) - timedelta(days=int(period)), None

    def _emit(self) -> None:
        if not self._filling:
            self.changed.emit(self.value())
