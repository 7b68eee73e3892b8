"""`seller-desk loyalty update | show | grant`."""

import json

import pytest

from seller_desk.app import main
from seller_desk.store.database import Database
from tests.factories import make_shop


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop_db(tmp_path, capsys):
    path = str(tmp_path / "shop.sqlite3")
    assert run(capsys, "--db", path, "db", "upgrade")[0] == 0
    database = Database.open(path)
    shop = make_shop(database)
    database.close()
    return path, shop


def test_update_then_show_and_grant(shop_db, capsys):
    db, shop = shop_db
    anna = shop.customers["anna"]
    code, out, _ = run(capsys, "--db", db, "loyalty", "update")
    # Anna's two orders (44 + 22 points) and Bob's paid one (50); cancelled, refunded and
    # guest orders earn nothing.
    assert code == 0 and out.splitlines() == ["earn: 3", "reversal: 0", "expiry: 0", "tier: 0"]
    code, out, _ = run(capsys, "--db", db, "loyalty", "update", "--json")
    assert code == 0 and json.loads(out) == {"earn": 0, "reversal": 0, "expiry": 0, "tier": 0}

    code, out, _ = run(capsys, "--db", db, "loyalty", "show", str(anna), "--json")
    shown = json.loads(out)
    assert code == 0
    assert (shown["balance"], shown["tier"], shown["next_tier"], shown["to_next_tier"]) == (
        66, "Bronze", "Silver", "434.00 USD")
    assert [(r["kind"], r["points"], r["order_number"]) for r in shown["rows"]] == [
        ("earn", 22, "#1002"), ("earn", 44, "#1001")]

    code, out, _ = run(capsys, "--db", db, "loyalty", "grant", str(anna), "10",
                       "--reason", "wrote a review")
    assert code == 0 and out.startswith(f"Granted +10 points to customer {anna}")
    code, out, _ = run(capsys, "--db", db, "loyalty", "grant", str(anna), "-4",
                       "--reason", "correction")
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "loyalty", "show", str(anna))
    assert code == 0
    assert out.splitlines()[0] == f"Customer {anna}: Bronze, 72 points"
    assert "Next tier: Silver, 434.00 USD more" in out
    assert "wrote a review" in out and "order #1001" in out


@pytest.mark.parametrize(("args", "message"), [
    (("grant", "{anna}", "0", "--reason", "x"), "other than 0"),
    (("grant", "{anna}", "5", "--reason", " "), "Say why the points are granted"),
    (("grant", "999", "5", "--reason", "review"), "Customer 999 no longer exists"),
    (("show", "999"), "Customer 999 no longer exists"),
])
def test_refusals_are_one_line_and_exit_1(shop_db, capsys, args, message):
    db, shop = shop_db
    args = [a.format(anna=shop.customers["anna"]) for a in args]
    code, out, err = run(capsys, "--db", db, "loyalty", *args)
    assert code == 1 and out == ""
    assert err.startswith("seller-desk: error: ") and message in err
    assert err.count("\n") == 1
