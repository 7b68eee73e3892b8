"""What needs the seller's eye this morning: prices a rate move hurt, orders that lost money,
orders without a cost, exchange rates that are old or missing, returns waiting on a step, and
parcels stuck, in trouble or late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from seller_desk.services.dashboard import PERIOD
from seller_desk.services.pricing import PricingService
from seller_desk.services.profit import ProfitService, ProfitSummary
from seller_desk.services.rates import RatesService
from seller_desk.services.rates_status import RatesStatus
from seller_desk.services.shipments import FlaggedShipment, ShipmentsService
from seller_desk.store.database import Database
from seller_desk.store.queries.returns import open_needing_action

LISTED_PARCELS = 6


@dataclass(frozen=True)
class Attention:
    """The Dashboard's margin card and its list of things to look at (last 30 days)."""

    price_alerts: int
    current: ProfitSummary
    previous: ProfitSummary
    rates: RatesStatus
    returns_open: int = 0  # return requests not closed yet
    returns_overdue: int = 0  # of those, waiting on a step longer than it should take
    parcels_flagged: int = 0  # shipments stuck, in trouble, going back or late
    parcels: tuple[FlaggedShipment, ...] = ()  # the quietest of them, to list

    @property
    def losses(self) -> int:
        return self.current.negative_orders

    @property
    def without_cost(self) -> int:
        return self.current.uncosted_orders + self.current.incomplete_orders


class AttentionService:
    def __init__(self, pricing: PricingService, profit: ProfitService,
                 rates: RatesService, database: Database,
                 shipments: ShipmentsService | None = None) -> None:
        self._pricing, self._profit, self._rates = pricing, profit, rates
        self._db = database
        self._shipments = shipments

    def figures(self, now: datetime | None = None) -> Attention:
        end = now or datetime.now(UTC)
        with self._db.read_session() as session:
            returns_open, returns_overdue = open_needing_action(session, end)
        return Attention(
            self._pricing.alert_count(),
            self._profit.summary(end - PERIOD, end),
            self._profit.summary(end - 2 * PERIOD, end - PERIOD),
            self._rates.status(end.date()),
            returns_open, returns_overdue,
            *(self._shipments.flagged(LISTED_PARCELS) if self._shipments else (0, ())),
        )
