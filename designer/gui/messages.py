"""Plain-language messages that do not block: a window-modal QMessageBox opened with `open()`.

In: a parent widget, a title and a text (usually `explained(DesignerError)`). Out: the box, also
kept as `parent.last_message` so it stays alive (and so tests can read what the user saw).
"""
from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from designer.errors import DesignerError

NOT_WRITTEN = QT_TRANSLATE_NOOP("Messages", "the file could not be written")
WRITE_PROBLEMS = {
    errno.EROFS: QT_TRANSLATE_NOOP("Messages", "the folder is read-only"),
    errno.EACCES: QT_TRANSLATE_NOOP("Messages", "you may not write in this folder"),
    errno.EPERM: QT_TRANSLATE_NOOP("Messages", "you may not write in this folder"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Messages", "the name is too long"),
}


def warn(parent, title: str, text: str) -> QMessageBox:
    """Show a warning box naming the problem; returns immediately."""
    return _show(parent, QMessageBox.Icon.Warning, title, text)


def inform(parent, title: str, text: str) -> QMessageBox:
    """Show an information box (e.g. what a format change could not place); returns immediately."""
    return _show(parent, QMessageBox.Icon.Information, title, text)


def explained(error: DesignerError) -> str:
    """The error's located text; a failed write (read-only folder, full disk, too long a name) as a
    sentence in the UI language with what to do, the system's own words last."""
    cause = error.__cause__
    if not isinstance(cause, OSError):
        return error.located()
    name = Path(error.file).name if error.file else ""
    problem = QCoreApplication.translate("Messages", WRITE_PROBLEMS.get(cause.errno, NOT_WRITTEN))
    text = (QCoreApplication.translate("Messages", "%1 could not be written: %2. Choose another folder (or "
                                                   "a shorter name) and try again.")
            .replace("%1", name).replace("%2", problem))
    detail = QCoreApplication.translate("Messages", "Details: %s") % (cause.strerror or cause)
    return f"{text}\n{detail}"


def _show(parent, kind, title: str, text: str) -> QMessageBox:
    box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(box.windowModality().WindowModal)
    box.open()
    parent.last_message = box
    return box
