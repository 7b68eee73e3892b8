"""The demo's people: one buyer in two stores to merge, hidden buyers never suggested."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from seller_desk.domain.identity import MatchKeys, MatchReason, match_keys
from seller_desk.domain.orders import Marketplace
from seller_desk.services.demo import DemoSummary, generate_demo
from seller_desk.services.demo import profiles as demo_profiles
from seller_desk.services.merges import MergeService
from seller_desk.services.progress import Job
from seller_desk.store.database import Database
from seller_desk.store.models import Customer, CustomerIdentity, MarketplaceAccount, Order
from tests.services.test_demo import rows

TODAY = date(2025, 11, 24)


def make(database: Database, orders: int = 4000) -> DemoSummary:
    return generate_demo(database, Job(), orders=orders, today=TODAY)


def test_some_people_bought_from_two_stores_and_merges_suggest_them(database):
    summary = make(database)
    customers = {c.id: c for c in rows(database, Customer)}
    suggestions = MergeService(database).suggestions()
    assert summary.duplicate_people == sum(len(s.customers) for s in suggestions)
    across = [s for s in suggestions if len({customers[i].account_id for i in s.ids}) > 1]
    assert len(across) >= 10  # at least 10 people, about 1 customer in 200
    assert {reason for s in across for reason in s.reasons} == set(MatchReason)
    assert any(len(s.ids) == 3 for s in across)  # one person in all three stores
    for suggestion in across:
        people = [customers[i] for i in suggestion.ids]
        assert len({c.country for c in people}) == 1 and len({c.name for c in people}) == 1
        if suggestion.reasons == (MatchReason.NAME_POSTCODE,):
            assert len({c.email for c in people}) == len(people)  # another e-mail address
    # The same number written two ways: "+49 151 2345678" at one store, "0151 2345678" at another.
    local = [c for c in customers.values() if c.phone and not c.phone.startswith("+")]
    assert local
    for customer in local:
        assert any(other.phone.startswith("+") and other.phone_match == customer.phone_match
                   for other in customers.values() if other.id != customer.id)


def test_hidden_buyers_are_masked_and_never_suggested(database):
    make(database)
    customers = rows(database, Customer)
    etsy = next(a.id for a in rows(database, MarketplaceAccount)
                if a.marketplace == Marketplace.ETSY)
    masked = [c for c in customers if c.masked]
    assert len(masked) >= 6 and {c.account_id for c in masked} == {etsy}
    assert all(c.email == c.phone == "" and "***" in c.name for c in masked)
    assert all(c.email_key == c.phone_match == c.name_postcode_key == "" for c in masked)
    assert Counter(c.name for c in masked).most_common(1)[0][1] >= 3  # one placeholder, many
    hidden = {c.id for c in masked}
    assert all(not hidden & set(s.ids) for s in MergeService(database).suggestions())
    assert all(o.buyer_email == "" and "***" in o.buyer_name
               for o in rows(database, Order) if o.customer_id in hidden)


def test_match_keys_are_what_the_domain_computes(database):
    make(database)
    for c in rows(database, Customer):
        keys = match_keys(c.email, c.phone, c.country, c.name, c.postcode)
        assert (c.email_key, c.phone_match, c.name_postcode_key, c.masked) == (
            keys.email, keys.phone, keys.name_postcode, keys.masked), c


def test_match_keys_follow_the_domain_when_its_rules_change(database, monkeypatch):
    """The demo's quick reading of its own details is checked; a mismatch means the slow way."""
    def upper_keys(email: str, phone: str, country: str, name: str, postcode: str) -> MatchKeys:
        keys = match_keys(email, phone, country, name, postcode)
        return MatchKeys(keys.email.upper(), keys.phone, keys.name_postcode, keys.masked)

    monkeypatch.setattr(demo_profiles, "match_keys", upper_keys)
    make(database, 600)
    customers = rows(database, Customer)
    assert all(c.email_key == c.email.upper() for c in customers if not c.masked)


def test_customers_have_consent_tags_and_an_identity_at_their_store(database):
    make(database)
    customers = rows(database, Customer)
    consent = Counter(c.marketing_consent for c in customers)
    assert set(consent) == {"yes", "no", ""}
    assert consent["yes"] + consent["no"] > 2 * consent[""] > 0
    assert all((c.consent_changed_at is None) == (c.marketing_consent == "") for c in customers)
    assert all(c.created_at <= c.consent_changed_at for c in customers if c.consent_changed_at)
    tags = Counter(tag for c in customers if c.tags for tag in c.tags.split(", "))
    assert 0.005 < sum(bool(c.tags) for c in customers) / len(customers) < 0.08
    assert {"VIP", "gift buyer", "wholesale"} <= set(tags)
    assert all(c.merged_into_id is None and c.erased_at is None for c in customers)

    identities = rows(database, CustomerIdentity)
    assert [i.customer_id for i in identities] == [c.id for c in customers]
    by_id = {c.id: c for c in customers}
    for identity in identities:
        customer = by_id[identity.customer_id]
        assert (identity.account_id, identity.email, identity.name, identity.created_at) == (
            customer.account_id, customer.email, customer.name, customer.created_at)
    market = {a.id: a.marketplace for a in rows(database, MarketplaceAccount)}
    styles = Counter((market[i.account_id], len(i.external_id) if i.external_id.isdigit()
                      else i.external_id.partition(":")[0]) for i in identities)
    assert {(Marketplace.SHOPIFY, 13), (Marketplace.ETSY, 9), (Marketplace.WOOCOMMERCE, 5),
            (Marketplace.WOOCOMMERCE, "email")} == set(styles)


@pytest.mark.parametrize("orders", [40, 200])
def test_tiny_shops_still_get_their_people(database, orders):
    summary = make(database, orders)
    assert summary.customers == len(rows(database, CustomerIdentity))
    suggested = sum(len(s.customers) for s in MergeService(database).suggestions())
    assert summary.duplicate_people == suggested >= (2 if orders >= 200 else 0)
