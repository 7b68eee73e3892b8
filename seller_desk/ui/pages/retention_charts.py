"""The Retention tabs made of charts: Cohorts, Repeat, Segments and Lifecycle."""

from __future__ import annotations

import math

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from seller_desk.reports.charts.kinds import VARIANTS
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.retention_compute import RetentionView
from seller_desk.ui.pages.retention_layout import ChartRows, note
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.chart_view import ChartView


class ChartTab(ChartRows):
    """Charts named after the keys of RetentionView.charts; a click on one drills down."""

    drill = Signal(object)  # a Pick
    failed = Signal(str)
    saved = Signal(str)

    def __init__(self, name: str, keys: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.view: RetentionView | None = None
        self.charts = {key: ChartView(key) for key in keys}
        for chart in self.charts.values():
            chart.picked.connect(self.drill.emit)
            chart.failed.connect(self.failed.emit)
            chart.saved.connect(self.saved.emit)

    def show_view(self, view: RetentionView) -> None:
        self.view = view
        for key, chart in self.charts.items():
            if key in view.charts:
                chart.set_chart(view.charts[key])

    def retranslate(self) -> None:
        for chart in self.charts.values():
            chart.retranslate()


class CohortsTab(ChartTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("retentionCohorts", ("cohorts", "curves"), parent)
        self.variant = QComboBox(objectName="cohortVariant")
        self.variant_label = QLabel()
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.variant_label)
        row.addWidget(self.variant)
        self.hint = note("cohortHint")
        row.addWidget(self.hint, 1)
        self.add_widget(line)
        self.add_row(self.charts["cohorts"])
        self.add_row(self.charts["curves"])
        self.finish()
        for variant in VARIANTS:
            self.variant.addItem("", variant)
        kept = str(QSettings().value("pages/retention/cohort_variant", VARIANTS[0]))
        self.variant.setCurrentIndex(max(self.variant.findData(kept), 0))
        self.variant.currentIndexChanged.connect(self._variant_changed)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.variant_label.setText(self.tr("Show"))
        for index, text in enumerate((self.tr("Customers ordering again"),
                                      self.tr("Revenue per customer"),
                                      self.tr("Cumulative revenue per customer"))):
            self.variant.setItemText(index, text)
        self.hint.setText(self.tr("Click a cell to see the customers behind it."))

    def _variant_changed(self) -> None:
        QSettings().setValue("pages/retention/cohort_variant", self.variant.currentData())
        if self.view is not None:
            self.show_view(self.view)

    def show_view(self, view: RetentionView) -> None:
        self.view = view
        heatmap = view.charts.get(f"cohorts_{self.variant.currentData()}")
        if heatmap is not None:
            self.charts["cohorts"].set_chart(heatmap)
        self.charts["curves"].set_chart(view.charts["curves"])


class RepeatTab(ChartTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("retentionRepeat", ("repeat", "gaps", "survival"), parent)
        self.add_row(self.charts["repeat"])
        self.add_row(self.charts["gaps"], self.charts["survival"])
        self.finish()


class SegmentsTab(ChartTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("retentionSegments", ("rfm",), parent)
        self.hint = note("segmentHint")
        self.add_widget(self.hint)
        self.add_row(self.charts["rfm"])
        self.finish()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr(
            "R: how recently a customer ordered; FM: how often and how much, each scored 1 to 5 "
            "against the other customers. Click a segment to see its customers."))


class LifecycleTab(ChartTab):
    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__("retentionLifecycle", ("stages", "flows"), parent)
        self.fmt = fmt
        self.thresholds = QLabel(objectName="thresholds", wordWrap=True)
        self.add_widget(self.thresholds)
        self.hint = note("stageHint")
        self.add_widget(self.hint)
        self.add_row(self.charts["stages"])
        self.add_row(self.charts["flows"])
        self.finish()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr("Click a bar to see the customers in that stage."))
        if self.view is not None:
            self._show_thresholds(self.view)

    def show_view(self, view: RetentionView) -> None:
        super().show_view(view)
        self._show_thresholds(view)

    def _show_thresholds(self, view: RetentionView) -> None:
        rules, stages = view.report.rules, view.report.lifecycle
        cycle = stages.shop_cycle
        churn = stages.churn_after
        if math.isnan(churn):
            churn = max(rules.churn_cycles * cycle, rules.churn_min_days)
        number = self.fmt.locale.toString
        self.thresholds.setText(fill(self.tr(
            "In force: the shop's repurchase cycle C is <b>%1 days</b> (median days between "
            "orders, at least %2). <b>Churned</b>: no order for more than %3 days "
            "(%4 × C, at least %5). <b>Declining</b>: no order for more than %6 × the "
            "customer's own cycle. <b>Mature</b>: %7 or more orders over at least %8 days."),
            number(round(cycle)), rules.min_cycle_days, number(round(churn)),
            number(rules.churn_cycles, "f", 1), rules.churn_min_days,
            number(rules.declining_cycles, "f", 1), rules.mature_orders, rules.mature_days))
