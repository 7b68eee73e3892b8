"""True per-order profit: costing, one order's profit, profit by listing, market, country."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import numpy as np

from seller_desk.domain.money import Money
from seller_desk.domain.order_costing import cost_batch
from seller_desk.domain.profit import minor_factor, multiply_exact
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.lookups import order_gone
from seller_desk.services.profit_costing import (
    CostingContext,
    CostingOutcome,
    Tally,
    line_writes,
    order_writes,
    unknown_skus,
)
from seller_desk.services.profit_data import ProfitDataCache
from seller_desk.services.profit_detail import OrderProfit, order_profit
from seller_desk.services.profit_report import ProfitFigures, ProfitReport, ProfitRow
from seller_desk.services.progress import Job
from seller_desk.store.database import Database
from seller_desk.store.queries import profit as reads
from seller_desk.store.queries.orders import order_with_lines
from seller_desk.store.queries.profit_costing import (
    orders_by_ids,
    orders_in_range,
    reset_incomplete,
    uncosted_ids,
    write_costs,
)
from seller_desk.store.queries.settings import base_currency

__all__ = ["CostingOutcome", "OrderProfit", "ProfitReport", "ProfitRow", "ProfitService",
           "ProfitSummary"]

# Orders per transaction: a cancelled run leaves each order costed in full or untouched.
CHUNK = 20_000
COSTING = QT_TRANSLATE_NOOP("progress", "Working out the profit of each order")
TOTAL = QT_TRANSLATE_NOOP("profit", "All")


@dataclass(frozen=True)
class ProfitSummary:
    """A period's counted orders at a glance, for the Dashboard; revenue and margin are over
    the costed orders (net of VAT and refunds, in base)."""

    revenue: Money
    margin: Money
    negative_orders: int
    uncosted_orders: int
    incomplete_orders: int = 0
    costed_orders: int = 0

    @property
    def margin_ratio(self) -> float | None:
        return self.margin.minor / self.revenue.minor if self.revenue.minor else None


class ProfitService:
    def __init__(self, database: Database, chunk: int = CHUNK) -> None:
        self._db = database
        self._chunk = chunk
        self._data = ProfitDataCache(database)

    # -- costing ---------------------------------------------------------------------------
    def cost_orders(self, job: Job | None = None, order_ids: Sequence[int] | None = None
                    ) -> CostingOutcome:
        """Fill in fees (estimates where unknown), shipping, each line's goods cost and the
        margin of every order without a margin, or of the given orders. Known figures are
        kept. Each chunk of orders is one transaction; Cancelled between chunks."""
        job = job or Job()
        with self._db.read_session() as session:
            base = base_currency(session)
            ids = (uncosted_ids(session) if order_ids is None
                   else np.array(sorted(set(order_ids)), dtype=np.int64))
            if not len(ids):
                return CostingOutcome(0, 0)
            context = CostingContext(session, base)
        tally = Tally()
        total = len(ids)
        job.report(0, total, COSTING)
        for start in range(0, total, self._chunk):
            job.check()
            chunk = ids[start:start + self._chunk]
            with self._db.session() as session:
                if order_ids is None:
                    orders, lines = orders_in_range(session, int(chunk[0]), int(chunk[-1]))
                else:
                    orders, lines = orders_by_ids(session, chunk.tolist())
                prepared = context.prepare(orders, lines)
                done = cost_batch(prepared.orders, prepared.lines, base, context.history)
                write_costs(session, order_writes(prepared, done), line_writes(prepared, done))
            self._data.changed()
            tally.add(done, unknown_skus(prepared, done))
            job.report(min(start + len(chunk), total), total, COSTING)
        return tally.outcome()

    def retry_incomplete(self) -> int:
        """Let the next costing run try again the orders that lack a line's cost (after a
        listing was added or a rate typed in); returns how many."""
        with self._db.session() as session:
            count = reset_incomplete(session)
        self._data.changed()
        return count

    # -- one order -------------------------------------------------------------------------
    def order_profit(self, order_id: int) -> OrderProfit:
        with self._db.read_session() as session:
            order = order_with_lines(session, order_id)
            if order is None:
                raise order_gone(order_id)
            return order_profit(session, order)

    # -- a period --------------------------------------------------------------------------
    def report(self, since: datetime | None = None, until: datetime | None = None,
               job: Job | None = None) -> ProfitReport:
        """Profit by listing, market and country of counted orders placed in [since, until)."""
        data = self._data.get()
        if job is not None:
            job.check()
        with self._db.read_session() as session:
            listings = reads.listing_labels(session)
            accounts = reads.account_names(session)
            uncosted = reads.uncosted_count(session, data.base, since, until)
        figures = ProfitFigures(data.placed(since, until), data.lines, data.base)
        return ProfitReport(
            since, until, data.base, tuple(figures.by_listing(listings)),
            tuple(figures.by_market(accounts)), tuple(figures.by_country()),
            figures.totals(TOTAL), uncosted, figures.incomplete,
        )

    def by_listing(self, since: datetime | None = None, until: datetime | None = None
                   ) -> tuple[ProfitRow, ...]:
        return self.report(since, until).by_listing

    def by_market(self, since: datetime | None = None, until: datetime | None = None
                  ) -> tuple[ProfitRow, ...]:
        return self.report(since, until).by_market

    def by_country(self, since: datetime | None = None, until: datetime | None = None
                   ) -> tuple[ProfitRow, ...]:
        return self.report(since, until).by_country

    def summary(self, since: datetime | None = None, until: datetime | None = None
                ) -> ProfitSummary:
        """Revenue, margin and the orders to look at, from sums in SQL (fees of orders in other
        currencies converted one by one, as costing did)."""
        with self._db.read_session() as session:
            base = base_currency(session)
            sums = reads.period_sums(session, base, since, until)
            uncosted = reads.uncosted_count(session, base, since, until)
            incomplete = reads.incomplete_count(session, base, since, until)
        marketplace, payment = sums.marketplace_fee, sums.payment_fee
        if sums.foreign:
            codes: dict[tuple[str, str], int] = {}
            pair = np.array([codes.setdefault((c, r), len(codes)) for c, r, _m, _p in
                             sums.foreign], dtype=np.int64)
            factors = [minor_factor(Decimal(r), c, base) for c, r in codes]
            marketplace += int(multiply_exact(
                np.array([m for *_cr, m, _p in sums.foreign], dtype=np.int64), factors,
                pair).sum())
            payment += int(multiply_exact(
                np.array([p for *_crm, p in sums.foreign], dtype=np.int64), factors,
                pair).sum())
        revenue = sums.margin + marketplace + payment + sums.cost + sums.shipping
        return ProfitSummary(Money(revenue, base), Money(sums.margin, base), sums.negative,
                             uncosted, incomplete, sums.orders)
