"""The desktop app (PySide6). The only package that imports Qt; see docs/gui.md."""
from __future__ import annotations

import sys


def _pin_singletons() -> None:
    """Work around a PySide6 6.12 bug on Python < 3.12: every call of a C++ method returning void
    releases one reference to None (measured: 1000 × QPainter.setPen -> None's refcount −1000), so
    after a few thousand paint calls the interpreter aborts with "deallocating None". From Python
    3.12 on None is immortal; on older versions we detect the leak and make None immortal by hand.
    """
    if sys.version_info >= (3, 12):
        return
    from PySide6.QtCore import QPointF

    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(100):
        point.setX(1.0)
    if sys.getrefcount(None) < before - 50:
        _make_immortal(None)
    # The same bug releases True or False somewhere in the widget code (seen as "deallocating True
    # or False" when the GUI test run ended, after 100 passing tests); they are immortal from 3.12.
    _make_immortal(True)
    _make_immortal(False)


def _make_immortal(value) -> None:
    """Add 2**40 references to a singleton, as Python 3.12 makes None, True and False immortal."""
    import ctypes

    ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


_pin_singletons()
