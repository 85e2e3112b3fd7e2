"""Font faces for shaping: one HarfBuzz face per TrueType file, its metrics and character coverage.

In: a font file path. Out: `FontFace` (HarfBuzz font at units-per-em scale, ascent/descent per
point of size, the set of characters it has glyphs for, its weight). Faces are read once per
process through `load_face`; `register_font` is only for the few places that still draw with
ReportLab's own text API (the preflight report and ReportLab's page-start font).
"""
from __future__ import annotations

import logging
import struct
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from designer.errors import DesignerError, excerpt

# fontTools warns about every shipped Open Sans file ("'created' timestamp seems very low"): the
# font's own metadata quirk, harmless and not the volunteer's business.
logging.getLogger("fontTools.ttLib.tables._h_e_a_d").setLevel(logging.ERROR)


@dataclass(frozen=True, eq=False)
class FontFace:
    """One TrueType file ready for shaping. Identity is the file path."""

    path: str
    upem: int
    ascent: float          # per point of size, the typographic ascender (what the PDF declares)
    descent: float         # per point of size, negative
    bold: bool
    charset: frozenset[int] = field(repr=False)
    hb_font: object = field(repr=False)

    @property
    def name(self) -> str:
        return Path(self.path).stem

    def covers(self, char: str) -> bool:
        return ord(char) in self.charset

    def __hash__(self) -> int:
        return hash(self.path)

    def __eq__(self, other) -> bool:
        return isinstance(other, FontFace) and other.path == self.path


@lru_cache(maxsize=None)
def load_face(path: str) -> FontFace:
    """The face of the TrueType file at `path` (read once per process).

    Raises DesignerError naming the file when it is missing or not a usable font.
    """
    import uharfbuzz as hb
    from fontTools.ttLib import TTFont, TTLibError

    try:
        data = Path(path).read_bytes()
        os2 = TTFont(path, lazy=True, fontNumber=0)["OS/2"]
    except (OSError, TTLibError, KeyError, AssertionError, ValueError, IndexError, TypeError,
            EOFError, struct.error) as exc:
        raise DesignerError(f"not a usable TrueType font ({exc})", file=path) from None
    face = hb.Face(hb.Blob(data))
    charset = frozenset(face.unicodes)
    if not charset:
        raise DesignerError("the font has no Unicode character map", file=path)
    upem = face.upem
    font = hb.Font(face)
    font.scale = (upem, upem)
    return FontFace(str(path), upem, os2.sTypoAscender / upem, os2.sTypoDescender / upem,
                    os2.usWeightClass >= 600, charset, font)


@lru_cache(maxsize=256)
def missing_characters(faces: tuple[FontFace, ...], text: str) -> str:
    """The distinct characters of `text` (other than white space and controls) that none of
    `faces` has a glyph for, sorted."""
    codes = set(map(ord, text))
    for face in faces:
        codes -= face.charset
    return "".join(sorted(c for c in map(chr, codes) if not c.isspace() and c.isprintable()))


@lru_cache(maxsize=None)
def register_font(path: str) -> str:
    """Register a TrueType file with ReportLab (once per process); returns its font name.

    Raises DesignerError naming the file when it is missing or not a usable TrueType font.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = Path(path).stem
    try:
        pdfmetrics.registerFont(TTFont(name, path))
    except Exception as exc:  # noqa: BLE001 - ReportLab's parser fails on damaged files with
        # TTFError, struct.error, IndexError, even AttributeError: all mean "not usable"
        raise DesignerError(f"not a usable TrueType font ({excerpt(str(exc))})", file=path) from None
    return name
