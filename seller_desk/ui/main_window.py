"""The main window: sidebar of pages, menus, shortcuts, status bar; remembers its geometry."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from seller_desk.domain.errors import KnownError
from seller_desk.paths import AppPaths
from seller_desk.services.choices import FilterChoices
from seller_desk.services.imports import ImportOutcome
from seller_desk.services.maintenance import DatabaseInfo
from seller_desk.services.profit import CostingOutcome
from seller_desk.services.tracking_refresh import RefreshOutcome
from seller_desk.services.workspace import Workspace
from seller_desk.ui.dialogs.about import show_about
from seller_desk.ui.dialogs.import_orders import ImportDialog
from seller_desk.ui.dialogs.reply import ReplyDialog
from seller_desk.ui.dialogs.shipment_editor import ShipmentDialog
from seller_desk.ui.dialogs.sync_accounts import AccountsSection
from seller_desk.ui.dialogs.tracking_key import TrackingKeyDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.customers import CustomersPage
from seller_desk.ui.pages.dashboard import DashboardPage
from seller_desk.ui.pages.listings import ListingsPage
from seller_desk.ui.pages.orders import OrdersPage
from seller_desk.ui.pages.profit import ProfitPage
from seller_desk.ui.pages.retention import RetentionPage
from seller_desk.ui.pages.returns import ReturnsPage
from seller_desk.ui.pages.settings import SettingsPage
from seller_desk.ui.pages.shipments import ShipmentsPage
from seller_desk.ui.pages.table_page import TablePage
from seller_desk.ui.sync_menu import SyncMenu
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import error_text
from seller_desk.ui.widgets.rates_label import RatesCorner, refresh_shortcut
from seller_desk.ui.widgets.tracking_corner import TrackingCorner

PAGE_KEYS = ("dashboard", "orders", "returns", "shipments", "customers", "retention", "profit",
             "listings", "settings")
# Their column widths are remembered.
TABLE_PAGES = ("orders", "returns", "shipments", "customers", "listings")
SETTLE_MS = 1500


class MainWindow(QMainWindow):
    closed = Signal()
    new_database = Signal()
    open_database = Signal()
    language_changed = Signal(str)
    rates_changed = Signal()  # stored exchange rates changed (refresh, typed, imported)

    def __init__(
        self, workspace: Workspace, runner: TaskRunner, paths: AppPaths, shop_name: str,
        is_demo: bool,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace, self.runner, self.paths = workspace, runner, paths
        self.shop_name, self.is_demo = shop_name, is_demo
        self.fmt = Formatter()
        ws = workspace
        self.pages: dict[str, QWidget] = {
            "dashboard": DashboardPage(runner, ws.dashboard, self.fmt, ws.attention.figures),
            "orders": OrdersPage(runner, ws, self.fmt),
            "returns": ReturnsPage(runner, ws, self.fmt),
            "shipments": ShipmentsPage(runner, ws, self.fmt),
            "customers": CustomersPage(runner, ws, self.fmt),
            "retention": RetentionPage(runner, ws.retention, ws.winback, ws.campaigns, self.fmt),
            "profit": ProfitPage(runner, ws.profit, self.fmt),
            "listings": ListingsPage(runner, ws.listings, self.fmt, ws.pricing),
            "settings": SettingsPage(runner, ws.shop, self.fmt, policies=ws.return_policies,
                                     accounts=AccountsSection(runner, ws, self.fmt)),
        }
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setFixedWidth(170)
        self.stack = QStackedWidget()
        for key in PAGE_KEYS:
            self.sidebar.addItem(QListWidgetItem())
            self.stack.addWidget(self.pages[key])
        self.sidebar.currentRowChanged.connect(self.show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel(objectName="databaseLabel")
        self.busy_label = QLabel(objectName="busyLabel")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.rates_corner = RatesCorner(runner, workspace.rates, self.fmt)
        self.statusBar().addPermanentWidget(self.rates_corner)
        self.tracking = TrackingCorner(runner, workspace, self.fmt)
        self.statusBar().addPermanentWidget(self.tracking)
        self._build_menus()
        self._wire()
        self.sync = SyncMenu(self)  # the Marketplaces menu and the sync corner
        self.setStyleSheet(
            "#pageTitle { font-size: 16pt; font-weight: 600; }"
            " #sectionTitle { font-size: 12pt; font-weight: 600; }"
            " #sidebar { font-size: 11pt; } #sidebar::item { padding: 8px; }"
        )
        self.retranslate()
        self._restore()
        self._size_timer = QTimer(self, interval=30_000)
        self._size_timer.timeout.connect(self.refresh_database_info)
        self._size_timer.start()
        # Counts for the status bar and the filter menus wait until the first page has drawn.
        self._settle_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle_timer.timeout.connect(self.refresh_database_info)
        self._settle_timer.timeout.connect(self._load_choices)
        self._settle_timer.timeout.connect(self.update_loyalty)
        self._settle_timer.timeout.connect(self.cost_orders)
        self._settle_timer.start()
        # Points expire and tiers lapse with time alone: the ledger catches up every hour.
        self._loyalty_timer = QTimer(self, interval=3_600_000)
        self._loyalty_timer.timeout.connect(self.update_loyalty)
        self._loyalty_timer.start()

    # -- construction --------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.act_new = QAction(self, shortcut=QKeySequence.StandardKey.New)
        self.act_open = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.act_backup = QAction(self, shortcut=QKeySequence("Ctrl+Shift+B"))
        self.act_import = QAction(self, shortcut=QKeySequence("Ctrl+I"))
        self.act_quit = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.act_new, self.act_open, self.act_import, self.act_backup):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.view_menu = self.menuBar().addMenu("")
        self.act_refresh = QAction(self, shortcut=QKeySequence.StandardKey.Refresh)
        self.act_find = QAction(self, shortcut=QKeySequence.StandardKey.Find)
        self.view_menu.addAction(self.act_refresh)
        self.view_menu.addAction(self.act_find)
        self.view_menu.addSeparator()
        self.page_actions = [
            QAction(self, shortcut=QKeySequence(f"Ctrl+{n}")) for n in range(1, len(PAGE_KEYS) + 1)
        ]
        for action in self.page_actions:
            self.view_menu.addAction(action)
        self.rates_menu = self.menuBar().addMenu("")
        self.act_refresh_rates = QAction(self, shortcut=refresh_shortcut())
        self.act_rates = QAction(self)
        self.rates_menu.addAction(self.act_refresh_rates)
        self.rates_menu.addAction(self.act_rates)
        self.act_refresh_tracking = QAction(self, shortcut=QKeySequence("Ctrl+Shift+T"))
        self.view_menu.insertAction(self.page_actions[0], self.act_refresh_tracking)
        self.help_menu = self.menuBar().addMenu("")
        self.act_about = QAction(self)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.act_about)

    def _wire(self) -> None:
        self.act_new.triggered.connect(self.new_database.emit)
        self.act_open.triggered.connect(self.open_database.emit)
        self.act_backup.triggered.connect(self.back_up)
        self.act_import.triggered.connect(self.import_orders)
        self.act_quit.triggered.connect(self.close)
        orders, customers = self.pages["orders"], self.pages["customers"]
        assert isinstance(orders, OrdersPage) and isinstance(customers, CustomersPage)
        orders.import_requested.connect(self.import_orders)
        orders.orders_changed.connect(self.cost_orders)
        orders.open_customer.connect(lambda cid: self._open("customers", cid))
        customers.open_order.connect(lambda oid: self._open("orders", oid))
        customers.new_order.connect(lambda cid: (self._open("orders", None),
                                                 orders.new_order(cid)))
        for page in (orders, customers):
            page.reply_requested.connect(self.reply)
        returns = self.pages["returns"]
        assert isinstance(returns, ReturnsPage)
        orders.return_opened.connect(lambda rid: (returns.refresh(),
                                                  self._open("returns", rid)))
        returns.open_order.connect(lambda oid: self._open("orders", oid))
        returns.open_customer.connect(lambda cid: self._open("customers", cid))
        returns.orders_changed.connect(lambda: (orders.refresh(), self.cost_orders()))
        self.pages["retention"].open_customer.connect(  # type: ignore[attr-defined]
            lambda cid: self._open("customers", cid))
        self.act_refresh.triggered.connect(self.refresh_current)
        self.act_refresh_rates.triggered.connect(self.rates_corner.refresh)
        self.act_rates.triggered.connect(self.rates_corner.open_dialog)
        self.rates_corner.rates_changed.connect(self.rates_changed)
        self.rates_changed.connect(self.recheck_prices_and_costs)
        dashboard = self.pages["dashboard"]
        assert isinstance(dashboard, DashboardPage)
        dashboard.attention.open_prices.connect(self._show_prices_to_check)
        dashboard.attention.open_losses.connect(lambda: (self._open("orders", None),
                                                         orders.show_losses()))
        dashboard.attention.open_rates.connect(self.rates_corner.open_dialog)
        dashboard.attention.open_returns.connect(lambda: (self._open("returns", None),
                                                          returns.show_overdue()))
        customers.open_return.connect(lambda rid: self._open("returns", rid))
        self._wire_shipments(orders, dashboard)
        self.pages["listings"].listings_changed.connect(  # type: ignore[attr-defined]
            self.recheck_prices_and_costs)
        self.rates_corner.manual_failed.connect(self.show_error)
        self.act_find.triggered.connect(lambda: self.current_page().focus_search())
        self.act_about.triggered.connect(
            lambda: show_about(self, self.paths, self.workspace.database.display_name)
        )
        for number, action in enumerate(self.page_actions):
            action.triggered.connect(lambda _c=False, n=number: self.show_page(n))
        settings_page = self.pages["settings"]
        assert isinstance(settings_page, SettingsPage)
        settings_page.saved.connect(self._settings_saved)
        settings_page.backup_requested.connect(self.back_up)
        self.runner.busy_changed.connect(
            lambda busy: self.busy_label.setText(self.tr("Working…") if busy else "")
        )

    def _wire_shipments(self, orders: OrdersPage, dashboard: DashboardPage) -> None:
        shipments = self.pages["shipments"]
        assert isinstance(shipments, ShipmentsPage)
        shipments.open_order.connect(lambda oid: self._open("orders", oid))
        shipments.open_customer.connect(lambda cid: self._open("customers", cid))
        shipments.refresh_requested.connect(self.tracking.refresh)
        orders.shipment_requested.connect(self.new_shipment)
        orders.open_shipment.connect(lambda sid: self._open("shipments", sid))
        dashboard.attention.open_shipments.connect(lambda: (self._open("shipments", None),
                                                            shipments.show_flagged()))
        dashboard.attention.open_shipment.connect(lambda sid: self._open("shipments", sid))
        self.tracking.clicked.connect(lambda: self._open("shipments", None))
        self.tracking.refreshed.connect(self._tracking_refreshed)
        self.tracking.failed.connect(self.show_error)
        self.act_refresh_tracking.triggered.connect(lambda: self.tracking.refresh())
        self.pages["settings"].tracking_key_requested.connect(  # type: ignore[attr-defined]
            self.tracking_key)
        self.runner.run(self.workspace.tracking.config, on_done=lambda config: (
            self.tracking.set_interval(config.refresh_minutes)), on_error=lambda _e: None)

    def new_shipment(self, order_id: int) -> None:
        dialog = ShipmentDialog(self.workspace, self.fmt, self, order_id=order_id,
                                runner=self.runner)
        dialog.accepted.connect(self._shipment_added)
        dialog.open()

    def _shipment_added(self) -> None:
        for key in ("orders", "shipments"):
            self.pages[key].refresh()  # type: ignore[attr-defined]
        self.tracking.load_status()

    def _tracking_refreshed(self, outcome: RefreshOutcome) -> None:
        self.statusBar().showMessage(self.tracking.outcome_text(outcome), 15_000)
        shipments = self.pages["shipments"]
        assert isinstance(shipments, ShipmentsPage)
        shipments.reload()
        self.pages["dashboard"].refresh()  # type: ignore[attr-defined]
        if outcome.delivered_orders:
            self.pages["orders"].refresh()  # type: ignore[attr-defined]

    def tracking_key(self) -> None:
        dialog = TrackingKeyDialog(self.workspace, self, runner=self.runner)
        dialog.changed.connect(self.tracking.load_status)
        dialog.open()

    # -- actions across pages ------------------------------------------------------------
    def import_orders(self) -> None:
        dialog = ImportDialog(self.runner, self.workspace.imports, self)
        dialog.imported.connect(self._imported)
        dialog.exec()

    def _imported(self, outcome: ImportOutcome) -> None:
        self._open("orders", None)
        orders = self.pages["orders"]
        assert isinstance(orders, OrdersPage)
        orders.changed(fill(self.tr("Imported into %1: %2 new, %3 updated, %4 unchanged."),
                            outcome.account, outcome.new, outcome.updated, outcome.unchanged))
        self._load_choices()
        self.update_loyalty()
        self.cost_orders()

    def update_loyalty(self) -> None:
        """Bring the whole loyalty ledger up to date in the background (one write task)."""
        self.runner.run(self.workspace.loyalty.bring_up_to_date, lane=Lane.WRITE,
                        with_job=True, on_error=self.show_error)

    def cost_orders(self) -> None:
        """Work out the profit of the orders not costed yet (one write task)."""
        self.runner.run(self.workspace.profit.cost_orders, lane=Lane.WRITE, with_job=True,
                        on_done=self._costed, on_error=self.show_error)

    def _show_prices_to_check(self) -> None:
        self._open("listings", None)
        self.pages["listings"].show_prices_to_check()  # type: ignore[attr-defined]

    def recheck_prices_and_costs(self) -> None:
        """Price alerts and waiting orders' costs after rates or listings changed."""
        self.runner.run(self.workspace.recheck_prices_and_costs, lane=Lane.WRITE,
                        with_job=True, on_error=self.show_error,
                        on_done=lambda result: self._rechecked(*result))

    def _rechecked(self, _flagged: int, outcome: CostingOutcome) -> None:
        self._costed(outcome)
        for key in ("dashboard", "listings"):
            self.pages[key].refresh()  # type: ignore[attr-defined]

    def _costed(self, outcome: CostingOutcome) -> None:
        if not outcome.costed:
            return
        orders = self.pages["orders"]
        assert isinstance(orders, OrdersPage)
        orders.refresh()
        if orders.detail_id is not None and orders.detail.isVisible():
            orders.open_detail(orders.detail_id)
        self.pages["profit"].refresh()  # type: ignore[attr-defined]

    def reply(self, customer_id: int, order_id: int) -> None:
        ReplyDialog(self.runner, self.workspace.replies, customer_id=customer_id or None,
                    order_id=order_id or None, parent=self).exec()

    def _open(self, key: str, row_id: int | None) -> None:
        self.show_page(PAGE_KEYS.index(key))
        page = self.pages[key]
        if row_id is not None and isinstance(page, TablePage):
            page.open_detail(row_id)

    # -- pages ---------------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_page(self, row: int) -> None:
        if 0 <= row < len(PAGE_KEYS):
            self.stack.setCurrentIndex(row)
            page = self.pages[PAGE_KEYS[row]]
            page.activate()  # type: ignore[attr-defined]
            if self.sidebar.currentRow() != row:
                self.sidebar.setCurrentRow(row)

    def refresh_current(self) -> None:
        self.current_page().refresh()  # type: ignore[attr-defined]
        self._load_choices()
        self.refresh_database_info()

    def _load_choices(self) -> None:
        self.runner.run(self.workspace.choices.filter_choices, on_done=self._set_choices)

    def _set_choices(self, choices: FilterChoices) -> None:
        for page in self.pages.values():
            if hasattr(page, "set_choices"):
                page.set_choices(choices)

    # -- status, backup, settings ----------------------------------------------------------
    def refresh_database_info(self) -> None:
        self.runner.run(self.workspace.maintenance.info, on_done=self._show_database_info,
                        on_error=lambda _e: None)

    def _show_database_info(self, info: DatabaseInfo) -> None:
        self.db_info = info
        self.db_label.setText(fill(self.tr("Database: %1 · %2"),
            info.name, self.fmt.size(info.size_bytes)))
        settings_page = self.pages["settings"]
        assert isinstance(settings_page, SettingsPage)
        settings_page.show_database(info)

    def back_up(self) -> None:
        self.statusBar().showMessage(self.tr("Backing up…"))
        self.runner.run(
            self.workspace.maintenance.backup, with_job=True,
            on_done=lambda path: self.statusBar().showMessage(
                fill(self.tr("Backed up to %1"), str(path)), 15_000),
            on_error=self.show_error,
            on_progress=lambda done, total, _t: self.statusBar().showMessage(
                fill(self.tr("Backing up… %1%"), done * 100 // max(total, 1))),
        )

    def show_error(self, error: KnownError) -> None:
        self.statusBar().showMessage(error_text(error), 20_000)
        page = self.current_page()
        bar = getattr(page, "messages", None)
        if bar is not None:
            bar.show_error(error)

    def _settings_saved(self, values: dict[str, str]) -> None:
        self.shop_name = values.get("shop_name", self.shop_name)
        self.tracking.set_interval(int(values.get("tracking_refresh_minutes", "0") or 0))
        self.pages["shipments"].refresh()  # type: ignore[attr-defined]
        self.retranslate()
        self.language_changed.emit(values.get("language", "en"))

    # -- language and state --------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in self.pages.values():
                page.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)

    def retranslate(self) -> None:
        demo = self.tr(" (demo)") if self.is_demo and "demo" not in self.shop_name.lower() else ""
        self.setWindowTitle(fill(self.tr("%1 — Seller Desk"), self.shop_name + demo))
        names = [self.tr("Dashboard"), self.tr("Orders"), self.tr("Returns"),
                 self.tr("Shipments"), self.tr("Customers"), self.tr("Retention"),
                 self.tr("Profit"),
                 self.tr("Listings"), self.tr("Settings")]
        for row, name in enumerate(names):
            item = self.sidebar.item(row)
            item.setText(name)
            item.setToolTip(fill(self.tr("%1 (Ctrl+%2)"), name, str(row + 1)))
            self.page_actions[row].setText(name)
        self.file_menu.setTitle(self.tr("&File"))
        self.act_import.setText(self.tr("&Import orders…"))
        self.act_new.setText(self.tr("&New database…"))
        self.act_open.setText(self.tr("&Open database…"))
        self.act_backup.setText(self.tr("&Back up now"))
        self.act_quit.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.act_refresh.setText(self.tr("&Refresh"))
        self.act_find.setText(self.tr("&Find"))
        self.rates_menu.setTitle(self.tr("R&ates"))
        self.act_refresh_rates.setText(self.tr("&Refresh rates"))
        self.act_rates.setText(self.tr("&Exchange rates…"))
        self.rates_corner.retranslate()
        self.act_refresh_tracking.setText(self.tr("Refresh &tracking"))
        self.tracking.retranslate()
        self.sync.retranslate()
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_about.setText(self.tr("&About Seller Desk"))

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key in TABLE_PAGES:
            self.pages[key].restore_state(settings, f"pages/{key}")  # type: ignore[attr-defined]
        last = str(settings.value("window/page", "dashboard"))
        self.show_page(PAGE_KEYS.index(last) if last in PAGE_KEYS else 0)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", PAGE_KEYS[self.stack.currentIndex()])
        for key in TABLE_PAGES:
            self.pages[key].save_state(settings, f"pages/{key}")  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:
        self._size_timer.stop()
        self._settle_timer.stop()
        self._loyalty_timer.stop()
        self.rates_corner.stop()
        self.tracking.stop()
        self.sync.stop()
        self.save_state()
        super().closeEvent(event)
        self.closed.emit()


