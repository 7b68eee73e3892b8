"""Which demo orders went out as parcels, split how, with which carrier, number, cost and speed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from itertools import chain

import numpy as np
from sqlalchemy import Connection, select

from seller_desk.domain.carriers import Carrier
from seller_desk.services.demo.desk import Desk
from seller_desk.services.demo.labels import EXPRESS_FROM_G, Labels
from seller_desk.services.demo.places import COUNTRIES
from seller_desk.services.demo.shipment_events import town
from seller_desk.services.demo.statuses import DELIVERED, PARTIAL, REFUNDED, SHIPPED
from seller_desk.services.demo.window import DAY_S
from seller_desk.store.models import Order

S10, UPS, FEDEX, DHL, USPS = range(5)  # how a service's numbers are made
INTERNATIONAL, DOMESTIC = range(2)  # routes: through customs, or within one country
H = 3600


@dataclass(frozen=True)
class Service:
    carrier: Carrier
    name: str
    family: int  # whose words its scans use (shipment_events)
    numbers: int  # the number's format
    width: int  # digits of the serial
    head: str = ""  # what comes before the serial in the checked part (shipper, service)
    prefixes: tuple[str, ...] = ()  # S10: service letters, one picked per parcel
    origin: str = "CN"  # S10: the posting country's letters
    express: bool = False
    currency: str = "CNY"  # of its label
    price: float = 1.0  # its label against the usual rate for its kind
    speed: float = 1.0  # post: times the usual days from China; at home: days


SERVICES = (
    Service(Carrier.CHINA_POST, "ePacket", 0, S10, 8, prefixes=("LX", "LK", "LZ")),
    Service(Carrier.CHINA_POST, "Registered Air Mail", 0, S10, 8, prefixes=("RR", "RB", "RP"),
            price=0.9, speed=1.1),
    Service(Carrier.CHINA_POST, "Air Parcel", 0, S10, 8, prefixes=("CP", "CY"), price=1.1,
            speed=1.15),
    Service(Carrier.CHINA_EMS, "EMS", 0, S10, 8, prefixes=("EA", "EE", "EV"), speed=0.65),
    Service(Carrier.DHL_EXPRESS, "Express Worldwide", 1, DHL, 9, express=True, currency="USD"),
    Service(Carrier.UPS, "UPS Saver", 2, UPS, 7, "4V8F2765", express=True, currency="USD",
            price=0.94, speed=1.05),
    Service(Carrier.FEDEX, "International Priority", 3, FEDEX, 10, "7", express=True,
            currency="USD", price=1.03),
    Service(Carrier.USPS, "Ground Advantage", 4, USPS, 11, "9400111899", currency="USD",
            speed=3.2),
    Service(Carrier.ROYAL_MAIL, "Tracked 48", 5, S10, 8, prefixes=("TT",), origin="GB",
            currency="GBP", speed=2.3),
    Service(Carrier.CHINA_EMS, "EMS Domestic", 6, S10, 8, prefixes=("EJ", "EK"), speed=2.8),
)
EPACKET, REGISTERED, AIR_PARCEL, EMS, DHL_X, UPS_X, FEDEX_X, USPS_GA, ROYAL_MAIL, EMS_CN = range(
    len(SERVICES))
ROUTE = np.array([DOMESTIC if s.family >= 4 else INTERNATIONAL for s in SERVICES])
EXPRESS = np.array([s.express for s in SERVICES])
# Parcels from China up to 2 kg, and over it (small-parcel lines stop at 2 kg).
_LIGHT = np.array([0.50, 0.25, 0.07, 0.06, 0.05, 0.04, 0.03, 0, 0, 0])
_HEAVY = np.array([0, 0, 0, 0.15, 0.40, 0.25, 0.20, 0, 0, 0])
_WAREHOUSE = {"US": (USPS_GA, 0.22), "GB": (ROYAL_MAIL, 0.20)}  # light parcels sent locally
SPLIT_SHARE = 0.03  # of orders with several lines: two parcels
# Median days by post from China; Latin America and Oceania are slow, nearby Asia quick.
_POSTAL_DAYS = {"US": 8, "CA": 9.5, "GB": 7, "DE": 8, "FR": 8.5, "ES": 9.5, "IT": 10,
                "NL": 7.5, "PL": 9, "SE": 9, "CH": 9, "AU": 12, "NZ": 12.5, "JP": 5,
                "KR": 5, "TW": 4.5, "HK": 3.5, "SG": 5.5, "MX": 16, "BR": 21, "CN": 3}
_EXPRESS_DAYS = {"AU": 4.5, "NZ": 4.8, "MX": 6, "BR": 6.5, "JP": 2.6, "KR": 2.5, "TW": 2.4,
                 "HK": 2, "SG": 2.6}
# First half kilogram and each further one by express, in US cents, by destination zone.
_EXPRESS_ZONE = {"JP": (1800, 450), "KR": (1800, 450), "TW": (1700, 420), "HK": (1500, 380),
                 "SG": (1800, 450), "AU": (2800, 850), "NZ": (2900, 880), "MX": (3600, 1100),
                 "BR": (3900, 1200)}


@dataclass
class Parcels:
    """One row per parcel (in order id order) and one per order line it carries."""

    order_id: np.ndarray
    account_id: np.ndarray
    fate: np.ndarray  # the order's statuses index
    country: np.ndarray  # index into COUNTRIES
    town: np.ndarray  # the customer's, as carriers print it (object)
    ship: np.ndarray  # window seconds
    service: np.ndarray
    grams: np.ndarray
    cost: np.ndarray
    currency: np.ndarray  # object
    number: np.ndarray  # object
    days: np.ndarray  # how long the carrier takes, in days, as if nothing went wrong
    line_parcel: np.ndarray
    line_id: np.ndarray
    line_quantity: np.ndarray

    @property
    def count(self) -> int:
        return int(self.order_id.size)


def plan_parcels(connection: Connection, desk: Desk, rng: np.random.Generator) -> Parcels:
    """The parcels of every order that went out, in order id order."""
    order_id, account, fate, customer, ship = _orders(connection, desk, rng)
    line_id, line_order, listing, quantity = _table(
        connection, "order_lines", "id, order_id, listing_id, quantity")
    if np.any(line_order[1:] < line_order[:-1]):
        by_order = np.argsort(line_order, kind="stable")
        line_id, line_order, listing, quantity = (
            column[by_order] for column in (line_id, line_order, listing, quantity))
    listed, weight = _table(connection, "listings", "id, weight_grams")
    grams = np.zeros(int(max(listing.max(initial=0), listed.max(initial=0))) + 1, dtype=np.int64)
    grams[listed] = weight
    went = np.flatnonzero(np.isin(fate, (SHIPPED, DELIVERED, REFUNDED, PARTIAL)))
    first = np.searchsorted(line_order, order_id[went])
    lines = np.searchsorted(line_order, order_id[went], side="right") - first
    of, second, parcel, line_at = _split(rng, first, lines)
    of = went[of]
    goods = np.bincount(parcel, weights=grams[listing[line_at]] * quantity[line_at],
                        minlength=of.size).astype(np.int64)
    later = ship[of] + (second * rng.random(of.size) * 2 * DAY_S).astype(np.int64)
    ship = np.where(later < desk.now - H, later, ship[of])
    weight = Labels.parcel_grams(goods)
    country = np.array(desk.people.countries, dtype=np.int64)[customer[of]]
    towns = _towns(desk.people.cities, desk.people.countries)[customer[of]]
    service = _services(rng, country, weight, fate[of], desk.now - ship)
    cost, currency = _costs(service, weight, country)
    return Parcels(order_id[of], account[of], fate[of], country, towns, ship, service, weight,
                   cost, currency, _numbers(rng, service), _days(rng, service, country),
                   parcel, line_id[line_at], quantity[line_at])


def _split(rng: np.random.Generator, first: np.ndarray, lines: np.ndarray
           ) -> tuple[np.ndarray, ...]:
    """Parcels of orders whose lines start at `first`: a few orders with several lines go in
    two, the first lines in one and the rest in the other. Each parcel's order, whether it is
    a second one, and for each line carried its parcel and where it is among the lines."""
    split = (lines > 1) & (rng.random(lines.size) < SPLIT_SHARE)
    of = np.repeat(np.arange(lines.size), 1 + split)
    second = np.r_[False, of[1:] == of[:-1]]
    cut = first + 1 + (rng.random(lines.size) * (lines - 1)).astype(np.int64)
    start = np.where(second, cut[of], first[of])
    counts = np.where(split[of] & ~second, cut[of], (first + lines)[of]) - start
    parcel = np.repeat(np.arange(of.size), counts)
    line_at = np.arange(parcel.size) + np.repeat(start - (np.cumsum(counts) - counts), counts)
    return of, second, parcel, line_at


def _table(connection: Connection, table: str, columns: str) -> tuple[np.ndarray, ...]:
    """Whole-number columns in id order, read through the driver's own cursor (plain tuples,
    not Rows) a slice at a time: a million orders' lines never sit in memory as objects."""
    width = columns.count(",") + 1
    rows = connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar_one()
    out = np.zeros(rows * width, dtype=np.int64)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(f"SELECT {columns} FROM {table} ORDER BY id")
        done = 0
        while batch := cursor.fetchmany(100_000):
            size = len(batch) * width
            out[done:done + size] = np.fromiter(chain.from_iterable(batch), np.int64, size)
            done += size
    finally:
        cursor.close()
    return tuple(out.reshape(rows, width).T)


