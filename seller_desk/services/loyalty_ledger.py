"""The loyalty ledger's kinds and terms, and the orders and ledger rows read as arrays."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import Any

import numpy as np
from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from seller_desk.domain.currencies import MINOR_DIGITS
from seller_desk.domain.retention.days import day_start, local_days
from seller_desk.domain.retention.history import Ints
from seller_desk.domain.retention.loyalty import LoyaltyRules
from seller_desk.domain.retention.settings import loyalty_rules
from seller_desk.services.shop_time import shop_zone
from seller_desk.store.bulk_read import integer_columns
from seller_desk.store.counted import counted_order, net_base_value
from seller_desk.store.epoch import epoch_seconds
from seller_desk.store.models import LoyaltyEntry, Order
from seller_desk.store.queries.settings import settings_with_defaults

SQL_SCOPE = 500  # more customers than this are read in full and picked out in numpy
IDS_PER_QUERY = 500


class EntryKind(StrEnum):
    EARN = "earn"
    REVERSAL = "reversal"
    EXPIRY = "expiry"
    GRANT = "grant"
    TIER = "tier"


POSTED = (EntryKind.EARN, EntryKind.REVERSAL, EntryKind.EXPIRY, EntryKind.TIER)


@dataclass(frozen=True)
class LoyaltyTerms:
    """The settings a ledger is kept by, with the base currency's digits and the shop's zone."""

    rules: LoyaltyRules
    base: str
    digits: int
    zone: tzinfo


def loyalty_terms(session: Session) -> LoyaltyTerms:
    values = settings_with_defaults(session)
    base = values["base_currency"]
    digits = MINOR_DIGITS.get(base, 2)
    return LoyaltyTerms(loyalty_rules(values, digits), base, digits, shop_zone(values["timezone"]))


def day_of(moment: datetime, zone: tzinfo) -> int:
    return int(local_days(np.array([int(moment.timestamp())]), zone)[0])


@dataclass(frozen=True)
class OrderArrays:
    """Orders of known customers, sorted by id; counted is 1 for a counted order."""

    id: Ints
    customer: Ints
    seconds: Ints
    net: Ints
    counted: Ints


@dataclass(frozen=True)
class LedgerPairs:
    """What the ledger holds per customer and order: points carried, and whether expired."""

    customer: Ints
    order: Ints
    carried: Ints
    closed: Ints


def _int_columns(rows: Sequence[Sequence[Any]], width: int) -> list[Ints]:
    """The first `width` columns of `rows` as arrays."""
    flat = np.fromiter((v for row in rows for v in row[:width]), dtype=np.int64,
                       count=width * len(rows))
    table = flat.reshape(len(rows), width)
    return [np.ascontiguousarray(table[:, i]) for i in range(width)]


def _in_sql(scope: Ints | None) -> bool:
    return scope is not None and scope.size <= SQL_SCOPE


def read_orders(session: Session, base: str, scope: Ints | None) -> OrderArrays:
    counted = case((and_(*counted_order(), Order.base_currency == base), 1), else_=0)
    statement = select(Order.id, Order.customer_id, epoch_seconds(Order.placed_at),
                       net_base_value(), counted).where(Order.customer_id.is_not(None))
    if _in_sql(scope):
        statement = statement.where(Order.customer_id.in_(scope.tolist()))
    ids, customer, seconds, net, flag = integer_columns(session, statement, 5)
    keep = np.argsort(ids, kind="stable")
    if scope is not None and not _in_sql(scope):
        keep = keep[np.isin(customer[keep], scope)]
    return OrderArrays(ids[keep], customer[keep], seconds[keep], net[keep], flag[keep])


def read_pairs(session: Session, scope: Ints | None, order_ids: Ints) -> LedgerPairs:
    """Every (customer, order) the ledger has rows for; with a scope, the rows of its
    customers and the rows on their orders (a merge leaves some under another customer)."""
    carried = case((LoyaltyEntry.kind.in_([EntryKind.EARN, EntryKind.REVERSAL]),
                    LoyaltyEntry.points), else_=0)
    closed = case((LoyaltyEntry.kind == EntryKind.EXPIRY, 1), else_=0)
    statement = (
        select(LoyaltyEntry.customer_id, LoyaltyEntry.order_id, func.sum(carried),
               func.max(closed))
        .where(LoyaltyEntry.order_id.is_not(None),
               LoyaltyEntry.kind.in_([EntryKind.EARN, EntryKind.REVERSAL, EntryKind.EXPIRY]))
        .group_by(LoyaltyEntry.order_id, LoyaltyEntry.customer_id)  # by the order index
    )
    if scope is None or not _in_sql(scope):
        customer, order, held, done = integer_columns(session, statement, 4)
        if scope is not None:
            keep = np.isin(customer, scope) | np.isin(order, order_ids)
            customer, order, held, done = customer[keep], order[keep], held[keep], done[keep]
        return LedgerPairs(customer, order, held, done)
    # Two queries, each on an index: PostgreSQL scans the whole ledger for an OR of the two.
    ids = scope.tolist()
    theirs = select(Order.id).where(Order.customer_id.in_(ids))
    parts = [
        integer_columns(session, statement.where(LoyaltyEntry.customer_id.in_(ids)), 4),
        integer_columns(session, statement.where(LoyaltyEntry.order_id.in_(theirs),
                                          LoyaltyEntry.customer_id.not_in(ids)), 4),
    ]
    return LedgerPairs(*(np.concatenate([part[i] for part in parts]) for i in range(4)))


def read_last_tiers(session: Session, scope: Ints | None, names: dict[str, int],
                     zone: tzinfo) -> tuple[Ints, Ints, Ints]:
    """Each customer's last tier row: (customer sorted, its local day, tier index or -1)."""
    statement = (select(LoyaltyEntry.customer_id, epoch_seconds(LoyaltyEntry.at),
                        LoyaltyEntry.id, LoyaltyEntry.tier)
                 .where(LoyaltyEntry.kind == EntryKind.TIER))
    if _in_sql(scope):
        statement = statement.where(LoyaltyEntry.customer_id.in_(scope.tolist()))
    rows = session.connection().execute(statement).all()
    customer, seconds, ids = _int_columns(rows, 3)
    tier = np.array([names.get(row[3], -1) for row in rows], dtype=np.int64)
    order = np.lexsort((ids, seconds, customer))
    customer, seconds, tier = customer[order], seconds[order], tier[order]
    last = np.ones(customer.size, dtype=bool)
    last[:-1] = customer[1:] != customer[:-1]
    customer, seconds, tier = customer[last], seconds[last], tier[last]
    if scope is not None and not _in_sql(scope):
        keep = np.isin(customer, scope)
        customer, seconds, tier = customer[keep], seconds[keep], tier[keep]
    return customer, local_days(seconds, zone), tier


def updated_seconds(session: Session, order_ids: Ints) -> Ints:
    """When each order last changed (the refund or cancel behind a reversal)."""
    found: dict[int, int] = {}
    ids = order_ids.tolist()
    for start in range(0, len(ids), IDS_PER_QUERY):
        found.update(session.execute(
            select(Order.id, epoch_seconds(Order.updated_at))
            .where(Order.id.in_(ids[start:start + IDS_PER_QUERY]))).all())
    return np.array([found[i] for i in ids], dtype=np.int64)


def day_starts(days: Ints, zone: tzinfo) -> Ints:
    """Epoch seconds of the first instant of each local day (a few hundred distinct days)."""
    unique, inverse = np.unique(days, return_inverse=True)
    starts = np.array([int(day_start(int(d), zone).timestamp()) for d in unique], dtype=np.int64)
    return starts[inverse] if unique.size else np.zeros(0, dtype=np.int64)

