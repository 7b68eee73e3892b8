"""The headless commands: one clear line and a non-zero exit on errors, JSON where asked."""

import json
import re

import pytest

from seller_desk import __version__
from seller_desk.app import main
from seller_desk.store.database import Database
from tests.factories import make_shop


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"seller-desk {__version__}"


def test_settings_set_get_list(tmp_path, capsys):
    db = str(tmp_path / "shop.sqlite3")
    assert run(capsys, "--db", db, "settings", "set", "base_currency", "cny")[:2] == (
        0, "base_currency = CNY\n")
    assert run(capsys, "--db", db, "settings", "get", "base_currency")[1] == "CNY\n"
    code, out, _ = run(capsys, "--db", db, "settings", "list", "--json")
    assert code == 0 and json.loads(out)["base_currency"] == "CNY"
    code, out, _ = run(capsys, "--db", db, "settings", "list")
    assert re.search(r"^base_currency +CNY$", out, re.M)


@pytest.mark.parametrize(("args", "message"), [
    (("settings", "set", "base_currency", "dollars"), "Unknown currency code: DOLLARS"),
    (("settings", "set", "language", "klingon"), "Unknown language klingon"),
    (("settings", "get", "colour"), "There is no setting called colour"),
])
def test_bad_values_are_one_line_and_exit_1(tmp_path, capsys, args, message):
    code, out, err = run(capsys, "--db", str(tmp_path / "s.sqlite3"), *args)
    assert code == 1 and out == ""
    assert err.startswith("seller-desk: error: ") and message in err
    assert err.count("\n") == 1


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    code, _, err = run(capsys, "--db", str(notes), "db", "info")
    assert code == 1 and "is not a database file" in err
    assert notes.read_text() == "my notes"


def test_db_info_backup_and_upgrade(tmp_path, capsys):
    path = tmp_path / "shop.sqlite3"
    run(capsys, "--db", str(path), "db", "upgrade")
    make_shop(Database.open(str(path)))
    code, out, _ = run(capsys, "--db", str(path), "db", "info", "--json")
    info = json.loads(out)
    assert code == 0 and (info["orders"], info["customers"], info["listings"]) == (6, 3, 2)
    assert info["schema"] == info["schema_head"] and info["backend"] == "sqlite"
    code, out, _ = run(capsys, "--db", str(path), "db", "backup", "--json")
    assert code == 0 and json.loads(out)["backup"].endswith("-manual.sqlite3")
    code, out, _ = run(capsys, "--db", str(path), "db", "upgrade")
    assert code == 0 and out.startswith("Schema is at ")


def test_environment_variable_chooses_the_database(tmp_path, capsys, monkeypatch):
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("SELLER_DESK_DB", str(path))
    assert run(capsys, "settings", "set", "shop_name", "From Env")[0] == 0
    assert path.exists()


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as done:
        main(["db", "explode"])
    assert done.value.code == 2


def test_unknown_window_language_is_refused(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--lang", "klingon", "settings", "list"])
    assert done.value.code == 2
    assert "Unknown language klingon" in capsys.readouterr().err
