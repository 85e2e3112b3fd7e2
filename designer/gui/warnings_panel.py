"""The warnings panel: the layout's preflight findings for the chosen printer (designer.preflight,
which includes the layout engine's warnings once) in the current language, worst first, each
naming its page and frame. Clicking one selects its frame; a finding with a fix shows the fix
card ("Rätta"), and the fix is one undo step.

In: the Session and a Preflight. Out: signal `frameClicked(frame_id)`; fixes via `preflight.fix`.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from designer.errors import DesignerError
from designer.gui.fix_card import FixCard
from designer.gui.i18n import Retranslating, current_language
from designer.gui.icons import icon
from designer.gui.properties_panel import role_name

ROLE = Qt.ItemDataRole.UserRole
FINDING = Qt.ItemDataRole.UserRole + 1
ORDER = {"error": 0, "warning": 1, "info": 2}
PRESET_CHARS = 16          # the printer combo's width in characters: the right dock stays narrow


class WarningsPanel(Retranslating, QWidget):
    """Right panel, bottom: printer choice, findings list, fix card."""

    frameClicked = Signal(str)
    titleChanged = Signal(str)      # "Warnings (3)", for the dock title

    def __init__(self, session, preflight, parent=None):
        super().__init__(parent)
        self.session, self.preflight = session, preflight
        self.findings = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        header = QHBoxLayout()
        self.preset_label = QLabel()
        self.preset_label.setObjectName("panelHint")
        self.preset = QComboBox()
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(PRESET_CHARS)     # a long printer name is cut, not the window
        self.preset.currentIndexChanged.connect(lambda: preflight.set_preset(self.preset.currentData()))
        header.addWidget(self.preset_label)
        header.addWidget(self.preset, 1)
        layout.addLayout(header)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setObjectName("warnings")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(self.list.ResizeMode.Adjust)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        self.list.currentItemChanged.connect(lambda item, _old: self.card.show_finding(self.finding_of(item)))
        self.list.setMinimumHeight(150)
        layout.addWidget(self.list, 1)
        self.card = FixCard()
        self.card.fixRequested.connect(self.apply_fix)
        layout.addWidget(self.card)
        preflight.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self):
        self.preset_label.setText(self.tr("Printer:"))
        self.preset.blockSignals(True)
        self.preset.clear()
        for preset in self.preflight.presets.values():
            self.preset.addItem(preset.name if current_language() == "sv" else (preset.name_en or preset.name),
                                preset.id)
        self.preset.setCurrentIndex(max(0, self.preset.findData(self.preflight.preset.id)))
        self.preset.blockSignals(False)
        self.refresh()

    def refresh(self):
        """Rebuild the list from the preflight's findings, keeping the chosen finding."""
        current = self.finding_of(self.list.currentItem())
        key = (current.code, current.page, current.frame_id) if current else None
        self.findings = sorted(self.preflight.findings, key=lambda f: ORDER.get(f.severity, 3))
        problems = sum(f.severity != "info" for f in self.findings)
        self.titleChanged.emit(self.tr("Warnings (%n)", "", problems) if problems else self.tr("Warnings"))
        if self.preset.findData(self.preflight.preset.id) != self.preset.currentIndex():
            self.preset.setCurrentIndex(self.preset.findData(self.preflight.preset.id))
        for widget in (self.preset, self.preset_label):     # a screen format has no printer
            widget.setVisible(self.session.template.kind == "print")
        self.list.blockSignals(True)
        self.list.clear()
        if not problems:
            ready = self.tr("Ready to print: nothing to fix.") if self.session.template.kind == "print" \
                else self.tr("Ready to publish: nothing to fix.")
            item = QListWidgetItem(icon("ok"), ready)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        chosen = None
        for index, finding in enumerate(self.findings):
            item = self._item(finding, index)
            self.list.addItem(item)
            if (finding.code, finding.page, finding.frame_id) == key:
                chosen = item
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        self.card.show_finding(self.finding_of(chosen))

    def _item(self, finding, index: int) -> QListWidgetItem:
        message = finding.message if current_language() == "sv" else finding.message_en
        spec = self.session.frame(finding.frame_id) if finding.frame_id else None
        where = (spec.label or role_name(spec.role)) if spec else (finding.frame_id or "")
        pages = self.session.document.pages
        if len(pages) > 1 and finding.page is not None and finding.page < len(pages):
            where = f"{pages[finding.page].name} · {where}" if where else pages[finding.page].name
        text = f"{where}: {message}" if where else message
        if finding.fix:
            text += " — " + self.tr("can be fixed")
        item = QListWidgetItem(icon(finding.severity if finding.severity in ORDER else "warning"), text)
        item.setData(ROLE, finding.frame_id)
        item.setData(FINDING, index)
        item.setToolTip(message)
        return item

    def finding_of(self, item):
        """The Finding a list item shows, None for the "ready" line or no item."""
        index = item.data(FINDING) if item is not None else None
        return self.findings[index] if index is not None and index < len(self.findings) else None

    def _clicked(self, item):
        self.list.setCurrentItem(item)
        self.card.show_finding(self.finding_of(item))
        frame_id = item.data(ROLE)
        if frame_id:
            self.frameClicked.emit(frame_id)

    def apply_fix(self, inputs: dict) -> None:
        """Run the shown finding's fix as one undoable edit; a problem is named on the card."""
        finding = self.card.finding
        if finding is None:
            return
        spec = self.session.frame(finding.frame_id) if finding.frame_id else None
        name = (spec.label or role_name(spec.role)) if spec else finding.code
        try:
            self.preflight.fix(finding, self.tr("Fix “%s”") % name, **inputs)
        except DesignerError as exc:
            self.card.problem.setText(exc.located())
