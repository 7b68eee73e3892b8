"""The demo's customers: a name, e-mail, phone and address that fit the country they live in."""

from __future__ import annotations

import string
from dataclasses import dataclass

import numpy as np

from seller_desk.services.demo.names import NAMES
from seller_desk.services.demo.places import COUNTRIES, Country
from seller_desk.services.demo.schedule import LANGUAGES, Schedule

_MAIL_DOMAINS = ("example.com", "example.net", "example.org")
_LETTERS = string.ascii_uppercase
# Where the postcode goes on the one-line address: after the city in these countries.
_CITY_FIRST = frozenset({"US", "CA", "GB", "AU", "NZ", "SG", "KR"})


class Pattern:
    """A phone number or postcode shape: '#' any digit, '%' a digit 2-9, '@' a capital letter.

    Filled from a string of random digits, so one vectorised draw serves a whole customer.
    """

    def __init__(self, text: str) -> None:
        self.parts: list[tuple[str, int, int]] = []  # (literal before, digits taken, kind)
        literal = ""
        used = 0
        for ch in text:
            if ch == "#" and self.parts and not literal and self.parts[-1][2] == 0:
                before, width, _ = self.parts[-1]
                self.parts[-1] = (before, width + 1, 0)
            elif ch in "#%@":
                self.parts.append((literal, 1 if ch != "@" else 2, "#%@".index(ch)))
                literal = ""
            else:
                literal += ch
            used += ch == "#" or ch == "%" or 2 * (ch == "@")
        self.tail = literal
        self.width = used

    def fill(self, digits: str) -> str:
        out = []
        at = 0
        for before, width, kind in self.parts:
            out.append(before)
            if kind == 0:
                out.append(digits[at : at + width])
            elif kind == 1:
                out.append("23456789"[int(digits[at]) % 8])
            else:
                out.append(_LETTERS[int(digits[at : at + 2]) % 26])
            at += width
        out.append(self.tail)
        return "".join(out)


@dataclass
class _CountryKit:
    country: Country
    phone: Pattern
    cities: list[tuple[str, Pattern]]
    stores: np.ndarray


@dataclass
class Customers:
    """What orders copy from their customer, by customer number, and the rows to insert."""

    names: list[str]
    name_keys: list[str]
    emails: list[str]
    countries: list[int]
    addresses: list[str]
    home: np.ndarray  # index of the account each customer first bought from
    currency: list[str]


def _kits() -> list[_CountryKit]:
    kits = []
    for country in COUNTRIES:
        stores = np.cumsum(country.stores)
        kits.append(_CountryKit(
            country, Pattern(country.phone),
            [(city, Pattern(postcode)) for city, postcode in country.cities], stores / stores[-1],
        ))
    return kits


def make_customers(schedule: Schedule, seed: int) -> tuple[Customers, list[tuple[object, ...]]]:
    """Every customer of `schedule`, and their table rows (id, account and time set later)."""
    rng = np.random.default_rng([seed, 3])
    kits = _kits()
    n = schedule.customers
    country = schedule.country
    draws = rng.random((n, 6))
    # Random digits for phone numbers, postcodes and house numbers: 36 per customer.
    digits = [f"{a:018d}{b:018d}" for a, b in rng.integers(0, 10**18, (n, 2)).tolist()]

    def pick(column: int, sizes: list[int]) -> list[int]:
        return (draws[:, column] * np.array(sizes)[country]).astype(np.int64).tolist()

    names_of = [NAMES[kit.country.code] for kit in kits]
    given = pick(0, [len(names.given) for names in names_of])
    family = pick(1, [len(names.family) for names in names_of])
    in_script = (draws[:, 2] < np.array([names.script_share for names in names_of])[country])
    style = (draws[:, 3] * 12).astype(np.int64).tolist()
    city = pick(4, [len(kit.cities) for kit in kits])
    street = pick(5, [len(kit.country.streets) for kit in kits])
    home = np.empty(n, dtype=np.int64)
    store_draw = rng.random(n)
    for index, kit in enumerate(kits):
        mask = country == index
        home[mask] = np.minimum(np.searchsorted(kit.stores, store_draw[mask], side="right"), 2)
    countries = country.tolist()
    people = Customers([], [], [], countries, [], home, [])
    rows: list[tuple[object, ...]] = []
    languages = [LANGUAGES[i] for i in schedule.language.tolist()]
    for number, (where, g, f, script, mail, c, st, random_digits) in enumerate(zip(
            countries, given, family, in_script.tolist(), style, city, street, digits,
            strict=True)):
        kit = kits[where]
        spec = kit.country
        names = names_of[where]
        first_name, last_name = names.given[g], names.family[f]
        name = names.full(first_name, last_name, script)
        local = (f"{first_name.email}.{last_name.email}" if mail < 6 else
                 f"{first_name.email[0]}{last_name.email}" if mail < 9 else
                 f"{last_name.email}.{first_name.email}")
        email = f"{local}{number + 1}@{_MAIL_DOMAINS[mail % 3]}"
        phone = kit.phone.fill(random_digits)
        town, postcode_pattern = kit.cities[c]
        postcode = postcode_pattern.fill(random_digits[16:])
        line = spec.address.format(
            n=int(random_digits[28:30]) * 2 + 1, m=int(random_digits[30:32]) % 30 + 1,
            k=int(random_digits[32:34]) % 20 + 1, street=spec.streets[st],
        )
        place = f"{town} {postcode}" if spec.code in _CITY_FIRST else f"{postcode} {town}"
        name_key = name.casefold()
        people.names.append(name)
        people.name_keys.append(name_key)
        people.emails.append(email)
        people.addresses.append(f"{line}, {place.strip()}, {spec.code}")
        people.currency.append(spec.currency)
        rows.append((
            name, name_key, email, phone, phone.replace(" ", "").lstrip("+"), spec.code,
            languages[number], spec.currency, town, postcode,
        ))
    return people, rows
