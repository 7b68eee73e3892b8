"""The Listings table query: first picture, price alerts, and search by tag."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.store.models import Listing, ListingImage
from seller_desk.store.queries import tables
from seller_desk.store.queries.listings import LISTINGS
from tests.factories import make_shop


@pytest.fixture
def shop(database):
    shop = make_shop(database)
    now = datetime.now(UTC)
    with database.session() as session:
        session.add_all([
            ListingImage(listing_id=shop.listings["lamp"], position=1, file_name="b.png",
                         added_at=now),
            ListingImage(listing_id=shop.listings["lamp"], position=0, file_name="a.png",
                         added_at=now),
        ])
        session.execute(update(Listing).where(Listing.id == shop.listings["mug"])
                        .values(price_alert=True, tags="Kitchen, 100% stoneware"))
    return shop


def skus(database, request: PageRequest) -> list[str]:
    with database.read_session() as session:
        rows, _ = LISTINGS.page(session, request)
        return [row[1] for row in rows]


def test_rows_carry_the_alert_and_first_picture(database, shop):
    with database.read_session() as session:
        rows, _ = LISTINGS.page(session, PageRequest("sku"))
    assert [(r[1], r[9], r[10]) for r in rows] == [("LAMP-RED", False, "a.png"),
                                                   ("MUG-01", True, None)]


def test_prices_to_check_filter_and_sort(database, shop):
    assert skus(database, PageRequest("sku", filter=TableFilter(price_alert=True))) == ["MUG-01"]
    assert skus(database, PageRequest("sku", filter=TableFilter(price_alert=False))) == [
        "LAMP-RED"]
    assert skus(database, PageRequest("alert", descending=True)) == ["MUG-01", "LAMP-RED"]
    assert TableFilter(price_alert=False)
    with database.read_session() as session:
        assert LISTINGS.count(session, PageRequest("sku", filter=TableFilter(
            price_alert=True))) == 1


@pytest.mark.parametrize(("text", "found"), [
    ("kitch", ["MUG-01"]), ("STONE", []), ("100%", ["MUG-01"]), ("100_", []),
    ("lamp", ["LAMP-RED"]), ("red", ["LAMP-RED"]),
])
def test_search_matches_tag_starts_too(database, shop, text, found):
    assert skus(database, PageRequest("sku", search=text)) == found


def test_broad_search_path_still_matches_tags(database, shop, monkeypatch):
    monkeypatch.setattr(tables, "NARROW_SEARCH", 0)
    assert skus(database, PageRequest("sku", search="kitchen")) == ["MUG-01"]
    assert skus(database, PageRequest("sku", search="mug")) == ["MUG-01"]
