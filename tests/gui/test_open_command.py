"""`designer open LAYOUT` (what a file manager runs) starts the app on that layout."""
from __future__ import annotations

import sys

from designer.cli import main


def test_open_command_starts_the_app_with_the_layout(app, monkeypatch, school_layout_path):
    import designer.gui.main_window as main_window

    opened = []

    class Window:
        autosave = None

        def __init__(self, path):
            opened.append(path)

        def show(self):
            opened.append("shown")

    monkeypatch.setattr(main_window, "MainWindow", Window)
    monkeypatch.setattr(type(app), "exec", lambda self: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert main(["open", str(school_layout_path)]) == 0
    assert opened == [str(school_layout_path), "shown"]
