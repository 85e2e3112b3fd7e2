"""Vector items: rules, the brand logo scaled into a frame, and QR codes as filled module paths."""
from __future__ import annotations

from designer.layout.frames import Path
from designer.model.brand import Logo
from designer.model.color import Color
from designer.units import Rect

KAPPA = 0.5522847498   # control point distance for a quarter circle of radius 1
QR_QUIET_MODULES = 4


def stroke_path(frame_id: str, ops, color: Color, width: float) -> Path:
    return Path(frame_id, tuple(ops), None, color, width)


def circle_ops(cx: float, cy: float, r: float) -> tuple:
    """A circle as four cubic Bézier curves."""
    k = KAPPA * r
    return (("M", cx + r, cy),
            ("C", cx + r, cy + k, cx + k, cy + r, cx, cy + r),
            ("C", cx - k, cy + r, cx - r, cy + k, cx - r, cy),
            ("C", cx - r, cy - k, cx - k, cy - r, cx, cy - r),
            ("C", cx + k, cy - r, cx + r, cy - k, cx + r, cy),
            ("Z",))


def rect_ops(x: float, y: float, w: float, h: float) -> tuple:
    return (("M", x, y), ("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h), ("Z",))


def logo_paths(frame_id: str, logo: Logo, frame: Rect, palette: dict[str, Color]) -> list[Path]:
    """The logo scaled to fit `frame` (kept in proportion, centred)."""
    scale = min(frame.w / logo.width, frame.h / logo.height)
    ox = frame.x + (frame.w - logo.width * scale) / 2
    oy = frame.y + (frame.h - logo.height * scale) / 2
    point = lambda x, y: (ox + x * scale, oy + y * scale)  # noqa: E731
    items = []
    for shape in logo.shapes:
        if shape.kind == "circle":
            cx, cy = point(*shape.circle[:2])
            ops = circle_ops(cx, cy, shape.circle[2] * scale)
        elif shape.kind == "rect":
            x, y = point(*shape.rect[:2])
            ops = rect_ops(x, y, shape.rect[2] * scale, shape.rect[3] * scale)
        else:
            ops = tuple(_scale_op(op, point) for op in shape.path)
        items.append(Path(frame_id, ops, palette[shape.fill]))
    return items


def _scale_op(op, point):
    name, *numbers = op
    coords = []
    for i in range(0, len(numbers), 2):
        coords.extend(point(numbers[i], numbers[i + 1]))
    return (name, *coords)


def qr_path(frame_id: str, payload: str, frame: Rect, color: Color):
    """A QR code filling the largest square in `frame` (quiet zone included).

    Returns (Path, module size in points), or a string saying why no code could be made.
    """
    import segno

    if not payload or not payload.strip():
        return "ingen adress"
    try:
        code = segno.make(payload.strip(), error="m", micro=False)
    except (segno.DataOverflowError, ValueError) as exc:
        return str(exc)
    matrix = code.matrix
    count = len(matrix) + 2 * QR_QUIET_MODULES
    side = min(frame.w, frame.h)
    module = side / count
    ox = frame.x + (frame.w - side) / 2 + QR_QUIET_MODULES * module
    oy = frame.y + (frame.h - side) / 2 + QR_QUIET_MODULES * module
    ops: list = []
    for row_index, row in enumerate(matrix):
        start = None
        for col_index, value in enumerate(list(row) + [0]):
            if value and start is None:
                start = col_index
            elif not value and start is not None:
                ops.extend(rect_ops(ox + start * module, oy + row_index * module,
                                    (col_index - start) * module, module))
                start = None
    return Path(frame_id, tuple(ops), color), module
