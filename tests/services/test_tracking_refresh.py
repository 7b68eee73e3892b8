"""Refreshing tracking against the loopback 17TRACK and AfterShip fakes: registration once,
batches, changes stored (and unchanged answers not rewritten), failures kept per parcel, and
a run that stops (bad key, quota, network) losing nothing already stored."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from seller_desk.integrations.http import HttpSession, RetryPolicy
from seller_desk.integrations.tracking import Throttle, make_client
from seller_desk.services.progress import Job
from seller_desk.services.replies import RepliesService
from seller_desk.services.secrets import SecretStore
from seller_desk.services.shipment_editing import ShipmentDraft, ShipmentEditor
from seller_desk.services.shipments import ShipmentsService
from seller_desk.services.tracking_refresh import TrackingRefresh
from seller_desk.services.tracking_setup import TrackingSetup
from seller_desk.store.models import Order, OrderStatusChange, Shipment, ShipmentEvent
from tests.factories import NOW, make_shop
from tests.fakes.seventeen_server import running_seventeen_fake

UPS = "1Z999AA10123456784"
S10 = "RR123456785CN"
DHL = "3318810025"
DELIVERED = [("2026-11-19T10:00:00Z", "Delivered, signed by ANNA", "BERLIN, DE", "Delivered"),
             ("2026-11-17T06:40:00Z", "Arrived at destination country", "FRANKFURT, DE",
              "Arrival"),
             ("2026-11-15T02:00:00Z", "Picked up", "SHENZHEN, CN", "PickedUp")]


@pytest.fixture
def fake():
    with running_seventeen_fake() as server:
        yield server


@pytest.fixture
def shop(database):
    made = make_shop(database)
    editor = ShipmentEditor(database, clock=lambda: NOW)
    ids = {
        "ups": editor.add(ShipmentDraft(made.orders["E-2001"], "ups", UPS, NOW - timedelta(6))),
        "s10": editor.add(ShipmentDraft(made.orders["#1002"], "china_post", S10,
                                        NOW - timedelta(6))),
        "dhl": editor.add(ShipmentDraft(made.orders["#1004"], "dhl_express", DHL,
                                        NOW - timedelta(30))),
    }
    return made, ids


def client(fake, **more):
    session = HttpSession(timeout=(2.0, 2.0), retry=RetryPolicy(attempts=1))
    return make_client("17track", fake.key, fake.url, session=session,
                       throttle=Throttle(1000), **more)


def refresh(database):
    return TrackingRefresh(database, clock=lambda: NOW)


def test_first_refresh_registers_once_reads_and_stores_the_timeline(database, fake, shop):
    made, ids = shop
    fake.script(S10, "Delivered", "Delivered_Other", DELIVERED)
    fake.script(UPS, "InTransit", "InTransit_Departure",
                [("2026-11-18T08:00:00Z", "Departed facility", "LOUISVILLE, US", "Departure")])
    outcome = refresh(database).run(client(fake), everything=True)
    assert (outcome.registered, outcome.updated, outcome.failed) == (3, 3, 0), outcome.failures
    assert fake.calls["register"] == 1 and fake.calls["gettrackinfo"] == 1
    service = ShipmentsService(database, RepliesService(database), clock=lambda: NOW)
    s10 = service.detail(ids["s10"])
    assert (s10.status.value, s10.sub_status) == ("Delivered", "Delivered_Other")
    assert s10.events[0].description == "Delivered, signed by ANNA"
    assert s10.delivered_at is not None and s10.delivered_at.day == 19
    assert s10.quiet_since == s10.delivered_at and s10.checked_at == NOW
    assert s10.raw_status == "Delivered/Delivered_Other"
    with database.read_session() as s:
        order = s.get(Order, made.orders["#1002"])
        assert order.status == "delivered"
        assert s.scalar(select(OrderStatusChange.author).where(
            OrderStatusChange.order_id == order.id, OrderStatusChange.new_status == "delivered")
        ) == "17TRACK"
        assert s.get(Shipment, ids["s10"]).final

    again = refresh(database).run(client(fake))
    assert fake.calls["register"] == 1  # registered numbers are never registered again
    assert (again.looked_up, again.updated, again.unchanged) == (2, 0, 2)  # delivered: final


def test_a_rejected_number_keeps_its_state_and_is_registered_again_later(database, fake, shop):
    _, ids = shop
    fake.script(UPS, "InTransit", "InTransit_Other",
                [("2026-11-18T08:00:00Z", "In transit", "LOUISVILLE, US", "Departure")])
    refresh(database).run(client(fake))
    fake.registered.pop(UPS)  # 17TRACK forgot it (deleted on their side)
    outcome = refresh(database).run(client(fake))
    assert outcome.failed == 1 and UPS in outcome.failures[0][0]
    assert "-18019902" in outcome.failures[0][1]
    with database.read_session() as s:
        ups = s.get(Shipment, ids["ups"])
        assert ups.status == "InTransit" and ups.last_event == "In transit"
        assert ups.provider == "" and "-18019902" in ups.check_error
    fake.script(UPS, "OutForDelivery", "OutForDelivery_Other",
                [("2026-11-20T08:00:00Z", "Out for delivery", "AUSTIN, US", "OutForDelivery")])
    third = refresh(database).run(client(fake))
    assert third.registered == 1 and third.failed == 0
    with database.read_session() as s:
        assert s.get(Shipment, ids["ups"]).status == "OutForDelivery"


def test_a_bad_key_stops_the_run_and_loses_nothing(database, fake, shop):
    _, ids = shop
    fake.script(UPS, "InTransit", "InTransit_Other",
                [("2026-11-18T08:00:00Z", "In transit", "LOUISVILLE, US", "Departure")])
    refresh(database).run(client(fake))
    with database.read_session() as s:
        events_before = s.scalar(select(func.count(ShipmentEvent.id)))
    bad = make_client("17track", "wrong-key", fake.url, throttle=Throttle(1000))
    outcome = refresh(database).run(bad)
    assert outcome.stopped is not None and outcome.stopped.fatal and not outcome.ok
    assert "key" in str(outcome.stopped).lower()
    with database.read_session() as s:
        assert s.scalar(select(func.count(ShipmentEvent.id))) == events_before
        assert s.get(Shipment, ids["ups"]).status == "InTransit"


def test_quota_used_up_stops_registration_with_a_clear_message(database, fake, shop):
    fake.fail("quota", prefix="register")
    outcome = refresh(database).run(client(fake))
    assert outcome.stopped is not None and "quota" in str(outcome.stopped).lower()
    with database.read_session() as s:
        assert s.scalar(select(func.count()).where(Shipment.provider != "")) == 0


def test_timeouts_fail_each_parcel_and_give_up_after_two_batches(database, fake, shop):
    fake.fail("slow", delay=1.0)
    session = HttpSession(timeout=(1.0, 0.2), retry=RetryPolicy(attempts=1))
    slow = make_client("17track", fake.key, fake.url, session=session,
                       throttle=Throttle(1000))
    slow.register_batch = 1  # three calls: the run stops after the second fails
    outcome = refresh(database).run(slow)
    assert outcome.stopped is not None and outcome.failed == 2
    assert all("seconds" in why or "answer" in why for _, why in outcome.failures)


def test_malformed_item_fails_only_that_parcel(database, fake, shop):
    fake.script(UPS, "InTransit", "InTransit_Other",
                [("2026-11-18T08:00:00Z", "In transit", "LOUISVILLE, US", "Departure")])
    fake.fail("garbled-item", prefix="gettrackinfo", number=S10)
    outcome = refresh(database).run(client(fake))
    assert outcome.failed == 1 and outcome.failures[0][0] == S10
    assert "cannot read" in outcome.failures[0][1]
    assert outcome.updated == 2  # the others: UPS as scripted, DHL as the fake makes it up


def test_cancel_between_batches_keeps_what_was_done(database, fake, shop):
    c = client(fake)
    c.read_batch = 1

    def progress(done: int, total: int, text: str) -> None:
        if done == 1 and text.startswith("Looking"):
            job.cancel()  # the seller presses Cancel while the second batch is due

    job = Job(progress)
    outcome = refresh(database).run(c, job)
    assert outcome.cancelled and outcome.looked_up == 1


def test_setup_reads_key_from_environment_then_keyring(database, monkeypatch, fake, shop):
    setup = TrackingSetup(database, SecretStore())
    assert not setup.config().has_key
    with pytest.raises(Exception, match="No API key for 17TRACK"):
        setup.client()
    assert setup.set_key("17track", "  abc123  ") is True
    assert setup.config().key_from == "keyring"
    monkeypatch.setenv("SELLER_DESK_17TRACK_URL", fake.url)
    monkeypatch.setenv("SELLER_DESK_17TRACK_KEY", fake.key)
    config = setup.config()
    assert (config.key_from, config.url) == ("environment", fake.url)
    outcome = refresh(database).run(setup.client())
    assert outcome.registered == 3
    setup.forget_key("17track")
    monkeypatch.delenv("SELLER_DESK_17TRACK_KEY")
    assert not setup.config().has_key


def test_no_keyring_keeps_the_key_for_this_session_only(database, memory_keyring):
    memory_keyring.priority = 0
    setup = TrackingSetup(database, SecretStore(memory_keyring))
    assert setup.set_key("aftership", "k-1") is False
    config = setup.config("aftership")
    assert config.key_from == "session" and not config.keyring_persistent
    assert memory_keyring.secrets == {}


def test_the_refresh_skips_final_parcels_unless_asked(database, fake, shop):
    _, ids = shop
    with database.session() as s:
        s.execute(update(Shipment).where(Shipment.id == ids["dhl"]).values(final=True,
                                                                             status="Delivered"))
    outcome = refresh(database).run(client(fake))
    assert outcome.registered == 2


def test_aftership_creates_once_then_reads_by_id(database, shop, monkeypatch):
    """The same refresh through AfterShip: a tracking is created per number (its id kept as
    the reference), then read by id; a second run creates nothing."""
    from tests.fakes.aftership_server import running_aftership_fake

    _, ids = shop
    with running_aftership_fake() as fake:
        monkeypatch.setenv("SELLER_DESK_AFTERSHIP_URL", fake.url)
        monkeypatch.setenv("SELLER_DESK_AFTERSHIP_KEY", fake.key)
        setup = TrackingSetup(database, SecretStore())
        first = refresh(database).run(setup.client("aftership"))
        assert (first.registered, first.failed) == (3, 0), first.failures
        created = fake.calls["POST /trackings"]
        fake.script(S10, "Delivered", "Delivered_001",
                    [("2026-11-19T10:00:00+01:00", "Delivered", "BERLIN, DE", "Delivered")])
        second = refresh(database).run(setup.client("aftership"))
        assert fake.calls["POST /trackings"] == created and second.registered == 0
        with database.read_session() as s:
            s10 = s.get(Shipment, ids["s10"])
            assert (s10.provider, s10.status, s10.final) == ("aftership", "Delivered", True)
            assert s10.provider_ref == fake.id_of(S10)
            assert s10.delivered_at.hour == 9  # 10:00 in Berlin is 09:00 UTC
