"""The Retention Value tab: predicted customer value, the fitted models, the most valuable
customers and the model check against what customers really did."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.money import Money
from seller_desk.domain.text import CONTEXT_OF
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.retention_charts import ChartTab
from seller_desk.ui.pages.retention_compute import QualityView, RetentionView
from seller_desk.ui.pages.retention_filters import pydate
from seller_desk.ui.pages.retention_layout import note, section_title
from seller_desk.ui.pages.retention_table import CustomerTable
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.chart_view import ChartView

TOP_COLUMNS = ("name", "email", "country", "orders", "spend", "last_order", "segment", "risk",
               "clv")


def marked_text(text: str) -> str:
    """A text a service marked (a model warning), translated under the context it was marked in."""
    return QCoreApplication.translate(CONTEXT_OF.get(text, "retention"), text)


class ValueTab(ChartTab):
    open_customer = Signal(int)
    run_quality = Signal(object)  # the calibration end (a date)

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__("retentionValue", ("clv",), parent)
        self.fmt = fmt
        self.quality: QualityView | None = None
        self._as_of: date | None = None
        self.params = QGroupBox(objectName="fittedModels")
        self.params.setMinimumWidth(330)
        form = QFormLayout(self.params)
        self.param_labels: dict[str, QLabel] = {}
        self.param_values: dict[str, QLabel] = {}
        for key in ("r", "alpha", "a", "b", "p", "q", "gamma", "customers"):
            self.param_labels[key], self.param_values[key] = QLabel(), QLabel(objectName=key)
            form.addRow(self.param_labels[key], self.param_values[key])
        self.model_note = note("modelNote")
        form.addRow(self.model_note)
        self.add_row(self.charts["clv"], self.params, stretches=(3, 1))
        self.top_title = section_title()
        self.add_widget(self.top_title)
        self.top = CustomerTable(TOP_COLUMNS, "topValue", stretch="email")
        self.top.setMinimumHeight(330)
        self.top.open_customer.connect(self.open_customer.emit)
        self.add_widget(self.top)
        self.add_widget(self._quality_box())
        self.finish()
        self.retranslate()

    def _quality_box(self) -> QGroupBox:
        self.quality_box = QGroupBox(objectName="modelQuality")
        box = QVBoxLayout(self.quality_box)
        line = QHBoxLayout()
        self.calibration_label = QLabel()
        self.calibration_end = QDateEdit(calendarPopup=True, objectName="calibrationEnd")
        self.calibration_end.setDate(QDate.currentDate().addMonths(-6))
        self.run = QPushButton(objectName="runQuality")
        self.run.clicked.connect(
            lambda: self.run_quality.emit(pydate(self.calibration_end.date())))
        line.addWidget(self.calibration_label)
        line.addWidget(self.calibration_end)
        line.addWidget(self.run)
        line.addStretch(1)
        box.addLayout(line)
        self.quality_note = note("qualityNote")
        box.addWidget(self.quality_note)
        self.figures = QLabel(objectName="qualityFigures", wordWrap=True)
        box.addWidget(self.figures)
        self.quality_warnings = QLabel(objectName="qualityWarnings", wordWrap=True)
        self.quality_warnings.setStyleSheet("color: #8a5300;")
        self.quality_warnings.hide()
        box.addWidget(self.quality_warnings)
        self.tracking = ChartView("tracking")
        self.tracking.failed.connect(self.failed.emit)
        self.tracking.saved.connect(self.saved.emit)
        self.tracking.hide()
        box.addWidget(self.tracking)
        return self.quality_box

    def set_as_of(self, as_of: date) -> None:
        """The calibration end follows the as-of date (six months before it) until the seller
        picks another; a new as-of date starts again from six months before."""
        if as_of == self._as_of:
            return
        self._as_of = as_of
        day = QDate(as_of.year, as_of.month, as_of.day)
        self.calibration_end.setMaximumDate(day)
        self.calibration_end.setDate(day.addMonths(-6))

    def retranslate(self) -> None:
        super().retranslate()
        self.tracking.retranslate()
        self.top.retranslate(self.fmt)
        self.params.setTitle(self.tr("Fitted models"))
        for key, text in (
            ("r", self.tr("BG/NBD r")), ("alpha", self.tr("BG/NBD α")),
            ("a", self.tr("BG/NBD a")), ("b", self.tr("BG/NBD b")),
            ("p", self.tr("Gamma-Gamma p")), ("q", self.tr("Gamma-Gamma q")),
            ("gamma", self.tr("Gamma-Gamma γ")), ("customers", self.tr("Customers in the fit")),
        ):
            self.param_labels[key].setText(text)
        self.top_title.setText(self.tr("Top 100 customers by predicted value"))
        self.quality_box.setTitle(self.tr("Model quality"))
        self.calibration_label.setText(self.tr("Fit on orders up to"))
        self.run.setText(self.tr("Run check"))
        self.quality_note.setText(self.tr(
            "The models are fitted on the orders up to this day, then their prediction is "
            "compared with the repeat purchases customers really made up to the as-of date."))
        if self.view is not None:
            self.show_view(self.view)
        if self.quality is not None:
            self.show_quality(self.quality)

    def show_view(self, view: RetentionView) -> None:
        super().show_view(view)
        self.top.show_rows(view.top_value.rows, view.report.base_currency, self.fmt)
        fit = view.report.fit
        model = fit.model
        number = self.fmt.locale.toString
        values = dict.fromkeys(self.param_values, "–")
        if model is not None:
            bg = model.bgnbd
            values.update(r=number(bg.r, "g", 4), alpha=number(bg.alpha, "g", 4),
                          a=number(bg.a, "g", 4), b=number(bg.b, "g", 4),
                          customers=self.fmt.number(model.customers))
            if model.gamma_gamma is not None:
                gg = model.gamma_gamma
                values.update(p=number(gg.p, "g", 4), q=number(gg.q, "g", 4),
                              gamma=number(gg.gamma, "g", 4))
        for key, value in values.items():
            self.param_values[key].setText(value)
        self.model_note.setText(self._model_text(view))

    def _model_text(self, view: RetentionView) -> str:
        fit, model = view.report.fit, view.report.fit.model
        if model is None:
            return marked_text(fit.error) if fit.error else self.tr("No model yet: too few orders.")
        terms = fit.terms
        text = fill(self.tr("Value over the next %1 months, discounted at %2 a year."),
                    terms.months, self.fmt.percent(terms.annual_discount))
        if model.spend_fallback:
            spend = Money(round(model.mean_spend * 10**view.report.minor_digits),
                          view.report.base_currency)
            text += " " + fill(self.tr("Spend per order is not modelled: the average repeat "
                                       "order, %1, is used for everyone."), self.fmt.money(spend))
        return text

    def show_quality(self, quality: QualityView) -> None:
        self.quality = quality
        q, f = quality.quality, self.fmt
        holdout = q.holdout
        warnings = [marked_text(w) for w in (q.fit.model.warnings if q.fit.model else ())]
        if holdout is None:
            self.figures.setText(marked_text(q.error) if q.error
                                 else self.tr("Not enough orders before this day to fit."))
            self.tracking.hide()
        else:
            number = f.locale.toString
            corr = holdout.correlation
            self.figures.setText(fill(self.tr(
                "Over the %1 weeks after the calibration end the model predicted <b>%2</b> "
                "repeat purchases by the %3 customers known then; they made <b>%4</b> "
                "(%5). Per-customer correlation of predicted and actual: <b>%6</b>."),
                number(holdout.holdout_weeks, "f", 1), number(holdout.predicted_total, "f", 0),
                f.number(holdout.customers), number(holdout.actual_total, "f", 0),
                self._gap_text(holdout.predicted_total, holdout.actual_total),
                "–" if math.isnan(corr) else number(corr, "f", 2)))
            if quality.chart is not None:
                self.tracking.set_chart(quality.chart)
                self.tracking.show()
        self.quality_warnings.setText("\n".join(warnings))
        self.quality_warnings.setVisible(bool(warnings))

    def _gap_text(self, predicted: float, actual: float) -> str:
        if actual <= 0:
            return self.tr("no repeat purchases to compare with")
        off = self.fmt.percent((predicted - actual) / actual, signed=True)
        return fill(self.tr("predicted %1 against actual"), off)

    def set_running(self, running: bool) -> None:
        self.run.setEnabled(not running)
        if running:
            self.figures.setText(self.tr("Fitting and comparing…"))
