"""Keyset pages, sorts, filters and search over the hand-made shop, on every backend."""

from datetime import timedelta

import pytest

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.store.queries.customers import CUSTOMERS
from seller_desk.store.queries.listings import LISTINGS
from seller_desk.store.queries.orders import ORDERS
from tests.factories import NOW, make_shop


@pytest.fixture
def shop(database):
    return make_shop(database)


def all_pages(database, query, request):
    """Every row, fetched page by page the way the table model does."""
    rows, pages = [], 0
    with database.read_session() as session:
        while True:
            page, cursor = query.page(session, request)
            rows += page
            pages += 1
            if cursor is None:
                return rows, pages
            request = request.next(cursor)


@pytest.mark.parametrize("sort", sorted(ORDERS.sorts))
@pytest.mark.parametrize("descending", [False, True])
def test_orders_pages_cover_every_row_once_in_order(database, shop, sort, descending):
    rows, pages = all_pages(database, ORDERS, PageRequest(sort, descending, limit=2))
    assert sorted(r[0] for r in rows) == sorted(shop.orders.values())
    assert pages == 3
    with database.read_session() as session:
        whole, cursor = ORDERS.page(session, PageRequest(sort, descending, limit=100))
    assert cursor is None
    assert [r[0] for r in rows] == [r[0] for r in whole]


def test_orders_sorted_by_base_total(database, shop):
    rows, _ = all_pages(database, ORDERS, PageRequest("total_base", True, limit=4))
    numbers = [r[1] for r in rows]
    assert numbers == ["E-2002", "E-2001", "#1001", "#1002", "#1003", "#1004"]


@pytest.mark.parametrize(("text", "expected"), [
    ("#100", {"#1001", "#1002", "#1003", "#1004"}),
    ("e-2001", {"E-2001"}),
    ("ANNA@", {"#1001", "#1002"}),
    ("bob sm", {"E-2001", "E-2002", "#1003"}),
    ("mug", {"#1002", "E-2001", "#1003"}),
    ("zzz", set()),
])
def test_order_search_by_number_email_name_or_sku(database, shop, text, expected):
    rows, _ = all_pages(database, ORDERS, PageRequest("placed_at", True, search=text))
    assert {r[1] for r in rows} == expected


def test_order_filters(database, shop):
    def numbers(flt):
        rows, _ = all_pages(database, ORDERS, PageRequest("placed_at", True, filter=flt))
        return {r[1] for r in rows}

    refunded_or_cancelled = TableFilter(statuses=frozenset({"cancelled", "refunded"}))
    assert numbers(refunded_or_cancelled) == {"E-2002", "#1003"}
    assert numbers(TableFilter(account_ids=frozenset({shop.etsy}))) == {"E-2001", "E-2002"}
    assert numbers(TableFilter(countries=frozenset({"JP"}))) == {"#1004"}
    assert numbers(TableFilter(currencies=frozenset({"EUR"}))) == {"#1001", "#1002"}
    assert numbers(TableFilter(since=NOW - timedelta(days=6), until=NOW - timedelta(days=4))) == {
        "E-2001"}
    with database.read_session() as session:
        assert ORDERS.count(session, PageRequest("placed_at", filter=TableFilter(
            currencies=frozenset({"USD"})))) == 3


@pytest.mark.parametrize("descending", [False, True])
def test_customers_without_orders_come_last_whichever_way(database, shop, descending):
    with database.session() as s:  # a customer who never ordered: no first/last order date
        from seller_desk.store.models import Customer
        s.add(Customer(name="Dora", name_key="dora", email="dora@example.fr", country="FR",
                       created_at=NOW))
    rows, pages = all_pages(database, CUSTOMERS, PageRequest("last_order", descending, limit=1))
    names = [r[1] for r in rows]
    assert names[-2:] in (["陈静", "Dora"], ["Dora", "陈静"])
    expected_first = "Bob Smith" if descending else "Anna Müller"
    assert names[0] == expected_first
    assert len(set(names)) == 4 and pages == 4


def test_customer_totals_and_search(database, shop):
    with database.read_session() as session:
        rows, _ = CUSTOMERS.page(session, PageRequest("spent", True))
        by_name = {r[1]: r for r in rows}
        # Anna: 4000 + 2000 EUR at 1.1 -> 4400 + 2200; Bob: only the paid 5000 counts.
        assert by_name["Anna Müller"][6:8] == (2, 6600)
        assert by_name["Bob Smith"][6:8] == (1, 5000)
        assert by_name["陈静"][6:8] == (0, 0)
        found, _ = CUSTOMERS.page(session, PageRequest("name", search="+49 30 123"))
        assert [r[1] for r in found] == ["Anna Müller"]
        found, _ = CUSTOMERS.page(session, PageRequest("name", search="陈"))
        assert [r[1] for r in found] == ["陈静"]


def test_listings_sorts_and_filters(database, shop):
    with database.read_session() as session:
        rows, _ = LISTINGS.page(session, PageRequest("offers", True))
        assert [(r[1], r[6]) for r in rows] == [("LAMP-RED", 1), ("MUG-01", 0)]
        rows, _ = LISTINGS.page(session, PageRequest("sku", filter=TableFilter(
            account_ids=frozenset({shop.shopify}))))
        assert [r[1] for r in rows] == ["LAMP-RED"]
        rows, _ = LISTINGS.page(session, PageRequest("sku", search="celadon"))
        assert [r[1] for r in rows] == ["MUG-01"]
        with pytest.raises(ValueError, match="cannot sort by"):
            LISTINGS.page(session, PageRequest("colour"))


@pytest.mark.parametrize("text", ["#100", "anna@", "bob sm", "mug", "zzz"])
def test_broad_search_path_finds_the_same_rows_as_the_narrow_one(database, shop, text,
                                                                 monkeypatch):
    from seller_desk.store.queries import tables

    narrow, _ = all_pages(database, ORDERS, PageRequest("total_base", True, search=text))
    monkeypatch.setattr(tables, "NARROW_SEARCH", 1)  # every search now walks the sort order
    broad, _ = all_pages(database, ORDERS, PageRequest("total_base", True, search=text))
    assert broad == narrow
