"""What the shop keeps on each demo customer beyond contact: match keys, consent, tags, ids."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from seller_desk.domain.identity import MatchKeys, match_keys
from seller_desk.services.demo.people import Customers
from seller_desk.services.demo.places import COUNTRIES
from seller_desk.services.demo.schedule import Schedule
from seller_desk.services.demo.storefront import ETSY, SHOPIFY, WOOCOMMERCE
from seller_desk.services.demo.window import DAY_S, DemoWindow

# Customer tags and the share of customers that carry each (VIP: of the frequent buyers).
VIP_ORDERS = 12
TAG_SHARES = (("wholesale", 0.004), ("gift buyer", 0.012), ("influencer", 0.001))
# Marketing consent as each store reports it: (yes, no); the rest never said. Etsy rarely does.
CONSENT = {SHOPIFY: (0.42, 0.55), WOOCOMMERCE: (0.35, 0.6), ETSY: (0.12, 0.18)}
_SAMPLE_EVERY = 499
_PROBE_POSTCODE = "12345"


@dataclass(frozen=True)
class MatchColumns:
    email: list[str]
    phone: list[str]
    name_postcode: list[str]
    masked: list[bool]


@dataclass(frozen=True)
class Profiles:
    keys: MatchColumns
    consent: list[str]
    consent_seconds: np.ndarray  # seconds into the window, -1 where the customer never said
    tags: list[str]


def make_profiles(people: Customers, schedule: Schedule, window: DemoWindow, seed: int,
                  exact: Iterable[int]) -> Profiles:
    rng = np.random.default_rng([seed, 9])
    n = schedule.customers
    consent_draw, changed_draw, later = rng.random((3, n))
    yes = np.array([CONSENT[store][0] for store in range(3)])[people.home]
    no = np.array([CONSENT[store][1] for store in range(3)])[people.home]
    consent = np.where(consent_draw < yes, "yes", np.where(consent_draw < yes + no, "no", ""))
    # Consent is given at the first checkout; one in ten changed their mind since.
    end = window.days * DAY_S - 1
    seconds = schedule.first_seconds + np.where(
        changed_draw < 0.1, (later * (end - schedule.first_seconds)).astype(np.int64), 0)
    seconds = np.where(consent == "", -1, np.minimum(seconds, end))
    return Profiles(match_columns(people, exact), consent.tolist(), seconds,
                    _tags(schedule, rng))


def match_columns(people: Customers, exact: Iterable[int]) -> MatchColumns:
    """Every customer's match keys, as domain.identity.match_keys computes them.

    Calling it for a quarter of a million customers costs seconds; the demo's own details are
    well-formed (international phone numbers, ASCII postcodes and addresses), so a twin that
    reads them directly gives the same keys. It is checked against match_keys on the customers
    in `exact` (computed that way in any case), one of every few hundred others and one of each
    town; if any differ, every customer goes through match_keys.
    """
    codes = [COUNTRIES[c].code for c in people.countries]
    # Name + postcode keys read "<name words>|<postcode>": the words part once per name.
    words = {name: match_keys("", "", "", name, _PROBE_POSTCODE).name_postcode.removesuffix(
        "|" + _PROBE_POSTCODE) for name in set(people.names)}
    postcodes = [_compact(postcode) for postcode in people.postcodes]
    quick = MatchColumns(
        list(people.emails), [phone.replace(" ", "").lstrip("+") for phone in people.phones],
        [f"{words[name]}|{place}" if words[name] and place else ""
         for name, place in zip(people.names, postcodes, strict=True)],
        [False] * len(people.names))
    special = set(exact)
    towns = {}
    for number, town in enumerate(zip(people.countries, people.cities, strict=True)):
        towns.setdefault(town, number)
    checked = sorted(special | set(towns.values()) | set(range(0, len(codes), _SAMPLE_EVERY)))
    agrees = True
    for number in checked:
        keys = _exact(people, codes, number)
        agrees &= number in special or (
            keys.email, keys.phone, keys.name_postcode, keys.masked) == (
            quick.email[number], quick.phone[number], quick.name_postcode[number],
            quick.masked[number])
        quick.email[number], quick.phone[number] = keys.email, keys.phone
        quick.name_postcode[number], quick.masked[number] = keys.name_postcode, keys.masked
    if agrees:
        return quick
    every = [_exact(people, codes, number) for number in range(len(codes))]
    return MatchColumns([k.email for k in every], [k.phone for k in every],
                        [k.name_postcode for k in every], [k.masked for k in every])


def look_alike_count(keys: MatchColumns) -> int:
    """Customers the merge suggestions offer: unmasked, sharing a match key with another."""
    shared = [False] * len(keys.masked)
    for column in (keys.email, keys.phone, keys.name_postcode):
        seen = Counter(key for key, masked in zip(column, keys.masked, strict=True)
                       if key and not masked)
        for number, (key, masked) in enumerate(zip(column, keys.masked, strict=True)):
            if key and not masked and seen[key] > 1:
                shared[number] = True
    return sum(shared)


def _exact(people: Customers, codes: list[str], number: int) -> MatchKeys:
    return match_keys(people.emails[number], people.phones[number], codes[number],
                      people.names[number], people.postcodes[number])


def _compact(postcode: str) -> str:
    """A postcode as the name + postcode key holds it; "" where it places no one."""
    compact = postcode.replace(" ", "").replace("-", "").upper()
    if not compact.isalnum():
        compact = "".join(ch for ch in compact if ch.isalnum())
    # At least three characters, one a digit, not one character repeated, not HK's "999077".
    usable = (len(compact) >= 3 and not compact.isalpha() and compact != "999077"
              and compact != compact[0] * len(compact))
    return compact if usable else ""


def _tags(schedule: Schedule, rng: np.random.Generator) -> list[str]:
    n = schedule.customers
    orders = np.bincount(schedule.customer, minlength=n)
    chosen = [(orders >= VIP_ORDERS) & (rng.random(n) < 0.4)]
    chosen += [rng.random(n) < share for _, share in TAG_SHARES]
    names = ("VIP", *(tag for tag, _ in TAG_SHARES))
    tags = [""] * n
    for number in np.flatnonzero(np.any(chosen, axis=0)).tolist():
        tags[number] = ", ".join(tag for tag, on in zip(names, chosen, strict=True)
                                 if on[number])
    return tags
