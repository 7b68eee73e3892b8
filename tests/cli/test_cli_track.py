"""`seller-desk track check | refresh | key | import` against the loopback 17TRACK fake."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest

from seller_desk.app import main
from seller_desk.services.shipment_editing import ShipmentDraft, ShipmentEditor
from seller_desk.store.database import Database
from tests.factories import NOW, make_shop
from tests.fakes.seventeen_server import running_seventeen_fake

UPS = "1Z999AA10123456784"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_check_says_valid_why_not_and_which_carriers(capsys, tmp_path):
    code, out, _ = run(capsys, "track", "check", "rr 1234 5678 5cn")
    assert code == 0 and out.splitlines()[0] == "RR123456785CN: valid"
    assert "China Post" in out and "CN" in out
    code, out, _ = run(capsys, "track", "check", "1Z999AA10123456785")
    assert code == 1 and "should be 4, not 5" in out
    code, out, _ = run(capsys, "track", "check", "ABCD12345XYZ", "--json")
    shown = json.loads(out)
    assert code == 0 and not shown["valid"] and not shown["checkable"]
    code, out, _ = run(capsys, "track", "check", "EE123456785CN", "--json")
    names = {c["name"] for c in json.loads(out)["possible_carriers"]}
    assert code == 0 and names == {"China Post", "China EMS"}
    assert not list(tmp_path.iterdir())  # an offline check opens no shop


@pytest.fixture
def shop(tmp_path, capsys):
    path = tmp_path / "shop.sqlite3"
    assert run(capsys, "--db", path, "db", "upgrade")[0] == 0
    database = Database.open(str(path))
    made = make_shop(database)
    ShipmentEditor(database, clock=lambda: NOW).add(
        ShipmentDraft(made.orders["E-2001"], "ups", UPS, NOW - timedelta(days=2)))
    database.close()
    return path


def test_refresh_counts_and_exit_code(shop, capsys, monkeypatch):
    with running_seventeen_fake() as fake:
        monkeypatch.setenv("SELLER_DESK_17TRACK_URL", fake.url)
        code, _, err = run(capsys, "--db", shop, "track", "refresh")
        assert code == 1 and "No API key for 17TRACK" in err
        monkeypatch.setenv("SELLER_DESK_17TRACK_KEY", fake.key)
        run(capsys, "--db", shop, "settings", "set", "tracking_17track_per_second", "50")
        fake.script(UPS, "InTransit", "InTransit_Arrival",
                    [("2026-11-19T08:00:00Z", "Arrived", "MEMPHIS, US", "Arrival")])
        code, out, _ = run(capsys, "--db", shop, "track", "refresh")
        assert code == 0 and out.startswith("17TRACK: 1 updated, 0 unchanged, 0 failed")
        code, out, _ = run(capsys, "--db", shop, "track", "refresh", "--json")
        assert code == 0 and json.loads(out)["unchanged"] == 1
        fake.fail("reject", prefix="gettrackinfo", number=UPS, code=-18019903)
        code, out, _ = run(capsys, "--db", shop, "track", "refresh", "--all")
        assert code == 1 and f"{UPS}: 17TRACK refused" in out


def test_key_is_read_from_stdin_and_kept_in_the_keyring(shop, capsys, monkeypatch,
                                                         memory_keyring):
    monkeypatch.setattr("sys.stdin", io.StringIO("secret-key-1\n"))
    code, out, _ = run(capsys, "--db", shop, "track", "key", "--provider", "aftership")
    assert code == 0 and "keyring" in out
    assert memory_keyring.secrets == {("seller-desk", "tracking:aftership"): "secret-key-1"}
    code, _, _ = run(capsys, "--db", shop, "track", "key", "--provider", "aftership",
                     "--forget")
    assert code == 0 and memory_keyring.secrets == {}
    memory_keyring.priority = 0
    monkeypatch.setattr("sys.stdin", io.StringIO("secret-key-2\n"))
    code, _, err = run(capsys, "--db", shop, "track", "key")
    assert code == 1 and "SELLER_DESK_17TRACK_KEY" in err


def test_import_file_all_or_nothing(shop, capsys, tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("Order,Tracking,Courier,Shipped\n#1002,RR123456785CN,China Post,2026-11-18\n"
                    "#7777,3318810025,DHL,2026-11-18\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", shop, "track", "import", path)
    assert code == 1 and "Nothing was saved" in out and "#7777" in out
    code, out, _ = run(capsys, "--db", shop, "track", "import", path, "--skip-bad", "--json")
    shown = json.loads(out)
    assert code == 1 and shown["added"] == 1 and shown["written"]
