"""Loyalty in the window: the customer panel's block, granting points, the settings' groups."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from seller_desk.domain.money import Money
from seller_desk.ui.dialogs.loyalty import GrantPointsDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.customers import CustomersPage
from seller_desk.ui.pages.settings import SettingsPage

WAIT = 20_000


def _anna_open(qtbot, workspace, runner) -> tuple[CustomersPage, int]:
    page = CustomersPage(runner, workspace, Formatter())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT)
    anna = next(page.model.row_at(r).id for r in range(3)
                if page.model.row_at(r).name == "Anna Müller")
    page.open_detail(anna)
    return page, anna


def test_panel_shows_tier_points_and_their_causes(qtbot, workspace, runner):
    page, _anna = _anna_open(qtbot, workspace, runner)
    # Opening the customer brings her points up to date, then shows them.
    qtbot.waitUntil(lambda: "Earned on order #1001" in page.detail.toPlainText(), timeout=WAIT)
    text = page.detail.toPlainText()
    assert "Loyalty" in text and "Bronze" in text
    assert "Tier\nBronze\nPoints\n66\n" in text
    assert f"{Formatter().money(Money(43400, 'USD'))} more to reach Silver" in text
    assert "Earned on order #1002" in text and "+44" in text and "+22" in text


def test_grant_dialog_adds_a_row_and_refuses_without_a_reason(qtbot, workspace, runner,
                                                             monkeypatch):
    page, anna = _anna_open(qtbot, workspace, runner)
    qtbot.waitUntil(lambda: "Earned on order" in page.detail.toPlainText(), timeout=WAIT)
    refusals: list[str] = []

    def fake_exec(dialog: GrantPointsDialog) -> int:
        dialog.points.setValue(25)
        dialog.save()  # no reason yet
        qtbot.waitUntil(lambda: not dialog.messages.isHidden(), timeout=WAIT)
        refusals.append(dialog.messages.text)
        dialog.reason.setText("wrote a review")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=WAIT)
        return 1

    monkeypatch.setattr(GrantPointsDialog, "exec", fake_exec)
    page.on_link("loyalty-grant")
    qtbot.waitUntil(lambda: "Granted: wrote a review" in page.detail.toPlainText(),
                    timeout=WAIT)
    assert "Say why" in refusals[0]
    assert "+25" in page.detail.toPlainText()
    assert workspace.loyalty.customer(anna).balance == 66 + 25
    assert "Points granted." in page.messages.text


def test_settings_page_has_a_box_per_group(qtbot, workspace, runner):
    page = SettingsPage(runner, workspace.shop, Formatter())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.editors["shop_name"].text() == "Test Shop", timeout=WAIT)
    assert [box.title() for box in page.group_boxes.values()] == [
        "Shop", "Retention", "Loyalty", "Exchange rates", "Pricing", "Shipments and tracking",
        "Marketplace accounts"]
    loyalty = page.group_boxes["loyalty"]
    inside = {w.objectName() for w in loyalty.findChildren(QWidget)}
    assert {"setting_loyalty_tiers", "setting_loyalty_points_per_unit",
            "setting_loyalty_expiry_months"} <= inside
    retention = page.group_boxes["retention"]
    assert "setting_timezone" in {w.objectName() for w in retention.findChildren(QWidget)}
    assert "setting_loyalty_tiers" not in {w.objectName() for w in retention.findChildren(QWidget)}
    assert page.editors["loyalty_tiers"].text() == "Bronze: 0, Silver: 500, Gold: 2000"

    page.editors["loyalty_tiers"].setText("Bronze: 0, Silver: 499.995")
    page.save.click()
    qtbot.waitUntil(lambda: not page.messages.isHidden(), timeout=WAIT)
    assert "more decimals than the currency allows (2)" in page.messages.text
    page.editors["loyalty_tiers"].setText("Bronze: 0, Silver: 400")
    with qtbot.waitSignal(page.saved, timeout=WAIT):
        page.save.click()
    assert workspace.shop.get("loyalty_tiers") == "Bronze: 0, Silver: 400"


def test_the_window_brings_the_whole_ledger_up_to_date_in_the_background(
        qtbot, workspace, runner, paths):
    from seller_desk.ui.main_window import MainWindow

    window = MainWindow(workspace, runner, paths, "Test Shop", is_demo=False)
    qtbot.addWidget(window)
    window.update_loyalty()
    # Anna's two counted orders (44.00 + 22.00 USD) earn 66 points at 1 point per unit.
    qtbot.waitUntil(lambda: workspace.loyalty.customer(1).balance == 66, timeout=10_000)
