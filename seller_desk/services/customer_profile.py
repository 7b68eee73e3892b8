"""One customer in full: profile across marketplaces, editable details, and their timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.money import Money
from seller_desk.domain.order_rules import clean_tags
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.feedback import ComplaintView, complaint_views
from seller_desk.services.lookups import customer_or_gone
from seller_desk.services.loyalty import CustomerLoyalty, LoyaltyService
from seller_desk.services.merges import MergeRecord, MergeService
from seller_desk.services.notes import FollowUpView, NoteView, follow_up_views, note_views
from seller_desk.store.database import Database
from seller_desk.store.models import (
    Complaint,
    Customer,
    CustomerIdentity,
    CustomerMerge,
    Feedback,
    FollowUp,
    MarketplaceAccount,
    Note,
    Order,
    OrderStatusChange,
    ReturnRequest,
)
from seller_desk.store.people import set_contact
from seller_desk.store.queries.settings import base_currency


class EventKind(StrEnum):
    ORDER = "order"
    STATUS = "status"
    NOTE = "note"
    FOLLOW_UP = "follow_up"
    FEEDBACK = "feedback"
    COMPLAINT = "complaint"
    MERGE = "merge"
    RETURN = "return"


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    kind: EventKind
    title: str  # data, not prose: an order number, a status, a score, a note's text
    detail: str = ""
    amount: Money | None = None
    ref_id: int | None = None


@dataclass(frozen=True)
class StoreIdentity:
    account: str
    marketplace: str
    external_id: str
    email: str
    orders: int


@dataclass(frozen=True)
class CustomerProfile:
    id: int
    name: str
    email: str
    phone: str
    country: str
    language: str
    city: str
    postcode: str
    tags: str
    consent: str
    masked: bool
    erased: bool
    merged_into_id: int | None
    created_at: datetime
    orders: int
    spent: Money
    first_order: datetime | None
    last_order: datetime | None
    identities: tuple[StoreIdentity, ...]
    notes: tuple[NoteView, ...]
    follow_ups: tuple[FollowUpView, ...]
    complaints: tuple[ComplaintView, ...] = ()


@dataclass(frozen=True)
class CustomerFile:
    """What the customer panel shows: the profile, the timeline, the merges into them and
    their loyalty standing."""

    profile: CustomerProfile
    timeline: tuple[TimelineEvent, ...]
    merges: tuple[MergeRecord, ...]
    loyalty: CustomerLoyalty | None = None


@dataclass(frozen=True)
class ProfileEdit:
    name: str
    email: str
    phone: str
    country: str
    language: str
    city: str
    postcode: str
    tags: str
    consent: str  # "yes", "no" or ""


def _check_edit(edit: ProfileEdit) -> None:
    email = edit.email.strip()
    if email and (email.count("@") != 1 or "." not in email.split("@")[1] or " " in email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("customers", "{email} is not an email address."),
            item="email", email=email)
    country = edit.country.strip()
    if country and not (len(country) == 2 and country.isalpha()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("customers", "Give the country as its two-letter code (DE, JP)."),
            item="country")
    if edit.consent not in ("", "yes", "no"):
        raise ValueError(f"consent is yes, no or empty, not {edit.consent!r}")


class CustomerProfiles:
    TIMELINE = 300

    def __init__(self, database: Database) -> None:
        self._db = database

    def profile(self, customer_id: int) -> CustomerProfile:
        with self._db.read_session() as session:
            c = customer_or_gone(session, customer_id)
            base = base_currency(session)
            return CustomerProfile(
                c.id, c.name, c.email, c.phone, c.country, c.language, c.city, c.postcode,
                c.tags, c.marketing_consent, c.masked, c.erased_at is not None, c.merged_into_id,
                c.created_at, c.order_count, Money(c.spent_base_minor, base), c.first_order_at,
                c.last_order_at, _identities(session, c),
                note_views(session, Note.customer_id == c.id, limit=100),
                follow_up_views(session, (FollowUp.customer_id == c.id)
                                & FollowUp.done_at.is_(None), limit=50),
                complaint_views(session, Complaint.customer_id == c.id,
                                Complaint.opened_at.desc(), 50),
            )

    def file(self, customer_id: int) -> CustomerFile:
        return CustomerFile(self.profile(customer_id), self.timeline(customer_id),
                            MergeService(self._db).history(customer_id),
                            LoyaltyService(self._db).customer(customer_id))

    def update(self, customer_id: int, edit: ProfileEdit) -> None:
        _check_edit(edit)
        with self._db.session() as session:
            c = customer_or_gone(session, customer_id)
            set_contact(c, name=edit.name, email=edit.email, phone=edit.phone,
                        country=edit.country, postcode=edit.postcode)
            c.language = edit.language.strip()[:10]
            c.city = edit.city.strip()[:120]
            c.tags = clean_tags(edit.tags)
            if edit.consent != c.marketing_consent:
                c.marketing_consent = edit.consent
                c.consent_changed_at = datetime.now(UTC)

    def timeline(self, customer_id: int) -> tuple[TimelineEvent, ...]:
        """Everything about the customer, newest first (each kind capped at TIMELINE)."""
        with self._db.read_session() as session:
            customer_or_gone(session, customer_id)
            events = [*_order_events(session, customer_id, self.TIMELINE),
                      *_talk_events(session, customer_id, self.TIMELINE),
                      *_return_events(session, customer_id, self.TIMELINE)]
        events.sort(key=lambda e: e.at, reverse=True)
        return tuple(events[: self.TIMELINE])


def _identities(session: Session, c: Customer) -> tuple[StoreIdentity, ...]:
    per_account = dict(session.execute(
        select(Order.account_id, func.count(Order.id)).where(Order.customer_id == c.id)
        .group_by(Order.account_id)).all())
    accounts = {a.id: a for a in session.scalars(select(MarketplaceAccount))}
    found = [
        StoreIdentity(accounts[i.account_id].name, accounts[i.account_id].marketplace,
                      i.external_id, i.email, per_account.pop(i.account_id, 0))
        for i in session.scalars(select(CustomerIdentity)
                                 .where(CustomerIdentity.customer_id == c.id))
    ]
    found += [StoreIdentity(accounts[a].name, accounts[a].marketplace, "", "", n)
              for a, n in per_account.items()]
    return tuple(sorted(found, key=lambda s: (-s.orders, s.account)))


def _order_events(session: Session, cid: int, limit: int) -> list[TimelineEvent]:
    events = [
        TimelineEvent(at, EventKind.ORDER, number, status, Money(total, cur), oid)
        for oid, number, at, status, total, cur in session.execute(
            select(Order.id, Order.number, Order.placed_at, Order.status, Order.total_minor,
                   Order.currency).where(Order.customer_id == cid)
            .order_by(Order.placed_at.desc()).limit(limit))
    ]
    events += [
        TimelineEvent(at, EventKind.STATUS, number, new, ref_id=oid)
        for oid, number, at, new in session.execute(
            select(Order.id, Order.number, OrderStatusChange.changed_at,
                   OrderStatusChange.new_status)
            .join(Order, Order.id == OrderStatusChange.order_id)
            .where(Order.customer_id == cid, OrderStatusChange.old_status != "")
            .order_by(OrderStatusChange.changed_at.desc()).limit(limit))
    ]
    return events


def _return_events(session: Session, cid: int, limit: int) -> list[TimelineEvent]:
    """The customer's return requests: RMA number, state and what was refunded."""
    return [
        TimelineEvent(at, EventKind.RETURN, rma, state,
                      Money(refund, cur) if refund else None, rid)
        for rid, rma, at, state, refund, cur in session.execute(
            select(ReturnRequest.id, ReturnRequest.rma_number, ReturnRequest.requested_at,
                   ReturnRequest.state, ReturnRequest.refund_minor, ReturnRequest.currency)
            .where(ReturnRequest.customer_id == cid)
            .order_by(ReturnRequest.requested_at.desc()).limit(limit))
    ]


