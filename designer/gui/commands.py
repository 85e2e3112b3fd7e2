"""Undo commands. The layout is immutable, so a layout command keeps the layouts before and after;
manifesto commands run the model's edit and keep the inverse edit it returns.

In: the Session and the new state. Out: QUndoCommands to push on `session.undo`. Every undo and
redo counts `session.history_moves`, so typing after one starts a new step instead of merging
into the step undo or redo left on top.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from designer.model.layout import SavedLayout
from designer.model.manifesto import Edit

MERGE_TEXT = 1


class LayoutCommand(QUndoCommand):
    """Replace the whole layout. With `merge_key`, consecutive commands with the same key merge
    (typing in one frame is one undo step) unless an undo or redo came between them."""

    def __init__(self, session, before: SavedLayout, after: SavedLayout, text: str, merge_key=None):
        super().__init__(text)
        self.session, self.before, self.after, self.merge_key = session, before, after, merge_key
        self.moves = session.history_moves
        self.pushed = False

    def id(self) -> int:
        return MERGE_TEXT if self.merge_key is not None else -1

    def mergeWith(self, other) -> bool:
        if other.merge_key != self.merge_key or other.moves != self.moves:
            return False
        self.after = other.after
        return True

    def redo(self):
        if self.pushed:                   # a redo, not the push itself
            self.session.history_moves += 1
        self.pushed = True
        self.session.set_layout(self.after)

    def undo(self):
        self.session.history_moves += 1
        self.session.set_layout(self.before)


class ManifestoCommand(QUndoCommand):
    """Run one `Manifesto` edit (rename, split, merge, move); undo runs the inverse it returned."""

    def __init__(self, session, edit: Edit, inverse: Edit, text: str):
        """`edit` has already been applied once (so model errors surface before the push)."""
        super().__init__(text)
        self.session, self.edit, self.inverse, self.applied = session, edit, inverse, True

    def redo(self):
        if not self.applied:
            self.inverse = self.session.manifesto.apply(self.edit)
            self.session.history_moves += 1
        self.applied = False
        self._changed()

    def undo(self):
        self.session.history_moves += 1
        self.edit = self.session.manifesto.apply(self.inverse)
        self._changed()

    def _changed(self):
        self.session.manifesto_dirty = True
        self.session.manifestoChanged.emit()
        self.session.fileChanged.emit()