def _orders(connection: Connection, desk: Desk, rng: np.random.Generator
            ) -> tuple[np.ndarray, ...]:
    """Every order's id, account, fate (statuses index), customer and ship time: the demo's,
    then the replacements its returns sent out (real parcels too). An order shipped but not
    delivered left when its history says, the others one to three days after they came."""
    count = desk.schedule.orders
    ids, accounts = _table(connection, "orders", "id, account_id")
    ship = desk.schedule.seconds + (rng.uniform(1, 3, count) * DAY_S).astype(np.int64)
    # Refunded ones left before the refund, however soon it came.
    ship = np.minimum(ship, np.where(desk.status == REFUNDED, desk.updated - H, desk.now - H))
    ship = np.where(desk.status == SHIPPED, desk.updated, np.maximum(ship, desk.schedule.seconds))
    extra = connection.execute(select(
        Order.placed_at, Order.updated_at, Order.status, Order.customer_id
    ).where(Order.id >= desk.first_order + count).order_by(Order.id)).all()
    start, fates = desk.window.start, {"shipped": SHIPPED, "delivered": DELIVERED}
    extra_ship = [int(((row.updated_at if row.status == "shipped" else min(
        row.placed_at + timedelta(days=1), desk.window.end - timedelta(hours=1)))
        - start).total_seconds()) for row in extra]
    at = np.searchsorted(ids, desk.first_order)
    return (ids[at:], accounts[at:],
            np.r_[desk.status, [fates.get(row.status, -1) for row in extra]].astype(np.int64),
            np.r_[desk.schedule.customer, [row.customer_id - desk.first_customer
                                           for row in extra]].astype(np.int64),
            np.r_[ship, extra_ship].astype(np.int64))


