"""Plain-language messages that do not block: a window-modal QMessageBox opened with `open()`.

In: a parent widget, a title and a text (usually DesignerError.located()). Out: the box, also
kept as `parent.last_message` so it stays alive (and so tests can read what the user saw).
"""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def warn(parent, title: str, text: str) -> QMessageBox:
    """Show a warning box naming the problem; returns immediately."""
    return _show(parent, QMessageBox.Icon.Warning, title, text)


def inform(parent, title: str, text: str) -> QMessageBox:
    """Show an information box (e.g. what a format change could not place); returns immediately."""
    return _show(parent, QMessageBox.Icon.Information, title, text)


def _show(parent, kind, title: str, text: str) -> QMessageBox:
    box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(box.windowModality().WindowModal)
    box.open()
    parent.last_message = box
    return box
