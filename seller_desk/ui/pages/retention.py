"""The Retention page: who comes back, who is slipping away and what customers are worth, for
the customers the filters keep, as of a day; every figure computed off the UI thread."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from seller_desk.domain.errors import KnownError
from seller_desk.domain.retention.lifecycle import STAGES
from seller_desk.domain.retention.rfm import SEGMENTS
from seller_desk.reports.charts.kinds import Pick
from seller_desk.services.progress import Cancelled
from seller_desk.services.retention.campaigns import CampaignService
from seller_desk.services.retention.service import FilterChoices, RetentionService
from seller_desk.services.retention.winback import WinbackService
from seller_desk.ui.dialogs.retention_customers import RetentionCustomersDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.retention_campaigns import CampaignsTab
from seller_desk.ui.pages.retention_charts import CohortsTab, LifecycleTab, RepeatTab, SegmentsTab
from seller_desk.ui.pages.retention_churn import ChurnTab
from seller_desk.ui.pages.retention_compute import (
    QualityView,
    RetentionView,
    chart_style,
    compute_quality,
    compute_view,
    members_list,
    rebuild,
)
from seller_desk.ui.pages.retention_filters import RetentionFilterBar
from seller_desk.ui.pages.retention_overview import OverviewTab
from seller_desk.ui.pages.retention_table import day_text, segment_label, stage_label
from seller_desk.ui.pages.retention_value import ValueTab, marked_text
from seller_desk.ui.tasks import TaskHandle, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar

DRILL_ROWS = 1000
TAB_KEY = "pages/retention/tab"
NOTICE = "background:#fff4e0; border:1px solid #f0cf94; color:#5c3b00; border-radius:4px;"


class NoticeBar(MessageBar):
    """Model and sample-size warnings: they stay while they hold."""

    def show_notice(self, text: str) -> None:
        self._show(text, "info")
        self.setStyleSheet(f"NoticeBar {{ {NOTICE} }}")


class RetentionPage(QWidget):
    open_customer = Signal(int)

    def __init__(self, runner: TaskRunner, retention: RetentionService, winback: WinbackService,
                 campaigns: CampaignService, fmt: Formatter, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPage")
        self._runner, self._retention = runner, retention
        self._winback, self._campaigns = winback, campaigns
        self.fmt = fmt
        self.view: RetentionView | None = None
        self._generation = 0
        self._task: TaskHandle | None = None
        self._quality_task: TaskHandle | None = None
        self._started = False
        self.title = QLabel(objectName="pageTitle")
        self.status = QLabel(objectName="retentionStatus")
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.filters = RetentionFilterBar()
        self.messages = MessageBar()
        self.notices = NoticeBar()
        self.overview = OverviewTab(fmt)
        self.cohorts = CohortsTab()
        self.repeat = RepeatTab()
        self.segments = SegmentsTab()
        self.lifecycle = LifecycleTab(fmt)
        self.value = ValueTab(fmt)
        self.churn = ChurnTab(fmt)
        self.campaigns = CampaignsTab(fmt)
        self.tabs = QTabWidget(objectName="retentionTabs", documentMode=True)
        self._pages: dict[str, QWidget] = {
            "overview": self.overview, "cohorts": self.cohorts, "repeat": self.repeat,
            "segments": self.segments, "lifecycle": self.lifecycle, "value": self.value,
            "churn": self.churn, "campaigns": self.campaigns,
        }
        for widget in self._pages.values():
            self.tabs.addTab(widget, "")
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.messages)
        layout.addWidget(self.notices)
        layout.addWidget(self.tabs, 1)
        self._wire()
        kept = str(QSettings().value(TAB_KEY, "overview"))
        self.tabs.setCurrentWidget(self._pages.get(kept, self.overview))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()

    def _wire(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.filters.refresh.connect(self.refresh)
        for tab in (self.overview, self.cohorts, self.segments, self.lifecycle):
            tab.drill.connect(self.drill)
        for tab in (self.overview, self.cohorts, self.repeat, self.segments, self.lifecycle,
                    self.value):
            tab.failed.connect(self.messages.show_error)
            tab.saved.connect(lambda path: self.messages.show_info(
                fill(self.tr("Saved the chart to %1."), path)))
        for tab in (self.value, self.churn):
            tab.open_customer.connect(self.open_customer.emit)
        self.value.run_quality.connect(self.run_quality)
        self._runner.bug.connect(self._maybe_mine)

    def _maybe_mine(self, _error: object) -> None:
        """A bug in the computation goes to the crash dialog; the page stops looking busy."""
        if self._task is not None and self._task.finished:
            self.filters.set_busy(False)
            self._show_status()
        if self._quality_task is not None and self._quality_task.finished:
            self.value.set_running(False)

    def _tab_changed(self, index: int) -> None:
        for key, widget in self._pages.items():
            if widget is self.tabs.widget(index):
                QSettings().setValue(TAB_KEY, key)

    # -- what the main window calls ------------------------------------------------------
    def activate(self) -> None:
        if not self._started:
            self._started = True
            self._runner.run(self._setup, on_done=self._set_up, on_error=self._failed)
        self.load_campaigns()

    def _setup(self) -> tuple[FilterChoices, date]:
        return self._retention.choices(), self._retention.today()

    def _set_up(self, setup: tuple[FilterChoices, date]) -> None:
        choices, today = setup
        self.filters.set_choices(choices, today)
        self.refresh()

    def focus_search(self) -> None:
        self.filters.country.setFocus()

    def refresh(self) -> None:
        """Compute every figure for the filters in force; a newer request replaces an older."""
        if self._task is not None and not self._task.finished:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        chosen, as_of = self.filters.value()
        self.filters.set_busy(True)
        self.status.setText(self.tr("Computing…"))
        self._task = self._runner.run(
            compute_view, self._retention, chosen, as_of, chart_style(self.fmt.locale),
            with_job=True, on_done=lambda view: self._computed(view, generation),
            on_error=lambda error: self._failed(error, generation))
        self.load_campaigns()

    def load_campaigns(self) -> None:
        self._runner.run(self._campaigns.campaigns, on_done=self.campaigns.show_campaigns,
                         on_error=self.messages.show_error)

    def _computed(self, view: RetentionView, generation: int) -> None:
        if generation != self._generation:
            return  # the seller has asked for something else since
        self.filters.set_busy(False)
        self.show_view(view)

    def _failed(self, error: KnownError, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return
        self.filters.set_busy(False)
        self._show_status()
        if not isinstance(error, Cancelled):
            self.messages.show_error(error)

    def show_view(self, view: RetentionView) -> None:
        self.view = view
        for tab in (self.overview, self.cohorts, self.repeat, self.segments, self.lifecycle,
                    self.value, self.churn):
            tab.show_view(view)
        self.value.set_as_of(self.filters.value()[1])
        self._show_status()
        self._show_notices(view)

    def _show_status(self) -> None:
        if self.view is None:
            self.status.setText("")
            return
        report, as_of = self.view.report, self.filters.value()[1]
        self.status.setText(fill(self.tr("As of %1 · %2 customers · amounts in %3"),
                                 day_text(self.fmt, as_of), self.fmt.number(report.customers),
                                 report.base_currency))

    def _show_notices(self, view: RetentionView) -> None:
        texts = [marked_text(w) for w in view.report.warnings]
        if view.report.customers == 0:
            texts.insert(0, self.tr("No customer with a counted order matches these filters."))
        if texts:
            self.notices.show_notice("\n".join(texts))
        else:
            self.notices.hide()

    # -- drilling down -------------------------------------------------------------------
    def drill(self, pick: Pick) -> RetentionCustomersDialog | None:
        """Open the customers behind a clicked cohort cell, segment or stage."""
        view = self.view
        if view is None:
            return None
        title = self._pick_title(pick)
        where = self.filters.describe()
        audience = fill(self.tr("%1 · %2"), title, where) if where else title
        dialog = RetentionCustomersDialog(
            self._runner, partial(members_list, self._retention, view.report, pick, DRILL_ROWS),
            title=title, audience=audience, report=view.report, fmt=self.fmt,
            winback=self._winback, campaigns=self._campaigns,
            today=self.filters.value()[1], parent=self)
        dialog.open_customer.connect(self.open_customer.emit)
        dialog.campaign_recorded.connect(lambda _c: self.load_campaigns())
        dialog.show()
        return dialog

    def _pick_title(self, pick: Pick) -> str:
        if pick.kind == "segment":
            return segment_label(SEGMENTS[pick.key[0]])
        if pick.kind == "stage":
            return stage_label(STAGES[pick.key[0]])
        month, k = pick.key
        year, month0 = divmod(int(month), 12)
        cohort = self.fmt.month(date(1970 + year, month0 + 1, 1))
        if k == 0:
            return fill(self.tr("Won in %1"), cohort)
        return fill(self.tr("Won in %1, ordering in month %2"), cohort, k)

    # -- model quality -------------------------------------------------------------------
    def run_quality(self, calibration_end: date) -> None:
        chosen, as_of = self.filters.value()
        view = self.view
        currency, digits = (view.report.base_currency, view.report.minor_digits) if view else (
            "USD", 2)
        self.value.set_running(True)
        self._quality_task = self._runner.run(
            compute_quality, self._retention, calibration_end, chosen, as_of,
            chart_style(self.fmt.locale), currency, digits, with_job=True,
            on_done=self._quality_done, on_error=self._quality_failed)

    def _quality_done(self, quality: QualityView) -> None:
        self.value.set_running(False)
        self.value.show_quality(quality)

    def _quality_failed(self, error: KnownError) -> None:
        self.value.set_running(False)
        self.value.figures.setText("")
        if not isinstance(error, Cancelled):
            self.messages.show_error(error)

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Retention"))
        for key, text in (
            ("overview", self.tr("Overview")), ("cohorts", self.tr("Cohorts")),
            ("repeat", self.tr("Repeat")), ("segments", self.tr("Segments")),
            ("lifecycle", self.tr("Lifecycle")), ("value", self.tr("Value")),
            ("churn", self.tr("Churn risk")), ("campaigns", self.tr("Campaigns")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(self._pages[key]), text)
        self.filters.retranslate()
        for tab in self._pages.values():
            tab.retranslate()  # type: ignore[attr-defined]
        if self.view is not None:
            self._show_status()
            self._show_notices(self.view)
            generation = self._generation
            self._runner.run(rebuild, self.view, chart_style(self.fmt.locale),
                             on_done=lambda view: self._computed(view, generation),
                             on_error=self._failed)
