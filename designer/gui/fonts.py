"""Brand-kit fonts for Qt: the exact TTF files the PDF embeds, as QRawFonts keyed by file path.

In: font file paths (BrandKit.fonts; TextRun.font). Out: `raw_font(path, size)` for the painter.
Qt's font matching (QFont family + style) would pick a system-installed Open Sans or Lato of a
different version, so the painter draws glyphs from the brand files themselves.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

_FILES: dict[str, str] = {}          # file stem -> TTF path added to QFontDatabase
_RAW: dict[tuple[str, float], QRawFont] = {}


def register_brand_fonts(font_files) -> None:
    """Register each TTF with QFontDatabase (for UI use) and remember it for the painter."""
    for path in font_files:
        path = str(path)
        name = Path(path).stem
        if name in _FILES:
            continue
        QFontDatabase.addApplicationFont(path)
        _FILES[name] = path


def raw_font(path: str, size: float) -> QRawFont | None:
    """The font file `path` at pixel size `size` (page units), hinting off; None if unreadable."""
    key = (path, size)
    font = _RAW.get(key)
    if font is None:
        font = QRawFont(path, size, QFont.HintingPreference.PreferNoHinting)
        if not font.isValid():
            return None
        _RAW[key] = font
    return font
