"""The fix card under the warnings list: what the fix does and a "Rätta" (Fix) button; for the
missing printer line also printer, place and year fields, filled from the last answers.

In: a Finding (`show_finding`, None hides the card). Out: signal `fixRequested(inputs)` with
{} or {"printer", "place", "year"}; missing fields are named on the card instead.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
                               QVBoxLayout)

from designer.gui.i18n import Retranslating, current_language
from designer.gui.settings import app_settings

PRINTER_FIX = "fill_printer_line"


class FixCard(Retranslating, QFrame):
    """Inline, non-blocking: the volunteer can keep working while it is shown."""

    fixRequested = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("fixCard")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.finding = None
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 10)
        column.setSpacing(6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        column.addWidget(self.text)
        self.form_box = QFrame()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.printer, self.place, self.year = QLineEdit(), QLineEdit(), QLineEdit()
        self.printer_label, self.place_label, self.year_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.printer_label, self.printer), (self.place_label, self.place),
                             (self.year_label, self.year)):
            form.addRow(label, field)
            field.returnPressed.connect(self.request)
        column.addWidget(self.form_box)
        self.problem = QLabel()
        self.problem.setObjectName("fixProblem")
        self.problem.setWordWrap(True)
        column.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton()
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.request)
        row.addWidget(self.button)
        column.addLayout(row)
        self.retranslate()
        self.hide()

    def retranslate(self):
        self.button.setText(self.tr("Fix"))
        self.printer_label.setText(self.tr("Printer"))
        self.place_label.setText(self.tr("Place"))
        self.year_label.setText(self.tr("Year"))
        self.printer.setPlaceholderText(self.tr("e.g. Tryckeriet AB"))
        self.place.setPlaceholderText(self.tr("e.g. Borlänge"))
        self._texts()

    def show_finding(self, finding) -> None:
        """Show the fix of `finding` (hidden for None or a finding without a fix)."""
        self.finding = finding if finding is not None and finding.fix else None
        self.problem.clear()
        if self.finding is None:
            self.hide()
            return
        asks = self.finding.fix == PRINTER_FIX
        self.form_box.setVisible(asks)
        if asks:
            settings = app_settings()
            self.printer.setText(self.printer.text() or settings.value("printer_line/printer", "", str))
            self.place.setText(self.place.text() or settings.value("printer_line/place", "", str))
            self.year.setText(self.year.text() or str(date.today().year))
        self._texts()
        self.show()

    def _texts(self):
        if self.finding is not None:
            self.text.setText(self.finding.fix_text if current_language() == "sv" else self.finding.fix_text_en)

    def request(self) -> None:
        """Emit fixRequested with the inputs the fix needs, or name the missing fields."""
        if self.finding is None:
            return
        if self.finding.fix != PRINTER_FIX:
            self.fixRequested.emit({})
            return
        values = {"printer": self.printer.text().strip(), "place": self.place.text().strip(),
                  "year": self.year.text().strip()}
        names = {"printer": self.tr("printer"), "place": self.tr("place"), "year": self.tr("year")}
        missing = [names[key] for key, value in values.items() if not value]
        if missing:
            self.problem.setText(self.tr("Fill in %s.") % ", ".join(missing))
            return
        settings = app_settings()
        settings.setValue("printer_line/printer", values["printer"])
        settings.setValue("printer_line/place", values["place"])
        self.fixRequested.emit(values)
