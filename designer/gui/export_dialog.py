"""The export dialog: print PDF (printer preset: PDF/X, profile, bleed, marks), proof PDF (screen
colours, no marks) or PNG (dpi and pixel size). The export runs on a worker thread with a busy
bar; the result offers to open the file or its folder. Errors are shown as located plain text.

The export policy (designer.policy) decides first: errors that block the chosen output are
listed with their one-click fixes (the fix card, one undo step each), and "Exportera ändå som
korrektur" writes a watermarked proof instead of the print file.

In: the Session (a snapshot of its layout is exported). Out: the file; signal `exported(path)`
or `failed(message)`.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QPushButton,
                               QRadioButton, QSpinBox, QVBoxLayout)

from designer.errors import DesignerError
from designer.export import check_export, export_layout
from designer.gui.fix_card import FixCard
from designer.gui.i18n import current_language
from designer.gui.icons import icon
from designer.gui.properties_panel import role_name
from designer.gui.worker import Job
from designer.policy import Verdict
from designer.preflight import apply_fix
from designer.presets import DEFAULT_PRESET, PROOF_PRESET, effective_bleed, get_preset, load_presets

KINDS = ("print", "proof", "png")
REFUSED_CHARACTERS = ':"<>?*|\\'          # Windows and FAT32/exFAT USB sticks refuse these in names


class ExportDialog(QDialog):
    """Non-blocking dialog; `start()` begins the export of the current settings."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.result_path: Path | None = None
        self.job: Job | None = None
        self.setMinimumWidth(620)
        self.presets = load_presets().presets
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("panelTitle")
        layout.addWidget(self.heading)
        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        self.kind_buttons = {}
        for index, kind in enumerate(KINDS):
            button = QRadioButton()
            self.kind_group.addButton(button, index)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        kinds.addStretch(1)
        layout.addLayout(kinds)
        form = QFormLayout()
        self.preset = QComboBox()
        for preset in self.presets.values():
            if preset.id != PROOF_PRESET:
                self.preset.addItem(preset.name if current_language() == "sv" else (preset.name_en or preset.name),
                                    preset.id)
        self.preset.setCurrentIndex(max(0, self.preset.findData(DEFAULT_PRESET)))
        self.preset_label = QLabel()
        form.addRow(self.preset_label, self.preset)
        self.details = QLabel()
        self.details.setObjectName("panelHint")
        self.details.setWordWrap(True)
        form.addRow("", self.details)
        self.dpi = QSpinBox()
        self.dpi.setRange(36, 600)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        self.dpi_label = QLabel()
        form.addRow(self.dpi_label, self.dpi)
        path_row = QHBoxLayout()
        self.output = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_output)
        path_row.addWidget(self.output, 1)
        path_row.addWidget(self.browse)
        self.output_label = QLabel()
        form.addRow(self.output_label, path_row)
        self.name_hint = QLabel()
        self.name_hint.setObjectName("fixProblem")
        self.name_hint.setWordWrap(True)
        form.addRow("", self.name_hint)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.blockers = QListWidget()
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setMinimumHeight(130)
        self.blockers.setMaximumHeight(190)
        self.blockers.currentRowChanged.connect(self._blocker_chosen)
        layout.addWidget(self.blockers)
        self.fix_card = FixCard()
        self.fix_card.fixRequested.connect(self.apply_fix)
        layout.addWidget(self.fix_card)
        self.blockers.hide()
        self.verdict: Verdict | None = None
        buttons = QHBoxLayout()
        self.open_file = QPushButton()
        self.open_folder = QPushButton()
        self.open_file.clicked.connect(lambda: self._open(self.result_path))
        self.open_folder.clicked.connect(lambda: self._open(self.result_path.parent if self.result_path else None))
        for button in (self.open_file, self.open_folder):
            button.hide()
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.proof_button = QPushButton()
        self.proof_button.clicked.connect(lambda: self.start(force=True))
        self.proof_button.hide()
        buttons.addWidget(self.proof_button)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.export_button = QPushButton()
        self.export_button.setObjectName("primary")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.kind_group.idToggled.connect(lambda _id, on: on and self._kind_changed())
        self.preset.currentIndexChanged.connect(self._kind_changed)
        self.dpi.valueChanged.connect(self._update_details)
        self.output.textChanged.connect(self._sync_buttons)
        self.retranslate()
        self.kind_buttons["print"].setChecked(True)

    def retranslate(self):
        self.setWindowTitle(self.tr("Export"))
        self.heading.setText(self.tr("Export “%s”") % self.session.display_name())
        self.kind_buttons["print"].setText(self.tr("Print PDF"))
        self.kind_buttons["proof"].setText(self.tr("Proof PDF (screen)"))
        self.kind_buttons["png"].setText(self.tr("PNG image"))
        self.preset_label.setText(self.tr("Printer"))
        self.dpi_label.setText(self.tr("Resolution"))
        self.output_label.setText(self.tr("Save as"))
        self.browse.setText(self.tr("Choose…"))
        self.open_file.setText(self.tr("Open file"))
        self.open_folder.setText(self.tr("Show in folder"))
        self.close_button.setText(self.tr("Close"))
        self.export_button.setText(self.tr("Export"))
        self.proof_button.setText(self.tr("Export anyway as proof"))
        self.proof_button.setToolTip(self.tr("Writes a proof marked “KORREKTUR – EJ FÖR TRYCK” on every page, "
                                             "without PDF/X: for checking, never for the print shop."))
        self._sync_buttons()

    # -- settings ------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return KINDS[max(0, self.kind_group.checkedId())]

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def current_preset(self):
        if self.kind == "print":
            return self.presets.get(self.preset.currentData()) or get_preset()
        return self.presets.get(PROOF_PRESET) or get_preset(PROOF_PRESET)

    def _kind_changed(self):
        kind = self.kind
        for widget, shown in ((self.preset, kind == "print"), (self.preset_label, kind == "print"),
                              (self.dpi, kind == "png"), (self.dpi_label, kind == "png")):
            widget.setVisible(shown)
        self.output.setText(str(self._suggested_path()))
        self._update_details()

    def _suggested_path(self) -> Path:
        session = self.session
        folder = session.path.parent if session.path else Path.home()
        title = _slug(session.layout.title or session.display_name().removesuffix(".json"))
        title += f"-{session.language}" if session.language else ""      # a language edition
        if self.kind == "png":
            return folder / f"{title}.png"
        pattern = self.current_preset().file_name or "{title}.pdf"
        return folder / pattern.replace("{title}", title)

    def _update_details(self):
        template = self.session.template
        if self.kind == "png":
            scale = self.dpi.value() / 72.0 if template.kind == "print" else 1.0
            self.details.setText(self.tr("%1 × %2 pixels, screen colours (sRGB)")
                                 .replace("%1", str(round(template.width * scale)))
                                 .replace("%2", str(round(template.height * scale))))
            return
        preset = self.current_preset()
        if self.kind == "proof":
            self.details.setText(self.tr("Trim size only, screen colours (sRGB), no crop marks: for "
                                         "checking and sending by e-mail."))
            return
        marks = self.tr("crop marks") if preset.crop_marks else self.tr("no crop marks")
        standard = preset.pdfx.upper().replace("X", "X-") if preset.pdfx else "PDF"
        self.details.setText(self.tr("%1, bleed %2 mm, %3, profile %4")
                             .replace("%1", f"PDF/{standard}" if preset.pdfx else standard)
                             .replace("%2", f"{self._bleed_mm(preset):g}").replace("%3", marks)
                             .replace("%4", preset.profile.stem))

    def _bleed_mm(self, preset) -> float:
        """The bleed the export will have: the larger of the template's and the printer's."""
        bleed = effective_bleed(self.session.template, preset)
        return round((bleed or 0.0) / 72 * 25.4, 1)

    def choose_output(self):
        suffix = "*.png" if self.kind == "png" else "*.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.output.text(),
                                              f"{suffix}")
        if path:
            self.output.setText(path)

    # -- running -------------------------------------------------------------------------------
    def name_problem(self) -> str:
        """Why the typed file name cannot be written (shown under the field), "" when it can."""
        text = self.output.text().strip()
        if not Path(text).name:
            return "" if text.endswith(("/", os.sep)) else self.tr("Write a file name")
        if any(char in REFUSED_CHARACTERS or ord(char) < 32 for char in Path(text).name):
            return self.tr("A file name cannot contain the characters %s or a line break: Windows "
                           "and USB sticks refuse them.") % " ".join(REFUSED_CHARACTERS)
        return ""

    def output_path(self) -> Path | None:
        """The file to write (also shown in the field): a relative name goes next to the layout, a
        folder gets the suggested name, and the export's suffix is added unless the name has it.
        None while `name_problem()` has something to say."""
        if self.name_problem():
            return None
        text = self.output.text().strip()
        folder = self._suggested_path().parent
        output = folder / Path(text).expanduser()
        if text.endswith(("/", os.sep)) or os.path.isdir(output):      # False for an impossible name
            output = output / self._suggested_path().name
        wanted = ".png" if self.kind == "png" else ".pdf"
        if output.suffix.lower() != wanted:
            stem = output.stem if output.suffix.lower() in (".pdf", ".png") else output.name
            output = output.with_name(stem + wanted)
        self.output.setText(str(output))
        return output

    def _sync_buttons(self) -> None:
        """Export and proof only with a usable file name and while nothing runs; say what is wrong."""
        problem = self.name_problem()
        self.name_hint.setText(problem)
        self.name_hint.setVisible(bool(problem))
        ready = not problem and self.progress.isHidden()
        self.export_button.setEnabled(ready)
        self.proof_button.setEnabled(ready)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show wrapped hint and status lines whole (Qt sizes a dialog by its narrowest form)."""
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def check(self, output: Path) -> Verdict:
        """The export policy's verdict for the layout shown (in its language) written to `output`:
        the same check_export the CLI and batch use."""
        return check_export(self.session.shown, output, self.current_preset(),
                            source=self.session.display_name()).verdict

    def start(self, force: bool = False) -> None:
        """Export the session's current layout with the chosen settings on a worker thread; when the
        policy blocks it, list the blocking errors with their fixes instead (`force`: a proof)."""
        output = self.output_path()
        if output is None:
            return
        self.result_path = None
        for button in (self.open_file, self.open_folder):
            button.hide()
        self.verdict = self.check(output)
        if self.verdict.blocked and not force:
            self._show_blockers()
            return
        self._hide_blockers()
        self.progress.show()
        self._sync_buttons()
        self.status.setText(self.tr("Exporting %s …") % output.name)
        self.job = Job(output, export_layout, self.session.shown, output, self.current_preset(),
                       float(self.dpi.value()), force, self.session.display_name())
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    # -- blocking errors and their fixes ---------------------------------------------------------
    def _show_blockers(self) -> None:
        language = current_language()
        blocking = self.verdict.blocking
        self.blockers.clear()
        for finding in blocking:
            where = self._where(finding)
            text = f"{where}: {finding.text(language)}" if where else finding.text(language)
            if finding.fix:
                text += " — " + self.tr("can be fixed")
            QListWidgetItem(icon("error"), text, self.blockers)
        self.status.setText(self.tr("%n error(s) must be fixed before this can go to print:", "", len(blocking)))
        self.blockers.show()
        self.proof_button.show()
        self._sync_buttons()
        self.blockers.setCurrentRow(0)

    def _hide_blockers(self) -> None:
        self.blockers.hide()
        self.blockers.clear()
        self.fix_card.show_finding(None)
        self.proof_button.hide()

    def _where(self, finding) -> str:
        spec = self.session.frame(finding.frame_id) if finding.frame_id else None
        return (spec.label or role_name(spec.role)) if spec is not None else (finding.frame_id or "")

    def _blocker_chosen(self, row: int) -> None:
        blocking = self.verdict.blocking if self.verdict else []
        self.fix_card.show_finding(blocking[row] if 0 <= row < len(blocking) else None)

    def apply_fix(self, inputs: dict) -> None:
        """Apply the chosen error's fix as one undo step and check again."""
        finding = self.fix_card.finding
        if finding is None:
            return
        try:
            fixed = apply_fix(self.session.layout, finding, **inputs)
        except DesignerError as exc:
            self.fix_card.problem.setText(exc.message)
            return
        self.session.apply(fixed, self.tr("Fix “%s”") % (self._where(finding) or finding.code))
        self.verdict = self.check(self.output_path() or self._suggested_path())
        if self.verdict.blocked:
            self._show_blockers()
        else:
            self._hide_blockers()
            self.status.setText(self.tr("Everything is fixed: ready to export."))

    def _finished(self, result):
        self.progress.hide()
        self._sync_buttons()
        self.result_path = Path(result.output)
        problems = len([w for w in result.warnings if w.severity == "error"])
        text = self.tr("Done: %s") % self.result_path.name
        if result.proof:
            text = self.tr("Proof written, not for print: %s") % self.result_path.name
        if problems:
            text += " · " + self.tr("%n problem(s) to check in the warnings list", "", problems)
        self.status.setText(text)
        for button in (self.open_file, self.open_folder):
            button.show()
        self.exported.emit(str(self.result_path))

    def _failed(self, message: str):
        self.progress.hide()
        self.status.setText(self.tr("Could not export: %s") % message)
        self._sync_buttons()
        self.failed.emit(message)

    def _open(self, path: Path | None):
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def closeEvent(self, event):
        if self.job is not None:
            QThreadPool.globalInstance().waitForDone()
        super().closeEvent(event)


def blocking_message(session, output: Path, preset) -> str | None:
    """'file: problem; problem' for what the export policy says stops `output`, in the UI language."""
    verdict = check_export(session.shown, output, preset, source=session.display_name()).verdict
    if not verdict.blocked:
        return None
    return f"{output.name}: " + "; ".join(verdict.lines(current_language()))


def _slug(text: str) -> str:
    cleaned = re.sub(r"[^\w\- ]+", " ", text, flags=re.UNICODE).strip()
    return "-".join(cleaned.split())[:60] or "export"
