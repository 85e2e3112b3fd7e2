"""Progress for the command line: a bar on a terminal, plain lines otherwise (logs, CI)."""
from __future__ import annotations

import sys
import time

from designer.batch.jobs import Record

BAR_WIDTH = 30
LINE_STEPS = 10           # plain mode prints about this many lines per run


class ProgressPrinter:
    """Call with each finished record; `total` is the number of outputs expected."""

    def __init__(self, total: int, stream=None):
        self.total, self.stream = max(total, 1), stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.failed = 0
        self.started = time.monotonic()
        self._last_step = -1

    def __call__(self, record: Record, done: int) -> None:
        if record.status == "failed":
            self.failed += 1
            self._print_line(f"failed: {record.input}: {record.reason}")
        if self.tty:
            self._bar(done)
        else:
            step = done * LINE_STEPS // self.total
            if step != self._last_step or done == self.total:
                self._last_step = step
                self.stream.write(f"{done}/{self.total} done, {self.failed} failed\n")
        if done >= self.total and self.tty:
            self.stream.write("\n")
        self.stream.flush()

    def _bar(self, done: int) -> None:
        filled = BAR_WIDTH * done // self.total
        elapsed = time.monotonic() - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        left = (self.total - done) / rate if rate else 0.0
        self.stream.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{self.total} "
                          f"{self.failed} failed, {left:4.0f} s left ")

    def _print_line(self, text: str) -> None:
        self.stream.write(("\r\x1b[K" if self.tty else "") + text + "\n")
