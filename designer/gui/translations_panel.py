"""Language editions in the app: the document's language switcher (toolbar) and the translation
table (a dock): main text and translation side by side per text slot, marked "changed since
translated", "does not fit" or "missing", with the translation of the chosen row edited below.

In: the Session (its `layout`, `language`, `show_language`). Out: undoable edits of the layout's
editions via `session.apply`; `frameSelected(id)` when a row is chosen. `install(window)` puts
both into the main window.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from designer.errors import DesignerError
from designer.gui.i18n import Retranslating
from designer.gui.messages import warn
from designer.gui.properties_panel import role_name
from designer.translations.editions import (languages, overflowing_frames, slot_statuses, with_edition,
                                            with_translation)
from designer.translations.languages import is_rtl

CAMPAIGN_LANGUAGES = ("ar", "so", "ti", "fa", "fi", "en", "ku", "tr", "pl", "uk", "se")
FRAME = Qt.ItemDataRole.UserRole
STALE_COLOR = QColor("#b35c00")
OVERFLOW_COLOR = QColor("#c0182b")
MISSING_COLOR = QColor("#6b6b6b")
REFRESH_DELAY_MS = 150      # the table catches up after a pause in typing, not on every key
LANGUAGE_CHARS = 10         # the edition combo's width in characters (wider names are cut)
MAX_ROW_HEIGHT = 64          # pixels: about three lines; the whole text is in the editor below


def language_name(code: str) -> str:
    """The language's own name from Qt's locale data ("العربية"), else the code."""
    locale = QLocale(code if "-" in code else f"{code}_SE")      # "English", not "American English"
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class LanguageSwitcher(Retranslating, QComboBox):
    """Toolbar combo: which language of the document the page, warnings and preflight show."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("languageSwitcher")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(lambda index: session.show_language(self.itemData(index)))
        session.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self):
        self.setToolTip(self.tr("Language of the document: the page, warnings and preflight follow it"))
        self.refresh()

    def refresh(self):
        layout = self.session.layout
        self.blockSignals(True)
        self.clear()
        for code in languages(layout):
            name = f"{language_name(code)} ({code})"
            if code == layout.lang:
                name = self.tr("%s – main language") % name
            self.addItem(name, None if code == layout.lang else code)
        self.setCurrentIndex(max(0, self.findData(self.session.language)))
        self.blockSignals(False)


