"""The main window: manifesto on the left, the page in the middle, properties and warnings on the
right, a compact toolbar, File/Edit/View/Help menus, autosave/recovery banner and the unsaved prompt.

In: nothing (or a layout file to open). Out: the volunteer's files. Settings (window layout,
recent files, last manifesto, language) live in QSettings (see settings.py).
"""
from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QFrame, QHBoxLayout, QLabel, QMainWindow,
                               QMessageBox, QPushButton, QToolBar, QVBoxLayout, QWidget)

from designer import __version__, paths
from designer.errors import DesignerError
from designer.fill import add_item, fill_campaign, fill_profile, fill_section, section_texts, start_layout
from designer.gui import i18n
from designer.gui.autosave import Autosave, read_recovery
from designer.gui.canvas import Canvas
from designer.gui.gallery import template_label
from designer.gui.i18n import Retranslating, product_name
from designer.gui.icons import icon
from designer.gui.manifesto_panel import ManifestoPanel
from designer.gui.messages import explained, inform, warn
from designer.gui.preflight_state import Preflight
from designer.gui.properties_panel import PropertiesPanel
from designer.gui.quick_export import QuickExport, documents_folder, free_name
from designer.gui.session import Session
from designer.gui.settings import app_settings
from designer.gui.style import fit_to_screen
from designer.gui.text_editor import TextEditor
from designer.gui.translations_panel import install as install_translations
from designer.gui.warnings_panel import WarningsPanel
from designer.io.manifesto_file import load_manifesto, save_manifesto
from designer.layout.images import ImageProblem, image_info
from designer.model.layout import SavedLayout
from designer.profile import load_profile, save_profile

DEFAULT_TEMPLATE = "a5-flyer"
DEFAULT_MANIFESTO = paths.MANIFESTO / "borlange.json"
MAX_RECENT = 8
LAYOUT_FILTER = "*.json"
GUIDE = paths.ROOT / "docs" / "gui.md"      # present in a source checkout; a wheel ships no docs


