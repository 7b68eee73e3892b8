"""Settings → Shipments and tracking: the service is chosen from a list by its name."""

from __future__ import annotations


def test_the_tracking_service_is_a_choice_by_name(qtbot, workspace, runner):
    from seller_desk.ui.formatting import Formatter
    from seller_desk.ui.pages.settings import SettingsPage
    page = SettingsPage(runner, workspace.shop, Formatter())
    qtbot.addWidget(page)
    page.activate()
    box = page.editors["tracking_provider"]
    qtbot.waitUntil(lambda: box.currentData() == "17track", timeout=10000)
    assert [box.itemText(i) for i in range(box.count())] == ["17TRACK", "AfterShip"]
    box.setCurrentIndex(1)
    assert page.values()["tracking_provider"] == "aftership"
