"""The page canvas: a QGraphicsView on a grey pasteboard showing every laid-out page as printed
(see pasteboard.py for where pages sit), with page labels, frame selection, move/resize with
snapping, lock and warning markers, zoom (centred, with scroll bars) and pan, and drops of
manifesto content. Photos crop like in Canva/InDesign: dragging inside a photo moves the picture in
its frame (the frame moves by its border or handles), double-click enters crop mode (the whole
picture, dimmed outside the frame; the wheel zooms it; Esc or Enter leaves). Frames stop at the
bleed edge.

In: a Session (layout + document). Out: signals `frameSelected(id)`, `editRequested(id)`,
`contentDropped(payload, frame_id)`; geometry edits go straight to `session.apply`. Frame rects
are page points; `scene_rect(frame_id)` places one on the pasteboard.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView

from designer.crop import pan_focus, zoom_step
from designer.gui.painter import qrect
from designer.layout.frames import PlacedImage
from designer.gui.pasteboard import PageItem, cosmetic_pen, page_offsets
from designer.gui.snapping import guides_for, snap_move, snap_resize
from designer.locks import locks_of
from designer.units import Rect

MIME = "application/x-designer-manifesto"
PASTEBOARD = QColor("#e6e6e9")
ACCENT = QColor("#2f6fed")
ERROR = QColor("#d92d20")
WARNING = QColor("#f5a524")
LABEL = QColor("#5b5b66")
HANDLE_PX = 8
BORDER_PX = 7           # a press this close to a photo frame's edge moves the frame, not the picture
CROP_DIM = 0.35         # opacity of the picture outside its frame in crop mode
SNAP_PX = 6
MIN_ZOOM, MAX_ZOOM = 0.05, 32.0


class _Drag:
    """One move or resize in progress (rects in points)."""

    def __init__(self, frame_id, edges, start_scene: QPointF, start_rect: Rect, before_layout, placed=None):
        self.frame_id, self.edges, self.placed = frame_id, edges, placed
        self.start, self.rect, self.before = start_scene, start_rect, before_layout
        self.moved = False
        self.lines: list[tuple[str, float]] = []


class Canvas(QGraphicsView):
    """The pages view. Selection, drags and zoom live here; the page items only paint."""

    frameSelected = Signal(object)         # frame id or None
    editRequested = Signal(str)
    contentDropped = Signal(dict, object)  # payload, frame id under the cursor (or None)
    zoomChanged = Signal(float)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.show_bleed = self.show_trim = self.show_safe = True
        self.selected: str | None = None
        self.marks: dict[str, str] = {}        # frame id -> "error" / "warning" (preflight)
        self.hovered: str | None = None
        self._drag: _Drag | None = None
        self._pan: QPointF | None = None
        self.crop_frame: str | None = None     # the photo frame in crop mode
        self._page_sizes: tuple | None = None
        self._pictures: dict[str, QImage] = {}
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(PASTEBOARD)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAcceptDrops(True)
        self.page_items: list[PageItem] = []
        self.offsets: list[QPointF] = []
        session.changed.connect(self._layout_changed)
        self._layout_changed()

    # -- state -------------------------------------------------------------------------------
    def _layout_changed(self):
        pages = self.session.document.pages
        if len(pages) != len(self.page_items):
            for item in self.page_items:
                self.scene().removeItem(item)
            self.page_items = [PageItem(self.session, self, page) for page in pages]
            for item in self.page_items:
                self.scene().addItem(item)
        self.offsets = page_offsets(pages)
        for item, page, offset in zip(self.page_items, pages, self.offsets):
            item.show(page)
            item.setPos(offset)
        area = self.pages_rect()
        margin = max(area.width(), area.height()) * 0.25
        self.scene().setSceneRect(area.adjusted(-margin, -margin, margin, margin))
        if self.selected and self.session.page_of(self.selected) is None:
            self.select(None)
        if self.crop_frame and self.placed_image(self.crop_frame) is None:
            self.crop_frame = None
        sizes = tuple((page.width, page.height) for page in pages)
        if self._page_sizes is not None and sizes != self._page_sizes:
            QTimer.singleShot(0, self.zoom_fit)     # another format (also by undo/redo): show it all
        self._page_sizes = sizes
        self.viewport().update()

    def pages_rect(self, index: int | None = None) -> QRectF:
        """Scene rectangle of one page's bleed area, or of all pages (index None)."""
        pages = self.session.document.pages
        indices = range(len(pages)) if index is None else [index]
        area = QRectF()
        for i in indices:
            area = area.united(qrect(pages[i].bleed_rect).translated(self.offsets[i]))
        return area

    def scene_rect(self, frame_id: str) -> QRectF | None:
        """The frame's rectangle on the pasteboard (scene points), None for an unknown frame."""
        index = self.session.page_of(frame_id)
        if index is None:
            return None
        return qrect(self.session.frame_rect(frame_id)).translated(self.offsets[index])

    def select(self, frame_id: str | None) -> None:
        """Select a frame (None clears); emits frameSelected."""
        if frame_id != self.selected:
            self.selected = frame_id
            self.viewport().update()
            self.frameSelected.emit(frame_id)

    def set_marks(self, marks: dict[str, str]) -> None:
        """Warning markers to draw: frame id -> worst severity ("error" or "warning")."""
        self.marks = marks
        self.viewport().update()

    def set_guides(self, bleed: bool | None = None, trim: bool | None = None, safe: bool | None = None):
        for name, value in (("show_bleed", bleed), ("show_trim", trim), ("show_safe", safe)):
            if value is not None:
                setattr(self, name, value)
        for item in self.page_items:
            item.update()

    # -- zoom --------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        """Screen pixels per point relative to real size (1.0 = 100 %)."""
        return self.transform().m11() / self._real_size()

    def _real_size(self) -> float:
        return self.logicalDpiX() / 72.0

    def set_zoom(self, zoom: float, under_mouse: bool = False) -> None:
        """Zoom keeping the view's centre (or, for the wheel, the point under the mouse) in place."""
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        anchor = QGraphicsView.ViewportAnchor.AnchorUnderMouse if under_mouse \
            else QGraphicsView.ViewportAnchor.AnchorViewCenter
        self.setTransformationAnchor(anchor)
        factor = zoom * self._real_size() / self.transform().m11()
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoomChanged.emit(zoom)

    def zoom_fit(self, index: int | None = None) -> None:
        """Fit all pages (or page `index`) into the view, with room for the page labels."""
        area = self.pages_rect(index)
        view = self.viewport().rect()
        if area.width() <= 0 or view.width() <= 64:
            return
        factor = min((view.width() - 32) / area.width(), (view.height() - 64) / area.height())
        self.set_zoom(factor / self._real_size())
        self.centerOn(area.center() - QPointF(0, 12 / factor))

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom * factor)

    def wheelEvent(self, event):
        if self.crop_frame is not None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.crop_wheel(event.angleDelta().y())
            event.accept()
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * 1.0015 ** event.angleDelta().y(), under_mouse=True)
            event.accept()
        else:
            super().wheelEvent(event)

    # -- hit testing ---------------------------------------------------------------------------
    def frame_at(self, scene_pos: QPointF) -> str | None:
        """The topmost visible frame under a scene point, on whichever page it lies."""
        for page, offset in zip(self.session.document.pages, self.offsets):
            local = scene_pos - offset
            for frame_id, rect in reversed(list(page.frame_rects.items())):
                if qrect(rect).contains(local):
                    return frame_id
        return None

    def _handle_at(self, view_pos) -> str | None:
        """Which resize handle ("tl", "r", …) of the selected frame is under a viewport point."""
        if not self.selected or not self._resizable(self.selected):
            return None
        rect = self.scene_rect(self.selected)
        for edges, point in _handle_points(rect).items():
            p = self.mapFromScene(point)
            if abs(p.x() - view_pos.x()) <= HANDLE_PX and abs(p.y() - view_pos.y()) <= HANDLE_PX:
                return edges
        return None

    def placed_image(self, frame_id: str) -> PlacedImage | None:
        """The laid-out picture of a photo frame (None: not an image frame or no picture)."""
        index = self.session.page_of(frame_id)
        if index is None or index >= len(self.session.document.pages):
            return None
        return next((item for item in self.session.document.pages[index].items
                     if isinstance(item, PlacedImage) and item.frame_id == frame_id), None)

    def _croppable(self, frame_id) -> bool:
        spec = self.session.frame(frame_id)
        return (spec is not None and spec.type == "image" and "content" not in spec.locked
                and self.placed_image(frame_id) is not None)

    def _inside_picture(self, frame_id, view_pos) -> bool:
        """True when `view_pos` is inside a croppable photo frame, away from its border."""
        if not self._croppable(frame_id):
            return False
        if self.crop_frame == frame_id:
            return True
        inner = self.mapFromScene(self.scene_rect(frame_id)).boundingRect().adjusted(
            BORDER_PX, BORDER_PX, -BORDER_PX, -BORDER_PX)
        return inner.contains(view_pos)

    def _movable(self, frame_id) -> bool:
        spec = self.session.frame(frame_id)
        return spec is not None and "position" not in locks_of(spec)

    def _resizable(self, frame_id) -> bool:
        spec = self.session.frame(frame_id)
        return spec is not None and "size" not in locks_of(spec)

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
        if handle and self.crop_frame is None:
            self._start_drag(self.selected, handle, scene)
            return
        frame_id = self.frame_at(scene)
        if self.crop_frame is not None and frame_id != self.crop_frame:
            self.end_crop()
        if frame_id is not None and self._inside_picture(frame_id, pos):
            self.select(frame_id)
            self._drag = _Drag(frame_id, "picture", scene, self.session.frame_rect(frame_id),
                               self.session.layout, self.placed_image(frame_id).rect)
            return
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
        if handle and self.crop_frame is None:
            cursor = _HANDLE_CURSORS[handle]
        elif frame_id and self._inside_picture(frame_id, pos):
            cursor = Qt.CursorShape.OpenHandCursor
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
        if drag.edges == "picture":
            focus = pan_focus(drag.placed, r, dx, dy)
            self.session.set_layout(drag.before.with_slot(drag.frame_id, focus=focus))
            return
        page = self.session.document.pages[self.session.page_of(drag.frame_id)]
        others = [rect for fid, rect in page.frame_rects.items()
                  if fid != drag.frame_id and not _covers_page(rect, page)]
        xs, ys = guides_for(page.width, page.height, self.session.document.safe, others)
        distance = SNAP_PX / self.transform().m11()
        if modifiers & Qt.KeyboardModifier.AltModifier:
            distance = 0.0
        if not drag.edges:
            rect, drag.lines = snap_move(Rect(r.x + dx, r.y + dy, r.w, r.h), xs, ys, distance)
            rect = _within_bleed(rect, page)
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
            text = {"": self.tr("Move frame"), "picture": self.tr("Move the picture in its frame")}.get(
                drag.edges, self.tr("Resize frame"))
            self.session.apply(self.session.layout, text, before=drag.before)
            self.viewport().update()

    def mouseDoubleClickEvent(self, event):
        frame_id = self.frame_at(self.mapToScene(event.position().toPoint()))
        spec = self.session.frame(frame_id) if frame_id else None
        if spec is not None and spec.type == "text" and "content" not in spec.locked:
            self.select(frame_id)
            self.editRequested.emit(frame_id)
        elif frame_id is not None and self._croppable(frame_id):
            self.select(frame_id)
            self.start_crop(frame_id)

    # -- crop mode -----------------------------------------------------------------------------
    def start_crop(self, frame_id: str) -> None:
        """Crop mode for a photo frame: the whole picture shows, dimmed outside the frame."""
        self.crop_frame = frame_id
        self.viewport().update()

    def end_crop(self) -> None:
        self.crop_frame = None
        self.viewport().update()

    def crop_wheel(self, delta: int) -> None:
        """Zoom the picture in crop mode by wheel `delta` (120 = one notch); one undo step per frame."""
        frame_id = self.crop_frame
        if frame_id is None:
            return
        zoom = zoom_step(self.session.layout.slot(frame_id).zoom, delta / 120)
        self.session.apply(self.session.layout.with_slot(frame_id, zoom=zoom), self.tr("Zoom the picture"),
                           merge_key=("crop-zoom", frame_id))

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
        if self.crop_frame is not None and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.end_crop()
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
    def drawBackground(self, painter: QPainter, rect: QRectF):
        """The pasteboard and, above each page, its label ("Framsida", "Sida 2" …)."""
        super().drawBackground(painter, rect)
        pages = self.session.document.pages
        if len(pages) < 2:
            return
        current = self.session.page_of(self.selected) if self.selected else None
        scale = self.transform().m11()
        font = painter.font()
        font.setPixelSize(12)
        for page, offset in zip(pages, self.offsets):
            font.setBold(page.index == current)
            painter.save()
            painter.translate(offset + QPointF(-page.bleed, -page.bleed - self._px(8)))
            painter.scale(1 / scale, 1 / scale)
            painter.setFont(font)
            painter.setPen(ACCENT if page.index == current else LABEL)
            painter.drawText(QPointF(0, 0), page.name)
            painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF):
        for page, offset in zip(self.session.document.pages, self.offsets):
            painter.save()
            painter.translate(offset)
            self._crop_overlay(painter, page)
            self._page_overlay(painter, page)
            painter.restore()

    def _picture(self, source: str) -> QImage:
        """The picture file for the crop overlay, reduced for the screen and kept per file."""
        if source not in self._pictures:
            image = QImage(source)
            if not image.isNull() and max(image.width(), image.height()) > 1600:
                image = image.scaled(1600, 1600, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
            self._pictures = {source: image}
        return self._pictures[source]

    def _crop_overlay(self, painter: QPainter, page) -> None:
        """In crop mode: the part of the picture outside its frame, dimmed, with its outline."""
        if self.crop_frame is None or self.crop_frame not in page.frame_rects:
            return
        placed = self.placed_image(self.crop_frame)
        if placed is None:
            return
        frame, whole = qrect(page.frame_rects[self.crop_frame]), qrect(placed.rect)
        outside = QPainterPath()
        outside.addRect(whole)
        inner = QPainterPath()
        inner.addRect(frame)
        painter.save()
        painter.setClipPath(outside.subtracted(inner))
        painter.setOpacity(CROP_DIM)
        painter.drawImage(whole, self._picture(placed.source))
        painter.restore()
        painter.setPen(cosmetic_pen(ACCENT, Qt.PenStyle.DashLine, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(whole)

    def _page_overlay(self, painter: QPainter, page):
        """Warning markers, hover, selection with handles and snap lines of one page (page points)."""
        for frame_id, severity in self.marks.items():
            if frame_id in page.frame_rects:
                self._warning_marker(painter, page.frame_rects[frame_id], severity)
        if self.hovered and self.hovered != self.selected and self.hovered in page.frame_rects:
            painter.setPen(cosmetic_pen(QColor(47, 111, 237, 150), width=1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(qrect(page.frame_rects[self.hovered]))
            self._lock_marker(painter, self.hovered, page.frame_rects[self.hovered])
        if self.selected and self.selected in page.frame_rects:
            r = page.frame_rects[self.selected]
            painter.setPen(cosmetic_pen(ACCENT, width=1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(qrect(r))
            if self._resizable(self.selected) and self.crop_frame != self.selected:
                self._handles(painter, r)
            self._lock_marker(painter, self.selected, r)
        if self._drag is not None and self._drag.moved and self._drag.frame_id in page.frame_rects:
            painter.setPen(cosmetic_pen(QColor("#ff2d87"), width=1.0))
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
        painter.setPen(cosmetic_pen(ACCENT, width=1.2))
        painter.setBrush(Qt.GlobalColor.white)
        for point in _handle_points(qrect(r)).values():
            painter.drawRect(QRectF(point.x() - size / 2, point.y() - size / 2, size, size))

    def _lock_marker(self, painter: QPainter, frame_id: str, r: Rect):
        spec = self.session.frame(frame_id)
        if spec is None or not {"position", "size"} <= locks_of(spec):
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
        painter.setPen(cosmetic_pen(Qt.GlobalColor.white, width=max(1.0, s * self.transform().m11() * 0.09)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(shackle)

    def _warning_marker(self, painter: QPainter, r: Rect, severity: str):
        color = ERROR if severity == "error" else WARNING
        painter.setPen(cosmetic_pen(color, Qt.PenStyle.DashLine, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(qrect(r))
        s = self._px(18)
        badge = QRectF(r.right - s * 0.6, r.y - s * 0.4, s, s)
        painter.setPen(cosmetic_pen(Qt.GlobalColor.white, width=1.5))
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


def _handle_points(r: QRectF) -> dict[str, QPointF]:
    c = r.center()
    return {"tl": r.topLeft(), "t": QPointF(c.x(), r.top()), "tr": r.topRight(),
            "r": QPointF(r.right(), c.y()), "br": r.bottomRight(), "b": QPointF(c.x(), r.bottom()),
            "bl": r.bottomLeft(), "l": QPointF(r.left(), c.y())}


def _within_bleed(rect: Rect, page) -> Rect:
    """`rect` moved back inside the page's bleed box (a frame never slides off the page)."""
    left, top = -page.bleed, -page.bleed
    right, bottom = page.width + page.bleed, page.height + page.bleed
    x = rect.x if rect.w > right - left else min(max(rect.x, left), right - rect.w)
    y = rect.y if rect.h > bottom - top else min(max(rect.y, top), bottom - rect.h)
    return Rect(x, y, rect.w, rect.h)


def _covers_page(rect: Rect, page) -> bool:
    return rect.w >= page.width - 1 and rect.h >= page.height - 1


def _with_rect(layout, frame_id: str, rect: Rect, unit: float):
    """`layout` with the frame's rect override set (template units, 0.1 precision)."""
    values = tuple(round(v / unit, 1) for v in (rect.x, rect.y, rect.w, rect.h))
    return layout.with_slot(frame_id, rect_mm=values)
