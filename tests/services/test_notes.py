"""Notes on customers and orders (pinned, edited with their history) and follow-up reminders."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from seller_desk.domain.errors import NotFoundError, ValidationError
from seller_desk.services.customer_profile import CustomerProfiles
from seller_desk.services.notes import NOTE_LIMIT, NotesService
from seller_desk.services.orders import OrdersService
from seller_desk.services.shop import ShopService
from seller_desk.store.models import Note, NoteRevision
from tests.factories import make_shop

TODAY = date(2026, 11, 20)


def test_notes_on_a_customer_and_on_their_orders(database):
    shop = make_shop(database)
    ShopService(database).set("your_name", "Mei")
    notes = NotesService(database)
    anna = shop.customers["anna"]
    first = notes.add("  Prefers DHL  ", customer_id=anna)
    on_order = notes.add("Asked for gift wrap", order_id=shop.orders["#1002"])
    pinned = notes.add("Wholesale buyer: call before shipping", customer_id=anna, pinned=True)
    guest = notes.add("Paid by bank transfer", order_id=shop.orders["#1004"])
    profile = CustomerProfiles(database).profile(anna)
    assert [n.id for n in profile.notes] == [pinned, on_order, first]  # pinned, then newest
    shown = {n.id: n for n in profile.notes}
    assert (shown[first].body, shown[first].author, shown[first].pinned) == (
        "Prefers DHL", "Mei", False)
    assert (shown[on_order].order_id, shown[on_order].order_number) == (
        shop.orders["#1002"], "#1002")
    assert [n.id for n in notes.notes_of_order(shop.orders["#1002"])] == [on_order]
    assert [n.body for n in OrdersService(database).detail(shop.orders["#1004"]).notes] == [
        "Paid by bank transfer"]
    with database.read_session() as s:
        assert s.get(Note, guest).customer_id is None  # the guest order has no customer
        assert s.get(Note, on_order).customer_id == anna
    notes.set_pinned(pinned, False)
    notes.set_pinned(first, True)
    assert [n.id for n in CustomerProfiles(database).profile(anna).notes] == [
        first, pinned, on_order]


def test_bad_notes_are_refused(database):
    shop = make_shop(database)
    notes = NotesService(database)
    with pytest.raises(ValidationError, match="cannot be empty"):
        notes.add(" \n ", customer_id=shop.customers["bob"])
    with pytest.raises(ValidationError, match=f"at most {NOTE_LIMIT}"):
        notes.add("x" * (NOTE_LIMIT + 1), customer_id=shop.customers["bob"])
    with pytest.raises(NotFoundError, match="Customer 999 no longer exists"):
        notes.add("Hello", customer_id=999)
    with pytest.raises(NotFoundError, match="Order 999 no longer exists"):
        notes.add("Hello", order_id=999)
    with pytest.raises(NotFoundError):
        notes.add("Filed under nobody")
    with pytest.raises(NotFoundError, match="no longer exists"):
        notes.edit(999, "text")
    with database.read_session() as s:
        assert s.scalar(select(func.count(Note.id))) == 0


def test_editing_a_note_keeps_what_it_said_before(database):
    shop = make_shop(database)
    ShopService(database).set("your_name", "Mei")
    notes = NotesService(database)
    nid = notes.add("Ships to the office", customer_id=shop.customers["bob"])
    ShopService(database).set("your_name", "Tom")
    notes.edit(nid, "Ships to the office on weekdays")
    notes.edit(nid, "  Ships to the office on weekdays  ")  # the same text: no new revision
    notes.edit(nid, "Ships home since March")
    history = notes.history(nid)
    assert [(r.body, r.author) for r in history] == [
        ("Ships to the office on weekdays", "Tom"), ("Ships to the office", "Mei")]
    assert history[0].edited_at >= history[1].edited_at
    (view,) = CustomerProfiles(database).profile(shop.customers["bob"]).notes
    assert (view.body, view.author, view.revisions) == ("Ships home since March", "Tom", 2)
    assert view.updated_at >= view.created_at
    with pytest.raises(ValidationError):
        notes.edit(nid, "")
    assert notes.history(nid) == history


def test_deleting_a_note_deletes_its_history(database):
    shop = make_shop(database)
    notes = NotesService(database)
    nid = notes.add("One", customer_id=shop.customers["bob"])
    notes.edit(nid, "Two")
    kept = notes.add("Other", customer_id=shop.customers["bob"])
    notes.delete(nid)
    assert notes.history(nid) == ()
    with database.read_session() as s:
        assert s.scalars(select(Note.id)).all() == [kept]
        assert s.scalar(select(func.count(NoteRevision.id))) == 0
    with pytest.raises(NotFoundError):
        notes.delete(nid)


def test_follow_ups_come_due_most_overdue_first(database):
    shop = make_shop(database)
    notes = NotesService(database)
    anna, bob = shop.customers["anna"], shop.customers["bob"]
    later = notes.add_follow_up("Ask about the wholesale order", date(2026, 12, 1),
                               customer_id=anna)
    today = notes.add_follow_up("Check the parcel arrived", TODAY,
                               order_id=shop.orders["E-2001"])
    overdue = notes.add_follow_up("  Send   the refund   receipt ", date(2026, 11, 2),
                                 customer_id=bob)
    done = notes.add_follow_up("Thank for the review", date(2026, 11, 1), customer_id=anna)
    also_today = notes.add_follow_up("Reply on Etsy", TODAY, customer_id=anna)
    notes.set_done(done)
    due = notes.due(TODAY)
    assert [f.id for f in due] == [overdue, today, also_today]
    first = due[0]
    assert (first.title, first.due_on, first.done, first.customer, first.order_number) == (
        "Send the refund receipt", date(2026, 11, 2), False, "Bob Smith", "")
    assert (due[1].customer_id, due[1].customer, due[1].order_number) == (
        bob, "Bob Smith", "E-2001")
    assert [f.id for f in notes.due(TODAY, limit=1)] == [overdue]
    assert [f.id for f in notes.due(date(2026, 12, 31))] == [overdue, today, also_today, later]
    notes.set_done(done, False)
    assert notes.due(TODAY)[0].id == done
    open_ones = CustomerProfiles(database).profile(anna).follow_ups
    assert [f.id for f in open_ones] == [done, also_today, later]
    with pytest.raises(ValidationError, match="Say what to follow up on"):
        notes.add_follow_up("   ", TODAY, customer_id=anna)
    with pytest.raises(NotFoundError):
        notes.set_done(424242)
