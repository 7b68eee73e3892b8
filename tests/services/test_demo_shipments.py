"""The demo shop's parcels: one per shipped order, valid numbers, every tracking state, flags
worth a look, timelines that agree with what the shipment says, carriers of different speeds."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from seller_desk.domain.carriers import Carrier
from seller_desk.domain.settings import SETTINGS_BY_KEY
from seller_desk.domain.shipments import Flag, FlagRules, ParcelState, could_flag, flags_of
from seller_desk.domain.tracking import TROUBLE_STATUSES, TrackStatus, is_final, is_returning
from seller_desk.domain.tracking_numbers import check
from seller_desk.services.demo import generate_demo
from seller_desk.services.progress import Job
from seller_desk.store.database import Database
from seller_desk.store.migrate import upgrade
from seller_desk.store.models import Order, OrderLine, Shipment, ShipmentEvent, ShipmentLine
from seller_desk.store.types import fold
from tests.services.test_demo import TODAY

PROMISE = int(SETTINGS_BY_KEY["delivery_promise_days"].default)

NOW = datetime.combine(TODAY, datetime.min.time(), UTC)
RULES = FlagRules(stuck_by_country={"BR": 15, "RU": 15})  # the settings' defaults
EXPRESS = {Carrier.DHL_EXPRESS, Carrier.UPS, Carrier.FEDEX}


class Shop:
    """One demo shop's rows, read once for every test here."""

    def __init__(self, database: Database) -> None:
        self.made = generate_demo(database, Job(), orders=3000, today=TODAY).shipments
        with database.engine.connect() as connection:
            def rows(model: type) -> list:
                table = model.__table__
                return connection.execute(select(table).order_by(table.c.id)).all()

            self.orders = {o.id: o for o in rows(Order)}
            self.order_lines = rows(OrderLine)
            self.shipments = rows(Shipment)
            self.lines = rows(ShipmentLine)
            self.events: dict[int, list] = defaultdict(list)
            for event in rows(ShipmentEvent):
                self.events[event.shipment_id].append(event)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Shop:
    database = Database.open(str(tmp_path_factory.mktemp("shipments") / "shop.sqlite3"))
    upgrade(database, None)
    try:
        return Shop(database)
    finally:
        database.close()


def _flags(s: object) -> tuple[Flag, ...]:
    return flags_of(ParcelState(TrackStatus(s.status), s.sub_status, s.quiet_since,
                                s.dest_country, s.promised_by, s.delivered_at, s.handled_at),
                    RULES, NOW)


def test_every_shipped_order_has_parcels_carrying_each_of_its_lines_once(shop):
    assert shop.made == len(shop.shipments) > 2500
    by_order = defaultdict(list)
    for s in shop.shipments:
        by_order[s.order_id].append(s)
    for order in shop.orders.values():
        went = order.status in ("shipped", "delivered", "refunded", "partially_refunded")
        assert bool(by_order.get(order.id)) == went, (order.id, order.status)
    assert {shop.orders[o].is_test for o in by_order} == {False, True}  # replacements too
    carried = defaultdict(Counter)
    shipment_order = {s.id: s.order_id for s in shop.shipments}
    for line in shop.lines:
        carried[shipment_order[line.shipment_id]][line.order_line_id] += line.quantity
    ordered = defaultdict(Counter)
    for line in shop.order_lines:
        if line.order_id in by_order:
            ordered[line.order_id][line.id] += line.quantity
    assert carried == ordered
    assert len(shop.lines) == sum(len(lines) for lines in ordered.values())
    several = [o for o, lines in ordered.items() if len(lines) > 1]
    split = [o for o in several if len(by_order[o]) == 2]
    assert 0.01 < len(split) / len(several) < 0.06
    assert all(len(by_order[o]) == 1 for o in by_order if o not in split)
    assert set(shipment_order) == {line.shipment_id for line in shop.lines}  # none empty


