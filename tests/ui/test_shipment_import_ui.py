"""Importing a shipments file from the Shipments page: a clean file is saved at once; a file
with bad rows asks first and saves nothing unless the seller picks the good rows."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import func, select

from seller_desk.store.models import Shipment
from seller_desk.ui.dialogs.shipment_import import ShipmentFileImport

WAIT = 15_000


def count(workspace) -> int:
    with workspace.database.read_session() as s:
        return s.scalar(select(func.count(Shipment.id)))


def test_clean_file_is_saved_and_bad_rows_are_asked_about(qtbot, workspace, runner, tmp_path,
                                                           monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    said, failed = [], []
    flow = ShipmentFileImport(parent, runner, workspace.shipment_import, said.append,
                              failed.append)
    clean = tmp_path / "clean.csv"
    clean.write_text("Order Number,Tracking Number,Carrier,Ship Date\n"
                     "E-2001,1Z999AA10123456784,UPS,2026-11-18\n", encoding="utf-8")
    flow.check(clean)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT)
    assert said == ["Imported 1 shipments; 0 were there already."] and count(workspace) == 1

    bad = tmp_path / "bad.csv"
    bad.write_text("Order Number,Tracking Number,Carrier,Ship Date\n"
                   "#1002,RR123456785CN,China Post,2026-11-18\n"
                   "#9999,3318810025,DHL,2026-11-18\n", encoding="utf-8")
    shown = []

    def cancel(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    flow.check(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert "1 of 2 rows cannot be imported" in shown[0][0]
    assert "Row 3, Order number: There is no order #9999 in this shop." in shown[0][1]
    assert count(workspace) == 1  # cancelled: nothing saved

    def import_good(box: QMessageBox) -> int:
        good = next(b for b in box.buttons() if "good rows" in b.text())
        good.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", import_good)
    flow.check(bad)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=WAIT)
    assert count(workspace) == 2 and not failed
