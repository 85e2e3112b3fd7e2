"""Font faces for shaping: one HarfBuzz face per TrueType file, its metrics and character coverage.

In: a font file path. Out: `FontFace` (HarfBuzz font at units-per-em scale, ascent/descent per
point of size, the set of characters it has glyphs for, its weight). Faces are read once per
process through `load_face`; `register_font` is only for the few places that still draw with
ReportLab's own text API (the preflight report and ReportLab's page-start font).
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from designer.errors import DesignerError, excerpt
from designer.io.limited import read_limited, regular_file

MAX_FONT_BYTES = 64 * 2**20     # the largest font families (Noto CJK) are about 20 MB a face


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

    Raises DesignerError naming the file when it is missing, not a regular file, too large or
    not a usable font.
    """
    import uharfbuzz as hb

    data = read_limited(path, MAX_FONT_BYTES)
    try:
        face = hb.Face(hb.Blob(data))
        weight, ascender, descender = struct.unpack_from(">H", *_table(face, "OS/2", 4)) + \
            struct.unpack_from(">hh", *_table(face, "OS/2", 68))
    except (OSError, struct.error) as exc:
        raise DesignerError(f"not a usable TrueType font ({exc})", file=path) from None
    charset = frozenset(face.unicodes)
    if not charset:
        raise DesignerError("the font has no Unicode character map", file=path)
    upem = face.upem
    font = hb.Font(face)
    font.scale = (upem, upem)
    return FontFace(str(path), upem, ascender / upem, descender / upem, weight >= 600, charset, font)


def _table(face, tag: str, offset: int) -> tuple[bytes, int]:
    """(the bytes of table `tag`, offset) for struct.unpack_from; the OpenType specification fixes
    where each number is (OS/2: usWeightClass at 4, sTypoAscender/-Descender at 68; head: the
    glyph bounding box at 36). struct.error when the table is missing or short."""
    data = face.reference_table(tag).data
    if not data:
        raise struct.error(f"no {tag} table")
    return data, offset


def font_bbox(face: FontFace) -> tuple[int, int, int, int]:
    """xMin, yMin, xMax, yMax of all glyphs in font units (the head table)."""
    return struct.unpack_from(">hhhh", *_table(face.hb_font.face, "head", 36))


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

    Raises DesignerError naming the file when it is missing, not a regular file, too large or
    not a usable TrueType font.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular_file(path, MAX_FONT_BYTES)          # ReportLab reads the file whole, whatever it is
    name = Path(path).stem
    try:
        pdfmetrics.registerFont(TTFont(name, path))
    except Exception as exc:  # noqa: BLE001 - ReportLab's parser fails on damaged files with
        # TTFError, struct.error, IndexError, even AttributeError: all mean "not usable"
        raise DesignerError(f"not a usable TrueType font ({excerpt(str(exc))})", file=path) from None
    return name
