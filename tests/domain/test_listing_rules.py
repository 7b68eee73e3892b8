"""What a listing must hold to be saved: worked examples and properties of the checks."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seller_desk.domain.listing_rules import (
    ListingDraft,
    ListingRejected,
    OfferDraft,
    check_listing,
    checked,
    clean_listing_tags,
    copy_sku,
    normalise_hs_code,
    normalised,
)
from seller_desk.domain.text import CONTEXT_OF

GOOD = ListingDraft(
    sku="LAMP-RED", title="Red paper lamp", cost_minor=1500, cost_currency="CNY",
    weight_grams=350, hs_code="9405.50", origin_country="cn", stock_on_hand=4,
    tags="paper, Red ,paper", offers=(OfferDraft(1, "USD", price_minor=1999),
                                      OfferDraft(1, "EUR", price_minor=1899)),
)
COUNTRIES = frozenset({"CN", "DE", "US"})


def fields(draft: ListingDraft) -> list[str]:
    return [p.field for p in check_listing(draft, COUNTRIES)]


def test_a_good_listing_has_no_problems_and_is_normalised():
    assert check_listing(GOOD, COUNTRIES) == []
    clean = checked(GOOD, COUNTRIES)
    assert (clean.hs_code, clean.origin_country, clean.tags) == ("940550", "CN", "paper, Red")


@pytest.mark.parametrize(("sku", "ok"), [
    ("LAMP-RED", True), ("a.b/c_d-1", True), ("x" * 64, True), ("Füße-1", True),
    ("", False), ("   ", False), ("x" * 65, False), ("LAMP RED", False), ("LAMP#1", False),
    ("tab\tsku", False),
])
def test_sku_rules(sku, ok):
    assert ("sku" not in fields(replace(GOOD, sku=sku))) is ok


def test_sku_message_shows_the_bad_characters():
    (found,) = check_listing(replace(GOOD, sku="A B#C"), COUNTRIES)
    assert found.field == "sku" and "␣ #" in found.text()


@pytest.mark.parametrize(("change", "field"), [
    ({"title": "  "}, "title"),
    ({"title": "t" * 256}, "title"),
    ({"description": "d" * 4001}, "description"),
    ({"cost_minor": -1}, "cost"),
    ({"cost_minor": 10**16}, "cost"),
    ({"cost_currency": "XXX"}, "cost_currency"),
    ({"weight_grams": -5}, "weight"),
    ({"hs_code": "12345"}, "hs_code"),
    ({"hs_code": "12345678901"}, "hs_code"),
    ({"hs_code": "1234-56"}, "hs_code"),
    ({"hs_code": "١٢٣٤٥٦"}, "hs_code"),  # digits, but not the ASCII ones customs forms take
    ({"origin_country": "ZZ"}, "origin"),
    ({"origin_country": "Germany"}, "origin"),
    ({"stock_on_hand": -1}, "stock"),
    ({"tags": ", ".join(f"tag{i:03d}" for i in range(80))}, "tags"),
    ({"parent_sku": "lamp-red"}, "parent_sku"),
    ({"parent_sku": "A B"}, "parent_sku"),
])
def test_each_field_is_checked(change, field):
    assert fields(replace(GOOD, **change)) == [field]


@pytest.mark.parametrize("hs", ["", "940550", "9405.50.00", "9405 50 0010"])
def test_hs_codes_accepted(hs):
    assert fields(replace(GOOD, hs_code=hs)) == []


def test_offer_rules_name_the_offer_and_field():
    offers = (
        OfferDraft(1, "USD", price_minor=0),
        OfferDraft(1, "usd", price_minor=100, quantity_buffer=-1),
        OfferDraft(2, "ABC", price_minor=100, external_id="e" * 65),
    )
    problems = check_listing(replace(GOOD, offers=offers), COUNTRIES)
    assert [p.field for p in problems] == [
        "offers.0.price", "offers.1.currency", "offers.1.quantity_buffer",
        "offers.2.currency", "offers.2.external_id",
    ]
    assert problems[1].text() == (
        "Offer 2 repeats offer 1: one offer per account and currency.")


def test_same_currency_on_two_accounts_is_fine():
    offers = (OfferDraft(1, "USD", price_minor=100), OfferDraft(2, "USD", price_minor=100))
    assert fields(replace(GOOD, offers=offers)) == []


def test_messages_are_marked_for_translation_under_listings():
    for found in check_listing(replace(GOOD, sku="", title="", cost_minor=-1), COUNTRIES):
        assert CONTEXT_OF[found.message] == "listings"


def test_rejection_carries_every_problem():
    with pytest.raises(ListingRejected) as caught:
        checked(replace(GOOD, sku="", title=""), COUNTRIES)
    assert [p.field for p in caught.value.problems] == ["sku", "title"]
    assert caught.value.item == "sku"


def test_without_a_country_list_any_two_letters_pass():
    assert check_listing(replace(GOOD, origin_country="zz")) == []
    assert [p.field for p in check_listing(replace(GOOD, origin_country="Z1"))] == ["origin"]


def test_copy_skus():
    assert copy_sku("LAMP", set()) == "LAMP-COPY"
    assert copy_sku("LAMP", {"lamp-copy"}) == "LAMP-COPY2"
    assert copy_sku("LAMP-COPY2", {"lamp-copy", "lamp-copy2"}) == "LAMP-COPY3"
    assert len(copy_sku("X" * 64, set())) == 64


def test_tags_are_cleaned():
    assert clean_listing_tags(" red;  paper lamp,RED,, gift ") == "red, paper lamp, gift"


sku_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)


@given(st.builds(ListingDraft, sku=sku_text, title=st.text(max_size=300),
                 description=st.text(max_size=50), parent_sku=sku_text,
                 cost_minor=st.integers(), cost_currency=st.text(max_size=4),
                 weight_grams=st.integers(), hs_code=st.text(max_size=14),
                 origin_country=st.text(max_size=3), stock_on_hand=st.integers(),
                 tags=st.text(max_size=60)))
def test_checking_never_raises_and_a_clean_draft_stays_clean(draft):
    problems = check_listing(draft, COUNTRIES)
    for found in problems:
        assert found.field and found.text()
    if not problems:
        once = normalised(draft)
        assert normalised(once) == once and check_listing(once, COUNTRIES) == []


@given(st.text(alphabet="0123456789", min_size=6, max_size=10),
       st.lists(st.sampled_from([".", " "]), max_size=3))
def test_hs_code_punctuation_never_matters(digits, marks):
    spaced = digits[:4] + "".join(marks) + digits[4:]
    assert normalise_hs_code(spaced) == digits
    assert fields(replace(GOOD, hs_code=spaced)) == []


@given(st.text(alphabet="ABCxyz019-_./", min_size=1, max_size=64),
       st.sets(st.text(alphabet="abc-copy0123456789", max_size=12), max_size=20))
def test_a_copy_sku_is_valid_and_free(sku, taken):
    copy = copy_sku(sku, taken)
    assert copy.casefold() not in taken
    assert fields(replace(GOOD, sku=copy)) == []