def _talk_events(session: Session, cid: int, limit: int) -> list[TimelineEvent]:
    events = [
        TimelineEvent(at, EventKind.NOTE, body, author, ref_id=nid)
        for nid, body, author, at in session.execute(
            select(Note.id, Note.body, Note.author, Note.created_at)
            .where(Note.customer_id == cid).order_by(Note.created_at.desc()).limit(limit))
    ]
    events += [
        TimelineEvent(datetime.combine(due, datetime.min.time(), UTC), EventKind.FOLLOW_UP,
                      title, "done" if done else "open", ref_id=fid)
        for fid, title, due, done in session.execute(
            select(FollowUp.id, FollowUp.title, FollowUp.due_on, FollowUp.done_at.is_not(None))
            .where(FollowUp.customer_id == cid).order_by(FollowUp.due_on.desc()).limit(limit))
    ]
    events += [
        TimelineEvent(at, EventKind.FEEDBACK, f"{kind.upper()} {score}", comment, ref_id=fid)
        for fid, kind, score, comment, at in session.execute(
            select(Feedback.id, Feedback.kind, Feedback.score, Feedback.comment,
                   Feedback.received_at).where(Feedback.customer_id == cid)
            .order_by(Feedback.received_at.desc()).limit(limit))
    ]
    events += [
        TimelineEvent(at, EventKind.COMPLAINT, subject, status, ref_id=xid)
        for xid, subject, status, at in session.execute(
            select(Complaint.id, Complaint.subject, Complaint.status, Complaint.opened_at)
            .where(Complaint.customer_id == cid).order_by(Complaint.opened_at.desc())
            .limit(limit))
    ]
    events += [
        TimelineEvent(at, EventKind.MERGE, name, "undone" if undone else "", ref_id=mid)
        for mid, name, at, undone in session.execute(
            select(CustomerMerge.id, Customer.name, CustomerMerge.merged_at,
                   CustomerMerge.undone_at.is_not(None))
            .join(Customer, Customer.id == CustomerMerge.merged_id)
            .where(CustomerMerge.survivor_id == cid)
            .order_by(CustomerMerge.merged_at.desc()).limit(limit))
    ]
    return events


