"""The Shipments page: the table and its filters, flagged parcels, the panel and its actions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from seller_desk.domain.tracking import TrackEvent, TrackResult, TrackStatus
from seller_desk.domain.tracking_numbers import make_dhl, make_ups, make_usps
from seller_desk.services.shipment_editing import ShipmentDraft
from seller_desk.services.tracking_refresh import parcel_update
from seller_desk.store.models import Shipment
from seller_desk.store.queries.tracking_writes import stored_parcels, write_updates
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.shipment_labels import TROUBLE_COLOUR, WAITING_COLOUR
from seller_desk.ui.pages.shipments import ShipmentsPage
from tests.ui.test_new_return import order_id

WAIT = 20_000
COLUMNS = ["⚠", "Tracking number", "Carrier", "Shipped", "Order", "Customer", "Marketplace",
           "Country", "Status", "Last scan", "Promised by", "Delivered"]


def line(workspace, number: str, sku: str) -> int:
    lines = workspace.shipment_editor.lines_left(order_id(workspace, number))
    return next(line_id for line_id, line_sku, *_rest in lines if line_sku == sku)


def ship(workspace, number: str, tracking: str, carrier: str = "ups", days: float = 1,
         **more) -> int:
    """A parcel of order `number`, sent `days` ago, added as the seller would."""
    return workspace.shipment_editor.add(ShipmentDraft(
        order_id(workspace, number), carrier, tracking,
        datetime.now(UTC) - timedelta(days=days), **more))


def track(workspace, shipment_id: int, status: TrackStatus, scans: list[tuple[float, str, str]],
          checked_hours: float = 2, sub_status: str = "", **columns) -> None:
    """What a lookup `checked_hours` ago said: `scans` as (days ago, what, where), newest
    first; `columns` are set on the shipment afterwards (check_error, …)."""
    now = datetime.now(UTC)
    events = tuple(TrackEvent(now - timedelta(days=days), text, place)
                   for days, text, place in scans)
    with workspace.database.session() as s:
        stored = stored_parcels(s, [shipment_id])[shipment_id]
        number = s.get(Shipment, shipment_id).tracking_number
        result = TrackResult(number, status, sub_status, f"{status.value}/{sub_status}", events)
        write_updates(s, [parcel_update(stored, result, now - timedelta(hours=checked_hours))])
    if columns:
        with workspace.database.session() as s:
            shipment = s.get(Shipment, shipment_id)
            for name, value in columns.items():
                setattr(shipment, name, value)


def shipments_page(qtbot, workspace, runner) -> ShipmentsPage:
    page = ShipmentsPage(runner, workspace, Formatter())
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    page.activate()
    settle(qtbot, page)
    return page


def settle(qtbot, page: ShipmentsPage, total: int | None = None) -> None:
    qtbot.waitUntil(lambda: page.model.total is not None and not page.model.loading
                    and (total is None or page.model.total == total), timeout=WAIT)


def ids(page: ShipmentsPage) -> set[int]:
    return {page.model.row_at(r).id for r in range(page.model.rowCount())}


def open_parcel(qtbot, page: ShipmentsPage, shipment_id: int) -> None:
    page.open_detail(shipment_id)
    qtbot.waitUntil(lambda: page.current_detail is not None
                    and page.current_detail.id == shipment_id, timeout=WAIT)


@pytest.fixture
def parcels(workspace) -> dict[str, int]:
    """Four parcels: a UPS one moving, a DHL one stuck, a USPS one delivered, one returning."""
    moving = ship(workspace, "E-2001", make_ups("123456789012345"), days=3,
                  lines=((line(workspace, "E-2001", "LAMP-RED"), 1),))
    stuck = ship(workspace, "#1002", make_dhl("123456789"), "dhl_express", days=12)
    delivered = ship(workspace, "#1001", make_usps("920011112222333344445"), "usps", days=20)
    back = ship(workspace, "#1004", "LX123456785CN", "china_post", days=30)
    track(workspace, moving, TrackStatus.IN_TRANSIT,
          [(1, "Departed facility", "Louisville, US"), (2, "Picked up", "Shenzhen, CN")],
          sub_status="InTransit_Departure")
    track(workspace, delivered, TrackStatus.DELIVERED,
          [(5, "Delivered, front door", "Berlin, DE"), (9, "Out for delivery", "Berlin, DE")])
    track(workspace, back, TrackStatus.EXCEPTION, [(1, "Returned to sender", "Tokyo, JP")],
          sub_status="Exception_Returning")
    return {"moving": moving, "stuck": stuck, "delivered": delivered, "back": back}


def test_the_model_passes_the_model_tester_and_sorts(qtbot, qtmodeltester, workspace, runner,
                                                      parcels):
    page = shipments_page(qtbot, workspace, runner)
    assert page.model.total == 3 and page.count_text(3) == "Shipments: 3"  # delivered hidden
    qtmodeltester.check(page.model, force_py=True)
    assert [page.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(page.model.columnCount())] == COLUMNS
    rows = {page.model.row_at(r).id: r for r in range(page.model.rowCount())}
    moving = rows[parcels["moving"]]
    cells = [page.model.index(moving, c).data() for c in range(len(COLUMNS))]
    assert cells[0] == "" and cells[2] == "UPS" and cells[4] == "E-2001"
    assert cells[5] == "Bob Smith" and cells[6] == "Etsy Shop" and cells[7] == "US"
    assert cells[8] == "In transit" and cells[9] == "1 d ago"
    status = page.model.index(moving, 8).data(Qt.ItemDataRole.ToolTipRole)
    assert "InTransit_Departure" in status
    assert page.model.index(moving, 9).data(Qt.ItemDataRole.ToolTipRole) == "Departed facility"
    stuck = page.model.index(rows[parcels["stuck"]], 0)
    assert stuck.data() == "⚠" and stuck.data(Qt.ItemDataRole.ForegroundRole) == WAITING_COLOUR
    assert stuck.data(Qt.ItemDataRole.ToolTipRole) == "Stuck"
    back = page.model.index(rows[parcels["back"]], 0)
    assert back.data(Qt.ItemDataRole.ForegroundRole) == TROUBLE_COLOUR
    assert back.data(Qt.ItemDataRole.ToolTipRole).splitlines()[:2] == [
        "Going back to you", "Past the promised date"]

    header = page.table.horizontalHeader()
    header.setSortIndicator(4, Qt.SortOrder.AscendingOrder)  # "Order" cannot sort
    assert header.sortIndicatorSection() == 3 and page.model.request.sort == "shipped_at"
    header.setSortIndicator(9, Qt.SortOrder.AscendingOrder)  # the longest quiet first
    qtbot.waitUntil(lambda: page.model.request.sort == "quiet_since"
                    and not page.model.loading, timeout=WAIT)
    assert page.model.row_at(0).id == parcels["stuck"]
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.request.sort == "carrier"
                    and not page.model.loading, timeout=WAIT)
    assert [page.model.row_at(r).carrier for r in range(3)] == [
        "china_post", "dhl_express", "ups"]


def test_filters_narrow_the_rows(qtbot, workspace, runner, parcels):
    page = shipments_page(qtbot, workspace, runner)
    filters = page.own_filters
    assert filters.not_delivered.isChecked()
    assert ids(page) == {parcels["moving"], parcels["stuck"], parcels["back"]}
    filters.carrier.setCurrentIndex(filters.carrier.findData("dhl_express"))
    settle(qtbot, page, 1)
    assert ids(page) == {parcels["stuck"]}
    filters.carrier.setCurrentIndex(0)
    settle(qtbot, page, 3)
    delivered = next(a for a in filters.status_menu.actions() if a.data() == "Delivered")
    delivered.setChecked(True)  # asking for delivered parcels lifts "Not delivered yet"
    assert not filters.not_delivered.isChecked()
    settle(qtbot, page, 1)
    assert ids(page) == {parcels["delivered"]}
    assert filters.status_button.text() == "Delivered"
    transit = next(a for a in filters.status_menu.actions() if a.data() == "InTransit")
    transit.setChecked(True)
    settle(qtbot, page, 2)
    assert filters.status_button.text() == "Statuses: 2"
    for action in (delivered, transit):
        action.setChecked(False)
    settle(qtbot, page, 4)
    country = page.filters.findChild(type(filters.carrier), "filter_country")
    country.addItem("JP", "JP")  # what set_choices offers from the shop's orders
    country.setCurrentIndex(country.findData("JP"))
    settle(qtbot, page, 1)
    assert ids(page) == {parcels["back"]}
    country.setCurrentIndex(0)
    settle(qtbot, page, 4)
    page.search.setText("E-2001")  # an order number
    page.search.returnPressed.emit()
    settle(qtbot, page, 1)
    assert ids(page) == {parcels["moving"]}
    page.search.setText("LX1234")  # the start of a tracking number
    page.search.returnPressed.emit()
    settle(qtbot, page, 1)
    assert ids(page) == {parcels["back"]}


def test_flagged_only_shows_a_stuck_parcel_until_it_is_marked_handled(qtbot, workspace, runner,
                                                                      parcels):
    page = shipments_page(qtbot, workspace, runner)
    page.show_flagged()
    settle(qtbot, page, 2)
    assert ids(page) == {parcels["stuck"], parcels["back"]}
    page.show_shipment(parcels["stuck"])
    qtbot.waitUntil(lambda: page.current_detail is not None
                    and page.table.selectionModel().hasSelection(), timeout=WAIT)
    assert page.selected()[0].id == parcels["stuck"]
    assert "⚠ Stuck" in page.detail.toPlainText()
    handled = page.panel_buttons.buttons["handled"]
    assert handled.isVisible() and not page.panel_buttons.buttons["not_handled"].isVisible()
    qtbot.mouseClick(handled, Qt.MouseButton.LeftButton)
    settle(qtbot, page, 1)
    assert ids(page) == {parcels["back"]}
    assert "Marked handled: 1." in page.messages.text
    qtbot.waitUntil(lambda: page.current_detail.handled_at is not None, timeout=WAIT)
    assert "Marked handled" in page.detail.toPlainText()
    not_handled = page.panel_buttons.buttons["not_handled"]
    assert not_handled.isVisible() and not handled.isVisible()
    qtbot.mouseClick(not_handled, Qt.MouseButton.LeftButton)
    settle(qtbot, page, 2)
    assert parcels["stuck"] in ids(page)


def test_the_panel_shows_the_timeline_and_the_age(qtbot, workspace, runner, parcels):
    track(workspace, parcels["stuck"], TrackStatus.IN_TRANSIT,
          [(10, "Arrived at hub", "Leipzig, DE")], checked_hours=5,
          check_error="17TRACK gave no answer for it.")
    page = shipments_page(qtbot, workspace, runner)
    open_parcel(qtbot, page, parcels["moving"])
    text = page.detail.toPlainText()
    assert "UPS 1Z" in text and "Order E-2001 · Bob Smith · US" in text
    assert "In transit · last checked 2 h ago" in text
    assert "Departed facility" in text and "Louisville, US" in text
    assert text.index("Departed facility") < text.index("Picked up")  # newest first
    assert "https://www.ups.com/track?tracknum=1Z" in text
    assert "Promised by" in text and "In the parcel" in text and "LAMP-RED" in text
    assert "The last lookup failed" not in text
    open_parcel(qtbot, page, parcels["stuck"])
    text = page.detail.toPlainText()
    assert "last checked 5 h ago" in text
    assert ("The last lookup failed: 17TRACK gave no answer for it. What shows here is the "
            "last known state, from 5 h ago.") in text
    assert "#b3261e" in page.detail.toHtml()
    assert "Arrived at hub" in text
    fresh = ship(workspace, "E-2001", make_ups("999999999999999"))  # the mug, still left
    open_parcel(qtbot, page, fresh)
    text = page.detail.toPlainText()
    assert "Not found yet · never looked up" in text and "Not looked up yet" in text


def test_links_and_actions_of_the_panel(qtbot, workspace, runner, parcels, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = shipments_page(qtbot, workspace, runner)
    open_parcel(qtbot, page, parcels["moving"])
    orders, customers = [], []
    page.open_order.connect(orders.append)
    page.open_customer.connect(customers.append)
    page.on_link("track")
    page.on_link("order")
    page.on_link("customer")
    detail = page.current_detail
    assert opened[0].toString() == detail.link and "ups.com" in detail.link
    assert orders == [detail.order_id] and customers == [detail.customer_id]
    qtbot.mouseClick(page.panel_buttons.buttons["copy"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == detail.number
    assert "Copied" in page.messages.text
    qtbot.mouseClick(page.panel_buttons.buttons["track"], Qt.MouseButton.LeftButton)
    assert opened[-1].toString() == detail.link


def test_refresh_asks_the_window_for_the_selected_parcels(qtbot, workspace, runner, parcels):
    page = shipments_page(qtbot, workspace, runner)
    asked = []
    page.refresh_requested.connect(asked.append)
    page.table.setFocus()
    page.table.selectRow(0)
    flag = QItemSelectionModel.SelectionFlag
    page.table.selectionModel().select(page.model.index(1, 0), flag.Select | flag.Rows)
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert asked == [[page.model.row_at(0).id, page.model.row_at(1).id]]
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # anywhere
    assert len(asked) == 2
    # The window looks them up, then has the page show what changed.
    track(workspace, parcels["stuck"], TrackStatus.DELIVERED, [(0.5, "Delivered", "Paris")])
    page.reload()
    settle(qtbot, page, 2)
    assert parcels["stuck"] not in ids(page)


def test_delete_asks_first_and_removes(qtbot, workspace, runner, parcels, monkeypatch):
    page = shipments_page(qtbot, workspace, runner)
    open_parcel(qtbot, page, parcels["moving"])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                        or QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.panel_buttons.buttons["delete"], Qt.MouseButton.LeftButton)
    assert "Delete shipment 1Z" in asked[0] and "of order E-2001" in asked[0]
    assert parcels["moving"] in ids(page)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.panel_buttons.buttons["delete"], Qt.MouseButton.LeftButton)
    settle(qtbot, page, 2)
    qtbot.waitUntil(lambda: "deleted" in page.messages.text, timeout=WAIT)
    assert parcels["moving"] not in ids(page) and page.current_detail is None
    assert workspace.shipments.of_order(order_id(workspace, "E-2001")) == ()


def test_the_table_menu_and_keys_act_on_the_selection(qtbot, workspace, runner, parcels,
                                                       monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = shipments_page(qtbot, workspace, runner)
    row = next(r for r in range(page.model.rowCount())
               if page.model.row_at(r).id == parcels["back"])
    page.table.setFocus()
    page.table.selectRow(row)
    menu = page.table_actions.menu(page.table)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["New shipment…", "Edit…", "Delete…", "Refresh tracking", "Mark handled",
                     "Not handled", "“Where is my order?” reply…", "Open order",
                     "Open customer", "Copy tracking number", "Open tracking page"]
    assert page.table_actions.acts["refresh"].shortcut().toString() == "Ctrl+R"
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "LX123456785CN"
    customers = []
    page.open_customer.connect(customers.append)
    page.table_actions.trigger("customer")  # #1004 is a guest's order
    qtbot.waitUntil(lambda: "no customer record" in page.messages.text, timeout=WAIT)
    assert customers == []
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    settle(qtbot, page, 2)
    assert parcels["back"] not in ids(page)


def test_the_where_is_my_order_reply_names_the_number_and_the_link(qtbot, workspace, runner,
                                                                   parcels):
    page = shipments_page(qtbot, workspace, runner)
    open_parcel(qtbot, page, parcels["stuck"])
    qtbot.mouseClick(page.panel_buttons.buttons["reply"], Qt.MouseButton.LeftButton)
    dialog = page.panel_actions.dialog
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=WAIT)
    body = dialog.body.toPlainText()
    detail = page.current_detail
    assert detail.number in body and detail.link in body and "DHL Express" in body
    assert dialog.draft.language == "de"  # Anna's language
    assert not dialog.kind.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: dialog.draft.language == "en", timeout=WAIT)
    dialog.copy_reply()
    assert detail.link in QGuiApplication.clipboard().text()
    dialog.reject()


def test_filters_and_columns_are_remembered(qtbot, workspace, runner):
    page = shipments_page(qtbot, workspace, runner)
    filters = page.own_filters
    filters.flagged_only.setChecked(True)
    filters.carrier.setCurrentIndex(filters.carrier.findData("ups"))
    next(a for a in filters.status_menu.actions() if a.data() == "Exception").setChecked(True)
    settings = QSettings()
    page.save_state(settings, "pages/shipments")
    again = ShipmentsPage(runner, workspace, Formatter())
    qtbot.addWidget(again)
    again.restore_state(settings, "pages/shipments")
    flt = again.model.request.filter
    assert flt.carriers == {"ups"} and flt.statuses == {"Exception"} and flt.flagged_at
    assert flt.open_only and again.own_filters.status_button.text() == "Exception"
