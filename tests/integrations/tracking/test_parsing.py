"""Reading payloads without a server: times, dates, odd items, and AfterShip's rate waits."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from seller_desk.domain.tracking import TrackStatus
from seller_desk.integrations.tracking.aftership import rate_wait, reset_wait
from seller_desk.integrations.tracking.aftership_parse import aftership_result, tracking_of
from seller_desk.integrations.tracking.parsing import (
    Malformed,
    day_of,
    seventeen_result,
    utc_time,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-03-09T06:40:00Z", datetime(2025, 3, 9, 6, 40, tzinfo=UTC)),
    ("2025-03-09T07:40:00+01:00", datetime(2025, 3, 9, 6, 40, tzinfo=UTC)),
    ("2025-03-09T06:40:00", datetime(2025, 3, 9, 6, 40, tzinfo=UTC)),  # no offset: UTC
    ("2025-03-09 06:40:00.250000-05:00", datetime(2025, 3, 9, 11, 40, 0, 250000, tzinfo=UTC)),
    ("yesterday", None), ("", None), (None, None), (1741502400, None),
])
def test_times_become_aware_utc(text: object, expected: datetime | None) -> None:
    assert utc_time(text) == expected
    if expected is not None:
        assert utc_time(text).tzinfo is UTC  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-03-12", date(2025, 3, 12)), ("2025-03-12T00:00:00+08:00", date(2025, 3, 12)),
    ("soon", None), (None, None), ("2025-13-01", None)])
def test_dates(text: object, expected: date | None) -> None:
    assert day_of(text) == expected


def seventeen_item(**track_info: Any) -> dict[str, Any]:
    info = {"latest_status": {"status": "InTransit", "sub_status": "InTransit_Other"},
            **track_info}
    return {"number": "RR123456785CN", "carrier": 3011, "track_info": info}


def test_a_17track_event_without_utc_time_falls_back_to_its_local_time() -> None:
    result = seventeen_result(seventeen_item(tracking={"providers": [{"events": [
        {"time_utc": None, "time_iso": "2025-03-09T07:40:00+01:00", "description": "Arrived"},
        {"time_utc": "not a time", "time_iso": "nor this", "description": "Lost scan"},
        "not an event",
        {"time_utc": "2025-03-02T08:15:00Z", "description": "Picked up",
         "address": {"city": "Shenzhen", "country": "CN"}},
    ]}]}))
    assert [(e.time, e.description, e.location) for e in result.events] == [
        (datetime(2025, 3, 9, 6, 40, tzinfo=UTC), "Arrived", ""),
        (datetime(2025, 3, 2, 8, 15, tzinfo=UTC), "Picked up", "Shenzhen, CN")]


def test_17track_events_of_several_carriers_merge_newest_first() -> None:
    result = seventeen_result(seventeen_item(tracking={"providers": [
        {"events": [{"time_utc": "2025-03-09T06:40:00Z", "stage": "Delivered",
                     "sub_status": None, "description": "Delivered"}]},
        {"events": [{"time_utc": "2025-03-05T10:00:00Z", "stage": "Departure",
                     "description": "Departed"},
                    {"time_utc": "2025-03-07T10:00:00Z", "stage": "PickedUp",
                     "description": "Handed over"}]},
    ]}))
    assert [e.description for e in result.events] == ["Delivered", "Handed over", "Departed"]
    # A stage that is itself a status counts; "PickedUp" and "Departure" are not statuses.
    assert [e.status for e in result.events] == [TrackStatus.DELIVERED, None, None]


@pytest.mark.parametrize(("estimate", "expected"), [
    ({"from": "2025-03-10T00:00:00+08:00", "to": "2025-03-12T00:00:00+08:00"},
     date(2025, 3, 12)),
    ({"from": "2025-03-10T00:00:00+08:00", "to": None}, date(2025, 3, 10)),
    ({"source": None, "from": None, "to": None}, None),
    (None, None),
])
def test_17track_estimated_delivery(estimate: object, expected: date | None) -> None:
    item = seventeen_item(time_metrics={"estimated_delivery_date": estimate})
    assert seventeen_result(item).estimated_delivery == expected


def test_a_17track_item_without_carrier_or_events_still_reads() -> None:
    item = seventeen_item()
    del item["carrier"]
    result = seventeen_result(item)
    assert (result.carrier_code, result.events, result.raw_status) == (
        "", (), "InTransit/InTransit_Other")


@pytest.mark.parametrize("track_info", [
    None, "InTransit", {"latest_status": "InTransit"},
    {"latest_status": {"status": "Moving"}},
    {"latest_status": {"status": "InTransit", "sub_status": 5}},
    {"latest_status": {"status": "InTransit"}, "tracking": {"providers": {}}},
    {"latest_status": {"status": "InTransit"}, "tracking": {"providers": ["x"]}},
    {"latest_status": {"status": "InTransit"}, "tracking": {"providers": [{"events": "none"}]}},
])
def test_a_garbled_17track_item_is_malformed(track_info: object) -> None:
    with pytest.raises(Malformed):
        seventeen_result({"number": "RR123456785CN", "track_info": track_info})


def aftership_tracking(**fields: Any) -> dict[str, Any]:
    return {"id": "abc", "tracking_number": "RR123456785CN", "slug": "china-post",
            "tag": "InTransit", "subtag": "InTransit_001", "checkpoints": [], **fields}


def test_aftership_checkpoints_without_offset_or_location() -> None:
    result = aftership_result(aftership_tracking(checkpoints=[
        {"checkpoint_time": "2025-03-02T08:15:00", "message": "Accepted", "tag": "InTransit",
         "city": "Shenzhen", "country_region": "CN"},
        {"checkpoint_time": "garbled", "message": "Skipped"},
        {"checkpoint_time": "2025-03-05T14:40:00+01:00", "message": "Arrived", "tag": "Odd",
         "location": "Frankfurt"},
    ]), "RR123456785CN")
    assert [(e.time, e.location, e.status) for e in result.events] == [
        (datetime(2025, 3, 5, 13, 40, tzinfo=UTC), "Frankfurt", None),
        (datetime(2025, 3, 2, 8, 15, tzinfo=UTC), "Shenzhen, CN", TrackStatus.IN_TRANSIT)]


@pytest.mark.parametrize(("fields", "expected"), [
    ({"expected_delivery": "2025-03-12"}, date(2025, 3, 12)),
    ({"courier_estimated_delivery_date": {"estimated_delivery_date": None,
                                          "estimated_delivery_date_max": "2025-03-14"}},
     date(2025, 3, 14)),
    ({"courier_estimated_delivery_date": "2025-03-13T00:00:00+02:00"}, date(2025, 3, 13)),
    ({"courier_estimated_delivery_date": None}, None),
])
def test_aftership_estimated_delivery(fields: dict[str, Any], expected: date | None) -> None:
    assert aftership_result(aftership_tracking(**fields), "x").estimated_delivery == expected


def test_an_older_aftership_answer_wraps_the_tracking() -> None:
    assert tracking_of({"tracking": aftership_tracking()})["id"] == "abc"
    assert tracking_of(aftership_tracking())["id"] == "abc"


@pytest.mark.parametrize("fields", [
    {"tag": None}, {"tag": "Lost"}, {"subtag": 3}, {"checkpoints": {"message": "x"}}])
def test_a_garbled_aftership_tracking_is_malformed(fields: dict[str, Any]) -> None:
    with pytest.raises(Malformed):
        aftership_result(aftership_tracking(**fields), "RR123456785CN")


@pytest.mark.parametrize(("headers", "attempt", "expected"), [
    ({"X-RateLimit-Reset": "1000"}, 1, 0.6),  # now is 999.4
    ({"X-RateLimit-Reset": "999"}, 1, 0.2),  # already past: still a short pause
    ({"X-RateLimit-Reset": "5000"}, 1, 60.0),  # never more than a minute
    ({"Retry-After": "3"}, 1, 3.0),  # versions before 2024-07
    ({}, 1, 1.0), ({}, 2, 2.0), ({}, 4, 8.0),  # no hint: exponential from 1 s
    ({"X-RateLimit-Reset": "soon"}, 3, 4.0),
])
def test_aftership_429_waits(headers: dict[str, str], attempt: int, expected: float) -> None:
    assert rate_wait(headers, attempt, now=999.4) == pytest.approx(expected)


def test_no_reset_header_is_no_hold() -> None:
    assert reset_wait({}, now=0.0) is None