class RecoveryBar(QFrame):
    """Non-modal banner offering work left by a crashed session: Restore / Discard."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("recoveryBar")
        self.file: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.restore_button = QPushButton()
        self.discard_button = QPushButton()
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.hide()


class MainWindow(Retranslating, QMainWindow):
    """One window = one open layout (Session) + the manifesto it is filled from."""

    def __init__(self, open_path: str | Path | None = None, autosave_ms: int | None = None,
                 start_view: bool | None = None):
        """`start_view`: show the start view (None: when there is no document to reopen)."""
        super().__init__()
        self.settings = app_settings()
        self.profile = load_profile()
        self.quick_export = QuickExport(self)
        self.start_view = None
        self.session = Session(self)
        self.session.refused.connect(self.notify)          # an edit a lock forbids (designer.locks)
        self.canvas = Canvas(self.session)
        self.editor = TextEditor(self.canvas)
        self.manifesto_panel = ManifestoPanel(self.session)
        self.properties = PropertiesPanel(self.session)
        self.preflight = Preflight(self.session, self)
        self.warnings = WarningsPanel(self.session, self.preflight)
        self.recovery_bar = RecoveryBar()
        self.autosave = Autosave(self.session, **({"interval_ms": autosave_ms} if autosave_ms else {}), parent=self)
        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._connect()
        install_translations(self)
        self.retranslate()
        self._load_start_manifesto()
        if open_path is None:
            open_path = self.last_document()
        if start_view is None:
            start_view = open_path is None
        if open_path is None or not self.open_layout(open_path):
            self.new_layout(DEFAULT_TEMPLATE)
        self._restore_window_state()
        self._offer_recovery()
        self.start_after_recovery = bool(start_view and self.recovery_bar.file)   # the offer comes first
        if start_view and not self.start_after_recovery:
            QTimer.singleShot(0, self.show_start_view)

    # -- building ------------------------------------------------------------------------------
    def _build_central(self):
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.recovery_bar)
        column.addWidget(self.canvas, 1)
        self.setCentralWidget(central)
        self.status_template = QLabel()
        self.status_zoom = QLabel()
        self.statusBar().addPermanentWidget(self.status_template)
        self.statusBar().addPermanentWidget(self.status_zoom)

    def _dock(self, widget, name, area):
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self):
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.manifesto_dock = self._dock(self.manifesto_panel, "manifesto", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.properties_dock = self._dock(self.properties, "properties", Qt.DockWidgetArea.RightDockWidgetArea)
        self.warnings_dock = self._dock(self.warnings, "warnings", Qt.DockWidgetArea.RightDockWidgetArea)
        self.properties_dock.setMinimumWidth(320)
        self.manifesto_dock.setMinimumWidth(260)

    def _action(self, name, slot, shortcut=None, checkable=False):
        action = QAction(icon(name), "", self) if name in _ICON_ACTIONS else QAction("", self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _build_actions(self):
        key = QKeySequence.StandardKey
        undo = self.session.undo
        self.act_start = self._action("start", self.show_start_view, key.New)
        self.act_new = self._action("new", self.show_gallery, QKeySequence("Ctrl+Shift+N"))
        self.act_print = self._action("print", self.send_to_printer, key.Print)
        self.act_social = self._action("social", self.social_images, QKeySequence("Ctrl+Shift+E"))
        self.act_profile = self._action("profile", self.edit_profile)
        self.act_open = self._action("open", self.choose_layout, key.Open)
        self.act_save = self._action("save", self.save, key.Save)
        self.act_save_as = self._action("save-as", self.save_as, key.SaveAs)
        self.act_export = self._action("export", self.show_export, QKeySequence("Ctrl+E"))
        self.act_convert = self._action("convert", self.show_convert)
        self.act_package = self._action("package", self.show_package)
        self.act_editions = self._action("editions", self.show_editions)
        self.act_open_manifesto = self._action("open-manifesto", self.choose_manifesto, QKeySequence("Ctrl+Shift+O"))
        self.act_save_manifesto = self._action("save-manifesto", self.save_manifesto_as)
        self.act_quit = self._action("quit", self.close, key.Quit)
        self.act_guide = self._action("guide", self.show_guide, key.HelpContents)
        self.act_about = self._action("about", self.show_about)
        self.act_undo = self._action("undo", undo.undo, key.Undo)
        self.act_redo = self._action("redo", undo.redo)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        undo.canUndoChanged.connect(self.act_undo.setEnabled)
        undo.canRedoChanged.connect(self.act_redo.setEnabled)
        undo.undoTextChanged.connect(self._undo_texts)
        undo.redoTextChanged.connect(self._undo_texts)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.act_zoom_in = self._action("zoom-in", lambda: self.canvas.zoom_by(1.25), key.ZoomIn)
        self.act_zoom_out = self._action("zoom-out", lambda: self.canvas.zoom_by(0.8), key.ZoomOut)
        self.act_fit = self._action("fit", self.canvas.zoom_fit, QKeySequence("Ctrl+0"))
        self.act_actual = self._action("actual", lambda: self.canvas.set_zoom(1.0), QKeySequence("Ctrl+1"))
        self.act_bleed = self._action("bleed", lambda on: self.canvas.set_guides(bleed=on), checkable=True)
        self.act_trim = self._action("trim", lambda on: self.canvas.set_guides(trim=on), checkable=True)
        self.act_safe = self._action("guides", lambda on: self.canvas.set_guides(safe=on), QKeySequence("Ctrl+;"),
                                     checkable=True)
        for action in (self.act_bleed, self.act_trim, self.act_safe):
            action.setChecked(True)
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _build_menus_and_toolbar(self):
        """Menus and the toolbar. A narrow window moves the toolbar's last items into its » menu, so
        the view controls come last and the volunteer's outputs (social, print, export) stay visible."""
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = None
        self.menu_edit = bar.addMenu("")
        self.menu_view = bar.addMenu("")
        self.menu_language = None
        self.menu_help = bar.addMenu("")
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for item in (self.act_start, self.act_open, self.act_save, None, self.act_undo, self.act_redo,
                     "stretch", self.act_social, self.act_print, self.act_export, None,
                     self.act_zoom_out, "zoom", self.act_zoom_in, self.act_fit, self.act_actual, self.act_safe):
            if item is None:
                self.toolbar.addSeparator()
            elif item == "zoom":
                self.zoom_label = QLabel("100 %")
                self.zoom_label.setObjectName("zoomLabel")
                self.toolbar.addWidget(self.zoom_label)
            elif item == "stretch":
                spacer = QWidget()
                spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
                self.toolbar.addWidget(spacer)
            else:
                self.toolbar.addAction(item)
        self.export_button = self.toolbar.widgetForAction(self.act_export)
        self.print_button = self.toolbar.widgetForAction(self.act_print)
        self.social_button = self.toolbar.widgetForAction(self.act_social)
        self.print_button.setObjectName("primary")
        for button in (self.export_button, self.print_button, self.social_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)

    def _fill_menus(self):
        """(Re)build menu contents in the current language."""
        self.menu_file.clear()
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_file.addActions([self.act_start, self.act_new, self.act_open])
        self.menu_recent = self.menu_file.addMenu(self.tr("Open &recent"))
        self._fill_recent()
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_save, self.act_save_as])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_print, self.act_social])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_convert, self.act_export, self.act_package, self.act_editions])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_profile)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_open_manifesto, self.act_save_manifesto])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit.clear()
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_view.clear()
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_view.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_actual])
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.act_bleed, self.act_trim, self.act_safe])
        self.menu_view.addSeparator()
        for dock in (self.manifesto_dock, self.properties_dock, self.warnings_dock):
            self.menu_view.addAction(dock.toggleViewAction())
        self.menu_view.addSeparator()
        self.menu_language = self.menu_view.addMenu(self.tr("&Language"))
        self.menu_language.addActions(list(self.language_actions.values()))
        self.menu_help.clear()
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_help.addActions([self.act_guide, self.act_about])

    def _fill_recent(self):
        self.menu_recent.clear()
        for path in self.recent_files():
            self.menu_recent.addAction(Path(path).name, lambda p=path: self.open_layout(p)).setToolTip(path)
        self.menu_recent.setEnabled(bool(self.recent_files()))

    def _connect(self):
        session = self.session
        session.changed.connect(self._update_status)
        session.fileChanged.connect(self._update_title)
        self.canvas.frameSelected.connect(self.properties.show_frame)
        self.canvas.editRequested.connect(self.editor.open)
        self.canvas.contentDropped.connect(self.drop_content)
        self.canvas.zoomChanged.connect(self._zoom_changed)
        self.warnings.frameClicked.connect(self.select_frame)
        self.preflight.changed.connect(lambda: self.canvas.set_marks(self.preflight.marks()))
        self.canvas.set_marks(self.preflight.marks())
        self.warnings.titleChanged.connect(self.warnings_dock.setWindowTitle)
        self.manifesto_panel.openRequested.connect(self.choose_manifesto)
        self.manifesto_panel.placeRequested.connect(self.place_selected)
        self.recovery_bar.restore_button.clicked.connect(self.restore_recovery)
        self.recovery_bar.discard_button.clicked.connect(self.discard_recovery)
        self.quick_export.finished.connect(self._exported)
        self.quick_export.failed.connect(lambda message: self.show_error(self.tr("Could not export"), message))

    # -- language ------------------------------------------------------------------------------
    def retranslate(self):
        """Set every visible string of the window itself in the current language."""
        texts = {
            self.act_start: (self.tr("&New from the manifesto…"),
                             self.tr("Pick a manifesto section and a format: a filled layout")),
            self.act_new: (self.tr("New from &template…"), self.tr("New layout from the template gallery")),
            self.act_print: (self.tr("Send to the &print shop"),
                             self.tr("Print PDF with your print shop's settings, next to the layout")),
            self.act_social: (self.tr("P&ictures for social media"),
                              self.tr("PNG pictures in every social-media format, next to the layout")),
            self.act_profile: (self.tr("Campaign pro&file…"), self.tr("Organisation, printer, place and contact")),
            self.act_open: (self.tr("&Open…"), self.tr("Open a saved layout")),
            self.act_save: (self.tr("&Save"), self.tr("Save the layout")),
            self.act_save_as: (self.tr("Save &as…"), self.tr("Save the layout under a new name")),
            self.act_export: (self.tr("&Export…"), self.tr("Export print PDF, proof PDF or PNG")),
            self.act_package: (self.tr("Pac&kage for the print shop…"),
                               self.tr("One zip with print PDF, preflight report, proof, job ticket and layout")),
            self.act_convert: (self.tr("&Change format…"),
                               self.tr("Move this layout's content to another template (magic resize)")),
            self.act_editions: (self.tr("E&ditions…"), self.tr("Many versions of this layout at once")),
            self.act_open_manifesto: (self.tr("Open &manifesto…"), self.tr("Open or import another manifesto")),
            self.act_save_manifesto: (self.tr("Sa&ve manifesto as…"), self.tr("Save the corrected manifesto")),
            self.act_quit: (self.tr("&Quit"), self.tr("Quit")),
            self.act_zoom_in: (self.tr("Zoom &in"), self.tr("Zoom in (Ctrl+wheel)")),
            self.act_zoom_out: (self.tr("Zoom &out"), self.tr("Zoom out (Ctrl+wheel)")),
            self.act_fit: (self.tr("&Fit page"), self.tr("Zoom to fit the page")),
            self.act_actual: (self.tr("&Actual size (100 %)"), self.tr("Real size on screen")),
            self.act_bleed: (self.tr("Show &bleed"), self.tr("Show the bleed area")),
            self.act_trim: (self.tr("Show &trim line"), self.tr("Show the trim line")),
            self.act_safe: (self.tr("Show &safe area"), self.tr("Show the safe-area guide")),
            self.act_guide: (self.tr("&User guide"), self.tr("Open the user guide (F1)")),
            self.act_about: (self.tr("&About Campaign Designer"), self.tr("Version, licence and user guide")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
        self._undo_texts()
        self.act_export.setIconText(self.tr("Export"))
        self.act_print.setIconText(self.tr("To the print shop"))
        self.act_social.setIconText(self.tr("Social media"))
        self.manifesto_dock.setWindowTitle(self.tr("Manifesto"))
        self.properties_dock.setWindowTitle(self.tr("Properties"))
        self.warnings.refresh()
        self.toolbar.setWindowTitle(self.tr("Tools"))
        self.recovery_bar.restore_button.setText(self.tr("Restore"))
        self.recovery_bar.discard_button.setText(self.tr("Discard"))
        self._recovery_text()
        self._fill_menus()
        self._update_title()
        self._update_status()

    def _undo_texts(self, *_changed):
        """'Undo Move frame' style menu texts and tooltips with shortcuts."""
        undo = self.session.undo
        for action, label, step, shortcut in ((self.act_undo, self.tr("&Undo"), undo.undoText(), "Ctrl+Z"),
                                              (self.act_redo, self.tr("&Redo"), undo.redoText(), "Ctrl+Shift+Z")):
            action.setText(f"{label} {step}".strip())
            action.setToolTip(f"{label.replace('&', '')} {step} ({shortcut})".replace("  ", " "))

    def set_language(self, code: str) -> None:
        """Switch the UI language now and remember it."""
        i18n.set_language(code)
        QCoreApplication.instance().setApplicationDisplayName(product_name())
        self.settings.setValue("language", code)
        self.language_actions[i18n.current_language()].setChecked(True)

    # -- status ----------------------------------------------------------------------------------
    def _update_title(self):
        self.setWindowTitle(f"{self.session.display_name()}[*] — {product_name()}")
        self.setWindowModified(self.session.modified)

    def _update_status(self):
        self.status_template.setText(template_label(self.session.template))

    def _zoom_changed(self, zoom: float):
        text = f"{zoom * 100:.0f} %"
        self.zoom_label.setText(text)
        self.status_zoom.setText(text)

    def notify(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_error(self, title: str, error: DesignerError | str) -> None:
        """A plain-language message naming the file and field; never a traceback."""
        warn(self, title, explained(error) if isinstance(error, DesignerError) else str(error))

    # -- layouts ---------------------------------------------------------------------------------
    def new_layout(self, template_id: str) -> None:
        """Start a new unsaved layout from a template, with the campaign's slogan and names filled in."""
        template = self.session.catalog.get(template_id)
        layout = SavedLayout(template=template_id, base_dir=str(Path(template.source).parent))
        layout = fill_campaign(layout, template, self.session.manifesto)
        layout = fill_profile(layout, template, self.profile, datetime.date.today().year)
        self.session.new_layout(layout)
        self.canvas.select(None)
        self._fit_later()

    def _fit_later(self):
        QTimer.singleShot(0, self.canvas.zoom_fit)

    def open_layout(self, path) -> bool:
        """Open a saved layout; a broken file is explained and the current work stays."""
        if not self.maybe_save():
            return False
        try:
            self.session.open_layout(path)
        except DesignerError as exc:
            self.show_error(self.tr("Cannot open the layout"), exc)
            return False
        self.canvas.select(None)
        self._add_recent(path)
        self._fit_later()
        return True

    def choose_layout(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open layout"), self._last_folder(),
                                              self.tr("Layouts (%s)") % LAYOUT_FILTER)
        if path:
            self.open_layout(path)

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self.save_to(self.session.path)

    def save_as(self) -> bool:
        suggested = str(Path(self._last_folder()) / f"{_file_stem(self.session.display_name())}.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save layout"), suggested,
                                              self.tr("Layouts (%s)") % LAYOUT_FILTER)
        return bool(path) and self.save_to(path)

    def save_to(self, path) -> bool:
        """Save layout (and corrected manifesto); a failure is explained and nothing is lost."""
        try:
            self.session.save(path)
            if self.session.manifesto_dirty:
                self._save_manifesto(self._manifesto_target())
        except DesignerError as exc:
            self.show_error(self.tr("Cannot save"), exc)
            return False
        self.autosave.discard()
        self._add_recent(path)
        self.notify(self.tr("Saved %s") % Path(path).name)
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to go on."""
        if not self.session.modified:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved(self):
        """The unsaved-changes question (Save / Discard / Cancel)."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        return QMessageBox.question(self, self.tr("Unsaved changes"),
                                    self.tr("%s has changes that are not saved. Save them?")
                                    % self.session.display_name(), buttons, QMessageBox.StandardButton.Save)

    # -- filling -------------------------------------------------------------------------------
    def drop_content(self, payload: dict, frame_id: str | None) -> bool:
        """What a drop from the manifesto panel does: a section fills its frames by role; a
        paragraph or bullet is added to the text frame it lands on. Returns True if anything changed."""
        session = self.session
        try:
            section = session.manifesto.section(payload["section"])
        except KeyError:
            return False
        if payload["kind"] == "section":
            layout = fill_section(session.layout, session.template, section, session.manifesto)
            layout = replace(layout, title=section.title or layout.title)
            session.apply(layout, self.tr("Place section “%s”") % (section.title or section.id))
            self.notify(self.tr("Placed “%s” on the page") % (section.title or section.id))
            return True
        layout = add_item(session.layout, session.template, frame_id, section, payload["kind"], payload["index"])
        if layout is None:
            self.notify(self.tr("Drop the text onto a text frame"))
            return False
        session.apply(layout, self.tr("Add text"))
        self.select_frame(frame_id)
        return True

    def place_selected(self, payload: dict) -> bool:
        """Place a manifesto item without dragging: into the selected frame (sections by role)."""
        return self.drop_content(payload, self.canvas.selected)

    def select_frame(self, frame_id: str) -> None:
        self.canvas.select(frame_id)
        rect = self.canvas.scene_rect(frame_id)
        if rect is not None:
            self.canvas.ensureVisible(rect, 40, 40)

    # -- start view and profile -------------------------------------------------------------------
    def show_start_view(self):
        """The start view (window-modal, non-blocking): section + format (+ photo) → filled layout."""
        from designer.gui.start_view import StartDialog
        if self.start_view is not None and self.start_view.isVisible():
            return self.start_view
        if not self.maybe_save():
            return None
        self.start_view = StartDialog(self.session, self.profile,
                                      self.settings.value("start/format", DEFAULT_TEMPLATE, str), self)
        self.start_view.accepted.connect(lambda dialog=self.start_view: self.create_from_start(dialog))
        self.start_view.open()
        return self.start_view

    def create_from_start(self, dialog) -> bool:
        """Make the layout the start view asked for (remembering a newly typed profile)."""
        if dialog.asks_profile:
            self.set_profile(dialog.profile)
        if dialog.section is None or dialog.template_id is None:
            return False
        photo = dialog.photo
        if photo is not None:
            try:
                image_info(Path(photo))
            except ImageProblem as problem:
                warn(self, self.tr("Cannot use this image"),
                     f"{Path(photo).name}: {problem.message if i18n.current_language() == 'sv' else problem.message_en}")
                photo = None
        template = self.session.catalog.get(dialog.template_id)
        layout = start_layout(template, dialog.section, self.session.manifesto, self.profile,
                              datetime.date.today().year, photo, self.session.brand)
        self.session.new_layout(layout)
        full = section_texts(dialog.section).get("body")
        if full and any(layout.slot(f.id).text not in (None, full) for _, f in template.frames() if f.role == "body"):
            self.notify(self.tr("The text was shortened to fit the format; the whole section stays "
                                "in the manifesto"))
        self.settings.setValue("start/format", dialog.template_id)
        self.canvas.select(None)
        self._fit_later()
        return True

    def set_profile(self, profile) -> None:
        """Remember the campaign profile (a failed write is explained; the profile still applies now)."""
        self.profile = profile
        try:
            save_profile(profile)
        except DesignerError as exc:
            self.show_error(self.tr("Cannot save"), exc)

    def edit_profile(self):
        """Campaign › profile: the start view's questions alone, filled with what is remembered."""
        from designer.gui.profile_dialog import ProfileDialog
        dialog = ProfileDialog(self.profile, self)
        dialog.accepted.connect(lambda: self._profile_edited(dialog.profile))
        dialog.open()
        return dialog

    def _profile_edited(self, profile):
        self.set_profile(profile)
        layout = fill_profile(self.session.layout, self.session.template, profile, datetime.date.today().year)
        self.session.apply(layout, self.tr("Fill in the campaign profile"))

    # -- one-step exports ---------------------------------------------------------------------------
    def _export_folder(self) -> Path | None:
        """The layout's folder; an unsaved layout is saved first under its title in the documents folder."""
        if self.session.path is None:
            folder = Path(self.settings.value("last_folder", "", str) or documents_folder(product_name()))
            if _inside(folder, paths.ROOT):             # never write into the installed templates
                folder = documents_folder(product_name())
            target = free_name(folder, _file_stem(self.session.display_name()), ".json")
            if not self.save_to(target):
                return None
        return self.session.path.resolve().parent

    def _stem(self) -> str:
        return self.session.path.stem if self.session.path else _file_stem(self.session.display_name())

    def send_to_printer(self) -> bool:
        """One step: the print PDF with the remembered printer preset, next to the layout. What the
        export policy refuses opens the export dialog's error list with its fixes; nothing is saved."""
        from designer.export import export_layout
        from designer.presets import get_preset
        if self.session.template.kind != "print":
            self.notify(self.tr("This is a screen format: use Pictures for social media"))
            return False
        preset = get_preset(self.profile.preset if self.profile else None)
        if self._show_print_blockers(preset):
            return False
        folder = self._export_folder()
        if folder is None:
            return False
        output = folder / preset.output_name(self._stem())
        self.notify(self.tr("Exporting %s …") % output.name)
        return self.quick_export.run(output, export_layout, self.session.layout, output, preset)

    def _show_print_blockers(self, preset) -> bool:
        """True when the export policy stops the print PDF; then the export dialog lists the errors."""
        from designer.export import check_export
        output = Path(preset.output_name(self._stem()))
        if not check_export(self.session.layout, output, preset, source=self.session.display_name()).verdict.blocked:
            return False
        dialog = self.show_export()
        dialog.preset.setCurrentIndex(max(0, dialog.preset.findData(preset.id)))
        dialog.start()
        return True

    def social_images(self) -> bool:
        """One step: PNGs in every social-media format made from this layout (which stays as it is)."""
        from designer.social import social_images
        folder = self._export_folder()
        if folder is None:
            return False
        self.notify(self.tr("Exporting pictures for social media …"))
        return self.quick_export.run(folder, social_images, self.session.layout, self.session.template,
                                     self.session.catalog, folder, self._stem())

    def _exported(self, files: list):
        self.last_exports = files
        names = ", ".join(path.name for path in files)
        self.notify(self.tr("Saved %1 in %2").replace("%1", names).replace("%2", str(files[0].parent)))

    # -- manifesto -------------------------------------------------------------------------------
    def _load_start_manifesto(self):
        remembered = self.settings.value("manifesto", "", str)
        if remembered and self.load_manifesto(remembered, quiet=True):
            return
        self.load_manifesto(DEFAULT_MANIFESTO, quiet=True)

    def load_manifesto(self, path, quiet: bool = False) -> bool:
        """Load (.json) or import (.txt, .md, .docx, .odt, .html, .pdf) a manifesto; errors are explained."""
        path = Path(path)
        try:
            if path.suffix.lower() == ".json":
                manifesto = load_manifesto(path)
            else:
                from designer.importers import import_file
                manifesto = import_file(path)
        except DesignerError as exc:
            if not quiet:
                self.show_error(self.tr("Cannot read the manifesto"), exc)
            return False
        self.session.set_manifesto(manifesto, path)
        self.settings.setValue("manifesto", str(path))
        return True

    def choose_manifesto(self):
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open manifesto"), str(paths.MANIFESTO),
            self.tr("Manifestos (*.json *.txt *.md *.docx *.odt *.html *.htm *.pdf);;All files (*)"))
        if path:
            self.load_manifesto(path)

    def _manifesto_target(self) -> Path:
        """Where corrections to the manifesto are saved: its own JSON file, else a user copy."""
        path = self.session.manifesto_path
        if path is not None and path.suffix.lower() == ".json" and not _inside(path, paths.ROOT):
            return path
        stem = path.stem if path is not None else "manifest"
        return paths.user_data_dir() / "manifestos" / f"{stem}.json"

    def _save_manifesto(self, path: Path) -> None:
        save_manifesto(path, self.session.manifesto)
        self.session.manifesto_path = path
        self.session.manifesto_dirty = False
        self.settings.setValue("manifesto", str(path))
        self.manifesto_panel.rebuild()

    def save_manifesto_as(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save manifesto"), str(self._manifesto_target()),
                                              self.tr("Manifestos (*.json)"))
        if path:
            try:
                self._save_manifesto(Path(path))
            except DesignerError as exc:
                self.show_error(self.tr("Cannot save"), exc)

    # -- dialogs ---------------------------------------------------------------------------------
    def show_gallery(self):
        from designer.gui.gallery import GalleryDialog
        if not self.maybe_save():
            return
        dialog = GalleryDialog(self.session.catalog, self)
        if dialog.exec() and dialog.chosen:
            self.new_layout(dialog.chosen)

    def show_convert(self):
        """Arkiv › Byt format: pick a template in the gallery, then convert to it."""
        from designer.gui.gallery import GalleryDialog
        dialog = GalleryDialog(self.session.catalog, self, change_format=True)
        if dialog.exec() and dialog.chosen and dialog.chosen != self.session.template.id:
            self.convert_to(dialog.chosen, in_place=dialog.in_place.isChecked())

    def convert_to(self, template_id: str, in_place: bool = False):
        """Re-flow the layout into `template_id`: by default a new unsaved document (the original
        file stays as it was), with `in_place` one undo step in this document. Reports what found
        no frame."""
        from designer.gui.format_change import change_format, copy_in_format, report_text
        if in_place:
            report = change_format(self.session, template_id)
        else:
            if not self.maybe_save():
                return None
            report = copy_in_format(self.session, template_id)
        self.canvas.select(None)
        self._fit_later()
        if report.unplaced:
            inform(self, self.tr("Format changed"), report_text(report, self.session))
        else:
            self.notify(report_text(report, self.session))
        return report

    def show_export(self):
        from designer.gui.export_dialog import ExportDialog
        self.export_dialog = ExportDialog(self.session, self)
        if self.session.template.kind != "print":          # a screen format: only a picture fits
            self.export_dialog.kind_buttons["print"].setEnabled(False)
            self.export_dialog.set_kind("png")
        presets = self.export_dialog.preset
        presets.setCurrentIndex(max(0, presets.findData(self.preflight.preset.id)))
        presets.currentIndexChanged.connect(lambda: self.preflight.set_preset(presets.currentData()))
        self.export_dialog.show()
        return self.export_dialog

    def show_package(self):
        from designer.gui.package_dialog import PackageDialog
        output = Path(self._last_folder()) / f"{_file_stem(self.session.display_name())}-tryckeri.zip"
        self.package_dialog = PackageDialog(self.session, self.preflight.presets, self.preflight.preset.id,
                                            output, self)
        self.package_dialog.show()
        return self.package_dialog

    def show_editions(self):
        """The editions dialog for the saved layout (its folder anchors data and image paths)."""
        from designer.gui.editions_dialog import EditionsDialog

        if self.session.path is None:
            inform(self, self.tr("Editions"), self.tr("Save the layout first: editions read their data "
                                                      "and images relative to its folder."))
            return None
        dialog = EditionsDialog(self, self.session.layout, self.session.path)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    # -- help ------------------------------------------------------------------------------------
    def show_guide(self) -> bool:
        """F1: the user guide (docs/gui.md of a source checkout) in the system's viewer, offline;
        without it (a wheel ships no docs) the About box, which says where the guide is."""
        if GUIDE.is_file():
            return QDesktopServices.openUrl(QUrl.fromLocalFile(str(GUIDE)))
        self.show_about()
        return False

    def show_about(self) -> QMessageBox:
        """Help › About: name, version, licence and where the user guide is (non-blocking)."""
        return inform(self, self.tr("About %s") % product_name(), self.about_text())

    def about_text(self) -> str:
        lines = (f"<b>{product_name()}</b> {__version__}",
                 self.tr("Print-ready campaign material from a manifesto."),
                 self.tr("Free software under the GNU General Public License, version 3 or later "
                         "(GPL-3.0-or-later)."), self._guide_line())
        return "<br>".join(lines)

    def _guide_line(self) -> str:
        """A link to the local user guide, else where to find it."""
        if not GUIDE.is_file():
            return self.tr("The user guide is docs/gui.md in the source code.")
        link = self.tr("User guide: <a href=\"%1\">%2</a>")
        return link.replace("%1", QUrl.fromLocalFile(str(GUIDE)).toString()).replace("%2", str(GUIDE))

    # -- recovery --------------------------------------------------------------------------------
    def _offer_recovery(self):
        pending = self.autosave.pending()
        self.recovery_bar.file = pending[0] if pending else None
        self._recovery_text()
        self.recovery_bar.setVisible(bool(pending))

    def _recovery_text(self):
        self.recovery_bar.label.setText(
            self.tr("%s was closed without saving last time. Restore the unsaved work?") % product_name())

    def restore_recovery(self) -> bool:
        """Open the recovered work as unsaved edits and remove the recovery file; unsaved work of
        this session is asked about first (Save / Discard / Cancel)."""
        path = self.recovery_bar.file
        if path is None or not self.maybe_save():
            return False
        self.recovery_bar.hide()
        try:
            layout, original = read_recovery(path)
            self.session.template_of(layout)
        except DesignerError as exc:
            self.show_error(self.tr("Cannot restore"), exc)
            self._after_recovery(restored=False)
            return False
        self._after_recovery(restored=True)
        self.session.restore(layout, original)
        path.unlink(missing_ok=True)
        self.autosave.write_now()
        self._fit_later()
        self.notify(self.tr("Unsaved work restored"))
        return True

    def discard_recovery(self):
        if self.recovery_bar.file is not None:
            self.recovery_bar.file.unlink(missing_ok=True)
        self._offer_recovery()
        if self.recovery_bar.file is None:
            self._after_recovery(restored=False)

    def _after_recovery(self, restored: bool) -> None:
        """Show the start view that waited for the recovery offer, unless work was restored."""
        waiting, self.start_after_recovery = self.start_after_recovery, False
        if waiting and not restored:
            self.show_start_view()

    # -- settings ----------------------------------------------------------------------------------
    def last_document(self) -> str | None:
        """The most recently opened or saved layout, if it still exists (reopened at start)."""
        recent = self.recent_files()
        return recent[0] if recent and Path(recent[0]).is_file() else None

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [], list) or []
        return [str(v) for v in value if v]

    def _add_recent(self, path):
        path = str(Path(path).resolve())
        recent = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.settings.setValue("last_folder", str(Path(path).parent))
        if self.menu_recent is not None:
            self._fill_recent()

    def _last_folder(self) -> str:
        return self.settings.value("last_folder", str(Path.home()), str)

    def _restore_window_state(self):
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1440, 900)
        self.resizeDocks([self.manifesto_dock, self.properties_dock], [300, 340], Qt.Orientation.Horizontal)
        self.resizeDocks([self.properties_dock, self.warnings_dock], [440, 400], Qt.Orientation.Vertical)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event):
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self.autosave.timer.stop()
        self.autosave.discard()
        event.accept()


_ICON_ACTIONS = {"start", "print", "social", "new", "open", "save", "export", "undo", "redo", "zoom-in", "zoom-out", "fit", "actual", "guides"}


def _file_stem(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in name).strip()
    return "-".join(cleaned.split())[:60] or "layout"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False
