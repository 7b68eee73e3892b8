"""Hand-made orders, status moves (one and in bulk) with their history, and order tags."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from seller_desk.domain.errors import KnownError, NotFoundError, ValidationError
from seller_desk.domain.order_rules import LineDraft
from seller_desk.domain.orders import OrderStatus
from seller_desk.services.order_editing import NewBuyer, OrderDraft, OrderEditor
from seller_desk.services.orders import OrdersService
from seller_desk.services.shop import ShopService
from seller_desk.store.database import Database
from seller_desk.store.models import Customer, MarketplaceAccount, Order, OrderStatusChange
from tests.factories import NOW, make_shop

S = OrderStatus


def draft(**changes) -> OrderDraft:
    values = dict(
        placed_at=NOW, currency="USD",
        lines=(LineDraft("LAMP-RED", "Red paper lamp", 2, 1500),
               LineDraft("", "Gift wrap", 1, 500)),
        shipping_minor=400, tax_minor=100, discount_minor=200,
    )
    values.update(changes)
    return OrderDraft(**values)


def snapshot(db: Database) -> dict[str, list]:
    """Every order, status change and customer as plain rows, to show nothing moved."""
    with db.engine.connect() as c:
        return {
            model.__tablename__: [tuple(r) for r in c.execute(
                select(model.__table__).order_by(model.__table__.c.id))]
            for model in (Order, OrderStatusChange, Customer, MarketplaceAccount)
        }


def order(db: Database, order_id: int) -> Order:
    with db.read_session() as s:
        found = s.get(Order, order_id)
        assert found is not None
        return found


def history(db: Database, order_id: int) -> list[tuple[str, str, str, str]]:
    with db.read_session() as s:
        return [tuple(r) for r in s.execute(
            select(OrderStatusChange.old_status, OrderStatusChange.new_status,
                   OrderStatusChange.author, OrderStatusChange.note)
            .where(OrderStatusChange.order_id == order_id).order_by(OrderStatusChange.id))]


def customer(db: Database, customer_id: int) -> Customer:
    with db.read_session() as s:
        found = s.get(Customer, customer_id)
        assert found is not None
        return found


# Saving hand-made orders

def test_a_manual_order_adds_up_and_files_under_the_manual_account(database):
    ShopService(database).set("your_name", "Mei Lin")
    editor = OrderEditor(database)
    oid = editor.save(draft(new_buyer=NewBuyer("Jan Kowalski", "Jan@Example.PL", "+48 601 234 567",
                                               "pl", "pl", "00-950"),
                            tags="vip; phone order, VIP", ship_country="pl"))
    saved = order(database, oid)
    assert (saved.subtotal_minor, saved.shipping_minor, saved.tax_minor, saved.discount_minor,
            saved.total_minor, saved.item_count) == (3500, 400, 100, 200, 3800, 3)
    assert (saved.currency, saved.base_currency, saved.rate_to_base, saved.total_base_minor) == (
        "USD", "USD", Decimal(1), 3800)
    assert (saved.number, saved.external_id, saved.source, saved.status) == (
        "M-00001", "M-00001", "manual", "paid")
    assert saved.tags == "vip, phone order" and saved.ship_country == "PL"
    detail = OrdersService(database).detail(oid)
    assert [(ln.sku, ln.title, ln.quantity, ln.total.minor) for ln in detail.lines] == [
        ("LAMP-RED", "Red paper lamp", 2, 3000), ("", "Gift wrap", 1, 500)]
    assert detail.row.account == "Manual orders" and detail.row.marketplace == "manual"
    assert detail.editable
    assert history(database, oid) == [("", "paid", "Mei Lin", "")]
    buyer = customer(database, saved.customer_id)
    assert (buyer.name, buyer.email, buyer.country, buyer.postcode, buyer.language) == (
        "Jan Kowalski", "jan@example.pl", "PL", "00-950", "pl")
    assert buyer.email_key == "jan@example.pl" and buyer.phone_match == "48601234567"
    assert (buyer.order_count, buyer.spent_base_minor, buyer.last_order_at) == (1, 3800, NOW)
    assert saved.buyer_name == "Jan Kowalski" and saved.buyer_email == "jan@example.pl"


def test_manual_orders_are_numbered_one_after_another(database):
    editor = OrderEditor(database)
    first = editor.save(draft())
    second = editor.save(draft(number="  PHONE-7 "))
    third = editor.save(draft())
    assert [order(database, i).number for i in (first, second, third)] == [
        "M-00001", "PHONE-7", "M-00003"]
    assert order(database, first).customer_id is None


def test_an_automatic_number_never_clashes_with_a_typed_one(database):
    editor = OrderEditor(database)
    typed = editor.save(draft(number="M-00002"))
    automatic = editor.save(draft())
    assert order(database, automatic).number not in ("M-00002", "")
    assert order(database, typed).number == "M-00002"
    numbers = {order(database, i).number for i in (typed, automatic, editor.save(draft()))}
    assert len(numbers) == 3


def test_a_number_already_used_is_refused_with_its_reason(database):
    editor = OrderEditor(database)
    editor.save(draft(number="PHONE-1"))
    before = snapshot(database)
    with pytest.raises(ValidationError) as caught:
        editor.save(draft(number="PHONE-1", new_buyer=NewBuyer("Someone New")))
    assert caught.value.item == "number" and "PHONE-1" in str(caught.value)
    assert snapshot(database) == before


def test_a_foreign_currency_order_is_converted_at_the_shops_own_rate(database):
    make_shop(database)
    editor = OrderEditor(database)
    assert editor.rate_for("eur", NOW) == Decimal("1.1")
    assert editor.rate_for("USD", NOW) == Decimal(1)
    assert editor.rate_for("GBP", NOW) is None
    oid = editor.save(draft(currency="eur", lines=(LineDraft("MUG-01", "Mug", 3, 1999),),
                            shipping_minor=0, tax_minor=0, discount_minor=0))
    saved = order(database, oid)
    assert (saved.currency, saved.total_minor, saved.rate_to_base, saved.total_base_minor) == (
        "EUR", 5997, Decimal("1.1"), 6597)  # 59.97 x 1.1 = 65.967 → 65.97
    typed = editor.save(draft(currency="JPY", lines=(LineDraft("LAMP-RED", "Lamp", 1, 2999),),
                              shipping_minor=0, tax_minor=0, discount_minor=0,
                              rate_to_base=Decimal("0.0067")))
    assert order(database, typed).total_base_minor == 2009  # ¥2999 x 0.0067 = $20.0933


def test_an_order_in_the_base_currency_is_never_converted(database):
    oid = OrderEditor(database).save(draft(rate_to_base=Decimal("1.3")))
    saved = order(database, oid)
    assert (saved.rate_to_base, saved.total_base_minor) == (Decimal(1), saved.total_minor)


def test_a_currency_without_a_known_rate_needs_one_typed(database):
    make_shop(database)
    before = snapshot(database)
    editor = OrderEditor(database)
    with pytest.raises(ValidationError) as caught:
        editor.save(draft(currency="GBP", new_buyer=NewBuyer("New Person", "new@example.co.uk")))
    assert caught.value.item == "rate"
    assert "from GBP to USD" in str(caught.value)
    assert snapshot(database) == before  # not even the new buyer
    with pytest.raises(ValidationError, match="Unknown currency code: XYZ"):
        editor.save(draft(currency="xyz", rate_to_base=Decimal(2)))
    oid = editor.save(draft(currency="GBP", rate_to_base=Decimal("1.27")))
    assert order(database, oid).total_base_minor == 4826  # £38.00 x 1.27


BAD_ORDERS = [
    ({"lines": ()}, "lines", "at least one line"),
    ({"lines": (LineDraft(" ", "", 1, 100),)}, "line 1", "SKU or a title"),
    ({"lines": (LineDraft("A", "A", 1, 100), LineDraft("B", "B", 0, 100))}, "line 2",
     "at least 1"),
    ({"lines": (LineDraft("A", "A", 1, -1),)}, "line 1", "cannot be negative"),
    ({"shipping_minor": -1}, "shipping", "Shipping cannot be negative"),
    ({"discount_minor": 5000}, "discount", "larger than the order"),
]


def test_bad_orders_are_refused_and_nothing_is_written(database):
    editor = OrderEditor(database)
    for changes, item, message in BAD_ORDERS:
        with pytest.raises(ValidationError, match=message) as caught:
            editor.save(draft(new_buyer=NewBuyer("Ann"), **changes))
        assert caught.value.item == item
    with database.read_session() as s:
        assert s.scalar(select(func.count(Order.id))) == 0
        assert s.scalar(select(func.count(Customer.id))) == 0


def test_editing_a_manual_order_rewrites_it_and_moves_the_totals(database):
    shop = make_shop(database)
    editor = OrderEditor(database)
    anna, bob = shop.customers["anna"], shop.customers["bob"]
    anna_before = customer(database, anna)
    oid = editor.save(draft(customer_id=anna))
    assert customer(database, anna).order_count == anna_before.order_count + 1
    editor.save(draft(customer_id=bob, status=S.SHIPPED, number="PHONE-9",
                      lines=(LineDraft("MUG-01", "Mug", 1, 1000),), shipping_minor=0,
                      tax_minor=0, discount_minor=0), order_id=oid)
    edited = order(database, oid)
    assert (edited.number, edited.external_id, edited.status, edited.total_minor,
            edited.customer_id, edited.buyer_name) == (
        "PHONE-9", "M-00001", "shipped", 1000, bob, "Bob Smith")
    assert [(ln.sku, ln.quantity) for ln in OrdersService(database).detail(oid).lines] == [
        ("MUG-01", 1)]
    assert [(old, new) for old, new, _a, _n in history(database, oid)] == [
        ("", "paid"), ("paid", "shipped")]
    after = customer(database, anna)
    assert (after.order_count, after.spent_base_minor) == (
        anna_before.order_count, anna_before.spent_base_minor)
    assert customer(database, bob).spent_base_minor == 5000 + 1000


def test_an_edit_that_breaks_the_workflow_changes_nothing(database):
    editor = OrderEditor(database)
    oid = editor.save(draft(status=S.DELIVERED))
    before = snapshot(database)
    with pytest.raises(ValidationError, match="cannot go from Delivered to Paid"):
        editor.save(draft(status=S.PAID, lines=(LineDraft("X", "X", 9, 9),)), order_id=oid)
    assert snapshot(database) == before


def test_orders_from_a_marketplace_or_gone_cannot_be_edited(database):
    shop = make_shop(database)
    with database.session() as s:
        s.get(Order, shop.orders["E-2001"]).source = "import"
    before = snapshot(database)
    editor = OrderEditor(database)
    with pytest.raises(ValidationError, match="came from a marketplace; change it there") as caught:
        editor.save(draft(), order_id=shop.orders["E-2001"])
    assert caught.value.item == "E-2001"
    with pytest.raises(NotFoundError):
        editor.save(draft(), order_id=999_999)
    assert snapshot(database) == before
    assert not OrdersService(database).detail(shop.orders["E-2001"]).editable


# Status moves

def test_bulk_status_change_moves_what_it_may_and_says_why_not_for_the_rest(database):
    shop = make_shop(database)
    ShopService(database).set("your_name", "Mei")
    before = snapshot(database)
    ids = [shop.orders[n] for n in ("#1001", "#1002", "E-2001", "E-2002", "#1003")]
    outcome = OrderEditor(database).change_status(ids, S.DELIVERED, note="  courier confirmed ")
    assert sorted(outcome.changed) == ["#1002", "E-2001"]
    refused = {e.item: str(e) for e in outcome.refused}
    assert refused == {
        "#1001": "Order #1001 is already Delivered.",
        "E-2002": "Order E-2002 is Cancelled and cannot change any more.",
        "#1003": "Order #1003 is Refunded and cannot change any more.",
    }
    assert all(isinstance(e, ValidationError) for e in outcome.refused)
    assert history(database, shop.orders["E-2001"]) == [
        ("paid", "delivered", "Mei", "courier confirmed")]
    after = snapshot(database)
    changed_ids = {shop.orders["#1002"], shop.orders["E-2001"]}
    assert [r for r in after["orders"] if r[0] not in changed_ids] == [
        r for r in before["orders"] if r[0] not in changed_ids]
    assert len(after["order_status_changes"]) == 2
    with database.read_session() as s:
        statuses = dict(s.execute(select(Order.number, Order.status)).all())
    assert statuses["#1002"] == statuses["E-2001"] == "delivered"


def test_a_refused_move_explains_itself_in_the_sellers_words(database):
    editor = OrderEditor(database)
    pending = editor.save(draft(status=S.PENDING, number="P-1"))
    shipped = editor.save(draft(status=S.SHIPPED, number="S-1"))
    outcome = editor.change_status([pending], S.SHIPPED)
    assert outcome.changed == ()
    assert str(outcome.refused[0]) == (
        "Order P-1 is not paid yet; mark it paid before shipping it.")
    error = editor.change_status([shipped], S.CANCELLED).refused[0]
    assert str(error) == "Order S-1 has already shipped; refund it instead of cancelling it."
    error = editor.change_status([pending], S.REFUNDED).refused[0]
    assert str(error) == (
        "Order P-1 cannot go from Pending to Refunded; from Pending it can become: "
        "Paid, Cancelled.")
    # The UI translates the status names inside the message before showing it.
    german = {"Pending": "Offen", "Refunded": "Erstattet", "Paid": "Bezahlt",
              "Cancelled": "Storniert"}
    shown = error.render(error.message, lambda context, text: (
        german[text] if context == "status" else text))
    assert shown == ("Order P-1 cannot go from Offen to Erstattet; from Offen it can become: "
                     "Bezahlt, Storniert.")
    assert order(database, pending).status == "pending"


def test_status_changes_keep_customer_totals_true(database):
    shop = make_shop(database)
    bob = shop.customers["bob"]
    assert customer(database, bob).spent_base_minor == 5000
    outcome = OrderEditor(database).change_status([shop.orders["E-2001"]], S.CANCELLED)
    assert outcome.changed == ("E-2001",) and outcome.refused == ()
    assert (customer(database, bob).order_count, customer(database, bob).spent_base_minor) == (
        0, 0)


def test_a_status_change_of_orders_that_vanished_does_nothing(database):
    outcome = OrderEditor(database).change_status([424242], S.PAID)
    assert outcome.changed == () and outcome.refused == ()


# Tags

def test_tags_are_added_once_without_regard_to_case(database):
    shop = make_shop(database)
    editor = OrderEditor(database)
    ids = [shop.orders["#1001"], shop.orders["#1002"]]
    assert editor.add_tag(ids, " gift ") == 2
    assert editor.add_tag(ids, "GIFT") == 0
    assert editor.add_tag([shop.orders["#1001"]], "rush") == 1
    assert order(database, shop.orders["#1001"]).tags == "gift, rush"
    with pytest.raises(ValidationError, match="Type a tag"):
        editor.add_tag(ids, " ,; ")


def test_every_refusal_is_a_known_error_with_an_item(database):
    editor = OrderEditor(database)
    oid = editor.save(draft(status=S.CANCELLED))
    for error in editor.change_status([oid], S.PAID).refused:
        assert isinstance(error, KnownError) and error.item
