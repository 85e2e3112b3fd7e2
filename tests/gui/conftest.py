"""GUI test setup: offscreen Qt, settings and user folders in temporary paths, Swedish UI.

Every test gets its own QSettings folder and DESIGNER_HOME, so recent files, the remembered
manifesto, window layout and recovery files never leak between tests or into the real user's.
"""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from designer import paths  # noqa: E402

SCHOOL = paths.EXAMPLES / "skola-a5.json"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Per-test user data, XDG folders and settings."""
    monkeypatch.setenv("DESIGNER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield tmp_path


@pytest.fixture
def app(qapp):
    """The styled application in Swedish (the default language)."""
    from designer.gui import i18n
    from designer.gui.app import create_app

    create_app()
    i18n.set_language("sv")
    yield qapp
    i18n.set_language("sv")


@pytest.fixture
def make_window(app, qtbot):
    """Factory for main windows that close without asking (unsaved work is discarded)."""
    from designer.gui.main_window import MainWindow

    def make(*args, **kwargs):
        kwargs.setdefault("start_view", False)      # the start view has its own tests
        window = MainWindow(*args, **kwargs)
        window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


def school_payload(kind="section", index=0) -> dict:
    """What dragging the school section (or one of its items) from the manifesto panel carries."""
    return {"kind": kind, "section": "skola", "index": index}
