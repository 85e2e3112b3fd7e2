"""Character clean-up shared by all importers: layout artefacts out, the words untouched."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from designer.errors import FileFormatError, spaced

_LIGATURES = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"  # ff fi fl ffi ffl ſt st
_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width characters, BOM
SOFT_HYPHEN = "\u00ad"
# A soft hyphen inside a line is invisible; one at a line end marks where a word was broken.
_INNER_SOFT_HYPHEN = re.compile("\u00ad+(?![ \t\u00a0]*(?:[\n\r\f\u2028\u2029\v]|$))")
_TABLE = {ord(c): unicodedata.normalize("NFKC", c) for c in _LIGATURES}
_TABLE.update({ord(c): " " for c in _SPACES})
_TABLE.update({ord(c): None for c in _INVISIBLE})
_TABLE.update({ord("\u2028"): "\n", ord("\u2029"): "\n", ord("\v"): "\n"})
# C0 and C1 controls (NUL, BEL, ESC, DEL, U+0080-U+009F) are removed; tab, line ends and the
# form feed (a page break in copied text) stay.
_TABLE.update({code: None for code in (*range(0x20), *range(0x7f, 0xa0)) if chr(code) not in "\t\n\r\f\v"})
_RUN_OF_SPACES = re.compile(r"[ \t]+")


def normalise_chars(text: str) -> str:
    """Line ends to '\\n', ligatures spelled out, odd spaces to ' ', control characters other
    than tab, line ends and form feed removed, soft hyphens removed except at a line end (where
    hyphenation.join_lines joins the word)."""
    text = _INNER_SOFT_HYPHEN.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_TABLE)


def squash_spaces(text: str) -> str:
    """Runs of spaces and tabs become one space; ends trimmed."""
    return _RUN_OF_SPACES.sub(" ", text).strip()


MAX_TEXT_CHARS = 1_000_000  # a 100-page programme holds about 300 000 characters (PDF: the same)


class TextBudget:
    """Counts the characters an import reads and refuses the file past MAX_TEXT_CHARS, so a
    huge file costs seconds and a few hundred MB at most."""

    def __init__(self, path: str | Path) -> None:
        self.path = path
        self.left = MAX_TEXT_CHARS

    def spend(self, text: str) -> str:
        """`text`, counted; FileFormatError naming the file once the budget is spent."""
        self.left -= len(text)
        if self.left < 0:
            raise FileFormatError(f"the file holds more than {spaced(MAX_TEXT_CHARS)} characters of text; a programme "
                                  "is much shorter (about 3 000 characters a page), is this the "
                                  "right file?", file=self.path)
        return text
