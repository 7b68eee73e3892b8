"""Shipment rules: what a parcel's tracking says is wrong (stuck, in trouble, returning, late)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.domain.tracking import TROUBLE_STATUSES, TrackStatus, is_final, is_returning


class Flag(StrEnum):
    """Most urgent first: a shipment shows the first of its flags."""

    RETURNING = "returning"
    TROUBLE = "trouble"
    STUCK = "stuck"
    LATE = "late"
    DELIVERED_LATE = "delivered_late"


FLAG_LABELS: dict[Flag, str] = {
    Flag.RETURNING: QT_TRANSLATE_NOOP("tracking", "Going back to you"),
    Flag.TROUBLE: QT_TRANSLATE_NOOP("tracking", "Problem with delivery"),
    Flag.STUCK: QT_TRANSLATE_NOOP("tracking", "Stuck"),
    Flag.LATE: QT_TRANSLATE_NOOP("tracking", "Past the promised date"),
    Flag.DELIVERED_LATE: QT_TRANSLATE_NOOP("tracking", "Delivered late"),
}

# A late delivery is worth a look (an apology, a coupon) for this long, then it is history.
DELIVERED_LATE_SHOWN_DAYS = 14


@dataclass(frozen=True)
class FlagRules:
    """The shop's thresholds: days without a scan before a parcel is stuck, and the delivery
    promise in days from shipping; both with per-destination exceptions."""

    stuck_days: int = 7
    stuck_by_country: Mapping[str, int] = field(default_factory=dict)
    promise_days: int = 14
    promise_by_country: Mapping[str, int] = field(default_factory=dict)

    def stuck_after(self, country: str) -> int:
        return self.stuck_by_country.get(country.upper(), self.stuck_days)

    def promise_for(self, country: str) -> int:
        return self.promise_by_country.get(country.upper(), self.promise_days)

    def promised_by(self, shipped: date, country: str) -> date:
        return shipped + timedelta(days=self.promise_for(country))

    def stuck_cutoffs(self, now: datetime) -> tuple[datetime, dict[str, datetime]]:
        """The time before which a last scan means "stuck": everywhere, and per country that
        has its own threshold."""
        return (now - timedelta(days=self.stuck_days),
                {country: now - timedelta(days=days)
                 for country, days in self.stuck_by_country.items()})


@dataclass(frozen=True, slots=True)
class ParcelState:
    """What flags are worked out from: the shipment's stored tracking state."""

    status: TrackStatus
    sub_status: str
    quiet_since: datetime  # the newest scan, or the ship date before any scan
    country: str
    promised_by: date | None
    delivered_at: datetime | None
    handled_at: datetime | None = None  # the seller marked the flags handled at this time


def flags_of(parcel: ParcelState, rules: FlagRules, now: datetime) -> tuple[Flag, ...]:
    """Every flag that holds, most urgent first; none once the seller marked it handled and
    nothing happened since."""
    if parcel.handled_at is not None and parcel.handled_at >= parcel.quiet_since:
        return ()
    flags: list[Flag] = []
    final = is_final(parcel.status, parcel.sub_status)
    if is_returning(parcel.sub_status):
        flags.append(Flag.RETURNING)
    elif parcel.status in TROUBLE_STATUSES:
        flags.append(Flag.TROUBLE)
    if not final and now - parcel.quiet_since > timedelta(days=rules.stuck_after(parcel.country)):
        flags.append(Flag.STUCK)
    promised = parcel.promised_by
    if promised is not None:
        delivered = parcel.delivered_at
        if delivered is not None and parcel.status is TrackStatus.DELIVERED:
            if (delivered.date() > promised
                    and now - delivered <= timedelta(days=DELIVERED_LATE_SHOWN_DAYS)):
                flags.append(Flag.DELIVERED_LATE)
        elif not final and now.date() > promised:
            flags.append(Flag.LATE)
    return tuple(flags)


def could_flag(status: TrackStatus, sub_status: str, delivered_late: bool) -> bool:
    """Whether a flag can ever show on the parcel: still moving, going back, in trouble, or
    delivered late. The rest (delivered in time, expired) never flag again."""
    return (not is_final(status, sub_status) or is_returning(sub_status)
            or status in TROUBLE_STATUSES or delivered_late)


def days_between(start: datetime, end: datetime) -> float:
    """Elapsed days, fractional (delivery time)."""
    return (end - start).total_seconds() / 86400
