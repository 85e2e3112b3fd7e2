"""Image frames: read an image's size safely, place it with fit/fill and a focal point, report ppi."""
from __future__ import annotations

import hashlib
import math
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from stat import S_ISREG

from designer.units import Rect

MAX_PIXELS = 120_000_000        # larger images are refused (a 20 000 x 20 000 px PNG is 400 MP)
MAX_FILE_BYTES = 200 * 1024 * 1024
ALLOWED_FORMATS = {"JPEG", "PNG", "TIFF", "WEBP", "BMP", "GIF"}


@dataclass(frozen=True)
class ImageInfo:
    path: str
    width: int
    height: int
    format: str = "JPEG"           # Pillow's format name
    mode: str = "RGB"              # Pillow's colour mode ("RGB", "CMYK", "L", ...)
    ppi: float | None = None       # the resolution stored in the file, if any

    def marker_line(self) -> str:
        """What the decoded-image marker remembers: "width height format mode ppi" (0: none)."""
        return f"{self.width} {self.height} {self.format} {self.mode} {self.ppi or 0:g}"


class ImageProblem(Exception):
    """Why an image cannot be used; `code` is "image_missing", "image_corrupt" or "image_too_large",
    `data` fills its catalogue message (designer.messages; `message` Swedish, `message_en` English)."""

    def __init__(self, code: str, **data):
        from designer import messages

        super().__init__(messages.text(code, "en", **data))
        self.code, self.data = code, data

    @property
    def message(self) -> str:
        from designer import messages

        return messages.text(self.code, "sv", **self.data)

    @property
    def message_en(self) -> str:
        return str(self)


def image_info(path: str | Path) -> ImageInfo:
    """Width and height of an image file, read from its header. Raises ImageProblem."""
    path = Path(path)
    try:
        stat = path.stat()
    except (OSError, ValueError):           # ValueError: a NUL in the name
        raise ImageProblem("image_missing", name=path.name) from None
    if not S_ISREG(stat.st_mode):           # a folder, device or pipe: Pillow would read it forever
        raise _damaged(path.name)
    return _image_info(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=256)
def _image_info(path: str, mtime: int, size: int) -> ImageInfo:
    name = Path(path).name
    if size > MAX_FILE_BYTES:
        raise ImageProblem("image_too_large", name=name, reason="bytes")
    marker = _decoded_marker(path, mtime, size)
    known = _remembered_header(marker, path)
    info = known or _read_header(path, name)
    if info.format not in ALLOWED_FORMATS:
        raise ImageProblem("image_corrupt", name=name, format=info.format)
    if info.width * info.height > MAX_PIXELS or info.width < 1 or info.height < 1:
        raise ImageProblem("image_too_large", name=name, width=info.width, height=info.height)
    if known is None:
        _check_decodes(path)
        _remember_header(marker, info)
    return info


def _read_header(path: str, name: str) -> ImageInfo:
    """Size, format, colour mode and stored ppi from the file's header (Pillow). Raises ImageProblem."""
    from PIL import Image

    # Pillow's own bomb check at our limit: its default (about 89.5 MP) would refuse a 108 MP
    # phone photo that MAX_PIXELS allows; above MAX_PIXELS it warns, above twice that it refuses.
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                dpi = image.info.get("dpi")
                ppi = float(dpi[0]) if dpi and dpi[0] and dpi[0] > 1 else None
                return ImageInfo(path, image.size[0], image.size[1], image.format, image.mode, ppi)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageProblem("image_too_large", name=name, reason="pixels") from None
    except Exception:  # Pillow raises many types for broken files  # noqa: BLE001
        raise _damaged(name) from None


def _damaged(name: str) -> ImageProblem:
    return ImageProblem("image_corrupt", name=name)


def _check_decodes(path: str) -> None:
    """Decode the whole file once (JPEG at 1/8 scale, PNG by its chunk checksums) so a truncated
    or damaged image is found here, not half-way through writing a PDF. Raises ImageProblem."""
    from PIL import Image

    try:
        with Image.open(path) as image:
            if image.format == "PNG":
                image.verify()
            else:
                image.draft(image.mode, (max(1, image.size[0] // 8), max(1, image.size[1] // 8)))
                image.load()
    except Exception:  # Pillow raises OSError, SyntaxError, EOFError, … for broken data  # noqa: BLE001
        raise _damaged(Path(path).name) from None


def _remembered_header(marker: Path, path: str) -> ImageInfo | None:
    """The header of a file version that decoded before, from its marker in the user cache; None
    if there is none or it is unreadable (then Pillow reads the file: not needed on a hit)."""
    try:
        width, height, fmt, mode, ppi = marker.read_text(encoding="ascii").split()
        stored = float(ppi)
        if not math.isfinite(stored):
            return None
        return ImageInfo(path, int(width), int(height), fmt, mode, stored or None)
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _remember_header(marker: Path, info: ImageInfo) -> None:
    """Written atomically: a killed run never leaves half a marker behind."""
    from designer.errors import DesignerError
    from designer.io.atomic import atomic_write_bytes

    try:
        atomic_write_bytes(marker, info.marker_line().encode("ascii"), durable=False)
    except DesignerError:
        pass        # an unwritable cache only costs time


def _decoded_marker(path: str, mtime: int, size: int) -> Path:
    from designer import paths

    key = hashlib.sha256(f"{Path(path).resolve()}|{mtime}|{size}".encode()).hexdigest()
    return paths.user_cache_dir() / "decoded-images-2" / key[:2] / key


def place_image(frame: Rect, width: int, height: int, fit: str, focus=(0.5, 0.5), zoom=1.0) -> Rect:
    """Where the whole image goes so that it fills (covers) or fits inside `frame`.

    With "fill" the focal point (fractions of the image) stays as central as the frame allows;
    `zoom` >= 1 enlarges further (cropping more).
    """
    scale_x, scale_y = frame.w / width, frame.h / height
    scale = (max(scale_x, scale_y) if fit == "fill" else min(scale_x, scale_y)) * max(1.0, zoom)
    placed_w, placed_h = width * scale, height * scale
    if fit == "fill" or zoom > 1:
        x = _focus_offset(frame.x, frame.w, placed_w, focus[0])
        y = _focus_offset(frame.y, frame.h, placed_h, focus[1])
    else:
        x = frame.x + (frame.w - placed_w) / 2
        y = frame.y + (frame.h - placed_h) / 2
    return Rect(x, y, placed_w, placed_h)


def _focus_offset(start: float, frame_size: float, placed_size: float, focus: float) -> float:
    """Put the focal point at the frame centre, clamped so the image still covers the frame."""
    wanted = start + frame_size / 2 - focus * placed_size
    low, high = start + frame_size - placed_size, start
    return min(high, max(low, wanted)) if placed_size >= frame_size else start + (frame_size - placed_size) / 2


def effective_ppi(pixels: int, placed_points: float) -> float:
    """Pixels per inch of an image `pixels` wide placed `placed_points` wide."""
    return pixels / (placed_points / 72.0) if placed_points > 0 else 0.0
