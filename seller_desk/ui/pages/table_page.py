"""A browse page: search box, filters, a lazily loaded table, and a read-only detail panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.domain.paging import PageRequest
from seller_desk.services.choices import FilterChoices
from seller_desk.services.tables import COUNT_CAP
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.paged_table import Column, PagedTableModel, PageSource
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.filter_bar import FilterBar
from seller_desk.ui.widgets.message_bar import MessageBar

MAX_WIDTH = 300  # px a column gets when fitted to its first page
PANEL_WIDTH = 440  # px the detail panel opens with at the least


class TablePage(QWidget):
    """Subclasses say what the table shows; this class does the searching, loading and detail."""

    noun_context = "pages"

    def __init__(
        self,
        runner: TaskRunner,
        source: PageSource[Any],
        columns: list[Column[Any]],
        request: PageRequest,
        filters: tuple[str, ...],
        load_detail: Callable[[int], Any],
        fmt: Formatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.fmt = fmt
        self._load_detail = load_detail
        self.model: PagedTableModel[Any] = PagedTableModel(source, columns, runner, request, self)
        self.messages = MessageBar()
        self.title = QLabel(objectName="pageTitle")
        self.search = QLineEdit(objectName="search", clearButtonEnabled=True)
        self.search.setMinimumWidth(240)
        self.search.setMaximumWidth(420)
        self.filters = FilterBar(filters)
        self.table = QTableView(objectName="table")
        self.status = QLabel(objectName="tableStatus")
        self.detail = QTextBrowser(objectName="detail", openExternalLinks=False,
                                   openLinks=False)
        self.detail.anchorClicked.connect(lambda url: self.on_link(url.toString()))
        self.detail_id: int | None = None
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.filters.changed.connect(self.model.set_filter)
        self._fit_columns = True
        self.model.loaded.connect(self._fit_once)
        self.model.loaded.connect(self._show_status)
        self.model.counted.connect(self._show_status)
        self.model.failed.connect(self.messages.show_error)
        self.table.doubleClicked.connect(self._open_detail)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._close_detail)
        self._started = False
        self.current_detail: Any = None
        self.retranslate()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addStretch(1)
        self.actions_bar = QHBoxLayout()
        top.addLayout(self.actions_bar)
        table = self.table
        table.setModel(self.model)
        # Show the model's own sort before enabling sorting: enabling sorts by the indicator.
        table.horizontalHeader().setSortIndicator(self.model.sort_column(), self.model.sort_order())
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        close = QToolButton(text="✕", autoRaise=True, objectName="closeDetail")
        close.clicked.connect(self._close_detail)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        panel_layout.addWidget(self.detail, 1)
        self._panel = panel
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(table)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        panel.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)  # a row of its own, so the page fits a small screen
        layout.addWidget(self.messages)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

    # -- life cycle ----------------------------------------------------------------------
    def activate(self) -> None:
        """Load on first show, so start-up only pays for the page the seller looks at."""
        if not self._started:
            self._started = True
            self.model.reload()

    def refresh(self) -> None:
        if self._started:
            self.model.reload()

    def set_choices(self, choices: FilterChoices) -> None:
        self.filters.set_choices(choices)

    def keep_sort_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        """Connect to the header's sortIndicatorChanged where some columns cannot sort: such a
        column leaves the arrow where the table's sort really is."""
        if section != self.model.sort_column() and self.model.sort_column() >= 0:
            self.table.horizontalHeader().setSortIndicator(self.model.sort_column(),
                                                           self.model.sort_order())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def retranslate(self) -> None:
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(self.model.columnCount() - 1, 0)
        )
        self.filters.retranslate()
        self.table.viewport().update()  # cells such as statuses are translated as they paint
        self._show_status()

    def save_state(self, settings: QSettings, key: str) -> None:
        settings.setValue(f"{key}/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings, key: str) -> None:
        """Column widths, order and the sort the seller left the table with."""
        state = settings.value(f"{key}/header")
        header = self.table.horizontalHeader()
        if state is not None and header.restoreState(state):
            self._fit_columns = False
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _fit_once(self, _seconds: float) -> None:
        if self._fit_columns and self.model.rowCount():
            self._fit_columns = False
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column) + 12, MAX_WIDTH))

    # -- status and detail ---------------------------------------------------------------
    def count_text(self, total: int) -> str:
        """E.g. "Orders: 1,234"; subclasses name their rows."""
        return fill(self.tr("Rows: %1"), self.fmt.number(total))

    def _show_status(self, *_args: object) -> None:
        shown = self.model.rowCount()
        if self.model.total is None:
            text = self.tr("Loading…") if self.model.loading else fill(
                self.tr("Shown: %1"), self.fmt.number(shown))
        else:
            total = self.model.total
            counted = self.count_text(total)
            if self.model.request.search and total >= COUNT_CAP:
                counted = fill(self.tr("%1+"), counted)
            text = fill(self.tr("%1 · shown: %2"), counted, self.fmt.number(shown)
            )
        self.status.setText(text)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_detail(index)

    def _open_detail(self, index: QModelIndex) -> None:
        self.open_detail(self.model.row_at(index.row()).id)

    def open_detail(self, row_id: int) -> None:
        self.detail_id = row_id
        self.runner.run(
            self._load_detail, row_id, on_done=self._show_detail,
            on_error=self._detail_failed,
        )

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row).id for row in rows]

    def changed(self, text: str = "") -> None:
        """After a change: say so, reload the table, and show the open detail afresh."""
        if text:
            self.messages.show_info(text)
        self.model.reload()
        if self.detail_id is not None and not self._panel.isHidden():
            self.open_detail(self.detail_id)

    def on_link(self, link: str) -> None:
        """A link in the detail panel was clicked (subclasses act on their own links)."""

    def _show_detail(self, detail: Any) -> None:
        self.current_detail = detail
        scroll = self.detail.verticalScrollBar().value()
        self.detail.setHtml(self.render_detail(detail))
        self.detail.verticalScrollBar().setValue(scroll)
        if not self._panel.isVisible():
            total = sum(self.splitter.sizes()) or self.splitter.width()
            panel = max(PANEL_WIDTH, total * 2 // 5)
            self._panel.show()
            self.splitter.setSizes([max(total - panel, 0), panel])

    def _detail_failed(self, error: KnownError) -> None:
        self.messages.show_error(error)

    def _close_detail(self) -> None:
        self._panel.hide()

    def render_detail(self, detail: Any) -> str:
        raise NotImplementedError
