"""Arkiv › Paketera för tryckeriet: the print-shop zip (print PDF, preflight report, proof, job
ticket, the layout and its images) written by designer.package.make_package on a worker thread,
then "Show in folder".

In: the Session (a snapshot of its current layout, saved or not) and the printer preset to start
with. Out: the zip; signals `packaged(path)` or `failed(message)`.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QSpinBox, QVBoxLayout)

from designer.gui.export_dialog import blocking_message
from designer.gui.i18n import current_language
from designer.io.layout_file import rebase_images
from designer.gui.worker import Job
from designer.io.layout_file import save_layout
from designer.package import make_package


class PackageDialog(QDialog):
    """Non-blocking dialog; `start()` writes the package with the current settings."""

    packaged = Signal(str)
    failed = Signal(str)

    def __init__(self, session, presets: dict, preset_id: str, output: Path, parent=None):
        super().__init__(parent)
        self.session = session
        self.result_path: Path | None = None
        self.job: Job | None = None
        self._folder: tempfile.TemporaryDirectory | None = None
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("panelTitle")
        self.hint = QLabel()
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        form = QFormLayout()
        self.preset = QComboBox()
        for preset in presets.values():
            self.preset.addItem(preset.name if current_language() == "sv" else (preset.name_en or preset.name), preset)
        self.preset.setCurrentIndex(max(0, [p.id for p in presets.values()].index(preset_id)
                                        if preset_id in presets else 0))
        self.preset_label = QLabel()
        form.addRow(self.preset_label, self.preset)
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 1_000_000)
        self.quantity.setSingleStep(100)
        self.quantity_label = QLabel()
        form.addRow(self.quantity_label, self.quantity)
        row = QHBoxLayout()
        self.output = QLineEdit(str(output))
        self.choose = QPushButton()
        self.choose.clicked.connect(self.choose_output)
        row.addWidget(self.output, 1)
        row.addWidget(self.choose)
        self.output_label = QLabel()
        form.addRow(self.output_label, row)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start)
        for button in (self.choose, self.open_folder, self.close_button):
            button.setAutoDefault(False)
        self.start_button.setDefault(True)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self):
        self.setWindowTitle(self.tr("Package for the print shop"))
        self.heading.setText(self.tr("Package for the print shop"))
        self.hint.setText(self.tr("One zip file with the print PDF, the preflight report, a proof, a job "
                                  "ticket and the layout with its images — everything the print shop needs "
                                  "now, and you need to reorder next year."))
        self.preset_label.setText(self.tr("Printer"))
        self.quantity_label.setText(self.tr("Quantity"))
        self.quantity.setSpecialValueText(self.tr("not given"))
        self.output_label.setText(self.tr("Save as"))
        self.choose.setText(self.tr("Choose…"))
        self.open_folder.setText(self.tr("Show in folder"))
        self.close_button.setText(self.tr("Close"))
        self.start_button.setText(self.tr("Create package"))

    def choose_output(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save package as"), self.output.text(), "*.zip")
        if path:
            self.output.setText(path)

    def start(self) -> None:
        """Write the current layout to a temporary file and package it on a worker thread."""
        output = Path(self.output.text().strip()).expanduser().with_suffix(".zip")
        self.output.setText(str(output))
        self.result_path = None
        self.open_folder.hide()
        preset = self.preset.currentData()
        blocking = blocking_message(self.session, output, preset)
        if blocking is not None:
            self._failed(blocking)
            return
        self._folder = tempfile.TemporaryDirectory(prefix="designer-package-")
        folder = Path(self._folder.name)
        layout_path = folder / f"{output.stem}.json"
        save_layout(layout_path, rebase_images(self.session.layout, folder))
        self.start_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Packaging %s …") % output.name)
        self.job = Job(output, make_package, layout_path, output, preset, self.quantity.value() or None)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _done(self):
        self.progress.hide()
        self.start_button.setEnabled(True)
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def _finished(self, path):
        self._done()
        self.result_path = Path(path)
        self.status.setText(self.tr("Done: %s") % self.result_path.name)
        self.open_folder.show()
        self.packaged.emit(str(self.result_path))

    def _failed(self, message: str):
        self._done()
        self.status.setText(self.tr("Could not make the package: %s") % message)
        self.failed.emit(message)

    def _open_folder(self):
        if self.result_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path.parent)))

    def closeEvent(self, event):
        if self.job is not None:
            self.job.signals.blockSignals(True)
            QThreadPool.globalInstance().waitForDone()
            self._done()
        super().closeEvent(event)
