"""The demo shop's parcels: one per shipped order (now and then two), tracked as if by 17TRACK.

Old parcels are done with (delivered, back with the shop, or never found); those of orders
still on their way are somewhere along the route in every state tracking knows, a few stuck,
late or in trouble. Only parcels of the last 120 days keep their scans; older ones keep what
the last scan said, as a shop's imported history does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import numpy as np
from sqlalchemy import Boolean, Connection, Date

from seller_desk.domain.shipments import DELIVERED_LATE_SHOWN_DAYS, FlagRules
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.domain.tracking_settings import TRACKING_SETTINGS
from seller_desk.services.demo import bulk
from seller_desk.services.demo import shipment_events as ev
from seller_desk.services.demo.desk import Desk
from seller_desk.services.demo.places import COUNTRIES
from seller_desk.services.demo.shipment_plan import DOMESTIC, ROUTE, SERVICES, Parcels, plan_parcels
from seller_desk.services.demo.statuses import REFUNDED, SHIPPED
from seller_desk.services.demo.window import DAY_S
from seller_desk.services.progress import Job
from seller_desk.services.tracking_setup import flag_rules
from seller_desk.store.models import Shipment, ShipmentEvent, ShipmentLine

WRITING_SHIPMENTS = QT_TRANSLATE_NOOP("demo", "Writing shipments and their tracking")
EVENT_DAYS = 120  # parcels shipped since keep their scans
BATCH = 50_000
H = 3600
SHIPMENT_COLUMNS = (
    "id", "order_id", "account_id", "carrier", "service", "tracking_number", "number_key",
    "shipped_at", "promised_by", "dest_country", "cost_minor", "cost_currency", "weight_grams",
    "status", "sub_status", "raw_status", "final", "going_back", "had_trouble", "quiet_since",
    "last_event", "last_location", "delivered_at", "delivered_late", "watch", "checked_at",
    "handled_at", "created_at", "updated_at")
# As if registered with 17TRACK: the first real refresh finds every timeline changed ("" is
# no digest) and rewrites it.
SHIPMENT_CONSTANTS: dict[str, str | int | None] = {
    "external_id": None, "source": "demo", "note": "", "provider": "17track",
    "provider_ref": "", "estimated_delivery": None, "check_error": "", "events_digest": ""}
EVENT_COLUMNS = ("id", "shipment_id", "position", "at", "description", "location", "status",
                 "sub_status")
LINE_COLUMNS = ("id", "shipment_id", "order_line_id", "quantity")
FINAL = (ev.DELIVERED, ev.RETURNED, ev.EXPIRED)  # domain.tracking.is_final


@dataclass
class Story:
    """What tracking says of each parcel: its newest step (`end`, shipment_events) and when
    (`quiet`: the ship time if never scanned), and what happened on the way. Times are
    window seconds, -1 for those that never came."""

    end: np.ndarray
    quiet: np.ndarray
    held: np.ndarray
    attempt: np.ndarray
    collect: np.ndarray
    promised: np.ndarray  # the day (of the window) delivery was promised by
    delivered_late: np.ndarray
    checked: np.ndarray
    handled: np.ndarray

    @property
    def final(self) -> np.ndarray:
        return np.isin(self.end, FINAL)

    @property
    def going_back(self) -> np.ndarray:
        return self.end >= ev.RETURNING

    @property
    def had_trouble(self) -> np.ndarray:
        return ((self.held & (self.end >= ev.HELD)) | (self.attempt & (self.end >= ev.ATTEMPT))
                | (self.end == ev.HELD))

    def path(self, at: np.ndarray) -> dict[str, np.ndarray]:
        return {"end": self.end[at], "held": self.held[at], "attempt": self.attempt[at],
                "collect": self.collect[at]}


def make_shipments(connection: Connection, job: Job, desk: Desk, seed: int,
                   binder: bulk.TimestampBinder) -> int:
    """Write the demo's shipments, the lines they carry and their scans; how many parcels."""
    job.report(0, 0, WRITING_SHIPMENTS)
    rng = np.random.default_rng([seed, 13])
    parcels = plan_parcels(connection, desk, rng)
    if not parcels.count:
        return 0
    rules = flag_rules({spec.key: spec.default for spec in TRACKING_SETTINGS})
    story = tell(parcels, desk.now, rules, rng)
    family = np.array([s.family for s in SERVICES])[parcels.service]
    where = ev.places(rng, family, parcels.country, parcels.town)
    variant = rng.integers(0, 3, parcels.count)
    job.check()
    tables = [Shipment.__table__, ShipmentLine.__table__, ShipmentEvent.__table__]
    # Like the orders: rows in first, then each index built in one sorted pass.
    dropped = bulk.drop_indexes(connection, tables)
    first = bulk.next_id(connection, Shipment.__table__)
    epoch = int(desk.window.start.timestamp())
    last = ev.last_scan(family, story.end, story.collect, variant, where)
    _write_parcels(connection, job, parcels, story, last, first, epoch, binder, desk)
    _write_lines(connection, job, parcels, first)
    recent = np.flatnonzero((parcels.ship >= desk.now - EVENT_DAYS * DAY_S) & (story.end >= 0))
    for at in np.array_split(recent, max(1, -(-recent.size // BATCH))):  # bounded memory
        events = ev.timelines(rng, family[at], ROUTE[parcels.service[at]], story.path(at),
                              parcels.ship[at], story.quiet[at], variant[at], where[:, at])
        _write_events(connection, job, events, at + first, epoch, binder)
    with bulk.quick_index_builds(connection):
        for index in dropped:
            bulk.create_index(connection, index)
    return parcels.count


def tell(p: Parcels, now: int, rules: FlagRules, rng: np.random.Generator) -> Story:
    """What tracking says of every parcel, and what happened to it on the way."""
    n, age = p.count, (now - p.ship) / DAY_S
    domestic = ROUTE[p.service] == DOMESTIC
    held = ~domestic & (rng.random(n) < 0.015)
    attempt = rng.random(n) < 0.025
    collect = np.where(attempt, rng.random(n) < 0.7, rng.random(n) < 0.06)
    end, quiet = _settled(p, age, now, held, collect, rng)
    threshold = np.array([rules.stuck_after(c.code) for c in COUNTRIES])[p.country]
    _on_the_way(p, age, now, threshold, end, quiet, rng)
    end[domestic & (end == ev.HELD)] = ev.ATTEMPT  # no customs to hold it at home
    attempt |= (end == ev.ATTEMPT) | (end >= ev.RETURNING)
    collect = (end == ev.COLLECT) | (collect & (end != ev.OUT))
    promised = p.ship // DAY_S + np.array([rules.promise_for(c.code) for c in COUNTRIES])[
        p.country]
    return Story(end, quiet, (held | (end == ev.HELD)) & ~domestic, attempt, collect, promised,
                 *_check_and_handle(p, end, quiet, promised, now, threshold, rng))


def _settled(p: Parcels, age: np.ndarray, now: int, held: np.ndarray, collect: np.ndarray,
             rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Where each parcel ended (shipment_events) and when: delivered, after a hold in customs
    or a wait at a pick-up point; of orders refunded, some came back or were never found,
    the recent ones may still be going back or be held (their times come later)."""
    n, u = p.count, rng.random(p.count)
    took = p.days + held * rng.uniform(4, 10, n) + collect * rng.uniform(1, 6, n)
    arrived = p.ship + (took * DAY_S).astype(np.int64)
    squeezed = p.ship + (age * rng.uniform(0.55, 0.95, n) * DAY_S).astype(np.int64)
    arrived = np.where(arrived < now - H, arrived, squeezed)  # delivered orders arrived
    refunded, old = p.fate == REFUNDED, age >= 45
    end = np.select(
        [refunded & old, refunded & (u >= 0.3), (age > 60) & (u < 0.01)],
        [np.select([u < 0.5, u < 0.8], [ev.DELIVERED, ev.RETURNED], ev.EXPIRED),
         np.select([u < 0.5, u < 0.8], [np.where(age >= 30, ev.RETURNED, ev.RETURNING),
                                        np.where(age >= 10, ev.RETURNING, ev.HELD)], ev.HELD),
         ev.EXPIRED], ev.DELIVERED)
    back = np.minimum(p.ship + ((took + rng.uniform(20, 40, n)) * DAY_S).astype(np.int64),
                      p.ship + (age * rng.uniform(0.8, 0.97, n) * DAY_S).astype(np.int64))
    return end, np.select([end == ev.RETURNED, end == ev.EXPIRED], [back, p.ship], arrived)


def _on_the_way(p: Parcels, age: np.ndarray, now: int, threshold: np.ndarray,
                end: np.ndarray, quiet: np.ndarray, rng: np.random.Generator) -> None:
    """Parcels still moving (of orders shipped, and refunded ones going back or held): how
    far along by their age, and their last scan a few days ago at most; about 3 % of those
    of shipped orders went quiet for longer than the shop's "stuck" threshold."""
    moving = p.fate == SHIPPED
    m = np.flatnonzero(moving | (end == ev.RETURNING) | (end == ev.HELD))
    a, u, v, ship, k = age[m], rng.random(m.size), rng.random(m.size), moving[m], m.size
    e, days = end[m], threshold[m]
    # Post often has no news of a number for a day or two after the label.
    early = np.select([a < 1, a < 2.5], [np.where(u < 0.6, ev.NOT_FOUND, ev.INFO), np.select(
        [u < 0.15, u < 0.45], [ev.NOT_FOUND, ev.INFO], ev.OFFICE)], ev.OFFICE)
    later = np.select([u < 0.86, u < 0.91, u < 0.95, u < 0.97, u < 0.985],
                      [ev.OFFICE, ev.OUT, ev.COLLECT, ev.ATTEMPT, ev.HELD],
                      np.where(a >= 10, ev.RETURNING, ev.OFFICE))
    e[ship] = np.where(a >= 2.5, later, early)[ship]
    can_stick = ship & (a > days + 1.5)
    stuck = np.zeros(k, dtype=bool)
    stuck[rng.choice(np.flatnonzero(can_stick), min(int(can_stick.sum()), round(
        0.03 * ship.sum())), replace=False)] = True
    e[stuck] = np.select([v < 0.15, v < 0.3, v < 0.9], [ev.NOT_FOUND, ev.INFO, ev.OFFICE],
                         ev.HELD)[stuck]
    since = np.select([e == ev.OUT, e == ev.ATTEMPT, e == ev.OFFICE],
                      [rng.uniform(2, 10, k) / 24, rng.uniform(0.1, 2, k), rng.uniform(0.02, 4, k)],
                      rng.uniform(0.2, 5, k))
    quiet_for = np.minimum(np.maximum(a - 0.5, days + 0.3), days + 12)
    since = np.where(stuck, rng.uniform(days + 0.3, quiet_for),
                     np.minimum(since, np.maximum(a - 0.5, a / 2)))
    hours = np.minimum(rng.uniform(1, 10, k) * H, a * DAY_S * 0.9).astype(np.int64)
    q = np.select([e == ev.NOT_FOUND, e == ev.INFO], [p.ship[m], p.ship[m] + hours],
                  now - (since * DAY_S).astype(np.int64))
    planned = np.maximum(p.days[m], a + rng.uniform(0.5, 4, k))  # not there yet
    reached = ev.reached(ROUTE[p.service[m]], (q - p.ship[m]) / (planned * DAY_S))
    end[m] = np.where(e == ev.OFFICE, reached, e)
    quiet[m] = q


def _check_and_handle(p: Parcels, end: np.ndarray, quiet: np.ndarray, promised: np.ndarray,
                      now: int, threshold: np.ndarray, rng: np.random.Generator
                      ) -> tuple[np.ndarray, ...]:
    """Which parcels arrived late, when each was last looked up, and which flags (as
    domain.shipments.flags_of has them) the seller has dealt with: long-ago returns, and a
    handful of today's."""
    n, final, going_back = p.count, np.isin(end, FINAL), end >= ev.RETURNING
    late = (end == ev.DELIVERED) & (quiet // DAY_S > promised)
    looked = np.where(end == ev.EXPIRED, rng.uniform(30, 60, n) * DAY_S,
                      rng.uniform(1, 12, n) * H).astype(np.int64)
    checked = np.where(final, np.minimum(quiet + looked, now - 60), np.maximum(
        now - (rng.uniform(0, 6, n) * H).astype(np.int64), quiet))
    flagged = (going_back | np.isin(end, (ev.HELD, ev.ATTEMPT))
               | ~final & ((now - quiet > threshold * DAY_S) | (now // DAY_S > promised))
               | late & (now - quiet <= DELIVERED_LATE_SHOWN_DAYS * DAY_S))
    history = going_back & (p.ship < now - 60 * DAY_S)
    handled = np.where(history, np.minimum(quiet + (rng.uniform(0.5, 5, n) * DAY_S).astype(
        np.int64), now - H), -1)
    today = np.flatnonzero(flagged & ~history)
    if today.size:
        chosen = rng.choice(today, max(1, round(today.size * 0.005)), replace=False)
        handled[chosen] = quiet[chosen] + ((now - quiet[chosen]) * rng.uniform(
            0.1, 0.9, chosen.size)).astype(np.int64)
    return late, checked, handled


def _write_parcels(connection: Connection, job: Job, p: Parcels, story: Story,
                   last: tuple[np.ndarray, np.ndarray], first: int, epoch: int,
                   binder: bulk.TimestampBinder, desk: Desk) -> None:
    statement = bulk.table_insert(connection, Shipment.__table__, SHIPMENT_COLUMNS,
                                  SHIPMENT_CONSTANTS)
    answers = np.array([bulk.binder(connection, Boolean())(flag) for flag in (False, True)],
                       dtype=object)
    bind_date = bulk.binder(connection, Date())
    low, high = int(story.promised.min()), int(story.promised.max())
    dates = np.array([bind_date(desk.window.first_day + timedelta(days=day))
                      for day in range(low, high + 1)], dtype=object)[story.promised - low]
    said = [ev.NO_SCAN[end] if end < 0 else ev.STAGES[end] for end in range(-2, len(ev.STAGES))]
    status, sub, raw = (np.array(column, dtype=object)[story.end + 2] for column in zip(
        *[(s.value, sub, f"{s.value}/{sub}") for s, sub in said], strict=True))
    carriers = np.array([s.carrier.value for s in SERVICES], dtype=object)[p.service]
    names = np.array([s.name for s in SERVICES], dtype=object)[p.service]
    codes = np.array([c.code for c in COUNTRIES], dtype=object)[p.country]
    words, place = last
    final, back, trouble = story.final, story.going_back, story.had_trouble
    delivered = story.end == ev.DELIVERED
    # domain.shipments.could_flag: moving, going back, in trouble now, or delivered late.
    watch = ~final | back | np.isin(story.end, (ev.HELD, ev.ATTEMPT)) | story.delivered_late

    def write(s: slice) -> None:
        def when(seconds: np.ndarray) -> list[Any]:
            return _times(binder, seconds[s], epoch)

        def flag(values: np.ndarray) -> list[Any]:
            return answers[values[s].astype(np.intp)].tolist()

        numbers, shipped, quiet = p.number[s].tolist(), when(p.ship), when(story.quiet)
        arrived = np.array(quiet, dtype=object)  # a delivered parcel's last scan is its delivery
        arrived[~delivered[s]] = None
        statement.run(list(zip(
            range(first + s.start, first + s.stop), p.order_id[s].tolist(),
            p.account_id[s].tolist(), carriers[s].tolist(), names[s].tolist(), numbers,
            # store.types.fold, for numbers of letters and digits only
            [number.casefold() for number in numbers], shipped, dates[s].tolist(),
            codes[s].tolist(), p.cost[s].tolist(), p.currency[s].tolist(), p.grams[s].tolist(),
            status[s].tolist(), sub[s].tolist(), raw[s].tolist(), flag(final), flag(back),
            flag(trouble), quiet, words[s].tolist(), place[s].tolist(), arrived.tolist(),
            flag(story.delivered_late), flag(watch), when(story.checked), when(story.handled),
            shipped,
            shipped, strict=True)))

    _in_batches(job, p.count, write)


def _times(binder: bulk.TimestampBinder, seconds: np.ndarray, epoch: int) -> list[Any]:
    """Bound times, None where there is no time (-1)."""
    known = seconds >= 0
    if known.all():
        return binder.bind(seconds + epoch)
    bound = np.full(seconds.size, None, dtype=object)
    bound[known] = binder.bind(seconds[known] + epoch)
    return bound.tolist()


def _write_lines(connection: Connection, job: Job, p: Parcels, first: int) -> None:
    statement = bulk.table_insert(connection, ShipmentLine.__table__, LINE_COLUMNS)
    start = bulk.next_id(connection, ShipmentLine.__table__)
    _in_batches(job, p.line_id.size, lambda s: statement.run(list(zip(
        range(start + s.start, start + s.stop), (p.line_parcel[s] + first).tolist(),
        p.line_id[s].tolist(), p.line_quantity[s].tolist(), strict=True))))


def _write_events(connection: Connection, job: Job, e: ev.Events, shipment_ids: np.ndarray,
                  epoch: int, binder: bulk.TimestampBinder) -> None:
    statement = bulk.table_insert(connection, ShipmentEvent.__table__, EVENT_COLUMNS)
    start = bulk.next_id(connection, ShipmentEvent.__table__)
    _in_batches(job, e.parcel.size, lambda s: statement.run(list(zip(
        range(start + s.start, start + s.stop), shipment_ids[e.parcel[s]].tolist(),
        e.position[s].tolist(), binder.bind(e.at[s] + epoch), e.words[s].tolist(),
        e.place[s].tolist(), ev.STATUS_TEXT[e.stage[s]].tolist(),
        ev.SUB_TEXT[e.stage[s]].tolist(), strict=True))))


def _in_batches(job: Job, count: int, write: Callable[[slice], None]) -> None:
    for start in range(0, count, BATCH):
        write(slice(start, min(start + BATCH, count)))
        job.check()
