"""Installs the window's language: our translations and Qt's own, switchable while running."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from seller_desk.domain.settings import LANGUAGES

QM_DIR = Path(__file__).resolve().parent.parent / "i18n"


def system_language() -> str:
    """The supported language nearest the system locale (zh_HK and zh_MO read Traditional)."""
    name = QLocale.system().name()
    if name.startswith("zh"):
        return "zh_TW" if name in ("zh_TW", "zh_HK", "zh_MO") else "zh_CN"
    return "en"


class Translator:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> None:
        """Switch to `language`; widgets retranslate on the LanguageChange event Qt sends."""
        language = language if language in LANGUAGES else "en"
        for old in self._installed:
            self._app.removeTranslator(old)
        self._installed = []
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == "en":
            return
        ours = QTranslator(self._app)
        if ours.load(str(QM_DIR / f"seller_desk_{language}.qm")):
            self._installed.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(self._app)
        if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
            self._installed.append(qt_own)
        for translator in self._installed:
            self._app.installTranslator(translator)
