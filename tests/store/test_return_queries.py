"""Return requests in the store: the Returns table, details, RMA numbers, deadlines, insight
and the 0007 migration, on every backend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.store.migrate import MIGRATIONS
from seller_desk.store.models import (
    Order,
    OrderLine,
    ReturnEvent,
    ReturnLine,
    ReturnPhoto,
    ReturnPolicyRule,
    ReturnRequest,
)
from seller_desk.store.queries.return_insight import (
    return_costs_by_month,
    returned_units_by,
    sold_units_by,
)
from seller_desk.store.queries.returns import (
    RETURNS,
    next_rma_number,
    open_needing_action,
    request_with_details,
    requests_of_order,
)
from tests.factories import NOW, Shop, make_shop


@dataclass(frozen=True)
class Returns:
    shop: Shop
    ids: dict[str, int]  # RMA number -> request id


def add_request(s, shop: Shop, rma: str, order: str, days_ago: float, state: str,
                since_days: float, reason: str, outcome: str, skus: dict[str, int],
                **extra) -> ReturnRequest:
    o = s.get(Order, shop.orders[order])
    request = ReturnRequest(
        rma_number=rma, order_id=o.id, customer_id=o.customer_id, account_id=o.account_id,
        ship_country=o.ship_country, state=state, outcome=outcome, reason=reason,
        requested_at=NOW - timedelta(days=days_ago), state_since=NOW - timedelta(days=since_days),
        currency=o.currency, updated_at=NOW, **extra)
    request.lines = [ReturnLine(order_line_id=line.id, listing_id=line.listing_id, sku=line.sku,
                                sku_key=line.sku_key, quantity=skus[line.sku])
                     for line in o.lines if line.sku in skus]
    s.add(request)
    s.flush()
    return request


def make_returns(database) -> Returns:
    """Four requests: one closed in October, three open in November (one past its deadline)."""
    shop = make_shop(database)
    with database.session() as s:
        made = [
            add_request(s, shop, "RMA-000001", "#1001", 20, "closed", 10, "damaged", "refund",
                        {"LAMP-RED": 1}, refund_minor=2000, refund_base_minor=2200,
                        refund_rate=Decimal("1.1"), return_shipping_base_minor=500,
                        closed_at=NOW - timedelta(days=10)),
            add_request(s, shop, "RMA-000002", "#1002", 5, "awaiting_item", 4, "size_fit",
                        "exchange", {"MUG-01": 1}, exchange_sku="MUG-02"),
            # Requested three days ago and still untouched: two days allowed, so overdue.
            add_request(s, shop, "RMA-000003", "E-2001", 3, "requested", 3, "wrong_item",
                        "refund", {"LAMP-RED": 1, "MUG-01": 1}),
            add_request(s, shop, "RMA-000004", "#1004", 1, "approved", 1, "damaged",
                        "refund_without_return", {"LAMP-RED": 1}, refund_minor=3000,
                        refund_base_minor=20, return_shipping_base_minor=0, out_of_window=True),
        ]
        return Returns(shop, {r.rma_number: r.id for r in made})


@pytest.fixture
def returns(database) -> Returns:
    return make_returns(database)


def all_pages(database, request: PageRequest) -> tuple[list[tuple], int]:
    rows, pages = [], 0
    with database.read_session() as session:
        while True:
            page, cursor = RETURNS.page(session, request)
            rows += page
            pages += 1
            if cursor is None:
                return rows, pages
            request = request.next(cursor)


@pytest.mark.parametrize("descending", [False, True])
def test_pages_cover_every_request_once_in_order(database, returns, descending):
    for sort in RETURNS.sorts:
        rows, pages = all_pages(database, PageRequest(sort, descending, limit=3))
        assert sorted(r[0] for r in rows) == sorted(returns.ids.values()), sort
        assert pages == 2
        with database.read_session() as session:
            whole, cursor = RETURNS.page(session, PageRequest(sort, descending, limit=100))
        assert cursor is None
        assert [r[0] for r in rows] == [r[0] for r in whole], sort


def test_a_row_shows_the_request_its_order_and_account(database, returns):
    rows, _ = all_pages(database, PageRequest("rma", limit=10))
    first = rows[0]
    assert first[0] == returns.ids["RMA-000001"]
    assert first[1:] == (
        "RMA-000001", NOW - timedelta(days=20), "#1001", "Anna Müller", "Main Shopify", "DE",
        "damaged", "refund", "closed", NOW - timedelta(days=10), 2000, "EUR",
        NOW - timedelta(days=10), False, returns.shop.orders["#1001"], 2200)
    rows, _ = all_pages(database, PageRequest("refund", True))
    assert [r[1] for r in rows[:2]] == ["RMA-000001", "RMA-000004"]
    rows, _ = all_pages(database, PageRequest("state_since"))
    assert [r[1] for r in rows] == ["RMA-000001", "RMA-000002", "RMA-000003", "RMA-000004"]


NO_FILTER = TableFilter()


def numbers(database, flt: TableFilter = NO_FILTER, search: str = "") -> set[str]:
    rows, _ = all_pages(database, PageRequest("requested_at", True, search=search, filter=flt))
    with database.read_session() as session:
        counted = RETURNS.count(session, PageRequest("requested_at", search=search, filter=flt))
    assert counted == len(rows)
    return {r[1] for r in rows}


def test_filters(database, returns):
    shop = returns.shop
    assert numbers(database, TableFilter(statuses=frozenset({"requested", "approved"}))) == {
        "RMA-000003", "RMA-000004"}
    assert numbers(database, TableFilter(reasons=frozenset({"damaged"}))) == {
        "RMA-000001", "RMA-000004"}
    assert numbers(database, TableFilter(account_ids=frozenset({shop.etsy}))) == {"RMA-000003"}
    assert numbers(database, TableFilter(countries=frozenset({"DE"}))) == {
        "RMA-000001", "RMA-000002"}
    assert numbers(database, TableFilter(currencies=frozenset({"JPY"}))) == {"RMA-000004"}
    assert numbers(database, TableFilter(open_only=True)) == {
        "RMA-000002", "RMA-000003", "RMA-000004"}
    assert numbers(database, TableFilter(open_only=False)) == {"RMA-000001"}
    assert numbers(database, TableFilter(since=NOW - timedelta(days=6),
                                         until=NOW - timedelta(days=2))) == {
        "RMA-000002", "RMA-000003"}
    both = TableFilter(reasons=frozenset({"damaged"}), open_only=True)
    assert numbers(database, both) == {"RMA-000004"}


def test_overdue_filter_applies_each_states_deadline(database, returns):
    assert numbers(database, TableFilter(overdue_before=NOW)) == {"RMA-000003"}
    # Two more days: the approved request (3 days allowed) is late too; awaiting the item
    # (21 days) is not, and a closed request never is.
    assert numbers(database, TableFilter(overdue_before=NOW + timedelta(days=2, hours=1))) == {
        "RMA-000003", "RMA-000004"}
    assert numbers(database, TableFilter(overdue_before=NOW + timedelta(days=100))) == {
        "RMA-000002", "RMA-000003", "RMA-000004"}
    with database.read_session() as session:
        assert open_needing_action(session, NOW) == (3, 1)
        assert open_needing_action(session, NOW - timedelta(days=2)) == (3, 0)


def test_table_filter_is_set_by_the_return_fields():
    assert not TableFilter()
    assert TableFilter(reasons=frozenset({"other"}))
    assert TableFilter(open_only=False)
    assert TableFilter(overdue_before=NOW)


SEARCHES = {
    "rma-00000": {"RMA-000001", "RMA-000002", "RMA-000003", "RMA-000004"},
    "RMA-000003": {"RMA-000003"},
    "#1001": {"RMA-000001"},
    "e-20": {"RMA-000003"},
    "mug": {"RMA-000002", "RMA-000003"},
    "lamp-red": {"RMA-000001", "RMA-000003", "RMA-000004"},
    "zzz": set(),
}


@pytest.mark.parametrize("broad", [False, True])
def test_search_by_rma_order_number_or_sku(database, returns, monkeypatch, broad):
    if broad:  # every search walks the sort order instead of collecting ids first
        from seller_desk.store.queries import tables

        monkeypatch.setattr(tables, "NARROW_SEARCH", 1)
    for text, expected in SEARCHES.items():
        assert numbers(database, search=text) == expected, text
        flt = TableFilter(open_only=True)
        assert numbers(database, flt, search=text) == expected - {"RMA-000001"}, text


def test_details_are_loaded_in_order(database, returns):
    rid = returns.ids["RMA-000003"]
    with database.session() as s:
        s.add_all([
            ReturnEvent(request_id=rid, at=NOW - timedelta(days=1), author="ana",
                        from_state="requested", to_state="requested", note="asked for photos"),
            ReturnEvent(request_id=rid, at=NOW - timedelta(days=3), author="buyer",
                        to_state="requested"),
            ReturnPhoto(request_id=rid, position=1, file_name="b.jpg", added_at=NOW),
            ReturnPhoto(request_id=rid, position=0, file_name="a.jpg", original_name="box.jpg",
                        added_at=NOW),
        ])
    with database.read_session() as s:
        request = request_with_details(s, rid)
        s.expunge_all()  # everything asked for is loaded: no lazy load after this
    assert request is not None
    assert request.rma_key == "rma-000003"
    assert request.order.number == "E-2001"
    assert [(line.sku, line.quantity, line.order_line.title) for line in request.lines] == [
        ("LAMP-RED", 1, "LAMP-RED"), ("MUG-01", 1, "MUG-01")]
    assert [(e.from_state, e.note) for e in request.events] == [
        ("", ""), ("requested", "asked for photos")]
    assert [p.file_name for p in request.photos] == ["a.jpg", "b.jpg"]
    assert (request.reason_text, request.source, request.external_id) == ("", "manual", None)
    assert [line.disposition for line in request.lines] == ["", ""]
    with database.read_session() as s:
        assert request_with_details(s, 9999) is None
        found = requests_of_order(s, returns.shop.orders["#1001"])
        assert [(r.rma_number, [line.quantity for line in r.lines]) for r in found] == [
            ("RMA-000001", [1])]


def test_deleting_an_order_takes_its_requests_and_their_children(database, returns):
    rid = returns.ids["RMA-000002"]
    with database.session() as s:
        s.add(ReturnEvent(request_id=rid, at=NOW, to_state="awaiting_item"))
    with database.session() as s:
        s.execute(delete(Order).where(Order.id == returns.shop.orders["#1002"]))
    with database.read_session() as s:
        assert s.get(ReturnRequest, rid) is None
        assert s.scalar(select(sa.func.count()).select_from(ReturnLine).where(
            ReturnLine.request_id == rid)) == 0
        assert s.scalar(select(sa.func.count()).select_from(ReturnEvent)) == 0


def test_rma_numbers_follow_the_largest_id_and_skip_taken_ones(database):
    shop = make_shop(database)
    with database.session() as s:
        assert next_rma_number(s) == "RMA-000001"
        # A synced request that already holds the next number.
        add_request(s, shop, "RMA-000002", "#1001", 1, "requested", 1, "other", "refund", {},
                    source="shopify", external_id="r-1")
        assert next_rma_number(s) == "RMA-000003"
    with database.session() as s, pytest.raises(IntegrityError):
        add_request(s, shop, "RMA-000002", "#1002", 1, "requested", 1, "other", "refund", {})


def test_external_ids_are_unique_per_account_and_may_be_missing(database):
    shop = make_shop(database)
    with database.session() as s:
        for n in (1, 2):  # manual requests: no external id, no clash
            add_request(s, shop, f"RMA-00000{n}", "#1001", 1, "requested", 1, "other",
                        "refund", {})
        add_request(s, shop, "RMA-000003", "#1001", 1, "requested", 1, "other", "refund", {},
                    external_id="x")
        add_request(s, shop, "RMA-000004", "E-2001", 1, "requested", 1, "other", "refund", {},
                    external_id="x")  # another account
    with database.session() as s, pytest.raises(IntegrityError):
        add_request(s, shop, "RMA-000005", "#1002", 1, "requested", 1, "other", "refund", {},
                    external_id="x")


def test_policy_rules_keep_exact_percentages_once_per_market_and_country(database):
    with database.session() as s:
        s.add_all([ReturnPolicyRule(window_days=30, restocking_fee_pct=Decimal("0"),
                                    buyer_pays_return_shipping=True),
                   ReturnPolicyRule(marketplace="etsy", country="DE", window_days=14,
                                    restocking_fee_pct=Decimal("12.5"),
                                    buyer_pays_return_shipping=False)])
    with database.read_session() as s:
        rule = s.scalars(select(ReturnPolicyRule).where(ReturnPolicyRule.country == "DE")).one()
        assert (rule.restocking_fee_pct, rule.buyer_pays_return_shipping) == (
            Decimal("12.5"), False)
    with database.session() as s, pytest.raises(IntegrityError):
        s.add(ReturnPolicyRule(marketplace="etsy", country="DE", window_days=1,
                               restocking_fee_pct=Decimal("1"), buyer_pays_return_shipping=True))
        s.flush()


def test_returned_and_sold_units(database, returns):
    shop = returns.shop
    lamp, mug = shop.listings["lamp"], shop.listings["mug"]
    with database.read_session() as s:
        assert returned_units_by(s, "listing", None, None) == [(lamp, 3, 3), (mug, 2, 2)]
        assert returned_units_by(s, "account", None, None) == [
            (shop.shopify, 3, 3), (shop.etsy, 1, 2)]
        assert returned_units_by(s, "reason", NOW - timedelta(days=10), None) == [
            ("wrong_item", 1, 2), ("damaged", 1, 1), ("size_fit", 1, 1)]
        assert returned_units_by(s, "country", None, NOW - timedelta(days=4)) == [("DE", 2, 2)]
        # Counted orders only: the cancelled E-2002 and refunded #1003 are no sales.
        assert sold_units_by(s, "listing", None, None) == [(lamp, 4), (mug, 2)]
        assert sold_units_by(s, "account", None, None) == [(shop.shopify, 4), (shop.etsy, 2)]
        assert sold_units_by(s, "country", NOW - timedelta(days=50), None) == [
            ("US", 2), ("DE", 1), ("JP", 1)]
        with pytest.raises(ValueError, match="cannot group by"):
            sold_units_by(s, "reason", None, None)


def test_return_costs_by_month_in_utc(database, returns):
    with database.read_session() as s:
        assert return_costs_by_month(s, None, None) == [
            ("2026-10", 2200, 500, 1), ("2026-11", 20, 0, 3)]
        assert return_costs_by_month(s, NOW - timedelta(days=4), NOW) == [
            ("2026-11", 20, 0, 2)]


def test_every_sort_walks_an_index_on_sqlite(database, returns):
    if not database.is_sqlite:
        pytest.skip("SQLite's plan; PostgreSQL plans by cost on tables this small")
    with database.read_session() as session:
        for name, key in RETURNS.sorts.items():
            stmt = (select(*key.columns, *RETURNS.columns).select_from(RETURNS.source)
                    .order_by(*key.columns).limit(201))
            sql = str(stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
            plan = " ".join(row[-1] for row in session.execute(
                sa.text(f"EXPLAIN QUERY PLAN {sql}")))
            assert "TEMP B-TREE" not in plan, (name, plan)


def migrate(database, revision: str, *, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def test_migration_0007_downgrades_and_upgrades_again(database):
    make_shop(database)
    new = {"return_requests", "return_lines", "return_events", "return_photos",
           "return_policies"}
    migrate(database, "0006", down=True)
    inspector = sa.inspect(database.engine)
    assert not new & set(inspector.get_table_names())
    for table in ("orders", "order_lines"):
        assert "return_cost_base_minor" not in {c["name"] for c in inspector.get_columns(table)}
    migrate(database, "head")
    with database.read_session() as s:  # the shop is still there, the new columns empty
        assert s.scalar(select(sa.func.count(Order.id)).where(
            Order.return_cost_base_minor.is_(None))) == 6
        assert s.scalar(select(sa.func.count(OrderLine.id))) == 7
    assert new <= set(sa.inspect(database.engine).get_table_names())


def test_downgrading_past_the_profit_columns_keeps_every_order_line(database):
    make_shop(database)
    migrate(database, "0004", down=True)
    with database.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT COUNT(*) FROM order_lines")).scalar() == 7
        assert connection.execute(sa.text("SELECT COUNT(*) FROM listings")).scalar() == 2
    migrate(database, "head")
    with database.read_session() as s:
        assert s.scalar(select(sa.func.count(OrderLine.id))) == 7
