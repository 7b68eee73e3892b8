from PySide6.QtCore import QSettings, Qt

from seller_desk.ui.main_window import PAGE_KEYS, MainWindow


def make_window(qtbot, workspace, runner, paths):
    window = MainWindow(workspace, runner, paths, "Test Shop", is_demo=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=20_000)
    return window


def test_pages_switch_with_ctrl_number_and_show_real_figures(qtbot, workspace, runner, paths):
    window = make_window(qtbot, workspace, runner, paths)
    assert window.windowTitle() == "Test Shop — Seller Desk"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    orders = window.pages["orders"]
    assert window.stack.currentWidget() is orders
    qtbot.waitUntil(lambda: orders.model.total == 6 and orders.model.rowCount() == 6,
                    timeout=20_000)
    assert orders.status.text() == "Orders: 6 · shown: 6"
    qtbot.waitUntil(lambda: "shop.sqlite3" in window.db_label.text(), timeout=20_000)
    assert "KiB" in window.db_label.text() or "MiB" in window.db_label.text()


def test_search_and_detail_panel(qtbot, workspace, runner, paths):
    window = make_window(qtbot, workspace, runner, paths)
    window.show_page(PAGE_KEYS.index("orders"))
    page = window.pages["orders"]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "mug")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.total == 3 and not page.model.loading, timeout=20_000)
    page.table.doubleClicked.emit(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail.isVisible(), timeout=20_000)
    text = page.detail.toPlainText()
    assert "Order E-2001" in text and "MUG-01" in text and "Line total" in text


def test_filter_choices_come_from_the_shop(qtbot, workspace, runner, paths):
    window = make_window(qtbot, workspace, runner, paths)
    combo = window.pages["orders"].filters._combos["country"]
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=20_000)
    assert [combo.itemText(i) for i in range(combo.count())] == ["All countries", "CN", "DE", "US"]
    window.show_page(PAGE_KEYS.index("orders"))
    combo.setCurrentIndex(2)
    page = window.pages["orders"]
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=20_000)


def test_dashboard_cards(qtbot, workspace, runner, paths):
    window = make_window(qtbot, workspace, runner, paths)
    window.show_page(0)
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20_000)
    assert page.cards["orders"].value.text().isdigit()
    assert page.top.rowCount() >= 0


def test_geometry_and_last_page_are_remembered(qtbot, workspace, runner, paths):
    window = make_window(qtbot, workspace, runner, paths)
    window.resize(1000, 700)
    window.show_page(PAGE_KEYS.index("listings"))
    size = window.size()
    window.close()
    assert QSettings().value("window/page") == "listings"
    again = make_window(qtbot, workspace, runner, paths)
    assert again.stack.currentWidget() is again.pages["listings"]
    assert again.size() == size


def test_settings_page_validates_and_saves(qtbot, workspace, runner, paths):
    window = make_window(qtbot, workspace, runner, paths)
    window.show_page(PAGE_KEYS.index("settings"))
    page = window.pages["settings"]
    qtbot.waitUntil(lambda: page.editors["shop_name"].text() == "Test Shop", timeout=20_000)
    page.editors["shop_name"].setText("   ")
    page.save.click()
    qtbot.waitUntil(lambda: page.messages.isVisible(), timeout=20_000)
    assert "cannot be empty" in page.messages.text
    assert workspace.shop.get("shop_name") == "Test Shop"
    page.editors["shop_name"].setText("Renamed Shop")
    with qtbot.waitSignal(page.saved, timeout=20_000):
        page.save.click()
    assert window.windowTitle() == "Renamed Shop — Seller Desk"
    assert workspace.shop.get("shop_name") == "Renamed Shop"


def test_each_page_opens_in_its_own_sort_and_keeps_the_sellers(qtbot, workspace, runner, paths):
    window = make_window(qtbot, workspace, runner, paths)
    orders = window.pages["orders"]
    header = orders.table.horizontalHeader()
    assert orders.model.request.sort == "placed_at" and orders.model.request.descending
    assert header.sortIndicatorSection() == 1
    window.show_page(PAGE_KEYS.index("orders"))
    qtbot.waitUntil(lambda: orders.model.rowCount() == 6, timeout=20_000)
    assert orders.model.index(0, 0).data() == "E-2002"
    header.setSortIndicator(7, Qt.SortOrder.AscendingOrder)  # the seller clicks "Total"
    qtbot.waitUntil(lambda: orders.model.request.sort == "total" and not orders.model.loading,
                    timeout=20_000)
    window.close()
    again = make_window(qtbot, workspace, runner, paths)
    assert again.pages["orders"].model.request.sort == "total"
    assert not again.pages["orders"].model.request.descending


def test_customer_detail_names_the_country(qtbot, workspace, runner, paths):
    from seller_desk.ui.pages.labels import country_label

    assert country_label("DE") == "DE · Germany"
    assert country_label("XX") == "XX" and country_label("") == ""
    window = make_window(qtbot, workspace, runner, paths)
    window.show_page(PAGE_KEYS.index("customers"))
    page = window.pages["customers"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20_000)
    anna = next(r for r in range(3) if page.model.index(r, 0).data() == "Anna Müller")
    assert page.model.index(anna, 2).data(Qt.ItemDataRole.ToolTipRole) == "DE · Germany"
    page.table.doubleClicked.emit(page.model.index(anna, 0))
    qtbot.waitUntil(lambda: page.detail.isVisible(), timeout=20_000)
    assert "DE · Germany" in page.detail.toPlainText()


def test_language_switches_live_from_settings(qtbot, workspace, runner, paths, qapp):
    from seller_desk.ui.translator import Translator

    translator = Translator(qapp)
    window = make_window(qtbot, workspace, runner, paths)
    window.language_changed.connect(translator.apply)
    try:
        window.show_page(PAGE_KEYS.index("settings"))
        page = window.pages["settings"]
        qtbot.waitUntil(lambda: page.editors["shop_name"].text() == "Test Shop", timeout=20_000)
        language = page.editors["language"]
        language.setCurrentIndex(language.findData("zh_CN"))
        with qtbot.waitSignal(window.language_changed, timeout=20_000):
            page.save.click()
        qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "订单", timeout=20_000)
        assert window.pages["orders"].title.text() == "订单"
        assert window.file_menu.title().startswith("文件")
        assert window.windowTitle() == "Test Shop — Seller Desk"
    finally:
        translator.apply("en")
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "Orders", timeout=20_000)


def test_back_up_now_reports_where(qtbot, workspace, runner, paths):
    window = make_window(qtbot, workspace, runner, paths)
    window.back_up()
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=20_000)
    assert list(paths.backups.glob("shop-*-manual.sqlite3"))


def test_long_store_names_do_not_widen_the_window(qtbot, workspace, runner, paths):
    with workspace.database.session() as session:
        from seller_desk.store.models import MarketplaceAccount

        for account in session.query(MarketplaceAccount):
            account.name = f"{account.name} – a very long store name for a small screen"
    window = make_window(qtbot, workspace, runner, paths)
    combo = window.pages["orders"].filters._combos["marketplace"]
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=20_000)
    assert window.minimumSizeHint().width() <= 1024
    # The list that drops down shows the names whole.
    assert combo.view().minimumWidth() > combo.sizeHint().width()
