"""AfterShip tracking objects as TrackResults: tags to statuses, checkpoints to events."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from seller_desk.domain.tracking import TrackEvent, TrackResult, TrackStatus
from seller_desk.integrations.tracking.parsing import (
    Malformed,
    day_of,
    listing,
    mapping,
    newest_first,
    text,
    utc_time,
)

# AfterShip's nine tags; two are named differently from our statuses, the rest the same.
TAG_STATUS: dict[str, TrackStatus] = {
    "Pending": TrackStatus.NOT_FOUND,
    "InfoReceived": TrackStatus.INFO_RECEIVED,
    "InTransit": TrackStatus.IN_TRANSIT,
    "OutForDelivery": TrackStatus.OUT_FOR_DELIVERY,
    "AttemptFail": TrackStatus.DELIVERY_FAILURE,
    "Delivered": TrackStatus.DELIVERED,
    "AvailableForPickup": TrackStatus.AVAILABLE_FOR_PICKUP,
    "Exception": TrackStatus.EXCEPTION,
    "Expired": TrackStatus.EXPIRED,
}


def tracking_of(data: object) -> Mapping[str, Any]:
    """The tracking object of a `data` block: itself (2024-10 and later) or `data.tracking`
    (older versions wrapped it)."""
    data = mapping(data, "data")
    inner = data.get("tracking")
    return inner if isinstance(inner, Mapping) else data


def aftership_result(tracking: Mapping[str, Any], number: str, reference: str = "") -> TrackResult:
    """A TrackResult for `number` from one tracking object (`reference`: the id it was asked
    by, kept should the object lack one); Malformed when it cannot be read."""
    tag = tracking.get("tag")
    if not isinstance(tag, str) or tag not in TAG_STATUS:
        raise Malformed(f"'{tag}' is not an AfterShip tag")
    subtag = tracking.get("subtag")
    if subtag is not None and not isinstance(subtag, str):
        raise Malformed("subtag is not text")
    subtag = subtag or ""
    checkpoints = listing(tracking.get("checkpoints"), "checkpoints")
    return TrackResult(
        number=number,
        status=TAG_STATUS[tag],
        sub_status=subtag,
        raw_status=f"{tag}/{subtag}",
        events=newest_first(_events(checkpoints)),  # AfterShip lists the oldest first
        carrier_code=text(tracking.get("slug")),
        reference=text(tracking.get("id")) or reference,
        estimated_delivery=_estimate(tracking),
    )


def _events(checkpoints: Iterable[Any]) -> Iterable[TrackEvent]:
    for checkpoint in checkpoints:
        if not isinstance(checkpoint, Mapping):
            continue
        moment = utc_time(checkpoint.get("checkpoint_time"))
        if moment is None:
            continue  # one unreadable scan must not hide the rest of the history
        tag = checkpoint.get("tag")
        yield TrackEvent(
            time=moment,
            description=text(checkpoint.get("message")),
            location=text(checkpoint.get("location")) or _place(checkpoint),
            status=TAG_STATUS.get(tag) if isinstance(tag, str) else None,
            sub_status=text(checkpoint.get("subtag")),
        )


def _place(checkpoint: Mapping[str, Any]) -> str:
    country = checkpoint.get("country_region") or checkpoint.get("country_name")
    parts = (text(part) for part in (checkpoint.get("city"), checkpoint.get("state"), country))
    return ", ".join(part for part in parts if part)


def _estimate(tracking: Mapping[str, Any]) -> date | None:
    """The expected delivery day: `expected_delivery` (text), else the courier's estimate, an
    object in current versions ({estimated_delivery_date, …_min, …_max}) or text in older."""
    found = day_of(tracking.get("expected_delivery"))
    if found is not None:
        return found
    courier = tracking.get("courier_estimated_delivery_date")
    if isinstance(courier, Mapping):
        for key in ("estimated_delivery_date", "estimated_delivery_date_max",
                    "estimated_delivery_date_min"):
            found = day_of(courier.get(key))
            if found is not None:
                return found
        return None
    return day_of(courier)
