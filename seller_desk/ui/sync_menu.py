"""The main window's Marketplaces menu and sync corner, and the sync windows they open."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from seller_desk.services.sync.pull import SyncOutcome
from seller_desk.ui.dialogs.account_editor import AccountEditor
from seller_desk.ui.dialogs.push_preview import PushPreviewDialog
from seller_desk.ui.dialogs.sync_conflicts import ConflictsDialog
from seller_desk.ui.dialogs.sync_log import SyncLogDialog
from seller_desk.ui.dialogs.unmatched_skus import UnmatchedSkusDialog
from seller_desk.ui.pages.settings import SettingsPage
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.sync_corner import SyncCorner

if TYPE_CHECKING:
    from seller_desk.ui.main_window import MainWindow

SYNC_SHORTCUT = "Ctrl+Shift+Y"


class SyncMenu(QObject):
    """Built once by the main window, after its own menus; `corner` sits in its status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ws, runner = window.workspace, window.runner
        self.corner = SyncCorner(runner, ws, window.fmt)
        window.statusBar().addPermanentWidget(self.corner)
        settings = window.pages["settings"]
        assert isinstance(settings, SettingsPage) and settings.accounts is not None
        self.settings, self.accounts = settings, settings.accounts
        self.menu = QMenu(window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        self.act_sync = QAction(self, shortcut=QKeySequence(SYNC_SHORTCUT))
        self.act_accounts = QAction(self)
        self.act_push = QAction(self)
        self.act_log = QAction(self)
        self.act_conflicts = QAction(self)
        self.act_unmatched = QAction(self)
        self.menu.addAction(self.act_sync)
        self.menu.addSeparator()
        for action in (self.act_accounts, self.act_push, self.act_log, self.act_conflicts,
                       self.act_unmatched):
            self.menu.addAction(action)
        self.open_conflicts = 0
        # Each window is made once and kept: a task it started may still answer after it
        # closes.
        self.push_dialog: PushPreviewDialog | None = None
        self.log_dialog: SyncLogDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.unmatched_dialog: UnmatchedSkusDialog | None = None
        self._wire()
        runner.run(ws.shop.get, "sync_minutes", on_error=lambda _e: None,
                   on_done=lambda minutes: self.corner.set_interval(int(minutes or 0)))

    def _wire(self) -> None:
        corner, accounts = self.corner, self.accounts
        self.act_sync.triggered.connect(corner.sync_all)
        self.act_accounts.triggered.connect(self.show_accounts)
        self.act_push.triggered.connect(lambda: self.push(None))
        self.act_log.triggered.connect(lambda: self.show_log(None))
        self.act_conflicts.triggered.connect(self.show_conflicts)
        self.act_unmatched.triggered.connect(self.show_unmatched)
        self.menu.aboutToShow.connect(self.count_conflicts)
        corner.synced.connect(self._synced)
        corner.failed.connect(self.window.show_error)
        corner.open_log.connect(self.show_log)
        corner.no_accounts.connect(lambda: (self.show_accounts(), self.add_account()))
        accounts.sync_requested.connect(corner.sync_account)
        accounts.push_requested.connect(self.push)
        accounts.changed.connect(corner.load_status)
        self.settings.saved.connect(
            lambda values: corner.set_interval(int(values.get("sync_minutes", "0") or 0)))

    # -- after work ----------------------------------------------------------------------
    def _synced(self, outcomes: Sequence[SyncOutcome]) -> None:
        window = self.window
        window.statusBar().showMessage(self.corner.outcome_text(outcomes), 15_000)
        window.refresh_current()
        if any(o.new or o.updated or o.returns_added for o in outcomes):
            window.cost_orders()
        if any(o.shipments_added for o in outcomes):
            window.tracking.load_status()
        self.accounts.refresh()
        self.count_conflicts()

    def _changed_here(self) -> None:
        """Listings or parcels changed through a sync window: what is shown follows."""
        self.window.refresh_current()
        self.count_conflicts()

    def count_conflicts(self) -> None:
        self.window.runner.run(self.window.workspace.conflicts.open_count,
                               on_done=self._show_count, on_error=lambda _e: None)

    def _show_count(self, count: int) -> None:
        self.open_conflicts = count
        self.act_conflicts.setText(fill(self.tr("&Conflicts (%1)…"), count) if count
                                   else self.tr("&Conflicts…"))

    # -- the windows ---------------------------------------------------------------------
    def show_accounts(self) -> None:
        self.window.show_page(self.window.stack.indexOf(self.settings))
        self.settings.show_accounts()

    def add_account(self) -> AccountEditor:
        return self.accounts.add_account()

    def push(self, account_id: int | None) -> PushPreviewDialog:
        if self.push_dialog is None:
            self.push_dialog = PushPreviewDialog(self.window.runner, self.window.workspace,
                                                 self.window)
            self.push_dialog.pushed.connect(self._pushed)
        self.push_dialog.reopen(account_id)
        return self.push_dialog

    def _pushed(self, _outcome: object = None) -> None:
        self._changed_here()
        self.window.tracking.load_status()

    def show_log(self, account_id: int | None) -> SyncLogDialog:
        if self.log_dialog is None:
            self.log_dialog = SyncLogDialog(self.window.runner, self.window.workspace,
                                            self.window.fmt, self.window)
        self.log_dialog.reopen(account_id)
        return self.log_dialog

    def show_conflicts(self) -> ConflictsDialog:
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.window.runner, self.window.workspace,
                                                    self.window.fmt, self.window)
            self.conflicts_dialog.settled.connect(self._changed_here)
        else:
            self.conflicts_dialog.load()
        self.conflicts_dialog.open()
        return self.conflicts_dialog

    def show_unmatched(self) -> UnmatchedSkusDialog:
        if self.unmatched_dialog is None:
            self.unmatched_dialog = UnmatchedSkusDialog(
                self.window.runner, self.window.workspace, self.window.fmt, self.window)
            self.unmatched_dialog.linked.connect(self._changed_here)
        else:
            self.unmatched_dialog.load()
        self.unmatched_dialog.open()
        return self.unmatched_dialog

    # -- language and closing ------------------------------------------------------------
    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Marketplaces"))
        self.act_sync.setText(self.tr("&Sync now"))
        self.act_accounts.setText(self.tr("&Accounts…"))
        self.act_push.setText(self.tr("&Push changes…"))
        self.act_log.setText(self.tr("Sync &log…"))
        self._show_count(self.open_conflicts)
        self.act_unmatched.setText(self.tr("&Unmatched SKUs…"))
        self.corner.retranslate()
        for dialog in (self.push_dialog, self.log_dialog, self.conflicts_dialog,
                       self.unmatched_dialog):
            if dialog is not None:
                dialog.retranslate()

    def stop(self) -> None:
        self.corner.stop()
