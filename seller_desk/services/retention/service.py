"""Retention as the window and the CLI ask for it: a report per filter and date, drill-downs,
the model-quality check and what to choose from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from seller_desk.domain.retention.cohorts import cohort_customers
from seller_desk.domain.retention.days import day_date, day_number
from seller_desk.domain.retention.history import Ints, PurchaseHistory
from seller_desk.domain.retention.settings import clv_terms, lifecycle_rules
from seller_desk.services.progress import Job
from seller_desk.services.retention.data import ShopData, ShopDataCache
from seller_desk.services.retention.filters import (
    RetentionFilter,
    first_orders,
    selected_customers,
)
from seller_desk.services.retention.lists import CustomerList, customer_list
from seller_desk.services.retention.report import (
    ModelFit,
    ReportInputs,
    RetentionReport,
    build_report,
)
from seller_desk.store.database import Database
from seller_desk.store.models import Customer, Listing, MarketplaceAccount
from seller_desk.store.queries.choices import countries

if TYPE_CHECKING:
    from seller_desk.domain.retention.holdout import Holdout

# Without a measured margin (no listing costs) lifetime value is of the spend itself.
FULL_MARGIN = 1.0


@dataclass(frozen=True)
class FilterChoices:
    marketplaces: tuple[str, ...]
    countries: tuple[str, ...]
    products: tuple[tuple[str, str], ...]  # (SKU, title)
    first_day: date | None
    last_day: date | None


@dataclass(frozen=True)
class ModelQuality:
    calibration_end: date
    as_of: date
    fit: ModelFit
    holdout: Holdout | None
    error: str


class RetentionService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._cache = ShopDataCache(database)

    def today(self) -> date:
        """Today in the shop's time zone."""
        return datetime.now(self._cache.zone()).date()

    def shop_data(self) -> ShopData:
        """The shop's counted orders as arrays (read again only when something changed)."""
        return self._cache.get()

    def choices(self) -> FilterChoices:
        with self._db.session() as session:
            marketplaces = session.scalars(
                select(MarketplaceAccount.marketplace).distinct()
                .order_by(MarketplaceAccount.marketplace)
            ).all()
            found_countries = countries(session)
            products = session.execute(
                select(Listing.sku, Listing.title).where(Listing.archived.is_(False))
                .order_by(Listing.sku)
            ).all()
            first, last = session.execute(
                select(func.min(Customer.first_order_at), func.max(Customer.last_order_at))
            ).one()
        zone = self._cache.zone()
        return FilterChoices(
            tuple(marketplaces), tuple(found_countries), tuple((s, t) for s, t in products),
            first.astimezone(zone).date() if first else None,
            last.astimezone(zone).date() if last else None,
        )

    def _history(self, chosen: RetentionFilter, job: Job) -> tuple[ShopData, PurchaseHistory]:
        data = self._cache.get()
        job.check()
        history = data.history
        if not chosen.is_all:
            with self._db.session() as session:
                ids = selected_customers(session, data, first_orders(data), chosen)
            if ids is not None:
                history = history.of_customers(ids)
        return data, history

    def report(
        self, chosen: RetentionFilter | None = None, as_of: date | None = None,
        job: Job | None = None,
    ) -> RetentionReport:
        """Every figure of the customers `chosen` keeps, as of `as_of` (default: today)."""
        job = job or Job()
        chosen = chosen or RetentionFilter()
        data, history = self._history(chosen, job)
        as_of_day = day_number(as_of or self.today())
        unknown = 0
        if chosen.is_all:
            orphans = (data.orders.customer == 0) & (data.day <= as_of_day)
            unknown = int(data.orders.value[orphans].sum())
        return self._report_of(history.until(as_of_day), as_of_day, data, job, unknown)

    def customer_list(
        self, report: RetentionReport, ids: Ints, order_by: str = "spend", limit: int = 1000
    ) -> CustomerList:
        """The customers `ids` of a report, ranked by spend, churn risk or lifetime value."""
        with self._db.session() as session:
            return customer_list(session, report, ids, order_by, limit)

    def quality(
        self, calibration_end: date, chosen: RetentionFilter | None = None,
        as_of: date | None = None, job: Job | None = None,
    ) -> ModelQuality:
        """Fit on orders up to `calibration_end`, compare with what customers did after it."""
        job = job or Job()
        data, history = self._history(chosen or RetentionFilter(), job)
        as_of = as_of or self.today()
        end_day, as_of_day = day_number(calibration_end), day_number(as_of)
        calibration = self._report_of(history.until(end_day), end_day, data, job)
        fit = calibration.fit
        if fit.model is None:
            return ModelQuality(calibration_end, as_of, fit, None, fit.error)
        from seller_desk.domain.retention.holdout import holdout_comparison  # loads scipy

        holdout = holdout_comparison(
            history.until(as_of_day), end_day, as_of_day, fit.model, data.minor_per_major
        )
        return ModelQuality(calibration_end, as_of, fit, holdout, "")

    def _report_of(self, history: PurchaseHistory, as_of_day: int, data: ShopData, job: Job,
                   unknown_revenue: int = 0) -> RetentionReport:
        margin = data.margin
        given = ReportInputs(
            as_of_day=as_of_day,
            base_currency=data.base_currency,
            minor_digits=data.minor_digits,
            rules=lifecycle_rules(data.settings),
            terms=clv_terms(data.settings, FULL_MARGIN if margin is None else margin),
            margin_measured=margin is not None and not data.settings["clv_margin"],
            unknown_revenue_minor=unknown_revenue,
        )
        return build_report(history, given, job)


def cohort_cell(report: RetentionReport, cohort_month: int, k: int) -> Ints:
    """Ids of the cohort's customers who bought in its month k."""
    return cohort_customers(report.history, report.as_of_day, cohort_month, k)


def segment_members(report: RetentionReport, code: int) -> Ints:
    return report.rfm.customer[report.rfm.segment == code]


def stage_members(report: RetentionReport, code: int) -> Ints:
    return report.lifecycle.customer[report.lifecycle.stage == code]


def as_of_date(report: RetentionReport) -> date:
    return day_date(report.as_of_day)