def test_parcels_belong_to_their_order(shop):
    for s in shop.shipments:
        order = shop.orders[s.order_id]
        assert s.account_id == order.account_id and s.dest_country == order.ship_country
        assert s.source == "demo" and s.external_id is None
        assert timedelta(hours=12) <= s.shipped_at - order.placed_at <= timedelta(days=8)
        assert s.created_at == s.updated_at == s.shipped_at < NOW
        assert s.promised_by == s.shipped_at.date() + timedelta(days=PROMISE)
        assert s.weight_grams > 0 and s.cost_minor > 0
        assert s.provider == "17track" and s.provider_ref == s.events_digest == ""
        if order.status == "shipped":
            # Still on its way, as the order says; its first parcel left when its history says.
            assert not s.final
            assert s.shipped_at >= order.updated_at


def test_numbers_are_valid_unique_and_fit_their_carrier(shop):
    numbers = [s.tracking_number for s in shop.shipments]
    assert len(set(numbers)) == len(numbers)
    for s in shop.shipments:
        result = check(s.tracking_number)
        assert result.valid, s.tracking_number
        assert Carrier(s.carrier) in {guess.carrier for guess in result.candidates}
        assert s.number_key == fold(s.tracking_number)
    carriers = Counter(s.carrier for s in shop.shipments)
    assert len(carriers) >= 5
    assert carriers.most_common(1)[0][0] == Carrier.CHINA_POST
    china_post = [s.tracking_number for s in shop.shipments if s.carrier == Carrier.CHINA_POST]
    assert {n[0] for n in china_post} <= {"R", "L", "C"} and {n[-2:] for n in china_post} == {
        "CN"}
    assert all(n.startswith("1Z") for s, n in zip(shop.shipments, numbers, strict=True)
               if s.carrier == Carrier.UPS)
    royal = {s.dest_country for s in shop.shipments if s.carrier == Carrier.ROYAL_MAIL}
    assert royal == {"GB"}
    assert {s.dest_country for s in shop.shipments if s.carrier == Carrier.USPS} == {"US"}
    currency = {(s.carrier, s.cost_currency) for s in shop.shipments}
    assert (Carrier.CHINA_POST, "CNY") in currency and (Carrier.DHL_EXPRESS, "USD") in currency
    assert {s.service for s in shop.shipments} >= {
        "Registered Air Mail", "ePacket", "Express Worldwide", "UPS Saver",
        "International Priority", "Ground Advantage"}


def test_every_tracking_state_is_there_and_agrees_with_itself(shop):
    assert {s.status for s in shop.shipments} == {status.value for status in TrackStatus}
    for s in shop.shipments:
        status = TrackStatus(s.status)
        assert s.raw_status == f"{s.status}/{s.sub_status}"
        assert s.final == is_final(status, s.sub_status)
        assert s.going_back == is_returning(s.sub_status)
        assert (s.delivered_at is not None) == (status is TrackStatus.DELIVERED)
        if s.delivered_at is not None:
            assert s.delivered_at == s.quiet_since
            assert s.delivered_late == (s.delivered_at.date() > s.promised_by)
        assert s.shipped_at <= s.quiet_since <= s.checked_at < NOW
        if s.final:
            assert s.quiet_since <= s.checked_at < NOW
        else:
            assert NOW - timedelta(hours=6) <= s.checked_at <= NOW
    going_back = [s for s in shop.shipments if s.going_back]
    assert {s.sub_status for s in going_back} == {"Exception_Returning", "Exception_Returned"}
    subs = {s.sub_status for s in shop.shipments if s.status == "InTransit"}
    assert subs >= {"InTransit_PickedUp", "InTransit_Departure", "InTransit_Arrival",
                    "InTransit_CustomsProcessing"}
    # Old parcels are all done with: nothing older than two months still moving.
    assert all(s.final for s in shop.shipments if s.shipped_at < NOW - timedelta(days=60))


