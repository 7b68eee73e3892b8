"""Started by bench_startup.py: opens the app as `seller-desk` does and reports when the main
window is on screen with its first page painted. Not a test; not shipped."""

from __future__ import annotations

import sys
import time

from common import ROOT  # noqa: F401  (puts the project on sys.path)
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from seller_desk.paths import AppPaths
from seller_desk.ui.application import Shell
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.translator import Translator


def main() -> None:
    launched = float(sys.argv[2])
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("SellerDeskBench")
    app.setApplicationName("Seller Desk Bench")
    paths = AppPaths.for_user()
    QSettings().setValue("window/page", "dashboard")  # as on a first start: Orders not yet open
    translator = Translator(app)
    runner = TaskRunner()
    shell = Shell(app, paths, translator, runner, "en")
    shell.open(sys.argv[1])
    window = shell.window
    assert window is not None

    def shown() -> None:
        window.repaint()
        app.processEvents()
        print(f"visible {time.time() - launched:.3f}", flush=True)
        page = window.pages["orders"]
        page.model.loaded.connect(lambda s: (print(f"orders_page {s:.4f}", flush=True),
                                             QTimer.singleShot(0, app.quit)))
        window.show_page(1)

    QTimer.singleShot(0, shown)
    app.exec()
    shell.close()


if __name__ == "__main__":
    main()
