"""Small screens and desktop conventions (usability sweep, items 6 and 10): the volunteer's main
actions stay on the toolbar at 1024 px, the translations panel does not push the window past a
1024 px screen, one documents folder in both languages, the crash message and the About box name
the product in the UI language, unique menu accelerators, and a Help menu with F1."""
from __future__ import annotations

import re
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from designer import __version__
from designer.gui import crash_guard, main_window
from tests.gui.test_translations_panel import _school_copy

SMALL_WIDTH = 1024


def _small(window, language: str):
    """The window at 1024 × 560 (a 1024 × 600 screen less its panel) in `language`."""
    window.set_language(language)
    window.resize(SMALL_WIDTH, 560)
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("language", ["sv", "en"])
def test_main_actions_stay_on_the_toolbar_at_1024(window, language):
    window = _small(window, language)
    toolbar = window.toolbar
    main = (window.act_social, window.act_print, window.translations_dock.toggleViewAction(), window.act_export)
    for action in main:
        button = toolbar.widgetForAction(action)
        assert button.isVisible(), f"{action.iconText()} is in the » menu"
        assert button.geometry().right() <= toolbar.width()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_translations_panel_keeps_the_window_within_1024(make_window, qtbot, tmp_path, language):
    window = _small(make_window(_school_copy(tmp_path)), language)
    window.translations_dock.toggleViewAction().trigger()
    qtbot.waitUntil(window.translations.isVisible)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= SMALL_WIDTH
    assert window.width() <= SMALL_WIDTH


@pytest.fixture
def documents(tmp_path, monkeypatch):
    """A home folder of its own, so Documents/ is a temporary folder."""
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    return tmp_path / "user" / "Documents"


def test_unsaved_work_stays_in_the_swedish_folder_after_switching_to_english(window, documents):
    (documents / "Kampanjdesigner").mkdir(parents=True)
    window.set_language("en")
    assert window._export_folder() == documents / "Kampanjdesigner"
    assert not (documents / "Campaign Designer").exists()


def test_a_first_english_volunteer_gets_the_english_folder(window, documents):
    window.set_language("en")
    assert window._export_folder() == documents / "Campaign Designer"


def test_crash_message_names_the_product_in_swedish(window):
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        crash_guard.handle(window, *sys.exc_info())
    shown = window.last_message.text()
    assert "Kampanjdesigner" in shown and "Campaign Designer" not in shown


def _mnemonic(text: str) -> str | None:
    """The accelerator letter of a menu text ("&&" is a literal ampersand)."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _menus(window) -> list:
    """The menu bar and every menu reachable from it."""
    menus, pending = [window.menuBar()], [a.menu() for a in window.menuBar().actions()]
    while pending:
        menu = pending.pop()
        menus.append(menu)
        pending += [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]
    return menus


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_accelerator_is_unique_within_its_menu(window, language):
    window.set_language(language)
    for menu in _menus(window):
        letters = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        letters = [letter for letter in letters if letter]
        clashes = {letter for letter in letters if letters.count(letter) > 1}
        assert not clashes, (getattr(menu, "title", lambda: "menu bar")(), [a.text() for a in menu.actions()])


def test_help_menu_has_the_about_box_with_version_and_licence(window):
    assert [a.text() for a in window.menu_help.actions()] == ["&Användarhandbok", "&Om Kampanjdesigner"]
    assert window.menu_help.title() == "&Hjälp"
    window.act_about.trigger()
    box = window.last_message
    assert box.windowTitle() == "Om Kampanjdesigner"
    assert __version__ in box.text() and "GPL-3.0-or-later" in box.text() and "docs/gui.md" in box.text()


def _press_f1(window):
    window.activateWindow()
    QTest.keySequence(window, QKeySequence(Qt.Key.Key_F1))


def test_f1_opens_the_local_user_guide(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    _press_f1(window)
    assert [url.toLocalFile() for url in opened] == [str(main_window.GUIDE)]


def test_f1_without_shipped_docs_shows_the_about_box(window, monkeypatch, tmp_path):
    monkeypatch.setattr(main_window, "GUIDE", tmp_path / "no-docs" / "gui.md")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail(f"opened {url}"))
    _press_f1(window)
    assert window.last_message.windowTitle() == "Om Kampanjdesigner"
    assert "docs/gui.md" in window.last_message.text()

