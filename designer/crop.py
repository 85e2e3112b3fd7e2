"""Cropping a photo inside its frame, as plain numbers (used by the canvas's drag and crop mode).

    focus = pan_focus(placed, frame, dx, dy)     # after dragging the picture by (dx, dy) points
    zoom = zoom_step(zoom, clicks)               # after turning the wheel `clicks` notches

`placed` is where the whole image lies (PlacedImage.rect), `frame` the frame's rectangle, both in
page points. The focus point is the fraction of the image kept at the frame's centre; it is clamped
to what still covers the frame, so dragging past the image's edge does nothing.
"""
from __future__ import annotations

from designer.units import Rect

MIN_ZOOM, MAX_ZOOM = 1.0, 5.0
WHEEL_STEP = 1.1


def current_focus(placed: Rect, frame: Rect) -> tuple[float, float]:
    """The focus point the engine's placement actually shows (after its clamping)."""
    return (_fraction(frame.x + frame.w / 2 - placed.x, placed.w),
            _fraction(frame.y + frame.h / 2 - placed.y, placed.h))


def pan_focus(placed: Rect, frame: Rect, dx: float, dy: float) -> tuple[float, float]:
    """The focus point after moving the picture by (dx, dy) points inside the frame."""
    fx, fy = current_focus(placed, frame)
    return (round(_clamp(fx - dx / placed.w, frame.w / 2 / placed.w), 4),
            round(_clamp(fy - dy / placed.h, frame.h / 2 / placed.h), 4))


def zoom_step(zoom: float, clicks: float) -> float:
    """The image zoom after `clicks` wheel notches (positive enlarges), within 1–5 ×."""
    return round(min(MAX_ZOOM, max(MIN_ZOOM, zoom * WHEEL_STEP ** clicks)), 3)


def _fraction(offset: float, size: float) -> float:
    return offset / size if size > 0 else 0.5


def _clamp(value: float, half: float) -> float:
    """`value` within [half, 1 - half] (the centre at 0.5 when the image is no larger than the frame)."""
    if half >= 0.5:
        return 0.5
    return min(1.0 - half, max(half, value))
