"""Start the desktop app: `run_app(argv)` (what `designer` with no arguments calls).

In: command-line arguments (an optional layout file to open). Out: the process exit code.
"""
from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication

from designer import __version__, logs
from designer.gui import crash_guard, i18n
from designer.gui.settings import APPLICATION, ORGANIZATION, app_settings
from designer.gui.style import apply_style


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (existing or new), styled and in the remembered language."""
    app = QApplication.instance() or QApplication(["designer", *(argv or [])])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    apply_style(app)
    i18n.set_language(app_settings().value("language", i18n.DEFAULT_LANGUAGE, str))
    app.setApplicationDisplayName(i18n.product_name())
    return app


def run_app(argv: list[str], verbosity: int = 0) -> int:
    """Open the main window (with `argv[0]` as a layout file if given) and run until it closes.

    The log goes to the platform's per-user log folder (designer.logs).
    """
    log = logs.setup_app(verbosity)
    logging.getLogger(__name__).info("Campaign Designer %s starting; log file %s", __version__, log)
    app = create_app(argv)
    from designer.gui.main_window import MainWindow

    window = MainWindow(argv[0] if argv else None)
    crash_guard.install(window)
    window.show()
    logging.getLogger(__name__).info("window shown")   # bench/bench_bundle.py times start-up by this line
    return app.exec()


if __name__ == "__main__":
    sys.exit(run_app(sys.argv[1:]))
