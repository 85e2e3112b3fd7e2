"""The page canvas: a QGraphicsView on a grey pasteboard showing the laid-out page as printed,
with bleed/trim/safe guides, frame selection, move/resize with snapping, lock and warning markers,
zoom and pan, and drops of manifesto content.

In: a Session (layout + document). Out: signals `frameSelected(id)`, `editRequested(id)`,
`contentDropped(payload, frame_id)`; geometry edits go straight to `session.apply`.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsScene, QGraphicsView

from designer.gui.painter import paint_page, qrect
from designer.gui.snapping import guides_for, snap_move, snap_resize
from designer.units import Rect

MIME = "application/x-designer-manifesto"
PASTEBOARD = QColor("#e6e6e9")
ACCENT = QColor("#2f6fed")
ERROR = QColor("#d92d20")
WARNING = QColor("#f5a524")
GUIDE_SAFE = QColor(230, 0, 180, 170)
GUIDE_BLEED = QColor(220, 40, 40, 200)
HANDLE_PX = 8
SNAP_PX = 6
MIN_ZOOM, MAX_ZOOM = 0.05, 32.0


class PageItem(QGraphicsItem):
    """The page: shadow, bleed area, the document's items, trim/bleed/safe guides."""

    def __init__(self, session, view):
        super().__init__()
        self.session, self.view = session, view

    def boundingRect(self) -> QRectF:
        page = self.session.document.pages[0]
        return qrect(page.bleed_rect).adjusted(-4, -4, 8, 8)

    def paint(self, painter: QPainter, option, widget=None):
        page = self.session.document.pages[0]
        area = page.bleed_rect if self.view.show_bleed else page.trim
        shadow = qrect(area).translated(1.5, 2.5)
        painter.fillRect(shadow, QColor(0, 0, 0, 40))
        painter.fillRect(qrect(area), Qt.GlobalColor.white)
        paint_page(painter, page, area)
        self._guides(painter, page)

    def _guides(self, painter: QPainter, page):
        cosmetic = lambda color, style: _cosmetic_pen(color, style)  # noqa: E731
        if self.view.show_bleed and page.bleed:
            painter.setPen(cosmetic(GUIDE_BLEED, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(qrect(page.bleed_rect))
        if self.view.show_trim:
            painter.setPen(cosmetic(QColor(40, 40, 40, 200), Qt.PenStyle.SolidLine))
            painter.drawRect(qrect(page.trim))
        if self.view.show_safe and self.session.document.safe:
            painter.setPen(cosmetic(GUIDE_SAFE, Qt.PenStyle.DashLine))
            painter.drawRect(qrect(page.trim.inset(self.session.document.safe)))


def _cosmetic_pen(color: QColor, style=Qt.PenStyle.SolidLine, width: float = 1.0) -> QPen:
    pen = QPen(color, width, style)
    pen.setCosmetic(True)
    return pen


class _Drag:
    """One move or resize in progress (rects in points)."""

    def __init__(self, frame_id, edges, start_scene: QPointF, start_rect: Rect, before_layout):
        self.frame_id, self.edges = frame_id, edges
        self.start, self.rect, self.before = start_scene, start_rect, before_layout
        self.moved = False
        self.lines: list[tuple[str, float]] = []


class Canvas(QGraphicsView):
    """The page view. Selection, drags and zoom live here; the page item only paints."""

    frameSelected = Signal(object)         # frame id or None
    editRequested = Signal(str)
    contentDropped = Signal(dict, object)  # payload, frame id under the cursor (or None)
    zoomChanged = Signal(float)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.show_bleed = self.show_trim = self.show_safe = True
        self.selected: str | None = None
        self.hovered: str | None = None
        self._drag: _Drag | None = None
        self._pan: QPointF | None = None
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(PASTEBOARD)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.page_item = PageItem(session, self)
        self.scene().addItem(self.page_item)
        session.changed.connect(self._layout_changed)
        self._layout_changed()

    # -- state -------------------------------------------------------------------------------
    def _layout_changed(self):
        page = self.session.document.pages[0]
        margin = max(page.width, page.height) * 0.25
        self.page_item.prepareGeometryChange()
        self.scene().setSceneRect(qrect(page.bleed_rect).adjusted(-margin, -margin, margin, margin))
        if self.selected and self.selected not in page.frame_rects:
            self.select(None)
        self.viewport().update()

    def select(self, frame_id: str | None) -> None:
        """Select a frame (None clears); emits frameSelected."""
        if frame_id != self.selected:
            self.selected = frame_id
            self.viewport().update()
            self.frameSelected.emit(frame_id)

    def set_guides(self, bleed: bool | None = None, trim: bool | None = None, safe: bool | None = None):
        for name, value in (("show_bleed", bleed), ("show_trim", trim), ("show_safe", safe)):
            if value is not None:
                setattr(self, name, value)
        self.page_item.update()

    # -- zoom --------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        """Screen pixels per point relative to real size (1.0 = 100 %)."""
        return self.transform().m11() / self._real_size()

    def _real_size(self) -> float:
        return self.logicalDpiX() / 72.0

    def set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.resetTransform()
        self.scale(zoom * self._real_size(), zoom * self._real_size())
        self.zoomChanged.emit(zoom)

    def zoom_fit(self) -> None:
        page = self.session.document.pages[0]
        area = qrect(page.bleed_rect).adjusted(-12, -12, 12, 12)
        view = self.viewport().rect()
        if area.width() <= 0 or view.width() <= 0:
            return
        factor = min(view.width() / area.width(), view.height() / area.height())
        self.set_zoom(factor / self._real_size())
        self.centerOn(area.center())

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom * factor)

    def wheelEvent(self, event):
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.0015 ** event.angleDelta().y())
            event.accept()
        else:
            super().wheelEvent(event)

    # -- hit testing ---------------------------------------------------------------------------
    def frame_at(self, scene_pos: QPointF) -> str | None:
        """The topmost visible frame under a scene point."""
        page = self.session.document.pages[0]
        for frame_id, rect in reversed(list(page.frame_rects.items())):
            if qrect(rect).contains(scene_pos):
                return frame_id
        return None

    def _handle_at(self, view_pos) -> str | None:
        """Which resize handle ("tl", "r", …) of the selected frame is under a viewport point."""
        if not self.selected or not self._resizable(self.selected):
            return None
        rect = self.session.frame_rect(self.selected)
        for edges, point in _handle_points(rect).items():
            p = self.mapFromScene(point)
            if abs(p.x() - view_pos.x()) <= HANDLE_PX and abs(p.y() - view_pos.y()) <= HANDLE_PX:
                return edges
        return None

    def _movable(self, frame_id) -> bool:
        spec = self.session.frame(frame_id)
        return spec is not None and "position" not in spec.locked

    def _resizable(self, frame_id) -> bool:
        spec = self.session.frame(frame_id)
        return spec is not None and "size" not in spec.locked

    # -- mouse ---------------------------------------------------------------------------------
    def mousePressEvent(self, event):
        pos = event.position().toPoint()
        scene = self.mapToScene(pos)
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        handle = self._handle_at(pos)
        if handle:
            self._start_drag(self.selected, handle, scene)
            return
        frame_id = self.frame_at(scene)
        if frame_id is None:
            self.select(None)
            self._pan = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        self.select(frame_id)
        if self._movable(frame_id):
            self._start_drag(frame_id, "", scene)

    def _start_drag(self, frame_id, edges, scene):
        self._drag = _Drag(frame_id, edges, scene, self.session.frame_rect(frame_id), self.session.layout)

    def mouseMoveEvent(self, event):
        pos = event.position().toPoint()
        if self._pan is not None:
            delta = event.position() - self._pan
            self._pan = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            return
        if self._drag is not None:
            self._drag_to(self.mapToScene(pos), event.modifiers())
            return
        self._update_hover(pos)

    def _update_hover(self, pos):
        handle = self._handle_at(pos)
        frame_id = self.frame_at(self.mapToScene(pos))
        if handle:
            cursor = _HANDLE_CURSORS[handle]
        elif frame_id and self._movable(frame_id):
            cursor = Qt.CursorShape.SizeAllCursor
        else:
            cursor = Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(cursor)
        if frame_id != self.hovered:
            self.hovered = frame_id
            self.viewport().update()

    def _drag_to(self, scene: QPointF, modifiers):
        drag = self._drag
        dx, dy = scene.x() - drag.start.x(), scene.y() - drag.start.y()
        if not drag.moved and max(abs(dx), abs(dy)) * self.transform().m11() < 3:
            return
        drag.moved = True
        r = drag.rect
        page = self.session.document.pages[0]
        others = [rect for fid, rect in page.frame_rects.items()
                  if fid != drag.frame_id and not _covers_page(rect, page)]
        xs, ys = guides_for(page.width, page.height, self.session.document.safe, others)
        distance = SNAP_PX / self.transform().m11()
        if modifiers & Qt.KeyboardModifier.AltModifier:
            distance = 0.0
        if not drag.edges:
            rect, drag.lines = snap_move(Rect(r.x + dx, r.y + dy, r.w, r.h), xs, ys, distance)
        else:
            left = r.x + dx if "l" in drag.edges else r.x
            right = r.right + dx if "r" in drag.edges else r.right
            top = r.y + dy if "t" in drag.edges else r.y
            bottom = r.bottom + dy if "b" in drag.edges else r.bottom
            wanted = Rect(min(left, right - 1), min(top, bottom - 1), abs(right - left), abs(bottom - top))
            rect, drag.lines = snap_resize(wanted, drag.edges, xs, ys, distance)
        self.session.set_layout(_with_rect(drag.before, drag.frame_id, rect, self.session.unit))

    def mouseReleaseEvent(self, event):
        if self._pan is not None:
            self._pan = None
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return
        drag, self._drag = self._drag, None
        if drag is not None and drag.moved:
            text = self.tr("Resize frame") if drag.edges else self.tr("Move frame")
            self.session.apply(self.session.layout, text, before=drag.before)
            self.viewport().update()

    def mouseDoubleClickEvent(self, event):
        frame_id = self.frame_at(self.mapToScene(event.position().toPoint()))
        spec = self.session.frame(frame_id) if frame_id else None
        if spec is not None and spec.type == "text" and "content" not in spec.locked:
            self.select(frame_id)
            self.editRequested.emit(frame_id)

    def keyPressEvent(self, event):
        step = 5.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1.0
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                 Qt.Key.Key_Up: (0, -step), Qt.Key.Key_Down: (0, step)}
        if self.selected and event.key() in moves and self._movable(self.selected):
            dx, dy = moves[event.key()]
            r = self.session.frame_rect(self.selected)
            unit = self.session.unit
            moved = Rect(r.x + dx * unit, r.y + dy * unit, r.w, r.h)
            self.session.apply(_with_rect(self.session.layout, self.selected, moved, unit),
                               self.tr("Move frame"), merge_key=("nudge", self.selected))
            return
        if event.key() == Qt.Key.Key_Escape:
            self.select(None)
            return
        super().keyPressEvent(event)

    # -- drops ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event):
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event):
        if event.mimeData().hasFormat(MIME):
            frame_id = self.frame_at(self.mapToScene(event.position().toPoint()))
            if frame_id != self.hovered:
                self.hovered = frame_id
                self.viewport().update()
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event):
        if not event.mimeData().hasFormat(MIME):
            return super().dropEvent(event)
        payload = json.loads(bytes(event.mimeData().data(MIME)).decode("utf-8"))
        frame_id = self.frame_at(self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()
        self.contentDropped.emit(payload, frame_id)

    # -- overlay -------------------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF):
        document = self.session.document
        page = document.pages[0]
        marked = {}
        for warning in document.warnings:
            marked.setdefault(warning.frame_id, []).append(warning)
        for frame_id, warnings in marked.items():
            if frame_id in page.frame_rects:
                self._warning_marker(painter, page.frame_rects[frame_id], warnings)
        if self.hovered and self.hovered != self.selected and self.hovered in page.frame_rects:
            painter.setPen(_cosmetic_pen(QColor(47, 111, 237, 150), width=1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(qrect(page.frame_rects[self.hovered]))
            self._lock_marker(painter, self.hovered, page.frame_rects[self.hovered])
        if self.selected and self.selected in page.frame_rects:
            r = page.frame_rects[self.selected]
            painter.setPen(_cosmetic_pen(ACCENT, width=1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(qrect(r))
            if self._resizable(self.selected):
                self._handles(painter, r)
            self._lock_marker(painter, self.selected, r)
        if self._drag is not None and self._drag.moved:
            painter.setPen(_cosmetic_pen(QColor("#ff2d87"), width=1.0))
            for axis, value in self._drag.lines:
                if axis == "x":
                    painter.drawLine(QPointF(value, -page.bleed), QPointF(value, page.height + page.bleed))
                else:
                    painter.drawLine(QPointF(-page.bleed, value), QPointF(page.width + page.bleed, value))

    def _px(self, pixels: float) -> float:
        """Viewport pixels -> scene points at the current zoom."""
        return pixels / self.transform().m11()

    def _handles(self, painter: QPainter, r: Rect):
        size = self._px(HANDLE_PX)
        painter.setPen(_cosmetic_pen(ACCENT, width=1.2))
        painter.setBrush(Qt.GlobalColor.white)
        for point in _handle_points(r).values():
            painter.drawRect(QRectF(point.x() - size / 2, point.y() - size / 2, size, size))

    def _lock_marker(self, painter: QPainter, frame_id: str, r: Rect):
        spec = self.session.frame(frame_id)
        if spec is None or not {"position", "size"} <= spec.locked:
            return
        s = self._px(18)
        box = QRectF(r.x + self._px(4), r.y + self._px(4), s, s)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(30, 30, 34, 210))
        painter.drawRoundedRect(box, s * 0.25, s * 0.25)
        body = QRectF(box.x() + s * 0.25, box.y() + s * 0.45, s * 0.5, s * 0.38)
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(body)
        shackle = QPainterPath()
        shackle.addRoundedRect(QRectF(box.x() + s * 0.33, box.y() + s * 0.18, s * 0.34, s * 0.4), s * 0.17, s * 0.17)
        painter.setPen(_cosmetic_pen(Qt.GlobalColor.white, width=max(1.0, s * self.transform().m11() * 0.09)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(shackle)

    def _warning_marker(self, painter: QPainter, r: Rect, warnings):
        error = any(w.severity == "error" for w in warnings)
        color = ERROR if error else WARNING
        painter.setPen(_cosmetic_pen(color, Qt.PenStyle.DashLine, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(qrect(r))
        s = self._px(18)
        badge = QRectF(r.right - s * 0.6, r.y - s * 0.4, s, s)
        painter.setPen(_cosmetic_pen(Qt.GlobalColor.white, width=1.5))
        painter.setBrush(color)
        painter.drawEllipse(badge)
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(max(1, round(s * 0.7 * self.transform().m11())))
        painter.save()
        painter.translate(badge.center())
        painter.scale(1 / self.transform().m11(), 1 / self.transform().m11())
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.white)
        side = s * self.transform().m11()
        painter.drawText(QRectF(-side / 2, -side / 2, side, side), Qt.AlignmentFlag.AlignCenter, "!")
        painter.restore()


_HANDLE_CURSORS = {
    "tl": Qt.CursorShape.SizeFDiagCursor, "br": Qt.CursorShape.SizeFDiagCursor,
    "tr": Qt.CursorShape.SizeBDiagCursor, "bl": Qt.CursorShape.SizeBDiagCursor,
    "l": Qt.CursorShape.SizeHorCursor, "r": Qt.CursorShape.SizeHorCursor,
    "t": Qt.CursorShape.SizeVerCursor, "b": Qt.CursorShape.SizeVerCursor,
}


def _handle_points(r: Rect) -> dict[str, QPointF]:
    cx, cy = r.x + r.w / 2, r.y + r.h / 2
    return {"tl": QPointF(r.x, r.y), "t": QPointF(cx, r.y), "tr": QPointF(r.right, r.y),
            "r": QPointF(r.right, cy), "br": QPointF(r.right, r.bottom), "b": QPointF(cx, r.bottom),
            "bl": QPointF(r.x, r.bottom), "l": QPointF(r.x, cy)}


def _covers_page(rect: Rect, page) -> bool:
    return rect.w >= page.width - 1 and rect.h >= page.height - 1


def _with_rect(layout, frame_id: str, rect: Rect, unit: float):
    """`layout` with the frame's rect override set (template units, 0.1 precision)."""
    values = tuple(round(v / unit, 1) for v in (rect.x, rect.y, rect.w, rect.h))
    return layout.with_slot(frame_id, rect_mm=values)
