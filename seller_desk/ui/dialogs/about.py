"""Help → About: versions of everything that matters for a bug report, and where files live."""

from __future__ import annotations

import platform
import sqlite3
from html import escape
from importlib.metadata import version

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from seller_desk import __version__
from seller_desk.paths import AppPaths
from seller_desk.ui.text import fill


def version_lines() -> list[str]:
    return [
        f"Seller Desk {__version__}",
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"SQLAlchemy {version('SQLAlchemy')}, SQLite {sqlite3.sqlite_version}",
    ]


def show_about(parent: QWidget, paths: AppPaths, database: str) -> None:
    text = "<br>".join(version_lines())
    template = QCoreApplication.translate(
        "about", "Database: %1<br>Data folder: %2<br>Log file: %3")
    places = fill(template, escape(database), escape(str(paths.data)), escape(str(paths.log_file)))
    QMessageBox.about(
        parent, QCoreApplication.translate("about", "About Seller Desk"),
        f"<h3>Seller Desk</h3><p>{text}</p><p>{places}</p>",
    )