def test_some_parcels_are_stuck_late_or_in_trouble_and_a_few_were_handled(shop):
    moving = [s for s in shop.shipments if not s.final]
    flags = Counter(flag for s in shop.shipments for flag in _flags(s))
    assert set(flags) == set(Flag)
    assert 0.01 <= flags[Flag.STUCK] / len(moving) <= 0.06
    for s in shop.shipments:
        if Flag.STUCK in _flags(s):
            stuck_after = 15 if s.dest_country in ("BR", "RU") else 7
            assert NOW - s.quiet_since > timedelta(days=stuck_after)
    handled = [s for s in shop.shipments if s.handled_at is not None]
    assert handled and all(s.quiet_since <= s.handled_at < NOW for s in handled)
    recent = [s for s in handled if s.shipped_at >= NOW - timedelta(days=60)]
    assert 1 <= len(recent) <= 5
    assert any(s.had_trouble and s.status == "Delivered" for s in shop.shipments)


def test_recent_parcels_have_timelines_that_end_in_what_the_shipment_says(shop):
    cutoff = NOW - timedelta(days=120)
    for s in shop.shipments:
        events = shop.events.get(s.id, [])
        scanned = s.status not in ("NotFound", "Expired")
        if s.shipped_at < cutoff or not scanned:
            assert events == []
            assert (s.last_event != "") == scanned and (s.last_location != "") == scanned
            if not scanned:
                assert s.quiet_since == s.shipped_at
            continue
        events.sort(key=lambda e: e.position)
        assert [e.position for e in events] == list(range(len(events)))
        assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)
        newest = events[0]
        assert (newest.description, newest.location) == (s.last_event, s.last_location)
        assert newest.at == s.quiet_since and newest.sub_status == s.sub_status
        assert events[-1].at >= s.shipped_at
        for e in events:
            assert e.status == e.sub_status.partition("_")[0] and e.description
            assert e.location == "" or ", " in e.location
        trouble = any(TrackStatus(e.status) in TROUBLE_STATUSES for e in events)
        assert s.had_trouble == trouble
        if s.status == "Delivered" and any(e.status == "AvailableForPickup" for e in events):
            assert not any(word in s.last_event for word in ("mailbox", "Mailbox", "Porch"))
        if s.final:
            assert 4 <= len(events) <= 9
    recent = [s for s in shop.shipments if s.shipped_at >= cutoff]
    assert sum(bool(shop.events.get(s.id)) for s in recent) > 0.9 * len(recent)
    places = {e.location for events in shop.events.values() for e in events}
    assert {"SHENZHEN, CN", "GUANGZHOU, CN", "HONG KONG, HK"} <= places
    assert any(place.endswith(", US") for place in places)


def test_express_is_faster_than_post_and_a_little_post_is_late(shop):
    days = defaultdict(list)
    late = defaultdict(list)
    for s in shop.shipments:
        if s.delivered_at is not None:
            days[s.carrier].append((s.delivered_at - s.shipped_at).total_seconds() / 86400)
            late[s.carrier].append(s.delivered_late)
    express = [d for carrier in EXPRESS for d in days[carrier]]
    assert 3 <= statistics.median(express) <= 5
    assert 7 <= statistics.median(days[Carrier.CHINA_POST]) <= 12
    assert 0.005 <= statistics.mean(late[Carrier.CHINA_POST]) <= 0.06  # 20 days promised
    assert statistics.mean(late[Carrier.DHL_EXPRESS]) < 0.03
    # Slower to far-off places: Brazil takes longer than the US by post.
    by_country = defaultdict(list)
    for s in shop.shipments:
        if s.delivered_at is not None and s.carrier == Carrier.CHINA_POST:
            by_country[s.dest_country].append((s.delivered_at - s.shipped_at).days)
    assert statistics.median(by_country["BR"]) > statistics.median(by_country["US"]) + 5


def test_only_watched_parcels_can_carry_a_flag(shop):
    """The flag queries read only `watch`ed parcels: the demo must set it as tracking does."""
    for s in shop.shipments:
        status = TrackStatus(s.status)
        assert s.watch == could_flag(status, s.sub_status, s.delivered_late), s.tracking_number
        if _flags(s):
            assert s.watch
