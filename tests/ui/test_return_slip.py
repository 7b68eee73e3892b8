"""The return slip: a PDF in the customer's language (not the window's), the RMA number, the
order, the items and where to send them; the dialog remembers the return address."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from seller_desk.domain.return_slip_texts import FIELDS, SLIP_LANGUAGES, slip_texts
from seller_desk.domain.returns import ReturnReason
from seller_desk.services.returns import ReturnDraft
from seller_desk.store.models import Order, OrderLine
from seller_desk.ui.dialogs.return_slip import (
    ADDRESS_KEY,
    ReturnSlipDialog,
    slip_document,
    write_return_slip,
)

ADDRESS = "Test Shop Returns\n12 Harbour Road\nSheung Wan, Hong Kong"


@pytest.fixture
def slip_view(workspace):
    """Anna's (German) request to return the mug of #1002, as the Returns page reads it."""
    with workspace.database.read_session() as s:
        order_id = s.scalar(select(Order.id).where(Order.number == "#1002"))
        line = s.scalar(select(OrderLine.id).where(OrderLine.order_id == order_id))
    request = workspace.returns.open_request(ReturnDraft(
        order_id, ((line, 1),), "damaged", "refund", reason_text="Handle broke off"))
    return workspace.returns.view(request)


def pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_slip_is_in_the_customers_language(qapp, slip_view, tmp_path):
    assert slip_view.language == "de"
    path = tmp_path / "slip-de.pdf"
    write_return_slip(slip_view, "Test Shop", ADDRESS, path, slip_view.language)
    assert path.read_bytes()[:5] == b"%PDF-"
    text = slip_document(slip_view, "Test Shop", ADDRESS, slip_view.language).toPlainText()
    for expected in ("Rücksendeschein", "RMA-000001", "#1002", "Anna Müller", "MUG-01",
                     "Beschädigt", "Handle broke off", "12 Harbour Road",
                     "Bitte legen Sie diesen Schein", "Vielen Dank für Ihren Einkauf bei "
                     "Test Shop."):
        assert expected in text, expected
    assert "Return slip" not in text
    extracted = pdf_text(path)
    if extracted is not None:
        assert "RMA-000001" in extracted and "Rücksendeschein" in extracted


def test_a_traditional_chinese_slip_embeds_the_cjk_font(qapp, slip_view, tmp_path):
    if not any("CJK TC" in family for family in QFontDatabase.families()):
        pytest.skip("no CJK font installed (fonts-noto-cjk)")
    view = replace(slip_view, language="zh-Hant-TW", buyer_name="陳靜", ship_country="TW")
    path = tmp_path / "slip-zh_TW.pdf"
    write_return_slip(view, "Test Shop", ADDRESS, path, view.language)
    data = path.read_bytes()
    assert data[:5] == b"%PDF-" and b"NotoSansCJK" in data
    text = slip_document(view, "Test Shop", ADDRESS, view.language).toPlainText()
    for expected in ("退貨單", "退貨編號（RMA）", "RMA-000001", "陳靜", "商品損壞",
                     "請將商品與本退貨單一起包裝", "感謝您在 Test Shop 購物。"):
        assert expected in text, expected
    extracted = pdf_text(path)
    if extracted is not None:  # the digits are drawn in the CJK font, which pdftotext may
        assert "退貨單" in extracted and "RMA-" in extracted  # not map back to text


def test_unknown_languages_fall_back_to_english_and_every_language_is_complete():
    assert slip_texts("pt-BR").language == "en" and slip_texts("").title == "Return slip"
    assert slip_texts("zh_Hans").language == "zh_CN" and slip_texts("ja-JP").title == "返品票"
    for language in SLIP_LANGUAGES:
        texts = slip_texts(language)
        assert all(getattr(texts, field).strip() for field in FIELDS), language
        assert "{shop}" in texts.thanks
        assert set(texts.reasons) == {r.value for r in ReturnReason}
        assert texts.reason_text("unheard_of") == "unheard_of"


def test_a_slip_that_cannot_be_written_raises_oserror(qapp, slip_view, tmp_path):
    with pytest.raises(OSError):
        write_return_slip(slip_view, "Test Shop", ADDRESS, tmp_path / "missing" / "s.pdf", "en")


def test_the_dialog_previews_asks_where_and_remembers_the_address(
        qtbot, runner, slip_view, tmp_path, monkeypatch):
    QSettings().setValue(ADDRESS_KEY, "")
    dialog = ReturnSlipDialog(slip_view, "Test Shop")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.slip_language == "de"
    assert "Rücksendeschein" in dialog.preview.toPlainText()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert "Bon de retour" in dialog.preview.toPlainText()
    dialog.save_as()  # no address yet: says so next to the field, asks nothing
    assert dialog.address_error.isVisible() and "address" in dialog.address_error.text()
    dialog.address.setPlainText(ADDRESS)
    assert "12 Harbour Road" in dialog.preview.toPlainText()
    target = tmp_path / "chosen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF document (*.pdf)"))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save_as()
    assert saved.args == [str(tmp_path / "chosen.pdf")]
    assert (tmp_path / "chosen.pdf").read_bytes()[:5] == b"%PDF-"
    assert not dialog.address_error.isVisible()
    assert "Saved the return slip" in dialog.messages.text
    assert QSettings().value(ADDRESS_KEY) == ADDRESS.strip()
    assert not dialog.save_to(tmp_path / "missing" / "x.pdf")
    assert "Could not save the slip" in dialog.messages.text
    again = ReturnSlipDialog(slip_view, "Test Shop")
    qtbot.addWidget(again)
    assert again.address.toPlainText() == ADDRESS.strip()
