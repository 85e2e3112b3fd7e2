"""The manifesto panel: sections as a searchable tree that can be dragged onto the page, and the
tools to fix the importer's guesses (rename, split, merge, move items), all undoable.

In: the Session (its manifesto; edits go through `session.edit_manifesto`). Out: drags carrying
`{"kind": "section"|"paragraph"|"bullet", "section": id, "index": i}` as canvas.MIME JSON, and
`openRequested` when the volunteer wants another manifesto file.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QMenu, QToolButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from designer.gui.i18n import Retranslating
from designer.gui.canvas import MIME
from designer.gui.icons import icon
from designer.gui.messages import warn
from designer.model.manifesto import Edit

ROLE = Qt.ItemDataRole.UserRole


class ManifestoTree(QTreeWidget):
    """Tree whose drags carry the item's payload as JSON; a paragraph or point dropped inside the
    tree is reported as `itemDropped(payload, target item, below)` (the panel moves it)."""

    itemDropped = Signal(dict, object, bool)

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, items):
        data = QMimeData()
        payload = items[0].data(0, ROLE) if items else None
        if payload:
            data.setData(MIME, json.dumps(payload).encode("utf-8"))
            data.setText(items[0].toolTip(0))
        return data

    @staticmethod
    def _payload(event) -> dict | None:
        if not event.mimeData().hasFormat(MIME):
            return None
        payload = json.loads(bytes(event.mimeData().data(MIME)).decode("utf-8"))
        return payload if payload.get("kind") in ("paragraph", "bullet") else None

    def dragMoveEvent(self, event):
        super().dragMoveEvent(event)
        if self._payload(event) is None or self.itemAt(event.position().toPoint()) is None:
            event.ignore()

    def dropEvent(self, event):
        payload = self._payload(event)
        target = self.itemAt(event.position().toPoint())
        if payload is None or target is None:
            event.ignore()
            return
        below = self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem
        event.setDropAction(Qt.DropAction.CopyAction)      # the tree is rebuilt from the model
        event.accept()
        self.itemDropped.emit(payload, target, below)


class ManifestoPanel(Retranslating, QWidget):
    """Left panel: the tree, its filter and the fix-up actions."""

    openRequested = Signal()
    placeRequested = Signal(dict)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        header = QHBoxLayout()
        self.source = QLabel()
        self.source.setObjectName("panelHint")
        self.source.setWordWrap(True)
        header.addWidget(self.source, 1)
        self.open_button = QToolButton()
        self.open_button.setIcon(icon("open"))
        self.open_button.setAutoRaise(True)
        self.open_button.clicked.connect(self.openRequested)
        header.addWidget(self.open_button)
        layout.addLayout(header)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        layout.addWidget(self.filter)
        self.tree = ManifestoTree()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setIndentation(14)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.itemDropped.connect(self.move_by_drop)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        layout.addWidget(self.tree, 1)
        self.hint = QLabel()
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        session.manifestoChanged.connect(self.rebuild)
        self.retranslate()

    def retranslate(self):
        self.open_button.setToolTip(self.tr("Open another manifesto file…"))
        self.filter.setPlaceholderText(self.tr("Search sections and text"))
        self.hint.setText(self.tr("Drag a section onto the page to fill it; drag a paragraph or "
                                  "point into a frame, or to another section in this list. "
                                  "Right-click to rename, split or merge."))
        self.rebuild()

    # -- tree ----------------------------------------------------------------------------------
    def rebuild(self):
        """Rebuild the tree from the session's manifesto, keeping expansion and the filter."""
        expanded = {self.tree.topLevelItem(i).data(0, ROLE)["section"]
                    for i in range(self.tree.topLevelItemCount()) if self.tree.topLevelItem(i).isExpanded()}
        self.tree.clear()
        manifesto = self.session.manifesto
        path = self.session.manifesto_path
        self.source.setText(f"{manifesto.title}" + (f" — {path.name}" if path else ""))
        for section in manifesto.sections:
            title = section.title or self.tr("(untitled: %s)") % section.id
            top = QTreeWidgetItem([title])
            top.setData(0, ROLE, {"kind": "section", "section": section.id, "index": 0})
            top.setToolTip(0, title)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for index, text in enumerate(section.paragraphs):
                self._child(top, "¶ " + text, {"kind": "paragraph", "section": section.id, "index": index})
            if section.bullets and section.list_intro:
                intro = QTreeWidgetItem([section.list_intro])
                intro.setFlags(intro.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
                top.addChild(intro)
            for index, text in enumerate(section.bullets):
                self._child(top, "• " + text, {"kind": "bullet", "section": section.id, "index": index})
            self.tree.addTopLevelItem(top)
            top.setExpanded(section.id in expanded)
        self.apply_filter(self.filter.text())

    def _child(self, parent, text, payload):
        item = QTreeWidgetItem([_shorten(text)])
        item.setToolTip(0, text)
        item.setData(0, ROLE, payload)
        parent.addChild(item)

    def apply_filter(self, text: str):
        """Show only sections and items containing `text` (case-insensitive); matches expand."""
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            own = not needle or needle in top.text(0).casefold()
            any_child = False
            for j in range(top.childCount()):
                child = top.child(j)
                hit = not needle or needle in child.toolTip(0).casefold() or needle in child.text(0).casefold()
                child.setHidden(not (hit or own))
                any_child = any_child or (hit and bool(needle))
            top.setHidden(not (own or any_child))
            if needle and any_child:
                top.setExpanded(True)

    def visible_sections(self) -> list[str]:
        """Ids of the sections the filter shows (for tests and the place action)."""
        return [self.tree.topLevelItem(i).data(0, ROLE)["section"]
                for i in range(self.tree.topLevelItemCount()) if not self.tree.topLevelItem(i).isHidden()]

    def _double_clicked(self, item, _column):
        payload = item.data(0, ROLE)
        if payload:
            self.placeRequested.emit(payload)

    # -- fixing the importer's guesses -----------------------------------------------------------
    def _context_menu(self, pos):
        item = self.tree.itemAt(pos)
        payload = item.data(0, ROLE) if item else None
        if not payload:
            return
        menu = QMenu(self)
        section_id, index = payload["section"], payload["index"]
        menu.addAction(self.tr("Place on page"), lambda: self.placeRequested.emit(payload))
        menu.addSeparator()
        menu.addAction(self.tr("Rename section…"), lambda: self.rename(section_id))
        ids = [s.id for s in self.session.manifesto.sections]
        position = ids.index(section_id)
        if payload["kind"] == "paragraph" and index > 0:
            menu.addAction(self.tr("Split section before this paragraph"),
                           lambda: self.run(Edit("split_section", (section_id, index)), self.tr("Split section")))
        if position + 1 < len(ids):
            menu.addAction(self.tr("Merge with next section"),
                           lambda: self.run(Edit("merge_sections", (section_id, ids[position + 1])),
                                            self.tr("Merge sections")))
        if payload["kind"] in ("paragraph", "bullet"):
            move = menu.addMenu(self.tr("Move to section"))
            op = "move_paragraph" if payload["kind"] == "paragraph" else "move_bullet"
            for section in self.session.manifesto.sections:
                if section.id == section_id:
                    continue
                target = section.paragraphs if op == "move_paragraph" else section.bullets
                move.addAction(section.title or section.id,
                               lambda t=section.id, n=len(target): self.run(
                                   Edit(op, (section_id, index, t, n)), self.tr("Move item")))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def move_by_drop(self, payload: dict, target, below: bool = False) -> bool:
        """What dropping a paragraph or point on tree item `target` does: on an item of the same
        kind it moves there (after it when `below`), anywhere else in a section it goes last
        among that section's items of its kind. One undo step; False if nothing moved."""
        kind, source, index = payload["kind"], payload["section"], payload["index"]
        section_item = target.parent() or target
        goal = section_item.data(0, ROLE)["section"]
        own = target.data(0, ROLE) or {}
        items = self.session.manifesto.section(goal)
        count = len(items.paragraphs if kind == "paragraph" else items.bullets)
        same = goal == source
        if own.get("kind") == kind:
            position = own["index"] + (1 if below else 0)
            position -= 1 if same and index < position else 0
        else:
            position = count - (1 if same else 0)
        if same and position == index:
            return False
        op = "move_paragraph" if kind == "paragraph" else "move_bullet"
        return self.run(Edit(op, (source, index, goal, position)), self.tr("Move item"))

    def rename(self, section_id: str):
        section = self.session.manifesto.section(section_id)
        title, ok = QInputDialog.getText(self, self.tr("Rename section"), self.tr("Heading:"),
                                         text=section.title)
        if ok and title.strip() and title.strip() != section.title:
            self.run(Edit("rename_section", (section_id, title.strip())), self.tr("Rename section"))

    def run(self, edit: Edit, text: str) -> bool:
        """Apply one manifesto edit as an undo step; a model error is shown, nothing changes."""
        try:
            self.session.edit_manifesto(edit, text)
        except (KeyError, IndexError, ValueError) as exc:
            warn(self, self.tr("Cannot change the manifesto"), str(exc).strip("'\""))
            return False
        return True


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