class TranslationPanel(Retranslating, QWidget):
    """The translation table of one language edition, and its editor."""

    frameSelected = Signal(str)
    titleChanged = Signal(str)

    def __init__(self, session, settings=None, parent=None):
        super().__init__(parent)
        self.session, self.settings = session, settings
        self.rows = []
        self.serial = 0
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 8)
        header = QHBoxLayout()
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.activated.connect(lambda index: session.show_language(self.language.itemData(index)))
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_language)
        self.translator_label = QLabel()
        self.translator = QLineEdit(settings.value("translator", "", str) if settings is not None else "")
        self.translator.editingFinished.connect(self._remember_translator)
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language.setMinimumContentsLength(LANGUAGE_CHARS)
        for widget, stretch in ((self.language_label, 0), (self.language, 0), (self.add_button, 0), (QWidget(), 1)):
            header.addWidget(widget, stretch)
        column.addLayout(header)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("translationTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        heading = self.table.horizontalHeader()
        heading.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        heading.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        heading.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        heading.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        column.addWidget(self.table, 1)
        self.editor_label = QLabel()
        self.editor_label.setObjectName("panelHint")
        self.editor_label.setWordWrap(True)
        editor_row = QHBoxLayout()          # the translator's name beside the editor's label: a narrow dock
        for widget, stretch in ((self.editor_label, 1), (self.translator_label, 0), (self.translator, 0)):
            editor_row.addWidget(widget, stretch)
        column.addLayout(editor_row)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("translationEditor")
        self.editor.setMaximumHeight(64)
        self.editor.textChanged.connect(self._edited)
        column.addWidget(self.editor)
        self.pending = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self.pending.timeout.connect(self.refresh)
        session.changed.connect(self.pending.start)
        self.retranslate()

    # -- state -----------------------------------------------------------------------------
    @property
    def lang(self) -> str | None:
        """The edition the table shows: the shown language, else the first translation."""
        layout = self.session.layout
        if self.session.language and self.session.language != layout.lang:
            return self.session.language
        others = languages(layout)[1:]
        return others[0] if others else None

    def retranslate(self):
        self.language_label.setText(self.tr("Translation:"))
        self.add_button.setText(self.tr("Add language…"))
        self.add_button.setToolTip(self.tr("Start a translation of this layout's text into another language"))
        self.translator_label.setText(self.tr("Translator:"))
        self.translator.setPlaceholderText(self.tr("your name"))
        self.table.setHorizontalHeaderLabels([self.tr("Frame"), self.tr("Main text"), self.tr("Translation"),
                                              self.tr("Status")])
        self.refresh()

    def refresh(self):
        """Rebuild the table (only while it is visible: typing elsewhere stays fast)."""
        if not self.isVisible():
            self.rows = []
            self._update_title()
            return
        layout, lang = self.session.layout, self.lang
        self.language.blockSignals(True)
        self.language.clear()
        for code in languages(layout)[1:]:
            self.language.addItem(f"{language_name(code)} ({code})", code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.setEnabled(lang is not None)
        self.language.blockSignals(False)
        self.rows = slot_statuses(layout, lang, self.session.template, self._overflowing(lang)) if lang else []
        chosen = self.chosen_frame()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            self._fill_row(index, row, lang)
        self.table.resizeRowsToContents()
        for index in range(self.table.rowCount()):
            self.table.setRowHeight(index, min(self.table.rowHeight(index), MAX_ROW_HEIGHT))
        self.table.blockSignals(False)
        if chosen:
            self.select_frame(chosen, emit=False)
        else:
            self._show_editor(None)
        self._update_title()

    def _overflowing(self, lang: str) -> set[str]:
        """Frames whose `lang` text does not fit: from the shown document when it is that
        language, else by laying the edition out."""
        session = self.session
        if session.shown.lang == lang:
            return {w.frame_id for w in session.document.warnings if w.code == "overflow"}
        return overflowing_frames(session.layout, lang, session.template, session.brand)

    def showEvent(self, event):
        self.refresh()
        super().showEvent(event)

    def _fill_row(self, index: int, row, lang: str):
        frame = QTableWidgetItem(row.label if row.label != row.frame_id else role_name(row.role))
        frame.setData(FRAME, row.frame_id)
        frame.setToolTip(row.role)
        source = QTableWidgetItem(row.source)
        target = QTableWidgetItem(row.target or "")
        if is_rtl(lang):
            target.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if row.translator:
            target.setToolTip(self.tr("Translated by %s") % row.translator)
        marks, color = self.marks(row)
        status = QTableWidgetItem(" · ".join(marks) or self.tr("OK"))
        if color is not None:
            status.setForeground(QBrush(color))
        for column, item in enumerate((frame, source, target, status)):
            if column != 2 or not is_rtl(lang):
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.table.setItem(index, column, item)

    def marks(self, row) -> tuple[list[str], QColor | None]:
        """The status texts of a row and the colour of the worst one."""
        marks, color = [], None
        if row.missing:
            marks.append(self.tr("missing"))
            color = MISSING_COLOR
        if row.stale:
            marks.append(self.tr("changed since translated"))
            color = STALE_COLOR
        if row.overflow:
            marks.append(self.tr("does not fit"))
            color = OVERFLOW_COLOR
        return marks, color

    def _update_title(self):
        problems = sum(1 for row in self.rows if row.missing or row.stale or row.overflow)
        title = self.tr("Translations")
        self.titleChanged.emit(f"{title} ({problems})" if problems else title)

    # -- choosing and editing -------------------------------------------------------------------
    def chosen_frame(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(FRAME) if rows else None

    def select_frame(self, frame_id: str, emit: bool = False) -> None:
        """Choose the row of `frame_id` (if it is a translated slot)."""
        for index in range(self.table.rowCount()):
            if self.table.item(index, 0).data(FRAME) == frame_id:
                self.table.blockSignals(not emit)
                self.table.selectRow(index)
                self.table.blockSignals(False)
                self._show_editor(self.rows[index])
                return

    def _row_chosen(self):
        frame_id = self.chosen_frame()
        row = next((r for r in self.rows if r.frame_id == frame_id), None)
        self._show_editor(row)
        if row is not None:
            self.serial += 1
            self.frameSelected.emit(row.frame_id)

    def _show_editor(self, row):
        self.editor.blockSignals(True)
        self.editor.setEnabled(row is not None)
        if row is None:
            self.editor.setPlainText("")
            self.editor_label.setText(self.tr("Choose a row to translate its text."))
        else:
            if self.editor.toPlainText() != (row.target or ""):
                self.editor.setPlainText(row.target or "")
            frame = self.table.item(self.rows.index(row), 0).text()
            self.editor_label.setText(self.tr("%1 in %2:").replace("%1", frame).replace("%2", language_name(self.lang)))
            direction = Qt.LayoutDirection.RightToLeft if is_rtl(self.lang) else Qt.LayoutDirection.LeftToRight
            self.editor.setLayoutDirection(direction)
        self.editor.blockSignals(False)

    def _edited(self):
        frame_id, lang = self.chosen_frame(), self.lang
        row = next((r for r in self.rows if r.frame_id == frame_id), None)
        if row is None or lang is None:
            return
        who = self.translator.text().strip() or row.translator
        layout = with_translation(self.session.layout, lang, frame_id, self.editor.toPlainText(), row.source, who)
        self.session.apply(layout, self.tr("Translate text"), merge_key=("translation", lang, frame_id, self.serial))

    def _remember_translator(self):
        if self.settings is not None:
            self.settings.setValue("translator", self.translator.text().strip())

    def add_language(self) -> str | None:
        """Ask for a language and add an empty edition for it (one undo step); returns its code."""
        layout = self.session.layout
        choices = [f"{language_name(c)} ({c})" for c in CAMPAIGN_LANGUAGES if c not in languages(layout)]
        text, ok = QInputDialog.getItem(self, self.tr("Add language"),
                                        self.tr("Language (or a code such as fa-IR):"), choices, 0, True)
        if not ok or not text.strip():
            return None
        code = text.rsplit("(", 1)[-1].rstrip(")").strip() if "(" in text else text.strip()
        try:
            added = with_edition(layout, code)
        except DesignerError as exc:
            warn(self, self.tr("Cannot add the language"), exc.located())
            return None
        self.session.apply(added, self.tr("Add language %s") % code)
        self.session.show_language(code)
        return code


def install(window) -> None:
    """Put the language switcher into the main window's toolbar and the translation table in a
    dock (toggled from the toolbar); a frame chosen on the page chooses its row and back."""
    window.language_switcher = LanguageSwitcher(window.session)
    window.toolbar.insertWidget(window.act_export, window.language_switcher)
    window.translations = TranslationPanel(window.session, window.settings)
    dock = window._dock(window.translations, "translations", Qt.DockWidgetArea.BottomDockWidgetArea)
    window.translations_dock = dock
    window.translations.titleChanged.connect(dock.setWindowTitle)
    window.translations.refresh()
    dock.hide()
    window.toolbar.insertAction(window.act_export, dock.toggleViewAction())
    window.canvas.frameSelected.connect(lambda frame_id: frame_id and window.translations.select_frame(frame_id))
    window.translations.frameSelected.connect(window.canvas.select)
