"""The shop's counted orders as arrays in local days, read once and kept while nothing changes."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cached_property
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from seller_desk.domain.currencies import MINOR_DIGITS
from seller_desk.domain.retention.days import local_days
from seller_desk.domain.retention.history import Ints, PurchaseHistory
from seller_desk.services.shop_time import shop_zone
from seller_desk.store.database import Database
from seller_desk.store.models import Customer, CustomerMerge, Order, OrderStatusChange
from seller_desk.store.queries.rates import known_rate
from seller_desk.store.queries.retention import (
    CountedOrders,
    account_marketplaces,
    counted_orders,
    goods_cost_and_revenue,
)
from seller_desk.store.queries.settings import settings_with_defaults, stored_settings


@dataclass(frozen=True)
class ShopData:
    """Everything retention reads from the database, as plain arrays."""

    orders: CountedOrders
    day: Ints  # local day of each counted order
    marketplaces: dict[int, str]  # account id -> marketplace
    margin: float | None  # contribution margin measured over the last 90 days
    settings: dict[str, str]
    base_currency: str
    zone: tzinfo

    @cached_property
    def history(self) -> PurchaseHistory:
        """Known customers' counted orders, sorted once per read of the database (filters,
        dates and campaign readouts all start from it)."""
        known = self.orders.customer > 0
        return PurchaseHistory.of(self.orders.customer[known], self.day[known],
                                  self.orders.value[known])

    @property
    def minor_digits(self) -> int:
        return MINOR_DIGITS.get(self.base_currency, 2)

    @property
    def minor_per_major(self) -> int:
        return int(10**self.minor_digits)


def _fingerprint(session: Session) -> tuple[Any, ...]:
    orders = session.execute(
        select(func.count(Order.id), func.max(Order.id), func.max(Order.updated_at))
    ).one()
    merges = session.execute(
        select(func.count(CustomerMerge.id), func.max(CustomerMerge.undone_at))
    ).one()
    customers = session.execute(select(func.count(Customer.id), func.max(Customer.id))).one()
    moves = session.scalar(select(func.max(OrderStatusChange.id)))
    return (*orders, *merges, *customers, moves, tuple(sorted(stored_settings(session).items())))


class ShopDataCache:
    """Reads the shop's data when it changed since the last read (a few cheap indexed queries
    tell), so changing a filter or the as-of date recomputes without reading a million rows."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._data: ShopData | None = None

    def zone(self) -> tzinfo:
        """The shop's time zone (read from the settings, not the orders)."""
        with self._db.session() as session:
            return shop_zone(stored_settings(session).get("timezone", ""))

    def get(self) -> ShopData:
        with self._lock, self._db.session() as session:
            key = _fingerprint(session)
            if self._data is None or key != self._key:
                self._data = _read(session)
                self._key = key
            return self._data


def _read(session: Session) -> ShopData:
    settings = settings_with_defaults(session)
    base = settings["base_currency"]
    zone = shop_zone(settings["timezone"])
    orders = counted_orders(session, base)
    return ShopData(
        orders=orders,
        day=local_days(orders.seconds, zone),
        marketplaces=account_marketplaces(session),
        margin=_measured_margin(session, base),
        settings=settings,
        base_currency=base,
        zone=zone,
    )


def _measured_margin(session: Session, base: str) -> float | None:
    """1 - cost of goods / their revenue over the last 90 days, costs converted at the rate
    the shop last saw; None when no sold line has a listing cost (or a rate for its currency)."""
    now = datetime.now(UTC)
    cost_base = revenue = 0
    for currency, cost, line_revenue in goods_cost_and_revenue(
        session, base, now - timedelta(days=90)
    ):
        rate = known_rate(session, currency, base, now)
        if rate is None:
            continue
        shift = MINOR_DIGITS.get(base, 2) - MINOR_DIGITS.get(currency, 2)
        cost_base += int(cost * rate * (10**shift))
        revenue += line_revenue
    return None if revenue <= 0 else 1.0 - cost_base / revenue
