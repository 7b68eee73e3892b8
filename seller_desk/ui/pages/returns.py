"""The Returns page: every return request, late ones marked, with its detail and next steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QMenu, QPushButton, QWidget

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.domain.returns import ReturnReason, ReturnState
from seller_desk.services.return_view import ReturnView
from seller_desk.services.workspace import Workspace
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.return_actions import ReturnActions
from seller_desk.ui.pages.return_detail import ReturnDetail
from seller_desk.ui.pages.return_labels import reason_label, state_label
from seller_desk.ui.pages.return_rows import ReturnRows, RowFlags, return_columns
from seller_desk.ui.pages.returns_insight_window import ReturnsInsightWindow
from seller_desk.ui.pages.table_page import TablePage
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.photo_strip import PhotoStrip


class TickMenu(QMenu):
    """A menu of ticks that stays open, so several can be set in one go."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class ReturnsPage(TablePage):
    open_order = Signal(int)
    open_customer = Signal(int)
    orders_changed = Signal()  # a step changed an order's refund, stock or return cost

    def __init__(self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
                 parent: QWidget | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._now = now
        self.flags = RowFlags(now)
        super().__init__(
            runner, ReturnRows(ws.returns.table), return_columns(fmt, self.flags),
            PageRequest(sort="requested_at", descending=True,
                        filter=TableFilter(open_only=True)),
            ("marketplace", "country", "period"), ws.returns.view, fmt, parent,
        )
        self.ws = ws
        self._html = ReturnDetail(self)
        self._build_filters()
        self._build_panel()
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self.keep_sort_indicator)
        self._translate_widgets()

    # -- construction --------------------------------------------------------------------
    def _build_filters(self) -> None:
        # A button with a menu of ticks: several states at once, which a combo cannot do.
        self.state_button = QPushButton(objectName="filter_states")
        self.state_button.setMinimumWidth(130)
        self.state_menu = TickMenu(self.state_button)
        for state in ReturnState:
            action = self.state_menu.addAction("")
            action.setCheckable(True)
            action.setData(state.value)
            action.toggled.connect(self._states_toggled)
        self.state_button.setMenu(self.state_menu)
        self.reason = QComboBox(objectName="filter_reason")
        self.reason.addItem("", "")
        for reason in ReturnReason:
            self.reason.addItem("", reason.value)
        self.reason.currentIndexChanged.connect(self._apply_filter)
        self.open_only = QCheckBox(objectName="openOnly", checked=True)
        self.overdue_only = QCheckBox(objectName="overdueOnly")
        for box in (self.open_only, self.overdue_only):
            box.toggled.connect(self._apply_filter)
        self.reason.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason.setMinimumContentsLength(13)
        bar = self.filters.layout()
        bar.insertWidget(0, self.state_button)
        bar.insertWidget(1, self.reason)
        # Beside the search rather than in the filter row, which must fit a small screen.
        self.actions_bar.addWidget(self.open_only)
        self.actions_bar.addWidget(self.overdue_only)
        self.insight_button = QPushButton(objectName="returnsInsight")
        self.insight_button.clicked.connect(self.show_insight)
        self.actions_bar.addWidget(self.insight_button)
        self.insight: ReturnsInsightWindow | None = None
        self.filters.changed.disconnect(self.model.set_filter)
        self.filters.changed.connect(self._apply_filter)

    def _build_panel(self) -> None:
        self.step_bar = ReturnActions(self.runner, self.ws, self.fmt, self)
        self.step_bar.done.connect(self.changed)
        self.step_bar.failed.connect(self.messages.show_error)
        self.step_bar.orders_changed.connect(self.orders_changed)
        self.photos_label = QLabel(objectName="photosLabel")
        self.photos = PhotoStrip(self.runner, 88, open_on_click=True)
        self.photos.setObjectName("returnPhotos")
        self._photos_shown: list[tuple[Any, str]] = []
        panel = self._panel.layout()
        panel.addWidget(self.photos_label)
        panel.addWidget(self.photos)
        panel.addWidget(self.step_bar)
        self.photos_label.hide()
        self.photos.hide()

    def show_insight(self) -> None:
        """Return rates, reasons, costs and problem listings, in their own window."""
        if self.insight is None:
            self.insight = ReturnsInsightWindow(self.runner, self.ws.return_insight, self.fmt,
                                                self)
        self.insight.show()
        self.insight.raise_()
        self.insight.activateWindow()

    def show_overdue(self) -> None:
        """Only the open returns past their step's deadline (the Dashboard's link)."""
        self.open_only.setChecked(True)
        self.overdue_only.setChecked(True)

    # -- filters -------------------------------------------------------------------------
    def states(self) -> frozenset[str]:
        return frozenset(a.data() for a in self.state_menu.actions() if a.isChecked())

    def _states_toggled(self, _on: bool) -> None:
        # Asking for closed requests while "Open only" hides them would show nothing.
        if ReturnState.CLOSED.value in self.states() and self.open_only.isChecked():
            self.open_only.setChecked(False)  # applies the filter itself
        else:
            self._apply_filter()
        self._show_states()

    def current_filter(self) -> TableFilter:
        return replace(
            self.filters.value(), statuses=self.states(),
            reasons=frozenset([self.reason.currentData()] if self.reason.currentData() else []),
            open_only=True if self.open_only.isChecked() else None,
            overdue_before=self._now() if self.overdue_only.isChecked() else None)

    def _apply_filter(self, *_args: object) -> None:
        if hasattr(self, "overdue_only"):
            self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        if self.overdue_only.isChecked() and self._started:
            self._apply_filter()  # "overdue" is measured again from now; this reloads
        else:
            super().refresh()

    # -- state ---------------------------------------------------------------------------
    def save_state(self, settings: QSettings, key: str) -> None:
        super().save_state(settings, key)
        settings.setValue(f"{key}/states", ",".join(sorted(self.states())))
        settings.setValue(f"{key}/reason", self.reason.currentData() or "")
        settings.setValue(f"{key}/open_only", self.open_only.isChecked())
        settings.setValue(f"{key}/overdue_only", self.overdue_only.isChecked())

    def restore_state(self, settings: QSettings, key: str) -> None:
        super().restore_state(settings, key)
        states = set(str(settings.value(f"{key}/states", "")).split(","))
        widgets: list[Any] = [*self.state_menu.actions(), self.reason, self.open_only,
                              self.overdue_only]
        for widget in widgets:
            widget.blockSignals(True)
        for action in self.state_menu.actions():
            action.setChecked(action.data() in states)
        self.reason.setCurrentIndex(max(self.reason.findData(
            str(settings.value(f"{key}/reason", ""))), 0))
        self.open_only.setChecked(settings.value(f"{key}/open_only", True, type=bool))
        self.overdue_only.setChecked(settings.value(f"{key}/overdue_only", False, type=bool))
        for widget in widgets:
            widget.blockSignals(False)
        self._show_states()
        self._apply_filter()

    # -- detail --------------------------------------------------------------------------
    def render_detail(self, detail: ReturnView) -> str:
        return self._html.html(detail, self.fmt)

    def _show_detail(self, detail: Any) -> None:
        super()._show_detail(detail)
        if isinstance(detail, ReturnView):
            photos = [(p.path, p.original_name or p.file_name) for p in detail.photos]
            if photos != self._photos_shown:  # a refresh keeps the thumbnails it has
                self._photos_shown = photos
                self.photos.set_photos(photos)
            self.photos.setVisible(bool(photos))
            self.photos_label.setVisible(bool(photos))
            self.step_bar.show_for(detail)

    def on_link(self, link: str) -> None:
        detail = self.current_detail
        if not isinstance(detail, ReturnView):
            return
        if link == "order":
            self.open_order.emit(detail.order_id)
        elif link == "replacement" and detail.replacement_order_id is not None:
            self.open_order.emit(detail.replacement_order_id)
        elif link == "customer" and detail.customer_id is not None:
            self.open_customer.emit(detail.customer_id)

    # -- texts ---------------------------------------------------------------------------
    def count_text(self, total: int) -> str:
        return fill(self.tr("Returns: %1"), self.fmt.number(total))

    def retranslate(self) -> None:
        if hasattr(self, "step_bar"):  # the base class translates before the widgets exist
            self._translate_widgets()
        self.title.setText(self.tr("Returns"))

    def _translate_widgets(self) -> None:
        for action in self.state_menu.actions():
            action.setText(state_label(action.data()))
        self._show_states()
        self.reason.setItemText(0, self.tr("All reasons"))
        for index in range(1, self.reason.count()):
            self.reason.setItemText(index, reason_label(self.reason.itemData(index)))
        self.open_only.setText(self.tr("Open only"))
        self.open_only.setToolTip(self.tr("Hide closed returns"))
        self.overdue_only.setText(self.tr("Overdue only"))
        self.overdue_only.setToolTip(self.tr("Only open returns that sat in their step longer "
                                             "than it should take"))
        self.photos_label.setText(self.tr("Photos (click one to open it)"))
        self.insight_button.setText(self.tr("Insight…"))
        self.insight_button.setToolTip(self.tr("Return rates by listing, marketplace and "
                                               "country, reasons, costs per month and the "
                                               "listings returned far more than the rest"))
        if self.insight is not None:
            self.insight.retranslate()
        self.step_bar.retranslate()
        self.search.setPlaceholderText(self.tr("RMA number, order number or SKU…"))
        self.search.setToolTip(self.tr("Finds returns whose RMA number, order number or a "
                                       "returned SKU starts with what you type."))
        super().retranslate()

    def _show_states(self) -> None:
        chosen = [a.text() for a in self.state_menu.actions() if a.isChecked()]
        if not chosen:
            text = self.tr("All states")
        elif len(chosen) == 1:
            text = chosen[0]
        else:
            text = fill(self.tr("States: %1"), len(chosen))
        self.state_button.setText(text)
        self.state_button.setToolTip(", ".join(chosen) or text)
