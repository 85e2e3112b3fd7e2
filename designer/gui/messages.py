"""Plain-language messages that do not block: a window-modal QMessageBox opened with `open()`.

In: a parent widget, a title and a text (usually DesignerError.located()). Out: the box, also
kept as `parent.last_message` so it stays alive (and so tests can read what the user saw).
"""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def warn(parent, title: str, text: str) -> QMessageBox:
    """Show a warning box naming the problem; returns immediately."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(box.windowModality().WindowModal)
    box.open()
    parent.last_message = box
    return box
