"""The money of demo returns: refunds and store credit, return labels, goods back in stock."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.fx import convert_minor
from seller_desk.domain.order_costing import GAP_NONE, cost_batch
from seller_desk.domain.rate_history import RateHistory
from seller_desk.domain.returns import Disposition, ReturnReason
from seller_desk.services.demo.labels import Labels
from seller_desk.services.demo.rates import ten_digits
from seller_desk.services.demo.return_picks import ID_CHUNK, REASONS, Picks, raw_rows
from seller_desk.services.profit_costing import CostingContext
from seller_desk.services.return_steps import SHOP_AT_FAULT
from seller_desk.store.models import Order
from seller_desk.store.queries.profit_costing import orders_by_ids, rate_history

_COLUMNS = ("id", "account_id", "customer_id", "ship_country", "currency", "rate_to_base",
            "subtotal_minor", "shipping_minor", "total_minor", "item_count", "buyer_name",
            "buyer_name_key", "buyer_email", "ship_name", "ship_address", "ship_postcode")
AT_FAULT = np.array([reason in SHOP_AT_FAULT for reason in REASONS])


@dataclass(frozen=True)
class OrderFacts:
    """The returned orders as the requests need them, one row per request (`_COLUMNS`)."""

    rows: list[tuple[Any, ...]]

    def column(self, name: str) -> list[Any]:
        at = _COLUMNS.index(name)
        return [row[at] for row in self.rows]

    def of(self, request: int) -> dict[str, Any]:
        return dict(zip(_COLUMNS, self.rows[request], strict=True))

    def ints(self, name: str) -> np.ndarray:
        return np.array(self.column(name), dtype=np.int64)

    def in_base(self, minor: np.ndarray, base: str) -> np.ndarray:
        """Amounts in the order currency roughly in base minor units (to rank them only)."""
        scale = np.array([float(rate) * 10.0 ** (minor_digits(base) - minor_digits(currency))
                          for currency, rate in zip(self.column("currency"),
                                                    self.column("rate_to_base"), strict=True)])
        return minor * scale


def read_orders(connection: Connection, order_ids: np.ndarray) -> OrderFacts:
    table = Order.__table__
    found: dict[int, tuple[Any, ...]] = {}
    ids = sorted(set(order_ids.tolist()))
    for start in range(0, len(ids), ID_CHUNK):
        for row in raw_rows(connection, select(*(table.c[name] for name in _COLUMNS)).where(
                table.c.id.in_(ids[start:start + ID_CHUNK]))):
            found[row[0]] = (*row[:5], Decimal(row[5]), *row[6:])
    return OrderFacts([found[i] for i in order_ids.tolist()])


class ReturnMoney:
    """Converts at the stored rates of the day, as the Returns page's steps do, and costs goods
    with the costing service's own rules (the final costing of the demo arrives at the same)."""

    def __init__(self, session: Session, base: str, first_day: date,
                 currencies: Sequence[str]) -> None:
        self.session, self.base = session, base
        self.context = CostingContext(session, base)
        self.first_ordinal = first_day.toordinal()
        wanted = {*currencies, base, "CNY"}
        self.history = RateHistory(rate_history(session, wanted))
        self._rates: dict[tuple[str, int], Decimal | None] = {}

    def rate(self, currency: str, day: int, fallback: Decimal) -> Decimal:
        """Base per unit of `currency` on window day `day`, else `fallback`."""
        key = (currency, day)
        if key not in self._rates:
            self._rates[key] = self.history.to_base(currency, self.base,
                                                    self.first_ordinal + day)
        return self._rates[key] or fallback

    def order_rate(self, currency: str, day: int) -> Decimal | None:
        """An order's rate to base on window day `day`, as every demo order has it."""
        if currency == self.base:
            return Decimal(1)
        mine = self.history.per_eur(currency, self.first_ordinal + day)
        theirs = self.history.per_eur(self.base, self.first_ordinal + day)
        return ten_digits(theirs / mine) if mine and theirs else None

    def to_base(self, minor: np.ndarray, currencies: Sequence[str], days: np.ndarray,
                fallback: Sequence[Decimal]) -> tuple[list[int], list[Decimal]]:
        """Each amount in base at its day's rate, and the rates used."""
        rates = [self.rate(c, d, f) for c, d, f in zip(currencies, days.tolist(), fallback,
                                                       strict=True)]
        return ([convert_minor(m, c, self.base, r) for m, c, r in zip(
            minor.tolist(), currencies, rates, strict=True)], rates)

    def labels_base(self, grams: np.ndarray, country: np.ndarray, days: np.ndarray
                    ) -> list[int]:
        """Labels by small-parcel post for parcels of `grams` to or from each country (index
        into COUNTRIES), in base at the yuan's rate of each day."""
        fen = Labels().cost_fen(Labels.parcel_grams(grams), country)
        amounts, _rates = self.to_base(fen, ["CNY"] * fen.size, days, [Decimal(0)] * fen.size)
        return amounts

    def goods(self, order_ids: Sequence[int]) -> tuple[dict[int, int], dict[int, int]]:
        """(cost in base per order line, goods cost in base per order) of `order_ids`, as the
        costing run works them out (0 where it could not)."""
        orders, lines = orders_by_ids(self.session, order_ids)
        if not orders:
            return {}, {}
        prepared = self.context.prepare(orders, lines)
        done = cost_batch(prepared.orders, prepared.lines, self.base, self.context.history)
        line_cost = np.where(done.line_gap == GAP_NONE, done.line_cost, 0)
        return (dict(zip(prepared.line_ids, line_cost.tolist(), strict=True)),
                dict(zip(prepared.order_ids, done.cost.tolist(), strict=True)))


