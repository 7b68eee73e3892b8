"""The status bar's tracking corner: a refresh against the 17TRACK fake with progress, its
outcome in the window, a missing key reported, and the automatic interval."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from seller_desk.services.shipment_editing import ShipmentDraft
from seller_desk.store.models import Order
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.widgets.tracking_corner import TrackingCorner
from tests.fakes.seventeen_server import running_seventeen_fake

UPS = "1Z999AA10123456784"
WAIT = 15_000


@pytest.fixture
def shop(workspace):
    with workspace.database.read_session() as s:
        order = s.scalar(select(Order.id).where(Order.number == "E-2001"))
    workspace.shipment_editor.add(ShipmentDraft(
        order, "ups", UPS, datetime.now(UTC) - timedelta(days=2)))
    workspace.shop.set("tracking_17track_per_second", "50")


def test_refresh_shows_progress_then_the_new_state(qtbot, workspace, runner, shop,
                                                    monkeypatch):
    corner = TrackingCorner(runner, workspace, Formatter())
    qtbot.addWidget(corner)
    failures = []
    corner.failed.connect(failures.append)
    with qtbot.waitSignal(corner.failed, timeout=WAIT):
        corner.refresh()
    assert "No API key for 17TRACK" in str(failures[0])
    with running_seventeen_fake() as fake:
        monkeypatch.setenv("SELLER_DESK_17TRACK_URL", fake.url)
        monkeypatch.setenv("SELLER_DESK_17TRACK_KEY", fake.key)
        fake.script(UPS, "InTransit", "InTransit_Arrival",
                    [("2026-11-24T08:00:00Z", "Arrived", "MEMPHIS, US", "Arrival")])
        with qtbot.waitSignal(corner.refreshed, timeout=WAIT) as done:
            corner.refresh()
            assert corner.progress.running and corner.progress.isVisibleTo(corner)
    outcome = done.args[0]
    assert (outcome.registered, outcome.updated, outcome.failed) == (1, 1, 0)
    assert corner.outcome_text(outcome) == "17TRACK: 1 updated, 0 unchanged, 0 failed."
    qtbot.waitUntil(lambda: "checked just now" in corner.label.text(), timeout=WAIT)
    assert "1 on their way" in corner.label.text()
    assert not corner.progress.running


def test_the_timer_follows_the_setting_and_skips_without_a_key(qtbot, workspace, runner, shop):
    corner = TrackingCorner(runner, workspace, Formatter())
    qtbot.addWidget(corner)
    corner.set_interval(30)
    assert corner._auto.isActive() and corner._auto.interval() == 30 * 60_000
    corner.refresh_quietly()  # no key: nothing starts, nothing is reported
    assert not corner.progress.running
    corner.set_interval(0)
    assert not corner._auto.isActive()


def test_an_overdue_refresh_is_planned_soon_after_start(qtbot, workspace, runner, shop):
    corner = TrackingCorner(runner, workspace, Formatter())
    qtbot.addWidget(corner)
    corner.set_interval(60)
    corner.load_status()  # the parcel was never looked up
    qtbot.waitUntil(lambda: corner.status is not None, timeout=WAIT)
    assert corner._due.isActive()
    corner.stop()
    assert not corner._due.isActive()
