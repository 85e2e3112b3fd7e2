"""ICC colour conversion through LittleCMS (Pillow's ImageCms), with transforms built once.

What an export needs of its output profile (is it a CMYK printer profile, its description, its
Flate-compressed bytes for the OutputIntent) is kept in the user cache, keyed by the program
version and the profile's content, so a cold export neither loads LittleCMS nor compresses
the profile again (output_profile_facts).
"""
from __future__ import annotations

import hashlib
import logging
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from designer import __version__, paths
from designer.errors import DesignerError

log = logging.getLogger(__name__)

DEFAULT_PROFILE = paths.ICC / "CoatedFOGRA39L.icc"
INTENTS = {"relative": 1, "perceptual": 0}


@lru_cache(maxsize=8)
def open_output_profile(path: str):
    """Open a CMYK output ("prtr") ICC profile; raises DesignerError naming the file otherwise."""
    from PIL import ImageCms

    try:
        profile = ImageCms.getOpenProfile(path)
    except (OSError, ImageCms.PyCMSError):
        raise DesignerError("not a readable ICC profile", file=path) from None
    if profile.profile.xcolor_space.strip() != "CMYK":
        raise DesignerError(f"expected a CMYK profile, got {profile.profile.xcolor_space.strip()}",
                            file=path)
    if profile.profile.device_class != "prtr":
        raise DesignerError(f"expected an output (printer) profile, got class "
                            f"{profile.profile.device_class!r}", file=path)
    return profile


@dataclass(frozen=True)
class ProfileFacts:
    """A checked CMYK output profile: its own description and its Flate-compressed bytes."""

    description: str
    compressed: bytes


@lru_cache(maxsize=8)
def output_profile_facts(path: str) -> ProfileFacts:
    """Facts of the CMYK output profile at `path`; DesignerError naming the file if it is not one.

    From the user cache when this version has checked a profile with these exact bytes before
    (the compressed copy must inflate to them), else checked with LittleCMS and stored.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DesignerError(f"cannot read the colour profile ({exc.strerror or exc})", file=path) from None
    folder = paths.user_cache_dir() / "icc"
    stem = f"{__version__}-{hashlib.sha256(data).hexdigest()[:40]}"
    try:
        compressed = (folder / f"{stem}.zz").read_bytes()
        description = (folder / f"{stem}.txt").read_text(encoding="utf-8")
        if zlib.decompress(compressed) == data:
            return ProfileFacts(description, compressed)
    except (OSError, UnicodeDecodeError, zlib.error):
        pass
    facts = ProfileFacts(open_output_profile(path).profile.profile_description or "", zlib.compress(data))
    _store(folder / f"{stem}.zz", facts.compressed)
    _store(folder / f"{stem}.txt", facts.description.encode("utf-8"))
    return facts


def _store(path: Path, data: bytes) -> None:
    """Best-effort cache write: an unwritable cache folder only costs time."""
    from designer.io.atomic import atomic_write_bytes

    try:
        atomic_write_bytes(path, data, durable=False)
    except DesignerError as exc:
        log.info("colour profile cache not written: %s", exc)


@lru_cache(maxsize=16)
def transform(source_mode: str, target_mode: str, profile_path: str, intent: str = "relative"):
    """A cached LittleCMS transform between sRGB and the CMYK output profile (either direction)."""
    from PIL import ImageCms

    cmyk = open_output_profile(profile_path)
    srgb = ImageCms.createProfile("sRGB")
    source, target = (srgb, cmyk) if source_mode == "RGB" else (cmyk, srgb)
    return ImageCms.buildTransform(source, target, source_mode, target_mode,
                                   renderingIntent=INTENTS[intent],
                                   flags=ImageCms.Flags.BLACKPOINTCOMPENSATION)


def to_cmyk(image, profile: Path = DEFAULT_PROFILE, intent: str = "relative"):
    """Any Pillow image -> CMYK through the output profile (CMYK input is passed through)."""
    from PIL import ImageCms

    if image.mode == "CMYK":
        return image
    return ImageCms.applyTransform(flatten_rgb(image), transform("RGB", "CMYK", str(profile), intent))


def to_rgb(image, profile: Path = DEFAULT_PROFILE, intent: str = "relative"):
    """Any Pillow image -> sRGB (CMYK input goes through the output profile, as the press would)."""
    from PIL import ImageCms

    if image.mode == "CMYK":
        return ImageCms.applyTransform(image, transform("CMYK", "RGB", str(profile), intent))
    return flatten_rgb(image)


def flatten_rgb(image):
    """Composite transparency onto white paper and return an RGB image."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGB", rgba.size, (255, 255, 255))
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return image if image.mode == "RGB" else image.convert("RGB")   # no copy of a large RGB photo
