"""Where shipped assets, templates and per-user data live."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
LAYOUTS = ROOT / "layouts"
FONTS = ASSETS / "fonts"
ICC = ASSETS / "icc"
BRAND = ASSETS / "brand"
MANIFESTO = ASSETS / "manifesto"
EXAMPLES = LAYOUTS / "examples"


def user_data_dir() -> Path:
    """Per-user data folder ($DESIGNER_HOME, else XDG data home / campaign-designer)."""
    if os.environ.get("DESIGNER_HOME"):
        return Path(os.environ["DESIGNER_HOME"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "campaign-designer"


def user_cache_dir() -> Path:
    """Per-user cache folder for converted images ($DESIGNER_CACHE, else XDG cache home)."""
    if os.environ.get("DESIGNER_CACHE"):
        return Path(os.environ["DESIGNER_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "campaign-designer"
