"""Units and rectangles. Internally everything is in PostScript points (1/72 inch)."""
from __future__ import annotations

from dataclasses import dataclass

MM = 72.0 / 25.4  # points per millimetre


def mm(value: float) -> float:
    """Millimetres -> points."""
    return value * MM


def to_mm(points: float) -> float:
    """Points -> millimetres."""
    return points / MM


@dataclass(frozen=True)
class Rect:
    """Axis-aligned rectangle in points, origin at the top-left of the trim box, y pointing down."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def inset(self, d: float) -> "Rect":
        return Rect(self.x + d, self.y + d, self.w - 2 * d, self.h - 2 * d)

    def contains(self, other: "Rect", tol: float = 0.01) -> bool:
        return (other.x >= self.x - tol and other.y >= self.y - tol
                and other.right <= self.right + tol and other.bottom <= self.bottom + tol)
