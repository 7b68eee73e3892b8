"""`seller-desk export returns` in every format, from a demo shop with its return requests."""

from __future__ import annotations

import csv
import json
from datetime import datetime

import openpyxl
import pytest

from seller_desk.app import main
from seller_desk.services.exports import TABLES


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    code, out, _ = run(capsys, "--db", path, "demo", "--orders", 2000, "--json")
    assert code == 0
    requests = json.loads(out)["return_requests"]
    assert requests > 40
    return path, requests


def test_returns_as_csv_json_and_xlsx(demo, tmp_path, capsys):
    path, requests = demo
    columns = list(TABLES["returns"].columns)
    target = tmp_path / "returns.csv"
    code, _, err = run(capsys, "--db", path, "export", "returns", "--out", target)
    assert code == 0 and err == f"Wrote {requests} returns to {target}\n"
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == columns and len(rows) == requests + 1
    assert {row[2] for row in rows[1:]} >= {"requested", "closed", "refunded"}

    code, out, _ = run(capsys, "--db", path, "export", "returns", "--format", "json")
    data = json.loads(out)
    assert code == 0 and len(data) == requests and list(data[0]) == columns
    assert [d["rma"] for d in data] == [row[0] for row in rows[1:]]
    assert all(isinstance(d["units"], int) and isinstance(d["out_of_window"], bool)
               for d in data)

    book_path = tmp_path / "returns.xlsx"
    code, _, err = run(capsys, "--db", path, "export", "returns", "--format", "xlsx",
                       "--out", book_path)
    assert code == 0 and err == f"Wrote {requests} returns to {book_path}\n"
    sheet = openpyxl.load_workbook(book_path).active
    assert [c.value for c in sheet[1]] == columns and sheet.max_row == requests + 1
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    cells = {name: [row[at] for row in sheet.iter_rows(min_row=2)]
             for at, name in enumerate(columns)}
    assert all(isinstance(c.value, datetime) and c.is_date for c in cells["requested_at"])
    assert all(isinstance(c.value, int) for c in cells["units"])
    assert all(isinstance(c.value, bool) for c in cells["out_of_window"])
    assert all(c.data_type == "n" and c.number_format.startswith("#,##0")
               for name in ("refund", "refund_base", "return_shipping_base")
               for c in cells[name])
    refunded = [(c.value, d["refund"]) for c, d in zip(cells["refund"], data, strict=True)
                if d["refund"] != "0.00"]
    assert refunded and all(abs(value - float(text)) < 1e-9 for value, text in refunded)
    assert all((c.value is None) == (d["closed_at"] == "")
               for c, d in zip(cells["closed_at"], data, strict=True))


def test_a_workbook_needs_a_file(demo, capsys):
    path, _requests = demo
    code, out, err = run(capsys, "--db", path, "export", "returns", "--format", "xlsx")
    assert code == 1 and out == ""
    assert err.startswith("seller-desk: error: An Excel workbook is a binary file")
    assert err.count("\n") == 1


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_table_exports_as_a_workbook(demo, tmp_path, capsys, table):
    path, _requests = demo
    target = tmp_path / f"{table}.xlsx"
    assert run(capsys, "--db", path, "export", table, "--format", "xlsx", "--out", target)[0] == 0
    sheet = openpyxl.load_workbook(target, read_only=True).active
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    assert list(header) == list(TABLES[table].columns)
