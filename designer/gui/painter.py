"""QPainter renderer: draws a layout `Page` exactly as the PDF does (same items, same positions).

In: a `designer.layout.frames.Page` and a QPainter whose coordinates are page points (origin at
the trim's top-left, y down). Out: pixels. `render_page_image` gives a QImage of the trim at a dpi
(used by the preview-is-print test and thumbnails). Nothing here measures or wraps text.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGlyphRun, QImage, QPainter, QPainterPath, QPen

from designer.gui.fonts import raw_font
from designer.layout.frames import Box, Page, Path as PathItem, PlacedImage, TextRun
from designer.model.color import Color
from designer.render.images import ImageSettings, prepared_image
from designer.units import Rect

SCREEN_IMAGES = ImageSettings(mode="RGB", max_ppi=150)


def qcolor(color: Color) -> QColor:
    """A swatch's sRGB screen value as QColor."""
    r, g, b = color.rgb
    return QColor.fromRgbF(r, g, b)


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def paint_page(painter: QPainter, page: Page, clip: Rect | None = None) -> None:
    """Draw every item of `page`, clipped to `clip` (default: the bleed area)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.setClipRect(qrect(clip or page.bleed_rect), Qt.ClipOperation.IntersectClip)
    for item in page.items:
        if isinstance(item, TextRun):
            _text(painter, item)
        elif isinstance(item, Box):
            _box(painter, item)
        elif isinstance(item, PathItem):
            _path(painter, item)
        elif isinstance(item, PlacedImage):
            _image(painter, item)
    painter.restore()


def _pen(color: Color, width: float) -> QPen:
    pen = QPen(qcolor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


_GLYPH_RUNS: dict[tuple, tuple] = {}     # (font, size, id(glyphs)) -> (glyphs, QGlyphRun)
GLYPH_RUN_CACHE = 4000


def _text(painter: QPainter, run: TextRun) -> None:
    """The run's shaped glyphs, by id, at the engine's positions (nothing is measured or mapped)."""
    glyph_run = _glyph_run(run)
    if glyph_run is not None:
        painter.setPen(qcolor(run.color))
        painter.drawGlyphRun(QPointF(run.x, run.y), glyph_run)


def _glyph_run(run: TextRun) -> QGlyphRun | None:
    """The QGlyphRun of a run's glyphs, reused while the engine hands out the same glyph tuple
    (it caches placed lines, so unchanged lines cost nothing on a repaint)."""
    key = (run.font, run.size, id(run.glyphs))
    cached = _GLYPH_RUNS.get(key)
    if cached is not None and cached[0] is run.glyphs:
        return cached[1]
    font = raw_font(run.font, run.size)
    if font is None or not run.glyphs:
        return None
    glyph_run = QGlyphRun()
    glyph_run.setRawFont(font)
    glyph_run.setGlyphIndexes([glyph.id for glyph in run.glyphs])
    glyph_run.setPositions([QPointF(glyph.x, glyph.y) for glyph in run.glyphs])
    if len(_GLYPH_RUNS) >= GLYPH_RUN_CACHE:
        _GLYPH_RUNS.clear()
    _GLYPH_RUNS[key] = (run.glyphs, glyph_run)
    return glyph_run


def _box(painter: QPainter, box: Box) -> None:
    rect = qrect(box.rect)
    if box.fill is not None:
        painter.fillRect(rect, qcolor(box.fill))
    if box.stroke is not None and box.stroke_width > 0:
        painter.setPen(_pen(box.stroke, box.stroke_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)


def _path(painter: QPainter, item: PathItem) -> None:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for name, *n in item.ops:
        if name == "M":
            path.moveTo(n[0], n[1])
        elif name == "L":
            path.lineTo(n[0], n[1])
        elif name == "C":
            path.cubicTo(n[0], n[1], n[2], n[3], n[4], n[5])
        elif name == "R":
            path.addRect(n[0], n[1], n[2], n[3])
        else:
            path.closeSubpath()
    painter.setBrush(QBrush(qcolor(item.fill)) if item.fill is not None else Qt.BrushStyle.NoBrush)
    if item.stroke is not None:
        painter.setPen(_pen(item.stroke, item.stroke_width))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPath(path)


def _image(painter: QPainter, item: PlacedImage) -> None:
    image = screen_image(item)
    if image is not None:
        painter.drawImage(qrect(item.clip), image)


def screen_image(item: PlacedImage) -> QImage | None:
    """The visible crop of a placed image in sRGB (cached by the prepared file), None if unreadable."""
    try:
        path = prepared_image(item, SCREEN_IMAGES)
    except (OSError, ValueError):
        return None
    return _load_image(path)


@lru_cache(maxsize=64)
def _load_image(path: str) -> QImage | None:
    image = QImage(path)
    return None if image.isNull() else image


def render_page_image(page: Page, dpi: float, bleed: bool = False) -> QImage:
    """The page (trim, or trim + bleed) as an RGB QImage at `dpi`, on white."""
    area = page.bleed_rect if bleed else page.trim
    scale = dpi / 72.0
    image = QImage(round(area.w * scale), round(area.h * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(-area.x, -area.y)
    paint_page(painter, page, area)
    painter.end()
    return image
