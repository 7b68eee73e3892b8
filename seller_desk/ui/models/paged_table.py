"""A table model that loads its rows page by page in the background, sorted and filtered in SQL."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from seller_desk.domain.errors import KnownError
from seller_desk.domain.paging import Page, PageRequest, TableFilter
from seller_desk.ui.tasks import TaskHandle, TaskRunner

RowT = TypeVar("RowT")
AnyIndex = QModelIndex | QPersistentModelIndex


class PageSource(Protocol[RowT]):
    def page(self, request: PageRequest) -> Page[RowT]: ...
    def count(self, request: PageRequest) -> int: ...


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column: its (untranslated) title, how a row shows in it, and how it sorts."""

    key: str
    title: str
    text: Callable[[RowT], str]
    sort: str | None = None
    numeric: bool = False
    tip: Callable[[RowT], str] | None = None
    # A picture or icon before the text (QPixmap, QIcon), and a text colour (QColor).
    decoration: Callable[[RowT], Any] | None = None
    color: Callable[[RowT], Any] | None = None


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows arrive a page at a time; every change of sort, filter or search starts afresh."""

    loaded = Signal(float)  # seconds the last page took
    counted = Signal(int)  # rows matching the current filter and search
    failed = Signal(object)  # KnownError

    CONTEXT = "columns"

    def __init__(
        self,
        source: PageSource[RowT],
        columns: list[Column[RowT]],
        runner: TaskRunner,
        request: PageRequest,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._columns = columns
        self._runner = runner
        self._request = request
        self._rows: list[RowT] = []
        self._cursor: Any = None
        self._complete = False
        self._pending: TaskHandle | None = None
        self._generation = 0
        self._live = False
        self.total: int | None = None

    # -- what the view asks -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            flag = Qt.AlignmentFlag
            return int((flag.AlignRight if column.numeric else flag.AlignLeft) | flag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(row) or None
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            return column.color(row)
        return None

    def column_number(self, key: str) -> int:
        """Where the column named `key` is (-1 if the table has none)."""
        return next((n for n, c in enumerate(self._columns) if c.key == key), -1)

    def refresh_column(self, key: str) -> None:
        """Repaint one column (its pictures arrived), keeping rows and selection."""
        column = self.column_number(key)
        if column >= 0 and self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column),
                                  [Qt.ItemDataRole.DecorationRole])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self._columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and self._pending is None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(self._request if self._cursor is None else self._request.next(self._cursor))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].sort is None:
            return
        sort, descending = self._columns[column].sort, order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._request.sort, self._request.descending):
            self.set_request(replace(self._request, sort=sort, descending=descending))

    # -- what the page asks -------------------------------------------------------------
    @property
    def request(self) -> PageRequest:
        return self._request

    @property
    def loading(self) -> bool:
        return self._pending is not None

    def sort_order(self) -> Qt.SortOrder:
        order = Qt.SortOrder
        return order.DescendingOrder if self._request.descending else order.AscendingOrder

    def sort_column(self) -> int:
        for number, column in enumerate(self._columns):
            if column.sort == self._request.sort:
                return number
        return -1

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def set_search(self, text: str) -> None:
        if text.strip() != self._request.search:
            self.set_request(replace(self._request, search=text.strip()))

    def set_filter(self, table_filter: TableFilter) -> None:
        if table_filter != self._request.filter:
            self.set_request(replace(self._request, filter=table_filter))

    def set_request(self, request: PageRequest) -> None:
        """Take a new sort, filter or search; loads at once only if the table is showing."""
        self._request = replace(request, after=None)
        if self._live:
            self.reload()

    def reload(self) -> None:
        """Drop the rows and load the first page again (after a change, or on demand)."""
        self._live = True
        self._generation += 1
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        self.beginResetModel()
        self._rows, self._cursor, self._complete, self.total = [], None, False, None
        self.endResetModel()
        self._load(self._request)
        generation = self._generation
        self._runner.run(
            self._source.count, self._request,
            on_done=lambda n: self._counted(generation, n), on_error=self.failed.emit,
        )

    # -- background results -------------------------------------------------------------
    def _load(self, request: PageRequest) -> None:
        generation, started = self._generation, time.perf_counter()
        self._pending = self._runner.run(
            self._source.page, request,
            on_done=lambda page: self._arrived(generation, started, page),
            on_error=lambda error: self._load_failed(generation, error),
        )

    def _arrived(self, generation: int, started: float, page: Page[RowT]) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self._cursor, self._complete = page.next, page.complete
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.loaded.emit(time.perf_counter() - started)

    def _load_failed(self, generation: int, error: KnownError) -> None:
        if generation == self._generation:
            self._pending = None
            self._complete = True
            self.failed.emit(error)

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.counted.emit(total)
