"""`seller-desk import`, `customers export|erase` and `export`: counts, JSON, exit codes."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import func, select

from seller_desk.app import main
from seller_desk.store.database import Database
from seller_desk.store.models import Base, Customer, Order
from tests.factories import make_shop
from tests.services.test_imports import BAD_DATE, COLUMNS, GBP_ORDER, ROWS


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(tmp_path, capsys):
    """A shop database on disk with the factory's orders (it knows EUR and JPY rates)."""
    path = tmp_path / "shop.sqlite3"
    assert run(capsys, "--db", path, "db", "upgrade")[0] == 0
    db = Database.open(str(path))
    make_shop(db)
    db.close()
    return path


def order_file(tmp_path, rows, name="orders.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


def counts(path) -> dict[str, int]:
    db = Database.open(str(path))
    try:
        with db.read_session() as s:
            return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                    for m in Base.__subclasses__()}
    finally:
        db.close()


def test_import_prints_its_counts_and_a_reimport_changes_nothing(shop, tmp_path, capsys):
    path = order_file(tmp_path, ROWS)
    code, out, err = run(capsys, "--db", shop, "import", path, "--format", "generic")
    assert (code, err) == (0, "")
    assert out == (f"{path}: imported into Imported orders: 4 new, 0 updated, 0 unchanged, "
                   "0 rejected rows\n")
    written = counts(shop)
    code, out, _ = run(capsys, "--db", shop, "import", path, "--format", "generic")
    assert code == 0 and "0 new, 0 updated, 4 unchanged, 0 rejected rows" in out
    assert counts(shop) == written
    code, out, _ = run(capsys, "--db", shop, "import", path, "--format", "generic",
                       "--marketplace", "Kasse", "--json")
    assert code == 0 and (json.loads(out)["store"], json.loads(out)["new"]) == ("Kasse", 4)


def test_a_rejected_row_is_reported_and_nothing_is_written(shop, tmp_path, capsys):
    before = counts(shop)
    path = order_file(tmp_path, [*ROWS, BAD_DATE])
    code, out, _ = run(capsys, "--db", shop, "import", path, "--format", "generic", "--json")
    assert code == 1
    summary = json.loads(out)
    assert {k: summary[k] for k in ("rows", "new", "updated", "unchanged", "rejected",
                                    "written")} == {
        "rows": 6, "new": 4, "updated": 0, "unchanged": 0, "rejected": 1, "written": False}
    assert summary["rejected_rows"] == [{"row": 7, "column": "order_date",
                                         "value": "2026-13-05",
                                         "reason": "'2026-13-05' is not a date."}]
    assert counts(shop) == before
    code, out, _ = run(capsys, "--db", shop, "import", path, "--format", "generic")
    assert code == 1
    assert out.splitlines()[1:] == [
        "  row 7, order_date: '2026-13-05' is not a date.",
        "Nothing was imported; fix the rows above or use --skip-bad."]
    assert counts(shop) == before
    code, out, _ = run(capsys, "--db", shop, "import", path, "--format", "generic",
                       "--skip-bad")
    assert code == 1 and "imported into Imported orders: 4 new" in out
    assert "Nothing was imported" not in out
    assert counts(shop)["orders"] == before["orders"] + 4


def test_a_dry_run_writes_nothing(shop, tmp_path, capsys):
    before = counts(shop)
    path = order_file(tmp_path, ROWS)
    code, out, _ = run(capsys, "--db", shop, "import", path, "--format", "generic", "--dry-run")
    assert code == 0 and "would import into Imported orders: 4 new" in out
    assert counts(shop) == before
    code, out, _ = run(capsys, "--db", shop, "import", path, "--format", "generic", "--dry-run",
                       "--json")
    assert code == 0 and json.loads(out)["written"] is False
    assert counts(shop) == before


def test_rates_come_from_the_command_line(shop, tmp_path, capsys):
    path = order_file(tmp_path, [GBP_ORDER])
    code, out, _ = run(capsys, "--db", shop, "import", path, "--format", "generic")
    assert code == 1 and "No exchange rate from GBP to USD is known yet" in out
    code, out, _ = run(capsys, "--db", shop, "import", path, "--format", "generic",
                       "--rate", "gbp=1.27", "--rate", "EUR=1.2")
    assert code == 0 and "1 new" in out
    db = Database.open(str(shop))
    with db.read_session() as s:
        assert s.scalar(select(Order.total_base_minor).where(Order.external_id == "A-6")) == 1270
    db.close()


BAD_RATES = [
    ("GBP", "--rate wants CUR=RATE, like GBP=1.27; not GBP"),
    ("GBP=abc", "--rate wants CUR=RATE"),
    ("GBP=-1", "--rate wants CUR=RATE"),
    ("XXY=1.2", "Unknown currency code: XXY"),
]


def test_bad_rates_are_one_line_errors(shop, tmp_path, capsys):
    before = counts(shop)
    path = order_file(tmp_path, ROWS)
    for rate, message in BAD_RATES:
        code, out, err = run(capsys, "--db", shop, "import", path, "--format", "generic",
                             "--rate", rate)
        assert (code, out) == (1, "") and message in err and err.count("\n") == 1
    assert counts(shop) == before


