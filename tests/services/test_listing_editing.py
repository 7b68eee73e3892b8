"""Creating, changing, copying and archiving listings, with offers priced at the stored rate."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from seller_desk.domain.errors import KnownError, NotFoundError
from seller_desk.domain.fx import DayRates
from seller_desk.domain.listing_rules import ListingDraft, ListingRejected, OfferDraft
from seller_desk.services.listings import ListingsService
from seller_desk.store.models import ChannelOffer, Listing
from seller_desk.store.queries.fx import store_rates
from tests.factories import make_shop


@pytest.fixture
def shop(database):
    return make_shop(database)


@pytest.fixture
def service(database, tmp_path):
    return ListingsService(database, tmp_path / "images")


def draft(sku: str = "VASE-01", **changes) -> ListingDraft:
    base = ListingDraft(sku=sku, title="Blue vase", cost_minor=3000, cost_currency="CNY",
                        weight_grams=800, hs_code="6913.10", origin_country="CN",
                        stock_on_hand=5, tags="vase, blue")
    return replace(base, **changes)


def rates(database, day: date, **per_eur: str) -> None:
    with database.session() as session:
        store_rates(session, [DayRates(day, {k: Decimal(v) for k, v in per_eur.items()}, "ecb")],
                    datetime.now(UTC))


def offers_of(database, listing_id: int) -> dict[tuple[int, str], ChannelOffer]:
    with database.read_session() as session:
        found = session.scalars(select(ChannelOffer).where(ChannelOffer.listing_id == listing_id))
        return {(o.account_id, o.currency): o for o in found}


def test_create_and_read_back(database, shop, service):
    new_id = service.create(draft(offers=(OfferDraft(shop.etsy, "usd", "E-1", "", 4999, 2),)))
    detail = service.detail(new_id)
    assert (detail.row.sku, detail.hs_code, detail.origin, detail.tags) == (
        "VASE-01", "691310", "CN", "vase, blue")
    (offer,) = detail.offers
    assert (offer.market, offer.price.minor, offer.quantity_buffer) == ("Etsy Shop · USD", 4999, 2)
    start = service.start_edit(new_id)
    assert start.draft.offers[0].external_id == "E-1" and start.updated_at == detail.row.updated_at


def test_sku_is_unique_whatever_the_case(shop, service):
    with pytest.raises(ListingRejected) as caught:
        service.create(draft("lamp-red"))
    assert [p.field for p in caught.value.problems] == ["sku"]
    assert "lamp-red" in str(caught.value)
    assert service.sku_taken("Lamp-Red")
    assert not service.sku_taken("LAMP-RED", shop.listings["lamp"])


def test_bad_drafts_are_refused_field_by_field(shop, service):
    with pytest.raises(ListingRejected) as caught:
        service.create(draft("A B", cost_minor=-1, origin_country="ZZ",
                             offers=(OfferDraft(999, "USD", price_minor=100),)))
    assert [p.field for p in caught.value.problems] == ["sku", "cost", "origin"]
    with pytest.raises(ListingRejected) as caught:
        service.create(draft(offers=(OfferDraft(999, "USD", price_minor=100),)))
    assert [p.field for p in caught.value.problems] == ["offers.0.account"]


def test_update_refuses_a_listing_changed_elsewhere(database, shop, service):
    lamp = shop.listings["lamp"]
    start = service.start_edit(lamp)
    with database.session() as session:
        session.execute(update(Listing).where(Listing.id == lamp).values(
            updated_at=datetime.now(UTC)))
    with pytest.raises(KnownError, match="changed elsewhere"):
        service.update(lamp, replace(start.draft, title="Mine"), start.updated_at)
    assert service.detail(lamp).row.title == "Red paper lamp"
    fresh = service.start_edit(lamp)
    service.update(lamp, replace(fresh.draft, title="Mine"), fresh.updated_at)
    assert service.detail(lamp).row.title == "Mine"
    with pytest.raises(NotFoundError):
        service.update(10_000, fresh.draft, None)


def test_price_change_stamps_the_time_and_stored_rate(database, shop, service):
    today = datetime.now(UTC).date()
    rates(database, today - timedelta(days=1), USD="1.08", CNY="7.80", GBP="0.86")
    offers = (OfferDraft(shop.shopify, "USD", price_minor=999),
              OfferDraft(shop.shopify, "GBP", price_minor=899),
              OfferDraft(shop.etsy, "CNY", price_minor=7000),
              OfferDraft(shop.etsy, "TWD", price_minor=50000))
    new_id = service.create(draft(offers=offers))
    held = offers_of(database, new_id)
    assert held[shop.shopify, "USD"].price_rate == Decimal("1.08") / Decimal("7.80")
    assert held[shop.shopify, "GBP"].price_rate == Decimal("0.86") / Decimal("7.80")
    assert held[shop.etsy, "CNY"].price_rate == 1
    assert held[shop.etsy, "TWD"].price_rate is None  # no stored rate: never a made-up one
    assert all(o.price_set_at is not None for o in held.values())

    start = service.start_edit(new_id)
    rates(database, today, USD="1.20", CNY="7.80")
    kept = (*start.draft.offers[1:3], replace(start.draft.offers[0], price_minor=1099))
    service.update(new_id, replace(start.draft, offers=kept, stock_on_hand=9), start.updated_at)
    after = offers_of(database, new_id)
    assert set(after) == {(shop.shopify, "USD"), (shop.shopify, "GBP"), (shop.etsy, "CNY")}
    assert after[shop.shopify, "USD"].price_rate == Decimal("1.20") / Decimal("7.80")
    assert after[shop.shopify, "GBP"].price_rate == held[shop.shopify, "GBP"].price_rate
    assert after[shop.shopify, "GBP"].price_set_at == held[shop.shopify, "GBP"].price_set_at


def test_a_new_cost_currency_restamps_every_rate(database, shop, service):
    rates(database, datetime.now(UTC).date(), USD="1.10", CNY="7.70")
    new_id = service.create(draft(offers=(OfferDraft(shop.shopify, "USD", price_minor=999),)))
    start = service.start_edit(new_id)
    service.update(new_id, replace(start.draft, cost_currency="USD", cost_minor=400),
                   start.updated_at)
    assert offers_of(database, new_id)[shop.shopify, "USD"].price_rate == 1


def test_repricing_every_offer_clears_the_alert(database, shop, service):
    lamp = shop.listings["lamp"]
    with database.session() as session:
        session.execute(update(Listing).where(Listing.id == lamp).values(price_alert=True))
        session.execute(update(ChannelOffer).where(ChannelOffer.listing_id == lamp)
                        .values(price_rate=Decimal("0.13")))
    start = service.start_edit(lamp)
    service.update(lamp, replace(start.draft, title="Lamp"), start.updated_at)
    assert service.detail(lamp).price_alert  # no price changed: the alert stands
    start = service.start_edit(lamp)
    repriced = tuple(replace(o, price_minor=o.price_minor + 100) for o in start.draft.offers)
    service.update(lamp, replace(start.draft, offers=repriced), start.updated_at)
    assert not service.detail(lamp).price_alert


def test_duplicate_suggests_a_free_sku_and_drops_marketplace_ids(shop, service):
    lamp = shop.listings["lamp"]
    start = service.start_edit(lamp)
    service.update(lamp, replace(start.draft, offers=(
        replace(start.draft.offers[0], external_id="SHOP-77"),)), start.updated_at)
    copy = service.duplicate(lamp)
    assert copy.sku == "LAMP-RED-COPY" and copy.offers[0].external_id == ""
    assert copy.offers[0].price_minor == 1999 and copy.title == "Red paper lamp"
    service.create(copy)
    again = service.start_duplicate(lamp)
    assert again.listing_id is None and again.draft.sku == "LAMP-RED-COPY2"


def test_archive_and_bring_back(shop, service):
    ids = list(shop.listings.values())
    assert service.set_archived(ids, True) == 2
    assert service.set_archived(ids, True) == 0
    assert service.detail(ids[0]).row.archived
    assert service.set_archived(ids[:1], False) == 1


def test_variant_groups(shop, service):
    parent = service.create(draft("TEE"))
    small = service.create(draft("TEE-S", parent_sku="tee"))
    large = service.create(draft("TEE-L", parent_sku="TEE"))
    assert service.detail(small).parent_sku == "TEE"  # the parent's own spelling
    assert [(v.sku, v.role) for v in service.variants(small)] == [
        ("TEE", "parent"), ("TEE-L", "sibling")]
    assert [(v.sku, v.role) for v in service.variants(parent)] == [
        ("TEE-L", "child"), ("TEE-S", "child")]
    assert [v.id for v in service.variant_group("", "TEE")] == [parent, large, small]
    assert service.variants(shop.listings["mug"]) == ()


def test_start_new_offers_accounts_and_countries(shop, service):
    start = service.start_new()
    assert start.draft.cost_currency == "USD" and start.listing_id is None
    assert [a.name for a in start.accounts] == ["Etsy Shop", "Main Shopify"]
    assert {"CN", "DE", "US"} <= start.countries and "ZZ" not in start.countries
