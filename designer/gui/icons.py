"""Simple line icons drawn with QPainter (no image files): `icon(name)` -> QIcon.

Each icon is a few strokes on a 24×24 grid in the chrome's dark grey, like modern design tools.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

INK = QColor("#3a3a40")


def _new(p):
    p.drawPolyline([QPointF(6, 3), QPointF(14, 3), QPointF(19, 8), QPointF(19, 21), QPointF(6, 21), QPointF(6, 3)])
    p.drawLine(QPointF(12.5, 10), QPointF(12.5, 17))
    p.drawLine(QPointF(9, 13.5), QPointF(16, 13.5))


def _open(p):
    p.drawPolyline([QPointF(3, 19), QPointF(3, 5), QPointF(9, 5), QPointF(11, 7), QPointF(19, 7), QPointF(19, 10)])
    p.drawPolyline([QPointF(3, 19), QPointF(6, 10), QPointF(22, 10), QPointF(19, 19), QPointF(3, 19)])


def _save(p):
    p.drawRoundedRect(QRectF(4, 4, 16, 16), 2, 2)
    p.drawRect(QRectF(8, 4, 8, 5))
    p.drawRect(QRectF(7, 13, 10, 7))


def _export(p):
    p.drawPolyline([QPointF(8, 9), QPointF(5, 9), QPointF(5, 20), QPointF(19, 20), QPointF(19, 9), QPointF(16, 9)])
    p.drawLine(QPointF(12, 3), QPointF(12, 14))
    p.drawPolyline([QPointF(8.5, 6.5), QPointF(12, 3), QPointF(15.5, 6.5)])


def _undo(p):
    path = QPainterPath(QPointF(8, 14))
    path.cubicTo(QPointF(9, 8), QPointF(18, 7), QPointF(20, 15))
    p.drawPath(path)
    p.drawPolyline([QPointF(4, 9), QPointF(8, 14), QPointF(12, 10)])


def _redo(p):
    p.translate(24, 0)
    p.scale(-1, 1)
    _undo(p)


def _zoom(p, plus: bool):
    p.drawEllipse(QRectF(4, 4, 12, 12))
    p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20))
    p.drawLine(QPointF(7, 10), QPointF(13, 10))
    if plus:
        p.drawLine(QPointF(10, 7), QPointF(10, 13))


def _fit(p):
    for a, b, c in (((4, 9), (4, 4), (9, 4)), ((15, 4), (20, 4), (20, 9)),
                    ((20, 15), (20, 20), (15, 20)), ((9, 20), (4, 20), (4, 15))):
        p.drawPolyline([QPointF(*a), QPointF(*b), QPointF(*c)])
    p.drawRect(QRectF(8, 8, 8, 8))


def _actual(p):
    p.drawRect(QRectF(4, 4, 16, 16))
    p.drawLine(QPointF(9, 9), QPointF(9, 16))
    p.drawLine(QPointF(14, 9), QPointF(14, 16))


def _guides(p):
    p.drawRect(QRectF(3, 3, 18, 18))
    p.setPen(QPen(QColor("#d0309a"), 1.5, Qt.PenStyle.DashLine))
    p.drawRect(QRectF(7, 7, 10, 10))


def _gallery(p):
    for x in (4, 13):
        for y in (4, 13):
            p.drawRoundedRect(QRectF(x, y, 7, 7), 1.5, 1.5)


def _place(p):
    p.drawRect(QRectF(9, 4, 11, 16))
    p.drawLine(QPointF(3, 12), QPointF(13, 12))
    p.drawPolyline([QPointF(10, 9), QPointF(13, 12), QPointF(10, 15)])


def _alert(p, color: str):
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    p.drawEllipse(QRectF(3, 3, 18, 18))
    p.setPen(QPen(QColor("white"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(12, 7.5), QPointF(12, 13))
    p.drawPoint(QPointF(12, 16.5))


def _info(p):
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#2f6fed"))
    p.drawEllipse(QRectF(3, 3, 18, 18))
    p.setPen(QPen(QColor("white"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawPoint(QPointF(12, 7.5))
    p.drawLine(QPointF(12, 11), QPointF(12, 16.5))


def _ok(p):
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f9d55"))
    p.drawEllipse(QRectF(3, 3, 18, 18))
    p.setPen(QPen(QColor("white"), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawPolyline([QPointF(8, 12.5), QPointF(11, 15.5), QPointF(16.5, 9)])


def _print(p):
    p.drawPolyline([QPointF(7, 9), QPointF(7, 3), QPointF(17, 3), QPointF(17, 9)])
    p.drawRoundedRect(QRectF(3, 9, 18, 8), 2, 2)
    p.drawRect(QRectF(7, 14, 10, 7))


def _social(p):
    p.drawRoundedRect(QRectF(7, 2.5, 10, 19), 2, 2)
    p.drawLine(QPointF(11, 18.5), QPointF(13, 18.5))
    p.drawRect(QRectF(9, 6, 6, 6))


_ICONS = {
    "start": _new, "print": _print, "social": _social,
    "new": _new, "open": _open, "save": _save, "export": _export, "undo": _undo, "redo": _redo,
    "zoom-in": lambda p: _zoom(p, True), "zoom-out": lambda p: _zoom(p, False), "fit": _fit,
    "actual": _actual, "guides": _guides, "gallery": _gallery, "place": _place,
    "error": lambda p: _alert(p, "#d92d20"), "warning": lambda p: _alert(p, "#f5a524"), "info": _info,
    "ok": _ok,
}


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The named icon (see _ICONS), drawn at 1× and 2× for sharp toolbars."""
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(24 * scale, 24 * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(INK, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        _ICONS[name](painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
