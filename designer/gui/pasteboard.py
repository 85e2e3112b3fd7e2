"""Pages on the pasteboard: where each page of a Document sits in the canvas scene, and the item
that paints one page (shadow, content as printed, bleed/trim/safe guides).

In: a Document's pages. Out: scene offsets (points, the trim's top-left of each page) and one
QGraphicsItem per page placed there. Portrait pages sit two to a row (front | back, like a
spread), landscape pages one under another, with room between them for the page labels.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from designer.gui.painter import paint_page, qrect

GAP_X = 40.0        # points between the bleed edges of pages side by side
GAP_Y = 56.0        # points between rows (the next row's labels sit in this gap)
GUIDE_SAFE = QColor(230, 0, 180, 170)
GUIDE_BLEED = QColor(220, 40, 40, 200)
GUIDE_TRIM = QColor(40, 40, 40, 200)


def page_offsets(pages) -> list[QPointF]:
    """Scene position of each page's trim origin: portrait pages in rows of two, else a column."""
    if not pages:
        return []
    first = pages[0]
    columns = 2 if first.width <= first.height else 1
    step_x = first.width + 2 * first.bleed + GAP_X
    step_y = first.height + 2 * first.bleed + GAP_Y
    return [QPointF((i % columns) * step_x, (i // columns) * step_y) for i in range(len(pages))]


def cosmetic_pen(color, style=Qt.PenStyle.SolidLine, width: float = 1.0) -> QPen:
    """A pen whose width is in screen pixels whatever the zoom."""
    pen = QPen(color, width, style)
    pen.setCosmetic(True)
    return pen


class PageItem(QGraphicsItem):
    """One page at its offset: shadow, bleed area, the document's items, trim/bleed/safe guides.

    The page is handed over with `show(page)` (not looked up), so an item being removed after the
    document lost pages still knows its old geometry."""

    def __init__(self, session, view, page):
        super().__init__()
        self.session, self.view, self.page = session, view, page

    def show(self, page) -> None:
        """Paint `page` from now on (a re-laid-out version of it)."""
        self.prepareGeometryChange()
        self.page = page

    def boundingRect(self) -> QRectF:
        return qrect(self.page.bleed_rect).adjusted(-4, -4, 8, 8)

    def paint(self, painter: QPainter, option, widget=None):
        page = self.page
        area = page.bleed_rect if self.view.show_bleed else page.trim
        painter.fillRect(qrect(area).translated(1.5, 2.5), QColor(0, 0, 0, 40))
        painter.fillRect(qrect(area), Qt.GlobalColor.white)
        paint_page(painter, page, area)
        self._guides(painter, page)

    def _guides(self, painter: QPainter, page):
        """Bleed, trim and safe-area rectangles: axis-aligned hairlines, drawn without antialiasing
        (antialiased dashed cosmetic lines cost milliseconds per repaint)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.view.show_bleed and page.bleed:
            painter.setPen(cosmetic_pen(GUIDE_BLEED, Qt.PenStyle.DotLine))
            painter.drawRect(qrect(page.bleed_rect))
        if self.view.show_trim:
            painter.setPen(cosmetic_pen(GUIDE_TRIM))
            painter.drawRect(qrect(page.trim))
        if self.view.show_safe and self.session.document.safe:
            painter.setPen(cosmetic_pen(GUIDE_SAFE, Qt.PenStyle.DashLine))
            painter.drawRect(qrect(page.trim.inset(self.session.document.safe)))
