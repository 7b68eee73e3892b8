"""Reading tracking payloads: UTC times, dates, statuses, and 17TRACK items as TrackResults."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from seller_desk.domain.tracking import TrackEvent, TrackResult, TrackStatus

STATUSES = frozenset(TrackStatus)


class Malformed(Exception):
    """One item of an answer cannot be read; the item is rejected, the batch goes on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def utc_time(value: object) -> datetime | None:
    """An aware UTC datetime from ISO text ("…Z", "…+08:00"); naive text is taken as UTC;
    None when it is missing or unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def day_of(value: object) -> date | None:
    """The calendar date of "2025-03-12" or of an ISO datetime (its own local date)."""
    if not isinstance(value, str) or len(value.strip()) < 10:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def status_named(value: object) -> TrackStatus | None:
    return TrackStatus(value) if isinstance(value, str) and value in STATUSES else None


def text(value: object) -> str:
    """A display text: strings trimmed, None as "", anything else as its str()."""
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else str(value)


def mapping(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise Malformed(f"{what} is {type(value).__name__}, not an object")
    return value


def listing(value: object, what: str) -> list[Any]:
    """A JSON array; a missing one (null) is empty."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise Malformed(f"{what} is {type(value).__name__}, not a list")
    return value


def newest_first(events: Iterable[TrackEvent]) -> tuple[TrackEvent, ...]:
    # Stable: two scans in the same second keep the order the provider gave them.
    return tuple(sorted(events, key=lambda event: event.time, reverse=True))


def seventeen_result(item: Mapping[str, Any]) -> TrackResult:
    """A TrackResult from one accepted gettrackinfo item; Malformed when it cannot be read."""
    number = text(item.get("number"))
    info = mapping(item.get("track_info"), "track_info")
    latest = mapping(info.get("latest_status"), "track_info.latest_status")
    raw_status = latest.get("status")
    status = status_named(raw_status)
    if status is None:
        raise Malformed(f"'{raw_status}' is not a 17TRACK status")
    sub_status = latest.get("sub_status")
    if sub_status is not None and not isinstance(sub_status, str):
        raise Malformed("track_info.latest_status.sub_status is not text")
    sub_status = sub_status or ""
    tracking = mapping(info.get("tracking") or {}, "track_info.tracking")
    events: list[TrackEvent] = []
    for provider in listing(tracking.get("providers"), "track_info.tracking.providers"):
        provider = mapping(provider, "a tracking provider")
        events.extend(_seventeen_events(listing(provider.get("events"), "provider events")))
    metrics = info.get("time_metrics")
    estimate = metrics.get("estimated_delivery_date") if isinstance(metrics, Mapping) else None
    carrier = item.get("carrier")
    return TrackResult(
        number=number,
        status=status,
        sub_status=sub_status,
        raw_status=f"{raw_status}/{sub_status}",
        events=newest_first(events),
        carrier_code="" if carrier is None else text(carrier),
        estimated_delivery=_seventeen_estimate(estimate),
    )


def _seventeen_events(raw: list[Any]) -> Iterable[TrackEvent]:
    for event in raw:
        if not isinstance(event, Mapping):
            continue
        # time_utc is the instant; time_iso carries the scan's local offset and is only a
        # fallback (both name the same moment when present).
        moment = utc_time(event.get("time_utc")) or utc_time(event.get("time_iso"))
        if moment is None:
            continue  # one unreadable scan must not hide the rest of the history
        sub_status = text(event.get("sub_status"))
        yield TrackEvent(
            time=moment,
            description=text(event.get("description")),
            location=text(event.get("location")) or _address(event.get("address")),
            status=_seventeen_event_status(sub_status, event.get("stage")),
            sub_status=sub_status,
        )


def _seventeen_event_status(sub_status: str, stage: object) -> TrackStatus | None:
    """The main status of a scan: the prefix of its sub-status ("InTransit_Arrival"), else its
    stage when that is itself a status ("Delivered"; "PickedUp" is not)."""
    return status_named(sub_status.partition("_")[0]) or status_named(stage)


def _address(value: object) -> str:
    if not isinstance(value, Mapping):
        return ""
    parts = (text(value.get(key)) for key in ("city", "state", "country"))
    return ", ".join(part for part in parts if part)


def _seventeen_estimate(value: object) -> date | None:
    if not isinstance(value, Mapping):
        return None
    return day_of(value.get("to")) or day_of(value.get("from"))
