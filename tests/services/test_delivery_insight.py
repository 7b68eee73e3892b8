"""Delivery insight from the database: tables, period bounds, carrier names, unknown values."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from seller_desk.services import delivery_insight as service_module
from seller_desk.services.delivery_insight import DeliveryInsight
from seller_desk.store.models import Shipment
from seller_desk.store.queries import delivery_insight as query_module
from tests.factories import NOW, make_shop

DAY = timedelta(days=1)


def parcel(order: int, account: int, number: str, carrier: str, country: str,
           shipped: datetime, days: float | None = None, promised: date | None = None,
           trouble: bool = False) -> Shipment:
    delivered = shipped + timedelta(days=days) if days is not None else None
    return Shipment(order_id=order, account_id=account, carrier=carrier, tracking_number=number,
                    shipped_at=shipped, promised_by=promised, dest_country=country,
                    delivered_at=delivered, had_trouble=trouble,
                    status="Delivered" if delivered else "InTransit", final=bool(delivered),
                    quiet_since=delivered or shipped, created_at=shipped, updated_at=shipped)


def add_parcels(database, order: int, account: int) -> None:
    """UPS to the US twice (4 days on time; 6 days late after trouble), UPS to Germany on its
    way, China Post to Germany in 12 days, a free-text carrier to nowhere known, and a China
    Post parcel to the US long before the others."""
    first, second = NOW - 30 * DAY, NOW - 20 * DAY
    with database.session() as s:
        s.add_all([
            parcel(order, account, "UPS1", "ups", "US", first, 4, first.date() + 5 * DAY),
            parcel(order, account, "UPS2", "ups", "US", second, 6, second.date() + 5 * DAY,
                   trouble=True),
            parcel(order, account, "UPS3", "ups", "DE", NOW - 10 * DAY, None,
                   (NOW - 10 * DAY).date() + 5 * DAY),
            parcel(order, account, "CP1", "china_post", "DE", NOW - 40 * DAY, 12),
            parcel(order, account, "YW1", "Yanwen", "", NOW - 5 * DAY, 3.5),
            parcel(order, account, "CP0", "china_post", "US", NOW - 200 * DAY, 20),
        ])


@pytest.fixture
def insight(database) -> DeliveryInsight:
    shop = make_shop(database)
    add_parcels(database, shop.orders["#1001"], shop.shopify)
    return DeliveryInsight(database)


def test_by_carrier_country_and_route(insight):
    report = insight.compute(NOW - 100 * DAY, NOW)
    ups, yanwen, china_post = report.by_carrier  # most parcels first, then by stored value
    assert (ups.key, ups.shipped, ups.delivered) == ("ups", 3, 2)
    assert ups.median_days == pytest.approx(5.0)
    assert ups.p90_days == pytest.approx(5.8)
    assert ups.on_time_rate == 0.5
    assert ups.exception_share == pytest.approx(1 / 3)
    assert (yanwen.key, china_post.key) == ("Yanwen", "china_post")
    assert china_post.median_days == pytest.approx(12.0) and china_post.on_time_rate is None
    countries = {g.key: (g.shipped, g.delivered) for g in report.by_country}
    assert countries == {"US": (2, 2), "DE": (2, 1), "": (1, 1)}
    assert [g.key for g in report.by_country] == ["DE", "US", ""]  # a tie goes by code
    assert [(g.key, g.shipped) for g in report.by_route] == [
        (("ups", "US"), 2), (("Yanwen", ""), 1), (("china_post", "DE"), 1), (("ups", "DE"), 1)]
    total = report.overall
    assert (total.key, total.shipped, total.delivered) == (None, 5, 4)
    assert total.median_days == pytest.approx(5.0)  # 3.5, 4, 6 and 12 days
    assert total.exception_share == pytest.approx(0.2)


def test_carrier_brand_names(insight):
    report = insight.compute()
    assert report.carrier_names == {"ups": "UPS", "china_post": "China Post",
                                    "Yanwen": "Yanwen"}
    assert report.carrier_name("ups") == "UPS"
    assert report.carrier_name("dhl_express") == "DHL Express"  # not shipped, still named
    assert report.carrier_name("Some courier") == "Some courier"


def test_the_period_starts_inclusive_and_ends_exclusive(insight):
    second = NOW - 20 * DAY
    before = insight.compute(None, second)
    assert before.overall.shipped == 3  # the old China Post parcel, CP1 and UPS1
    assert before.since is None and before.until == second
    after = insight.compute(second, None)
    assert after.overall.shipped == 3  # UPS2 (shipped at exactly `second`), UPS3, YW1
    assert {g.key for g in after.by_carrier} == {"ups", "Yanwen"}
    everything = insight.compute()
    assert everything.overall.shipped == 6
    china = next(g for g in everything.by_carrier if g.key == "china_post")
    assert china.median_days == pytest.approx(16.0)


def test_an_empty_period(insight):
    report = insight.compute(NOW + DAY, NOW + 2 * DAY)
    assert report.by_carrier == report.by_country == report.by_route == ()
    assert report.overall.shipped == 0 and report.overall.median_days is None
    assert report.carrier_names == {}


def test_only_the_busiest_routes_are_kept(insight, monkeypatch):
    monkeypatch.setattr(service_module, "BUSIEST_ROUTES", 2)
    report = insight.compute()
    assert [g.key for g in report.by_route] == [("ups", "US"), ("Yanwen", "")]
    assert len(report.by_carrier) == 3  # the other tables are whole


def test_reading_in_small_chunks_gives_the_same_report(insight, monkeypatch):
    whole = insight.compute()
    monkeypatch.setattr(query_module, "CHUNK", 2)
    assert insight.compute() == whole
