"""Vector items: rules, ellipses, the brand logo scaled into a frame, QR codes as filled module paths."""
from __future__ import annotations

import re
from functools import lru_cache

from designer.layout.frames import Path
from designer.model.brand import Logo
from designer.model.color import BLACK, Color
from designer.units import Rect, mm

KAPPA = 0.5522847498   # control point distance for a quarter circle of radius 1
QR_QUIET_MODULES = 4   # white border around the code, in modules (ISO/IEC 18004 minimum)
QR_MIN_MODULE = mm(0.4)  # smaller modules do not scan reliably from print


def stroke_path(frame_id: str, ops, color: Color, width: float) -> Path:
    return Path(frame_id, tuple(ops), None, color, width)


def circle_ops(cx: float, cy: float, r: float) -> tuple:
    """A circle as four cubic Bézier curves."""
    return ellipse_ops(Rect(cx - r, cy - r, 2 * r, 2 * r))


def ellipse_ops(rect: Rect) -> tuple:
    """The ellipse inscribed in `rect` as four cubic Bézier curves."""
    cx, cy, rx, ry = rect.x + rect.w / 2, rect.y + rect.h / 2, rect.w / 2, rect.h / 2
    kx, ky = KAPPA * rx, KAPPA * ry
    return (("M", cx + rx, cy),
            ("C", cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
            ("C", cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
            ("C", cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
            ("C", cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy),
            ("Z",))


def ellipse_path(frame_id: str, rect: Rect, fill: Color | None, stroke: Color | None,
                 width: float) -> Path:
    """A filled and/or stroked ellipse filling `rect` (e.g. a door hanger's die-cut hole)."""
    return Path(frame_id, ellipse_ops(rect), fill, stroke, width if stroke is not None else 0.0)


def rect_ops(x: float, y: float, w: float, h: float) -> tuple:
    """A rectangle as one path op (PDF `re`): QR codes are hundreds of these."""
    return (("R", x, y, w, h),)


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


_DARK_IS_ONE = bytes([1] + [0] * 255)     # zxing-cpp symbol grey -> module: 0 (dark) -> 1
_DARK_RUN = re.compile(b"\x01+")


@lru_cache(maxsize=64)
def qr_matrix(payload: str):
    """The QR module matrix (rows of bytes, 1 = dark, quiet zone excluded) for `payload` (UTF-8,
    error level M), made by zxing-cpp (ISO/IEC 18004 encoder in C++, with its own mask choice).

    Returns a string saying why when no code can be made (empty or too long). Remembered per
    payload: editions repeat URLs (the same few, or one per row: then a long cache only costs
    memory, about 2 KB a code).
    """
    import zxingcpp

    if not payload or not payload.strip():
        return "ingen adress"
    try:
        payload.encode("utf-8")      # a lone surrogate (a JSON "\\ud800") has no bytes to encode
        code = zxingcpp.create_barcode(payload.strip(), zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    except ValueError as exc:       # too long for any QR code, or not encodable
        return str(exc)
    symbol = memoryview(code.to_image(scale=1, add_quiet_zones=False))   # grey: 0 dark, 255 light
    modules = symbol.tobytes().translate(_DARK_IS_ONE)
    size = symbol.shape[1]
    return tuple(modules[row * size:(row + 1) * size] for row in range(size))


def qr_min_side(payload: str) -> float:
    """The smallest square side in points (quiet zone included) at which `payload` scans from print."""
    matrix = qr_matrix(payload)
    return 0.0 if isinstance(matrix, str) else (len(matrix) + 2 * QR_QUIET_MODULES) * QR_MIN_MODULE


def qr_path(frame_id: str, payload: str, frame: Rect, color: Color):
    """A QR code filling the largest square in `frame`, its 4-module quiet zone included.

    The modules are always 100 % K: `color` is used only if it is pure black, else plain black.
    Returns (Path, module size in points), or a string saying why no code could be made.
    """
    matrix = qr_matrix(payload)
    if isinstance(matrix, str):
        return matrix
    color = color if color.is_pure_black else BLACK
    count = len(matrix) + 2 * QR_QUIET_MODULES
    side = min(frame.w, frame.h)
    module = side / count
    ox = frame.x + (frame.w - side) / 2 + QR_QUIET_MODULES * module
    oy = frame.y + (frame.h - side) / 2 + QR_QUIET_MODULES * module
    ops: list = []
    for row_index, row in enumerate(matrix):
        for run in _DARK_RUN.finditer(row):
            ops.extend(rect_ops(ox + run.start() * module, oy + row_index * module,
                                (run.end() - run.start()) * module, module))
    return Path(frame_id, tuple(ops), color), module
