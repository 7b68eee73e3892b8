"""Every retention figure of one view (RETENTION.md), computed from the shop's arrays."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from seller_desk.domain.errors import KnownError
from seller_desk.domain.retention.churn import ChurnRisk, churn_risk
from seller_desk.domain.retention.cohorts import CohortMatrix, cohort_matrix
from seller_desk.domain.retention.history import (
    CustomerSummary,
    Floats,
    Ints,
    PurchaseHistory,
    summarise,
)
from seller_desk.domain.retention.lifecycle import (
    Lifecycle,
    LifecycleRules,
    StageFlows,
    lifecycle_stages,
    stage_flows,
)
from seller_desk.domain.retention.model_input import ModelInput, model_input
from seller_desk.domain.retention.repeat import (
    RepeatRate,
    SecondOrderTimes,
    repeat_rate_over_time,
    second_order_times,
)
from seller_desk.domain.retention.rfm import (
    RfmScores,
    SegmentTotal,
    grid_counts,
    rfm_scores,
    segment_totals,
)
from seller_desk.domain.retention.survival import (
    SurvivalCurve,
    come_back_probability,
    kaplan_meier,
)
from seller_desk.services.progress import Job

if TYPE_CHECKING:
    from seller_desk.domain.retention.clv import ClvTerms, LifetimeModel

FLOW_MONTHS = 12


@dataclass(frozen=True)
class ModelFit:
    """The fitted models, or why there are none, and each customer's lifetime value."""

    model: LifetimeModel | None
    error: str  # a marked text when the models could not be fitted
    data: ModelInput
    clv: Floats  # major units of the base currency, aligned with the report's customers
    p_alive: Floats
    terms: ClvTerms


@dataclass(frozen=True)
class RetentionReport:
    """Per-customer arrays (rfm, lifecycle, churn, model) share one order: `summary.customer`."""

    as_of_day: int
    base_currency: str
    minor_digits: int
    history: PurchaseHistory
    summary: CustomerSummary
    orders: int
    revenue_minor: int
    unknown_revenue_minor: int  # counted orders without a known customer (whole shop only)
    cohorts: CohortMatrix
    repeat: RepeatRate
    second_order: SecondOrderTimes
    survival: SurvivalCurve
    rfm: RfmScores
    segments: tuple[SegmentTotal, ...]
    grid: Ints
    rules: LifecycleRules
    lifecycle: Lifecycle
    flows: StageFlows
    fit: ModelFit
    churn: ChurnRisk
    margin_measured: bool
    warnings: tuple[str, ...] = field(default=())

    @property
    def customers(self) -> int:
        return len(self.summary)

    @property
    def repeaters(self) -> int:
        return int(np.count_nonzero(self.summary.orders >= 2))

    @property
    def repeat_rate(self) -> float:
        return self.repeaters / self.customers if self.customers else float("nan")


@dataclass(frozen=True)
class ReportInputs:
    """What a report is computed from besides the history."""

    as_of_day: int
    base_currency: str
    minor_digits: int
    rules: LifecycleRules
    terms: ClvTerms
    margin_measured: bool
    unknown_revenue_minor: int


def build_report(history: PurchaseHistory, given: ReportInputs, job: Job) -> RetentionReport:
    """The figures of `history` (known customers' counted orders up to the as-of day)."""
    as_of_day = given.as_of_day
    summary = summarise(history)
    cohorts = cohort_matrix(history, as_of_day)
    repeat_rate = repeat_rate_over_time(history, as_of_day)
    job.check()
    second = second_order_times(history, as_of_day)
    survival = kaplan_meier(second.days, second.came_back)
    rfm = rfm_scores(history, as_of_day)
    job.check()
    lifecycle = lifecycle_stages(history, as_of_day, given.rules)
    flows = stage_flows(history, as_of_day, given.rules, FLOW_MONTHS)
    job.check()
    fit = _fit(history, as_of_day, given.terms, 10**given.minor_digits)
    job.check()
    repeat = fit.data.x >= 1
    age = as_of_day - summary.first_day
    churn = churn_risk(
        summary.customer, repeat, fit.p_alive, come_back_probability(survival, age),
        lifecycle.gap, np.where(repeat, lifecycle.own_cycle, np.nan), age, lifecycle.shop_cycle,
    )
    warnings = fit.model.warnings if fit.model is not None else ((fit.error,) if fit.error else ())
    return RetentionReport(
        as_of_day=as_of_day,
        base_currency=given.base_currency,
        minor_digits=given.minor_digits,
        history=history,
        summary=summary,
        orders=len(history),
        revenue_minor=int(history.value.sum()),
        unknown_revenue_minor=given.unknown_revenue_minor,
        cohorts=cohorts,
        repeat=repeat_rate,
        second_order=second,
        survival=survival,
        rfm=rfm,
        segments=segment_totals(rfm),
        grid=grid_counts(rfm),
        rules=given.rules,
        lifecycle=lifecycle,
        flows=flows,
        fit=fit,
        churn=churn,
        margin_measured=given.margin_measured,
        warnings=warnings,
    )


def _fit(history: PurchaseHistory, as_of_day: int, terms: ClvTerms, minor_per_major: int
         ) -> ModelFit:
    # The models load scipy: imported on the first report, not when the window starts.
    from seller_desk.domain.retention.bgnbd import p_alive
    from seller_desk.domain.retention.clv import customer_lifetime_value, fit_lifetime_model

    data = model_input(history, as_of_day, minor_per_major)
    nothing = np.full(len(data), np.nan)
    if not len(data):
        return ModelFit(None, "", data, nothing, nothing, terms)
    history_days = int(as_of_day - history.day.min())
    try:
        model = fit_lifetime_model(data, history_days)
    except KnownError as error:
        return ModelFit(None, error.message, data, nothing, nothing, terms)
    clv = customer_lifetime_value(model, data, terms)
    alive = p_alive(model.bgnbd, data.x, data.t_x, data.T)
    return ModelFit(model, "", data, clv, alive, terms)
