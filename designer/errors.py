"""Errors that name the file and the field, so a volunteer knows what to fix."""
from __future__ import annotations

from pathlib import Path

EXCERPT_CHARS = 80          # how much of a user's value a message may echo
MAX_LINE_CHARS = 400        # an error line never grows beyond this, whatever it quotes
PREFIX_CHARS = len("designer: error: ")      # what the command line prints before `located()`


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """`repr(value)` cut to about `limit` characters, saying how long the whole value is.

    'xxxx…' (5 000 000 characters) instead of five million x's in an error line.
    """
    text = repr(value)
    if len(text) <= limit:
        return text
    if isinstance(value, (str, bytes)):
        return f"{text[:limit]}… ({len(value)} characters)"
    if isinstance(value, (list, dict, tuple)):
        return f"{text[:limit]}… ({len(value)} items)"
    return f"{text[:limit]}…"


def spaced(number: int) -> str:
    """A count as messages write it, groups of three split by spaces: 1000000 -> '1 000 000'."""
    return f"{number:,}".replace(",", " ")


def one_line(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """`text` with line breaks as spaces, cut to `limit` characters."""
    text = " ".join(text.splitlines())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class DesignerError(Exception):
    """A problem the user can act on. `str()` gives one line: `file: field: message`."""

    def __init__(self, message: str, *, file: str | Path | None = None, field: str | None = None):
        self.message = message
        self.file = str(file) if file is not None else None
        self.field = field
        super().__init__(self.located())

    def located(self) -> str:
        """One line naming the file and field path, e.g. `flyer.json: slots.photo: not found`;
        short enough that the command line's prefix still fits in MAX_LINE_CHARS."""
        parts = []
        if self.file:
            parts.append(Path(self.file).name)
        if self.field:
            parts.append(one_line(self.field, EXCERPT_CHARS))
        parts.append(self.message)
        return one_line(": ".join(parts), MAX_LINE_CHARS - PREFIX_CHARS)


class FileFormatError(DesignerError):
    """A file could not be read or does not match its format."""


class ExportError(DesignerError):
    """An export could not be written."""
