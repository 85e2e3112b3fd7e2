"""Campaign › profile: change the remembered organisation, printer, place, contact and preset.

In: the current CampaignProfile (or None). Out: `profile` after `accept()`.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout

from designer.gui.start_view import ProfileFields
from designer.profile import CampaignProfile


class ProfileDialog(QDialog):
    """The profile questions of the start view, on their own."""

    def __init__(self, profile: CampaignProfile | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Campaign profile"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = ProfileFields(form, profile)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def profile(self) -> CampaignProfile:
        return self.fields.profile()
