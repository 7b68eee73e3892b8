"""The Retention Overview: headline cards, and customers and revenue by segment and by stage."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from seller_desk.domain.money import Money
from seller_desk.domain.retention.lifecycle import STAGES
from seller_desk.domain.retention.rfm import SEGMENTS
from seller_desk.reports.charts.kinds import Pick
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.retention_charts import ChartTab
from seller_desk.ui.pages.retention_compute import Headline, RetentionView
from seller_desk.ui.pages.retention_layout import note, section_title
from seller_desk.ui.pages.retention_table import (
    RIGHT,
    SORT_ROLE,
    SortItem,
    segment_label,
    stage_label,
)
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.kpi_card import KpiCard

CARDS = ("customers", "repeat", "second", "revenue", "clv")


def summary_table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, objectName=name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return table


def fit_height(table: QTableWidget) -> None:
    """Tall enough for every row: these tables are short and must not scroll inside the page."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth() + 2)


class OverviewTab(ChartTab):
    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__("retentionOverview", ("overview_repeat", "overview_curves"), parent)
        self.fmt = fmt
        self.cards = {key: KpiCard() for key in CARDS}
        cards = QWidget()
        self._cards = QGridLayout(cards)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._arrange_cards(len(CARDS))
        self.add_widget(cards)
        self.margin_note = note("marginNote")
        self.add_widget(self.margin_note)
        self.segments_title = section_title()
        self.segments = summary_table("segmentTable", 5)
        self.stages_title = section_title()
        self.stages = summary_table("stageTable", 4)
        left, right = QWidget(), QWidget()
        for box, title, table in ((left, self.segments_title, self.segments),
                                  (right, self.stages_title, self.stages)):
            column = QGridLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(title, 0, 0)
            column.addWidget(table, 1, 0)
        left.setMinimumWidth(560)
        right.setMinimumWidth(400)
        self.add_row(left, right, stretches=(3, 2))
        self.hint = note("drillHint")
        self.add_widget(self.hint)
        self.add_row(self.charts["overview_repeat"], self.charts["overview_curves"])
        self.finish()
        self.segments.doubleClicked.connect(lambda i: self._drill("segment", i))
        self.stages.doubleClicked.connect(lambda i: self._drill("stage", i))
        self.retranslate()

    def _arrange_cards(self, columns: int) -> None:
        if columns == self._columns:
            return
        for column in range(self._columns):
            self._cards.setColumnStretch(column, 0)
        self._columns = columns
        for number, key in enumerate(CARDS):
            self._cards.addWidget(self.cards[key], number // columns, number % columns)
        for column in range(columns):
            self._cards.setColumnStretch(column, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """All five cards in a row where they fit at their figures' widths, else fewer."""
        widest = max(card.minimumSizeHint().width() for card in self.cards.values())
        room = self.viewport().width() - 24
        self._arrange_cards(next((n for n in (5, 3, 2) if n * (widest + 8) <= room), 1))
        super().resizeEvent(event)

    def _drill(self, kind: str, index: QModelIndex) -> None:
        item = (self.segments if kind == "segment" else self.stages).item(index.row(), 0)
        if item is not None:
            self.drill.emit(Pick(kind, (int(item.data(SORT_ROLE)),)))

    def retranslate(self) -> None:
        super().retranslate()
        self.segments_title.setText(self.tr("Segments (RFM)"))
        self.stages_title.setText(self.tr("Lifecycle stages"))
        self.segments.setHorizontalHeaderLabels([
            self.tr("Segment"), self.tr("Customers"), self.tr("Share"), self.tr("Revenue"),
            self.tr("Share of revenue")])
        self.stages.setHorizontalHeaderLabels([
            self.tr("Stage"), self.tr("Customers"), self.tr("Share"), self.tr("Revenue")])
        self.hint.setText(self.tr("Double-click a segment or a stage to see its customers, "
                                  "export them for a win-back mail or record a campaign. Click "
                                  "a point on the retention curves for that cohort's customers."))
        if self.view is not None:
            self.show_view(self.view)
        else:
            self._label_cards(12)

    def _label_cards(self, months: int) -> None:
        labels = {
            "customers": self.tr("Customers"),
            "repeat": self.tr("Repeat purchase rate"),
            "second": self.tr("Median days to 2nd order"),
            "revenue": self.tr("Revenue"),
            "clv": fill(self.tr("Average %1-month value"), months),
        }
        for key, card in self.cards.items():
            card.label.setText(labels[key])

    def show_view(self, view: RetentionView) -> None:
        super().show_view(view)
        h, f = view.headline, self.fmt
        currency = view.report.base_currency
        self._label_cards(h.clv_months)
        second = "–" if h.median_days_to_second is None else f.number(
            round(h.median_days_to_second))
        revenue_note = fill(self.tr("%1 orders"), f.number(h.orders))
        if h.unknown_revenue_minor:
            revenue_note = fill(self.tr("%1 orders; %2 more from unknown buyers"),
                                f.number(h.orders), f.money(Money(h.unknown_revenue_minor,
                                                                  currency)))
        clv = None if h.average_clv_minor is None else Money(h.average_clv_minor, currency)
        for key, value, change in (
            ("customers", f.number(h.customers), self.tr("with a counted order")),
            ("repeat", f.percent(h.repeat_rate),
             fill(self.tr("%1 ordered twice or more"), f.number(h.repeaters))),
            ("second", second, self.tr("among those who came back")),
            ("revenue", f.money(Money(h.revenue_minor, currency)), revenue_note),
            ("clv", f.money(clv), self.tr("predicted, per customer")),
        ):
            self.cards[key].set_figure(value, change, None)
        self.margin_note.setText(self.margin_text(h))
        self._fill_segments(view)
        self._fill_stages(view)

    def margin_text(self, h: Headline) -> str:
        share = self.fmt.percent(h.margin)
        if h.margin_measured:
            return fill(self.tr("Predicted value counts the shop's measured margin: %1 of spend."),
                        share)
        if h.margin >= 1.0:
            return self.tr("Predicted value counts the whole spend: no margin is measured from "
                           "product costs or set in Settings.")
        return fill(self.tr("Predicted value counts the margin set in Settings: %1 of spend."),
                    share)

    def _fill(self, table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
        table.setRowCount(len(rows))
        for row, (code, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = SortItem(text) if column == 0 else QTableWidgetItem(text)
                if column == 0:
                    item.setData(SORT_ROLE, code)
                else:
                    item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        fit_height(table)

    def _fill_segments(self, view: RetentionView) -> None:
        f, currency = self.fmt, view.report.base_currency
        customers = max(sum(t.customers for t in view.report.segments), 1)
        revenue = max(sum(t.revenue for t in view.report.segments), 1)
        rows = [(SEGMENTS.index(t.segment),
                 [segment_label(t.segment), f.number(t.customers),
                  f.percent(t.customers / customers), f.money(Money(t.revenue, currency)),
                  f.percent(t.revenue / revenue)])
                for t in view.report.segments if t.customers]
        self._fill(self.segments, rows)

    def _fill_stages(self, view: RetentionView) -> None:
        f, report = self.fmt, view.report
        counts = report.lifecycle.counts()
        total = max(int(counts.sum()), 1)
        spend = report.summary.spend
        rows = []
        for code, stage in enumerate(STAGES):
            revenue = int(spend[report.lifecycle.stage == code].sum()) if spend.size else 0
            rows.append((code, [stage_label(stage), f.number(int(counts[code])),
                                f.percent(int(counts[code]) / total),
                                f.money(Money(revenue, report.base_currency))]))
        self._fill(self.stages, rows)
