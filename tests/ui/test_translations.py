"""The Chinese translations: complete, compiled, loadable, and true to their placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from seller_desk.domain.errors import NotFoundError
from seller_desk.ui.translator import Translator
from seller_desk.ui.widgets.message_bar import error_text

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("zh_CN", "zh_TW")
TS_FILES = {lang: ROOT / "i18n" / f"seller_desk_{lang}.ts" for lang in LANGUAGES}

# Qt-style %1…%99, Python-style {name}, and HTML tags such as <br>.
PLACEHOLDER = re.compile(r"%\d+|\{[A-Za-z_]\w*\}|<[^<>\s]+>")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    root = ET.parse(TS_FILES[lang]).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (lang, name, message.findtext("source"))
            found.append((name, message.findtext("source") or "", translation))
    return found


@pytest.mark.slow
def test_translations_are_complete_and_compiled():
    """scripts/i18n.py --check: every source string translated, .ts and .qm up to date."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip(f"pyside6-lupdate is not installed next to {sys.executable}")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=100,
    )
    assert result.returncode == 0, (
        "scripts/i18n.py --check failed (run `.venv/bin/python scripts/i18n.py`, then "
        f"translate what is unfinished):\n{result.stdout}{result.stderr}"
    )


EXPECTED = {
    "zh_CN": {
        ("MainWindow", "Orders"): "订单",
        ("MainWindow", "Settings"): "设置",
        ("MainWindow", "&File"): "文件(&F)",
        ("status", "Shipped"): "已发货",
        ("columns", "Total (base)"): "本位币金额",
        ("errors", "Customer {id} no longer exists."): "客户 {id} 已不存在。",
    },
    "zh_TW": {
        ("MainWindow", "Orders"): "訂單",
        ("MainWindow", "Settings"): "設定",
        ("MainWindow", "&File"): "檔案(&F)",
        ("status", "Shipped"): "已出貨",
        ("columns", "Total (base)"): "本位幣金額",
        ("errors", "Customer {id} no longer exists."): "顧客 {id} 已不存在。",
    },
}


def test_compiled_translations_load_and_switch_back(qapp):
    translator = Translator(qapp)
    locale = QLocale()
    error = NotFoundError("Customer {id} no longer exists.", id=42)
    try:
        for lang, expected in EXPECTED.items():
            translator.apply(lang)
            assert translator.language == lang
            for (context, source), text in expected.items():
                assert QCoreApplication.translate(context, source) == text, (lang, source)
            # A known error's message is translated first, then its placeholders filled.
            assert "42" in error_text(error) and "{id}" not in error_text(error)
            assert error_text(error) == expected[
                ("errors", "Customer {id} no longer exists.")
            ].format(id=42)
    finally:
        translator.apply("en")
        QLocale.setDefault(locale)
    assert QCoreApplication.translate("MainWindow", "Orders") == "Orders"
    assert error_text(error) == "Customer 42 no longer exists."


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_translation_keeps_its_placeholders(lang):
    found = messages(lang)
    assert len(found) > 100, f"{TS_FILES[lang].name} holds only {len(found)} messages"
    problems = []
    for context, source, translation in found:
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"[{context}] {source!r}: not translated")
            continue
        want, got = sorted(PLACEHOLDER.findall(source)), sorted(PLACEHOLDER.findall(text))
        if want != got:
            problems.append(f"[{context}] {source!r} -> {text!r}: placeholders {want} vs {got}")
        if "&" in source.replace("&&", "") and "&" not in text:
            problems.append(f"[{context}] {source!r} -> {text!r}: lost its & mnemonic")
    assert not problems, "\n".join(problems)


def test_refusals_are_translated_under_the_context_they_were_marked_with(qapp):
    from PySide6.QtCore import QCoreApplication

    from seller_desk.domain.errors import ValidationError
    from seller_desk.domain.order_rules import order_totals
    from seller_desk.ui.translator import Translator
    from seller_desk.ui.widgets.message_bar import error_text

    translator = Translator(QCoreApplication.instance())
    translator.apply("zh_CN")
    try:
        with pytest.raises(ValidationError) as refused:
            order_totals((), 0, 0, 0)
        assert refused.value.context == "orders"
        assert error_text(refused.value) == "订单至少需要一行商品。"
    finally:
        translator.apply("en")
