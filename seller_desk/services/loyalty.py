"""Loyalty points and tiers (RETENTION.md "Loyalty"): the ledger kept in line with the orders,
points granted by hand, and where one customer stands."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

import numpy as np
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.money import Money
from seller_desk.domain.retention.days import day_date, local_days
from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.retention.loyalty import add_months_array, tier_index, twelve_month_spend
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.authors import author_name
from seller_desk.services.lookups import customer_or_gone
from seller_desk.services.loyalty_ledger import EntryKind, LoyaltyTerms, day_of, loyalty_terms
from seller_desk.services.loyalty_update import reconcile
from seller_desk.services.progress import Job
from seller_desk.store.counted import counted_order, net_base_value
from seller_desk.store.database import Database
from seller_desk.store.epoch import epoch_seconds
from seller_desk.store.models import LoyaltyEntry, Order

__all__ = ["CustomerLoyalty", "EntryKind", "LedgerRow", "LedgerUpdate", "LoyaltyService"]

EXPIRING_DAYS = 30
MAX_GRANT = 1_000_000_000  # fits the points column on every backend
REASON_LIMIT = 300


@dataclass(frozen=True)
class LedgerUpdate:
    """Rows posted by one update, per kind (earn, reversal, expiry, tier)."""

    counts: Mapping[str, int]

    @property
    def posted(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class LedgerRow:
    id: int
    at: datetime
    kind: EntryKind
    points: int
    order_id: int | None
    order_number: str
    order_placed_at: datetime | None  # when the points of an expiry were earned
    tier: str
    reason: str
    author: str


@dataclass(frozen=True)
class CustomerLoyalty:
    customer_id: int
    balance: int
    tier: str
    spend_12m: Money  # net spend over the last 12 months, base currency
    next_tier: str  # "" at the top tier
    to_next_tier: Money | None  # more spend the next tier needs
    expiring_soon: int  # points that expire within EXPIRING_DAYS
    next_expiry: date | None  # the first day some of them are gone
    rows: tuple[LedgerRow, ...]  # newest first


def _moment(as_of: datetime | None) -> datetime:
    if as_of is None:
        return datetime.now(UTC)
    if as_of.tzinfo is None:
        raise ValueError("as_of must be timezone-aware")
    return as_of


def _check_grant(points: int, reason: str) -> str:
    if isinstance(points, bool) or not isinstance(points, int) or points == 0:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "loyalty", "Give the points as a whole number other than 0 (negative to take "
            "points away)."), item="points")
    if abs(points) > MAX_GRANT:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "loyalty", "At most {limit} points can be granted at once."),
            item="points", limit=MAX_GRANT)
    text = " ".join(reason.split())
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "loyalty", "Say why the points are granted (a review, a referral)."), item="reason")
    if len(text) > REASON_LIMIT:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "loyalty", "A reason can hold at most {limit} characters."),
            item="reason", limit=REASON_LIMIT)
    return text


class LoyaltyService:
    LEDGER_ROWS = 200

    def __init__(self, database: Database) -> None:
        self._db = database

    def bring_up_to_date(self, job: Job | None = None, as_of: datetime | None = None,
                         customer_ids: Iterable[int] | None = None) -> LedgerUpdate:
        """Post the earn, reversal, expiry and tier rows the orders call for up to `as_of`
        (everyone, or only `customer_ids`); running it again posts nothing new. One
        transaction: cancelled through `job`, nothing is written."""
        moment = _moment(as_of)
        ids = None if customer_ids is None else np.array(
            sorted({int(i) for i in customer_ids}), dtype=np.int64)
        with self._db.session() as session:
            counts = reconcile(session, loyalty_terms(session), moment, ids, job or Job())
        return LedgerUpdate(counts)

    def grant(self, customer_id: int, points: int, reason: str,
              author: str | None = None) -> int:
        """Points given (or, negative, taken back) by hand, with the reason why."""
        text = _check_grant(points, reason)
        with self._db.session() as session:
            customer = customer_or_gone(session, customer_id)
            if customer.merged_into_id is not None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "loyalty", "{name} was merged into another customer; grant the points "
                    "there."), item=str(customer_id), name=customer.name or customer_id)
            entry = LoyaltyEntry(
                customer_id=customer.id, at=datetime.now(UTC), kind=EntryKind.GRANT.value,
                points=points, order_id=None, tier="", reason=text,
                author=(author if author is not None else author_name(session))[:80])
            session.add(entry)
            session.flush()
            return entry.id

    def customer(self, customer_id: int, as_of: datetime | None = None) -> CustomerLoyalty:
        """Balance, tier, spend toward the next tier, points about to expire, ledger rows."""
        moment = _moment(as_of)
        with self._db.read_session() as session:
            customer_or_gone(session, customer_id)
            terms = loyalty_terms(session)
            today = day_of(moment, terms.zone)
            tiers = terms.rules.tiers
            balance = session.scalar(select(func.coalesce(func.sum(LoyaltyEntry.points), 0))
                                     .where(LoyaltyEntry.customer_id == customer_id))
            tier = session.scalar(
                select(LoyaltyEntry.tier)
                .where(LoyaltyEntry.customer_id == customer_id,
                       LoyaltyEntry.kind == EntryKind.TIER)
                .order_by(LoyaltyEntry.at.desc(), LoyaltyEntry.id.desc()).limit(1))
            spend = _spend_12m(session, terms, customer_id, moment, today)
            reached = int(tier_index(np.array([spend]), tiers)[0])
            following = tiers[reached + 1] if reached + 1 < len(tiers) else None
            expiring, first_gone = _expiring(session, terms, customer_id, today)
            return CustomerLoyalty(
                customer_id, int(balance or 0), tier or tiers[0].name, Money(spend, terms.base),
                following.name if following else "",
                Money(following.threshold_minor - spend, terms.base) if following else None,
                expiring, first_gone, self._rows(session, customer_id))

    def _rows(self, session: Session, customer_id: int) -> tuple[LedgerRow, ...]:
        rows = session.execute(
            select(LoyaltyEntry.id, LoyaltyEntry.at, LoyaltyEntry.kind, LoyaltyEntry.points,
                   LoyaltyEntry.order_id, func.coalesce(Order.number, ""), Order.placed_at,
                   LoyaltyEntry.tier, LoyaltyEntry.reason, LoyaltyEntry.author)
            .outerjoin(Order, Order.id == LoyaltyEntry.order_id)
            .where(LoyaltyEntry.customer_id == customer_id)
            .order_by(LoyaltyEntry.at.desc(), LoyaltyEntry.id.desc())
            .limit(self.LEDGER_ROWS))
        return tuple(LedgerRow(i, at, EntryKind(kind), points, order_id, number, placed, tier,
                               reason, author)
                     for i, at, kind, points, order_id, number, placed, tier, reason, author
                     in rows)


def _spend_12m(session: Session, terms: LoyaltyTerms, customer_id: int, moment: datetime,
               today: int) -> int:
    rows = session.execute(
        select(epoch_seconds(Order.placed_at), net_base_value())
        .where(Order.customer_id == customer_id, *counted_order(),
               Order.base_currency == terms.base, Order.placed_at <= moment)).all()
    if not rows:
        return 0
    seconds, values = (np.array(column, dtype=np.int64) for column in zip(*rows, strict=True))
    days = local_days(seconds, terms.zone)
    history = PurchaseHistory.of(np.zeros(days.size, dtype=np.int64), days, values)
    return int(twelve_month_spend(history, today)[1].sum())


def _expiring(session: Session, terms: LoyaltyTerms, customer_id: int,
              today: int) -> tuple[int, date | None]:
    """Points still held from orders whose expiry day falls in the next EXPIRING_DAYS."""
    months = terms.rules.expiry_months
    if months <= 0:
        return 0, None
    held = case((LoyaltyEntry.kind.in_([EntryKind.EARN, EntryKind.REVERSAL]),
                 LoyaltyEntry.points), else_=0)
    closed = case((LoyaltyEntry.kind == EntryKind.EXPIRY, 1), else_=0)
    rows = session.execute(
        select(epoch_seconds(Order.placed_at), func.sum(held), func.max(closed))
        .join(Order, Order.id == LoyaltyEntry.order_id)
        .where(LoyaltyEntry.customer_id == customer_id)
        .group_by(LoyaltyEntry.order_id, Order.placed_at)).all()
    live = [(s, p) for s, p, done in rows if not done and p > 0]
    if not live:
        return 0, None
    seconds = np.array([s for s, _ in live], dtype=np.int64)
    points = np.array([p for _, p in live], dtype=np.int64)
    gone = add_months_array(local_days(seconds, terms.zone), months)
    soon = (gone > today) & (gone <= today + EXPIRING_DAYS)
    if not soon.any():
        return 0, None
    return int(points[soon].sum()), day_date(int(gone[soon].min()))
