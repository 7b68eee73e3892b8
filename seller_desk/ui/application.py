"""Starts the window: opens the shop database, shows the welcome on an empty one, switches shops."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from seller_desk.domain.errors import KnownError
from seller_desk.paths import AppPaths
from seller_desk.services.progress import Cancelled, Job
from seller_desk.services.workspace import Workspace, open_workspace
from seller_desk.ui.dialogs.crash import install_excepthook, report_bug
from seller_desk.ui.dialogs.welcome import WelcomeChoice, WelcomeDialog
from seller_desk.ui.main_window import MainWindow
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.translator import Translator, system_language
from seller_desk.ui.widgets.message_bar import error_text

log = logging.getLogger(__name__)
DB_FILTER = QT_TRANSLATE_NOOP("shell", "Seller Desk databases (*.sqlite3 *.db);;All files (*)")
DEMO_ORDERS = 30_000


def show_progress(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
    """Progress from a service: its (untranslated) step text, and how far it is."""
    if text:
        dialog.setLabelText(QCoreApplication.translate("demo", text))
    dialog.setMaximum(max(total, 1))
    dialog.setValue(min(done, max(total, 1)))


class Shell:
    """Owns the open workspace and its window; replaces both when the seller switches shops."""

    def __init__(
        self, app: QApplication, paths: AppPaths, translator: Translator, runner: TaskRunner,
        language: str | None,
    ) -> None:
        self.app, self.paths, self.translator, self.runner = app, paths, translator, runner
        self.forced_language = language
        self.workspace: Workspace | None = None
        self._previous: str | None = None  # the shop to go back to if a new one is abandoned
        self.window: MainWindow | None = None
        self.welcome: WelcomeDialog | None = None
        runner.bug.connect(lambda error: report_bug(error, paths, self.window))
        runner.known_error.connect(self._known_error)

    # -- opening -------------------------------------------------------------------------
    def open(self, target: str) -> bool:
        """Open `target`, or explain why not; the previous shop stays open on failure."""
        try:
            workspace = open_workspace(target, self.paths.backups)
        except KnownError as error:
            QMessageBox.critical(
                self.window, QCoreApplication.translate("shell", "Cannot open the database"),
                error_text(error),
            )
            return False
        if workspace.upgrade_backup is not None:
            log.info("upgraded %s after backing up to %s", target, workspace.upgrade_backup)
        previous = self.workspace.database.display_name if self.workspace is not None else None
        self._replace(workspace)
        self._previous = previous
        QSettings().setValue("database/last", target)
        return True

    def _replace(self, workspace: Workspace) -> None:
        if self.window is not None:
            self.window.save_state()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.workspace is not None:
            self.runner.wait_idle()
            self.workspace.close()
        self.workspace = workspace
        profile = workspace.shop.profile()
        self.translator.apply(self.forced_language or profile.language or system_language())
        if profile.set_up:
            self._show_window()
        else:
            self._show_welcome()

    def _show_window(self) -> None:
        assert self.workspace is not None
        profile = self.workspace.shop.profile()
        self.window = MainWindow(self.workspace, self.runner, self.paths, profile.name,
                                 profile.is_demo)
        self.window.new_database.connect(self.choose_new)
        self.window.open_database.connect(self.choose_existing)
        self.window.language_changed.connect(self._language_chosen)
        self.window.closed.connect(self.app.quit)
        self.window.show()

    # -- first start ---------------------------------------------------------------------
    def _show_welcome(self) -> None:
        dialog = WelcomeDialog(self.forced_language or self.translator.language)
        dialog.language.currentIndexChanged.connect(
            lambda _i: self.translator.apply(dialog.language.currentData())
        )
        dialog.language.currentIndexChanged.connect(lambda _i: dialog.retranslate())
        dialog.finished.connect(lambda _r: self._welcomed(dialog))
        self.welcome = dialog
        dialog.show()

    def _welcomed(self, dialog: WelcomeDialog) -> None:
        self.welcome = None
        assert self.workspace is not None
        name, currency, language = dialog.values()
        if dialog.choice in (WelcomeChoice.OWN_SHOP, WelcomeChoice.CONNECT):
            self.workspace.shop.set_up(name, currency, language)
            self._show_window()
            if dialog.choice is WelcomeChoice.CONNECT and self.window is not None:
                self.window.sync.add_account()
        elif dialog.choice is WelcomeChoice.DEMO:
            self.open_demo(currency.strip().upper(), language)
        elif self._previous is not None and self.open(self._previous):
            pass  # the seller abandoned a new database: back to the shop they had open
        else:
            self.app.quit()

    def open_demo(self, base_currency: str, language: str) -> None:
        """Open the demo shop file, creating it (with progress and cancel) the first time."""
        demo = self.paths.demo_database
        try:
            workspace = open_workspace(str(demo), self.paths.backups)
        except KnownError as error:
            QMessageBox.critical(None, QCoreApplication.translate("shell", "Demo shop"),
                                 error_text(error))
            self._show_welcome()
            return
        if workspace.shop.profile().set_up:
            self.open(str(demo))
            workspace.close()
            return
        progress = QProgressDialog(
            QCoreApplication.translate("shell", "Creating the demo shop…"),
            QCoreApplication.translate("shell", "Cancel"), 0, DEMO_ORDERS,
        )
        progress.setWindowTitle(QCoreApplication.translate("shell", "Demo shop"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        self._demo_progress = progress

        def make(job: Job) -> None:
            # Imported here: the generator (numpy and its tables) is not needed to start up.
            from seller_desk.services.demo import generate_demo

            generate_demo(workspace.database, job, orders=DEMO_ORDERS, base_currency=base_currency)
            workspace.shop.update({"language": language})

        def done(_result: object) -> None:
            progress.close()
            workspace.close()
            self.open(str(demo))

        def failed(error: KnownError) -> None:
            progress.close()
            workspace.close()
            if not isinstance(error, Cancelled):
                QMessageBox.warning(None, QCoreApplication.translate("shell", "Demo shop"),
                                    error_text(error))
            self._show_welcome() if self.window is None else None

        handle = self.runner.run(
            make, with_job=True, lane=Lane.WRITE, on_done=done, on_error=failed,
            on_progress=lambda done, total, text: show_progress(progress, done, total, text),
        )
        progress.canceled.connect(handle.cancel)

    # -- switching -----------------------------------------------------------------------
    def choose_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, QCoreApplication.translate("shell", "New shop database"),
            str(self.paths.data / "new-shop.sqlite3"),
            QCoreApplication.translate("shell", DB_FILTER),
        )
        if path:
            if Path(path).exists():
                QMessageBox.warning(
                    self.window, QCoreApplication.translate("shell", "New shop database"),
                    QCoreApplication.translate(
                        "shell", "%1 already exists; choose Open to use it.").replace("%1", path),
                )
                return
            self.open(path)

    def choose_existing(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate("shell", "Open shop database"),
            str(self.paths.data), QCoreApplication.translate("shell", DB_FILTER),
        )
        if path:
            self.open(path)

    def _language_chosen(self, language: str) -> None:
        self.forced_language = None
        self.translator.apply(language)

    def _known_error(self, error: KnownError) -> None:
        if self.window is not None:
            self.window.show_error(error)

    def close(self) -> None:
        if self.window is not None:
            self.window.save_state()
        self.runner.shutdown()
        if self.workspace is not None:
            self.workspace.close()


def configure_app(app: QApplication) -> None:
    # Windows come and go (welcome, progress, main window): quit when the seller closes the
    # main window or abandons the welcome, not whenever no window happens to be open.
    app.setQuitOnLastWindowClosed(False)
    app.setOrganizationName("SellerDesk")
    app.setApplicationName("Seller Desk")


def run_window(
    paths: AppPaths, database: str | None, language: str | None, argv: list[str],
    parent: QWidget | None = None,
) -> int:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    configure_app(app)
    install_excepthook(paths)
    translator = Translator(app)
    translator.apply(language or system_language())
    runner = TaskRunner()
    shell = Shell(app, paths, translator, runner, language)
    target = database or str(QSettings().value("database/last", "")) or None
    if not shell.open(paths.database_target(target)):
        return 1
    try:
        return app.exec()
    finally:
        shell.close()
