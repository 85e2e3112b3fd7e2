"""ICC colour conversion through LittleCMS (Pillow's ImageCms), with transforms built once."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from designer import paths
from designer.errors import DesignerError

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
    return image.convert("RGB")
