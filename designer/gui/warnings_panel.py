"""The warnings list: the layout's LayoutWarnings (overflow, low ppi, outside the safe area,
missing printer line …) in the current language, each naming its frame; clicking one selects it.

In: the Session (its document's warnings). Out: signal `frameClicked(frame_id)`.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from designer.gui.i18n import current_language
from designer.gui.icons import icon
from designer.gui.properties_panel import role_name

ROLE = Qt.ItemDataRole.UserRole


class WarningsPanel(QWidget):
    """Right panel, bottom."""

    frameClicked = Signal(str)
    titleChanged = Signal(str)      # "Warnings (3)", for the dock title

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setObjectName("warnings")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(self.list.ResizeMode.Adjust)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        layout.addWidget(self.list, 1)
        session.changed.connect(self.refresh)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.refresh()

    def refresh(self):
        """Rebuild the list from the session's current document."""
        warnings = self.session.document.warnings
        self.titleChanged.emit(self.tr("Warnings (%n)", "", len(warnings)) if warnings else self.tr("Warnings"))
        self.list.clear()
        if not warnings:
            item = QListWidgetItem(icon("ok"), self.tr("Ready to print: nothing to fix."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
            return
        swedish = current_language() == "sv"
        for warning in sorted(warnings, key=lambda w: w.severity != "error"):
            spec = self.session.frame(warning.frame_id)
            where = (spec.label or role_name(spec.role)) if spec else warning.frame_id
            message = warning.message if swedish else warning.message_en
            item = QListWidgetItem(icon("error" if warning.severity == "error" else "warning"),
                                   f"{where}: {message}")
            item.setData(ROLE, warning.frame_id)
            item.setToolTip(message)
            self.list.addItem(item)

    def _clicked(self, item):
        frame_id = item.data(ROLE)
        if frame_id:
            self.frameClicked.emit(frame_id)
