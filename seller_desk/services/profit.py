"""True per-order profit: costing, one order's profit, profit by listing, market, country."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from seller_desk.domain.money import Money
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services import profit_report as rows
from seller_desk.services.lookups import order_gone
from seller_desk.services.profit_costing import (
    CostingContext,
    CostingOutcome,
    Tally,
    cost_and_write,
    unknown_skus,
)
from seller_desk.services.profit_detail import OrderProfit, order_profit
from seller_desk.services.profit_report import ProfitReport, ProfitRow
from seller_desk.services.progress import Job
from seller_desk.store.database import Database
from seller_desk.store.queries import profit as reads
from seller_desk.store.queries.orders import order_with_lines
from seller_desk.store.queries.profit_costing import (
    orders_by_ids,
    orders_in_range,
    reset_incomplete,
    uncosted_ids,
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
                prepared, done = cost_and_write(session, context, orders, lines)
            tally.add(done, unknown_skus(prepared, done))
            job.report(min(start + len(chunk), total), total, COSTING)
        return tally.outcome()

    def retry_incomplete(self) -> int:
        """Let the next costing run try again the orders that lack a line's cost (after a
        listing was added or a rate typed in); returns how many."""
        with self._db.session() as session:
            count = reset_incomplete(session)
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
        """Profit by listing, market and country of counted orders placed in [since, until):
        sums in SQL of the figures costing stored per order and per line. The lines are
        summed on a second connection while this one sums the orders (two cores, half the
        wait); a costing run committing in between shows in the next read."""
        with self._db.read_session() as session:
            base = base_currency(session)
        with ThreadPoolExecutor(1, thread_name_prefix="profit") as pool:
            lines = pool.submit(self._listing_groups, base, since, until)
            with self._db.sorting_session() as session:
                orders = reads.order_groups(session, base, since, until)
                listings = reads.listing_labels(session)
                accounts = reads.account_names(session)
                uncosted = reads.uncosted_count(session, base, since, until)
            by_listing = lines.result()
        if job is not None:
            job.check()
        return ProfitReport(
            since, until, base, tuple(rows.by_listing(by_listing, listings, base)),
            tuple(rows.by_market(orders, accounts, base)), tuple(rows.by_country(orders, base)),
            rows.totals(orders, TOTAL, base), uncosted, rows.incomplete(orders),
        )

    def _listing_groups(self, base: str, since: datetime | None, until: datetime | None
                        ) -> list[tuple[tuple[int | None, str], reads.Sums]]:
        with self._db.sorting_session() as session:
            return reads.listing_groups(session, base, since, until)

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
        """Revenue, margin and the orders to look at, from sums in SQL."""
        with self._db.read_session() as session:
            base = base_currency(session)
            sums, negative = reads.period_sums(session, base, since, until)
            uncosted = reads.uncosted_count(session, base, since, until)
        return ProfitSummary(Money(sums.revenue, base), Money(sums.margin, base), negative,
                             uncosted, sums.incomplete, sums.orders)
