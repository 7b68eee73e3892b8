"""The Orders table's margin column: sorted in SQL, filtered to losses, shown in the detail."""

from __future__ import annotations

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.services.orders import OrdersService
from seller_desk.services.profit import ProfitService
from seller_desk.store.models import Listing
from tests.factories import make_shop
from tests.services.test_profit import add_rates


def test_margin_sorts_filters_and_shows_in_the_detail(database):
    shop = make_shop(database)
    add_rates(database)
    orders = OrdersService(database)
    before = orders.table.page(PageRequest(sort="margin")).rows
    assert [row.margin for row in before] == [None] * 6
    with database.session() as s:
        s.get(Listing, shop.listings["lamp"]).cost_minor = 100_000
    ProfitService(database).cost_orders()
    rows = orders.table.page(PageRequest(sort="margin")).rows
    margins = [row.margin.minor for row in rows]
    assert margins == sorted(margins) and rows[0].negative and rows[0].margin.currency == "USD"
    descending = orders.table.page(PageRequest(sort="margin", descending=True)).rows
    assert [row.margin.minor for row in descending] == sorted(margins, reverse=True)
    losing = PageRequest(sort="placed_at", filter=TableFilter(negative_margin=True))
    assert TableFilter(negative_margin=True) and not TableFilter()
    lost = orders.table.page(losing).rows
    assert {row.number for row in lost} == {"#1001", "E-2001", "E-2002", "#1004"}
    assert all(row.negative for row in lost)
    assert orders.table.count(losing) == 4
    kept = orders.table.page(PageRequest(sort="placed_at",
                                         filter=TableFilter(negative_margin=False))).rows
    assert {row.number for row in kept} == {"#1002", "#1003"}
    detail = orders.detail(shop.orders["E-2001"])
    assert detail.profit is not None and detail.profit.negative and detail.profit.costed
    assert detail.row.margin == detail.profit.margin.base
