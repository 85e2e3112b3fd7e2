"""In-place text editing: a floating QPlainTextEdit card anchored under (or over) a text frame on
the canvas. Every keystroke is an undoable edit (merged per editing session) and re-lays out the
page at once, so the frame shows the result while typing.

In: the Canvas and a frame id (`open`). Out: layout edits via `session.apply`.
"""
from __future__ import annotations

from itertools import count

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout

from designer.gui.i18n import Retranslating


_sessions = count(1)


class UndoKeysToWindow(QObject):
    """Event filter for a text box: Ctrl+Z / Ctrl+Shift+Z go to the window's undo stack, not to the
    box's own undo (which would revert the text behind the stack's back and leave an empty step)."""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()
            return True
        return False


def route_undo_to_window(edit: QPlainTextEdit) -> None:
    """Make `edit` leave undo and redo to the application (see UndoKeysToWindow)."""
    edit.setUndoRedoEnabled(False)
    edit.undo_keys = UndoKeysToWindow(edit)
    edit.installEventFilter(edit.undo_keys)


class TextEditor(Retranslating, QFrame):
    """The floating editor. Esc or a click elsewhere on the canvas closes it."""

    def __init__(self, canvas):
        super().__init__(canvas.viewport())
        self.canvas, self.session = canvas, canvas.session
        self.frame_id: str | None = None
        self.serial = 0
        self.setObjectName("textEditor")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        self.hint = QLabel()
        self.hint.setObjectName("panelHint")
        layout.addWidget(self.hint)
        self.edit = QPlainTextEdit()
        self.edit.installEventFilter(self)
        route_undo_to_window(self.edit)
        self.edit.textChanged.connect(self._changed)
        layout.addWidget(self.edit)
        self.hide()
        self.session.changed.connect(self._sync)
        canvas.frameSelected.connect(self._selection_changed)
        self.retranslate()

    def retranslate(self):
        self.hint.setText(self.tr("Editing text · one paragraph per line, “• ” starts a point · Esc closes"))

    def open(self, frame_id: str) -> None:
        """Show the editor for a text frame, with its current text selected for typing."""
        self.frame_id = frame_id
        self.serial = next(_sessions)
        self.edit.blockSignals(True)
        self.edit.setPlainText(self.session.frame_text(frame_id))
        self.edit.blockSignals(False)
        self.place()
        self.show()
        self.raise_()
        self.edit.setFocus()
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def close_editor(self) -> None:
        if self.frame_id is not None:
            self.frame_id = None
            self.hide()
            self.canvas.setFocus()

    def _selection_changed(self, frame_id) -> None:
        if frame_id != self.frame_id:
            self.close_editor()

    def place(self) -> None:
        """Anchor the card under the frame (above it when there is no room below)."""
        if self.frame_id is None:
            return
        rect = self.canvas.mapFromScene(self.canvas.scene_rect(self.frame_id)).boundingRect()
        view = self.canvas.viewport().rect()
        width = max(320, min(520, rect.width()))
        height = 150
        x = max(8, min(rect.left(), view.width() - width - 8))
        y = rect.bottom() + 8 if rect.bottom() + 8 + height < view.height() else max(8, rect.top() - height - 8)
        self.setGeometry(round(x), round(y), round(width), height)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.close_editor()
            return True
        return super().eventFilter(watched, event)

    def _changed(self):
        if self.frame_id is None:
            return
        layout = self.session.with_text(self.frame_id, self.edit.toPlainText())
        self.session.apply(layout, self.tr("Edit text"), merge_key=("text", self.frame_id, self.serial))

    def _sync(self):
        """After undo/redo, show the frame's text again (without creating an edit)."""
        if self.frame_id is None:
            return
        text = self.session.frame_text(self.frame_id)
        if text != self.edit.toPlainText():
            self.edit.blockSignals(True)
            self.edit.setPlainText(text)
            self.edit.blockSignals(False)
        self.place()