def _towns(cities: list[str], countries: list[int]) -> np.ndarray:
    """Each customer's town as carriers print it (worked out once per town)."""
    codes = [c.code for c in COUNTRIES]
    printed: dict[tuple[str, int], str] = {}
    for key in zip(cities, countries, strict=True):
        if key not in printed:
            printed[key] = town(key[0], codes[key[1]])
    return np.array([printed[key] for key in zip(cities, countries, strict=True)],
                    dtype=object)


def _services(rng: np.random.Generator, country: np.ndarray, grams: np.ndarray,
              fate: np.ndarray, age: np.ndarray) -> np.ndarray:
    """By weight and destination: post for light parcels, express for heavy ones (and a few
    light ones), a local warehouse for some US and UK orders, a courier within China."""
    codes = np.array([c.code for c in COUNTRIES], dtype=object)[country]
    heavy = grams > EXPRESS_FROM_G
    small = _LIGHT.copy()  # air parcel is for the bigger light parcels
    small[EPACKET] += small[AIR_PARCEL]
    small[AIR_PARCEL] = 0
    mix = np.where(heavy, 2, (grams > 500).astype(np.int64))
    u = rng.random(grams.size)
    service = np.zeros(grams.size, dtype=np.int64)
    for k, shares in enumerate((small, _LIGHT, _HEAVY)):
        service[mix == k] = np.searchsorted(np.cumsum(shares), u[mix == k])
    service = np.minimum(service, len(SERVICES) - 1)
    local = rng.random(grams.size)
    for code, (choice, share) in _WAREHOUSE.items():
        service[(codes == code) & ~heavy & (local < share)] = choice
    service[codes == "CN"] = EMS_CN
    # An order still on its way after a week went by post: express would have arrived.
    slow = (fate == SHIPPED) & (age > 6 * DAY_S) & (EXPRESS | (ROUTE == DOMESTIC))[service]
    service[slow & (codes != "CN")] = np.where(heavy, EMS, EPACKET)[slow & (codes != "CN")]
    return service.astype(np.int64)


