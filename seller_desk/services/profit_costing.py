"""Costing orders: stored rows into the domain's batches, and their results into writes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from seller_desk.domain.order_costing import (
    GAP_NO_LISTING,
    CostedBatch,
    Known,
    LineBatch,
    OrderBatch,
    cost_batch,
)
from seller_desk.domain.profit import FeeRule, Flags, default_fee_rule
from seller_desk.domain.rate_history import RateHistory
from seller_desk.store.queries.profit_costing import (
    LineTuple,
    OrderTuple,
    account_marketplaces,
    listing_costs,
    price_rules,
    rate_history,
    write_costs,
)


@dataclass(frozen=True)
class CostingOutcome:
    """What a costing run did: orders costed, how many of them lack some cost, the currencies
    that need a rate (with the first day lacking one) and SKUs no listing has."""

    costed: int
    incomplete: int
    missing_rates: tuple[tuple[str, date], ...] = ()
    unknown_skus: tuple[str, ...] = ()


@dataclass
class Tally:
    costed: int = 0
    incomplete: int = 0

    def __post_init__(self) -> None:
        self.missing: dict[str, int] = {}
        self.unknown: set[str] = set()

    def add(self, done: CostedBatch, unknown: set[str]) -> None:
        self.costed += len(done.margin)
        self.incomplete += int(done.incomplete.sum())
        for currency, day in done.missing.items():
            self.missing[currency] = min(day, self.missing.get(currency, day))
        self.unknown |= unknown

    def outcome(self) -> CostingOutcome:
        return CostingOutcome(
            self.costed, self.incomplete,
            tuple((c, date.fromordinal(d)) for c, d in sorted(self.missing.items())),
            tuple(sorted(self.unknown)[:50]))


@dataclass(frozen=True)
class Prepared:
    """One batch ready for the domain, with what is needed to write its results back."""

    orders: OrderBatch
    lines: LineBatch
    order_ids: list[int]
    line_ids: list[int]
    line_skus: list[str]


class CostingContext:
    """What every batch of one run shares: listings, fee rules and the rate history."""

    def __init__(self, session: Session, base: str,
                 listings: list[tuple[int, str, int, str]] | None = None,
                 history: RateHistory | None = None) -> None:
        self.base = base
        listings = listing_costs(session) if listings is None else listings
        self.items: list[tuple[int, str]] = [(cost, cur) for _i, _k, cost, cur in listings]
        self.by_listing = {lid: n for n, (lid, _k, _c, _u) in enumerate(listings)}
        self.by_sku = {key: n for n, (_l, key, _c, _u) in enumerate(listings) if key}
        self.marketplaces = account_marketplaces(session)
        self.rules: dict[tuple[int, str], FeeRule] = {}
        self.first_rule: dict[int, FeeRule] = {}
        for row in price_rules(session):
            rule = FeeRule(row.marketplace_pct, row.payment_pct, row.fixed_fee_minor,
                           row.currency, row.shipping_minor)
            self.rules[(row.account_id, row.currency)] = rule
            self.first_rule.setdefault(row.account_id, rule)
        wanted = ({base} | {cur for _c, cur in self.items}
                  | {r.currency for r in self.rules.values()} | {"USD"})
        self.history = history or RateHistory(rate_history(session, wanted))

    def rule_for(self, account_id: int, currency: str) -> FeeRule:
        """The market's rule, else the account's first rule, else the marketplace's fees."""
        found = self.rules.get((account_id, currency)) or self.first_rule.get(account_id)
        return found or default_fee_rule(self.marketplaces.get(account_id, ""))

    def prepare(self, orders: Sequence[OrderTuple], lines: Sequence[LineTuple]) -> Prepared:
        """The batches for `orders` (ascending ids) and those of `lines` that belong to them,
        ordered by order, then line id."""
        ids = np.array([row[0] for row in orders], dtype=np.int64)
        line_order = np.array([row[1] for row in lines], dtype=np.int64)
        if len(ids):
            at = np.minimum(np.searchsorted(ids, line_order), len(ids) - 1)
            mine = ids[at] == line_order
        else:
            at, mine = np.zeros(len(lines), dtype=np.int64), np.zeros(len(lines), dtype=bool)
        line_ids = np.array([row[0] for row in lines], dtype=np.int64)
        picked = np.flatnonzero(mine)
        picked = picked[np.lexsort((line_ids[picked], at[picked]))]
        kept = [lines[i] for i in picked]
        return Prepared(self._orders(orders), self._lines(kept, at[picked]), ids.tolist(),
                        [row[0] for row in kept], [row[6] for row in kept])

    def _orders(self, rows: Sequence[OrderTuple]) -> OrderBatch:
        pairs: dict[tuple[str, str], int] = {}
        markets: dict[tuple[int, str], int] = {}
        pair_codes = [pairs.setdefault((row[2], row[3]), len(pairs)) for row in rows]
        rule_codes = [markets.setdefault((row[1], row[2]), len(markets)) for row in rows]
        column = list(zip(*rows, strict=True)) if rows else [[] for _ in range(12)]

        def ints(values: Sequence[Any]) -> np.ndarray:
            return np.array(values, dtype=np.int64)

        return OrderBatch(
            pair=ints(pair_codes), pairs=[(cur, Decimal(rate)) for cur, rate in pairs],
            day=ints(column[4]), total=ints(column[5]), tax=ints(column[6]),
            refunded=ints(column[7]), marketplace_fee=Known.of(column[8]),
            payment_fee=Known.of(column[9]), shipping_cost=Known.of(column[10]),
            rule=ints(rule_codes), rules=[self.rule_for(acc, cur) for acc, cur in markets],
            return_cost=ints([v or 0 for v in column[11]]),
        )

    def _lines(self, rows: Sequence[LineTuple], order_index: np.ndarray) -> LineBatch:
        items = [
            self.by_listing.get(listing, -1) if listing is not None
            else self.by_sku.get(sku, -1)
            for _id, _o, listing, sku, _q, _c, _s, _t in rows
        ]
        return LineBatch(
            order=order_index.astype(np.int64),
            quantity=np.array([row[4] for row in rows], dtype=np.int64),
            total=np.array([row[7] for row in rows], dtype=np.int64),
            item=np.array(items, dtype=np.int64), items=self.items,
            cost=Known.of([row[5] for row in rows]),
        )


