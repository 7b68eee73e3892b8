"""Return requests through the services: opening, every step, money into profit, policies."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from seller_desk.domain.errors import KnownError, ValidationError
from seller_desk.domain.return_policy import ReturnPolicy
from seller_desk.services.listing_images import ListingImages
from seller_desk.services.profit import ProfitService
from seller_desk.services.return_policies import ReturnPolicies
from seller_desk.services.return_steps import ReturnSteps
from seller_desk.services.returns import ReturnDraft, ReturnsService
from seller_desk.store.models import Customer, Listing, Order, OrderLine, ReturnRequest
from tests.factories import NOW, make_shop
from tests.services.test_listing_images import png_bytes
from tests.services.test_profit import add_rates


@pytest.fixture
def shop(database, tmp_path):
    made = make_shop(database)
    add_rates(database, NOW - timedelta(days=100))
    images = ListingImages(database, tmp_path / "images")
    return (made, ReturnsService(database, images, now=lambda: NOW),
            ReturnSteps(database, now=lambda: NOW))


def line_of(database, order_id: int, sku: str) -> OrderLine:
    with database.read_session() as s:
        return s.scalar(select(OrderLine).where(OrderLine.order_id == order_id,
                                                OrderLine.sku == sku))


def order_of(database, order_id: int) -> Order:
    with database.read_session() as s:
        return s.get(Order, order_id)


def open_lamp(database, shop_ids, returns, outcome="refund", reason="changed_mind",
              number="E-2001", quantity=1, **more):
    order_id = shop_ids.orders[number]
    lamp = line_of(database, order_id, "LAMP-RED")
    return returns.open_request(ReturnDraft(order_id, ((lamp.id, quantity),), reason, outcome,
                                            **more))


def test_a_refund_from_request_to_close_feeds_profit(database, shop):
    made, returns, steps = shop
    profit = ProfitService(database)
    profit.cost_orders()
    before = order_of(database, made.orders["E-2001"]).margin_base_minor
    request_id = open_lamp(database, made, returns, reason_text="Colour not as hoped")
    view = returns.view(request_id)
    assert (view.rma_number, view.state, view.moves) == ("RMA-000001", "requested",
                                                         ("approved", "rejected"))
    assert view.events[0].note == "Colour not as hoped" and not view.out_of_window
    for target in ("approved", "awaiting_item", "received"):
        returns.move(request_id, target)
    steps.inspect(request_id, {view.lines[0].id: "restock"})
    with database.read_session() as s:
        assert s.get(Listing, made.listings["lamp"]).stock_on_hand == 13
    refund, fee = steps.suggested_refund(request_id)
    assert (refund.minor, fee.minor) == (2000, 0)
    steps.set_return_shipping(request_id, 450, "USD")
    steps.refund(request_id, 1800, note="kept 2.00 for the label", restocking_fee_minor=200)
    order = order_of(database, made.orders["E-2001"])
    assert (order.refunded_minor, order.refunded_base_minor, order.status) == (
        1800, 1800, "partially_refunded")
    assert order.margin_base_minor is None  # worked out again by the next costing run
    restocked = line_of(database, made.orders["E-2001"], "LAMP-RED").cost_base_minor
    assert order.return_cost_base_minor == 450 - restocked
    profit.cost_orders()
    after = order_of(database, made.orders["E-2001"]).margin_base_minor
    assert before - after == 1800 + 450 - restocked
    assert profit.report().totals.returns.minor == 450 - restocked
    returns.move(request_id, "closed")
    view = returns.view(request_id)
    assert [e.to_state for e in view.events] == [
        "requested", "approved", "awaiting_item", "received", "inspected", "refunded", "closed"]
    assert (view.refund.minor, view.restocking_fee.minor, view.moves) == (1800, 200, ())


def test_bad_requests_are_refused_and_nothing_is_written(database, shop):
    made, returns, _steps = shop
    order_id = made.orders["E-2001"]
    lamp = line_of(database, order_id, "LAMP-RED")
    with pytest.raises(ValidationError, match="only 1 of 1 bought"):
        open_lamp(database, made, returns, quantity=2)
    with pytest.raises(ValidationError, match="at least one item"):
        returns.open_request(ReturnDraft(order_id, ((lamp.id, 0),), "damaged", "refund"))
    with pytest.raises(ValidationError, match="not on order"):
        returns.open_request(ReturnDraft(made.orders["#1001"], ((lamp.id, 1),), "damaged",
                                         "refund"))
    with pytest.raises(ValidationError, match="Unknown reason"):
        open_lamp(database, made, returns, reason="bored")
    with pytest.raises(ValidationError, match="which SKU"):
        open_lamp(database, made, returns, outcome="exchange")
    with database.read_session() as s:
        assert s.scalar(select(ReturnRequest.id)) is None
    open_lamp(database, made, returns)
    with pytest.raises(ValidationError, match="only 0 of 1"):
        open_lamp(database, made, returns)  # already asked for in another request


def test_only_valid_moves_and_no_refund_above_what_was_paid(database, shop):
    made, returns, steps = shop
    request_id = open_lamp(database, made, returns, outcome="refund_without_return",
                           reason="damaged")
    with pytest.raises(ValidationError, match="cannot become"):
        returns.move(request_id, "received")
    returns.move(request_id, "approved")
    assert returns.view(request_id).moves == ("refunded", "closed")
    assert steps.suggested_refund(request_id)[1].minor == 0  # the shop's fault: no fee
    with pytest.raises(ValidationError, match=r"more than the 50\.00 USD"):
        steps.refund(request_id, 5001)
    assert returns.view(request_id).state == "approved"
    assert order_of(database, made.orders["E-2001"]).refunded_minor == 0
    with database.read_session() as s:
        spent = s.get(Customer, made.customers["bob"]).spent_base_minor
    steps.refund(request_id, 5000)
    order = order_of(database, made.orders["E-2001"])
    assert (order.refunded_minor, order.status) == (5000, "refunded")
    with database.read_session() as s:  # the customer's record follows
        assert s.get(Customer, made.customers["bob"]).spent_base_minor == spent - 5000


def test_a_replacement_is_shipped_and_costs_the_original_order(database, shop):
    made, returns, steps = shop
    profit = ProfitService(database)
    request_id = open_lamp(database, made, returns, outcome="replacement", reason="damaged")
    for target in ("approved", "awaiting_item", "received"):
        returns.move(request_id, target)
    steps.inspect(request_id, {returns.view(request_id).lines[0].id: "write_off"})
    sent_id = steps.ship_replacement(request_id)
    sent = order_of(database, sent_id)
    assert (sent.number, sent.is_test, sent.total_minor, sent.tags) == (
        "RMA-000001-R", True, 0, "replacement")
    original = order_of(database, made.orders["E-2001"])
    assert original.return_cost_base_minor == sent.cost_base_minor + (
        sent.shipping_cost_base_minor or 0) > 0
    profit.cost_orders()
    assert profit.report().totals.orders == 4  # the shipment is not a sale
    assert returns.view(request_id).replacement_order_id == sent_id


def test_an_exchange_sends_the_other_sku_and_credit_is_recorded(database, shop):
    made, returns, steps = shop
    request_id = open_lamp(database, made, returns, outcome="exchange", reason="size_fit",
                           exchange_sku="mug-01")
    for target in ("approved", "awaiting_item", "received"):
        returns.move(request_id, target)
    steps.inspect(request_id, {returns.view(request_id).lines[0].id: "restock"})
    sent = order_of(database, steps.ship_replacement(request_id))
    with database.read_session() as s:
        assert [line.sku for line in s.get(Order, sent.id).lines] == ["mug-01"]
        assert s.get(Order, sent.id).lines[0].listing_id == made.listings["mug"]
    credit_id = open_lamp(database, made, returns, number="#1004", outcome="store_credit")
    for target in ("approved", "awaiting_item", "received"):
        returns.move(credit_id, target)
    steps.inspect(credit_id, {returns.view(credit_id).lines[0].id: "write_off"})
    with pytest.raises(ValidationError, match="more than zero"):
        steps.credit(credit_id, 0)
    steps.credit(credit_id, 1500)
    assert (returns.view(credit_id).state, returns.view(credit_id).credit.minor) == (
        "credited", 1500)


def test_policies_decide_the_window_and_the_restocking_fee(database, shop):
    made, returns, steps = shop
    policies = ReturnPolicies(database)
    assert policies.for_order(made.orders["#1001"]).window_days == 14  # EU by default
    policies.save("shopify", "DE", ReturnPolicy(30, Decimal("10"), True))
    policies.save("shopify", "DE", ReturnPolicy(60, Decimal("10"), True))
    assert [(p.marketplace, p.country, p.policy.window_days) for p in policies.rows()] == [
        ("shopify", "DE", 60)]
    with pytest.raises(ValidationError):
        policies.save("", "", ReturnPolicy(400, Decimal(0), True))
    late = open_lamp(database, made, returns, number="#1001")  # 62 days ago, window 60
    assert returns.view(late).out_of_window
    refund, fee = steps.suggested_refund(late)
    assert (refund.minor, fee.minor, refund.currency) == (1800, 200, "EUR")
    policies.remove(policies.rows()[0].id)
    assert not returns.view(late).policy.restocking_fee_pct


def test_photos_are_copied_in_and_kept_when_a_listing_drops_the_same_picture(
        database, shop, tmp_path):
    made, returns, _steps = shop
    picture = tmp_path / "broken.png"
    picture.write_bytes(png_bytes(3))
    request_id = open_lamp(database, made, returns, reason="damaged", photos=(picture,))
    photo = returns.view(request_id).photos[0]
    assert photo.original_name == "broken.png" and photo.path is not None
    assert photo.path.read_bytes() == picture.read_bytes()
    images = ListingImages(database, tmp_path / "images")
    on_listing = images.add_image(made.listings["lamp"], picture)
    images.remove_image(made.listings["lamp"], on_listing.id)
    assert photo.path.exists()  # the return still shows it
    with pytest.raises(KnownError, match=r"Cannot read none\.png"):
        open_lamp(database, made, returns, number="#1004", photos=(tmp_path / "none.png",))
    with database.read_session() as s:
        assert s.scalar(select(func.count(ReturnRequest.id))) == 1


def test_a_rejected_request_is_not_a_return_in_the_rates(database, shop):
    from seller_desk.store.queries.return_insight import returned_units_by

    made, returns, _steps = shop
    kept = open_lamp(database, made, returns)
    refused = open_lamp(database, made, returns, number="#1004")
    returns.move(refused, "rejected", note="bought 90 days ago")
    with database.read_session() as s:
        assert returned_units_by(s, "listing", None, None) == [(made.listings["lamp"], 1, 1)]
    assert returns.view(kept).state == "requested"


def test_a_refund_in_euros_is_converted_at_the_refund_days_stored_rate(database, shop):
    from seller_desk.domain.fx import DayRates, convert_minor
    from seller_desk.store.queries.fx import store_rates

    made, returns, steps = shop
    with database.session() as s:  # the euro rose since the order (placed at 1.1 USD)
        store_rates(s, [DayRates((NOW - timedelta(days=2)).date(), {"USD": Decimal("1.2")},
                                 "ecb")], NOW)
    request_id = open_lamp(database, made, returns, number="#1001", reason="damaged",
                           outcome="refund_without_return")
    returns.move(request_id, "approved")
    steps.refund(request_id, 1000)
    order = order_of(database, made.orders["#1001"])
    assert order.refunded_base_minor == convert_minor(1000, "EUR", "USD", Decimal("1.2")) == 1200
    assert returns.view(request_id).refund_base.minor == 1200
