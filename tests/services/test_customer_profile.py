"""One customer in full: their profile across stores, editing it, and their timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, select

from seller_desk.domain.errors import NotFoundError, ValidationError
from seller_desk.domain.feedback import FeedbackChannel, FeedbackKind
from seller_desk.domain.identity import MatchReason
from seller_desk.domain.money import Money
from seller_desk.domain.orders import OrderStatus
from seller_desk.services.customer_profile import CustomerProfiles, EventKind, ProfileEdit
from seller_desk.services.feedback import FeedbackService
from seller_desk.services.listing_images import ListingImages
from seller_desk.services.merges import MergeService
from seller_desk.services.notes import NotesService
from seller_desk.services.order_editing import OrderEditor
from seller_desk.services.returns import ReturnDraft, ReturnsService
from seller_desk.store.models import Customer, CustomerIdentity, OrderLine
from tests.factories import NOW
from tests.people import make_people


def edit(**changes) -> ProfileEdit:
    values = dict(name="Jean Dupont", email="", phone="", country="FR", language="fr",
                  city="Paris", postcode="75001", tags="", consent="")
    values.update(changes)
    return ProfileEdit(**values)


def test_a_profile_shows_the_person_across_stores(database):
    people = make_people(database)
    p = people.ids
    profiles = CustomerProfiles(database)
    MergeService(database).merge(p["jean_etsy"], [p["jean"]])
    jean = profiles.profile(p["jean_etsy"])
    assert (jean.name, jean.email, jean.country, jean.city, jean.postcode, jean.language) == (
        "Dupont Jean", "jd@orange.fr", "FR", "Paris", "75 001", "fr")
    assert (jean.orders, jean.spent, jean.masked, jean.erased, jean.merged_into_id) == (
        3, Money(4700, "USD"), False, False, None)
    assert jean.first_order is not None and jean.first_order < jean.last_order
    assert [(i.account, i.marketplace, i.external_id, i.email, i.orders)
            for i in jean.identities] == [
        ("Etsy Shop", "etsy", "buyer-jean_etsy", "jd@orange.fr", 2),
        ("Main Shopify", "shopify", "buyer-jean", "", 1)]
    merged = profiles.profile(p["jean"])
    assert (merged.merged_into_id, merged.orders, merged.identities) == (p["jean_etsy"], 0, ())
    file = profiles.file(p["jean_etsy"])
    assert file.profile == jean and [m.merged_id for m in file.merges] == [p["jean"]]
    assert [e.kind for e in file.timeline].count(EventKind.MERGE) == 1
    assert profiles.profile(p["hidden"]).masked
    with pytest.raises(NotFoundError):
        profiles.profile(999_999)


def test_orders_without_an_identity_still_show_their_store(database):
    people = make_people(database)
    p = people.ids
    OrderEditor(database).change_status([people.orders["S-3"]], OrderStatus.SHIPPED)
    with database.session() as s:
        s.execute(delete(CustomerIdentity).where(CustomerIdentity.customer_id == p["jean"]))
    (identity,) = CustomerProfiles(database).profile(p["jean"]).identities
    assert (identity.account, identity.external_id, identity.orders) == ("Main Shopify", "", 1)


def test_editing_a_profile_recomputes_its_match_keys(database):
    people = make_people(database)
    p = people.ids
    profiles = CustomerProfiles(database)
    profiles.update(p["anna_phone"], edit(name="  Ann   Miller ", email=" JD@Orange.fr ",
                                          phone="", country="fr", tags="vip, VIP, wholesale",
                                          consent="yes"))
    shown = profiles.profile(p["anna_phone"])
    assert (shown.name, shown.email, shown.phone, shown.country, shown.tags, shown.consent) == (
        "Ann Miller", "jd@orange.fr", "", "FR", "vip, wholesale", "yes")
    with database.read_session() as s:
        row = s.get(Customer, p["anna_phone"])
        assert (row.email_key, row.phone_match, row.name_key) == ("jd@orange.fr", "", "ann miller")
        changed_at = row.consent_changed_at
    assert changed_at is not None
    groups = {s.ids: s.reasons for s in MergeService(database).suggestions()}
    assert groups[(p["jean_etsy"], p["jean"], p["anna_phone"])] == (
        MatchReason.EMAIL, MatchReason.NAME_POSTCODE)
    assert (p["anna"], p["anna_etsy"]) in groups
    profiles.update(p["anna_phone"], edit(email="jd@orange.fr", consent="yes", city="Lyon"))
    with database.read_session() as s:
        assert s.get(Customer, p["anna_phone"]).consent_changed_at == changed_at


BAD_DETAILS = [
    ({"email": "jean.dupont"}, "email"),
    ({"email": "jean@dupont"}, "email"),
    ({"email": "jean dupont@free.fr"}, "email"),
    ({"country": "France"}, "country"),
]


def test_bad_details_are_refused(database):
    people = make_people(database)
    profiles = CustomerProfiles(database)
    before = profiles.profile(people.ids["jean"])
    for changes, item in BAD_DETAILS:
        with pytest.raises(ValidationError) as caught:
            profiles.update(people.ids["jean"], edit(**changes))
        assert caught.value.item == item
    assert profiles.profile(people.ids["jean"]) == before


def test_the_timeline_tells_everything_newest_first(database):
    people = make_people(database)
    p = people.ids
    notes, feedback = NotesService(database), FeedbackService(database)
    OrderEditor(database).change_status([people.orders["S-1"]], OrderStatus.SHIPPED,
                                        note="DHL 123")
    note = notes.add("Called about the lamp", customer_id=p["anna"])
    follow_up = notes.add_follow_up("Ask for a review", date(2030, 1, 1), customer_id=p["anna"])
    answer = feedback.record(p["anna"], FeedbackKind.CSAT, 5, comment="Great",
                             channel=FeedbackChannel.REVIEW,
                             received_at=datetime(2026, 10, 1, tzinfo=UTC))
    complaint = feedback.open_complaint(p["anna"], "Broken shade",
                                        opened_at=datetime(2026, 9, 1, tzinfo=UTC))
    (merge_id,) = MergeService(database).merge(p["anna"], [p["anna_etsy"]])
    with database.read_session() as s:
        line = s.scalar(select(OrderLine.id).where(OrderLine.order_id == people.orders["S-1"]))
    returned = ReturnsService(database, ListingImages(database)).open_request(
        ReturnDraft(people.orders["S-1"], ((line, 1),), "damaged", "refund"))
    events = CustomerProfiles(database).timeline(p["anna"])
    assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)
    assert events[0].kind is EventKind.FOLLOW_UP and events[0].ref_id == follow_up
    assert (events[0].title, events[0].detail) == ("Ask for a review", "open")
    by_kind = {}
    for event in events:
        by_kind.setdefault(event.kind, []).append(event)
    assert set(by_kind) == set(EventKind)
    assert sorted((e.title, e.detail, e.amount) for e in by_kind[EventKind.ORDER]) == [
        ("E-1", "paid", Money(1200, "USD")), ("S-1", "shipped", Money(4000, "USD")),
        ("S-2", "paid", Money(2500, "USD"))]
    assert [(e.title, e.detail, e.ref_id) for e in by_kind[EventKind.STATUS]] == [
        ("S-1", "shipped", people.orders["S-1"])]
    assert [(e.title, e.detail, e.ref_id) for e in by_kind[EventKind.RETURN]] == [
        ("RMA-000001", "requested", returned)]
    assert [(e.title, e.ref_id) for e in by_kind[EventKind.NOTE]] == [
        ("Called about the lamp", note)]
    assert [(e.title, e.detail, e.ref_id, e.at) for e in by_kind[EventKind.FEEDBACK]] == [
        ("CSAT 5", "Great", answer, datetime(2026, 10, 1, tzinfo=UTC))]
    assert [(e.title, e.detail, e.ref_id) for e in by_kind[EventKind.COMPLAINT]] == [
        ("Broken shade", "open", complaint)]
    assert [(e.title, e.detail, e.ref_id) for e in by_kind[EventKind.MERGE]] == [
        ("anna müller", "", merge_id)]
    assert events[-1].kind is EventKind.COMPLAINT
    assert all(e.at.tzinfo is not None for e in events)
    assert CustomerProfiles(database).timeline(p["smith"]) == ()
    with pytest.raises(NotFoundError):
        CustomerProfiles(database).timeline(999_999)
    assert events[0].at > NOW
