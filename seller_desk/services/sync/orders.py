"""Writing a page of remote orders: the import's writer, plus the store's own money, when sync
wrote each order, and a conflict noted where a local edit met a remote change."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from seller_desk.domain.imports import ImportedOrder
from seller_desk.domain.money import Money
from seller_desk.domain.orders import Marketplace, OrderStatus
from seller_desk.domain.sync import RemoteOrder
from seller_desk.services.cross_rates import MarketRates
from seller_desk.services.imports.writer import OrderWriter, RateBook, digest
from seller_desk.store.models import Order, SyncConflict

# Local changes within this of sync's own write are sync's (the same transaction's clock).
EDIT_SLACK = timedelta(seconds=2)
# What the conflict view shows of an order, local against remote.
SHOWN = ("status", "buyer_name", "buyer_email", "ship_country", "ship_address", "total_minor")


def remote_digest(order: RemoteOrder) -> str:
    """The import digest plus what only sync knows: refunds, parcels, the store's money."""
    said = (digest(order.imported()), order.shop_currency, order.shop_total_minor,
            tuple((r.external_id, r.amount_minor) for r in order.refunds),
            tuple((f.external_id, f.tracking_numbers) for f in order.fulfillments), order.test)
    return hashlib.blake2b(repr(said).encode(), digest_size=16).hexdigest()


class SyncedOrderWriter(OrderWriter):
    """Writes RemoteOrders into one connected account, inside the caller's transaction."""

    source = "sync"

    def __init__(self, session: Session, account_id: int, marketplace: Marketplace,
                 rates: RateBook, author: str) -> None:
        super().__init__(session, "", marketplace, rates, author, account_id=account_id)
        self.remote: dict[str, RemoteOrder] = {}
        self.conflicts = 0
        self._old_status = ""  # of the order being updated
        self._published: dict[date, MarketRates] = {}  # stored rates, per order day

    def writable(self, orders: Sequence[RemoteOrder]) -> tuple[list[RemoteOrder],
                                                              list[RemoteOrder]]:
        """(orders that can be written, orders without a known exchange rate)."""
        good, unpriced = [], []
        for order in orders:
            self.remote[order.external_id] = order
            (good if self.rate_of(order.imported()) is not None else unpriced).append(order)
        return good, unpriced

    def write_remote(self, orders: Sequence[RemoteOrder]) -> None:
        for order in orders:
            self.remote[order.external_id] = order
        self.write([order.imported() for order in orders])

    def digest(self, order: ImportedOrder) -> str:
        remote = self.remote.get(order.external_id)
        return remote_digest(remote) if remote is not None else digest(order)

    def rate_of(self, order: ImportedOrder) -> Decimal | None:
        # The store's own conversion is the real one when it settles in our base currency.
        remote = self.remote.get(order.external_id)
        if remote is not None and remote.shop_currency == self.rates.base \
                and remote.shop_total_minor is not None and order.total_minor > 0 \
                and remote.shop_currency != order.currency:
            return (Money(remote.shop_total_minor, remote.shop_currency).amount
                    / Money(order.total_minor, order.currency).amount)
        day = order.placed_at.date()
        if day not in self._published:
            self._published[day] = MarketRates.load(self.session, day)
        published = self._published[day].rate(order.currency, self.rates.base)
        return published.rate if published is not None else super().rate_of(order)

    def _values(self, order: ImportedOrder, customer_id: int | None) -> dict[str, Any]:
        values = super()._values(order, customer_id)
        remote = self.remote[order.external_id]
        refunded = sum(r.amount_minor for r in remote.refunds)
        rate = values["rate_to_base"]
        # Tracking knows a parcel arrived; a store that only says "fulfilled" doesn't undo it.
        if self._old_status == OrderStatus.DELIVERED and order.status == OrderStatus.SHIPPED:
            values["status"] = OrderStatus.DELIVERED.value
        values.update(
            shop_currency=remote.shop_currency if remote.shop_currency != order.currency else "",
            shop_total_minor=remote.shop_total_minor
            if remote.shop_currency != order.currency else None,
            synced_at=self.now, remote_updated_at=remote.updated_at, is_test=remote.test,
            refunded_minor=refunded,
            refunded_base_minor=Money(refunded, order.currency).convert(
                rate, self.rates.base).minor)
        if remote.shop_currency == self.rates.base and remote.shop_total_minor is not None:
            values["total_base_minor"] = remote.shop_total_minor
        return values

    def _update(self, order_id: int, order: ImportedOrder, customer_id: int | None,
                old_status: str) -> None:
        local = self.session.execute(
            select(Order.updated_at, Order.synced_at, Order.number,
                   *[getattr(Order, name) for name in SHOWN])
            .where(Order.id == order_id)).one()
        self._old_status = old_status
        try:
            new = self._values(order, customer_id)
            # A kept "delivered" is no change of status for the history either.
            super()._update(order_id, order, customer_id,
                            order.status.value if new["status"] != order.status else old_status)
        finally:
            self._old_status = ""
        updated_at, synced_at, number = local[0], local[1], local[2]
        if synced_at is None or updated_at <= synced_at + EDIT_SLACK:
            return
        before = dict(zip(SHOWN, local[3:], strict=True))
        changed = [name for name in SHOWN if before[name] != new[name]]
        if changed:
            self.session.add(SyncConflict(
                account_id=self.account_id, kind="order", item=number, order_id=order_id,
                local_value=_shown(before, changed, new["currency"]),
                remote_value=_shown(new, changed, new["currency"]),
                winner="remote", detected_at=self.now))
            self.conflicts += 1


def _shown(values: dict[str, Any], names: Sequence[str], currency: str) -> str:
    """The differing fields, the total as money ("total: 54.90 EUR")."""
    def value(name: str) -> object:
        return Money(values[name], currency) if name == "total_minor" else values[name]

    return "; ".join(f"{name.removesuffix('_minor')}: {value(name)}" for name in names)[:500]
