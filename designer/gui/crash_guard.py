"""Unexpected errors in the app: keep the work, log the details, tell the volunteer plainly.

In: the main window (`install(window)`). Out: `sys.excepthook` replaced for the app's lifetime.
An exception escaping a Qt slot would otherwise print a traceback and maybe leave the app in a
broken state; here the recovery file is written at once (so a restart offers the work back),
the traceback goes to the app's log file (designer.logs), and a non-blocking message says what
to do and where the file is. `details(log)` is that last sentence, for background jobs too.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from designer import logs
from designer.gui import messages
from designer.gui.i18n import product_name


def details(log) -> str:
    """"Details for a bug report: <log file>" in the app's language."""
    return QCoreApplication.translate("CrashGuard", "Details for a bug report: {0}").format(log)


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
    """Save the work for recovery, log the traceback, show a plain message naming the log file."""
    saved = window.autosave.write_now()
    log = logs.report_unexpected(f"unexpected {kind.__name__} in the app: {value}", exc_info=(kind, value, trace))
    translate = QCoreApplication.translate
    kept = (translate("CrashGuard", "Your work is kept: if the app closes, it is offered back at the next start.")
            if saved else translate("CrashGuard", "Save your work under a new name now."))
    text = " ".join((
        translate("CrashGuard", "Something went wrong inside {1} ({0}).").format(kind.__name__, product_name()),
        kept, details(log)))
    messages.warn(window, translate("CrashGuard", "Unexpected error"), text)
