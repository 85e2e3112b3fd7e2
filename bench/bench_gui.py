"""GUI benchmark (not a test): keystroke-to-repaint latency and start-up time.

    python bench/bench_gui.py [--keys 40]

1. Start to usable window: a fresh interpreter imports the app, builds the main window with the
   Borlänge manifesto and the A5 flyer, shows it, finishes the first paint and shows the start
   view of a first start (target ≤ 1 s). Baseline, alternating in the same run: a fresh
   interpreter showing a bare PySide6 window with a text box.
2. Keystroke: one key typed into the in-place editor of the A5 flyer's body text until the new
   layout is built and the canvas has repainted (target ≤ 16 ms, median). Baseline, alternating:
   the same key into a plain QPlainTextEdit and its repaint.
Prints the numbers, their ratio to the baseline and to the target. Runs offscreen with throw-away
settings (the machine is shared: read the ratios, not the absolute times).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DESIGNER_HOME", tempfile.mkdtemp(prefix="designer-bench-"))

KEY_TARGET_MS = 16.0
START_TARGET_S = 1.0

_START_CODE = """
import os, sys, time, tempfile
t0 = time.perf_counter()
from PySide6.QtCore import QSettings
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
from designer.gui.app import create_app
app = create_app([])
from designer.gui.main_window import MainWindow
window = MainWindow()
window.show()
window.repaint()
window.canvas.viewport().repaint()
while window.start_view is None or not window.start_view.isVisible():
    app.processEvents()
window.start_view.repaint()
print(time.perf_counter() - t0)
"""

_BASELINE_START_CODE = """
import time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit("text"))
window.resize(1440, 900)
window.show()
window.repaint()
print(time.perf_counter() - t0)
"""


def start_time(code: str = _START_CODE) -> float:
    """Seconds from a new interpreter to the main window (or the baseline's) shown and painted."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    return float(result.stdout.strip().splitlines()[-1])


def keystroke_times(keys: int) -> tuple[list[float], list[float]]:
    """Milliseconds per keystroke (app, baseline), alternating: key event -> layout rebuilt ->
    canvas repainted, and the same key into a plain text box -> its repaint."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from designer.gui.app import create_app
    from designer.gui.main_window import MainWindow

    app = create_app([])
    window = MainWindow(start_view=False)
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    window.drop_content({"kind": "section", "section": "skola", "index": 0}, None)
    window.canvas.zoom_fit()
    window.canvas.editRequested.emit("body")
    app.processEvents()
    editor = window.editor.edit
    plain = QPlainTextEdit(window.session.frame_text("body"))
    plain.resize(400, 150)
    plain.show()
    times, baseline = [], []
    for index in range(keys):
        key = Qt.Key.Key_A if index % 2 == 0 else Qt.Key.Key_Backspace
        start = time.perf_counter()
        QTest.keyClick(editor, key)                 # -> textChanged -> undo command -> re-layout
        window.canvas.viewport().repaint()          # synchronous repaint of the page
        times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        QTest.keyClick(plain, key)
        plain.viewport().repaint()
        baseline.append((time.perf_counter() - start) * 1000)
    plain.close()
    window.close()
    return times, baseline


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="GUI latency benchmark")
    parser.add_argument("--keys", type=int, default=40)
    args = parser.parse_args(argv)
    starts, bare = [], []
    for _ in range(3):                              # alternating: app, bare Qt window
        starts.append(start_time())
        bare.append(start_time(_BASELINE_START_CODE))
    keys, plain = keystroke_times(args.keys)
    start_median, bare_median = statistics.median(starts), statistics.median(bare)
    key_median, plain_median = statistics.median(keys), statistics.median(plain)
    print(f"start to usable window (start view shown): median {start_median:.2f} s of {len(starts)}; "
          f"bare PySide6 window {bare_median:.2f} s: {start_median / bare_median:.2f}× "
          f"(target {START_TARGET_S:.1f} s, ratio {start_median / START_TARGET_S:.2f})")
    print(f"keystroke to layout + repaint: median {key_median:.1f} ms, p90 "
          f"{sorted(keys)[int(len(keys) * 0.9)]:.1f} ms of {len(keys)}; plain text box "
          f"{plain_median:.2f} ms (target {KEY_TARGET_MS:.0f} ms, ratio {key_median / KEY_TARGET_MS:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
