"""UI fixtures: a task runner, and workspaces over a hand-made shop or an empty database."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from seller_desk.paths import AppPaths
from seller_desk.services.demo import generate_demo
from seller_desk.services.progress import Job
from seller_desk.services.workspace import open_workspace
from seller_desk.ui.tasks import TaskRunner
from tests.factories import make_shop


@pytest.fixture
def database_url(tmp_path) -> str:
    """The window's tests run on SQLite: its worker threads may still hold a connection while a
    test's fixtures are torn down, and PostgreSQL is covered by the store and service tests."""
    return str(tmp_path / "shop.sqlite3")


@pytest.fixture
def paths(app_dirs):
    p = AppPaths(app_dirs / "data" / "SellerDesk", app_dirs / "config" / "SellerDesk",
                 app_dirs / "state" / "SellerDesk" / "log")
    p.make()
    return p


@pytest.fixture
def runner(qapp):
    QCoreApplication.setOrganizationName("SellerDeskTests")
    QCoreApplication.setApplicationName("Seller Desk Tests")
    QSettings().clear()
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def workspace(paths):
    ws = open_workspace(str(paths.data / "shop.sqlite3"), paths.backups)
    make_shop(ws.database)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One small demo shop per test module; each test works on its own copy (`demo`)."""
    folder = tmp_path_factory.mktemp("demo")
    ws = open_workspace(str(folder / "demo.sqlite3"), folder / "backups")
    try:
        generate_demo(ws.database, Job(), orders=2500)
    finally:
        ws.close()
    return folder / "demo.sqlite3"


@pytest.fixture
def demo(demo_file, paths):
    target = paths.data / "demo.sqlite3"
    shutil.copy(demo_file, target)
    ws = open_workspace(str(target), paths.backups)
    yield ws
    ws.close()


@pytest.fixture
def empty_workspace(paths):
    ws = open_workspace(str(paths.data / "empty.sqlite3"), paths.backups)
    yield ws
    ws.close()

