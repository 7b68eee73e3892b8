"""The suite itself: no network beyond loopback, and no real user folders."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_socket import SocketConnectBlockedError

from seller_desk.paths import AppPaths


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_only_loopback_connections_are_allowed():
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    with socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
    server.close()
    # pytest-socket refuses before anything is sent; the address is a reserved documentation one.
    with pytest.raises(SocketConnectBlockedError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.01)


def test_app_folders_are_redirected_to_a_temp_dir(app_dirs):
    paths = AppPaths.for_user()
    for folder in (paths.data, paths.config, paths.logs):
        assert Path(folder).is_relative_to(app_dirs)
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_layer_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    root = Path(__file__).parent.parent
    done = subprocess.run([str(lint)], capture_output=True, text=True, cwd=root)
    assert done.returncode == 0, done.stdout[-3000:]
