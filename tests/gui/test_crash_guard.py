"""An unexpected error keeps the work for recovery, logs the details and says so plainly."""
from __future__ import annotations

import sys

from designer import logs
from designer.gui import crash_guard
from designer.gui.autosave import read_recovery, recovery_dir


def raise_and_catch():
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        return sys.exc_info()


def test_an_unexpected_error_saves_the_work_and_explains(window):
    window.session.apply(window.session.layout.with_slot("headline", text="Osparad rubrik"), "edit")
    crash_guard.handle(window, *raise_and_catch())
    [recovery] = recovery_dir().glob("*.json")
    layout, _ = read_recovery(recovery)
    assert layout.slot("headline").text == "Osparad rubrik"
    logged = logs.log_file().read_text(encoding="utf-8")
    assert "boom in a slot" in logged and "Traceback" in logged and "raise_and_catch" in logged
    shown = window.last_message.text()
    assert "RuntimeError" in shown and str(logs.log_file()) in shown
    assert "Traceback" not in shown
    assert "Något gick fel" in shown, "the message is in Swedish, the default language"


def test_the_hook_routes_uncaught_errors_to_the_guard(window, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash_guard, "handle", lambda *args: seen.append(args))
    crash_guard.install(window)
    sys.excepthook(*raise_and_catch())
    assert seen and seen[0][0] is window and seen[0][1] is RuntimeError
