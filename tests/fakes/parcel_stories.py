"""Made-up but plausible parcel journeys, derived from the number, for the tracking fakes."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from seller_desk.domain.tracking import TrackStatus

START = datetime(2025, 3, 1, tzinfo=UTC)
# (city, country, UTC offset in hours): where parcels leave from and where they go.
ORIGINS = [("SHENZHEN", "CN", 8), ("GUANGZHOU", "CN", 8), ("YIWU", "CN", 8),
           ("HONG KONG", "HK", 8)]
DESTINATIONS = [("FRANKFURT", "DE", 1), ("CHICAGO", "US", -6), ("LONDON", "GB", 0),
                ("PARIS", "FR", 1), ("SYDNEY", "AU", 10), ("TORONTO", "CA", -5)]
# Neutral scan kinds, in travel order, and what a carrier writes for them.
TRANSIT = ["label", "picked", "departed", "arrived", "customs"]
WORDING = {
    "label": "Shipment information received, label created by the sender",
    "picked": "Picked up by the carrier",
    "departed": "Departed from the outward office of exchange",
    "arrived": "Arrived in the destination country",
    "customs": "Held for customs clearance",
    "out": "Out for delivery",
    "delivered": "Delivered, left in the mailbox",
    "pickup": "Available for pickup at the post office",
    "failed": "Delivery attempted, nobody at home",
    "exception": "Returned to sender: addressee unknown",
}
AT_ORIGIN = {"label", "picked", "departed"}
# The scan that ends each journey after some transit scans (None: no closing scan).
CLOSING: dict[TrackStatus, list[str]] = {
    TrackStatus.OUT_FOR_DELIVERY: ["out"],
    TrackStatus.DELIVERED: ["out", "delivered"],
    TrackStatus.AVAILABLE_FOR_PICKUP: ["pickup"],
    TrackStatus.DELIVERY_FAILURE: ["out", "failed"],
    TrackStatus.EXCEPTION: ["exception"],
}
ORDER = list(TrackStatus)


@dataclass(frozen=True)
class Scan:
    """One scan: its kind (a key of WORDING, or a test's own stage/tag), when (UTC), where,
    the place's UTC offset, and a test's own sub-status/subtag ("" when not given)."""

    kind: str
    when: datetime
    description: str
    city: str
    country: str
    offset: int
    detail: str = ""

    @property
    def location(self) -> str:
        return f"{self.city}, {self.country}"

    @property
    def local_iso(self) -> str:
        return self.when.astimezone(timezone(timedelta(hours=self.offset))).isoformat()

    @property
    def utc_iso(self) -> str:
        return self.when.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Story:
    status: TrackStatus
    scans: tuple[Scan, ...]  # oldest first
    estimated: date | None


def story_of(number: str) -> Story:
    """The same journey for the same number on every run: a status, 1 to 6 scans (none while
    the carrier has nothing, as a real 'not found' has none) and an estimate while travelling."""
    seed = zlib.crc32(number.encode())
    status = ORDER[seed % len(ORDER)]
    spread = seed // len(ORDER)
    if status is TrackStatus.NOT_FOUND:
        kinds: list[str] = []
    elif status is TrackStatus.INFO_RECEIVED:
        kinds = ["label"]
    elif status is TrackStatus.IN_TRANSIT:
        kinds = TRANSIT[: 2 + spread % 4]
    elif status is TrackStatus.EXPIRED:
        kinds = TRANSIT[: 1 + spread % 3]
    else:
        closing = CLOSING[status]
        kinds = TRANSIT[: 1 + spread % (7 - len(closing) - 1)] + closing
    origin = ORIGINS[spread % len(ORIGINS)]
    destination = DESTINATIONS[(spread // 7) % len(DESTINATIONS)]
    when = START + timedelta(hours=spread % 600)
    scans = []
    for step, kind in enumerate(kinds):
        when += timedelta(hours=5 + (spread >> step) % 40, minutes=(spread >> 3) % 60)
        city, country, offset = origin if kind in AT_ORIGIN else destination
        scans.append(Scan(kind, when, WORDING[kind], city, country, offset))
    travelling = status in {TrackStatus.INFO_RECEIVED, TrackStatus.IN_TRANSIT,
                            TrackStatus.OUT_FOR_DELIVERY}
    estimated = (when + timedelta(days=6)).date() if travelling else None
    return Story(status, tuple(scans), estimated)


def scripted_scans(events: list[tuple[str, ...]]) -> tuple[Scan, ...]:
    """Scans from test-given (iso time, description, location, stage-or-tag[, sub-status])
    tuples, oldest first, kept as given for the fake to pass through."""
    scans = []
    for event in events:
        moment = datetime.fromisoformat(event[0])
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        city, _, country = event[2].rpartition(", ")
        kind = event[3] if len(event) > 3 else ""
        detail = event[4] if len(event) > 4 else ""
        scans.append(Scan(kind, moment.astimezone(UTC), event[1], city or event[2], country, 0,
                          detail))
    return tuple(sorted(scans, key=lambda scan: scan.when))
