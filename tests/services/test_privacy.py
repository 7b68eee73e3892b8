"""A customer's data on request: everything held about them as JSON, or erased for good."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from seller_desk.domain.errors import NotFoundError, ValidationError
from seller_desk.domain.feedback import FeedbackKind
from seller_desk.services.customer_profile import CustomerProfiles
from seller_desk.services.feedback import FeedbackService
from seller_desk.services.loyalty import LoyaltyService
from seller_desk.services.merges import MergeService
from seller_desk.services.notes import NotesService
from seller_desk.services.privacy import PrivacyService
from seller_desk.store.models import (
    Complaint,
    Customer,
    CustomerIdentity,
    CustomerMerge,
    Feedback,
    FollowUp,
    Note,
    NoteRevision,
    Order,
)
from tests.people import PERSONAL_TABLES, make_people, table_rows

ANNA = ("Anna Müller", "anna.mueller@mail.de", "+49 30 1234567", "10115", "Berlin")


def file_about(database, customer_id: int) -> dict[str, int]:
    notes, feedback = NotesService(database), FeedbackService(database)
    note = notes.add("Lives at Torstraße 1, rings twice", customer_id=customer_id)
    notes.edit(note, "Lives at Torstraße 1")
    return {
        "note": note,
        "follow_up": notes.add_follow_up("Call Anna back", date(2026, 12, 1),
                                         customer_id=customer_id),
        "feedback": feedback.record(customer_id, FeedbackKind.CSAT, 4, comment="Anna liked it",
                                    received_at=datetime(2026, 11, 2, tzinfo=UTC)),
        "complaint": feedback.open_complaint(customer_id, "Dented shade",
                                             details="Call her on +49 30 1234567"),
        "grant": LoyaltyService(database).grant(customer_id, 25, "Anna liked it on Instagram"),
    }


def test_export_holds_everything_about_the_person_as_plain_json(database):
    people = make_people(database)
    p = people.ids
    file_about(database, p["anna_etsy"])
    MergeService(database).merge(p["anna"], [p["anna_etsy"]])
    privacy = PrivacyService(database)
    data = privacy.export(p["anna"])
    assert json.loads(json.dumps(data)) == data  # JSON-ready as it is
    assert [(c["id"], c["name"], c["email"], c["merged_into"]) for c in data["customers"]] == [
        (p["anna"], "Anna Müller", "anna.mueller@mail.de", None),
        (p["anna_etsy"], "anna müller", "anna.mueller@mail.de", p["anna"])]
    assert data["customers"][0]["city"] == "Berlin"
    assert data["marketplace_identities"] == [
        {"account": "Main Shopify", "external_id": "buyer-anna", "email": "anna.mueller@mail.de",
         "name": "Anna Müller"},
        {"account": "Etsy Shop", "external_id": "buyer-anna_etsy",
         "email": "anna.mueller@mail.de", "name": "anna müller"}]
    assert [(o["number"], o["store"], o["total"], o["currency"]) for o in data["orders"]] == [
        ("S-1", "Main Shopify", "40.00", "USD"), ("S-2", "Main Shopify", "25.00", "USD"),
        ("E-1", "Etsy Shop", "12.00", "USD")]
    assert data["orders"][0]["lines"] == [
        {"sku": "LAMP", "title": "Lamp", "quantity": 1, "unit_price": "40.00"}]
    assert data["orders"][0]["ship_address"] == "1 Main St"
    assert [n["body"] for n in data["notes"]] == ["Lives at Torstraße 1"]
    assert [(e["kind"], e["points"], e["reason"]) for e in data["loyalty"]] == [
        ("grant", 25, "Anna liked it on Instagram")]
    assert data["follow_ups"] == [
        {"title": "Call Anna back", "due_on": "2026-12-01", "done_at": None}]
    assert [(f["kind"], f["score"], f["comment"], f["received_at"]) for f in data["feedback"]] == [
        ("csat", 4, "Anna liked it", "2026-11-02T00:00:00+00:00")]
    assert [c["details"] for c in data["complaints"]] == ["Call her on +49 30 1234567"]
    # Asked about the merged record, the answer is about the whole person.
    assert privacy.export(p["anna_etsy"])["customers"] == data["customers"]
    with pytest.raises(NotFoundError):
        privacy.export(999_999)


def test_erasing_removes_personal_data_and_keeps_the_books(database):
    people = make_people(database)
    p = people.ids
    made = file_about(database, p["anna_etsy"])
    merges = MergeService(database)
    (merge_id,) = merges.merge(p["anna"], [p["anna_etsy"]])
    untouched = {p["jean"], p["jean_etsy"], p["smith"], p["smith_etsy"], p["hidden"], p["li"],
                 p["anna_phone"]}
    others = [r for r in table_rows(database, Customer)["customers"] if r[0] in untouched]
    with database.read_session() as s:
        amounts = s.execute(select(Order.number, Order.placed_at, Order.status, Order.currency,
                                   Order.total_minor, Order.total_base_minor, Order.ship_country)
                            .order_by(Order.id)).all()
    assert PrivacyService(database).erase(p["anna"]) == 2
    everything = table_rows(database, *PERSONAL_TABLES, CustomerMerge)
    for rows in everything.values():
        text = repr(rows)
        for personal in (*ANNA, "anna müller", "Torstraße", "Anna liked it", "Call Anna"):
            assert personal not in text
    with database.read_session() as s:
        for cid in (p["anna"], p["anna_etsy"]):
            c = s.get(Customer, cid)
            assert (c.name, c.email, c.phone, c.postcode, c.city, c.email_key, c.phone_match,
                    c.name_postcode_key) == ("",) * 8
            assert c.masked and c.erased_at is not None
        assert s.execute(select(Order.number, Order.placed_at, Order.status, Order.currency,
                                Order.total_minor, Order.total_base_minor, Order.ship_country)
                         .order_by(Order.id)).all() == amounts
        kept = s.execute(select(Order.customer_id, Order.buyer_name, Order.ship_address)
                         .where(Order.number.in_(["S-1", "E-1"]))).all()
        assert kept == [(p["anna"], "", ""), (p["anna"], "", "")]
        assert s.scalars(select(Note.id)).all() == []
        assert s.scalars(select(NoteRevision.id)).all() == []
        assert s.scalars(select(CustomerIdentity.customer_id)
                         .where(CustomerIdentity.customer_id.in_([p["anna"], p["anna_etsy"]]))
                         ).all() == []
        assert s.execute(select(Feedback.score, Feedback.comment)).all() == [(4, "")]
        assert s.get(Complaint, made["complaint"]).details == ""
        assert s.get(FollowUp, made["follow_up"]).title != "Call Anna back"
    assert [r for r in everything["customers"] if r[0] in untouched] == others
    assert CustomerProfiles(database).profile(p["anna"]).erased
    assert not any(p["anna"] in s.ids for s in merges.suggestions())
    # The merge cannot bring anything back.
    with pytest.raises(ValidationError):
        merges.undo(merge_id)


def test_erasing_a_merged_record_erases_the_person_it_belongs_to(database):
    people = make_people(database)
    p = people.ids
    MergeService(database).merge(p["jean_etsy"], [p["jean"]])
    assert PrivacyService(database).erase(p["jean"]) == 2
    with database.read_session() as s:
        assert s.get(Customer, p["jean_etsy"]).email == ""
        assert s.get(Customer, p["anna"]).email == "anna.mueller@mail.de"
    with pytest.raises(NotFoundError):
        PrivacyService(database).erase(999_999)
