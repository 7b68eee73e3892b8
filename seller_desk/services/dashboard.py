"""The Dashboard: the last 30 days against the 30 before, in the base currency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from seller_desk.domain.feedback import MonthScore
from seller_desk.domain.money import Money
from seller_desk.services.feedback import FeedbackService
from seller_desk.services.notes import FollowUpView, follow_up_views
from seller_desk.store.database import Database
from seller_desk.store.models import FollowUp
from seller_desk.store.queries import dashboard
from seller_desk.store.queries.settings import base_currency

PERIOD = timedelta(days=30)


@dataclass(frozen=True)
class PeriodFigures:
    start: datetime
    end: datetime
    revenue: Money
    orders: int
    new_customers: int
    returning_customers: int

    @property
    def average_order(self) -> Money | None:
        if not self.orders:
            return None
        return Money(self.revenue.minor // self.orders, self.revenue.currency)


@dataclass(frozen=True)
class TopListing:
    listing_id: int
    sku: str
    title: str
    units: int
    revenue: Money


@dataclass(frozen=True)
class DashboardFigures:
    current: PeriodFigures
    previous: PeriodFigures
    top_listings: tuple[TopListing, ...]
    follow_ups: tuple[FollowUpView, ...] = ()
    satisfaction: tuple[MonthScore, ...] = ()


def change_ratio(now: int, before: int) -> float | None:
    """Relative change for display (a percentage arrow), None when there is nothing to compare."""
    return None if before == 0 else (now - before) / before


class DashboardService:
    TOP = 10

    def __init__(self, database: Database) -> None:
        self._db = database

    def figures(self, now: datetime | None = None) -> DashboardFigures:
        end = now or datetime.now(UTC)
        with self._db.read_session() as session:
            base = base_currency(session)

            def period(start: datetime, stop: datetime) -> PeriodFigures:
                revenue, orders = dashboard.sales_between(session, start, stop, base)
                new, returning = dashboard.buyers_between(session, start, stop, base)
                return PeriodFigures(start, stop, Money(revenue, base), orders, new, returning)

            current = period(end - PERIOD, end)
            previous = period(end - 2 * PERIOD, end - PERIOD)
            top = dashboard.top_listings(session, end - PERIOD, end, base, self.TOP)
            due = follow_up_views(
                session, FollowUp.done_at.is_(None) & (FollowUp.due_on <= end.date()), 50)
        year_ago = (end - 12 * PERIOD).date()
        return DashboardFigures(
            current, previous,
            tuple(TopListing(i, sku, title, units, Money(rev, base))
                  for i, sku, title, units, rev in top),
            due, tuple(FeedbackService(self._db).monthly(year_ago)),
        )
