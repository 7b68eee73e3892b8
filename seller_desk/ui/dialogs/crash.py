"""The crash dialog: an unexpected error is a bug; show what happened and where the log is."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from seller_desk.paths import AppPaths
from seller_desk.ui.dialogs.about import version_lines
from seller_desk.ui.text import fill

log = logging.getLogger(__name__)


def report_bug(error: BaseException, paths: AppPaths, parent: QWidget | None = None) -> None:
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("crash", "Seller Desk hit a bug"))
    box.setText(fill(QCoreApplication.translate("crash",
        "Something unexpected went wrong. Your data is safe: unfinished changes were rolled "
        "back. The details are in the log file:\n%1"), str(paths.log_file)))
    box.setDetailedText("\n".join(version_lines()) + "\n\n" + details)
    box.exec()


def install_excepthook(paths: AppPaths) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        report_bug(error.with_traceback(tb), paths)

    sys.excepthook = hook
