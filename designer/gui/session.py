"""The open work: one SavedLayout (immutable) with its template, brand kit, laid-out Document,
file path and undo stack, plus the manifesto it draws from. `language` picks the edition shown:
`shown`/`document` are that edition (mirrored for right-to-left; `printed_template` is its
template as it prints, `shown_template` adds the editing locks of that view), while edits
still go to `layout`, the whole file.

In: layouts via `open_layout`/`new_layout`, edits via `apply` (undoable) or `preview` (live,
during a drag). Out: `document`, `template`, signals `changed` (re-laid out) and `fileChanged`.
Every edit re-lays out synchronously (a few milliseconds for an A5 flyer).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from designer import messages
from designer.fill import GROW_ROLES, fit_text_frame
from designer.gui.commands import LayoutCommand, ManifestoCommand
from designer.gui.fonts import register_brand_fonts
from designer.io.brand_file import load_brand
from designer.io.layout_file import load_layout, rebase_images, save_layout
from designer.io.template_registry import load_catalog
from designer.gui.i18n import current_language
from designer.layout.engine import build_document, slot_content, template_for
from designer.locks import violations
from designer.model.brand import BrandKit
from designer.model.layout import SavedLayout
from designer.model.manifesto import Edit, Manifesto
from designer.layout.mirror import mirror_template
from designer.model.template import Template
from designer.translations.editions import editing_view, languages
from designer.units import mm


class Session(QObject):
    """Current layout + undo stack. `layout` is always the state the screen shows."""

    changed = Signal()          # layout (and document) replaced
    refused = Signal(str)       # an edit that a lock forbids: "file: slots.<frame>.<field>: …"
    fileChanged = Signal()      # path or clean state changed
    manifestoChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.undo = QUndoStack(self)
        self.history_moves = 0          # undos and redos so far (commands.LayoutCommand.mergeWith)
        self.undo.cleanChanged.connect(self.fileChanged)
        self.brand: BrandKit = load_brand()
        register_brand_fonts(self.brand.fonts.values())
        self.catalog = load_catalog(self.brand)
        self.path: Path | None = None
        self.layout: SavedLayout = SavedLayout(template="a5-flyer")
        self.template: Template = self.catalog.get("a5-flyer")
        self.language: str | None = None        # the language edition shown (None: the main language)
        self.shown, self.shown_template = self.layout, self.template
        self.printed_template = self.template      # as it prints: mirrored for right to left, no edit locks
        self.document = build_document(self.layout, self.template, self.brand)
        self.manifesto = Manifesto()
        self.manifesto_path: Path | None = None
        self.manifesto_dirty = False

    # -- whole documents -------------------------------------------------------------------
    def new_layout(self, layout: SavedLayout) -> None:
        """Start unsaved work on `layout` (template default photos resolve next to the template)."""
        self.template_of(layout)                 # unknown template -> error before switching
        self._replace(layout, None)

    def open_layout(self, path: str | Path) -> None:
        """Load a saved layout; a DesignerError leaves the current work untouched."""
        layout = load_layout(path)
        build_document(layout, self.template_of(layout), self.brand)   # any error before switching
        self._replace(layout, Path(path))

    def restore(self, layout: SavedLayout, path: Path | None) -> None:
        """Take over recovered work as unsaved edits of `path` (or of a new layout)."""
        self._replace(layout, path)
        self.undo.resetClean()          # unsaved until the volunteer saves
        self.fileChanged.emit()

    def save(self, path: str | Path) -> None:
        """Save atomically to `path` (image paths rebased to its folder); raises DesignerError."""
        path = Path(path)
        layout = rebase_images(self.layout, path.resolve().parent)
        save_layout(path, layout)
        self.layout, self.path = layout, path
        self.undo.setClean()
        self.fileChanged.emit()

    def _replace(self, layout: SavedLayout, path: Path | None) -> None:
        self.undo.clear()
        self.path = path
        self.language = None
        self.set_layout(layout)
        self.undo.setClean()
        self.fileChanged.emit()

    # -- edits -----------------------------------------------------------------------------
    def set_layout(self, layout: SavedLayout) -> None:
        """Show `layout` now (used by undo commands and live previews)."""
        self.layout = layout
        self.template = self.template_of(layout)
        if self.language not in languages(layout):
            self.language = None
        self.shown, self.shown_template = editing_view(layout, self.language, self.template)
        self.printed_template = mirror_template(self.template) if self.shown.mirrored else self.template
        self.document = build_document(self.shown, self.printed_template, self.brand)
        self.changed.emit()

    def show_language(self, code: str | None) -> None:
        """Show (and check) the layout in another of its languages; None: the main language."""
        self.language = code
        self.set_layout(self.layout)

    def template_of(self, layout: SavedLayout) -> Template:
        """The layout's template: next to the layout file, the user's or a shipped one."""
        return template_for(layout, self.brand)

    def apply(self, after: SavedLayout, text: str, merge_key=None, before: SavedLayout | None = None):
        """Undoable change to `after`; `before` defaults to the shown layout (give it after a preview)."""
        before = before if before is not None else self.layout
        broken = set(violations(after, self.template)) - set(violations(before, self.template))
        if broken:
            first = min(broken, key=lambda v: v.field)
            self.refused.emit(messages.text("locked_changed", current_language(), file=self.display_name(),
                                            field=first.field, lock=first.lock))
            return
        if after == before:
            self.set_layout(after)
            return
        self.undo.push(LayoutCommand(self, before, after, text, merge_key))

    def with_text(self, frame_id: str, text: str) -> SavedLayout:
        """The shown layout with `text` in the frame; a slogan frame grows to fit it whole."""
        layout = self.layout.with_slot(frame_id, text=text)
        spec = self.frame(frame_id)
        if spec is not None and spec.role in GROW_ROLES:
            layout = fit_text_frame(layout, self.template, self.brand, frame_id)
        return layout

    def edit_manifesto(self, edit: Edit, text: str) -> None:
        """Undoable manifesto edit (rename, split, merge, move); model errors propagate."""
        inverse = self.manifesto.apply(edit)
        self.undo.push(ManifestoCommand(self, edit, inverse, text))

    @property
    def modified(self) -> bool:
        return not self.undo.isClean() or self.manifesto_dirty

    def frame(self, frame_id: str):
        """The frame as shown: in another language with its locks there (see editing_view)."""
        return self.shown_template.frame(frame_id)

    def frame_rect(self, frame_id: str):
        """The frame's laid-out rectangle (points), or its template rectangle if hidden."""
        for page in self.document.pages:
            if frame_id in page.frame_rects:
                return page.frame_rects[frame_id]
        spec = self.frame(frame_id)
        return spec.rect if spec else None

    def page_of(self, frame_id: str) -> int | None:
        """Index of the template page a frame belongs to (frame ids are unique), None if unknown."""
        return next((index for index, frame in self.template.frames() if frame.id == frame_id), None)

    def frame_text(self, frame_id: str) -> str:
        spec = self.frame(frame_id)
        return slot_content(spec, self.layout.slot(frame_id), self.brand) if spec else ""

    @property
    def unit(self) -> float:
        """Points per template unit (mm for print, px for screen templates)."""
        return mm(1) if self.template.kind == "print" else 1.0

    def display_name(self) -> str:
        """The file name, else the layout's title, else the template's name in the UI language."""
        if self.path:
            return self.path.name
        if self.layout.title:
            return self.layout.title
        return self.template.name if current_language() == "sv" else (self.template.name_en or self.template.name)

    # -- manifesto -------------------------------------------------------------------------
    def set_manifesto(self, manifesto: Manifesto, path: Path | None) -> None:
        self.manifesto, self.manifesto_path, self.manifesto_dirty = manifesto, path, False
        self.manifestoChanged.emit()
