"""The AfterShip client against its fake: creating, finding existing ids, tags and checkpoints."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from seller_desk.domain.tracking import Registration, Rejection, TrackStatus
from seller_desk.integrations.tracking.aftership import LIST, AfterShipClient
from tests.fakes.aftership_server import AfterShipFake

NUMBER = "RR123456785CN"


def test_a_new_number_is_created_and_its_id_kept(aftership: AfterShipClient,
                                                 aftership_fake: AfterShipFake) -> None:
    outcome = aftership.register([Registration(NUMBER, carrier="china-post", tag="order-1042")])
    assert outcome.registered == {NUMBER: aftership_fake.id_of(NUMBER)}
    assert outcome.rejected == []
    (created,) = aftership_fake.trackings.values()
    assert (created.slug, created.title, created.order_id) == ("china-post", "order-1042",
                                                               "order-1042")


def test_the_courier_is_left_to_aftership_when_not_known(aftership: AfterShipClient,
                                                         aftership_fake: AfterShipFake) -> None:
    aftership.register([Registration("1Z999AA10123456784")])
    assert [t.slug for t in aftership_fake.trackings.values()] == ["ups"]


def test_an_existing_tracking_is_found_through_the_paged_list(
        aftership: AfterShipClient, aftership_fake: AfterShipFake) -> None:
    aftership_fake.register_existing(["LX000000001DE"], carrier="usps")
    wanted = aftership_fake.register_existing([NUMBER], carrier="china-post")[0]
    # The same number with 230 other couriers, listed first (newest first), so the lookup
    # has to follow the cursor past the first page of 200.
    for index in range(230):
        aftership_fake.register_existing([NUMBER], carrier=f"courier-{index:03d}")
    outcome = aftership.register([Registration(NUMBER, carrier="china-post")])
    assert outcome.registered == {NUMBER: wanted}
    assert aftership_fake.calls[LIST] == 2


def test_an_existing_tracking_of_a_detected_courier_is_found_on_the_first_page(
        aftership: AfterShipClient, aftership_fake: AfterShipFake) -> None:
    others = [f"LX{index:09d}DE" for index in range(250)]
    aftership_fake.register_existing(others)
    wanted = aftership_fake.register_existing([NUMBER])[0]
    outcome = aftership.register([Registration(NUMBER)])
    assert outcome.registered == {NUMBER: wanted}
    assert aftership_fake.calls[LIST] == 1


@pytest.mark.parametrize(("registration", "code"), [
    (Registration("no!"), "4005"),
    (Registration(NUMBER, carrier="no-such-courier"), "4010"),
])
def test_refused_numbers_come_back_with_aftership_codes(
        aftership: AfterShipClient, registration: Registration, code: str) -> None:
    outcome = aftership.register([registration])
    assert outcome.registered == {}
    assert [(r.number, r.code) for r in outcome.rejected] == [(registration.number, code)]
    assert outcome.rejected[0].message


@pytest.mark.parametrize("code", [4012, 4017])
def test_courier_refusals_are_per_number(aftership: AfterShipClient,
                                         aftership_fake: AfterShipFake, code: int) -> None:
    aftership_fake.fail("reject", number=NUMBER, code=code)
    outcome = aftership.register([Registration(NUMBER)])
    assert [(r.number, r.code) for r in outcome.rejected] == [(NUMBER, str(code))]


def test_one_number_per_call(aftership: AfterShipClient, aftership_fake: AfterShipFake) -> None:
    assert (aftership.register_batch, aftership.read_batch) == (1, 1)
    two = [Registration(NUMBER, reference="a"), Registration("LX000000001DE", reference="b")]
    with pytest.raises(ValueError, match="one number"):
        aftership.register(two)
    with pytest.raises(ValueError, match="one number"):
        aftership.read(two)
    assert aftership_fake.calls == {}


def test_reading_needs_the_id_registering_gave(aftership: AfterShipClient,
                                               aftership_fake: AfterShipFake) -> None:
    outcome = aftership.read([Registration(NUMBER)])
    assert [(r.number, r.code) for r in outcome.rejected] == [(NUMBER, "no-reference")]
    assert aftership_fake.calls == {}


def test_an_unknown_id_is_refused_with_4004(aftership: AfterShipClient) -> None:
    outcome = aftership.read([Registration(NUMBER, reference="0" * 32)])
    assert outcome.rejected == [Rejection(NUMBER, "4004", "Tracking does not exist.")]


T1, T2, T3 = "2025-03-02T08:15:00Z", "2025-03-05T13:40:00Z", "2025-03-09T06:40:00Z"
# tag, subtag, checkpoints (time, message, location, tag[, subtag]) and our status.
TAG_CASES = [
    ("Pending", "Pending_001", [], TrackStatus.NOT_FOUND),
    ("InfoReceived", "InfoReceived_001", [(T1, "Label created", "SHENZHEN, CN", "InfoReceived")],
     TrackStatus.INFO_RECEIVED),
    ("InTransit", "InTransit_007", [(T1, "Departed", "SHENZHEN, CN", "InTransit",
                                     "InTransit_007")], TrackStatus.IN_TRANSIT),
    ("OutForDelivery", "OutForDelivery_001", [(T2, "Out", "PARIS, FR", "OutForDelivery")],
     TrackStatus.OUT_FOR_DELIVERY),
    ("AttemptFail", "AttemptFail_001", [(T3, "Nobody home", "LONDON, GB", "AttemptFail")],
     TrackStatus.DELIVERY_FAILURE),
    ("Delivered", "Delivered_001", [(T3, "Delivered", "SYDNEY, AU", "Delivered")],
     TrackStatus.DELIVERED),
    ("AvailableForPickup", "AvailableForPickup_001",
     [(T2, "At the post office", "TORONTO, CA", "AvailableForPickup")],
     TrackStatus.AVAILABLE_FOR_PICKUP),
    ("Exception", "Exception_013", [(T3, "Lost", "CHICAGO, US", "Exception", "Exception_013")],
     TrackStatus.EXCEPTION),
    ("Expired", "Expired_001", [(T1, "Picked up", "YIWU, CN", "InTransit")],
     TrackStatus.EXPIRED),
]


@pytest.mark.parametrize(("tag", "subtag", "checkpoints", "status"), TAG_CASES,
                         ids=[case[0] for case in TAG_CASES])
def test_each_of_the_nine_tags_is_read(aftership: AfterShipClient, aftership_fake: AfterShipFake,
                                       tag: str, subtag: str,
                                       checkpoints: list[tuple[str, ...]],
                                       status: TrackStatus) -> None:
    aftership_fake.script(NUMBER, tag, subtag, checkpoints, carrier="royal-mail")
    reference = aftership_fake.id_of(NUMBER)
    (result,) = aftership.read([Registration(NUMBER, reference=reference)]).results
    assert (result.status, result.sub_status, result.raw_status) == (status, subtag,
                                                                     f"{tag}/{subtag}")
    assert (result.carrier_code, result.reference) == ("royal-mail", reference)
    assert len(result.events) == len(checkpoints)
    if checkpoints:
        newest = result.events[0]
        expected = status if tag != "Expired" else TrackStatus.IN_TRANSIT
        assert newest.status is expected
        assert newest.sub_status == (checkpoints[0][4] if len(checkpoints[0]) > 4
                                     else f"{checkpoints[0][3]}_001")


def test_checkpoints_come_newest_first_in_utc(aftership: AfterShipClient,
                                              aftership_fake: AfterShipFake) -> None:
    aftership_fake.script(NUMBER, "Delivered", "Delivered_001", [
        ("2025-03-02T16:15:00+08:00", "Accepted", "SHENZHEN, CN", "InTransit", "InTransit_002"),
        ("2025-03-05T14:40:00+01:00", "Arrived", "FRANKFURT, DE", "InTransit", "InTransit_004"),
        ("2025-03-09T07:40:00+01:00", "Delivered", "BERLIN, DE", "Delivered"),
    ])
    (result,) = aftership.read([Registration(NUMBER, reference=aftership_fake.id_of(NUMBER))]) \
        .results
    assert [event.time for event in result.events] == [
        datetime(2025, 3, 9, 6, 40, tzinfo=UTC), datetime(2025, 3, 5, 13, 40, tzinfo=UTC),
        datetime(2025, 3, 2, 8, 15, tzinfo=UTC)]
    assert [event.location for event in result.events] == ["BERLIN, DE", "FRANKFURT, DE",
                                                          "SHENZHEN, CN"]
    assert result.delivered_at == datetime(2025, 3, 9, 6, 40, tzinfo=UTC)


def test_the_made_up_journeys_read_back_with_estimates(aftership: AfterShipClient,
                                                       aftership_fake: AfterShipFake) -> None:
    batch = [f"LX{index:09d}DE" for index in range(40)]
    ids = aftership_fake.register_existing(batch)
    results = [aftership.read([Registration(n, reference=i)]).results[0]
               for n, i in zip(batch, ids, strict=True)]
    assert {result.status for result in results} == set(TrackStatus)
    for result in results:
        times = [event.time for event in result.events]
        assert times == sorted(times, reverse=True)
        if result.status is TrackStatus.IN_TRANSIT:
            assert isinstance(result.estimated_delivery, date)
    assert aftership_fake.numbers_read == 40


def test_the_client_never_shows_its_key(aftership: AfterShipClient) -> None:
    assert "test-as-key" not in repr(aftership)
