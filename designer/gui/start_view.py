"""The start view: pick a manifesto section and a format (and, if you like, a photo) and get a filled
layout. On the very first start it also asks once for the campaign profile (organisation, printer,
place, contact, printer preset), which every new layout is filled with from then on.

In: the Session (manifesto, template catalog), the saved CampaignProfile or None, the format to
preselect. Out: after `accept()`: `profile` (what was typed, to remember), `section`,
`template_id` and `photo` (absolute path or None). The layout itself is made by designer.fill.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QComboBox, QPushButton,
                               QVBoxLayout)

from designer.gui.gallery import GROUPS, template_label
from designer.gui.i18n import current_language
from designer.gui.style import fit_to_screen
from designer.profile import CampaignProfile
from designer.presets import DEFAULT_PRESET, load_presets

ROLE = Qt.ItemDataRole.UserRole
IMAGE_FILTER = "*.jpg *.jpeg *.png *.tif *.tiff *.webp"


class ProfileFields:
    """The profile's line edits and preset combo, added to a form (start view, profile dialog)."""

    def __init__(self, form: QFormLayout, profile: CampaignProfile | None):
        profile = profile or CampaignProfile()
        self.organisation, self.printer, self.place, self.contact = (QLineEdit() for _ in range(4))
        examples = (QCoreApplication.translate("StartDialog", "e.g. Centerpartiet Borlänge"),
                    QCoreApplication.translate("StartDialog", "e.g. Tryckeriet AB"),
                    QCoreApplication.translate("StartDialog", "e.g. Borlänge"),
                    QCoreApplication.translate("StartDialog", "e.g. borlange@centerpartiet.se"))
        values = (profile.organisation, profile.printer, profile.place, profile.contact)
        edits = (self.organisation, self.printer, self.place, self.contact)
        for edit, value, example in zip(edits, values, examples):
            edit.setText(value)
            edit.setPlaceholderText(example)
        self.preset = QComboBox()
        for preset in load_presets().presets.values():
            if preset.print_mode:
                self.preset.addItem(preset.name if current_language() == "sv" else (preset.name_en or preset.name),
                                    preset.id)
        self.preset.setCurrentIndex(max(0, self.preset.findData(profile.preset or DEFAULT_PRESET)))
        labels = (QCoreApplication.translate("StartDialog", "Organisation"),
                  QCoreApplication.translate("StartDialog", "Printer"),
                  QCoreApplication.translate("StartDialog", "Place"),
                  QCoreApplication.translate("StartDialog", "Contact"),
                  QCoreApplication.translate("StartDialog", "Print shop preset"))
        for label, widget in zip(labels, (*edits, self.preset)):
            form.addRow(label, widget)

    def profile(self) -> CampaignProfile:
        return CampaignProfile(organisation=self.organisation.text().strip(), printer=self.printer.text().strip(),
                               place=self.place.text().strip(), contact=self.contact.text().strip(),
                               preset=self.preset.currentData() or DEFAULT_PRESET)


class StartDialog(QDialog):
    """Section list | format list, the optional photo, and the profile questions on first start."""

    def __init__(self, session, profile: CampaignProfile | None, template_id: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.photo: str | None = None
        self.asks_profile = profile is None
        self.setObjectName("startView")
        self.setWindowTitle(self.tr("New from the manifesto"))
        fit_to_screen(self, 860, 620 if profile is None else 480)
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("What do you want to make today?"))
        heading.setObjectName("panelTitle")
        outer.addWidget(heading)
        self.profile_box = self._profile_box(profile)
        outer.addWidget(self.profile_box)
        lists = QHBoxLayout()
        self.sections = QListWidget()
        self.formats = QListWidget()
        for title, widget in ((self.tr("1. A section of the manifesto"), self.sections),
                              (self.tr("2. A format"), self.formats)):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setObjectName("panelHint")
            column.addWidget(label)
            column.addWidget(widget, 1)
            lists.addLayout(column, 1)
        outer.addLayout(lists, 1)
        photo_row = QHBoxLayout()
        self.photo_button = QPushButton(self.tr("3. Photo (optional)…"))
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_label = QLabel(self.tr("the template's photo"))
        self.photo_label.setObjectName("panelHint")
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_label, 1)
        outer.addLayout(photo_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._fill_sections()
        self._fill_formats(template_id)
        self.sections.itemDoubleClicked.connect(lambda _item: self.accept())
        self.formats.itemDoubleClicked.connect(lambda _item: self.accept())

    def _profile_box(self, profile: CampaignProfile | None) -> QGroupBox:
        box = QGroupBox(self.tr("About your campaign (asked once; used for the printer line and contact)"))
        self.fields = ProfileFields(QFormLayout(box), profile)
        box.setVisible(profile is None)
        return box

    def _fill_sections(self):
        for section in self.session.manifesto.sections:
            if not section.title:
                continue
            item = QListWidgetItem(section.title)
            item.setData(ROLE, section.id)
            item.setToolTip(section.title)
            self.sections.addItem(item)
        self.sections.setCurrentRow(0)

    def _fill_formats(self, template_id: str):
        templates = sorted(self.session.catalog.templates.values(),
                           key=lambda t: (list(GROUPS).index(t.group) if t.group in GROUPS else 99, t.name))
        for template in templates:
            item = QListWidgetItem(template_label(template))
            item.setData(ROLE, template.id)
            self.formats.addItem(item)
            if template.id == template_id:
                self.formats.setCurrentItem(item)
        if self.formats.currentItem() is None:
            self.formats.setCurrentRow(0)

    # -- results ---------------------------------------------------------------------------------
    @property
    def profile(self) -> CampaignProfile:
        return self.fields.profile()

    @property
    def section(self):
        item = self.sections.currentItem()
        return self.session.manifesto.section(item.data(ROLE)) if item is not None else None

    @property
    def template_id(self) -> str | None:
        item = self.formats.currentItem()
        return item.data(ROLE) if item is not None else None

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), str(Path.home()),
                                              self.tr("Images (%s)") % IMAGE_FILTER)
        if path:
            self.photo = str(Path(path).resolve())
            self.photo_label.setText(Path(path).name)
