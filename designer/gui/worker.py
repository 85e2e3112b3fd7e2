"""Run one slow call (export, print-shop package) on the global QThreadPool.

In: a function, its arguments and the file it writes (named in error messages). Out: signals
`finished(result)` or `failed(message)`; a DesignerError becomes its text (`messages.explained`: a
failed write in the UI language), anything else "file: problem. Details for a bug report: <log
file>" with the traceback in the log, never on screen.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from designer import logs
from designer.errors import DesignerError
from designer.gui import crash_guard
from designer.gui.messages import explained


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """`function(*args)` off the UI thread; connect to `signals` before `start()`."""

    def __init__(self, output: Path, function, *args):
        super().__init__()
        self.output, self.function, self.args = Path(output), function, args
        self.signals = _Signals()
        self.setAutoDelete(False)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)

    def run(self):
        try:
            result = self.function(*self.args)
        except DesignerError as exc:
            self.signals.failed.emit(explained(exc))
        except Exception as exc:  # noqa: BLE001 - a bug: a message here, the traceback in the log
            log = logs.report_unexpected(f"{self.output}: unexpected {type(exc).__name__}: {exc}")
            self.signals.failed.emit(f"{self.output.name}: {exc}. {crash_guard.details(log)}")
        else:
            self.signals.finished.emit(result)
