"""People the demo shop knows twice (one buyer in two stores) and buyers a marketplace hides."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from seller_desk.domain.identity import TRUNK_PREFIXES, phone_key
from seller_desk.services.demo.people import MAIL_DOMAINS, Customers
from seller_desk.services.demo.places import COUNTRIES
from seller_desk.services.demo.storefront import ETSY

# About one customer in 200 (at least 10) also bought from another store under another record.
TWIN_SHARE = 0.005
MIN_TWINS = 10
# Etsy withholds some buyers' details: no e-mail, no phone, a name like "J***n".
HIDING_STORE = ETSY
MASKED_SHARE = 0.01
MIN_MASKED = 8
SHARED_PLACEHOLDER = "J***n"
EMAIL, PHONE, NAME_POSTCODE = "email", "phone", "name_postcode"


@dataclass(frozen=True)
class LookAlikes:
    """Customer numbers: (kept record, second record, what they share), and the masked buyers."""

    twins: list[tuple[int, int, str]]
    masked: list[int]

    def special(self) -> set[int]:
        return {n for a, b, _ in self.twins for n in (a, b)} | set(self.masked)


def national_phone(phone: str, country: str) -> str:
    """How a buyer writes their own number at home: "+49 151 2345678" -> "0151 2345678"."""
    code, _, rest = phone.removeprefix("+").partition(" ")
    digits = rest.replace(" ", "")
    trunk = TRUNK_PREFIXES.get(code, "")
    writings = [f"({digits[:3]}) {digits[3:6]}-{digits[6:]}" if code == "1" else
                f"{trunk if trunk == '0' else ''}{rest}", f"00{code} {rest}"]
    same = phone_key(phone, country)
    # The first writing the matching rules read as the same number; else keep the original.
    return next((w for w in writings if phone_key(w, country) == same), phone)


def plant_look_alikes(people: Customers, seed: int) -> LookAlikes:
    """Mask some buyers of the hiding store, then copy some people into a second record."""
    rng = np.random.default_rng([seed, 8])
    masked = _mask(people, rng)
    n = len(people.names)
    wanted = max(min(MIN_TWINS, n // 10), round(n * TWIN_SHARE))  # people with two records
    by_country: dict[int, np.ndarray] = {}
    countries = np.array(people.countries, dtype=np.int64)
    used = set(masked)
    twins: list[tuple[int, int, str]] = []
    people_twice = 0
    for second in rng.permutation(n).tolist():
        if people_twice >= wanted:
            break
        if second in used:
            continue
        where = people.countries[second]
        pool = by_country.get(where)
        if pool is None:
            pool = by_country[where] = np.flatnonzero(countries == where)
        first = _partner(people, rng, pool, second, used)
        if first is None:
            continue
        has_postcode = bool(people.postcodes[first].strip())
        draw = rng.random()
        how = EMAIL if draw < 0.4 or not has_postcode else PHONE if draw < 0.7 else NAME_POSTCODE
        _copy(people, first, second, how)
        used.update((first, second))
        twins.append((first, second, how))
        people_twice += 1
        if how == EMAIL and len(twins) % 4 == 1:
            # Now and then the same person turns up in all three stores.
            third = _partner(people, rng, pool, second, used, also_not=int(people.home[first]))
            if third is not None:
                _copy(people, first, third, PHONE)
                used.add(third)
                twins.append((first, third, PHONE))
    return LookAlikes(twins, masked)


def _mask(people: Customers, rng: np.random.Generator) -> list[int]:
    hidden = np.flatnonzero(people.home == HIDING_STORE)
    count = min(hidden.size, max(MIN_MASKED, round(hidden.size * MASKED_SHARE)))
    chosen = sorted(rng.choice(hidden, size=count, replace=False).tolist())
    for i, number in enumerate(chosen):
        given = people.given[number]
        # A third of them share one placeholder: the very case merges must not fall for.
        people.names[number] = (SHARED_PLACEHOLDER if i % 3 == 0 or len(given) < 3
                                else f"{given[0]}***{given[-1]}")
        people.emails[number] = ""
        people.phones[number] = ""
    return chosen


def _partner(people: Customers, rng: np.random.Generator, pool: np.ndarray, number: int,
             used: set[int], also_not: int = -1) -> int | None:
    """Another customer of the same country who first bought from another store."""
    home = int(people.home[number])
    for pick in rng.integers(0, pool.size, 12).tolist():
        other = int(pool[pick])
        if other != number and other not in used and int(people.home[other]) not in (
                home, also_not):
            return other
    return None


def _copy(people: Customers, first: int, second: int, how: str) -> None:
    """Make `second` the same person as `first`, sharing what `how` says and little else."""
    country = COUNTRIES[people.countries[first]].code
    people.names[second] = people.names[first]
    people.given[second] = people.given[first]
    people.languages[second] = people.languages[first]
    local = people.emails[first].partition("@")[0].rstrip("0123456789")
    if how == EMAIL:
        people.emails[second] = people.emails[first]
        return
    # Another address of theirs: the same name, a number of its own, another provider.
    domain = MAIL_DOMAINS[(MAIL_DOMAINS.index(people.emails[first].partition("@")[2]) + 1) % 3]
    people.emails[second] = f"{local}.{second + 1}@{domain}"
    if how == PHONE:
        people.phones[second] = national_phone(people.phones[first], country)
    else:
        people.cities[second] = people.cities[first]
        people.postcodes[second] = people.postcodes[first]
        people.addresses[second] = people.addresses[first]
