"""Languages. Source strings are English; Swedish (i18n/designer_sv.qm) is the default.

In: a language code ("sv" or "en"). Out: the matching QTranslator installed on the application,
so every widget gets a LanguageChange event and retranslates itself at once.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

I18N = Path(__file__).resolve().parent / "i18n"
LANGUAGES = {"sv": "Svenska", "en": "English"}
DEFAULT_LANGUAGE = "sv"

_installed: list[QTranslator] = []
_current = ""


def current_language() -> str:
    return _current or DEFAULT_LANGUAGE


def product_name() -> str:
    """The product's name in the UI language ("Kampanjdesigner" in Swedish)."""
    return QCoreApplication.translate("MainWindow", "Campaign Designer")


def set_language(code: str) -> None:
    """Install the translations for `code` (unknown codes fall back to Swedish)."""
    global _current
    app = QCoreApplication.instance()
    code = code if code in LANGUAGES else DEFAULT_LANGUAGE
    if code == _current and (_installed or code == "en"):
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = code
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if code == "sv" else QLocale.Language.English,
                               QLocale.Country.Sweden))
    if code != "en":        # English is the source language: no translator
        _install_swedish(app)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)   # retranslate now


def _install_swedish(app) -> None:
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("designer_sv", I18N), ("qtbase_sv", qt_folder), ("qt_sv", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)


class Retranslating:
    """Widget mixin (put it first among the bases): calls `self.retranslate()` whenever the
    application language changes, so each widget keeps its own strings current."""

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
