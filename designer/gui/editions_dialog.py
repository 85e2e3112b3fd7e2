"""Editions from a spreadsheet: pick a CSV/XLSX, map its columns to the layout's {{fields}},
preview any row, and export every row (one PDF each) on a worker thread with a progress bar
and a summary listing the rows that failed.

In: the parent widget, the SavedLayout (unsaved edits included) and the path it is saved at
(its folder is where images may come from). Out: PDFs in the chosen folder; signal `finished(report)`.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QSpinBox, QVBoxLayout)

from designer import logs
from designer.batch.datasource import open_rows
from designer.batch.merge import MergePlan
from designer.batch.placeholders import ROW_FIELD, fields_in
from designer.errors import DesignerError
from designer.gui import crash_guard
from designer.gui.messages import explained
from designer.model.layout import SavedLayout

PREVIEW_DPI = 40.0
NOT_MAPPED = ""


class Cancelled(Exception):
    """Raised from the progress callback to stop a run (done rows stay; a re-run resumes)."""


class _Signals(QObject):
    progress = Signal(int, int)      # done, total
    finished = Signal(object)        # Report
    failed = Signal(str)
    stopped = Signal()


class MergeJob(QRunnable):
    """Runs a MergePlan off the UI thread (resuming: rows already made are skipped)."""

    def __init__(self, plan: MergePlan, total: int):
        super().__init__()
        self.plan, self.total, self.cancelled = plan, total, False
        self.signals = _Signals()

    def run(self):
        try:
            report = self.plan.run(resume=True, progress=self._progress)
        except Cancelled:
            self.signals.stopped.emit()
        except DesignerError as exc:
            self.signals.failed.emit(explained(exc))
        except Exception as exc:  # noqa: BLE001 - a bug: a message here, the traceback in the log
            log = logs.report_unexpected(f"editions: unexpected {type(exc).__name__}: {exc}")
            self.signals.failed.emit(f"{exc}. {crash_guard.details(log)}")
        else:
            self.signals.finished.emit(report)

    def _progress(self, record, done: int):
        self.signals.progress.emit(done, self.total)
        if self.cancelled:
            raise Cancelled


class EditionsDialog(QDialog):
    """Data merge for one layout. `data_path`, `mapping` and `output_dir` can be set from code (tests)."""

    finished_run = Signal(object)    # Report

    def __init__(self, parent, layout: SavedLayout, layout_path):
        super().__init__(parent)
        self.layout, self.layout_path = layout, Path(layout_path)
        self.session = getattr(parent, "session", None)    # the main window's, for the canvas preview
        self.shown_layout = self.session.layout if self.session is not None else None
        self.fields = [f for f in fields_in(layout) if f != ROW_FIELD]
        self.columns: list[str] = []
        self.job: MergeJob | None = None
        self.report = None
        self.setWindowTitle(self.tr("Editions from a spreadsheet"))
        self.setMinimumWidth(720)
        self._build()

    # widgets ------------------------------------------------------------------------------
    def _build(self):
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 1)
        form = QFormLayout()
        self.data_edit = QLineEdit()
        self.data_edit.setReadOnly(True)
        form.addRow(self.tr("Data file"), self._with_button(self.data_edit, self._pick_data))
        self.mapping_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for name in self.fields:
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.update_preview)
            self.combos[name] = combo
            self.mapping_form.addRow(f"{{{{{name}}}}}", combo)
        self.output_edit = QLineEdit()
        form.addRow(self.tr("Output folder"), self._with_button(self.output_edit, self._pick_output))
        self.name_edit = QLineEdit(f"{self.layout_path.stem}-{{{{{ROW_FIELD}}}}}.pdf")
        form.addRow(self.tr("File names"), self.name_edit)
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Fields in the layout → columns in the data")))
        left.addLayout(self.mapping_form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        left.addWidget(self.message)
        self.progress = QProgressBar()
        left.addWidget(self.progress)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        left.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export all"))
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addStretch(1)
        for button in (self.export_button, self.cancel_button, close):
            buttons.addWidget(button)
        left.addLayout(buttons)
        right = QVBoxLayout()
        outer.addLayout(right)
        row_line = QHBoxLayout()
        row_line.addWidget(QLabel(self.tr("Preview row")))
        self.row_spin = QSpinBox()
        self.row_spin.setRange(1, 1)
        self.row_spin.valueChanged.connect(self.update_preview)
        row_line.addWidget(self.row_spin)
        right.addLayout(row_line)
        self.on_page = QCheckBox(self.tr("Show the row on the page"))
        self.on_page.setChecked(self.session is not None)
        self.on_page.setVisible(self.session is not None)
        self.on_page.toggled.connect(self.update_preview)
        right.addWidget(self.on_page)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(240, 340)
        right.addWidget(self.preview, 1)
        self._set_enabled()

    def _with_button(self, edit: QLineEdit, slot) -> QHBoxLayout:
        line = QHBoxLayout()
        line.addWidget(edit, 1)
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(slot)
        line.addWidget(button)
        return line

    def _pick_data(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Data file"), str(self.layout_path.parent),
                                              self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv)"))
        if path:
            self.set_data(path)

    def _pick_output(self):
        path = QFileDialog.getExistingDirectory(self, self.tr("Output folder"), self.output_edit.text())
        if path:
            self.output_edit.setText(path)

    # state --------------------------------------------------------------------------------
    def set_data(self, path) -> bool:
        """Open a data file: fill the column choices (same names preselected) and the row range."""
        try:
            source = open_rows(path)
            count = source.count()
        except DesignerError as exc:
            self.message.setText(exc.located())
            self.columns = []
            self._set_enabled()
            return False
        self.data_edit.setText(str(path))
        self.columns = [c for c in source.columns if c]
        if not self.output_edit.text():
            self.output_edit.setText(str(Path(path).parent / self.tr("editions")))
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not mapped)"), NOT_MAPPED)
            for column in self.columns:
                combo.addItem(column, column)
            same = next((c for c in self.columns if c.casefold() == name.casefold()), NOT_MAPPED)
            combo.setCurrentIndex(combo.findData(same))
            combo.blockSignals(False)
        self.row_spin.setRange(1, max(1, count))
        self.row_spin.setSuffix(self.tr(" of %1").replace("%1", str(count)))
        self._set_enabled()
        self.update_preview()
        return True

    def mapping(self) -> dict[str, str]:
        """Layout field -> chosen data column (unmapped fields left out)."""
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}

    def plan(self) -> MergePlan:
        """The merge as set up in the dialog (raises DesignerError for an unusable setup)."""
        return MergePlan(self.layout_path, Path(self.data_edit.text()), Path(self.output_edit.text()),
                         self.name_edit.text().strip() or None, layout=self.layout, mapping=self.mapping())

    def _set_enabled(self):
        ready = bool(self.columns) and self.job is None
        self.export_button.setEnabled(ready)
        self.row_spin.setEnabled(ready)
        for combo in self.combos.values():
            combo.setEnabled(ready)

    # preview ------------------------------------------------------------------------------
    def update_preview(self):
        """Render the chosen row (small PNG); a row problem is shown in place of a failed preview."""
        if not self.columns:
            return
        from designer.render.raster import render_images

        try:
            plan = self.plan()
            document, problem = plan.preview(self.row_spin.value() - 1)
        except DesignerError as exc:
            plan, document, problem = None, None, exc.located()
        self._show_on_page(plan if document is not None else None)
        self.message.setText(problem)
        if document is None:
            self.preview.setPixmap(QPixmap())
            return
        image = render_images(document, PREVIEW_DPI, [0])[0]
        pixmap = QPixmap()
        pixmap.loadFromData(_png(image), "PNG")
        self.preview.setPixmap(pixmap)

    def _show_on_page(self, plan):
        """Put the previewed row on the main window's canvas (not undoable; undone on close)."""
        if self.session is None:
            return
        row_layout = plan.row_layout(self.row_spin.value() - 1)[0] if plan and self.on_page.isChecked() else None
        self.session.set_layout(row_layout or self.shown_layout)

    def done(self, result):
        """Closing gives the canvas back its own layout."""
        if self.session is not None:
            self.session.set_layout(self.shown_layout)
        super().done(result)

    # export -------------------------------------------------------------------------------
    def start(self):
        """Export every row on a worker thread."""
        try:
            plan = self.plan()
            total = plan.total()
        except DesignerError as exc:
            self.message.setText(exc.located())
            return
        self.report = None
        self.summary.clear()
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.job = MergeJob(plan, total)
        self.job.signals.progress.connect(lambda done, _total: self.progress.setValue(done))
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.stopped.connect(lambda: self._failed(self.tr("Stopped; export again to continue.")))
        self.cancel_button.setEnabled(True)
        self._set_enabled()
        QThreadPool.globalInstance().start(self.job)

    def cancel(self):
        if self.job is not None:
            self.job.cancelled = True

    def _finished(self, report):
        self.report = report
        self._done()
        lines = [self.tr("%1 made, %2 already up to date, %3 failed")
                 .replace("%1", str(report.count("ok"))).replace("%2", str(report.count("skipped")))
                 .replace("%3", str(report.count("failed")))]
        lines += [self.tr("Row %1: %2").replace("%1", str(r.row)).replace("%2", r.reason) for r in report.failed]
        self.summary.setPlainText("\n".join(lines))
        self.finished_run.emit(report)

    def _failed(self, message: str):
        self._done()
        self.summary.setPlainText(message)

    def reject(self):
        """Closing stops a running export after the current row."""
        self.cancel()
        super().reject()

    def _done(self):
        self.job = None
        self.cancel_button.setEnabled(False)
        self._set_enabled()


def _png(image) -> bytes:
    import io

    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
