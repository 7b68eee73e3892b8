"""Bulk reprice: choose markets, preview old against new prices, apply the ticked rows at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.services.pricing import MarketView, PricingService, RepricePreview
from seller_desk.services.progress import Job
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.reprice_rows import RepriceModel
from seller_desk.ui.pages.labels import marketplace_label
from seller_desk.ui.tasks import Lane, TaskHandle, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar

MARKET_ROLE = Qt.ItemDataRole.UserRole


class RepriceDialog(QDialog):
    applied = Signal(int)  # offers written

    def __init__(self, runner: TaskRunner, pricing: PricingService, fmt: Formatter,
                 listing_ids: Sequence[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repriceDialog")
        self.setWindowTitle(self.tr("Reprice listings"))
        self.runner, self._pricing, self.fmt = runner, pricing, fmt
        self.listing_ids = list(listing_ids) if listing_ids is not None else None
        self.messages = MessageBar()
        scope = (fill(self.tr("%1 chosen listings, in the markets ticked below."),
                      fmt.number(len(self.listing_ids)))
                 if self.listing_ids is not None
                 else self.tr("Every listing on sale, in the markets ticked below."))
        self.scope = QLabel(scope, objectName="repriceScope", wordWrap=True)
        self.markets = QListWidget(objectName="repriceMarkets")
        self.markets.setMaximumHeight(130)
        self.markets.itemChanged.connect(self._stale)
        self.preview_button = QPushButton(self.tr("&Preview"), objectName="repricePreview")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.start_preview)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="repriceCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar(objectName="repriceProgress")
        self.progress.hide()
        self.model = RepriceModel(fmt, self)
        self.model.chosen_changed.connect(self._chosen_changed)
        self.table = QTableView(objectName="repriceTable")
        self.table.setModel(self.model)
        # By SKU until the seller clicks another header (not by the tick column).
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        toggle = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table)
        toggle.setContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.activated.connect(self.toggle_selected)
        self.all_button = QPushButton(self.tr("Tick &all"), objectName="chooseAll")
        self.all_button.clicked.connect(lambda: self.model.choose(lambda _row: True))
        self.none_button = QPushButton(self.tr("Tick &none"), objectName="chooseNone")
        self.none_button.clicked.connect(lambda: self.model.choose(lambda _row: False))
        self.changes_button = QPushButton(self.tr("Only price &changes"),
                                          objectName="chooseChanges")
        self.changes_button.clicked.connect(lambda: self.model.choose(lambda row: row.changed))
        self.summary = QLabel(objectName="repriceSummary", wordWrap=True)
        self.apply_button = QPushButton(self.tr("A&pply ticked rows"), objectName="repriceApply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        run_row = QHBoxLayout()
        run_row.addWidget(self.preview_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)
        run_row.addStretch(0)
        choose_row = QHBoxLayout()
        for button in (self.all_button, self.none_button, self.changes_button):
            choose_row.addWidget(button)
        choose_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.scope)
        layout.addWidget(QLabel(self.tr("Markets:")))
        layout.addWidget(self.markets)
        layout.addLayout(run_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(choose_row)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.task: TaskHandle | None = None
        self._generation = 0
        self.resize(1100, 680)
        self._set_choosing(False)
        self.runner.run(pricing.markets, on_done=self.show_markets,
                        on_error=self.messages.show_error)

    # -- markets -------------------------------------------------------------------------
    def show_markets(self, markets: tuple[MarketView, ...]) -> None:
        self.markets.blockSignals(True)
        self.markets.clear()
        for market in markets:
            text = fill(self.tr("%1 (%2): %3 offers"), market.label,
                        marketplace_label(market.marketplace), self.fmt.number(market.offer_count))
            if not market.has_rule:
                text += " — " + self.tr("no price rule yet")
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = market.has_rule and market.offer_count > 0
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setData(MARKET_ROLE, market)
            self.markets.addItem(item)
        self.markets.blockSignals(False)
        if not markets:
            self.messages.show_error(self.tr("There are no marketplace accounts yet."))

    def chosen_markets(self) -> list[MarketView]:
        items = (self.markets.item(i) for i in range(self.markets.count()))
        return [item.data(MARKET_ROLE) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def set_markets_ticked(self, labels: Sequence[str]) -> None:
        for i in range(self.markets.count()):
            item = self.markets.item(i)
            wanted = item.data(MARKET_ROLE).label in labels
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    # -- preview -------------------------------------------------------------------------
    def start_preview(self) -> None:
        markets = self.chosen_markets()
        if not markets:
            self.messages.show_error(self.tr("Tick at least one market."))
            return
        self.messages.hide()
        ids, pricing = self.listing_ids, self._pricing
        self._start(lambda job: pricing.preview(markets, ids, job), self.show_preview,
                    Lane.READ)

    def show_preview(self, preview: RepricePreview) -> None:
        self._busy(False)
        self.model.set_preview(preview)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 260))
        self._set_choosing(True)
        stale = preview.stale_rates
        if stale:
            self.messages.show_info(fill(
                self.tr("Some rates are old: %1. Update the rates for today's prices."),
                ", ".join(f"{u.from_currency}→{u.to_currency} {self._day(u.day)}"
                          for u in stale if u.day is not None)))

    def _day(self, day: date | None) -> str:
        if day is None:
            return "–"
        qdate = QDate(day.year, day.month, day.day)
        return self.fmt.locale.toString(qdate, QLocale.FormatType.ShortFormat)

    def _stale(self) -> None:
        """The markets changed: the preview on show no longer answers the question."""
        if self.model.preview is not None:
            self.model.set_preview(None)
            self._set_choosing(False)

    def _set_choosing(self, on: bool) -> None:
        for button in (self.all_button, self.none_button, self.changes_button):
            button.setEnabled(on)
        self._chosen_changed(self.model.chosen_count)

    def _chosen_changed(self, count: int) -> None:
        preview = self.model.preview
        self.apply_button.setEnabled(count > 0 and self.task is None)
        if preview is None:
            self.summary.setText(self.tr("Press Preview to see the new prices."))
            return
        self.summary.setText(fill(
            self.tr("%1 offers: %2 with a new price, %3 cannot be priced (greyed; hover for "
                    "why). %4 ticked to apply."),
            self.fmt.number(len(preview.rows)), self.fmt.number(preview.changed),
            self.fmt.number(preview.problems), self.fmt.number(count)))

    def toggle_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        self.model.toggle(rows)

    # -- apply ---------------------------------------------------------------------------
    def apply(self) -> None:
        rows = self.model.chosen_rows()
        if not rows:
            self.messages.show_error(self.tr("Tick the rows to apply first."))
            return
        pricing = self._pricing
        self._start(lambda job: pricing.apply(rows, job), self._applied, Lane.WRITE)

    def _applied(self, written: int) -> None:
        self._busy(False)
        self.applied.emit(written)
        self.start_preview()  # show the prices as they now are
        self.messages.show_info(fill(self.tr("Wrote %1 new prices in one go."),
                                     self.fmt.number(written)))

    # -- running -------------------------------------------------------------------------
    def _start(self, work: Callable[[Job], Any], done: Callable[[Any], None],
               lane: Lane) -> None:
        self._generation += 1
        generation = self._generation

        def fresh() -> bool:
            # A cancelled task may still answer; only the newest one speaks.
            return generation == self._generation

        self._busy(True)
        self.task = self.runner.run(
            work, with_job=True, lane=lane,
            on_done=lambda value: done(value) if fresh() else None,
            on_error=lambda error: self._failed(error) if fresh() else None,
            on_progress=lambda d, t, text: self._progress(d, t, text) if fresh() else None)

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.task = None
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.markets.setEnabled(not busy)
        self.apply_button.setEnabled(not busy and self.model.chosen_count > 0)

    def _progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.progress.setFormat(QCoreApplication.translate("progress", text) + " %p%")

    def _failed(self, error: KnownError) -> None:
        self._busy(False)
        self.messages.show_error(error)

    def cancel(self) -> None:
        if self.task is None:
            return
        self.task.cancel()
        self._generation += 1
        self._busy(False)
        self.messages.show_info(self.tr("Cancelled; nothing was changed."))

    def reject(self) -> None:
        self.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)
