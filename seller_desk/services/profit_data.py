"""Counted, costed orders and lines as arrays, read once and kept while nothing changes."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np

from seller_desk.store.database import Database
from seller_desk.store.queries import profit as reads
from seller_desk.store.queries.settings import base_currency


@dataclass(frozen=True)
class ProfitData:
    base: str
    orders: reads.ProfitOrders
    lines: reads.ProfitLines

    def placed(self, since: datetime | None, until: datetime | None) -> reads.ProfitOrders:
        """The orders placed in [since, until) (their lines are matched by order later)."""
        if since is None and until is None:
            return self.orders
        keep = np.ones(len(self.orders.id), dtype=bool)
        if since is not None:
            keep &= self.orders.seconds >= int(since.timestamp())
        if until is not None:
            keep &= self.orders.seconds < int(until.timestamp())
        return self.orders.only(np.flatnonzero(keep))


class ProfitDataCache:
    """Reads again only when a few indexed figures (orders, lines, margins) or the base
    currency changed, or when this process costed orders since."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._data: ProfitData | None = None
        self._generation = 0

    def changed(self) -> None:
        """Costing wrote something: the next read starts afresh."""
        with self._lock:
            self._generation += 1

    def get(self) -> ProfitData:
        with self._lock, self._db.read_session() as session:
            base = base_currency(session)
            key = (base, self._generation, *reads.fingerprint(session))
            if self._data is None or key != self._key:
                self._data = None  # let the old arrays go before reading the new ones
                self._data = ProfitData(base, reads.profit_orders(session, base),
                                        reads.profit_lines(session, None, None))
                self._key = key
            return self._data
