"""The demo's customers: a name, e-mail, phone and address that fit the country they live in."""

from __future__ import annotations

import string
from dataclasses import dataclass

import numpy as np

from seller_desk.services.demo.names import NAMES
from seller_desk.services.demo.places import COUNTRIES, Country
from seller_desk.services.demo.schedule import LANGUAGES, Schedule

# Subdomains of the names reserved for examples (RFC 2606): they reach no one, yet unlike the
# bare example.com they are not what marketplaces put for a hidden buyer, so they match.
MAIL_DOMAINS = ("mail.example.com", "post.example.net", "inbox.example.org")
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
    """Every customer's details by customer number; orders copy theirs from here."""

    names: list[str]
    given: list[str]  # the given name in Latin letters
    emails: list[str]
    phones: list[str]
    countries: list[int]  # index into COUNTRIES
    languages: list[str]
    cities: list[str]
    postcodes: list[str]
    addresses: list[str]
    home: np.ndarray  # index of the account each customer first bought from
    currency: list[str]

    @property
    def name_keys(self) -> list[str]:
        return [name.casefold() for name in self.names]

    @property
    def phone_keys(self) -> list[str]:
        return ["".join(ch for ch in phone if ch.isdigit()) for phone in self.phones]


def _kits() -> list[_CountryKit]:
    kits = []
    for country in COUNTRIES:
        stores = np.cumsum(country.stores)
        kits.append(_CountryKit(
            country, Pattern(country.phone),
            [(city, Pattern(postcode)) for city, postcode in country.cities], stores / stores[-1],
        ))
    return kits


def make_customers(schedule: Schedule, seed: int) -> Customers:
    """Every customer of `schedule` (ids, accounts and times are set when they are written)."""
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
    languages = [LANGUAGES[i] for i in schedule.language.tolist()]
    people = Customers([], [], [], [], countries, languages, [], [], [], home, [])
    for number, (where, g, f, script, mail, c, st, random_digits) in enumerate(zip(
            countries, given, family, in_script.tolist(), style, city, street, digits,
            strict=True)):
        kit = kits[where]
        spec = kit.country
        names = names_of[where]
        first_name, last_name = names.given[g], names.family[f]
        local = (f"{first_name.email}.{last_name.email}" if mail < 6 else
                 f"{first_name.email[0]}{last_name.email}" if mail < 9 else
                 f"{last_name.email}.{first_name.email}")
        town, postcode_pattern = kit.cities[c]
        postcode = postcode_pattern.fill(random_digits[16:])
        line = spec.address.format(
            n=int(random_digits[28:30]) * 2 + 1, m=int(random_digits[30:32]) % 30 + 1,
            k=int(random_digits[32:34]) % 20 + 1, street=spec.streets[st],
        )
        people.names.append(names.full(first_name, last_name, script))
        people.given.append(first_name.latin)
        people.emails.append(f"{local}{number + 1}@{MAIL_DOMAINS[mail % 3]}")
        people.phones.append(kit.phone.fill(random_digits))
        people.cities.append(town)
        people.postcodes.append(postcode)
        people.addresses.append(_postal_address(where, line, town, postcode))
        people.currency.append(spec.currency)
    return people


def _postal_address(country: int, line: str, town: str, postcode: str) -> str:
    """The one-line address orders ship to: street, town and postcode in local order, country."""
    spec = COUNTRIES[country]
    place = f"{town} {postcode}" if spec.code in _CITY_FIRST else f"{postcode} {town}"
    return f"{line}, {place.strip()}, {spec.code}"