def test_a_mapping_file_and_file_errors(shop, tmp_path, capsys):
    path = tmp_path / "kasse.csv"
    path.write_text("Nr;Datum;Betrag;Währung\nK-1;2026-10-03;12,50;EUR\n", encoding="utf-8")
    mapping = tmp_path / "kasse.json"
    mapping.write_text(json.dumps({"version": 1, "columns": {
        "order_id": "Nr", "order_date": "Datum", "total": "Betrag", "currency": "Währung"}}),
        encoding="utf-8")
    code, out, _ = run(capsys, "--db", shop, "import", path, "--format", "generic",
                       "--mapping", mapping)
    assert code == 0 and "1 new" in out
    code, out, err = run(capsys, "--db", shop, "import", path, "--format", "generic",
                         "--mapping", tmp_path / "missing.json")
    assert code == 1 and "Cannot read the mapping file" in err
    mapping.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "--db", shop, "import", path, "--format", "generic",
                       "--mapping", mapping)
    assert code == 1 and "The saved column mapping cannot be read" in err
    code, _, err = run(capsys, "--db", shop, "import", tmp_path / "nope.csv", "--format",
                       "generic")
    assert code == 1 and err.startswith("seller-desk: error: ") and "does not exist" in err


def test_customer_export_and_erase(shop, capsys):
    code, out, _ = run(capsys, "--db", shop, "customers", "export", 1)
    data = json.loads(out)
    assert code == 0 and data["customers"][0]["email"] == "anna@example.de"
    assert [o["number"] for o in data["orders"]] == ["#1001", "#1002"]
    code, out, err = run(capsys, "--db", shop, "customers", "erase", 1)
    assert (code, out) == (1, "") and "add --yes to confirm" in err
    code, out, _ = run(capsys, "--db", shop, "customers", "erase", 1, "--yes")
    assert (code, out) == (0, "Erased customer 1 (1 record)\n")
    db = Database.open(str(shop))
    with db.read_session() as s:
        anna = s.get(Customer, 1)
        assert (anna.name, anna.email, anna.erased_at is not None) == ("", "", True)
        assert s.scalar(select(func.sum(Order.total_minor)).where(Order.customer_id == 1)) == 6000
    db.close()
    code, _, err = run(capsys, "--db", shop, "customers", "export", 999)
    assert code == 1 and "Customer 999 no longer exists" in err


def test_export_orders_and_customers(shop, tmp_path, capsys):
    code, out, _ = run(capsys, "--db", shop, "export", "orders")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0][:3] == ["number", "placed_at", "store"] and len(rows) == 7
    assert not out.startswith("\ufeff")
    target = tmp_path / "orders.csv"
    code, out, err = run(capsys, "--db", shop, "export", "orders", "--out", target)
    assert (code, out) == (0, "") and err == f"Wrote 6 orders to {target}\n"
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfnumber,placed_at,")
    assert list(csv.reader(io.StringIO(raw.decode("utf-8-sig")))) == rows
    code, out, _ = run(capsys, "--db", shop, "export", "customers", "--format", "json")
    customers = json.loads(out)
    assert code == 0 and [c["name"] for c in customers] == ["Anna Müller", "Bob Smith", "陈静"]
    target = tmp_path / "customers.json"
    assert run(capsys, "--db", shop, "export", "customers", "--format", "json", "--out",
               target)[0] == 0
    assert json.loads(target.read_text(encoding="utf-8")) == customers
    code, _, err = run(capsys, "--db", shop, "export", "orders", "--out",
                       tmp_path / "no" / "such" / "dir.csv")
    assert code == 1 and "Cannot write" in err


def test_retention_views_as_text_and_json(shop, capsys):
    code, out, _err = run(capsys, "--db", shop, "retention", "summary", "--json",
                          "--as-of", "2026-11-20")
    summary = json.loads(out)
    # Anna's 44.00 + 22.00 and Bob's 50.00 (the cancelled and refunded orders do not count).
    assert code == 0 and summary["customers"] == 2 and summary["revenue"] == 116.0
    code, out, _err = run(capsys, "--db", shop, "retention", "clv", "--json",
                          "--as-of", "2026-11-20", "--calibration-end", "2026-10-31")
    clv = json.loads(out)
    assert code == 0 and set(clv["bgnbd"]) >= {"r", "alpha", "a", "b", "log_likelihood"}
    assert set(clv["gamma_gamma"] or {"p": 0, "q": 0, "gamma": 0}) >= {"p", "q", "gamma"}
    assert clv["holdout"]["calibration_end"] == "2026-10-31"
    for view in ("cohorts", "rfm", "lifecycle", "churn"):
        code, out, _err = run(capsys, "--db", shop, "retention", view, "--as-of", "2026-11-20")
        assert code == 0 and out.strip()
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "--db", shop, "retention", "summary", "--as-of", "soon")
    assert stopped.value.code == 2 and "--as-of" in capsys.readouterr().err
