"""One person across marketplaces: merge suggestions, merging everything over, and undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from seller_desk.domain.errors import NotFoundError, ValidationError
from seller_desk.domain.feedback import FeedbackKind
from seller_desk.domain.identity import MatchReason
from seller_desk.domain.money import Money
from seller_desk.domain.paging import PageRequest
from seller_desk.services.customer_profile import CustomerProfiles
from seller_desk.services.customers import CustomersService
from seller_desk.services.feedback import FeedbackService
from seller_desk.services.merges import MergeService
from seller_desk.services.notes import NotesService
from seller_desk.services.shop import ShopService
from seller_desk.store.database import Database
from seller_desk.store.models import (
    Complaint,
    Customer,
    CustomerIdentity,
    Feedback,
    FollowUp,
    Note,
    Order,
)
from tests.people import make_people, merge_rows, table_rows

R = MatchReason


def customer(db: Database, customer_id: int) -> Customer:
    with db.read_session() as s:
        found = s.get(Customer, customer_id)
        assert found is not None
        return found


def owners(db: Database, model, ids) -> set[int | None]:
    with db.read_session() as s:
        return set(s.scalars(select(model.customer_id).where(model.id.in_(list(ids)))))


def listed_customers(db: Database) -> list[int]:
    page = CustomersService(db).table.page(PageRequest("name", limit=100))
    return sorted(row.id for row in page.rows)


def talk_about(db: Database, customer_id: int) -> dict[str, int]:
    """A note, a follow-up, a feedback answer and a complaint filed under a customer."""
    notes, feedback = NotesService(db), FeedbackService(db)
    return {
        "note": notes.add("Likes red lamps", customer_id=customer_id),
        "follow_up": notes.add_follow_up("Send the catalogue", date(2026, 12, 1),
                                         customer_id=customer_id),
        "feedback": feedback.record(customer_id, FeedbackKind.NPS, 9, comment="Lovely"),
        "complaint": feedback.open_complaint(customer_id, "Late parcel"),
    }


def test_suggestions_group_one_person_by_email_phone_or_name_and_postcode(database):
    people = make_people(database)
    p = people.ids
    found = MergeService(database).suggestions()
    assert [(s.ids, s.reasons) for s in found] == [
        ((p["anna"], p["anna_etsy"], p["anna_phone"]), (R.EMAIL, R.PHONE)),
        ((p["jean_etsy"], p["jean"]), (R.NAME_POSTCODE,)),
    ]
    keep = found[0].customers[0]
    assert (keep.name, keep.email, keep.account, keep.marketplace, keep.orders, keep.spent) == (
        "Anna Müller", "anna.mueller@mail.de", "Main Shopify", "shopify", 2, Money(6500, "USD"))
    assert [c.account for c in found[1].customers] == ["Etsy Shop", "Main Shopify"]
    assert MergeService(database).suggestions(limit=1) == found[:1]


def test_masked_single_name_and_merged_customers_are_never_suggested(database):
    people = make_people(database)
    p = people.ids
    hidden = customer(database, p["hidden"])
    assert hidden.masked and hidden.email_key == customer(database, p["li"]).email_key != ""
    assert customer(database, p["smith"]).name_postcode_key == ""
    merges = MergeService(database)
    suggested = {i for s in merges.suggestions() for i in s.ids}
    assert not suggested & {p["hidden"], p["li"], p["smith"], p["smith_etsy"]}
    merges.merge(p["jean_etsy"], [p["jean"]])
    assert [s.ids for s in merges.suggestions()] == [
        (p["anna"], p["anna_etsy"], p["anna_phone"])]


def test_merging_moves_everything_to_the_survivor_and_recomputes_its_totals(database):
    people = make_people(database)
    p = people.ids
    ShopService(database).set("your_name", "Mei")
    moved = talk_about(database, p["anna_etsy"])
    stays = talk_about(database, p["jean"])
    merges = MergeService(database)
    (merge_id,) = merges.merge(p["anna"], [p["anna_etsy"]], reason="email")
    survivor, merged = customer(database, p["anna"]), customer(database, p["anna_etsy"])
    assert merged.merged_into_id == p["anna"] and survivor.merged_into_id is None
    with database.read_session() as s:
        assert set(s.scalars(select(Order.number).where(Order.customer_id == p["anna"]))) == {
            "S-1", "S-2", "E-1"}
        identities = s.scalars(select(CustomerIdentity.external_id)
                               .where(CustomerIdentity.customer_id == p["anna"])).all()
    assert sorted(identities) == ["buyer-anna", "buyer-anna_etsy"]
    for kind, model in (("note", Note), ("follow_up", FollowUp), ("feedback", Feedback),
                        ("complaint", Complaint)):
        assert owners(database, model, [moved[kind]]) == {p["anna"]}
        assert owners(database, model, [stays[kind]]) == {p["jean"]}
    assert (survivor.order_count, survivor.spent_base_minor) == (3, 7700)
    assert (merged.order_count, merged.spent_base_minor) == (0, 0)
    assert survivor.city == "Berlin"  # a gap filled from the merged record
    assert (survivor.name, survivor.postcode, survivor.language) == ("Anna Müller", "10115", "de")
    assert p["anna_etsy"] not in listed_customers(database)
    assert p["anna"] in listed_customers(database)
    table = CustomersService(database).table
    assert table.count(PageRequest("name")) == len(p) - 1
    found = table.page(PageRequest("name", search="anna"))
    assert [row.id for row in found.rows] == [p["anna"]]
    assert table.count(PageRequest("name", search="anna")) == 1
    profile = CustomerProfiles(database).profile(p["anna"])
    assert [(i.account, i.external_id, i.orders) for i in profile.identities] == [
        ("Main Shopify", "buyer-anna", 2), ("Etsy Shop", "buyer-anna_etsy", 1)]
    (record,) = merges.history(p["anna"])
    assert (record.id, record.survivor_id, record.merged_id, record.merged_name, record.reason,
            record.author, record.undone_at) == (
        merge_id, p["anna"], p["anna_etsy"], "anna müller", "email", "Mei", None)


def test_undo_puts_back_exactly_what_was_there(database):
    people = make_people(database)
    p = people.ids
    talk_about(database, p["anna_etsy"])
    talk_about(database, p["anna_phone"])
    talk_about(database, p["anna"])
    before = table_rows(database)
    merges = MergeService(database)
    first, second = merges.merge(p["anna"], [p["anna_etsy"], p["anna_phone"], p["anna_etsy"]])
    after_merge = customer(database, p["anna"])
    assert (after_merge.city, after_merge.order_count) == ("Berlin", 3)
    merges.undo(second)
    merges.undo(first)
    assert table_rows(database) == before
    assert sorted(listed_customers(database)) == sorted(p.values())
    assert all(r.undone_at is not None for r in merges.history(p["anna"]))
    with pytest.raises(ValidationError, match="already undone"):
        merges.undo(first)
    with pytest.raises(ValidationError, match="already undone"):
        merges.undo(424242)


def test_undo_leaves_what_came_later_with_the_survivor(database):
    people = make_people(database)
    p = people.ids
    merges = MergeService(database)
    (merge_id,) = merges.merge(p["jean_etsy"], [p["jean"]])
    later = NotesService(database).add("Written after the merge", customer_id=p["jean_etsy"])
    merges.undo(merge_id)
    assert owners(database, Note, [later]) == {p["jean_etsy"]}
    assert (customer(database, p["jean"]).order_count,
            customer(database, p["jean_etsy"]).order_count) == (1, 2)
    assert customer(database, p["jean_etsy"]).city == ""


def test_undo_is_refused_while_the_survivor_is_merged_again(database):
    people = make_people(database)
    p = people.ids
    merges = MergeService(database)
    (inner,) = merges.merge(p["anna_etsy"], [p["anna_phone"]])
    (outer,) = merges.merge(p["anna"], [p["anna_etsy"]])
    before = table_rows(database), merge_rows(database)
    with pytest.raises(ValidationError, match="was merged again since; undo that merge first"):
        merges.undo(inner)
    assert (table_rows(database), merge_rows(database)) == before
    merges.undo(outer)
    merges.undo(inner)
    assert customer(database, p["anna_phone"]).merged_into_id is None


def test_an_older_merge_is_undone_only_after_the_later_ones(database):
    people = make_people(database)
    p = people.ids
    start = table_rows(database)
    merges = MergeService(database)
    (older,) = merges.merge(p["anna_phone"], [p["anna"]])  # fills email, postcode, language
    (newer,) = merges.merge(p["anna_phone"], [p["anna_etsy"]])  # fills the city
    with pytest.raises(ValidationError, match="undo that merge first"):
        merges.undo(older)
    merges.undo(newer)
    merges.undo(older)
    assert table_rows(database) == start


def test_bad_merges_are_refused_and_change_nothing(database):
    people = make_people(database)
    p = people.ids
    merges = MergeService(database)
    merges.merge(p["jean_etsy"], [p["jean"]])
    before = table_rows(database), merge_rows(database)
    with pytest.raises(ValidationError, match="cannot be merged into themselves"):
        merges.merge(p["anna"], [p["anna_etsy"], p["anna"]])
    with pytest.raises(ValidationError, match="already merged into another customer"):
        merges.merge(p["anna"], [p["anna_etsy"], p["jean"]])
    with pytest.raises(ValidationError, match="was itself merged"):
        merges.merge(p["jean"], [p["anna"]])
    with pytest.raises(NotFoundError):
        merges.merge(999_999, [p["anna"]])
    with pytest.raises(NotFoundError):
        merges.merge(p["anna"], [p["anna_etsy"], 999_999])
    assert (table_rows(database), merge_rows(database)) == before


def test_points_granted_by_hand_go_with_the_person_and_come_back_on_undo(database):
    from seller_desk.services.loyalty import LoyaltyService
    from seller_desk.store.models import LoyaltyEntry

    people = make_people(database)
    p = people.ids
    loyalty = LoyaltyService(database)
    loyalty.grant(p["anna_etsy"], 50, "Review")
    merges = MergeService(database)
    (record,) = merges.merge(p["anna"], [p["anna_etsy"]])

    def grant_owner() -> int:
        with database.session() as s:
            return s.scalar(select(LoyaltyEntry.customer_id).where(LoyaltyEntry.kind == "grant"))

    assert grant_owner() == p["anna"]
    merges.undo(record)
    assert grant_owner() == p["anna_etsy"]
