"""Errors that name the file and the field, so a volunteer knows what to fix."""
from __future__ import annotations

from pathlib import Path


class DesignerError(Exception):
    """A problem the user can act on. `str()` gives one line: `file: field: message`."""

    def __init__(self, message: str, *, file: str | Path | None = None, field: str | None = None):
        self.message = message
        self.file = str(file) if file is not None else None
        self.field = field
        super().__init__(self.located())

    def located(self) -> str:
        """One line naming the file and field path, e.g. `flyer.json: slots.photo: not found`."""
        parts = []
        if self.file:
            parts.append(Path(self.file).name)
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)


class FileFormatError(DesignerError):
    """A file could not be read or does not match its format."""


class ExportError(DesignerError):
    """An export could not be written."""
