"""Snapping a frame rectangle to guides (safe area, page centre, other frames' edges and centres).

Pure geometry in points, no Qt. In: the wanted rect, which edges move, the guides, a distance.
Out: the snapped rect and the guide positions it snapped to (for drawing).
"""
from __future__ import annotations

from designer.units import Rect


def guides_for(page_w: float, page_h: float, safe: float, others: list[Rect]) -> tuple[list[float], list[float]]:
    """Vertical (x) and horizontal (y) guide positions: trim, safe area, centre lines, other frames."""
    xs = [0.0, safe, page_w - safe, page_w / 2, page_w]
    ys = [0.0, safe, page_h - safe, page_h / 2, page_h]
    for r in others:
        xs += [r.x, r.x + r.w / 2, r.right]
        ys += [r.y, r.y + r.h / 2, r.bottom]
    return xs, ys


def _best(candidates: list[float], guides: list[float], distance: float):
    """(shift, guide) of the closest candidate/guide pair within `distance`, else (0, None)."""
    best = (distance + 1, 0.0, None)
    for value in candidates:
        for guide in guides:
            gap = abs(guide - value)
            if gap < best[0]:
                best = (gap, guide - value, guide)
    return (best[1], best[2]) if best[0] <= distance else (0.0, None)


def snap_move(rect: Rect, xs, ys, distance: float) -> tuple[Rect, list[tuple[str, float]]]:
    """Shift `rect` so its left/centre/right (top/middle/bottom) lands on the nearest guide."""
    dx, gx = _best([rect.x, rect.x + rect.w / 2, rect.right], xs, distance)
    dy, gy = _best([rect.y, rect.y + rect.h / 2, rect.bottom], ys, distance)
    lines = [(axis, g) for axis, g in (("x", gx), ("y", gy)) if g is not None]
    return Rect(rect.x + dx, rect.y + dy, rect.w, rect.h), lines


def snap_resize(rect: Rect, edges: str, xs, ys, distance: float) -> tuple[Rect, list[tuple[str, float]]]:
    """Snap the moving `edges` ("l", "r", "t", "b" in any combination) of `rect` to guides."""
    left, top, right, bottom = rect.x, rect.y, rect.right, rect.bottom
    lines = []
    for edge, value, guides, axis in (("l", left, xs, "x"), ("r", right, xs, "x"),
                                      ("t", top, ys, "y"), ("b", bottom, ys, "y")):
        if edge not in edges:
            continue
        shift, guide = _best([value], guides, distance)
        if guide is None:
            continue
        lines.append((axis, guide))
        if edge == "l":
            left += shift
        elif edge == "r":
            right += shift
        elif edge == "t":
            top += shift
        else:
            bottom += shift
    return Rect(left, top, max(1.0, right - left), max(1.0, bottom - top)), lines
