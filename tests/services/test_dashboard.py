from seller_desk.domain.money import Money
from seller_desk.services.dashboard import DashboardService, change_ratio
from tests.factories import NOW, make_shop


def test_figures_match_the_hand_made_shop(database):
    make_shop(database)
    figures = DashboardService(database).figures(now=NOW)
    now, before = figures.current, figures.previous
    # Last 30 days: #1002 (2000 EUR @1.1 = 2200 USD) and E-2001 (5000); E-2002 cancelled.
    assert (now.revenue, now.orders) == (Money(7200, "USD"), 2)
    assert now.average_order == Money(3600, "USD")
    # Anna first bought 62 days ago (returning); Bob's first counted order is E-2001 (new).
    assert (now.new_customers, now.returning_customers) == (1, 1)
    # 30-60 days ago: #1004 (3000 JPY @0.0066 = 20 USD) by a guest; #1003 refunded.
    assert (before.revenue, before.orders) == (Money(20, "USD"), 1)
    assert (before.new_customers, before.returning_customers) == (0, 0)
    top = [(t.sku, t.units, t.revenue.minor) for t in figures.top_listings]
    # E-2001 splits 5000 into 2000 + 3000; #1002's mug is 2200 in USD.
    assert top == [("MUG-01", 2, 5200), ("LAMP-RED", 1, 2000)]


def test_empty_shop_has_no_figures_and_no_division_by_zero(database):
    figures = DashboardService(database).figures(now=NOW)
    assert figures.current.orders == 0 and figures.current.average_order is None
    assert figures.top_listings == ()
    assert change_ratio(5, 0) is None and change_ratio(15, 10) == 0.5
