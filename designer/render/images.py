"""Prepare placed images for output: crop to what shows, downsample, convert colour, cache.

A photo used in 300 editions is converted once per process (memory cache) and once per machine
(disk cache under the user cache folder), keyed by file content and every conversion setting.
"""
from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from designer import paths
from designer.errors import ExportError
from designer.io.atomic import atomic_write_bytes
from designer.layout.frames import PlacedImage
from designer.render.color import DEFAULT_PROFILE, to_cmyk, to_rgb

JPEG_QUALITY = 92
DOWNSAMPLE_PPI = 300.0     # images above max_ppi go down to this (Acrobat's PDF/X rule: 450 -> 300)
CONVERSION = 2             # bump when the conversion changes, so cached copies are made again


@dataclass(frozen=True)
class ImageSettings:
    """`mode` "CMYK" for print or "RGB" for screens. An image whose effective resolution is above
    `max_ppi` is downsampled to DOWNSAMPLE_PPI (or to `max_ppi` if that is lower), as print-shop
    PDF/X settings do; images at or below `max_ppi` keep their pixels."""

    mode: str = "CMYK"
    profile: Path = DEFAULT_PROFILE
    intent: str = "relative"
    max_ppi: float = 450.0


def prepared_image(placed: PlacedImage, settings: ImageSettings) -> str:
    """Path of a JPEG file holding the visible part of `placed`, ready to embed as it is.

    That is the source file itself when it needs no crop, scaling or colour conversion, else a
    converted copy in the cache folder. ReportLab embeds JPEG files without re-encoding them.
    """
    box, size = _crop_and_size(placed, settings.max_ppi)
    key = "|".join(map(str, (content_digest(placed.source), box, size, settings.mode,
                             content_digest(str(settings.profile)), settings.intent, JPEG_QUALITY, CONVERSION)))
    return _prepared(key, placed.source, box, size, settings)


def content_digest(path: str) -> str:
    """A hex digest of a file's bytes, remembered per file version (path, mtime, size), so a photo
    is converted once however many editions, copies or folders use it."""
    stat = os.stat(path)
    return _digest(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=512)
def _digest(path: str, _mtime: int, _size: int) -> str:
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()


def _crop_and_size(placed: PlacedImage, max_ppi: float):
    """Source pixel box of the visible area, and the pixel size to send (never upsampled)."""
    width, height = placed.pixel_size
    rect, clip = placed.rect, placed.clip
    sx, sy = width / rect.w, height / rect.h
    left = max(0, round((clip.x - rect.x) * sx))
    top = max(0, round((clip.y - rect.y) * sy))
    right = min(width, round((clip.right - rect.x) * sx))
    bottom = min(height, round((clip.bottom - rect.y) * sy))
    box = (left, top, max(left + 1, right), max(top + 1, bottom))
    crop_w, crop_h = box[2] - box[0], box[3] - box[1]
    ppi = min(crop_w / (clip.w / 72), crop_h / (clip.h / 72))
    target = min(DOWNSAMPLE_PPI, max_ppi) if ppi > max_ppi else ppi
    factor = min(1.0, target / ppi)
    return box, (max(1, round(crop_w * factor)), max(1, round(crop_h * factor)))


@lru_cache(maxsize=256)
def _prepared(key: str, source: str, box, size, settings: ImageSettings) -> str:
    cache_file = _cache_dir() / (hashlib.sha256(key.encode()).hexdigest() + ".jpg")
    if cache_file.is_file():
        return str(cache_file)
    try:
        picture = _converted(source, box, size, settings)
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as exc:
        # Pillow's errors for damaged, truncated or oversized image data
        raise ExportError(f"the image cannot be decoded ({type(exc).__name__}); replace it",
                          file=source) from None
    if picture is None:
        return source
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=False)
    atomic_write_bytes(cache_file, buffer.getvalue())
    return str(cache_file)


def _converted(source: str, box, size, settings: ImageSettings):
    """The visible part of `source`, resized and colour-converted (a PIL image), or None when the
    source JPEG can be embedded as it is. Pillow's errors pass through when it cannot be decoded."""
    from PIL import Image

    picture = _visible_part(source, box, size, settings.mode)
    if picture is None:
        return None
    if picture.size != size:   # box-reduce by whole factors first, then Lanczos (fast, same look)
        picture = picture.resize(size, Image.LANCZOS, reducing_gap=3.0)
    convert = to_cmyk if settings.mode == "CMYK" else to_rgb
    return convert(picture, settings.profile, settings.intent)


def _visible_part(source: str, box, size, mode: str):
    """The `box` of `source` (JPEGs decoded at a reduced scale when `size` allows), or None for a
    JPEG already in `mode` that needs no crop or scaling. The whole decoded image is freed when
    this returns, before the copies that follow: a 90-megapixel PNG would otherwise be held with
    its crop and its CMYK conversion at once (1.2 GB)."""
    from PIL import Image

    with Image.open(source) as image:
        if box == (0, 0, *image.size) and size == image.size and image.format == "JPEG" and image.mode == mode:
            return None
        full_w, full_h = image.size
        crop_w, crop_h = box[2] - box[0], box[3] - box[1]
        image.draft(image.mode, (-(-size[0] * full_w // crop_w), -(-size[1] * full_h // crop_h)))
        scale_x, scale_y = image.size[0] / full_w, image.size[1] / full_h
        return image.crop(tuple(round(v * s) for v, s in zip(box, (scale_x, scale_y, scale_x, scale_y))))


@lru_cache(maxsize=1)
def _cache_dir() -> Path:
    """The image cache folder; a private temporary folder when the user cache is not writable."""
    folder = paths.user_cache_dir() / "images"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):   # a private probe: parallel workers don't collide
            pass
        return folder
    except OSError:
        return Path(tempfile.mkdtemp(prefix="designer-images-"))
