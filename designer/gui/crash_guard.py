"""Unexpected errors in the app: keep the work, log the details, tell the volunteer plainly.

In: the main window (`install(window)`). Out: `sys.excepthook` replaced for the app's lifetime.
An exception escaping a Qt slot would otherwise print a traceback and maybe leave the app in a
broken state; here the recovery file is written at once (so a restart offers the work back),
the traceback goes to `user_data_dir()/crash.log`, and a non-blocking message says what to do.
"""
from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication

from designer import paths
from designer.gui import messages


def crash_log():
    return paths.user_data_dir() / "crash.log"


def install(window) -> None:
    """Route uncaught exceptions to `handle(window, ...)` (Ctrl+C keeps its default behaviour)."""
    previous = sys.excepthook

    def hook(kind, value, trace):
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, trace)
            return
        handle(window, kind, value, trace)

    sys.excepthook = hook


def handle(window, kind, value, trace) -> None:
    """Save the work for recovery, append the traceback to the crash log, show a plain message."""
    saved = window.autosave.write_now()
    try:
        log = crash_log()
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as handle_:
            handle_.write("".join(traceback.format_exception(kind, value, trace)) + "\n")
        where = str(log)
    except OSError:
        where = "-"
    translate = QCoreApplication.translate
    kept = (translate("CrashGuard", "Your work is kept: if the app closes, it is offered back at the next start.")
            if saved else translate("CrashGuard", "Save your work under a new name now."))
    text = " ".join((
        translate("CrashGuard", "Something went wrong inside Campaign Designer ({0}).").format(kind.__name__),
        kept, translate("CrashGuard", "Details for a bug report: {0}").format(where)))
    messages.warn(window, translate("CrashGuard", "Unexpected error"), text)
