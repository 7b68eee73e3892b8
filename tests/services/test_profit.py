"""Costing orders: fees, goods at the order date's rate, margins; re-costing what changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from seller_desk.domain.fx import DayRates
from seller_desk.domain.imports import ImportedCustomer, ImportedLine, ImportedOrder
from seller_desk.domain.order_rules import LineDraft
from seller_desk.domain.orders import Marketplace, OrderStatus
from seller_desk.services.imports.writer import OrderWriter, RateBook
from seller_desk.services.order_editing import OrderDraft, OrderEditor
from seller_desk.services.profit import ProfitService
from seller_desk.services.progress import Cancelled, Job
from seller_desk.store.database import Database
from seller_desk.store.models import Order, OrderLine, PriceRule
from seller_desk.store.queries.fx import store_rates
from tests.factories import NOW, make_shop

CNY_PER_EUR, USD_PER_EUR = Decimal("7.7"), Decimal("1.1")
CNY_TO_USD = Decimal("0.142857142857")  # 1.1 / 7.7 to 12 significant digits


def add_rates(db: Database, day: datetime = NOW - timedelta(days=100)) -> None:
    with db.session() as s:
        store_rates(s, [DayRates(day.date(), {"CNY": CNY_PER_EUR, "USD": USD_PER_EUR}, "ecb")],
                    NOW)


def stored(db: Database, order_id: int) -> Order:
    with db.read_session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order


def lines(db: Database, order_id: int) -> list[OrderLine]:
    with db.read_session() as s:
        return list(s.scalars(select(OrderLine).where(OrderLine.order_id == order_id)
                              .order_by(OrderLine.id)))


@pytest.fixture
def shop(database):
    return make_shop(database)


def test_orders_are_costed_with_fees_goods_and_margin(database, shop):
    add_rates(database)
    outcome = ProfitService(database).cost_orders()
    assert (outcome.costed, outcome.incomplete, outcome.missing_rates) == (6, 0, ())
    # Etsy, 50.00 USD: 6.5 % = 3.25, 3 % + 0.25 = 1.75; goods 15.00 + 22.00 CNY at 1.1 / 7.7.
    etsy = stored(database, shop.orders["E-2001"])
    assert (etsy.marketplace_fee_minor, etsy.payment_fee_minor) == (325, 175)
    assert etsy.shipping_cost_base_minor == 0 and etsy.fees_estimated
    assert [ln.cost_base_minor for ln in lines(database, etsy.id)] == [214, 314]
    assert [ln.cost_rate for ln in lines(database, etsy.id)] == [CNY_TO_USD, CNY_TO_USD]
    assert [(ln.unit_cost_minor, ln.cost_currency) for ln in lines(database, etsy.id)] == [
        (1500, "CNY"), (2200, "CNY")]
    assert etsy.cost_base_minor == 528
    assert etsy.margin_base_minor == 5000 - 325 - 175 - 528
    # Shopify in euros at 1.1: 2.9 % of 40.00 EUR + 0.30 USD as 0.27 EUR; two lamps.
    euro = stored(database, shop.orders["#1001"])
    assert (euro.marketplace_fee_minor, euro.payment_fee_minor) == (0, 116 + 27)
    assert euro.margin_base_minor == 4400 - 157 - 429
    # The next run finds nothing left to do.
    assert ProfitService(database).cost_orders().costed == 0


def test_missing_rates_leave_an_incomplete_margin_that_is_not_retried_for_ever(database, shop):
    service = ProfitService(database)
    outcome = service.cost_orders()
    first_day = (NOW - timedelta(days=62)).date()
    assert outcome.costed == 6 and outcome.incomplete == 6
    assert outcome.missing_rates == (("CNY", first_day),)
    etsy = stored(database, shop.orders["E-2001"])
    assert etsy.cost_base_minor == 0 and etsy.margin_base_minor == 5000 - 325 - 175
    assert [ln.cost_base_minor for ln in lines(database, etsy.id)] == [None, None]
    assert service.cost_orders().costed == 0
    detail = service.order_profit(etsy.id)
    assert detail.incomplete and {g.kind for g in detail.gaps} == {"no_rate"}
    assert {(g.sku, g.currency) for g in detail.gaps} == {("LAMP-RED", "CNY"), ("MUG-01", "CNY")}
    add_rates(database)
    assert service.order_profit(etsy.id).gaps[0].kind == "not_yet"
    assert service.retry_incomplete() == 6
    again = service.cost_orders()
    assert (again.costed, again.incomplete) == (6, 0)
    assert stored(database, etsy.id).margin_base_minor == 5000 - 325 - 175 - 528


def test_a_market_rule_and_known_figures_come_first(database, shop):
    add_rates(database)
    with database.session() as s:
        s.add(PriceRule(account_id=shop.etsy, currency="USD", marketplace_fee_pct=Decimal(10),
                        payment_fee_pct=Decimal(2), fixed_fee_minor=50, shipping_minor=300,
                        updated_at=NOW))
        known = s.get(Order, shop.orders["#1003"])
        known.marketplace_fee_minor, known.payment_fee_minor = 11, 22
        known.shipping_cost_base_minor, known.fees_estimated = 33, False
    ProfitService(database).cost_orders()
    etsy = stored(database, shop.orders["E-2001"])
    assert (etsy.marketplace_fee_minor, etsy.payment_fee_minor) == (500, 150)
    assert etsy.shipping_cost_base_minor == 300
    refunded = stored(database, shop.orders["#1003"])
    assert (refunded.marketplace_fee_minor, refunded.payment_fee_minor,
            refunded.shipping_cost_base_minor) == (11, 22, 33)


def test_unknown_skus_are_reported(database, shop):
    add_rates(database)
    with database.session() as s:
        line = s.scalars(select(OrderLine).where(OrderLine.order_id == shop.orders["#1002"])
                         ).one()
        line.listing_id, line.sku, line.sku_key = None, "GONE-1", "gone-1"
    service = ProfitService(database)
    outcome = service.cost_orders()
    assert outcome.unknown_skus == ("GONE-1",) and outcome.incomplete == 1
    detail = service.order_profit(shop.orders["#1002"])
    assert [(g.kind, g.sku) for g in detail.gaps] == [("no_listing", "GONE-1")]
    assert detail.lines[0].cost is None and detail.lines[0].unit_cost is None


def test_order_profit_in_both_currencies(database, shop):
    add_rates(database)
    service = ProfitService(database)
    before = service.order_profit(shop.orders["#1001"])
    assert not before.costed
    service.cost_orders()
    detail = service.order_profit(shop.orders["#1001"])
    assert detail.costed and detail.fees_estimated and not detail.incomplete
    assert detail.margin == before.margin
    assert (detail.revenue.original.minor, detail.revenue.base.minor) == (4000, 4400)
    assert (detail.payment_fee.original.minor, detail.payment_fee.base.minor) == (143, 157)
    assert detail.cost.base.minor == 429 and detail.cost.original.minor == 390
    assert detail.margin.base.minor == 4400 - 157 - 429
    assert detail.margin.original.minor == 4000 - 143 - 390
    assert detail.margin_ratio == pytest.approx((4400 - 157 - 429) / 4400)
    assert not detail.negative
    line = detail.lines[0]
    assert (line.sku, line.quantity, line.rate, line.cost.minor) == ("LAMP-RED", 2, CNY_TO_USD,
                                                                     429)
    assert line.unit_cost.currency == "CNY" and line.rate_day == (NOW - timedelta(days=62)).date()


def test_a_cancelled_run_leaves_each_order_costed_in_full_or_untouched(database, shop):
    add_rates(database)
    job = Job(lambda done, total, _text: job.cancel() if done >= 2 else None)
    with pytest.raises(Cancelled):
        ProfitService(database, chunk=2).cost_orders(job)
    with database.read_session() as s:
        states = {o.id: (o.margin_base_minor is None, {ln.cost_base_minor is None
                                                       for ln in o.lines})
                  for o in s.scalars(select(Order))}
    assert sum(1 for untouched, _ in states.values() if not untouched) == 2
    for untouched, line_states in states.values():
        assert line_states == {untouched}


def test_the_editor_and_the_import_have_changed_orders_costed_again(database, shop):
    add_rates(database)
    service = ProfitService(database)
    editor = OrderEditor(database)
    manual = editor.save(OrderDraft(placed_at=NOW, currency="USD",
                                    lines=(LineDraft("LAMP-RED", "Lamp", 1, 2000),)))
    service.cost_orders()
    assert stored(database, manual).margin_base_minor is not None
    editor.change_status([manual], OrderStatus.SHIPPED)
    assert stored(database, manual).margin_base_minor is not None
    editor.save(OrderDraft(placed_at=NOW, currency="USD", status=OrderStatus.SHIPPED,
                           lines=(LineDraft("MUG-01", "Mug", 2, 2500),)), manual)
    changed = stored(database, manual)
    assert changed.margin_base_minor is None and changed.marketplace_fee_minor is None
    assert service.cost_orders().costed == 1
    imported = ImportedOrder(
        "X-1", "X-1", NOW, OrderStatus.PAID, "USD", 3000, 0, 0, 0, 3000,
        ImportedCustomer("c9", "x@example.com", "X", "", "US", "", "", False), "US", "",
        (), (ImportedLine("LAMP-RED", "Lamp", 1, 3000),), (2,))

    def write(order: ImportedOrder) -> None:
        with database.session() as s:
            OrderWriter(s, "Main Shopify", Marketplace.SHOPIFY, RateBook(s, "USD", {}),
                        "me").write([order])

    write(imported)
    service.cost_orders()
    with database.read_session() as s:
        oid = s.scalar(select(Order.id).where(Order.external_id == "X-1"))
    assert stored(database, oid).margin_base_minor is not None
    write(replace(imported, total_minor=3500, subtotal_minor=3500,
                  lines=(ImportedLine("LAMP-RED", "Lamp", 1, 3500),)))
    again = stored(database, oid)
    assert again.margin_base_minor is None and again.payment_fee_minor is None
    assert [ln.cost_base_minor for ln in lines(database, oid)] == [None]
    assert service.cost_orders().costed == 1
    assert stored(database, oid).payment_fee_minor == round(3500 * 0.029) + 30


def test_costing_given_orders_only(database, shop):
    add_rates(database)
    outcome = ProfitService(database).cost_orders(order_ids=[shop.orders["#1004"]])
    assert outcome.costed == 1
    assert stored(database, shop.orders["#1004"]).margin_base_minor is not None
    assert stored(database, shop.orders["#1001"]).margin_base_minor is None
