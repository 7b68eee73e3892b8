"""One person across marketplaces is one customer: suggested merges, merging, and undo."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, true, update
from sqlalchemy.orm import Session

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.identity import MatchReason
from seller_desk.domain.money import Money
from seller_desk.domain.order_rules import clean_tags
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.authors import author_name
from seller_desk.services.lookups import customer_gone
from seller_desk.store.customer_stats import refresh_customer_stats
from seller_desk.store.database import Database
from seller_desk.store.models import (
    Complaint,
    Customer,
    CustomerIdentity,
    CustomerMerge,
    Feedback,
    FollowUp,
    LoyaltyEntry,
    MarketplaceAccount,
    MergeMove,
    Note,
    Order,
)
from seller_desk.store.people import set_contact
from seller_desk.store.queries.settings import base_currency

# What a merge re-points from the merged customer to the survivor.
MOVED: dict[str, Any] = {
    "order": Order, "note": Note, "follow_up": FollowUp, "feedback": Feedback,
    "complaint": Complaint, "identity": CustomerIdentity, "loyalty_grant": LoyaltyEntry,
}
# Rows of a kind that move only when they match: points granted by hand go with the person;
# points of orders follow their orders when the ledger is next brought up to date.
MOVED_ONLY: dict[str, Any] = {"loyalty_grant": LoyaltyEntry.kind == "grant"}
# Profile fields a survivor takes from the merged customer where its own are empty.
FILLED = ("name", "email", "phone", "country", "language", "city", "postcode", "currency")
_KEYS = {
    MatchReason.EMAIL: Customer.email_key,
    MatchReason.PHONE: Customer.phone_match,
    MatchReason.NAME_POSTCODE: Customer.name_postcode_key,
}


@dataclass(frozen=True)
class CustomerBrief:
    id: int
    name: str
    email: str
    phone: str
    country: str
    account: str
    marketplace: str
    orders: int
    spent: Money


@dataclass(frozen=True)
class MergeSuggestion:
    reasons: tuple[MatchReason, ...]
    customers: tuple[CustomerBrief, ...]  # the suggested survivor first

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(c.id for c in self.customers)


@dataclass(frozen=True)
class MergeRecord:
    id: int
    survivor_id: int
    merged_id: int
    merged_name: str
    reason: str
    author: str
    merged_at: datetime
    undone_at: datetime | None


class MergeService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def suggestions(self, limit: int = 200) -> list[MergeSuggestion]:
        """Groups of live, unmasked customers sharing an email, a phone or name + postcode;
        the customer with the most orders is suggested as the one to keep."""
        with self._db.read_session() as session:
            links: dict[int, set[MatchReason]] = {}
            parent: dict[int, int] = {}

            def root(i: int) -> int:
                while parent.setdefault(i, i) != i:
                    parent[i] = parent[parent[i]]
                    i = parent[i]
                return i

            for reason, key in _KEYS.items():
                live = (key != "") & Customer.merged_into_id.is_(None) & ~Customer.masked
                shared = (select(key).where(live).group_by(key)
                          .having(func.count(Customer.id) > 1).limit(limit * 4).subquery())
                rows = session.execute(
                    select(key, Customer.id).where(live, key.in_(select(shared)))
                    .order_by(key, Customer.id))
                first: dict[str, int] = {}
                for value, cid in rows:
                    links.setdefault(cid, set()).add(reason)
                    if value in first:
                        parent[root(cid)] = root(first[value])
                    else:
                        first[value] = cid
            groups: dict[int, list[int]] = {}
            for cid in links:
                groups.setdefault(root(cid), []).append(cid)
            briefs = _briefs(session, [cid for ids in groups.values() for cid in ids])
        found = []
        for ids in groups.values():
            if len(ids) < 2:
                continue
            people = sorted((briefs[i] for i in ids), key=lambda b: (-b.orders, b.id))
            reasons = set().union(*(links[i] for i in ids))
            found.append(MergeSuggestion(
                tuple(r for r in MatchReason if r in reasons), tuple(people)))
        found.sort(key=lambda s: (-len(s.reasons), -sum(c.orders for c in s.customers),
                                  s.customers[0].id))
        return found[:limit]

    def merge(self, survivor_id: int, merged_ids: Sequence[int], reason: str = "") -> list[int]:
        """Merge each of `merged_ids` into `survivor_id` in one transaction; returns the merge
        ids (for undo)."""
        with self._db.session() as session:
            survivor = session.get(Customer, survivor_id)
            if survivor is None:
                raise customer_gone(survivor_id)
            if survivor.merged_into_id is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("merge", "{name} was itself merged into another customer."),
                    item=str(survivor_id), name=survivor.name or survivor_id)
            author = author_name(session)
            done = [self._merge_one(session, survivor, merged_id, reason, author)
                    for merged_id in dict.fromkeys(merged_ids)]
            refresh_customer_stats(session, [survivor_id, *merged_ids])
            return done

    @staticmethod
    def _merge_one(session: Session, survivor: Customer, merged_id: int, reason: str,
                   author: str) -> int:
        merged = session.get(Customer, merged_id)
        if merged is None:
            raise customer_gone(merged_id)
        if merged.id == survivor.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("merge", "A customer cannot be merged into themselves."),
                item=str(merged_id))
        if merged.merged_into_id is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("merge", "{name} is already merged into another customer."),
                item=str(merged_id), name=merged.name or merged_id)
        before = {name: getattr(survivor, name) for name in (*FILLED, "tags")}
        record = CustomerMerge(survivor_id=survivor.id, merged_id=merged.id, reason=reason[:20],
                               author=author, merged_at=datetime.now(UTC),
                               survivor_before=json.dumps(before))
        session.add(record)
        session.flush()
        for kind, model in MOVED.items():
            ids = list(session.scalars(select(model.id).where(
                model.customer_id == merged.id, MOVED_ONLY.get(kind, true()))))
            session.add_all(MergeMove(merge_id=record.id, kind=kind, row_id=i) for i in ids)
            if ids:
                session.execute(update(model).where(model.id.in_(ids))
                                .values(customer_id=survivor.id))
        filled = {name: getattr(survivor, name) or getattr(merged, name) for name in FILLED}
        for name in ("language", "city", "currency"):
            setattr(survivor, name, filled[name])
        set_contact(survivor, name=filled["name"], email=filled["email"], phone=filled["phone"],
                    country=filled["country"], postcode=filled["postcode"],
                    masked=survivor.masked and merged.masked)
        survivor.tags = clean_tags(f"{survivor.tags}, {merged.tags}")
        merged.merged_into_id = survivor.id
        return record.id

    def undo(self, merge_id: int) -> None:
        """Put the merged customer back with everything the merge moved."""
        with self._db.session() as session:
            record = session.get(CustomerMerge, merge_id)
            if record is None or record.undone_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("merge", "This merge was already undone."),
                    item=str(merge_id))
            survivor = session.get(Customer, record.survivor_id)
            merged = session.get(Customer, record.merged_id)
            assert survivor is not None and merged is not None
            if survivor.erased_at is not None or merged.erased_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "merge", "This customer's data was erased; the merge cannot be undone."),
                    item=str(merge_id))
            if survivor.merged_into_id is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "merge", "{name} was merged again since; undo that merge first."),
                    item=str(merge_id), name=survivor.name or survivor.id)
            # A later merge's snapshot of the survivor includes what this one filled in, so
            # undoing out of order would leave this merge's data behind; go back in order.
            later = session.scalar(
                select(Customer.name).join(CustomerMerge, CustomerMerge.merged_id == Customer.id)
                .where(CustomerMerge.survivor_id == survivor.id, CustomerMerge.id > record.id,
                       CustomerMerge.undone_at.is_(None))
                .order_by(CustomerMerge.id.desc()).limit(1))
            if later is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "merge", "{name} was merged into {survivor} later; undo that merge first."),
                    item=str(merge_id), name=later or "?", survivor=survivor.name or survivor.id)
            for kind, model in MOVED.items():
                ids = list(session.scalars(
                    select(MergeMove.row_id)
                    .where(MergeMove.merge_id == record.id, MergeMove.kind == kind)))
                for start in range(0, len(ids), 500):
                    session.execute(update(model).where(model.id.in_(ids[start:start + 500]))
                                    .values(customer_id=merged.id))
            before = json.loads(record.survivor_before)
            for name in ("language", "city", "currency", "tags"):
                setattr(survivor, name, before[name])
            set_contact(survivor, name=before["name"], email=before["email"],
                        phone=before["phone"], country=before["country"],
                        postcode=before["postcode"])
            merged.merged_into_id = None
            record.undone_at = datetime.now(UTC)
            refresh_customer_stats(session, [survivor.id, merged.id])

    def history(self, customer_id: int) -> tuple[MergeRecord, ...]:
        """Merges into this customer, newest first."""
        with self._db.read_session() as session:
            rows = session.execute(
                select(CustomerMerge.id, CustomerMerge.survivor_id, CustomerMerge.merged_id,
                       Customer.name, CustomerMerge.reason, CustomerMerge.author,
                       CustomerMerge.merged_at, CustomerMerge.undone_at)
                .join(Customer, Customer.id == CustomerMerge.merged_id)
                .where(CustomerMerge.survivor_id == customer_id)
                .order_by(CustomerMerge.merged_at.desc(), CustomerMerge.id.desc()))
            return tuple(MergeRecord(*row) for row in rows)


def _briefs(session: Session, ids: Sequence[int]) -> dict[int, CustomerBrief]:
    base = base_currency(session)
    found: dict[int, CustomerBrief] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Customer.id, Customer.name, Customer.email, Customer.phone, Customer.country,
                   func.coalesce(MarketplaceAccount.name, ""),
                   func.coalesce(MarketplaceAccount.marketplace, ""),
                   Customer.order_count, Customer.spent_base_minor)
            .outerjoin(MarketplaceAccount, MarketplaceAccount.id == Customer.account_id)
            .where(Customer.id.in_(list(ids[start:start + 500]))))
        for cid, name, email, phone, country, account, market, orders, spent in rows:
            found[cid] = CustomerBrief(cid, name, email, phone, country, account, market,
                                       orders, Money(spent, base))
    return found
