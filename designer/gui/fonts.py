"""Brand-kit fonts for Qt: the exact TTF files the PDF embeds, as QRawFonts keyed by ReportLab name.

In: font file paths (BrandKit.fonts). Out: `raw_font(name, size)` for the painter.
Qt's font matching (QFont family + style) would pick a system-installed Open Sans or Lato of a
different version, so the painter draws glyphs from the brand files themselves.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

_FILES: dict[str, str] = {}          # ReportLab font name (file stem) -> TTF path
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


def raw_font(name: str, size: float) -> QRawFont | None:
    """The brand font `name` at pixel size `size` (page units), hinting off; None if unknown."""
    key = (name, size)
    font = _RAW.get(key)
    if font is None:
        path = _FILES.get(name)
        if path is None:
            return None
        font = QRawFont(path, size, QFont.HintingPreference.PreferNoHinting)
        _RAW[key] = font
    return font
