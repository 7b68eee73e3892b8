import pytest

from seller_desk.domain.errors import NotFoundError
from seller_desk.domain.money import Money
from seller_desk.domain.paging import PageRequest
from seller_desk.services.customer_profile import CustomerProfiles, EventKind
from seller_desk.services.listings import ListingsService
from seller_desk.services.orders import OrdersService
from tests.factories import make_shop


def test_order_rows_and_detail_carry_money_in_both_currencies(database):
    shop = make_shop(database)
    orders = OrdersService(database)
    page = orders.table.page(PageRequest("number"))
    first = page.rows[0]
    assert (first.number, first.total, first.total_base) == (
        "#1001", Money(4000, "EUR"), Money(4400, "USD"))
    detail = orders.detail(shop.orders["E-2001"])
    assert [(ln.sku, ln.quantity, ln.total) for ln in detail.lines] == [
        ("LAMP-RED", 1, Money(2000, "USD")), ("MUG-01", 1, Money(3000, "USD"))]
    assert detail.row.account == "Etsy Shop" and str(detail.rate_to_base) == "1"
    with pytest.raises(NotFoundError):
        orders.detail(999_999)


def test_customer_file_lists_orders_newest_first(database):
    shop = make_shop(database)
    file = CustomerProfiles(database).file(shop.customers["bob"])
    orders = [e.title for e in file.timeline if e.kind is EventKind.ORDER]
    assert orders == ["E-2002", "E-2001", "#1003"]
    assert file.profile.spent == Money(5000, "USD")
    assert {i.account for i in file.profile.identities} == {"Main Shopify", "Etsy Shop"}


def test_listing_detail_shows_offers(database):
    shop = make_shop(database)
    detail = ListingsService(database).detail(shop.listings["lamp"])
    assert [(o.account, o.price) for o in detail.offers] == [("Main Shopify", Money(1999, "USD"))]
    assert detail.row.cost == Money(1500, "CNY")
