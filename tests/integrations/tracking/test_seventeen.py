"""The 17TRACK client against its fake: registering, reading batches, statuses and events."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from seller_desk.domain.tracking import Registration, Rejection, TrackStatus
from seller_desk.integrations.tracking.seventeen import SeventeenTrackClient
from tests.fakes.seventeen_server import SeventeenFake

NUMBER = "RR123456785CN"


def numbers(count: int) -> list[str]:
    return [f"LX{index:09d}DE" for index in range(count)]


def test_new_numbers_are_registered_with_their_carrier_key_and_tag(
        seventeen: SeventeenTrackClient, seventeen_fake: SeventeenFake) -> None:
    outcome = seventeen.register([Registration(NUMBER, carrier="3011", tag="order-1042"),
                                  Registration("1Z999AA10123456784")])
    assert outcome.registered == {NUMBER: "", "1Z999AA10123456784": ""}
    assert outcome.rejected == []
    assert seventeen_fake.registered[NUMBER] == (3011, "order-1042")  # sent as a number
    assert seventeen_fake.registered["1Z999AA10123456784"] == (100002, "")  # left to detect
    assert seventeen_fake.calls["register"] == 1


def test_a_number_registered_before_counts_as_registered(
        seventeen: SeventeenTrackClient, seventeen_fake: SeventeenFake) -> None:
    seventeen_fake.register_existing([NUMBER])
    outcome = seventeen.register([Registration(NUMBER), Registration("LX000000001DE")])
    assert outcome.registered == {NUMBER: "", "LX000000001DE": ""}
    assert outcome.rejected == []


def test_refused_numbers_come_back_with_17tracks_code_and_message(
        seventeen: SeventeenTrackClient, seventeen_fake: SeventeenFake) -> None:
    seventeen_fake.fail("reject", number="LX000000002DE", code=-18019903)
    outcome = seventeen.register([Registration(NUMBER), Registration("LX000000002DE"),
                                  Registration("bad-number!")])
    assert outcome.registered == {NUMBER: ""}
    assert outcome.rejected == [
        Rejection("LX000000002DE", "-18019903", "Carrier cannot be detected."),
        Rejection("bad-number!", "-18010012", "The format of 'bad-number!' is invalid."),
    ]


def test_a_carrier_that_is_not_a_17track_key_is_refused_without_a_call(
        seventeen: SeventeenTrackClient, seventeen_fake: SeventeenFake) -> None:
    outcome = seventeen.register([Registration(NUMBER, carrier="usps")])
    assert outcome.registered == {}
    assert [(r.number, r.code) for r in outcome.rejected] == [(NUMBER, "carrier")]
    assert seventeen_fake.calls == {}


def test_nothing_to_do_makes_no_call(seventeen: SeventeenTrackClient,
                                     seventeen_fake: SeventeenFake) -> None:
    assert seventeen.register([]).registered == {}
    assert seventeen.read([]).results == []
    assert seventeen_fake.calls == {}


def test_forty_numbers_go_in_one_call_and_forty_one_are_refused_before_sending(
        seventeen: SeventeenTrackClient, seventeen_fake: SeventeenFake) -> None:
    assert (seventeen.register_batch, seventeen.read_batch) == (40, 40)
    forty = [Registration(number) for number in numbers(40)]
    assert len(seventeen.register(forty).registered) == 40
    outcome = seventeen.read(forty)
    assert sorted(result.number for result in outcome.results) == numbers(40)
    assert outcome.rejected == []
    assert seventeen_fake.calls == {"register": 1, "gettrackinfo": 1}
    assert seventeen_fake.numbers_read == 40
    too_many = [*forty, Registration("LX999999999DE")]
    with pytest.raises(ValueError, match="40"):
        seventeen.register(too_many)
    with pytest.raises(ValueError, match="40"):
        seventeen.read(too_many)
    assert seventeen_fake.calls == {"register": 1, "gettrackinfo": 1}


def test_a_number_never_registered_is_refused_alone(seventeen: SeventeenTrackClient,
                                                    seventeen_fake: SeventeenFake) -> None:
    seventeen_fake.register_existing([NUMBER])
    outcome = seventeen.read([Registration(NUMBER), Registration("LX000000003DE")])
    assert [result.number for result in outcome.results] == [NUMBER]
    assert outcome.rejected == [Rejection(
        "LX000000003DE", "-18019902",
        "The tracking number 'LX000000003DE' does not register, please register first.")]


T1, T2, T3 = "2025-03-02T08:15:00Z", "2025-03-05T13:40:00Z", "2025-03-09T06:40:00Z"
# status, sub-status, scripted events (time, description, location, stage[, sub-status]),
# and the status 17TRACK's newest event maps to.
STATUS_CASES = [
    ("NotFound", "NotFound_Other", [], None),
    ("InfoReceived", "InfoReceived", [(T1, "Label created", "SHENZHEN, CN", "InfoReceived")],
     TrackStatus.INFO_RECEIVED),
    ("InTransit", "InTransit_Arrival", [(T1, "Picked up", "SHENZHEN, CN", "PickedUp"),
                                        (T2, "Arrived", "FRANKFURT, DE", "Arrival")],
     TrackStatus.IN_TRANSIT),
    ("Expired", "Expired_Other", [(T1, "Picked up", "SHENZHEN, CN", "PickedUp")],
     TrackStatus.IN_TRANSIT),
    ("AvailableForPickup", "AvailableForPickup_Other",
     [(T2, "At the post office", "PARIS, FR", "AvailableForPickup")],
     TrackStatus.AVAILABLE_FOR_PICKUP),
    ("OutForDelivery", "OutForDelivery_Other",
     [(T3, "Out for delivery", "CHICAGO, US", "OutForDelivery")], TrackStatus.OUT_FOR_DELIVERY),
    ("DeliveryFailure", "DeliveryFailure_NoBody",
     [(T3, "Nobody at home", "LONDON, GB", "", "DeliveryFailure_NoBody")],
     TrackStatus.DELIVERY_FAILURE),
    ("Delivered", "Delivered_Other", [(T2, "Out for delivery", "SYDNEY, AU", "OutForDelivery"),
                                      (T3, "Delivered", "SYDNEY, AU", "Delivered")],
     TrackStatus.DELIVERED),
    ("Exception", "Exception_Returned", [(T3, "Back with the sender", "YIWU, CN", "Returned")],
     TrackStatus.EXCEPTION),
]


@pytest.mark.parametrize(("status", "sub_status", "events", "event_status"), STATUS_CASES,
                         ids=[case[0] for case in STATUS_CASES])
def test_each_of_the_nine_statuses_is_read(
        seventeen: SeventeenTrackClient, seventeen_fake: SeventeenFake, status: str,
        sub_status: str, events: list[tuple[str, ...]], event_status: TrackStatus | None) -> None:
    seventeen_fake.script(NUMBER, status, sub_status, events, carrier=3011)
    (result,) = seventeen.read([Registration(NUMBER, carrier="3011")]).results
    assert result.status is TrackStatus(status)
    assert (result.sub_status, result.raw_status) == (sub_status, f"{status}/{sub_status}")
    assert result.carrier_code == "3011" and result.reference == ""
    assert len(result.events) == len(events)
    if events:
        assert result.events[0].status is event_status
        assert result.events[0].sub_status.startswith(status if status != "Expired"
                                                      else "InTransit")


def test_events_come_newest_first_in_utc(seventeen: SeventeenTrackClient,
                                         seventeen_fake: SeventeenFake) -> None:
    seventeen_fake.script(NUMBER, "Delivered", "Delivered_Other", [
        ("2025-03-05T14:40:00+01:00", "Arrived", "FRANKFURT, DE", "Arrival"),
        ("2025-03-02T08:15:00Z", "Picked up", "SHENZHEN, CN", "PickedUp"),
        ("2025-03-09T06:40:00Z", "Delivered", "BERLIN, DE", "Delivered"),
    ])
    (result,) = seventeen.read([Registration(NUMBER)]).results
    assert [event.time for event in result.events] == [
        datetime(2025, 3, 9, 6, 40, tzinfo=UTC), datetime(2025, 3, 5, 13, 40, tzinfo=UTC),
        datetime(2025, 3, 2, 8, 15, tzinfo=UTC)]
    assert all(event.time.tzinfo is UTC for event in result.events)
    newest = result.events[0]
    assert (newest.description, newest.location, newest.status, newest.sub_status) == (
        "Delivered", "BERLIN, DE", TrackStatus.DELIVERED, "Delivered_Other")
    assert [event.status for event in result.events[1:]] == [TrackStatus.IN_TRANSIT] * 2
    assert result.delivered_at == datetime(2025, 3, 9, 6, 40, tzinfo=UTC)


def test_an_unscripted_number_reads_back_the_same_plausible_journey(
        seventeen: SeventeenTrackClient, seventeen_fake: SeventeenFake) -> None:
    seventeen_fake.register_existing(numbers(40))
    first = seventeen.read([Registration(number) for number in numbers(40)]).results
    again = seventeen.read([Registration(number) for number in numbers(40)]).results
    assert first == again
    assert {result.status for result in first} == set(TrackStatus)  # every status shows up
    for result in first:
        times = [event.time for event in result.events]
        assert times == sorted(times, reverse=True)
        assert (len(result.events) == 0) == (result.status is TrackStatus.NOT_FOUND)
        assert len(result.events) <= 6
        travelling = result.status in {TrackStatus.INFO_RECEIVED, TrackStatus.IN_TRANSIT,
                                       TrackStatus.OUT_FOR_DELIVERY}
        assert (result.estimated_delivery is not None) == travelling
        if result.events:
            assert result.events[0].location and result.events[0].description


def test_the_client_never_shows_its_key(seventeen: SeventeenTrackClient) -> None:
    assert "test-17token" not in repr(seventeen)