@dataclass(frozen=True)
class Settled:
    """Per request: money paid out and what the return cost; per line, its disposition."""

    refund: np.ndarray
    refund_base: list[int]
    refund_rate: list[Decimal | None]
    refunded_at: np.ndarray  # seconds into the window, -1 without a refund
    credit: np.ndarray
    label: np.ndarray  # the return label the shop paid, base
    replacement: list[int | None]
    replacement_cost: np.ndarray  # goods and label sent again, base
    disposition: list[str]
    restocked: np.ndarray  # per line, base

    def return_cost(self, picks: Picks) -> np.ndarray:
        """Labels paid and replacements sent, less goods back in stock (services/return_steps
        keeps the same sum on each order)."""
        back = np.bincount(picks.owner, weights=self.restocked, minlength=picks.count)
        return self.label + self.replacement_cost - back.astype(np.int64)


def paid_for_items(picks: Picks, facts: OrderFacts) -> np.ndarray:
    """What the customer paid for the returned items: their share of the order without its
    postage (tax and discounts included); the whole total when every item comes back for a
    fault of the shop's (postage too)."""
    value = picks.value()
    subtotal = np.maximum(facts.ints("subtotal_minor"), 1)
    total = facts.ints("total_minor")
    goods = value * (total - facts.ints("shipping_minor")) // subtotal
    units = np.bincount(picks.owner, weights=picks.quantity, minlength=picks.count)
    everything = units.astype(np.int64) >= facts.ints("item_count")
    return np.minimum(np.where(everything & AT_FAULT[picks.reason], total, goods), total)


def restocked(picks: Picks, line_costs: dict[int, int], inspected: np.ndarray,
              rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """Per returned line: its disposition ("" until inspected) and the goods cost put back in
    stock. Damaged items are mostly written off, the rest mostly restocked."""
    damaged = (picks.reason == REASONS.index(ReturnReason.DAMAGED))[picks.owner]
    keep = rng.random(picks.owner.size) < np.where(damaged, 0.15, 0.93)
    seen = inspected[picks.owner]
    cost = np.array([line_costs.get(line, 0) for line in picks.line_id.tolist()],
                    dtype=np.int64)
    back = np.where(seen & keep, cost * picks.quantity // np.maximum(picks.bought, 1), 0)
    disposition = np.where(seen, np.where(keep, Disposition.RESTOCK.value,
                                          Disposition.WRITE_OFF.value), "")
    return disposition.tolist(), back
