"""`seller-desk fx update | convert | rates | set | import` against the loopback rate fake."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from seller_desk.app import main
from tests.fakes.fx_server import running_fx_fake


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fake(monkeypatch):
    with running_fx_fake() as fake:
        monkeypatch.setenv("SELLER_DESK_ECB_URL", fake.ecb_url)
        monkeypatch.setenv("SELLER_DESK_FRANKFURTER_URL", fake.frankfurter_url)
        monkeypatch.setenv("SELLER_DESK_FOREX_PYTHON_URL", fake.rates_api_url)
        yield fake


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "shop.sqlite3"
    assert run(capsys, "--db", path, "db", "upgrade")[0] == 0
    return path


def test_update_then_convert_over_a_weekend(fake, db, capsys):
    code, out, _ = run(capsys, "--db", db, "fx", "update")
    newest = fake.newest  # Friday 6 March 2026
    assert code == 0 and out.startswith(f"ecb: {newest}: 29 new, 0 changed, 0 unchanged")
    assert run(capsys, "--db", db, "fx", "update")[1].startswith(
        f"ecb: {newest}: 0 new, 0 changed, 29 unchanged")

    rates = fake.rates_on(newest)
    code, out, _ = run(capsys, "--db", db, "fx", "convert", "100", "usd", "CNY",
                       "--date", "2026-03-08")
    converted = (Decimal(100) * rates["CNY"] / rates["USD"]).quantize(Decimal("0.01"))
    assert code == 0
    assert out.splitlines()[0] == f"100.00 USD = {converted} CNY"
    assert f"rate of {newest}, ecb (previous business day)" in out.splitlines()[1]

    code, out, _ = run(capsys, "--db", db, "fx", "convert", "1000", "JPY", "EUR", "--json",
                       "--date", newest)
    shown = json.loads(out)
    assert shown["converted"] == str((1000 / rates["JPY"]).quantize(Decimal("0.01")))
    assert shown["date"] == str(newest) and shown["previous_business_day"] is False
    assert Decimal(shown["rate"]) == 1 / rates["JPY"]


def test_rates_table_and_json(fake, db, capsys):
    run(capsys, "--db", db, "fx", "update")
    code, out, _ = run(capsys, "--db", db, "fx", "rates", "--json")
    rows = {r["currency"]: r for r in json.loads(out)}
    assert code == 0 and len(rows) == 29  # BGN left with the euro
    assert rows["USD"]["per_base"] == "1" and rows["USD"]["source"] == "ecb"
    assert rows["USD"]["stale"] is True  # the fake's newest day is long past
    code, out, _ = run(capsys, "--db", db, "fx", "rates", "--date", fake.newest)
    assert code == 0 and len(out.splitlines()) == 29 and "old" not in out


def test_falls_back_when_ecb_answers_html(fake, db, capsys):
    fake.fail("html", prefix="/ecb/")
    code, out, _ = run(capsys, "--db", db, "fx", "update", "--date", "2026-03-08")
    assert code == 0 and out.startswith("frankfurter: 2026-03-06 (asked for 2026-03-08")
    assert "ecb failed:" in out


def test_every_provider_failing_is_one_line_and_stores_nothing(fake, db, capsys):
    for prefix in ("/ecb/", "/frankfurter/", "/api/"):
        fake.fail("html", prefix=prefix)
    code, out, err = run(capsys, "--db", db, "fx", "update")
    assert code == 1 and out == ""
    last = err.strip().splitlines()[-1]
    assert last.startswith("seller-desk: error: No rate provider answered: ecb: ")
    assert "; frankfurter: " in last and "; forex-python: " in last
    assert run(capsys, "--db", db, "fx", "rates")[1].startswith("No rates stored yet")


def test_uncovered_currency_needs_a_typed_rate(fake, db, capsys):
    run(capsys, "--db", db, "fx", "update")
    code, _, err = run(capsys, "--db", db, "fx", "convert", "10", "USD", "TWD")
    assert code == 1 and "No rate for TWD" in err
    code, out, _ = run(capsys, "--db", db, "fx", "set", "TWD", "32.5", "--per", "USD",
                       "--date", fake.newest)
    assert code == 0 and "(manual)" in out
    code, out, _ = run(capsys, "--db", db, "fx", "convert", "10", "USD", "TWD",
                       "--date", fake.newest)
    assert code == 0 and out.startswith("10.00 USD = 325.00 TWD")
    code, _, err = run(capsys, "--db", db, "fx", "convert", "10", "USD", "XYZ")
    assert code == 1 and "Unknown currency code: XYZ" in err


def test_import_typed_rates(db, tmp_path, capsys):
    typed = tmp_path / "rates.csv"
    typed.write_text("date,currency,rate\n2026-03-02,AED,4.2\n2026-03-02,USD,1.14\n",
                     encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "fx", "import", typed)
    assert code == 0 and out.startswith("manual: 2026-03-02: 2 new")
    code, out, _ = run(capsys, "--db", db, "fx", "convert", "11.40", "USD", "AED",
                       "--date", date(2026, 3, 3))
    assert code == 0 and out.startswith("11.40 USD = 42.00 AED")
