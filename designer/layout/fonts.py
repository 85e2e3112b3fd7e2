"""Fonts by brand-kit key: TrueType files registered once, measured from their real advance widths."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from designer.errors import DesignerError, excerpt


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


@lru_cache(maxsize=200_000)
def _unit_width(font: str, text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, 1.0)


def text_width(font: str, text: str, size: float, tracking: float = 0.0) -> float:
    """Advance width in points of `text` set in `font` at `size`, with `tracking` em between letters."""
    return _unit_width(font, text) * size + tracking * size * len(text)


@lru_cache(maxsize=None)
def _charmap(font: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def missing_glyphs(font: str, text: str) -> str:
    """The distinct characters of `text` (other than white space) that `font` has no glyph for."""
    charmap = _charmap(font)
    return "".join(sorted({c for c in text if not c.isspace() and ord(c) not in charmap}))


def font_metrics(font: str) -> tuple[float, float]:
    """(ascent, descent) per point of size, descent negative."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font).face
    return face.ascent / 1000.0, face.descent / 1000.0