def cost_and_write(session: Session, context: CostingContext, orders: Sequence[OrderTuple],
                   lines: Sequence[LineTuple]) -> tuple[Prepared, CostedBatch]:
    """Cost these orders and store the results, in the caller's transaction."""
    prepared = context.prepare(orders, lines)
    done = cost_batch(prepared.orders, prepared.lines, context.base, context.history)
    write_costs(session, order_writes(prepared, done), *line_writes(prepared, done))
    return prepared, done


def unknown_skus(prepared: Prepared, done: CostedBatch) -> set[str]:
    return {prepared.line_skus[i] or "?" for i in np.flatnonzero(done.line_gap == GAP_NO_LISTING)}


def order_writes(prepared: Prepared, done: CostedBatch) -> list[dict[str, Any]]:
    return [
        {"o_id": oid, "o_mf": mf, "o_pf": pf, "o_ship": ship, "o_cost": cost, "o_margin": margin,
         "o_rev": revenue, "o_mfb": mfb, "o_pfb": pfb, "o_incomplete": incomplete}
        for oid, mf, pf, ship, cost, margin, revenue, mfb, pfb, incomplete in zip(
            prepared.order_ids, done.marketplace_fee.tolist(), done.payment_fee.tolist(),
            done.shipping_cost.tolist(), done.cost.tolist(), done.margin.tolist(),
            done.revenue.tolist(), done.marketplace_fee_base.tolist(),
            done.payment_fee_base.tolist(), done.incomplete.tolist(), strict=True)
    ]


def counts_order(prepared: Prepared) -> Flags:
    """Per line: the first of its listing (or, without one, of its SKU) in its order."""
    lines = prepared.lines
    bare = {sku: -2 - n for n, sku in enumerate(sorted(set(prepared.line_skus)))}
    key = np.where(lines.item >= 0, lines.item,
                   np.array([bare[sku] for sku in prepared.line_skus], dtype=np.int64))
    first = np.zeros(len(key), dtype=bool)
    if len(key):
        # Lines are by order, then id: the first (order, key) pair met is the first line.
        _pairs, at = np.unique(np.stack([lines.order, key]), axis=1, return_index=True)
        first[at] = True
    return first


def line_writes(prepared: Prepared, done: CostedBatch
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(lines costed now, with their cost and shares; the other lines, with their shares)."""
    items, item = prepared.lines.items, prepared.lines.item
    revenue, marketplace, payment, shipping, returns = (
        share.tolist() for share in done.line_shares)
    counts = counts_order(prepared).tolist()
    costed: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    for i, (line_id, new) in enumerate(zip(prepared.line_ids, done.line_new.tolist(),
                                           strict=True)):
        row = {"l_id": line_id, "l_rev": revenue[i], "l_mfb": marketplace[i],
               "l_pfb": payment[i], "l_ship": shipping[i], "l_returns": returns[i],
               "l_counts": counts[i]}
        if new:
            row.update(l_unit=items[item[i]][0], l_currency=items[item[i]][1],
                       l_rate=done.rates[done.line_rate[i]], l_cost=int(done.line_cost[i]))
            costed.append(row)
        else:
            others.append(row)
    return costed, others
