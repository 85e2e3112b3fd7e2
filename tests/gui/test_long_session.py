"""A long editing session must not exhaust None (PySide6 6.12 on Python < 3.12 leaks one
reference per void C++ call; designer.gui pins None, see designer/gui/__init__.py)."""
from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter

import designer.gui  # noqa: F401  (applies the workaround)


def test_many_paint_calls_keep_none_alive(app):
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    for _ in range(200_000):            # far more void calls than None has references unpinned
        painter.save()
        painter.restore()
    painter.end()
    assert sys.getrefcount(None) > 1_000_000
