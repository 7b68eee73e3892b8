"""The Dashboard: the last 30 days against the 30 before, and the best-selling listings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.feedback import SMALL_SAMPLE, FeedbackKind
from seller_desk.services.attention import Attention
from seller_desk.services.dashboard import DashboardFigures, DashboardService, change_ratio
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.dashboard_attention import AttentionBox
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.kpi_card import KpiCard
from seller_desk.ui.widgets.message_bar import MessageBar

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CARDS = ("revenue", "margin", "orders", "average", "new", "returning")


class DashboardPage(QWidget):
    def __init__(
        self, runner: TaskRunner, dashboard: DashboardService, fmt: Formatter,
        attention: Callable[[], Attention] | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._dashboard, self.fmt = runner, dashboard, fmt
        self._attention = attention
        self.attention = AttentionBox(fmt)
        self.attention.setVisible(attention is not None)
        self.figures: DashboardFigures | None = None
        self.title = QLabel(objectName="pageTitle")
        self.period = QLabel(objectName="period")
        self.messages = MessageBar()
        self.cards = {key: KpiCard() for key in CARDS}
        self._grid = QGridLayout()
        self._columns = 0
        self._arrange(len(CARDS))
        self.top_title = QLabel(objectName="sectionTitle")
        self.top = QTableWidget(0, 4, objectName="topListings")
        self.top.verticalHeader().setVisible(False)
        self.top.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.top.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.top.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.period)
        layout.addWidget(self.messages)
        layout.addLayout(self._grid)
        layout.addSpacing(8)
        layout.addWidget(self.attention)
        layout.addSpacing(8)
        layout.addWidget(self.top_title)
        layout.addWidget(self.top, 1)
        self.due_title = QLabel(objectName="sectionTitle")
        self.due = _table("followUpsDue", 3)
        self.scores_title = QLabel(objectName="sectionTitle")
        self.scores = _table("satisfaction", 3)
        lower = QGridLayout()
        lower.addWidget(self.due_title, 0, 0)
        lower.addWidget(self.due, 1, 0)
        lower.addWidget(self.scores_title, 0, 1)
        lower.addWidget(self.scores, 1, 1)
        self.scores_note = QLabel(objectName="scoresNote", wordWrap=True)
        self.scores_note.setStyleSheet("color: #666;")
        lower.addWidget(self.scores_note, 2, 1)
        lower.setColumnStretch(0, 3)
        lower.setColumnStretch(1, 2)
        layout.addLayout(lower, 1)
        self._started = False
        self.retranslate()

    def _arrange(self, columns: int) -> None:
        """Cards in as many columns as the page's width allows (all five on a wide screen)."""
        if columns == self._columns:
            return
        self._columns = columns
        for number, key in enumerate(CARDS):
            self._grid.addWidget(self.cards[key], number // columns, number % columns)

    def _fit_cards(self, width: int) -> None:
        """The most columns whose every row of cards fits `width` at the cards' own widths."""
        needed = [card.minimumSizeHint().width() for card in self.cards.values()]
        gap = self._grid.horizontalSpacing()
        for columns in range(len(CARDS), 0, -1):
            rows = [needed[i:i + columns] for i in range(0, len(needed), columns)]
            if max(sum(row) + gap * (len(row) - 1) for row in rows) <= width - 24:
                break
        rows_needed = -(-len(CARDS) // columns)
        self._arrange(-(-len(CARDS) // rows_needed))  # rows as even as they can be: 3 + 3

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_cards(event.size().width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widest = max(card.minimumSizeHint().width() for card in self.cards.values())
        return QSize(min(hint.width(), 2 * widest + 40), hint.height())

    def activate(self) -> None:
        if not self._started:
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        self._runner.run(
            self._dashboard.figures, on_done=self.show_figures,
            on_error=self.messages.show_error,
        )
        if self._attention is not None:
            self._runner.run(self._attention, on_done=self.show_attention,
                             on_error=self.messages.show_error)

    def show_attention(self, attention: Attention) -> None:
        self.attention.show_attention(attention)
        now, before = attention.current, attention.previous
        share = now.margin_ratio
        change, good = self._change(now.margin.minor, before.margin.minor)
        if share is not None:
            change = fill(self.tr("%1 of revenue · %2"), self.fmt.percent(share), change)
        self.cards["margin"].set_figure(self.fmt.money(now.margin), change, good)
        self._fit_cards(self.width())

    def focus_search(self) -> None:
        """The Dashboard has nothing to search; Ctrl+F does nothing here."""

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        labels = {
            "revenue": self.tr("Revenue, last 30 days"),
            "margin": self.tr("Contribution margin"),
            "orders": self.tr("Orders"),
            "average": self.tr("Average order"),
            "new": self.tr("New customers"),
            "returning": self.tr("Returning customers"),
        }
        for key, card in self.cards.items():
            card.label.setText(labels[key])
        self.top_title.setText(self.tr("Top listings, last 30 days"))
        self.attention.retranslate()
        self.due_title.setText(self.tr("Follow-ups due"))
        self.due.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Customer"), self.tr("What")])
        self.scores_title.setText(self.tr("Customer satisfaction by month"))
        self.scores.setHorizontalHeaderLabels([self.tr("Month"), self.tr("NPS"), self.tr("CSAT")])
        self.scores_note.setText(fill(self.tr(
            "In brackets: answers that month. * fewer than %1 answers: read with care."),
            SMALL_SAMPLE))
        self.top.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Title"), self.tr("Units"), self.tr("Revenue")]
        )
        if self.figures is not None:
            self.show_figures(self.figures)

    def _change(self, now: int, before: int) -> tuple[str, bool | None]:
        ratio = change_ratio(now, before)
        if ratio is None:
            return self.tr("no sales in the 30 days before"), None
        text = fill(self.tr("%1 vs the 30 days before"), self.fmt.percent(ratio, signed=True))
        return text, None if ratio == 0 else ratio > 0

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        f, now, before = self.fmt, figures.current, figures.previous
        self.period.setText(fill(self.tr("%1 – %2, compared with %3 – %4"),
            f.date(now.start), f.date(now.end), f.date(before.start), f.date(before.end)))
        avg_now = now.average_order.minor if now.average_order else 0
        avg_before = before.average_order.minor if before.average_order else 0
        for key, value, a, b in (
            ("revenue", f.money(now.revenue), now.revenue.minor, before.revenue.minor),
            ("orders", f.number(now.orders), now.orders, before.orders),
            ("average", f.money(now.average_order), avg_now, avg_before),
            ("new", f.number(now.new_customers), now.new_customers, before.new_customers),
            ("returning", f.number(now.returning_customers), now.returning_customers,
             before.returning_customers),
        ):
            self.cards[key].set_figure(value, *self._change(a, b))
        self._fit_cards(self.width())  # the figures decide how wide a card must be
        self.top.setRowCount(len(figures.top_listings))
        for row, item in enumerate(figures.top_listings):
            for column, text in enumerate(
                (item.sku, item.title, f.number(item.units), f.money(item.revenue))
            ):
                cell = QTableWidgetItem(text)
                if column >= 2:
                    cell.setTextAlignment(RIGHT)
                self.top.setItem(row, column, cell)
        self.top.resizeColumnToContents(0)
        self._show_follow_ups(figures)
        self._show_scores(figures)
        if not figures.top_listings:
            self.messages.show_info(self.tr("No sales in the last 30 days yet."))

    def _show_follow_ups(self, figures: DashboardFigures) -> None:
        today = date.today()
        self.due.setRowCount(len(figures.follow_ups))
        for row, item in enumerate(figures.follow_ups):
            due = self.fmt.date(datetime.combine(item.due_on, time(12), UTC))
            cells = (due if item.due_on >= today else fill(self.tr("%1 (overdue)"), due),
                     item.customer or item.order_number, item.title)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.due_on < today:
                    cell.setForeground(QColor("#b3261e"))
                self.due.setItem(row, column, cell)
        self.due.resizeColumnToContents(0)
        self.due.resizeColumnToContents(1)

    def _show_scores(self, figures: DashboardFigures) -> None:
        months = list(reversed(figures.satisfaction))
        self.scores.setRowCount(len(months))
        few = fill(self.tr("Fewer than %1 answers: read with care"), SMALL_SAMPLE)
        for row, month in enumerate(months):
            when = self.fmt.month(month.month)
            nps = "" if month.nps is None else fill(self.tr("%1 (%2)"), f"{month.nps:+}",
                                                    month.nps_count)
            csat = "" if month.csat is None else fill(self.tr("%1 % (%2)"), month.csat,
                                                      month.csat_count)
            for column, (text, kind) in enumerate(((when, None), (nps, FeedbackKind.NPS),
                                                   (csat, FeedbackKind.CSAT))):
                cell = QTableWidgetItem(text + (" *" if kind and month.small_sample(kind) else ""))
                if kind is not None:
                    cell.setTextAlignment(RIGHT)
                    if month.small_sample(kind):
                        cell.setToolTip(few)
                self.scores.setItem(row, column, cell)


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, objectName=name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table
