"""A customer's data on request: export everything held about them, or erase it for good."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload

from seller_desk.domain.money import Money
from seller_desk.services.lookups import customer_or_gone
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
    Note,
    NoteRevision,
    Order,
)

_PERSONAL = ("name", "email", "phone", "city", "postcode")


def _family(session: Session, customer_id: int) -> list[int]:
    """The person's customer records: the one they were merged into last (itself if never
    merged), then everyone merged into it, breadth first."""
    customer = customer_or_gone(session, customer_id)
    seen = {customer.id}
    while customer.merged_into_id is not None and customer.merged_into_id not in seen:
        parent = session.get(Customer, customer.merged_into_id)
        if parent is None:
            break
        customer = parent
        seen.add(customer.id)
    found = [customer.id]
    for cid in found:
        found += session.scalars(select(Customer.id).where(Customer.merged_into_id == cid))
    return found


def _amount(minor: int, currency: str) -> str:
    return str(Money(minor, currency).amount)


def _rows(session: Session, model: Any, ids: list[int], fields: tuple[str, ...]) -> list[dict]:
    columns = [getattr(model, f) for f in fields]
    return [
        {f: (v.isoformat() if isinstance(v, date) else v) for f, v in zip(fields, row,
                                                                          strict=True)}
        for row in session.execute(select(*columns).where(model.customer_id.in_(ids))
                                   .order_by(model.id))
    ]


class PrivacyService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def export(self, customer_id: int) -> dict[str, Any]:
        """Everything the shop holds about a person, as JSON-ready data."""
        with self._db.read_session() as session:
            ids = _family(session, customer_id)
            people = []
            for c in session.scalars(select(Customer).where(Customer.id.in_(ids))
                                     .order_by(Customer.id)):
                people.append({
                    "id": c.id, "name": c.name, "email": c.email, "phone": c.phone,
                    "country": c.country, "language": c.language, "city": c.city,
                    "postcode": c.postcode, "tags": c.tags,
                    "marketing_consent": c.marketing_consent,
                    "created_at": c.created_at.isoformat(),
                    "merged_into": c.merged_into_id,
                })
            accounts = dict(
                session.execute(select(MarketplaceAccount.id, MarketplaceAccount.name)).all())
            orders = []
            for o in session.scalars(select(Order).where(Order.customer_id.in_(ids))
                                     .options(selectinload(Order.lines))
                                     .order_by(Order.placed_at)):
                orders.append({
                    "number": o.number, "store": accounts.get(o.account_id, ""),
                    "placed_at": o.placed_at.isoformat(), "status": o.status,
                    "currency": o.currency, "total": _amount(o.total_minor, o.currency),
                    "buyer_name": o.buyer_name, "buyer_email": o.buyer_email,
                    "ship_name": o.ship_name, "ship_address": o.ship_address,
                    "ship_postcode": o.ship_postcode, "ship_country": o.ship_country,
                    "billing_address": o.billing_address,
                    "lines": [{"sku": li.sku, "title": li.title, "quantity": li.quantity,
                               "unit_price": _amount(li.unit_price_minor, o.currency)}
                              for li in o.lines],
                })
            return {
                "exported_at": datetime.now(UTC).isoformat(),
                "customers": people,
                "marketplace_identities": [
                    {"account": accounts.get(row.pop("account_id"), ""), **row}
                    for row in _rows(session, CustomerIdentity, ids,
                                     ("account_id", "external_id", "email", "name"))],
                "orders": orders,
                "notes": _rows(session, Note, ids, ("body", "author", "created_at")),
                "follow_ups": _rows(session, FollowUp, ids, ("title", "due_on", "done_at")),
                "feedback": _rows(session, Feedback, ids,
                                  ("kind", "score", "comment", "channel", "received_at")),
                "complaints": _rows(session, Complaint, ids,
                                    ("subject", "details", "status", "opened_at",
                                     "resolved_at")),
                "loyalty": _rows(session, LoyaltyEntry, ids,
                                 ("at", "kind", "points", "tier", "reason", "order_id")),
            }

    def erase(self, customer_id: int) -> int:
        """Remove the person's data: contact details, addresses, notes, comments and marketplace
        ids. Orders stay with their amounts, dates and country for the books. Returns how many
        customer records were erased (merged records included)."""
        with self._db.session() as session:
            ids = _family(session, customer_id)
            now = datetime.now(UTC)
            session.execute(
                update(Customer).where(Customer.id.in_(ids)).values(
                    {**{f: "" for f in _PERSONAL}, "name_key": "", "phone_key": "",
                     "email_key": "", "phone_match": "", "name_postcode_key": "", "tags": "",
                     "marketing_consent": "", "masked": True, "erased_at": now}))
            session.execute(
                update(Order).where(Order.customer_id.in_(ids)).values(
                    buyer_name="", buyer_name_key="", buyer_email="", ship_name="",
                    ship_address="", ship_postcode="", billing_address="", updated_at=now))
            notes = select(Note.id).where(Note.customer_id.in_(ids))
            session.execute(delete(NoteRevision).where(NoteRevision.note_id.in_(notes)))
            session.execute(delete(Note).where(Note.customer_id.in_(ids)))
            session.execute(update(Feedback).where(Feedback.customer_id.in_(ids))
                            .values(comment=""))
            session.execute(update(Complaint).where(Complaint.customer_id.in_(ids))
                            .values(details=""))
            session.execute(update(FollowUp).where(FollowUp.customer_id.in_(ids))
                            .values(title="—"))
            session.execute(delete(CustomerIdentity).where(CustomerIdentity.customer_id.in_(ids)))
            # Why points were granted can name the person ("review by Anna on …").
            session.execute(update(LoyaltyEntry).where(LoyaltyEntry.customer_id.in_(ids))
                            .values(reason=""))
            # A merge keeps the survivor's earlier details for undo; they go too, and with them
            # the undo (it has nothing left to restore).
            session.execute(
                update(CustomerMerge)
                .where(CustomerMerge.survivor_id.in_(ids) | CustomerMerge.merged_id.in_(ids))
                .values(survivor_before="{}"))
            return len(ids)