def _costs(service: np.ndarray, grams: np.ndarray, country: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray]:
    """The label: yuan for the Chinese post (what the orders' own label costs say), dollars
    for express (by the half kilogram) and the US warehouse, pounds for the UK one."""
    zone = np.array([_EXPRESS_ZONE.get(c.code, (2600, 800)) for c in COUNTRIES])[country]
    post = Labels().cost_fen(grams, country)
    cost = np.select(
        [service == EMS, EXPRESS[service], service == USPS_GA, service == ROYAL_MAIL,
         service == EMS_CN],
        [post * 1.6 + 3000, zone[:, 0] + zone[:, 1] * np.maximum(0, (grams - 1) // 500),
         450 + grams // 100 * 35, 335 + grams // 250 * 60, 1200 + grams // 500 * 600], post)
    price = np.array([s.price for s in SERVICES])[service]
    return (np.rint(cost * price).astype(np.int64),
            np.array([s.currency for s in SERVICES], dtype=object)[service])


def _days(rng: np.random.Generator, service: np.ndarray, country: np.ndarray) -> np.ndarray:
    """Door-to-door days by carrier and destination; post has a tail of parcels held up."""
    postal = np.array([_POSTAL_DAYS.get(c.code, 14) for c in COUNTRIES])[country]
    express = np.array([_EXPRESS_DAYS.get(c.code, 3.5) for c in COUNTRIES])[country]
    speed = np.array([s.speed for s in SERVICES])[service]
    fast, home = EXPRESS[service], ROUTE[service] == DOMESTIC
    median = np.select([fast, home], [express * speed, speed], postal * speed)
    days = median * np.exp(rng.normal(0, 1, service.size) * np.select([fast, home],
                                                                       [0.18, 0.25], 0.2))
    held_up = (service <= AIR_PARCEL) & (rng.random(service.size) < 0.04)
    return np.maximum(days + held_up * rng.uniform(4, 12, service.size), 1.0)


def _numbers(rng: np.random.Generator, service: np.ndarray) -> np.ndarray:
    """Valid, unique numbers: each service counts its serials up, as a shipper's labels do."""
    numbers = np.empty(service.size, dtype=object)
    zero = ord("0")
    for code, spec in enumerate(SERVICES):
        at = np.flatnonzero(service == code)
        if not at.size:
            continue
        room = 10 ** spec.width
        base = int(rng.integers(room // 10, room // 4))  # no leading zero
        gap = max(1, min(40, (room - base) // (2 * at.size)))
        serial = base + np.cumsum(1 + rng.integers(0, 2 * gap - 1, at.size)) - 1
        digits = ((serial[:, None] // 10 ** np.arange(spec.width - 1, -1, -1)) % 10).astype(
            np.uint8)
        payload = np.hstack([_chars(spec.head, at.size), digits + zero])
        # UPS reads a letter as a digit by its code (A=2 ... Z=7).
        value = np.where(payload >= ord("A"), (payload - 3) % 10, payload - zero).astype(
            np.int32)
        check = _check_digit(spec.numbers, value)
        lead = (np.array([list(p.encode()) for p in spec.prefixes], dtype=np.uint8)[
            rng.integers(0, len(spec.prefixes), at.size)] if spec.prefixes
            else _chars("1Z" if spec.numbers == UPS else "", at.size))
        codes = np.ascontiguousarray(np.hstack([
            lead, payload, check[:, None] + zero, _chars(spec.origin if spec.numbers == S10
                                                         else "", at.size)]).astype(np.uint8))
        numbers[at] = codes.view(f"S{codes.shape[1]}").ravel().astype(str).tolist()
    return numbers


def _check_digit(kind: int, value: np.ndarray) -> np.ndarray:
    """Each format's check digit (domain.tracking_numbers), for a whole batch at once."""
    right = np.arange(value.shape[1])[::-1]  # places counted from the last digit
    if kind == UPS:
        return -(value @ np.where(np.arange(value.shape[1]) % 2, 2, 1)) % 10
    if kind == USPS:
        return -(value @ np.where(right % 2 == 0, 3, 1)) % 10
    if kind == FEDEX:
        return value @ np.array([1, 3, 7])[right % 3] % 11 % 10
    if kind == DHL:
        return value @ (10 ** right % 7) % 7  # the number itself, mod 7
    check = 11 - value @ np.array([8, 6, 4, 2, 3, 5, 9, 7]) % 11
    return np.where(check == 10, 0, np.where(check == 11, 5, check))


def _chars(text: str, rows: int) -> np.ndarray:
    return np.tile(np.frombuffer(text.encode(), dtype=np.uint8), (rows, 1)).reshape(
        rows, len(text))
